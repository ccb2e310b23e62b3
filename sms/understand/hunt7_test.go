package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
)

// h7GardenPlan is a made-up night for the hunt on jobs told by the
// state of their things: names that are words (Will, Hope, Joy), similar
// names (Dan, Danny), two jobs of one person on one thing (the fountain),
// and a venue with a word of trouble ("Broken").
const h7GardenPlan = `{"id":"h7g","title":"Garden Party","venue":"Broken Gate Gardens","people":[
 {"id":"will","name":"Will","phone":"+447700901791","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700901792","roles":["committee"]},
 {"id":"joy","name":"Joy","phone":"+447700901793","roles":["committee"]},
 {"id":"dan","name":"Dan","phone":"+447700901794","roles":["committee"]},
 {"id":"danny","name":"Danny","phone":"+447700901795","roles":["volunteer"]},
 {"id":"ruth","name":"Ruth","phone":"+447700901796","roles":["staff"]}],
"jobs":[
 {"id":"lanterns","title":"Light the lanterns on the path","phase":"setup","who":["will"]},
 {"id":"fountain","title":"Switch on the fountain","phase":"setup","who":["dan"]},
 {"id":"lemonade","title":"Fill the lemonade tubs","phase":"setup","who":["hope"]},
 {"id":"balloons","title":"Blow up the balloons","phase":"setup","who":["joy","danny"]},
 {"id":"briefing","title":"Give the team briefing","phase":"briefing","who":["ruth"]},
 {"id":"scones","title":"Cut the scones","phase":"during","who":["hope"]},
 {"id":"band","title":"Start the brass band","phase":"during","who":["will"]},
 {"id":"popping","title":"Pop the balloons","phase":"close","who":["joy"]},
 {"id":"fountainoff","title":"Switch off the fountain","phase":"close","who":["dan"]},
 {"id":"home","title":"Help people get home","phase":"close","who":["ruth","danny"]},
 {"id":"raffletable","title":"Set up the raffle table","phase":"setup","who":["dan"]},
 {"id":"draw","title":"Draw the raffle","phase":"during","who":["dan"]},
 {"id":"requests","title":"Take song requests","phase":"during","who":["danny"]},
 {"id":"lemonadeout","title":"Hand out the lemonade","phase":"during","who":["hope"]},
 {"id":"chairsaway","title":"Stack the deckchairs in the shed","phase":"close","who":["danny"]}],
"timeline":[{"at":"18:00","title":"Doors open"},{"at":"19:00","title":"The Gatekeepers play"}],"rides":[
 {"id":"r1","name":"Ivy","pickup":"minibus","at":"21:00","note":"Village bus"},
 {"id":"r2","name":"Carl","pickup":"taxi","at":"21:00","note":"Acorn Cabs"}]}`

func h7Garden(t *testing.T) *night.Night {
	t.Helper()
	return planNight(t, h7GardenPlan)
}

// TestUnderstand_ThingsStateNotWork: what a job's things do on their own
// ("balloons keep popping"), a state they come into ("getting cold") and
// where things in their done state are ("lit on the path") are no work
// started: the state is the news.
func TestUnderstand_ThingsStateNotWork(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"joy", "balloons keep popping lol", "!doing"},
		{"joy", "the balloons keep on popping in the sun", "!doing"},
		{"joy", "popping the balloons now", "doing:popping"},
		{"hope", "lemonade tubs filled up and gettin cold", "done:lemonade"},
		{"hope", "tubs all full now getting really cold", "done:lemonade"},
		{"hope", "getting the lemonade tubs filled", "doing:lemonade"},
		{"will", "all the lanterns are lit on the path", "done:lanterns"},
		{"will", "on the lanterns now", "doing:lanterns"},
	})
}

// TestUnderstand_GroupOffInRides: the people said to have gone off in
// their rides, or to be in them, is the sender's job of seeing them home
// done, though "home" is not said. Things in a car, the car park, a
// question, a denial, a plan and the sender's own ride are not.
func TestUnderstand_GroupOffInRides(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"ruth", "every one is gone in there lifts 👋", "done:home"},
		{"danny", "all the guests are picked up and gone", "done:home"},
		{"ruth", "evry1 is in there taxi and gone", "done:home"},
		{"danny", "all gone in taxis", "done:home"},
		{"ruth", "everyone on the minibus", "done:home"},
		{"danny", "all the boxes are in the car", "!done"},
		{"ruth", "everyone is in the car park", "!done"},
		{"ruth", "is everyone in there lifts", "!done"},
		{"danny", "everyone isnt in there taxis yet", "!done"},
		{"danny", "im on the bus now", "!done"},
		{"ruth", "everyone will be gone in there lifts after the band", "!done"},
		{"joy", "every one is gone in there lifts", "!done"},
	})
}

// TestUnderstand_ThingWordPast: a word of the job's things turned into a
// past verb after the job's words says the job is done ("team all
// briefed" for "Give the team briefing"); not asked, denied or planned,
// and not a past with the thing after it ("someone requested a song").
func TestUnderstand_ThingWordPast(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"ruth", "team all briefed", "done:briefing"},
		{"ruth", "team briefed ✅", "done:briefing"},
		{"ruth", "the team are briefed now", "done:briefing"},
		{"ruth", "team not briefed yet", "!done"},
		{"ruth", "has the team been briefed", "!done"},
		{"ruth", "team will be briefed after the gatekeepers", "!done"},
		{"danny", "someone requested a song", "!done"},
	})
}

