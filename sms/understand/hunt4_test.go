package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// orchardPlan is a made-up apple-day night for the jobs, rides and
// presence rules: names that are words (Will, Rose, Summer, Bill, Grace),
// similar names (Dan, Danny), two jobs of one person sharing a word, two
// guests riding with one firm whose name is a word ("Ace Cars"), a parent
// pickup and a venue whose name holds a word of trouble ("Old Fire
// Station").
const orchardPlan = `{"id":"o4","title":"Apple Day","venue":"Old Fire Station","people":[
 {"id":"will","name":"Will","phone":"+447700900941","roles":["committee"]},
 {"id":"rose","name":"Rose","phone":"+447700900942","roles":["committee"]},
 {"id":"summer","name":"Summer","phone":"+447700900943","roles":["committee"]},
 {"id":"dan","name":"Dan","phone":"+447700900944","roles":["committee"]},
 {"id":"danny","name":"Danny","phone":"+447700900945","roles":["volunteer"]},
 {"id":"meg","name":"Meg","phone":"+447700900946","roles":["staff"]}],
"jobs":[
 {"id":"tables","title":"Set up the long tables","phase":"setup","who":["will","dan"]},
 {"id":"juice","title":"Press the apple juice","phase":"setup","who":["rose"]},
 {"id":"pies","title":"Bake the pies","phase":"setup","who":["summer"]},
 {"id":"brief","title":"Give the briefing","phase":"briefing","who":["meg"]},
 {"id":"door","title":"Take tickets on the door","phase":"during","who":["danny"]},
 {"id":"serve","title":"Serve the juice","phase":"during","who":["rose","summer"]},
 {"id":"count","title":"Count the ticket money","phase":"close","who":["dan","meg"]},
 {"id":"away","title":"Put away the long tables","phase":"close","who":["will","dan"]},
 {"id":"home","title":"Help people get home","phase":"close","who":["meg"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"19:30","title":"The Pips play"}],
"rides":[
 {"id":"o1","name":"Grace","pickup":"taxi","at":"21:00","note":"Ace Cars"},
 {"id":"o2","name":"Bill","pickup":"taxi","at":"21:00","note":"Ace Cars"},
 {"id":"o3","name":"Ivy","pickup":"parent","at":"21:15","note":"Dad collects"}]}`

type orchardCase struct{ setup, from, text, want string }

// checkOrchard reads each case on a fresh orchard night after its setup:
// "" nothing, "in" the sender checked in, "done:<job>" the sender ticked
// that job.
func checkOrchard(t *testing.T, cases []orchardCase) {
	t.Helper()
	for _, tc := range cases {
		n := planNight(t, orchardPlan)
		switch {
		case tc.setup == "in":
			n = MustApply(t, n, night.Command{Type: night.CmdCheckIn, By: tc.from, Person: tc.from})
		case len(tc.setup) > 5 && tc.setup[:5] == "done:":
			for _, j := range n.Jobs {
				if j.ID == tc.setup[5:] {
					n = MustApply(t, n, night.Command{Type: night.CmdDone, By: tc.from, Job: j.Number})
				}
			}
		}
		checkReading(t, n, understand.Context{Now: "19:30"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_GuestLeavingIsNotTheSender: leaving words said of a guest
// ("grace is leaving now", "bye grace") are about the guest, so the sender
// is not checked out; "im off too" still is.
func TestUnderstand_GuestLeavingIsNotTheSender(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"in", "meg", "grace is leaving now", "!leaving"},
		{"in", "meg", "grace leaving", "!leaving"},
		{"in", "meg", "bye grace", "!leaving"},
		{"in", "meg", "bill leaving now", "!leaving"},
		{"in", "meg", "said bye to grace, im off too", "leaving"},
		{"in", "meg", "leaving now", "leaving"},
		{"in", "meg", "grace went home", "ride:o1=gone"},
	})
}

// TestUnderstand_FirmHereIsNoCheckIn: a taxi firm said to be here ("ace
// cars here") is a ride come, not the sender arriving, even when the firm
// drives two guests and so names no one ride.
func TestUnderstand_FirmHereIsNoCheckIn(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "meg", "ace cars here", "!here"},
		{"", "meg", "ace cars are outside", "!here"},
		{"", "meg", "cars here", "!here"},
		{"", "meg", "the cars are here", "!here"},
		{"", "meg", "at the fire station now", "here"},
		{"", "meg", "here now", "here"},
	})
}

