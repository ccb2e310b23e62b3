package understand_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// fetePlan is a made-up garden fete for the questions, plans and presence
// hunt: names that are words (Will, Hope, Rose, Joy, Mark), similar names
// (Lou, Louise), a job at the door, guests fetched by a parent, a support
// worker and two taxi firms (one with a digit in its name).
const fetePlan = `{"id":"h9","title":"Garden Fete","venue":"Oak Lane Scout Hut","people":[
 {"id":"will","name":"Will","phone":"+447700902951","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700902952","roles":["committee"]},
 {"id":"rose","name":"Rose","phone":"+447700902953","roles":["committee"]},
 {"id":"joy","name":"Joy","phone":"+447700902954","roles":["committee"]},
 {"id":"mark","name":"Mark","phone":"+447700902955","roles":["committee"]},
 {"id":"lou","name":"Lou","phone":"+447700902956","roles":["committee"]},
 {"id":"louise","name":"Louise","phone":"+447700902957","roles":["volunteer"]},
 {"id":"kath","name":"Kath","phone":"+447700902958","roles":["staff"]}],
"jobs":[
 {"id":"kettle","title":"Boil the kettle","phase":"setup","who":["joy"]},
 {"id":"plants","title":"Run the plant stall","phase":"during","who":["rose"]},
 {"id":"raffle","title":"Sell the raffle tickets","phase":"during","who":["hope"]},
 {"id":"gate","title":"Greet people at the gate","phase":"during","who":["will"]},
 {"id":"cakes","title":"Serve the cakes","phase":"during","who":["lou","louise"]},
 {"id":"tidy","title":"Tidy the garden","phase":"close","who":["mark"]}],
"timeline":[{"at":"18:30","title":"Gates open"},{"at":"19:15","title":"Raffle draw"},{"at":"20:30","title":"Home time"}],
"rides":[
 {"id":"e1","name":"Nell","pickup":"parent","at":"20:30","note":"Mum collects"},
 {"id":"e2","name":"Otis","pickup":"support worker","at":"20:30"},
 {"id":"e3","name":"Cara","pickup":"taxi","at":"20:45","note":"K9 Cabs"},
 {"id":"e4","name":"Ted","pickup":"taxi","at":"20:30","note":"Swift Taxis"}]}`

// checkFete reads each text on a fresh fete night; a sender in checkedIn
// has checked in first.
func checkGardenFete(t *testing.T, cases [][3]string, checkedIn ...string) {
	t.Helper()
	for _, tc := range cases {
		n := planNight(t, fetePlan)
		for _, id := range checkedIn {
			if id == tc[0] {
				n = MustApply(t, n, night.Command{Type: night.CmdCheckIn, By: id, Person: id})
			}
		}
		checkReading(t, n, understand.Context{Now: "19:30"}, tc[0], tc[1], tc[2])
	}
}

// TestUnderstand_AskedAboutWordName: a name that is also a word, right
// after the word a yes/no question starts with and before a verb, is who
// the question asks about ("is rose running the plant stall", "has hope
// sold the tickets"): asked, it changes nothing.
func TestUnderstand_AskedAboutWordName(t *testing.T) {
	checkGardenFete(t, [][3]string{
		{"joy", "is rose running the plant stall", ""},
		{"lou", "has hope started selling the raffle tickets", ""},
		{"mark", "is will greeting people at the gate or is it me", ""},
		{"joy", "did rose open the plant stall", ""},
		{"hope", "is rose running the plant stall or shall i", ""},
		// still the sender's own news
		{"rose", "running the plant stall now", "doing:plants"},
		{"will", "greeting people at the gate now", "doing:gate"},
	})
}

// TestUnderstand_BusyRoadIsNoUpset: "mad" said of the traffic or the
// queue is how busy it is, not a person upset; "made it, traffic was mad"
// is the sender come.
func TestUnderstand_BusyRoadIsNoUpset(t *testing.T) {
	checkGardenFete(t, [][3]string{
		{"mark", "got here finally traffic was mad", "here"},
		{"will", "the queue is mad at the gate", "!problem"},
		{"joy", "traffic was so mad on the way", "!problem"},
		// a person still is
		{"rose", "a man at the gate is mad at me", "problem:upset"},
	})
}