// TestUnderstand_OtherTitleVerbNoSynonym: a word that is the verb of one
// job's title ("drawing" of "Draw the raffle") does not name another job
// by a word for its things ("draw" for a raffle), so two raffle jobs of
// one person are told apart.
func TestUnderstand_OtherTitleVerbNoSynonym(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"dan", "drawing the raffle now", "doing:draw"},
		{"dan", "raffle table all set up", "done:raffletable"},
		{"dan", "raffle drawn", "done:draw"},
	})
}

// TestUnderstand_OnItAsPlace: "on it" right after a job's things says
// where they are ("a lantern on it"); it takes nothing on, and with a
// problem open "im on it" still does.
func TestUnderstand_OnItAsPlace(t *testing.T) {
	n := h7Garden(t)
	checkBarn(t, n, []readCase{
		{"will", "every step of the path has got a lantern on it now", "!doing"},
		{"will", "every step has got a lit lantern on it", "done:lanterns"},
		{"will", "on it", "!doing"},
	})
	n, ctx := WithAlertBy(t, n, "ruth", "Drink spilt by the fountain")
	checkReading(t, n, ctx, "hope", "im on it", "claim")
	checkReading(t, n, ctx, "will", "on it now", "claim")
}

// TestUnderstand_RunningIsStarted: things said to be going or running,
// for a job that starts them or switches them on, are that job done, as
// "on" is; a plan, a question, a denial and a job that switches them off
// are not.
func TestUnderstand_RunningIsStarted(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"dan", "fountain is going 💦", "done:fountain"},
		{"dan", "fountain running nicely", "done:fountain"},
		{"will", "pressed go brass band is going", "done:band"},
		{"will", "brass band going well", "done:band"},
		{"will", "brass band is going to start at 7", "!done"},
		{"dan", "fountain going off at 9", "!done"},
		{"dan", "is the fountain going", "!done"},
		{"dan", "fountain not going", "!done"},
	})
}

// TestUnderstand_GivenToAllOfTwo: asked between two jobs of the sender on
// one thing, news that everyone has had it is the job that gives it out,
// not the one that gets it ready; an exception, a question or someone
// without those jobs is not.
func TestUnderstand_GivenToAllOfTwo(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"hope", "evry1 has got a lemonade", "done:lemonadeout"},
		{"hope", "every one has got there lemonade now 🍋", "done:lemonadeout"},
		{"hope", "everyone has got lemonade except stan", "!done"},
		{"hope", "has everyone got lemonade", "!done"},
		{"joy", "everyone has got lemonade", "!done"},
	})
}

// TestUnderstand_SamePastAfterThing: a title verb whose past is itself
// ("Cut the scones"), said after the job's things, says it is done.
func TestUnderstand_SamePastAfterThing(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"hope", "scones all cut", "done:scones"},
		{"hope", "scones cut evry1 can have 1 🍰", "done:scones"},
		{"hope", "scones not cut yet", "!done"},
		{"hope", "are the scones cut", "!done"},
		{"hope", "cut my finger on the scone knife", "!done"},
	})
}

// TestUnderstand_StateBesideLooks: a job's things said to be in the state
// its title verb leaves them in are done, though the text also says how
// they look; how they look alone is still praise.
func TestUnderstand_StateBesideLooks(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"will", "evry lantern is lit and looks lovely", "done:lanterns"},
		{"hope", "lemonade tubs are full and look amazing", "done:lemonade"},
		{"will", "the lanterns look lovely", "!done"},
	})
}

// TestUnderstand_IsEveryAsks: "is every ..." and "has everybody ..." ask,
// as "is the ..." does, with no question mark: nothing is ticked.
func TestUnderstand_IsEveryAsks(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"will", "is every lantern lit", "!done"},
		{"hope", "has everybody got lemonade", "!done"},
		{"hope", "is each tub full", "!done"},
		{"will", "every lantern is lit", "done:lanterns"},
	})
}

// TestUnderstand_LeavesOut: a job done or a ride gone told with someone
// or something left out ("except ivy") is not all done, and the one left
// out may be the guest named: a person reads it.
func TestUnderstand_LeavesOut(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"hope", "evry1 has got lemonade except carl", "!done"},
		{"ruth", "everyone is on the minibus except ivy", "!ride"},
		{"will", "all the lanterns are lit apart from the big one", "!done"},
		{"ruth", "ivy is on the minibus", "ride:r1=gone"},
		{"will", "all the lanterns are lit", "done:lanterns"},
	})
}

// TestUnderstand_VerbAndThingFitBetter: a job told by its title's verb
// and thing together ("filling lemonade") beats one named by words said
// in passing ("brass band"); the sender on their way with their job's
// things has started it, when no problem is open.
func TestUnderstand_VerbAndThingFitBetter(t *testing.T) {
	n := h7Garden(t)
	checkBarn(t, n, []readCase{
		{"hope", "filling lemonade now big crowd at the brass band", "doing:lemonade"},
		{"will", "on my way out with the lanterns", "doing:lanterns"},
		{"will", "on my way with the lanterns after the gatekeepers", "!doing"},
		{"will", "is joy on her way with the lanterns", "!doing"},
	})
	n, ctx := WithAlertBy(t, n, "ruth", "Drink spilt by the fountain")
	checkReading(t, n, ctx, "will", "on my way with the lanterns", "!doing")
}

// TestUnderstand_StoredInTitlePlace: the things of a title that stacks or
// stores them somewhere, said to be in that place, are done; in another
// place ("in rows") they are not.
func TestUnderstand_StoredInTitlePlace(t *testing.T) {
	checkBarn(t, h7Garden(t), []readCase{
		{"danny", "all the deckchairs are in the shed now", "done:chairsaway"},
		{"danny", "deckchairs all in", "done:chairsaway"},
		{"danny", "deckchairs all in rows now", "!done"},
		{"danny", "are the deckchairs in the shed", "!done"},
	})
}