// TestUnderstand_MistakeAboutTheWorldIsNoUndo: a word of a mistake
// ("oops", "wrong") takes back the sender's last change only when the
// text is about that change: it says what is not done, how it was sent
// ("pressed", "ticked"), or nothing else. "oops dropped the pies" or "i
// gave the wrong ticket" tell of a slip in the room, so a person reads
// them.
func TestUnderstand_MistakeAboutTheWorldIsNoUndo(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"done:pies", "summer", "oops dropped the pies", "!undo"},
		{"done:door", "danny", "i gave someone the wrong ticket", "!undo"},
		{"done:tables", "will", "oops put them in the wrong room", "!undo"},
		{"done:juice", "rose", "my bad forgot the cups", "!undo"},
		{"done:pies", "summer", "oops wrong one", "undo"},
		{"done:pies", "summer", "sorry pressed the wrong one", "undo"},
		{"done:pies", "summer", "my mistake pies arent baked yet", "undo"},
		{"done:pies", "summer", "oops not done yet", "undo"},
		{"done:pies", "summer", "i ticked it by mistake", "undo"},
		{"done:pies", "summer", "wrong job soz", "undo"},
	})
}

// TestUnderstand_UndoDeniedOrAskedHow: "dont undo that" denies the undo
// and "how do i undo" asks how; neither takes anything back. "can you undo
// that" asks for it, so it still does.
func TestUnderstand_UndoDeniedOrAskedHow(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"done:pies", "summer", "dont undo that", ""},
		{"done:pies", "summer", "no need to undo it", ""},
		{"done:pies", "summer", "dont take it back its right", ""},
		{"done:pies", "summer", "how do i undo", ""},
		{"done:pies", "summer", "how do u undo a tick", ""},
		{"done:pies", "summer", "can you undo that", "undo"},
		{"done:pies", "summer", "undo pls", "undo"},
		{"done:pies", "summer", "undo that, pies not baked yet", "undo"},
	})
}

// TestUnderstand_WordNameBeforePastIsSomeoneElse: a name that is also a
// word ("Rose", "Will", "Summer") before a past verb ("rose made the
// juice", "will cleaned the tables") names the one who did it, so it is
// news of someone else's work and ticks nothing for the sender.
func TestUnderstand_WordNameBeforePastIsSomeoneElse(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "summer", "rose made the juice", ""},
		{"", "summer", "rose pressed the apple juice", ""},
		{"", "dan", "will set up the tables", ""},
		{"", "dan", "will put the tables up earlier", ""},
		{"", "rose", "summer baked the pies", ""},
		{"", "rose", "summer served the juice", ""},
		{"", "rose", "pressed the juice", "done:juice"},
		{"", "summer", "baked the pies", "done:pies"},
	})
}

// TestUnderstand_DoneBySomeoneElse: "counted by meg" says who did the
// work, so a job done "by" another team member is not the sender's tick.
func TestUnderstand_DoneBySomeoneElse(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "dan", "ticket money counted by meg", ""},
		{"", "dan", "tables set up by will earlier", ""},
		{"", "dan", "ticket money counted by me and meg", "done:count"},
		{"", "dan", "ticket money counted by 9", "!problem"},
		{"", "dan", "ticket money counted", "done:count"},
	})
}

// TestUnderstand_TitleVerbIsNoTrouble: the past of a job's own verb
// ("taken" for "Take tickets on the door") tells of the job, not of
// something stolen.
func TestUnderstand_TitleVerbIsNoTrouble(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "danny", "all tickets taken", "done:door"},
		{"", "danny", "tickets all taken on the door", "done:door"},
		{"", "danny", "someone has taken my bag", "problem:lost"},
	})
}

