package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// springPlan is a made-up spring fair nobody tuned on: two jobs of one pair
// at each end of the night sharing a word ("Set up the stalls" / "Pack away
// the stalls"), names that are words (Will, Hope, Joy) and similar names
// (Dan, Danny), and two guests riding with one taxi firm.
const springPlan = `{"id":"f9","title":"Spring Fair","venue":"Hope Street Hall","people":[
 {"id":"will","name":"Will","phone":"+447700900801","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700900802","roles":["committee"]},
 {"id":"dan","name":"Dan","phone":"+447700900804","roles":["committee"]},
 {"id":"danny","name":"Danny","phone":"+447700900805","roles":["volunteer"]},
 {"id":"joy","name":"Joy","phone":"+447700900806","roles":["committee"]},
 {"id":"sue","name":"Sue","phone":"+447700900807","roles":["staff"]}],
"jobs":[
 {"id":"stalls","title":"Set up the stalls","phase":"setup","who":["will","dan"]},
 {"id":"bunting","title":"Hang the bunting","phase":"setup","who":["hope","joy"]},
 {"id":"brief","title":"Give the briefing","phase":"briefing","who":["sue"]},
 {"id":"door","title":"Run the door","phase":"during","who":["will","danny"]},
 {"id":"raffle","title":"Do the raffle","phase":"during","who":["hope"]},
 {"id":"away","title":"Pack away the stalls","phase":"close","who":["will","dan"]},
 {"id":"down","title":"Take down the bunting","phase":"close","who":["hope","joy"]},
 {"id":"hall","title":"Sweep the hall","phase":"close","who":["danny"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"19:30","title":"Raffle draw"}],
"rides":[
 {"id":"f1","name":"Ellie","pickup":"taxi","at":"21:00","note":"Star Cars"},
 {"id":"f2","name":"Tom","pickup":"taxi","at":"21:15","note":"Star Cars"},
 {"id":"f3","name":"Kyle","pickup":"support worker","at":"21:00"}]}`

func springNight(t *testing.T) *night.Night {
	t.Helper()
	return planNight(t, springPlan)
}

func checkSpring(t *testing.T, cases []readCase) {
	t.Helper()
	checkOn(t, springNight(t), "18:00", cases)
}

// TestUnderstand_GoingToDoIsAPlan: "going to" and a doing word is a plan,
// as "i will" is, so it starts no job until "now" makes it a start; a
// doing word with a clock time ahead is a plan too.
func TestUnderstand_GoingToDoIsAPlan(t *testing.T) {
	checkSpring(t, []readCase{
		{"dan", "im going to pack away the stalls", ""},
		{"dan", "gonna pack away the stalls", ""},
		{"joy", "goin to take down the bunting", ""},
		{"sue", "doing the briefing at 6 15", ""},
		{"hope", "doing the raffle at half 7", ""},
		{"dan", "gonna pack away the stalls now", "doing:away"},
		{"dan", "packing away the stalls now", "doing:away"},
		{"sue", "doing the briefing now", "doing:brief"},
	})
}

// TestUnderstand_JobAndClockIsWhen: a job named with a clock time and no
// word of done says when it happens, not that it is done.
func TestUnderstand_JobAndClockIsWhen(t *testing.T) {
	checkSpring(t, []readCase{
		{"will", "stalls away at 8", ""},
		{"joy", "bunting down at 9", ""},
		{"will", "stalls packed away at 8", "done:away"},
		{"will", "stalls away", "done:away"},
	})
}

// TestUnderstand_GuestStillHereIsNoLateRide: a guest "still here" says
// where they are, not that their ride is late.
func TestUnderstand_GuestStillHereIsNoLateRide(t *testing.T) {
	n := springNight(t)
	for _, tc := range []readCase{
		{"sue", "ellie is still here", ""},
		{"sue", "tom still here", ""},
		{"sue", "kyle is still here", ""},
		{"sue", "kyle still here", ""},
		{"sue", "toms taxi is late", "problem:taxi"},
	} {
		checkReading(t, n, understand.Context{Now: "21:30"}, tc.from, tc.text, tc.want)
	}
}
