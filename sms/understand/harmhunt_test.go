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
	return planNight(t, craftPlan)
}

// checkHarm reads each text on a fresh night. A want of "" means the text
// must change nothing (any answer, a question or passing it on is fine);
// otherwise the reading must be want.
func checkHarm(t *testing.T, cases []readCase) {
	t.Helper()
	checkOn(t, mustCraftNight(t), "19:30", cases)
}

// TestUnderstand_WaitingIsNotLate: a guest waiting for a ride is the usual
// end of a night; only a wait that has gone on is a late ride.
func TestUnderstand_WaitingIsNotLate(t *testing.T) {
	checkHarm(t, []readCase{
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
	checkHarm(t, []readCase{
		{"jackie", "has mark done the music", ""},
		{"faye", "did bill do the raffle", ""},
		{"sue", "is jack doing the paints", ""},
		{"bill", "done the raffle", "done:raffle"},
	})
}

// TestUnderstand_WhereAsksTheWay: "where do the paints go" asks the way;
// "where is omar" is still a guest missing.
func TestUnderstand_WhereAsksTheWay(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "where do the paints go", ""},
		{"jack", "where should i put the brushes", ""},
		{"sue", "where is omar", "problem:missing"},
	})
}

// TestUnderstand_PlanAtAClockTime: "gonna ... at 8" is a plan; "gonna ...
// now" a start.
func TestUnderstand_PlanAtAClockTime(t *testing.T) {
	checkHarm(t, []readCase{
		{"bill", "gonna run the raffle at 8", ""},
		{"jack", "going to wash the brushes at half 9", ""},
		{"bill", "gonna run the raffle now", "doing:raffle"},
	})
}

// TestUnderstand_OfferOfHelpIsNoCall: offering help raises nothing;
// asking for it still does.
func TestUnderstand_OfferOfHelpIsNoCall(t *testing.T) {
	checkHarm(t, []readCase{
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
	checkHarm(t, []readCase{
		{"sue", "love this song", ""},
		{"jack", "love the speakers", ""},
		{"faye", "loving the tunes x", ""},
		{"sue", "speakers!!", "problem:music"},
	})
}

// TestUnderstand_NotDoneYetIsNoFault: "havent tested the speakers yet" is
// a job still to do; "the mic is not working" is a fault.
func TestUnderstand_NotDoneYetIsNoFault(t *testing.T) {
	checkHarm(t, []readCase{
		{"mark", "havent tested the speakers yet", ""},
		{"mark", "not plugged the mic in yet", ""},
		{"mark", "the mic is not working", "problem:music"},
	})
}

// TestUnderstand_AnyoneSeenAThing: "anyone" in "has anyone seen the
// glitter" is who is asked, not a missing person.
func TestUnderstand_AnyoneSeenAThing(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "has anyone seen the glitter", ""},
		{"sue", "has anyone seen omar", "problem:missing"},
	})
}

// TestUnderstand_PickedUpIsNoJob: someone picking the sender up is their
// way home, not the job "Pick up litter".
func TestUnderstand_PickedUpIsNoJob(t *testing.T) {
	checkHarm(t, []readCase{
		{"bill", "my dad is picking me up at 9", ""},
		{"faye", "mum is picking me up soon", ""},
		{"bill", "picked up the litter", "done:litter"},
	})
}

// TestUnderstand_RealWordsAreNotMendedIntoAlarms: a real word one letter
// from an alarm word ("sink", "string", "drill") stays itself; a
// misspelling ("sik") is still mended.
func TestUnderstand_RealWordsAreNotMendedIntoAlarms(t *testing.T) {
	checkHarm(t, []readCase{
		{"jack", "brushes are in the sink", ""},
		{"faye", "tie it with string", ""},
		{"sue", "we have a fire drill next week", ""},
		{"sue", "jack is sik", "problem:unwell"},
	})
}

