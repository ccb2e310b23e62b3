package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// partyPlan is a made-up garden party for the jobs hunt: names that are
// words (Holly, Ivy, Fern, Bill, Sunny, Daisy), similar names (Rob,
// Robbie), a thing put up at the start and taken down at the end, and a
// job run during the night.
const partyPlan = `{"id":"h10","title":"Garden Party","venue":"Elm Lodge Gardens","people":[
 {"id":"holly","name":"Holly","phone":"+447700904151","roles":["committee"]},
 {"id":"ivy","name":"Ivy","phone":"+447700904152","roles":["committee"]},
 {"id":"rob","name":"Rob","phone":"+447700904153","roles":["committee"]},
 {"id":"robbie","name":"Robbie","phone":"+447700904154","roles":["committee"]},
 {"id":"fern","name":"Fern","phone":"+447700904155","roles":["volunteer"]},
 {"id":"bill","name":"Bill","phone":"+447700904156","roles":["committee"]},
 {"id":"sunny","name":"Sunny","phone":"+447700904157","roles":["staff"]}],
"jobs":[
 {"id":"marquee","title":"Put up the marquee","phase":"setup","who":["rob","robbie"]},
 {"id":"bunting","title":"Hang the bunting","phase":"setup","who":["holly"]},
 {"id":"deckchairs","title":"Set out the deckchairs","phase":"setup","who":["bill"]},
 {"id":"grill","title":"Run the barbecue","phase":"during","who":["rob"]},
 {"id":"punch","title":"Serve the fruit punch","phase":"during","who":["ivy"]},
 {"id":"marqueeaway","title":"Take down the marquee","phase":"close","who":["rob","robbie"]},
 {"id":"litter","title":"Litter pick the garden","phase":"close","who":["bill","fern"]},
 {"id":"coach","title":"See everyone onto the coach","phase":"close","who":["holly"]},
 {"id":"firepit","title":"Light the firepit","phase":"setup","who":["fern"]},
 {"id":"boards","title":"Wipe the scoreboards","phase":"during","who":["bill"]},
 {"id":"snaps","title":"Take photos","phase":"during","who":["sunny"]},
 {"id":"mallets","title":"Give the croquet mallets back","phase":"close","who":["fern"]}],
"timeline":[{"at":"18:00","title":"Gates open"},{"at":"20:30","title":"Home time"}],
"rides":[
 {"id":"g1","name":"Poppy","pickup":"taxi","at":"20:30","note":"Castle Cabs"},
 {"id":"g2","name":"Leo","pickup":"parent","at":"20:30","note":"Dad collects"}]}`

// checkParty reads each text on a fresh garden party night.
func checkParty(t *testing.T, cases [][3]string) {
	t.Helper()
	for _, tc := range cases {
		checkReading(t, planNight(t, partyPlan), understand.Context{Now: "19:30"}, tc[0], tc[1], tc[2])
	}
}

// TestUnderstand_FastenedDownIsNoTakingDown: "down" after a word of
// fastening ("pegged down", "tied down") says how a thing was put up, not
// that it was taken down at the end of the night.
func TestUnderstand_FastenedDownIsNoTakingDown(t *testing.T) {
	checkParty(t, [][3]string{
		{"robbie", "marquee is up and pegged down", "done:marquee"},
		{"rob", "marquee up all tied down", "done:marquee"},
		{"rob", "marquee down", "done:marqueeaway"},
		{"robbie", "marquee taken down and packed", "done:marqueeaway"},
	})
}

// TestUnderstand_EveryoneOnIsWhereTheyAre: "everyone on the coach" says
// where people are, as "everyone is on the coach" does; it is not the
// sender saying they are on the job.
func TestUnderstand_EveryoneOnIsWhereTheyAre(t *testing.T) {
	checkParty(t, [][3]string{
		{"holly", "everyone on the coach", "!doing"},
		{"holly", "everybody on the coach", "!doing"},
		{"holly", "everyone is on the coach", "done:coach"},
		{"holly", "on the coach now", "doing:coach"},
		{"holly", "getting everyone on the coach", "doing:coach"},
	})
}