// TestUnderstand_OwnLeavingTimes: the sender saying when they will go is
// a plan ("i have to leave early at 8"); going now to catch their own ride
// ("gotta go my bus is in 5 mins") checks them out.
func TestUnderstand_OwnLeavingTimes(t *testing.T) {
	checkGardenFete(t, [][3]string{
		{"mark", "i have to leave early tonight at 8", ""},
		{"joy", "im leaving at 9 tonight", ""},
		{"lou", "heads up i have to go at half 8", ""},
		{"will", "gotta go my bus is in 5 mins", "leaving"},
		{"rose", "got to go now my lift is here in 5", "leaving"},
		// still a plan
		{"hope", "ill go home later my bus is in 10", ""},
		{"louise", "gotta go at 9 my bus is at 9.10", ""},
		{"kath", "leaving now x", "leaving"},
		{"joy", "gotta go my bus is at 10", "leaving"},
	}, "mark", "joy", "lou", "will", "rose", "hope", "louise", "kath")
}

// TestUnderstand_YesNoQuestionChangesNothing: a yes or no question about
// the night that the plan cannot answer is answered with what the sender
// can text, not passed to a person; pleas for help and trouble still are.
func TestUnderstand_YesNoQuestionChangesNothing(t *testing.T) {
	checkGardenFete(t, [][3]string{
		{"joy", "is the kettle on yet", "!unknown"},
		{"will", "is hope on the raffle tonight", "none"},
		{"rose", "is louise coming tonight", "none"},
		{"mark", "do we need more cups?", "none"},
		{"lou", "will u play the birdie song next", "none"},
		{"hope", "is otis still here", "!unknown"},
		{"will", "is the bouncy castle up yet", "none"},
		// a person reads these
		{"will", "has anyone got a plaster", "!none"},
		{"joy", "is someone at the gate", "!none"},
		{"mark", "are the swift taxis here yet?", "!none"},
		{"lou", "is nells mum here yet", "!none"},
	})
}

// TestUnderstand_GuestRideToCome: news that a guest's ride will come
// ("nells mum is coming at quarter past 8", "otis's support worker is on
// her way") changes nothing and needs no person; a ride come, gone or
// late still counts ("rang she will be 10 mins late" is a late ride), and
// words passed on ("told") stay with a person.
func TestUnderstand_GuestRideToCome(t *testing.T) {
	checkGardenFete(t, [][3]string{
		{"joy", "nells mum is coming at quarter past 8", "none"},
		{"rose", "otis's support worker is on her way", "none"},
		{"will", "teds taxi comes at half past", "none"},
		{"hope", "cara hasnt gone yet her taxi is on its way", "none"},
		{"lou", "nells mum might pick her up instead will let u know", "none"},
		{"mark", "otis's support worker rang she will be 10 mins late", "ride:e2=late"},
		// still news of a ride
		{"joy", "nells mum is here", "ride:e1=gone"},
		{"rose", "otis went with his support worker", "ride:e2=gone"},
		{"will", "teds taxi hasnt come", "problem:taxi"},
		{"hope", "told nells mum to come at 9", "!none"},
		{"rose", "teds taxi is coming at 8.30 but its 8.50 now", "!none"},
	})
}

// TestUnderstand_AnotherNightChangesNothing: a plan or news for another
// night ("i will bring more cake next month") changes nothing tonight and
// needs no person; trouble and questions still go to one.
func TestUnderstand_AnotherNightChangesNothing(t *testing.T) {
	checkGardenFete(t, [][3]string{
		{"joy", "i will bring more cake next month", "none"},
		{"rose", "mark said hes bringing his guitar next time", "none"},
		{"lou", "the fete next year will be even better", "none"},
		{"hope", "ill sell the raffle tickets again next month", "none"},
		// a person reads these
		{"mark", "will the fete be on next month", "!problem"},
	})
}

// TestUnderstand_OwnBusWasLate: the sender's arrival said first, then how
// their bus was ("made it bus was late") checks them in; a guest's ride
// named, or a bus still to come, does not.
func TestUnderstand_OwnBusWasLate(t *testing.T) {
	checkGardenFete(t, [][3]string{
		{"joy", "made it bus was late", "here"},
		{"rose", "hi im here now sorry im a bit late the bus was slow", "here"},
		{"mark", "got here finally the trains were rubbish", "here"},
		// not the sender come
		{"will", "the bus is here for nell", "!here"},
		{"hope", "nells mum is here the bus was late", "!here"},
		{"lou", "the bus was late so nells mum is here", "!here"},
	})
}

