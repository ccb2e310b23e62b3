package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// skatePlan is a made-up roller disco for the problems, claims and
// all-clear hunt: names that are words (Heather, Sky, Ash, Rob), similar
// names (Rob, Robin), jobs in their own vocabulary (skates, glow sticks,
// the tuck shop) and guests fetched by two taxi firms.
const skatePlan = `{"id":"h11","title":"Roller Disco","venue":"Elm Street Hall","people":[
 {"id":"heather","name":"Heather","phone":"+447700904291","roles":["committee"]},
 {"id":"sky","name":"Sky","phone":"+447700904292","roles":["committee"]},
 {"id":"ash","name":"Ash","phone":"+447700904293","roles":["committee"]},
 {"id":"rob","name":"Rob","phone":"+447700904294","roles":["committee"]},
 {"id":"robin","name":"Robin","phone":"+447700904295","roles":["volunteer"]},
 {"id":"mo","name":"Mo","phone":"+447700904296","roles":["staff","first aid"]}],
"jobs":[
 {"id":"skates","title":"Hand out the skates","phase":"setup","who":["heather"]},
 {"id":"cones","title":"Lay out the cones","phase":"setup","who":["rob","robin"]},
 {"id":"tuck","title":"Run the tuck shop","phase":"during","who":["sky"]},
 {"id":"glow","title":"Give out the glow sticks","phase":"during","who":["ash"]},
 {"id":"lights","title":"Switch on the disco lights","phase":"during","who":["rob"]},
 {"id":"clear","title":"Clear the skates away","phase":"close","who":["heather","robin"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"19:00","title":"Skating"},{"at":"21:00","title":"Home time"}],
"rides":[
 {"id":"s1","name":"Zoe","pickup":"taxi","at":"21:00","note":"Metro Cars"},
 {"id":"s2","name":"Dev","pickup":"taxi","at":"21:00","note":"Lucky Cabs"},
 {"id":"s3","name":"Nina","pickup":"parent","at":"21:00","note":"Dad collects"}]}`

// checkSkate reads each text on a fresh roller disco night.
func checkSkate(t *testing.T, cases [][3]string) {
	t.Helper()
	for _, tc := range cases {
		n := planNight(t, skatePlan)
		checkReading(t, n, understand.Context{Now: "19:30"}, tc[0], tc[1], tc[2])
	}
}

// A kind of trouble said to be absent is no problem: "no taxi problems
// tonight" is an all-clear, while "no taxi for zoe" still raises one.
func TestHunt11NoKindTrouble(t *testing.T) {
	checkSkate(t, [][3]string{
		{"rob", "no taxi problems tonight", ""},
		{"sky", "no music issues at all", ""},
		{"ash", "no cab trouble so far", ""},
		{"rob", "no taxi for zoe", "problem:taxi"},
		{"sky", "no taxi big problem zoe is stuck", "problem:taxi"},
	})
}

// News that something works again, with no problem open, is an
// all-clear: it does not tick the job that names the thing.
func TestHunt11RepairedNotJob(t *testing.T) {
	checkSkate(t, [][3]string{
		{"rob", "disco lights working again", ""},
		{"ash", "glow sticks back on", ""},
		{"heather", "the skates are all handed out", "done:skates"},
	})
}

// A pint, a mocktail or a lolly dropped on the floor, the dance floor
// too, is a spill like any drink.
func TestHunt11DroppedDrinkSpill(t *testing.T) {
	checkSkate(t, [][3]string{
		{"sky", "someone dropped there pint on the dance floor", "problem:spill"},
		{"ash", "a lad dropped his mocktail on the floor", "problem:spill"},
		{"rob", "kid dropped a lolly on the dancefloor", "problem:spill"},
	})
}

// Food melted or squashed on the floor is a spill, even when a job hands
// the food out; melting in the freezer is not on the floor.
func TestHunt11MeltedOnFloor(t *testing.T) {
	checkSkate(t, [][3]string{
		{"sky", "ice cream melted on the floor by the door", "problem:spill"},
		{"ash", "cake squashed on the floor near the tuck shop", "problem:spill"},
		{"rob", "lollies melting on the dance floor", "problem:spill?"},
		{"sky", "lollies melting in the freezer", "!problem:spill"},
	})
}