// TestUnderstand_LitIsBegunForRunJob: a fire said lit is the start of a
// job that runs it through the night ("bbq lit" for "Run the barbecue"),
// as "bbq on" is; of a job that lights it, it is the job done.
func TestUnderstand_LitIsBegunForRunJob(t *testing.T) {
	checkParty(t, [][3]string{
		{"rob", "barbecue lit", "doing:grill?"},
		{"rob", "barbecue is lit", "doing:grill?"},
		{"rob", "barbecue on", "doing:grill"},
		{"rob", "barbecue done", "done:grill"},
		{"fern", "firepit lit", "done:firepit"},
	})
}

// TestUnderstand_OwnVerbInIngIsUnderWay: the verb a job's title starts
// with, said in -ing, says the job is under way even after a word of how
// its things are ("punch is out serving now" for "Serve the fruit punch");
// a word of being done, or a purpose, leaves it done.
func TestUnderstand_OwnVerbInIngIsUnderWay(t *testing.T) {
	checkParty(t, [][3]string{
		{"ivy", "punch is out serving now", "doing:punch"},
		{"ivy", "punch out and serving it", "doing:punch"},
		{"ivy", "punch is out", "done:punch"},
		{"ivy", "finished serving the punch", "done:punch"},
		{"ivy", "punch all gone done serving", "done:punch"},
	})
}

// TestUnderstand_CompoundTailNamesJob: the last word of a title word made
// of two words names the job: "chairs" for "Set out the deckchairs".
func TestUnderstand_CompoundTailNamesJob(t *testing.T) {
	checkParty(t, [][3]string{
		{"bill", "chairs r out on the grass", "done:deckchairs"},
		{"bill", "nearly done with the chairs", "doing:deckchairs"},
		{"bill", "havent done the chairs yet", ""},
		{"bill", "deckchairs out", "done:deckchairs"},
	})
}

// TestUnderstand_CompoundTailOnlyOwnJob: the tail of a compound title word
// names only the sender's own job, and not right after a bare "on" ("all
// on board" is no "scoreboards").
func TestUnderstand_CompoundTailOnlyOwnJob(t *testing.T) {
	checkParty(t, [][3]string{
		{"holly", "all on board", "!done"},
		{"ivy", "chairs out", "!done:deckchairs"},
		{"bill", "all on board", "!done"},
	})
}

// TestUnderstand_ProblemWordNamingJobNotYet: a problem word that only names
// a job's thing ("punch" of "Serve the fruit punch"), in a text saying the
// job is not done yet, raises nothing.
func TestUnderstand_ProblemWordNamingJobNotYet(t *testing.T) {
	checkParty(t, [][3]string{
		{"ivy", "punch not ready yet", ""},
		{"ivy", "punch not made yet", ""},
		{"ivy", "two lads fighting by the punch", "problem:upset"},
	})
}

// TestUnderstand_EverydayNamesOfThings: the everyday names of a job's
// things name it: "pictures" for "Take photos", "bbq" and "barbie" for
// "Run the barbecue".
func TestUnderstand_EverydayNamesOfThings(t *testing.T) {
	checkParty(t, [][3]string{
		{"sunny", "taking pictures now", "doing:snaps"},
		{"rob", "bbq on", "doing:grill"},
		{"rob", "barbie going now", "doing:grill"},
		{"rob", "bbq done", "done:grill"},
	})
}

// TestUnderstand_AllBackIsDone: "back" said of a job's things after "all",
// "is" or "are" is how the job leaves them: "mallets all back" for "Give
// the croquet mallets back" is done.
func TestUnderstand_AllBackIsDone(t *testing.T) {
	checkParty(t, [][3]string{
		{"fern", "mallets all back", "done:mallets"},
		{"fern", "croquet mallets are back", "done:mallets"},
		{"fern", "giving the mallets back", "doing:mallets"},
		{"fern", "im back", "!done"},
	})
}