// TestUnderstand_TwoGuestsArePassedOn: one text about two guests' rides
// is read by a person, not pinned on one of them.
func TestUnderstand_TwoGuestsArePassedOn(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "pete and omars taxis are here", ""},
		{"faye", "omars taxi is here", "ride:c1=gone"},
	})
}

// TestUnderstand_EarlierProblemSortedIsNoJob: news that an earlier problem
// is sorted, with none open, does not tick the job its words share.
func TestUnderstand_EarlierProblemSortedIsNoJob(t *testing.T) {
	checkHarm(t, []readCase{
		{"jack", "the paint spill from before is cleaned up", ""},
		{"jack", "paints out", "done:paints"},
	})
}

// TestUnderstand_AnotherDayIsNotTonight: what was done last month or
// yesterday is not news of tonight.
func TestUnderstand_AnotherDayIsNotTonight(t *testing.T) {
	checkHarm(t, []readCase{
		{"bill", "i did the raffle last month", ""},
		{"jackie", "i filled the glue pots yesterday", ""},
		{"bill", "i did the raffle", "done:raffle"},
	})
}

// TestUnderstand_TwoOthersAreNotTheSender: "jack and jackie are ..." from
// someone else is their news; "me and jackie are ..." is the sender's.
func TestUnderstand_TwoOthersAreNotTheSender(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "jack and jackie are washing the brushes", ""},
		{"jack", "me and jackie are washing the brushes", "doing:brushes?"},
		{"jack", "jackie and me are washing the brushes", "doing:brushes?"},
	})
}

// TestUnderstand_AlarmDrillIsNoAlarm: a test or practice of an alarm is
// no alarm; an alarm going off is.
func TestUnderstand_AlarmDrillIsNoAlarm(t *testing.T) {
	checkHarm(t, []readCase{
		{"jack", "the fire alarm test is at 8", ""},
		{"sue", "smoke alarm testing at 7", ""},
		{"jack", "the fire alarm is going off", "problem:other"},
	})
}

// TestUnderstand_StopTheMusicIsAnOrder: "stop the music at 9" is an order
// or a plan; "the music stopped" is a fault.
func TestUnderstand_StopTheMusicIsAnOrder(t *testing.T) {
	checkHarm(t, []readCase{
		{"mark", "stop the music at 9", ""},
		{"mark", "ill stop the music at 9", ""},
		{"sue", "the music stopped", "problem:music"},
	})
}

// TestUnderstand_SongTitleIsNoCall: a song called "Help" is no call for
// help.
func TestUnderstand_SongTitleIsNoCall(t *testing.T) {
	checkHarm(t, []readCase{
		{"jackie", "the song is called help", ""},
		{"sue", "help!!", "problem:other"},
	})
}

// TestUnderstand_SickThingIsPraise: "sick" said of a thing is slang for
// great; said of someone it is an illness.
func TestUnderstand_SickThingIsPraise(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "this song is sick", ""},
		{"jack", "the music is sick", ""},
		{"sue", "omar is sick", "problem:unwell"},
		{"faye", "i feel sick", "problem:unwell"},
	})
}

// TestUnderstand_SlangPraiseIsNoJob: "killing it on the raffle bill"
// praises Bill; it starts nothing.
func TestUnderstand_SlangPraiseIsNoJob(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "killing it on the raffle bill", ""},
		{"sue", "smashing it with the glue jackie", ""},
	})
}

// TestUnderstand_GoingAtAClockTime: a guest going home at a time to come
// has not gone.
func TestUnderstand_GoingAtAClockTime(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "omar is going home at half 9", ""},
		{"faye", "ruth is leaving at 9:15", ""},
		{"sue", "omar went home at 9", "ride:c1=gone"},
	})
}

// TestUnderstand_OnTheWayIsNotHere: "nearly there" is on the way in.
func TestUnderstand_OnTheWayIsNotHere(t *testing.T) {
	checkHarm(t, []readCase{
		{"jackie", "nearly there", ""},
		{"jackie", "almost there x", ""},
		{"jackie", "im here", "here"},
	})
}