// TestUnderstand_FirmWithDigitsSpelledApart: a taxi firm whose name has a
// digit between letters ("P2P Cars", read "p 2 p cars") is the firm of
// the one ride it drives.
func TestUnderstand_FirmWithDigitsSpelledApart(t *testing.T) {
	n := planNight(t, strings.Replace(fetePlan, `"note":"K9 Cabs"`, `"note":"P2P Cars"`, 1))
	for _, tc := range [][3]string{
		{"joy", "p2p cars just picked up", "ride:e3=gone"},
		{"rose", "p2p cars are here", "ride:e3=gone"},
		{"will", "p2p cars have not come", "problem:taxi"},
		{"mark", "the p2p cabs just left", "ride:e3=gone"},
	} {
		checkReading(t, n, understand.Context{Now: "20:50"}, tc[0], tc[1], tc[2])
	}
}

// TestUnderstand_NoFirmOfTwoWords: "no" before a taxi firm whose name is
// two everyday words ("no swift line taxi for ted") is the taxi not come.
func TestUnderstand_NoFirmOfTwoWords(t *testing.T) {
	n := planNight(t, strings.Replace(fetePlan, `"note":"Swift Taxis"`, `"note":"Swift Line Taxis"`, 1))
	for _, tc := range [][3]string{
		{"joy", "no swift line taxi for ted hes waitin outside", "problem:taxi"},
		{"rose", "no swift line for ted yet", "problem:taxi"},
		{"will", "swift line just picked up ted", "ride:e4=gone"},
		{"mark", "swift as a line dancer lol", "!problem"},
	} {
		checkReading(t, n, understand.Context{Now: "20:40"}, tc[0], tc[1], tc[2])
	}
}

// TestUnderstand_OwnWayHere: the sender on their way or late ("sorry
// running late be there in 10", "on my way now") has not come: nothing
// changes and nobody needs to read it. A guest's ride late is still news.
func TestUnderstand_OwnWayHere(t *testing.T) {
	checkGardenFete(t, [][3]string{
		{"joy", "sorry running late be there in 10", "none"},
		{"mark", "on my way now", "none"},
		{"lou", "stuck in traffic be there soon", "none"},
		{"rose", "im running 10 mins late sorry", "none"},
		// still news
		{"will", "teds taxi is running late", "problem:taxi"},
		{"hope", "otis support worker is running late", "ride:e2=late"},
		{"joy", "made it x", "here"},
		{"will", "on my way outside with the sparklers", "!none"},
		{"mark", "im stuck at the gate for a bit", "!none"},
	})
}

// TestUnderstand_WhatAmIDoingWords: "what am i" and a doing word asks for
// the sender's own jobs ("what am i helping with tonight").
func TestUnderstand_WhatAmIDoingWords(t *testing.T) {
	checkGardenFete(t, [][3]string{
		{"joy", "what am i helping with tonight", "jobs"},
		{"mark", "wat am i working on later", "jobs"},
		{"lou", "what am i serving tonight?", "!unknown"}, // the cakes job answers it too
		// not a list of jobs
		{"rose", "what am i meant to say to the man who is upset", "!jobs"},
	})
}

// TestUnderstand_RideToComeAfterItsTime: past a guest's pickup time, "is
// coming" may be news of a late ride, so a person reads it.
func TestUnderstand_RideToComeAfterItsTime(t *testing.T) {
	n := planNight(t, fetePlan)
	checkReading(t, n, understand.Context{Now: "20:50"}, "joy", "nells mum is coming", "!none")
	checkReading(t, n, understand.Context{Now: "20:10"}, "joy", "nells mum is coming at 8.30", "none")
}

// TestUnderstand_OwnLateBusIsNoGuestsRide: "here now bus was late, nells
// mum is here too": the late bus was the sender's, so Nell's ride is not
// late.
func TestUnderstand_OwnLateBusIsNoGuestsRide(t *testing.T) {
	checkGardenFete(t, [][3]string{
		{"joy", "here now bus was late, nells mum is here too", "!ride:e1=late"},
		{"rose", "made it the bus was late, otis's support worker is late too", "ride:e2=late"},
		{"will", "nells mum is late", "ride:e1=late"},
	})
}