// A state said of a thing the job does not name ("the bin is empty" on a
// night with "Empty the paddling pool") is not that job done; the job's
// own things in that state still are.
func TestHunt11StateOfOtherThing(t *testing.T) {
	const plan = `{"id":"h11b","title":"Pool Party","venue":"Elm Street Hall","people":[
 {"id":"ray","name":"Ray","phone":"+447700904281","roles":["committee"]},
 {"id":"mo","name":"Mo","phone":"+447700904282","roles":["staff","first aid"]}],
"jobs":[
 {"id":"fill","title":"Fill the paddling pool","phase":"setup","who":["ray"]},
 {"id":"empty","title":"Empty the paddling pool","phase":"close","who":["ray"]}]}`
	for _, tc := range [][3]string{
		{"mo", "first aid kit is empty", "!done"},
		{"ray", "the bin is empty", "!done"},
		{"ray", "the paddling pool is empty", "done:empty"},
		{"ray", "pool all empty now", "done:empty"},
	} {
		checkReading(t, planNight(t, plan), understand.Context{Now: "19:30"}, tc[0], tc[1], tc[2])
	}
}

// Trouble, then "but" and everyone laughing or cheering, is over: a
// person reads it, and no alert goes out.
func TestHunt11ButEveryoneLaughed(t *testing.T) {
	checkSkate(t, [][3]string{
		{"rob", "the dance went wrong but everyone laughed", ""},
		{"sky", "the skating went wrong but they all cheered", ""},
		{"ash", "the limbo pole broke but everyone was giggling", ""},
		{"rob", "the dance went wrong and a girl is hurt", "problem:unwell"},
	})
}

// A guest who ran out of the door or the building is missing; running
// out of something is still a problem of stock.
func TestHunt11RanOutTheDoor(t *testing.T) {
	checkSkate(t, [][3]string{
		{"rob", "zoe ran out the fire door", "problem:missing"},
		{"sky", "a lad just ran out of the hall", "problem:missing"},
		{"ash", "dev ran outside on his own", "problem:missing"},
		{"sky", "ran out of glow sticks", "!problem:missing"},
	})
}

// "no change left for tickets" has run out: the "left" is not a ticket
// left behind, and its "no" denies nothing.
func TestHunt11RunOutNotLeftBehind(t *testing.T) {
	checkSkate(t, [][3]string{
		{"sky", "we got no change left for tickets", "problem:other"},
		{"sky", "no tickets left for the raffle", "problem:other"},
		{"ash", "someone left a bag by the tuck shop", "problem:lost"},
	})
}

// "ill" after "is" or "feels" is unwell even when a verb follows: "nobody
// is ill just tired" denies it, "if anyone feels ill send them to me" is
// a plan; "ill go" still offers.
func TestHunt11IllAfterIs(t *testing.T) {
	checkSkate(t, [][3]string{
		{"rob", "nobody is ill just tired", ""},
		{"mo", "if anyone feels ill send them to me", ""},
		{"sky", "zoe is ill get mo", "problem:unwell"},
		{"ash", "dev feels ill come quick", "problem:unwell"},
	})
}

// "been a hit" is a success, not a blow; "he hit a lad" is still a fight.
func TestHunt11SuccessHit(t *testing.T) {
	checkSkate(t, [][3]string{
		{"ash", "glow sticks have been a hit", "!problem"},
		{"sky", "the tuck shop was a big hit with the kids", "!problem"},
		{"rob", "dev hit a lad by the cones", "problem:upset"},
	})
}

// A machine that burnt out or conked out is broken, not its job done;
// things packed in a box are still a job.
func TestHunt11BurntOut(t *testing.T) {
	checkSkate(t, [][3]string{
		{"sky", "tuck shop till burnt out", "problem:other"},
		{"rob", "disco lights have conked out", "problem:other?"},
		{"rob", "the light machine has packed in", "problem:other"},
		{"heather", "skates all packed in the boxes", "!problem"},
	})
}

// A taxi that "never showed" has not come.
func TestHunt11NeverShowed(t *testing.T) {
	checkSkate(t, [][3]string{
		{"sky", "metro cars never showed for zoe", "problem:taxi"},
		{"ash", "devs cab never showed up", "problem:taxi"},
	})
}

// A guest "nowhere to be found" is missing; a thing nowhere to be found
// is not a person lost.
func TestHunt11NowhereToBeFound(t *testing.T) {
	checkSkate(t, [][3]string{
		{"rob", "nina is nowhere to be found", "problem:missing"},
		{"sky", "zoe nowhere to be seen", "problem:missing"},
		{"ash", "the cash tin is nowhere to be found", "!problem:missing"},
	})
}

// "a funny turn" is feeling unwell; a turn on the skates is not.
func TestHunt11FunnyTurn(t *testing.T) {
	checkSkate(t, [][3]string{
		{"rob", "a lady is having a funny turn", "problem:unwell"},
		{"mo", "nina had a dizzy spell", "problem:unwell"},
		{"sky", "everyone has had a turn on the skates", "!problem"},
	})
}