// TestUnderstand_DroppedGIsTheEnglishWord: "glowin" is "glowing", an
// everyday word, not mended two letters away into the night's "blowing".
func TestUnderstand_DroppedGIsTheEnglishWord(t *testing.T) {
	n := planNight(t, `{"id":"l4","title":"Lantern Walk","venue":"Park","people":[
 {"id":"hope","name":"Hope","phone":"+447700900951","roles":["committee"]}],
"jobs":[
 {"id":"light","title":"Light the lanterns","phase":"setup","who":["hope"]},
 {"id":"out","title":"Blow out the lanterns","phase":"close","who":["hope"]}],
"timeline":[],"rides":[]}`)
	for _, tc := range []readCase{
		{"hope", "lanterns are glowin lovely", "!doing:out"},
		{"hope", "blowin the lanterns out", "doing:out"},
	} {
		checkReading(t, n, understand.Context{Now: "19:00"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_RideComeButNotGone: a ride come, then "but" ("graces
// taxi is here but shes in the loo"), says the guest has not gone yet, so
// the ride is not marked gone; a person reads it.
func TestUnderstand_RideComeButNotGone(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "meg", "graces taxi is here but shes in the loo", "!ride"},
		{"", "meg", "ivys dad is here but she wants to stay til the end", "!ride"},
		{"", "meg", "ace cars came for bill but he wont get in", "!ride"},
		{"", "meg", "ace cars came for bill", "ride:o2=gone"},
		{"", "meg", "ivys dad came for her", "ride:o3=gone"},
	})
}

// TestUnderstand_IsOpenIsDone: "the stall is open now" for "Open the
// stall" says it is done, as "stall open" does: the "is" of "is open"
// does not make it a start.
func TestUnderstand_IsOpenIsDone(t *testing.T) {
	n := planNight(t, `{"id":"s4","title":"Fete","venue":"Green","people":[
 {"id":"rob","name":"Rob","phone":"+447700900961","roles":["committee"]}],
"jobs":[
 {"id":"stall","title":"Open the cake stall","phase":"setup","who":["rob"]},
 {"id":"cash","title":"Count the cake stall money","phase":"close","who":["rob"]}],
"timeline":[],"rides":[]}`)
	for _, tc := range []readCase{
		{"rob", "cake stall is open now", "done:stall"},
		{"rob", "cake stall is open for business", "done:stall"},
		{"rob", "cake stall open", "done:stall"},
		{"rob", "opening the cake stall", "doing:stall"},
	} {
		checkReading(t, n, understand.Context{Now: "19:00"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_OwnJobWordsDoNotSpeakOfTheProblem: a word of a problem
// that is part of the sender's own job ("tea" of "Run the tea bar" while
// a spill is open) names the job: "tea bar done" ticks it and "im on the
// tea bar" starts it; neither sorts nor takes on the spill.
func TestUnderstand_OwnJobWordsDoNotSpeakOfTheProblem(t *testing.T) {
	n := planNight(t, `{"id":"c4","title":"Cafe Night","venue":"Hall","people":[
 {"id":"pat","name":"Pat","phone":"+447700900971","roles":["committee"]},
 {"id":"sue","name":"Sue","phone":"+447700900972","roles":["staff"]}],
"jobs":[
 {"id":"urn","title":"Fill the urn","phase":"setup","who":["pat"]},
 {"id":"teabar","title":"Run the tea bar","phase":"during","who":["pat"]}],
"timeline":[],"rides":[]}`)
	alerted, ctx := WithAlertBy(t, n, "sue", "Tea spilt by the door")
	checkReading(t, alerted, ctx, "pat", "im on the tea bar", "!claim")
	checkReading(t, alerted, ctx, "pat", "ill sort the spill", "claim")
	checkReading(t, alerted, ctx, "pat", "ill get the mop", "claim")
	held := MustApply(t, alerted, night.Command{Type: night.CmdClaim, By: "pat", Problem: ctx.LastAlertProblem})
	checkReading(t, held, ctx, "pat", "tea bar done", "done:teabar")
	checkReading(t, held, ctx, "pat", "tea mopped up", "sorted")
	checkReading(t, held, ctx, "pat", "spill done", "sorted")
}

// TestUnderstand_TimelineActIsNoJob: a text about an act on the running
// order ("painting with frida has started") is about that act, even when
// one of its words is also a job's ("Put out the paints").
func TestUnderstand_TimelineActIsNoJob(t *testing.T) {
	n := planNight(t, `{"id":"t4","title":"Art Night","venue":"Studio","people":[
 {"id":"sam","name":"Sam","phone":"+447700900981","roles":["committee"]},
 {"id":"kit","name":"Kit","phone":"+447700900982","roles":["staff"]}],
"jobs":[
 {"id":"paints","title":"Put out the paints","phase":"setup","who":["sam"]},
 {"id":"band","title":"Look after the band","phase":"during","who":["sam"]}],
"timeline":[{"at":"19:30","title":"Painting with Frida"},{"at":"20:30","title":"The Moles play"}],
"rides":[]}`)
	for _, tc := range []readCase{
		{"kit", "painting with frida has started", ""},
		{"sam", "painting with frida has started", ""},
		{"sam", "frida is painting now", ""},
		{"sam", "the moles are playing", ""},
		{"sam", "paints out", "done:paints"},
		{"sam", "putting the paints out for frida", "doing:paints"},
	} {
		checkReading(t, n, understand.Context{Now: "19:00"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_ErrandIsNoStart: going somewhere for something ("going
// to the shop for more paper") is an errand, not a start on the job a
// word of it names.
func TestUnderstand_ErrandIsNoStart(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"in", "will", "going to the shop for more tables", ""},
		{"in", "rose", "going to the car for the apples", ""},
		{"in", "rose", "heading to the kitchen for more juice", ""},
		{"in", "rose", "going to the juice now", "!problem"},
		{"in", "rose", "pressing the juice now", "doing:juice"},
	})
}

// TestUnderstand_WhenSomeoneComesIsLater: "when he gets here" or "once
// danny arrives" puts what the text plans after someone comes, so it is
// no start even with "now" in the text.
func TestUnderstand_WhenSomeoneComesIsLater(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "will", "now im going to put the tables away with dan when he gets here", ""},
		{"", "rose", "serving the juice when danny arrives", ""},
		{"", "rose", "serving the juice once the doors open", ""},
		{"", "rose", "serving the juice now", "doing:serve"},
		{"", "will", "did the tables when i got here", "!doing"},
	})
}

// TestUnderstand_PresentIsNotMendedToPast: spelling is never mended from
// one tense to another, so "ivys dad arrives at 9" (what will happen) is
// not "arrived" (it happened) and marks no ride gone.
func TestUnderstand_PresentIsNotMendedToPast(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "meg", "ivys dad arrives at 9", "!ride"},
		{"", "meg", "ace cars arrives at 9 for grace", "!ride"},
		{"", "meg", "ivys dad came for her", "ride:o3=gone"},
	})
}

// TestUnderstand_OwnParentIsNoGuestRide: "mum here for me" is the
// sender's own lift, even when a guest's ride note says "Mum picks up":
// the sender goes, no guest's ride is marked gone.
func TestUnderstand_OwnParentIsNoGuestRide(t *testing.T) {
	n := planNight(t, `{"id":"m4","title":"Skate Night","venue":"Rink","people":[
 {"id":"max","name":"Max","phone":"+447700900991","roles":["committee"]},
 {"id":"pam","name":"Pam","phone":"+447700900992","roles":["staff"]}],
"jobs":[{"id":"music","title":"Play the songs","phase":"during","who":["max"]}],
"timeline":[],
"rides":[{"id":"b1","name":"Buddy","pickup":"parent","at":"21:00","note":"Mum picks up"},
 {"id":"b2","name":"Amber","pickup":"taxi","at":"21:00","note":"Ace Cars"}]}`)
	n = MustApply(t, n, night.Command{Type: night.CmdCheckIn, By: "max", Person: "max"})
	ctx := understand.Context{Now: "21:00"}
	checkReading(t, n, ctx, "max", "mum here for me now bye", "!ride")
	checkReading(t, n, ctx, "max", "mum is here for me", "!ride")
	checkReading(t, n, ctx, "pam", "buddys mum is here", "ride:b1=gone")
	checkReading(t, n, ctx, "pam", "ace cars came", "ride:b2=gone")
}

// TestUnderstand_BackToAPlaceIsNoUndo: "take back", "put it back" or "go
// back" followed by a place or a thing ("put it back in the box", "go back
// to the hall") moves something; "reverse" among other words is a
// direction, and "meant to be" is no mistake. None takes a change back.
func TestUnderstand_BackToAPlaceIsNoUndo(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"done:pies", "summer", "take back the pie tins to the kitchen", "!undo"},
		{"done:pies", "summer", "put it back in the box", "!undo"},
		{"done:pies", "summer", "go back to the hall", "!undo"},
		{"done:pies", "summer", "reverse parking lol", "!undo"},
		{"done:pies", "summer", "its meant to be fun", "!undo"},
		{"done:pies", "summer", "take that back", "undo"},
		{"done:pies", "summer", "put it back pls pies not done", "undo"},
		{"done:pies", "summer", "go back that was wrong", "undo"},
		{"done:pies", "summer", "reverse that", "undo"},
		{"done:pies", "summer", "sorry i meant that for someone else", "undo"},
	})
}

