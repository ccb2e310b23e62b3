package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// plainNewsNight is a small night of its own (not one a corpus scores):
// jobs with things that can be "clear" or "filled", and a taxi firm with
// two rides.
func plainNewsNight(t *testing.T) *night.Night {
	t.Helper()
	return planNight(t, `{"id":"pn","title":"Spring Social","people":[
{"id":"mo","name":"Mo","phone":"+447700900701","roles":["committee"]},
{"id":"bev","name":"Bev","phone":"+447700900702","roles":["committee"]},
{"id":"gail","name":"Gail","phone":"+447700900703","roles":["staff"]}],
"jobs":[
{"id":"banners","title":"Take down the banners","phase":"close","who":["mo"]},
{"id":"flood","title":"Work the floodlight","phase":"during","who":["mo"]},
{"id":"jugs","title":"Fill the water jugs","phase":"setup","who":["bev"]},
{"id":"route","title":"Check the fire exits are clear","phase":"setup","who":["gail"]}],
"timeline":[],
"rides":[{"id":"r1","name":"Ollie","pickup":"taxi","at":"21:50","note":"Star Cars"},
{"id":"r2","name":"Fern","pickup":"taxi","at":"22:00","note":"Star Cars"}]}`)
}

func checkPlain(t *testing.T, n *night.Night, from, text, want string) {
	t.Helper()
	checkReading(t, n, understand.Context{Now: "19:30"}, from, text, want)
}

// TestUnderstand_SilentFirstLetter: "rong" is spelt by ear for "wrong"
// (the w is silent), so it mends to the everyday word, not to "ring".
func TestUnderstand_SilentFirstLetter(t *testing.T) {
	n := plainNewsNight(t)
	n = MustApply(t, n, night.Command{Type: night.CmdDone, By: "bev", Job: jobNumber(t, n, "jugs")})
	checkPlain(t, n, "bev", "sorry i tapped the rong one", "undo")
}

// TestUnderstand_PastSaidAsHeard: "fild" is "filled" typed as it is said
// (a dropped e and a double letter said as one), so the job is done.
func TestUnderstand_PastSaidAsHeard(t *testing.T) {
	checkPlain(t, plainNewsNight(t), "bev", "water jugs fild", "done:jugs")
}

// TestUnderstand_EndsOnTitleParticle: "banners down" about "Take down
// the banners" says the banners are down, so the job is done; asking
// it is not news.
func TestUnderstand_EndsOnTitleParticle(t *testing.T) {
	n := plainNewsNight(t)
	checkPlain(t, n, "mo", "banners down", "done:banners")
	q := "banners down?"
	if got := understand.Understand(q, n, "mo", understand.Context{Now: "19:30"}).Expect(n); got == "done:banners" {
		t.Errorf("%q = %s; a question is not news", q, got)
	}
}

// TestUnderstand_ArrivingInCarPark: the sender in the car park, coming in,
// is here; "car" there names a place, not someone's lift.
func TestUnderstand_ArrivingInCarPark(t *testing.T) {
	n := plainNewsNight(t)
	checkPlain(t, n, "gail", "just in the car park", "here")
	checkPlain(t, n, "gail", "in carpark now, coming in", "here")
}

// TestUnderstand_SoughtThingIsNoAlarm: "can not find <a word no list
// knows>" may be a guest or a thing ("sellotape"): it must not text the
// team about a missing person on a guess.
func TestUnderstand_SoughtThingIsNoAlarm(t *testing.T) {
	n := plainNewsNight(t)
	for _, q := range []string{"cant find sellotape", "cant find the gaffer tape", "cant find gaffer tape"} {
		if got := understand.Understand(q, n, "bev", understand.Context{Now: "19:30"}).Expect(n); got == "problem:missing" {
			t.Errorf("%q = %s; a thing is not a missing person", q, got)
		}
	}
}

// TestUnderstand_FirmLetsGuestDown: a taxi firm of the night's rides,
// named without the word taxi, that "can not do" a guest is a taxi
// problem.
func TestUnderstand_FirmLetsGuestDown(t *testing.T) {
	checkPlain(t, plainNewsNight(t), "gail", "star cars rang, they cant do fern till 11", "problem:taxi")
}

