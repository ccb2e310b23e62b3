package understand_test

import "testing"

// TestUnderstand_LoneHearIsHere: a text that is only "hear" is "here"
// spelt by ear; "hear" beside other words keeps its own meaning.
func TestUnderstand_LoneHearIsHere(t *testing.T) {
	checkBarn(t, barnNight(t), []barnCase{
		{"ann", "hear", "here"},
		{"ann", "HEAR!!", "here"},
		{"ann", "hear x", "here"},
		{"ann", "hiya hear", "here"},
		{"ann", "can you hear me", ""},
		{"ann", "cant hear the music", "!here"},
		{"ann", "did u hear", ""},
	})
}

// TestUnderstand_ReadyForIsAPurpose: "ready for the bollywood tunes" says
// what the work was for; the job that plays the tunes is not done.
func TestUnderstand_ReadyForIsAPurpose(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Mela","venue":"Park Hall","people":[
 {"id":"raj","name":"Raj","phone":"+447700900111","roles":["committee"]},
 {"id":"una","name":"Una","phone":"+447700900112","roles":["staff"]}],
"jobs":[
 {"id":"sound","title":"Set up the sound system","phase":"setup","who":["raj"]},
 {"id":"music","title":"Play the Bollywood music","phase":"during","who":["raj"]},
 {"id":"disco","title":"Run the disco","phase":"during","who":["una"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []barnCase{
		{"raj", "speakers plugged in and workin ready for the bollywood tunes", "!done:music"},
		{"una", "hall all set for the disco", "!done:disco"},
		{"raj", "sound system ready for the bollywood music", "done:sound"},
		{"raj", "ready to play the bollywood music", "!done:sound"},
	})
}