// TestUnderstand_LeaveWordsOfThingsAreNoGoing: words of leaving used of a
// thing or a short trip ("im out of crisps", "im off to the loo", "leaving
// my bag in the office", "see you at the interval") do not check the
// sender out; "leaving the hall now" and "im off home" still do.
func TestUnderstand_LeaveWordsOfThingsAreNoGoing(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"in", "rose", "im out of cups", "!leaving"},
		{"in", "rose", "im off to the loo", "!leaving"},
		{"in", "rose", "im leaving the juice with summer", "!leaving"},
		{"in", "rose", "leaving my bag in the office", "!leaving"},
		{"in", "rose", "see you at the interval", "!leaving"},
		{"in", "rose", "im leaving now", "leaving"},
		{"in", "rose", "leaving the hall now", "leaving"},
		{"in", "rose", "im off home", "leaving"},
		{"in", "rose", "im off night all", "leaving"},
		{"in", "rose", "see you next month", "leaving"},
	})
}

// TestUnderstand_SpotOnIsPraise: "spot on" means just right, so it starts
// no job whose title says "spotlight".
func TestUnderstand_SpotOnIsPraise(t *testing.T) {
	n := planNight(t, `{"id":"p4","title":"Show","venue":"Hall","people":[
 {"id":"lou","name":"Lou","phone":"+447700900931","roles":["committee"]}],
"jobs":[{"id":"spot","title":"Work the spotlight","phase":"during","who":["lou"]}],
"timeline":[],"rides":[]}`)
	for _, tc := range []readCase{
		{"lou", "spot on", ""},
		{"lou", "thats spot on thanks", ""},
		{"lou", "on the spotlight now", "doing:spot"},
	} {
		checkReading(t, n, understand.Context{Now: "19:00"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_InSomethingElseIsNoArrival: "im in traffic", "im in bed
// with flu" or "im in tonight" say where or how the sender is, not that
// they have come; "im in the hall" and "im in now" still check in.
func TestUnderstand_InSomethingElseIsNoArrival(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "danny", "im in traffic", "!here"},
		{"", "danny", "im in bed with flu", "!here"},
		{"", "danny", "im in tonight", "!here"},
		{"", "danny", "im in the car", "!here"},
		{"", "danny", "im in", "here"},
		{"", "danny", "im in now", "here"},
		{"", "danny", "im in the hall", "here"},
		{"", "danny", "im in the fire station", "here"},
	})
}

// TestUnderstand_GoingToHelpIsNoCall: "heading to the door to help dan"
// offers help, it does not ask for it, and "quick update" is how a text
// starts, not a hurry; neither raises a problem.
func TestUnderstand_GoingToHelpIsNoCall(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "meg", "heading to the door to help danny", "!problem"},
		{"", "meg", "Briefing done. Heading to the door now to help Danny.", "done:brief"},
		{"", "meg", "going over to help summer with the pies", "!problem"},
		{"", "meg", "Quick update: Grace and Bill are booked with Ace Cars for 9", ""},
		{"", "meg", "can someone come and help danny on the door", "problem:any"},
		{"", "meg", "come quick danny needs help", "problem:any"},
	})
}