// TestUnderstand_AllClearNews: a state the job's title names ("clear"),
// said about its things with all-clear words, means done; fire doors are
// the fire exits, and "nothing blocking" denies nothing.
func TestUnderstand_AllClearNews(t *testing.T) {
	n := plainNewsNight(t)
	checkPlain(t, n, "gail", "fire exits clear", "done:route")
	checkPlain(t, n, "gail", "fire doors all clear, nothing blocking", "done:route")
	q := "are the fire exits clear?"
	if got := understand.Understand(q, n, "gail", understand.Context{Now: "19:30"}).Expect(n); got == "done:route" {
		t.Errorf("%q = %s; a question is not news", q, got)
	}
}

// TestUnderstand_IghtSpeltAsSaid: "-ite" is "-ight" spelt as it sounds,
// so "floodlite" is the floodlight.
func TestUnderstand_IghtSpeltAsSaid(t *testing.T) {
	checkPlain(t, plainNewsNight(t), "mo", "floodlite dun", "done:flood")
}

// TestUnderstand_CarParkIsNotACar: a guest "in the car park" is waiting,
// not gone; "in the car" is gone.
func TestUnderstand_CarParkIsNotACar(t *testing.T) {
	n := plainNewsNight(t)
	for _, q := range []string{"ollie is in the car park", "ollies in the carpark"} {
		if got := understand.Understand(q, n, "gail", understand.Context{Now: "19:30"}).Expect(n); got == "ride:r1=gone" {
			t.Errorf("%q = %s; the car park is not his ride home", q, got)
		}
	}
	checkPlain(t, n, "gail", "ollie is in the car now", "ride:r1=gone")
}

// TestUnderstand_CancelAloneIsUndo: a text of only "cancel" (with please,
// sorry or "it") takes back the sender's last change; "cancel" with a
// thing named is news of a plan and takes nothing back.
func TestUnderstand_CancelAloneIsUndo(t *testing.T) {
	n := plainNewsNight(t)
	n = MustApply(t, n, night.Command{Type: night.CmdDone, By: "bev", Job: jobNumber(t, n, "jugs")})
	checkPlain(t, n, "bev", "cancel pls", "undo")
	checkPlain(t, n, "bev", "delete it sorry", "undo")
	checkPlain(t, n, "bev", "SCRAP", "undo")
	checkPlain(t, n, "bev", "cancel the floodlight its not needed", "!undo")
}

// TestUnderstand_NotYetTakesBackTheTick: right after ticking a job, "not
// done yet" with a sorry, or naming that job, takes the tick back; naming
// another job, or with nothing ticked, it changes nothing.
func TestUnderstand_NotYetTakesBackTheTick(t *testing.T) {
	fresh := plainNewsNight(t)
	ticked := MustApply(t, fresh, night.Command{Type: night.CmdDone, By: "bev", Job: jobNumber(t, fresh, "jugs")})
	checkPlain(t, ticked, "bev", "sorry not full yet", "undo")
	checkPlain(t, ticked, "bev", "the water jugs arent filled yet", "undo")
	checkPlain(t, ticked, "bev", "banners not down yet", "")
	checkPlain(t, ticked, "bev", "is it not done yet?", "")
	checkPlain(t, fresh, "bev", "sorry not full yet", "")
}