// TestUnderstand_LoudAloneIsNoFault: "loud" alone may be how the sender
// likes it, and "in here" after a thing is not the sender arriving; "too
// loud" is a fault.
func TestUnderstand_LoudAloneIsNoFault(t *testing.T) {
	checkHarm(t, []readCase{
		{"mark", "the music is loud in here", ""},
		{"sue", "the speakers are loud", ""},
		{"sue", "music too loud", "problem:music"},
	})
}

// TestUnderstand_TellingAGuestIsNotGone: telling a guest their ride is
// here is a plan; the ride is not gone yet.
func TestUnderstand_TellingAGuestIsNotGone(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "ill tell omar his taxi is here", ""},
		{"faye", "ill let ruth know her dad is here", ""},
	})
}

// TestUnderstand_LateMaybeOrNotIsNoAlarm: a ride that might be late is
// asked about; one that is not late raises nothing; a late one does.
func TestUnderstand_LateMaybeOrNotIsNoAlarm(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "omars taxi might be late", ""},
		{"sue", "omars taxi could be late", ""},
		{"sue", "hope omars taxi isnt late", ""},
		{"sue", "omars taxi wont be late", ""},
		{"jack", "omar says his taxi is late", "problem:taxi"},
	})
}

// TestUnderstand_NeedsDoingIsNotDoing: "the brushes need washing" is a job
// still to do.
func TestUnderstand_NeedsDoingIsNotDoing(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "the brushes need washing", ""},
		{"sue", "the litter needs picking up", ""},
		{"sue", "someone needs to pick up the litter", ""},
		{"jack", "washing the brushes now", "doing:brushes"},
	})
}

// TestUnderstand_PlanThatDidNotHappen: "i was going to", "i tried to", "i
// forgot to" start nothing.
func TestUnderstand_PlanThatDidNotHappen(t *testing.T) {
	checkHarm(t, []readCase{
		{"jack", "i was going to do the paints", ""},
		{"jack", "i tried to do the paints", ""},
		{"jack", "i forgot to do the paints", ""},
		{"jack", "doing the paints", "doing:paints"},
	})
}

// TestUnderstand_WetWeatherIsNoSpill: wet from the rain, or sticky hands,
// is no spill; a wet floor is.
func TestUnderstand_WetWeatherIsNoSpill(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "the roads are wet", ""},
		{"faye", "i got wet in the rain", ""},
		{"faye", "soaked from the rain lol", ""},
		{"jack", "my hands are sticky from the glue", ""},
		{"sue", "the floor is wet by the sink", "problem:spill"},
	})
}

// TestUnderstand_FirstAidKitIsAThing: where the first aid kit is, or who
// the first aider is, raises nothing; asking for first aid does.
func TestUnderstand_FirstAidKitIsAThing(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "first aid kit is in the kitchen", ""},
		{"sue", "the first aid box is full", ""},
		{"faye", "need the first aid kit quick", "problem:unwell"},
		{"faye", "omar needs first aid", "problem:unwell"},
	})
}

// TestUnderstand_FellAsleepIsNoFall and better now: "fell asleep" is no
// fall, and "my headache is gone" is no new illness.
func TestUnderstand_FellAsleepOrBetterIsNoAlarm(t *testing.T) {
	checkHarm(t, []readCase{
		{"jack", "omar fell asleep lol", ""},
		{"bill", "my headache is gone", ""},
		{"faye", "ruth was upset but shes ok now", ""},
		{"jack", "omar fell over", "problem:unwell"},
	})
}

