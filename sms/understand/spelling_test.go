package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// pantoPlan is a night nobody tuned on, for words spelt as they sound.
const pantoPlan = `{"id":"n13","title":"Panto Night","venue":"Church Hall","people":[
 {"id":"kay","name":"Kay","phone":"+447700900131","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700900132","roles":["committee"]},
 {"id":"jay","name":"Jay","phone":"+447700900133","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900134","roles":["staff"]},
 {"id":"mo","name":"Mo","phone":"+447700900135","roles":["committee"]}],
"jobs":[
 {"id":"stage","title":"Put up the stage lights","phase":"setup","who":["kay"]},
 {"id":"chairs","title":"Set out the chairs","phase":"setup","who":["jay"]},
 {"id":"plates","title":"Wash the plates","phase":"close","who":["jay"]},
 {"id":"raffle","title":"Run the raffle","phase":"during","who":["hope"]},
 {"id":"tidy","title":"Tidy the hall","phase":"close","who":["pat"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"19:30","title":"Panto starts"}],
"rides":[{"id":"r1","name":"Mia","pickup":"Ace Cabs","at":"21:30","note":"Ace Cabs"}]}`

// TestUnderstand_ShortWordsSpeltBySound: little words written as they
// sound ("iz", "cum", "gon", "wel") are read as the words they are, so a
// question stays a question and praise stays praise.
func TestUnderstand_ShortWordsSpeltBySound(t *testing.T) {
	n := planNight(t, pantoPlan)
	checkBarn(t, n, []readCase{
		{"kay", "iz the stage lights up yet", ""},
		{"hope", "mias taxi has cum", "ride:r1=gone"},
		{"hope", "wel done kay the stage looks great", ""},
		{"hope", "raffle don", ""}, // done, down or don't: no guess
		{"kay", "i wel put the stage lights up after", ""},
		{"jay", "ill git the mop", "!problem"}, // "I'll get", not unwell
		{"jay", "i don know wot to do", "!done"},
	})
}

// TestUnderstand_NotRunIntoItsVerb: "havint", "wasent", "cudnt": a "not"
// run into its helping verb, however either is spelt, denies the news.
func TestUnderstand_NotRunIntoItsVerb(t *testing.T) {
	n := planNight(t, pantoPlan)
	checkBarn(t, n, []readCase{
		{"jay", "chairs havint been set out yet", ""},
		{"kay", "stage lights wasent put up", ""},
		{"hope", "raffle cudnt start", "!doing"},
	})
}

// TestUnderstand_RealWordsForTheirSoundAlikes: a real word written for
// another that sounds alike is read by the words around it: "am here" to
// open a text, "not hear" of a taxi, "mad it", "about 2 wash", "no 1
// slipped".
func TestUnderstand_RealWordsForTheirSoundAlikes(t *testing.T) {
	n := planNight(t, pantoPlan)
	checkBarn(t, n, []readCase{
		{"kay", "hiya am here", "here"},
		{"kay", "mad it 🙌", "here"},
		{"kay", "mias taxi not hear", "problem:taxi"},
		{"kay", "cant hear the music", "!here"},
		{"jay", "about 2 wash the plates", "doing:plates"},
		{"pat", "all clean no 1 slipped", ""}, // "no 1" is no one, not job 1 nor an alarm
	})
}

// TestUnderstand_UnknownNameDoingAJob: a word nobody knows opening "is
// doing the plates" is someone else (a name spelt past knowing, or "who"
// written "hoo"), never the sender.
func TestUnderstand_UnknownNameDoingAJob(t *testing.T) {
	n := planNight(t, pantoPlan)
	checkBarn(t, n, []readCase{
		{"jay", "lu is doing the plates", ""},
		{"kay", "hoo is doing the stage lights", ""},
		{"jay", "plates is done", "done:plates"},
	})
}

// TestUnderstand_SpeltWithALetterTwiceOrOnce: a letter doubled that is
// said once, or once that is doubled ("comming", "runing"), is mended to
// the one English word it makes; a possessive name ("mos" of Mo) is kept.
func TestUnderstand_SpeltWithALetterTwiceOrOnce(t *testing.T) {
	n := planNight(t, pantoPlan)
	for _, c := range []struct{ text, want string }{
		{"mos", "mos"},
		{"comming", "coming"},
		{"runing", "running"},
		{"sortted", "sorted"},
		{"colecting", "collecting"},
	} {
		_, why := understand.Explain(c.text+" now", n, "kay", understand.Context{})
		if want := "words: " + c.want + " now"; len(why) == 0 || why[0] != want {
			t.Errorf("%q is read as %q; want %q", c.text, why, want)
		}
	}
}