// TestUnderstand_EveryoneHomeIsTheHomeJob: news that everyone got home,
// from the person whose job is seeing people home, is that job done; from
// anyone else, asked, or about the sender, it ticks nothing.
func TestUnderstand_EveryoneHomeIsTheHomeJob(t *testing.T) {
	n := planNight(t, `{"id":"hn","title":"Home Night","people":[
 {"id":"kim","name":"Kim","phone":"+447700900951","roles":["staff"]},
 {"id":"nell","name":"Nell","phone":"+447700900952","roles":["committee"]}],
"jobs":[
 {"id":"chairs","title":"Put out the chairs","phase":"setup","who":["kim","nell"]},
 {"id":"home","title":"Help people get home","phase":"close","who":["kim"]}],
"timeline":[],"rides":[]}`)
	checkPlain(t, n, "kim", "evry1s got home safe", "done:home")
	checkPlain(t, n, "kim", "Everyone is on their rides, all gone home safe", "done:home")
	checkPlain(t, n, "nell", "everyone got home ok", "!done")
	checkPlain(t, n, "kim", "has everyone got home?", "!done")
	checkPlain(t, n, "kim", "i got home safe", "!done")
}

// TestUnderstand_FirmTookTheGuest: "star cars got ollie" says the ride
// took the guest it names; asked, or with no guest named, nobody is gone.
func TestUnderstand_FirmTookTheGuest(t *testing.T) {
	n := plainNewsNight(t)
	checkPlain(t, n, "mo", "star cars got ollie", "ride:r1=gone")
	checkPlain(t, n, "mo", "star cars been for fern shes off", "ride:r2=gone")
	checkPlain(t, n, "mo", "has star cars got ollie yet?", "!ride")
	checkPlain(t, n, "mo", "star cars got lost on the way", "!ride")
}

// TestUnderstand_TooSoonIsUndo: "scratch that", "pressed that too soon,
// please ignore" and "i said dun too soon" take back the last tick;
// "ignore the music" does not.
func TestUnderstand_TooSoonIsUndo(t *testing.T) {
	n := plainNewsNight(t)
	n = MustApply(t, n, night.Command{Type: night.CmdDone, By: "bev", Job: jobNumber(t, n, "jugs")})
	checkPlain(t, n, "bev", "scratch that", "undo")
	checkPlain(t, n, "bev", "Sorry, pressed that too soon, please ignore", "undo")
	checkPlain(t, n, "bev", "sorry jugs not full yet i said dun too soon", "undo")
	checkPlain(t, n, "bev", "sorry ignore", "undo")
	checkPlain(t, n, "bev", "ignore the floodlight its fine", "!undo")
}

// TestUnderstand_ComingWithTheMopIsAClaim: told of a spill, "coming with
// kitchen roll", "im nearest il do it" and "ok im going to it" take it on;
// the sender's mum coming with them at 9 does not.
func TestUnderstand_ComingWithTheMopIsAClaim(t *testing.T) {
	n, ctx := WithAlertBy(t, plainNewsNight(t), "gail", "juice spilt by the door")
	for _, c := range []struct{ text, want string }{
		{"coming with kitchen roll", "claim"},
		{"coming with the paper towels", "claim"},
		{"im nearest il do it", "claim"},
		{"me im nearest", "claim"},
		{"ok im going to it", "claim"},
		{"my mum is coming with me at 9", "!claim"},
	} {
		checkReading(t, n, ctx, "mo", c.text, c.want)
	}
}

// TestUnderstand_ArrivedInTheirWords: "arivd at the red lion", "at the gig
// now", "just got upstairs" (the venue is upstairs) and "im hear mum dropt
// me off" are the sender arriving.
func TestUnderstand_ArrivedInTheirWords(t *testing.T) {
	n := planNight(t, `{"id":"rl","title":"Band Night","venue":"The Red Lion, upstairs function room","people":[
 {"id":"gary","name":"Gary","phone":"+447700900961","roles":["committee"]}],
"jobs":[{"id":"mics","title":"Test the microphones","phase":"setup","who":["gary"]}],
"timeline":[],"rides":[]}`)
	for _, text := range []string{"arivd at the red lion", "at the gig now 🎸", "just got upstairs", "im hear mum dropt me off"} {
		checkPlain(t, n, "gary", text, "here")
	}
	checkPlain(t, n, "gary", "just got the mics out", "!here")
}

