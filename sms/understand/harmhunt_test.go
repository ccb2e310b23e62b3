package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// craftPlan is a made-up night for the harm hunt: names that are words
// (Mark, Bill), names inside names (Jack, Jackie), a job "Pick up litter",
// and two taxi firms. No corpus text is about it.
const craftPlan = `{"id":"craft","title":"Spring Craft Night","people":[
 {"id":"mark","name":"Mark","phone":"+447700900301","roles":["committee"]},
 {"id":"bill","name":"Bill","phone":"+447700900302","roles":["committee"]},
 {"id":"jack","name":"Jack","phone":"+447700900303","roles":["committee"]},
 {"id":"jackie","name":"Jackie","phone":"+447700900304","roles":["committee"]},
 {"id":"faye","name":"Faye","phone":"+447700900305","roles":["volunteer"]},
 {"id":"sue","name":"Sue","phone":"+447700900306","roles":["staff"]}],
"jobs":[
 {"id":"paints","title":"Put out the paints","phase":"setup","who":["jack","faye"]},
 {"id":"glue","title":"Fill the glue pots","phase":"setup","who":["jackie"]},
 {"id":"tunes","title":"Play the music","phase":"during","who":["mark"]},
 {"id":"kettle","title":"Boil the kettle for teas","phase":"during","who":["sue"]},
 {"id":"raffle","title":"Run the raffle","phase":"during","who":["bill"]},
 {"id":"brushes","title":"Wash the brushes","phase":"close","who":["jack","jackie"]},
 {"id":"litter","title":"Pick up litter","phase":"close","who":["bill","faye"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"20:00","title":"Raffle"},{"at":"21:30","title":"Home time"}],
"rides":[{"id":"c1","name":"Omar","pickup":"taxi","at":"21:30","note":"Lion Cars"},
 {"id":"c2","name":"Ruth","pickup":"dad","at":"21:30"},
 {"id":"c3","name":"Pete","pickup":"taxi","at":"21:45","note":"Swift Taxis"}]}`

func mustCraftNight(t *testing.T) *night.Night {
	t.Helper()
	p, err := night.ParsePlan([]byte(craftPlan))
	if err != nil {
		t.Fatal(err)
	}
	return night.NewNight(p)
}

type harmCase struct{ from, text, want string }

// checkHarm reads each text on a fresh night. A want of "" means the text
// must change nothing (any answer, a question or passing it on is fine);
// otherwise the reading must be want.
func checkHarm(t *testing.T, cases []harmCase) {
	t.Helper()
	n := mustCraftNight(t)
	for _, tc := range cases {
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:30"})
		got := in.Expect(n)
		switch {
		case tc.want == "" && changesNight(in):
			t.Errorf("%s %q = %s; it must change nothing", tc.from, tc.text, got)
		case tc.want != "" && !Matches(got, tc.want):
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
}

func changesNight(in understand.Intent) bool {
	switch in.Kind {
	case understand.Done, understand.Doing, understand.Undo, understand.Problem, understand.Claim,
		understand.Sorted, understand.Here, understand.Leaving, understand.Ride:
		return true
	}
	return false
}

// TestUnderstand_WaitingIsNotLate: a guest waiting for a ride is the usual
// end of a night; only a wait that has gone on is a late ride.
func TestUnderstand_WaitingIsNotLate(t *testing.T) {
	checkHarm(t, []harmCase{
		{"faye", "omar is waiting for his taxi", ""},
		{"jack", "waiting for my lift", ""},
		{"sue", "ruth is waiting for her dad", ""},
		{"sue", "omar has been waiting ages for his taxi", "problem:taxi"},
		{"faye", "pete still waiting for swift taxis", "problem:taxi"},
		{"faye", "petes taxi is late", "problem:taxi"},
	})
}

// TestUnderstand_AskedWhatSomeoneDid: "has X done", "did X do" asks, even
// when the name is also a word (Mark, Bill).
func TestUnderstand_AskedWhatSomeoneDid(t *testing.T) {
	checkHarm(t, []harmCase{
		{"jackie", "has mark done the music", ""},
		{"faye", "did bill do the raffle", ""},
		{"sue", "is jack doing the paints", ""},
		{"bill", "done the raffle", "done:raffle"},
	})
}

// TestUnderstand_WhereAsksTheWay: "where do the paints go" asks the way;
// "where is omar" is still a guest missing.
func TestUnderstand_WhereAsksTheWay(t *testing.T) {
	checkHarm(t, []harmCase{
		{"faye", "where do the paints go", ""},
		{"jack", "where should i put the brushes", ""},
		{"sue", "where is omar", "problem:missing"},
	})
}

// TestUnderstand_PlanAtAClockTime: "gonna ... at 8" is a plan; "gonna ...
// now" a start.
func TestUnderstand_PlanAtAClockTime(t *testing.T) {
	checkHarm(t, []harmCase{
		{"bill", "gonna run the raffle at 8", ""},
		{"jack", "going to wash the brushes at half 9", ""},
		{"bill", "gonna run the raffle now", "doing:raffle"},
	})
}

// TestUnderstand_OfferOfHelpIsNoCall: offering help raises nothing;
// asking for it still does.
func TestUnderstand_OfferOfHelpIsNoCall(t *testing.T) {
	checkHarm(t, []harmCase{
		{"sue", "do u need help with the glue", ""},
		{"faye", "does anyone need a hand", ""},
		{"jack", "anyone need help", ""},
		{"jackie", "need help with the glue", "problem:other"},
		{"faye", "can someone help me", "problem:any"},
	})
}

// TestUnderstand_LikingIsNoMusicFault: "love the music" is praise, not a
// fault with the music; "speakers!!" on its own still is.
func TestUnderstand_LikingIsNoMusicFault(t *testing.T) {
	checkHarm(t, []harmCase{
		{"sue", "love this song", ""},
		{"jack", "love the speakers", ""},
		{"faye", "loving the tunes x", ""},
		{"sue", "speakers!!", "problem:music"},
	})
}

// TestUnderstand_NotDoneYetIsNoFault: "havent tested the speakers yet" is
// a job still to do; "the mic is not working" is a fault.
func TestUnderstand_NotDoneYetIsNoFault(t *testing.T) {
	checkHarm(t, []harmCase{
		{"mark", "havent tested the speakers yet", ""},
		{"mark", "not plugged the mic in yet", ""},
		{"mark", "the mic is not working", "problem:music"},
	})
}

// TestUnderstand_AnyoneSeenAThing: "anyone" in "has anyone seen the
// glitter" is who is asked, not a missing person.
func TestUnderstand_AnyoneSeenAThing(t *testing.T) {
	checkHarm(t, []harmCase{
		{"sue", "has anyone seen the glitter", ""},
		{"sue", "has anyone seen omar", "problem:missing"},
	})
}

// TestUnderstand_PickedUpIsNoJob: someone picking the sender up is their
// way home, not the job "Pick up litter".
func TestUnderstand_PickedUpIsNoJob(t *testing.T) {
	checkHarm(t, []harmCase{
		{"bill", "my dad is picking me up at 9", ""},
		{"faye", "mum is picking me up soon", ""},
		{"bill", "picked up the litter", "done:litter"},
	})
}