// TestUnderstand_SlipsThatWouldTickOrFetch: a slip mended to the nearest
// word of the lexicon can tick a job ("woshing" is not "working"), and a
// "not" spelt "knot" or doubled ("havvent") must still deny.
func TestUnderstand_SlipsThatWouldTickOrFetch(t *testing.T) {
	n := planNight(t, pantoPlan)
	checkBarn(t, n, []readCase{
		{"jay", "woshing the plates", "doing:plates"},
		{"kay", "mias taxi knot here", "problem:taxi"},
		{"jay", "chairs havvent been set out", ""},
		{"jay", "chairs arrent out yet", ""},
	})
}

// TestUnderstand_RideOnlyExpected: a ride that should or will be here has
// not come, so the guest has not gone.
func TestUnderstand_RideOnlyExpected(t *testing.T) {
	n := planNight(t, pantoPlan)
	checkBarn(t, n, []readCase{
		{"jay", "mias taxi should be here", "!ride"},
		{"jay", "mias taxi shud b here by now", "!ride"},
		{"jay", "mias taxi is here", "ride:r1=gone"},
	})
}

// TestUnderstand_FirstLetterTwice: a first letter typed twice by a finger
// lingering on the screen ("ddone", "nno", "ddont") is read without it.
func TestUnderstand_FirstLetterTwice(t *testing.T) {
	n := planNight(t, pantoPlan)
	checkBarn(t, n, []readCase{
		{"jay", "plates ddone", "done:plates"},
		{"pat", "nno one slipped", ""},
		{"hope", "i ddont need help thanks", ""},
	})
}

// TestUnderstand_LastLetterTwice: a last letter typed twice ("upp",
// "gonn") is read without it, but a name is kept as it is (Ann is not
// "an").
func TestUnderstand_LastLetterTwice(t *testing.T) {
	n := planNight(t, `{"id":"n14","title":"Disco","people":[
 {"id":"ann","name":"Ann","phone":"+447700900136","roles":["committee"]},
 {"id":"bo","name":"Bo","phone":"+447700900137","roles":["staff"]}],
"jobs":[{"id":"lights","title":"Put up the disco lights","phase":"setup","who":["ann"]}],
"timeline":[],"rides":[{"id":"r1","name":"Sam","pickup":"dad","at":"21:30"}]}`)
	checkBarn(t, n, []readCase{
		{"ann", "disco lights upp", "done:lights"},
		{"bo", "sam has gonn with his dad", "ride:r1=gone"},
		{"bo", "ann is doing the lights", ""},
	})
}

// TestUnderstand_IllBeforeAnyVerb: "ill" opening "ill sor it" or "ill gt
// the mop" is "I'll" with a verb spelt past knowing; nobody is unwell
// unless a word says so ("jo is ill", "i feel ill").
func TestUnderstand_IllBeforeAnyVerb(t *testing.T) {
	n := planNight(t, pantoPlan)
	checkBarn(t, n, []readCase{
		{"jay", "ill sor it", "!problem"},
		{"jay", "ill gt the mop", "!problem"},
		{"kay", "im nearest ill gow", "!problem"},
		{"kay", "jo is ill", "problem:unwell"},
		{"kay", "i feel ill", "problem:unwell"},
	})
}

// TestUnderstand_DialectAndSoundSpellings: "as mia gone yet" asks, "int"
// and "dunt" deny, "de" is the, and "fin" after "is" is fine.
func TestUnderstand_DialectAndSoundSpellings(t *testing.T) {
	n := planNight(t, pantoPlan)
	checkBarn(t, n, []readCase{
		{"hope", "as mia gone yet", ""},
		{"jay", "the chairs int out yet", ""},
		{"jay", "i dunt need help thanks", ""},
		{"kay", "is de stage lights up yet", ""},
		{"pat", "mias taxi isnt due til 10 shes fin waiting inside", ""},
	})
}