// TestUnderstand_CarpetCleanedSortsTheSpill: holding a spill, "tea
// cleaned off the carpet" says it is over, though tea is also the job
// "Fill the tea urn": the carpet and the drink are words of a spill.
func TestUnderstand_CarpetCleanedSortsTheSpill(t *testing.T) {
	n, ctx := WithClaim(t, fairNight(t), "ruby")
	checkReading(t, n, ctx, "ruby", "tea cleaned off the carpet", "sorted")
	checkReading(t, n, ctx, "ruby", "tea all wiped off the rug", "sorted")
}

// TestUnderstand_AtTheHallAndReady: "im at the church hall now and ready
// to go" is the sender arriving, though "hall" is a word of the job "Tidy
// the hall"; work said there is still that job.
func TestUnderstand_AtTheHallAndReady(t *testing.T) {
	n := planNight(t, `{"id":"ch","title":"Seaside","venue":"St Mary's Church Hall","people":[
 {"id":"bea","name":"Bea","phone":"+447700900981","roles":["staff"]}],
"jobs":[{"id":"tidy","title":"Sweep up and tidy the hall","phase":"close","who":["bea"]}],
"timeline":[],"rides":[]}`)
	checkPlain(t, n, "bea", "Hi all, I'm at the church hall now and ready to go.", "here")
	checkPlain(t, n, "bea", "im in the hall sweeping up", "doing:tidy")
	checkPlain(t, n, "bea", "hall all swept and tidy", "done:tidy")
}

// TestUnderstand_TrailingAllClear: "no one slipped" after the news says
// nobody came to harm: it is not job 1, it denies no problem being
// sorted and no job being done; on its own it is still good news.
func TestUnderstand_TrailingAllClear(t *testing.T) {
	n, ctx := WithClaim(t, fairNight(t), "ruby")
	checkReading(t, n, ctx, "ruby", "floors dry now no one slipped", "sorted")
	checkReading(t, n, ctx, "ruby", "all cleared no one slipped", "sorted")
	fresh := fairNight(t)
	checkReading(t, fresh, understand.Context{Now: "19:30"}, "nell", "jelly and cake all handed out nobody hurt", "done:jelly")
	checkReading(t, fresh, understand.Context{Now: "19:30"}, "nell", "everyone is here nobody missing", "")
	checkReading(t, fresh, understand.Context{Now: "19:30"}, "nell", "nobody hurt", "")
}

// TestUnderstand_SomeoneElsesWorkIsNews: a text that opens with another
// team member doing a job ("gail put the jugs out") is news of their work:
// it changes nothing and needs no person to read it.
func TestUnderstand_SomeoneElsesWorkIsNews(t *testing.T) {
	n := plainNewsNight(t)
	in := understand.Understand("gail put the water jugs out", n, "mo", understand.Context{Now: "19:30"})
	if in.Kind != understand.None {
		t.Errorf("%q = %s; want none (news of Gail's work)", "gail put the water jugs out", in.Expect(n))
	}
	checkPlain(t, n, "mo", "wat hav i got 2 do tonite", "jobs")
}

// filmNight is a small night with Hope, a name that is a word.
func filmNight(t *testing.T) *night.Night {
	t.Helper()
	return planNight(t, `{"id":"wc","title":"Film Night","people":[
 {"id":"hope","name":"Hope","phone":"+447700900991","roles":["committee"]},
 {"id":"bev","name":"Bev","phone":"+447700900992","roles":["committee"]}],
"jobs":[{"id":"jugs","title":"Fill the water jugs","phase":"setup","who":["bev"]},
 {"id":"film","title":"Start the film","phase":"during","who":["hope"]}],
"timeline":[],"rides":[]}`)
}

// TestUnderstand_WishesAndChat: a wish ("hope everyone enjoys the film",
// "i hope the jugs are full enuf") and chat ("its so sunny today") change
// nothing and need no person; "hope is ..." is news of Hope.
func TestUnderstand_WishesAndChat(t *testing.T) {
	n := filmNight(t)
	for _, text := range []string{"hope everyone enjoys the film 😀", "i hope the jugs are full enuf", "its so sunny today 😎",
		"hope everyone has a good night", "will is a brill dancer haha", "the ukulele guy is really good"} {
		if in := understand.Understand(text, n, "bev", understand.Context{Now: "19:30"}); in.Kind != understand.None {
			t.Errorf("%q = %s; want none", text, in.Expect(n))
		}
	}
	checkPlain(t, n, "bev", "hope is not well she feels sick", "problem:unwell")
}