// TestUnderstand_PhSpeltAsHeard: "ph" is written "f" by people who spell
// by ear: "pamflets" is pamphlets.
func TestUnderstand_PhSpeltAsHeard(t *testing.T) {
	n := planNight(t, `{"id":"ph","title":"Fun Night","people":[
 {"id":"ann","name":"Ann","phone":"+447700900401","roles":["committee"]},
 {"id":"ted","name":"Ted","phone":"+447700900402","roles":["committee"]}],
"jobs":[{"id":"leaflets","title":"Hand out the pamphlets","phase":"during","who":["ann"]},
 {"id":"pics","title":"Take the photos","phase":"during","who":["ann"]},
 {"id":"gram","title":"Play the gramophone","phase":"during","who":["ted"]}]}`)
	for _, tc := range []readCase{
		{"ann", "handed out the pamflets", "done:leaflets"},
		{"ted", "gramofone is playing now", "doing:gram"},
		{"ann", "took lots of fotos", "done:pics"},
	} {
		if got := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:30"}).Expect(n); got != tc.want {
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
}

// TestUnderstand_NoneOfDeniesTheProblem: "none of the cups are broken"
// denies it, though the denial is five words before.
func TestUnderstand_NoneOfDeniesTheProblem(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "none of the glue pots are broken", ""},
		{"sue", "the glue pots are broken", "problem:other"},
	})
}

// TestUnderstand_OverAsAPlace: "over by the stage" says where, not that
// something is over.
func TestUnderstand_OverAsAPlace(t *testing.T) {
	checkHarm(t, []readCase{
		{"bill", "starting the raffle now, everyone over by the door please", "doing:raffle"},
		{"bill", "raffle is over", "done:raffle"},
	})
}

// TestUnderstand_KnockedOverFarApart: "knocked a cup of squash over" is a
// spill, with the cup and what was in it between the two words.
func TestUnderstand_KnockedOverFarApart(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "someone knocked a big cup of squash over by the paints", "problem:spill"},
	})
}

// TestUnderstand_TaxiLetDown: a cab that drove off without a guest, or a
// firm with no driver, is a taxi problem.
func TestUnderstand_TaxiLetDown(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "the swift cab drove off without pete", "problem:taxi"},
		{"sue", "lion cars rang, they have no driver for omar till 11", "problem:taxi"},
	})
}

// TestUnderstand_SomeoneElseLeads: a text about what someone did is not
// the sender's job; what someone will do is not the sender's plan.
func TestUnderstand_SomeoneElseLeads(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "someone has left their paints on the litter bin", ""},
		{"faye", "floor is wet by the paints someone will slip", "problem:spill"},
	})
}

// TestUnderstand_FirstAidWhereKnown: "everyone knows where the first aid
// box is" is no call for first aid; "where is the first aid kit" is not
// read as news of where it is.
func TestUnderstand_FirstAidWhereKnown(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "everyone knows where the first aid box is", ""},
	})
}

// TestUnderstand_GonePaleIsNotBetter: "has gone pale" is still unwell;
// "my headache has gone" is better.
func TestUnderstand_GonePaleIsNotBetter(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "omar has gone really pale and dizzy", "problem:unwell"},
		{"bill", "my headache has gone", ""},
	})
}

// TestUnderstand_LaughedAboutIsAsked: a fault about a thing said with a
// laugh is asked about before the team is texted; a person hurt is not.
func TestUnderstand_LaughedAboutIsAsked(t *testing.T) {
	n := mustCraftNight(t)
	for _, tc := range []struct{ from, text, want string }{
		{"jack", "the glue gun is broken lol", "ask"},
		{"faye", "raffle drum is stuck haha", "ask"},
		{"jack", "the glue gun is broken", "problem:other"},
		{"faye", "omar fell over lol", "problem:unwell"},
	} {
		if got := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:30"}).Expect(n); !Matches(got, tc.want) {
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
}

// TestUnderstand_RelayOrRethinkIsPassedOn: asking someone to pass a
// message on, or "i thought ... but", is read by a person; a plain call
// for help is still raised.
func TestUnderstand_RelayOrRethinkIsPassedOn(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "can someone tell omar his taxi is here", ""},
		{"jackie", "i thought omars taxi was late but its here", ""},
		{"sue", "can someone help omar his taxi is late", "problem:taxi"},
	})
}

