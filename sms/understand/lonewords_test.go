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