// TestUnderstand_FirmWithADigit: the 2 of "A2B Cars" is the firm's name,
// not job 2, and "picked" is a word, not a misspelt "pack": "a2b cars just
// picked up" ticks no job.
func TestUnderstand_FirmWithADigit(t *testing.T) {
	n := planNight(t, `{"id":"dw","title":"Diwali","people":[
 {"id":"devi","name":"Devi","phone":"+447700900996","roles":["committee"]}],
"jobs":[{"id":"lamps","title":"Put out the lamps","phase":"setup","who":["devi"]},
 {"id":"away","title":"Pack away the henna table","phase":"close","who":["devi"]}],
"timeline":[],"rides":[{"id":"r1","name":"Bina","pickup":"taxi","at":"22:00","note":"A2B Cars"}]}`)
	checkPlain(t, n, "devi", "a2b cars just picked up", "!done")
	checkPlain(t, n, "devi", "a2b rang they cant get here til 11", "problem:taxi")
}

// TestUnderstand_AllCleanSortsTheHeldSpill: holding a spill, "all clean
// now nobody slipped" sorts it, though "clean" is the verb of the job
// "Clean up the hall"; naming the hall itself is the job.
func TestUnderstand_AllCleanSortsTheHeldSpill(t *testing.T) {
	n, ctx := WithClaimBy(t, planNight(t, `{"id":"ac","title":"Luau","people":[
 {"id":"hope","name":"Hope","phone":"+447700900985","roles":["committee"]},
 {"id":"gus","name":"Gus","phone":"+447700900986","roles":["committee"]}],
"jobs":[{"id":"cleanup","title":"Clean up the hall","phase":"close","who":["hope"]}],
"timeline":[],"rides":[]}`), "hope", "gus")
	checkReading(t, n, ctx, "hope", "all clean now nobody slipped", "sorted")
}

// TestUnderstand_EveryoneHasHadIt: "evry1 has had sun cream" from the
// person who hands out sun cream is that job done; from someone else, or
// asked, it is not.
func TestUnderstand_EveryoneHasHadIt(t *testing.T) {
	n := planNight(t, `{"id":"sc","title":"BBQ","people":[
 {"id":"meera","name":"Meera","phone":"+447700900987","roles":["committee"]},
 {"id":"lou","name":"Lou","phone":"+447700900988","roles":["committee"]}],
"jobs":[{"id":"suncream","title":"Hand out sun cream and water","phase":"during","who":["meera"]},
 {"id":"grill","title":"Light the grill","phase":"setup","who":["lou"]}],
"timeline":[],"rides":[]}`)
	checkPlain(t, n, "meera", "evry1 has had sun cream and a water", "done:suncream")
	checkPlain(t, n, "lou", "evry1 has had sun cream", "!done")
	checkPlain(t, n, "meera", "has everyone had sun cream?", "!done")
}

// TestUnderstand_TakingPeopleToTheirRides: "taking people out to there
// taxis" from the person who helps people get home starts that job.
func TestUnderstand_TakingPeopleToTheirRides(t *testing.T) {
	n := planNight(t, `{"id":"tr","title":"Seaside","people":[
 {"id":"sum","name":"Summer","phone":"+447700900984","roles":["committee"]},
 {"id":"lee","name":"Lee","phone":"+447700900983","roles":["committee"]}],
"jobs":[{"id":"home","title":"Help guests get home","phase":"close","who":["sum"]},
 {"id":"chips","title":"Serve the chips","phase":"during","who":["lee"]}],
"timeline":[],"rides":[]}`)
	checkPlain(t, n, "sum", "taking people out to there taxis", "doing:home")
	checkPlain(t, n, "lee", "taking people out to there taxis", "!doing")
}