// TestUnderstand_HeldProblemNotSortedYet: someone on a problem who says it
// is not sorted yet sorts nothing; news that another member is on a
// problem is not the sender taking it on.
func TestUnderstand_HeldProblemNotSortedYet(t *testing.T) {
	base := mustCraftNight(t)
	n := MustApply(t, base, night.Command{Type: night.CmdRaise, By: "sue", Kind: night.Spill, Text: "Paint water spilt by the sink"})
	id := n.Problems[len(n.Problems)-1].ID
	held := MustApply(t, n, night.Command{Type: night.CmdClaim, By: "jack", Problem: id})
	ctx := understand.Context{LastAlertProblem: id, Now: "19:30"}
	for _, tc := range []struct {
		n          *night.Night
		from, text string
		want       string
	}{
		{held, "jack", "the spill isnt sorted yet", ""},
		{held, "jack", "spill not done yet", ""},
		{held, "jack", "spill sorted, floor is dry", "sorted"},
		{n, "faye", "bill is on it", ""},
		{n, "faye", "jackie is sorting it", ""},
		{n, "faye", "on my way", "claim"},
	} {
		in := understand.Understand(tc.text, tc.n, tc.from, ctx)
		got := in.Expect(tc.n)
		switch {
		case tc.want == "" && changesNight(in):
			t.Errorf("%s %q = %s; it must change nothing", tc.from, tc.text, got)
		case tc.want != "" && got != tc.want:
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
}

// TestUnderstand_ChangeOfPlanIsPassedOn: "scrap the paints" throws a plan
// away: it starts no job and is no fight; "glitter" stays glitter.
func TestUnderstand_ChangeOfPlanIsPassedOn(t *testing.T) {
	checkHarm(t, []readCase{
		{"jack", "scrap the paints we are doing glitter", ""},
		{"jack", "doing glitter instead of the paints", ""},
		{"sue", "two lads having a scrap", "problem:upset"},
		{"jack", "doing the paints", "doing:paints"},
	})
}

// TestUnderstand_SmokeBreakIsNoFire: "going for a smoke" is a break;
// smoke in a room is an alarm.
func TestUnderstand_SmokeBreakIsNoFire(t *testing.T) {
	checkHarm(t, []readCase{
		{"mark", "going for a smoke", ""},
		{"faye", "just having a quick smoke outside", ""},
		{"mark", "there is smoke in the kitchen", "problem:other"},
		{"sue", "smoke alarm going off", "problem:other"},
	})
}

// TestUnderstand_NewsThatIsNotTheSender: a late bus is the sender's own
// journey, not a guest's taxi; news of everyone arriving is not the sender
// checking in; a thing or person expected ("should be here at 7") has not
// arrived; losing at a game is not a lost person; saying who looks after
// lost property reports nothing lost.
func TestUnderstand_NewsThatIsNotTheSender(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "the bus is late", ""},
		{"faye", "got here bus was late", "here"}, // her own journey: she has come
		{"jack", "everyone signed in now", ""},
		{"jack", "people have arrived", ""},
		{"sue", "cake shud be here at 8", ""},
		{"faye", "i shud be there at 7", ""},
		{"bill", "omar lost at bingo", ""},
		{"bill", "he lost to ruth at darts", ""},
		{"sue", "faye is in charge of lost property", ""},
		{"faye", "found a purse, its in lost property", "problem:lost"},
		{"faye", "omar's taxi is late", "problem:taxi"},
		{"jack", "im here", "here"},
	})
}

// TestUnderstand_WetJobThingIsNoSpill: a wet word right before a thing a
// job names describes the thing ("the wet brushes" of "Wash the
// brushes"); a wet floor or a wet patch by the brushes is still a spill.
func TestUnderstand_WetJobThingIsNoSpill(t *testing.T) {
	checkHarm(t, []readCase{
		{"jack", "washing the wet brushes now", "doing:brushes"},
		{"jackie", "picking up the wet brushes", "!problem"},
		{"faye", "wet floor by the brushes", "problem:spill"},
		{"faye", "theres a big wet patch near the paints", "problem:spill"},
	})
}