// TestUnderstand_OppositeParticleIsTheOtherJob: of "Set up the long
// tables" and "Put away the long tables", "putting the tables out" is not
// putting them away: a little word opposite to a title's ("out" against
// "away") rules that job out.
func TestUnderstand_OppositeParticleIsTheOtherJob(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "will", "putting the long tables out now", "!doing:away"},
		{"", "will", "putting the tables out now", "!doing:away"},
		{"", "will", "putting the tables away now", "doing:away"},
		{"", "will", "put the tables away", "done:away"},
	})
}

// TestUnderstand_OnAnotherJobsThingIsPlace: "bread cut and on the
// tables" puts the bread on the tables; "on" before the words of another
// job ("Set up the long tables") says where, not that the sender is on
// that work, so the bread is done, not started.
func TestUnderstand_OnAnotherJobsThingIsPlace(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "summer", "pies all baked and on the tables", "done:pies"},
		{"", "summer", "pies baked and on the tables", "done:pies"},
		{"", "will", "on the tables now", "!done"},
	})
}

// TestUnderstand_PresentIsAGift: "present" after other words ("left a
// present on the table") is a gift, not the sender saying they are here;
// "present" alone or "im present" still checks in.
func TestUnderstand_PresentIsAGift(t *testing.T) {
	checkOrchard(t, []orchardCase{
		{"", "danny", "someone left a present on the tables", "!here"},
		{"", "danny", "got grace a birthday present", "!here"},
		{"", "danny", "present", "here"},
		{"", "danny", "im present", "here"},
	})
}
