package understand_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// fairPlan is a made-up night for the rules about problems: food that is
// also a job (jelly, soup), things that can fall or break (the banner,
// the urn), taxi firms with a digit and with a word in their name, and
// two guests who share one firm.
const fairPlan = `{"id":"fair","title":"Winter Fair","venue":"Oak Lane Church Hall","people":[
 {"id":"nell","name":"Nell","phone":"+447700900301","roles":["committee"]},
 {"id":"gus","name":"Gus","phone":"+447700900302","roles":["committee"]},
 {"id":"ruby","name":"Ruby","phone":"+447700900303","roles":["committee"]},
 {"id":"kim","name":"Kim","phone":"+447700900304","roles":["staff"]}],
"jobs":[
 {"id":"banner","title":"Hang the welcome banner","phase":"setup","who":["gus"]},
 {"id":"urn","title":"Fill the tea urn","phase":"setup","who":["ruby"]},
 {"id":"jelly","title":"Hand out the jelly and cake","phase":"during","who":["nell","ruby"]},
 {"id":"soup","title":"Serve the soup","phase":"during","who":["ruby"]},
 {"id":"stalls","title":"Put out the stalls","phase":"setup","who":["nell","gus"]},
 {"id":"home","title":"Help people get home","phase":"close","who":["kim"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"21:00","title":"Home time"}],
"rides":[{"id":"k1","name":"Kev","pickup":"taxi","at":"21:00","note":"Lucky Cabs"},
 {"id":"m1","name":"Mia","pickup":"taxi","at":"21:00","note":"Lucky Cabs"},
 {"id":"p1","name":"Pat","pickup":"taxi","at":"21:15","note":"B2 Taxis"},
 {"id":"s1","name":"Sal","pickup":"mum","at":"21:00"}]}`

func fairNight(t *testing.T) *night.Night {
	t.Helper()
	return planNight(t, fairPlan)
}

type probCase struct{ from, text, want, setup string }

func checkProb(t *testing.T, cases []probCase) {
	t.Helper()
	base := fairNight(t)
	for _, c := range cases {
		n, ctx := heldOutSetup(t, base, c.from, c.setup)
		checkReading(t, n, ctx, c.from, c.text, c.want)
	}
}

// A taxi that drives off without the guest it came for is a taxi problem,
// not some other trouble.
func TestProblems_DroveOffWithoutGuest(t *testing.T) {
	checkProb(t, []probCase{
		{"nell", "the lucky cabs driver went off without kev", "problem:taxi", ""},
		{"gus", "taxi drove off without pat!!", "problem:taxi", ""},
		{"ruby", "the cab went off without her", "problem:taxi", ""},
		{"kim", "kevs taxi drove away without him", "problem:taxi", ""},
		{"kim", "lucky cabs driver went off with out kev", "problem:taxi", ""},
		{"kim", "sals mum went off without her", "!problem:missing", ""},
	})
}

// Food or drink dropped or spread all over a place is a spill, even when
// the food is a job of the night.
func TestProblems_FoodAllOverIsSpill(t *testing.T) {
	checkProb(t, []probCase{
		{"nell", "jelly dropped all over the mats", "problem:spill", ""},
		{"ruby", "soup everywhere by the kitchen door floor is slippy", "problem:spill", ""},
		{"gus", "cake and juice all over the floor by row 3", "problem:spill", ""},
		{"nell", "floor is slippy by the door", "problem:spill", ""},
		{"gus", "two lads having a row by the stalls", "problem:upset", ""},
		{"gus", "someone is sat in the wrong row", "!problem", ""},
		{"gus", "kev is sat at the end of row 5", "!problem", ""},
		{"nell", "theres a row going on at the door", "problem:upset", ""},
		{"nell", "jelly handed out", "done:jelly", ""},
	})
}

// A thing that fell down is trouble with the thing, not someone hurt.
func TestProblems_ThingThatFellIsNotHurt(t *testing.T) {
	checkProb(t, []probCase{
		{"gus", "one of the banners has fell down its all wonky", "problem:other", ""},
		{"nell", "the sign fell over", "problem:other", ""},
		{"ruby", "a stall has fallen down", "problem:other", ""},
		{"nell", "kev fell down by the stalls", "problem:unwell", ""},
		{"gus", "someone fell over near the door", "problem:unwell", ""},
		{"ruby", "i fell over and hurt my knee", "problem:unwell", ""},
		{"gus", "someones fell down", "problem:unwell", ""},
		{"gus", "someones collapsed", "problem:unwell", ""},
		{"ruby", "the soup is burnt", "!problem:unwell", ""},
		{"ruby", "i burnt my hand on the soup", "problem:unwell", ""},
		{"ruby", "the urn has tripped the fuse", "problem:other", ""},
		{"gus", "kev tripped over a cable", "problem:unwell", ""},
		{"kim", "a man fell asleep in the corner", "!problem", ""},
		{"ruby", "burnt the soup lol", "!problem:unwell", ""},
		{"ruby", "burnt her hand on the urn", "problem:unwell", ""},
		{"gus", "the stall has collapsed", "problem:other", ""},
		{"gus", "all the stalls blew over", "problem:other", ""},
		{"kim", "the first aid kit is missing", "problem:lost", ""},
		{"kim", "need the first aid kit for kev", "problem:unwell", ""},
	})
}

// A thing that will not do what it is for is a problem ("the urn wont
// heat up"); a person who will not is not.
func TestProblems_ThingWillNotWork(t *testing.T) {
	checkProb(t, []probCase{
		{"ruby", "the urn wont heat up", "problem:other", ""},
		{"ruby", "kettle wont boil", "problem:other", ""},
		{"gus", "the card machine has stopped", "problem:other", ""},
		{"nell", "the lights wont come on", "problem:other", ""},
		{"nell", "i wont be long", "!problem", ""},
		{"nell", "the doors wont open till 7", "!problem", ""},
		{"nell", "the raffle wont start without kim", "!problem", ""},
		{"nell", "put the drinks on the floor by the door", "!problem", ""},
		{"nell", "the stalls wont open at 7", "!problem", ""},
		{"kim", "the hall wont open until half 6", "!problem", ""},
		{"ruby", "the toilet wont flush", "problem:other", ""},
		{"gus", "the kettle keeps turning off", "problem:other", ""},
		{"gus", "the candles have gone out", "problem:other", ""},
		{"gus", "the banner keeps falling down", "!done", ""},
		{"gus", "the welcome banner light keeps cutting out", "problem:other", ""},
		{"gus", "kev keeps going off", "!problem:other", ""},
		{"gus", "gus has gone out for a smoke", "!problem", ""},
	})
}

// A taxi firm that rings to say it cannot take a guest is a taxi problem,
// whether its name has "cabs" in it or not; "no <firm> taxi yet" too.
func TestProblems_FirmLetsGuestDown(t *testing.T) {
	checkProb(t, []probCase{
		{"nell", "lucky cabs rang they cant do mia", "problem:taxi", ""},
		{"kim", "b2 rang they cant do pat", "problem:taxi", ""},
		{"kim", "no b2 taxi for pat yet its gone 9", "problem:taxi", ""},
		{"kim", "no taxi for kev yet", "problem:taxi", ""},
		{"kim", "no lucky cabs for mia yet", "problem:taxi", ""},
		{"kim", "no problems with the taxis", "none", ""},
	})
}

// A firm whose name has a digit ("B2 Taxis") names its one guest's ride.
func TestProblems_FirmWithDigitNamesRide(t *testing.T) {
	checkProb(t, []probCase{
		{"kim", "b2 taxis just picked up", "ride:p1=gone", ""},
		{"kim", "b2 taxi is here", "ride:p1=gone", ""},
		{"kim", "lucky cabs are here for mia", "ride:m1=gone", ""},
		{"kim", "lucky cabs are here", "!ride", ""},
	})
}

// Someone on a spill who says it is clean and nobody got hurt has sorted
// it: a denied problem is no new one.
func TestProblems_DeniedProblemIsNoNewNews(t *testing.T) {
	checkProb(t, []probCase{
		{"nell", "floor is clean now nobody slipped", "sorted", "claimed"},
		{"gus", "mopped it up, no one fell", "sorted", "claimed"},
	})
}

// A guest's pickup stuck in traffic is a late ride, not trouble at the
// venue; a guest who went off without a thing has lost it.
func TestProblems_StuckInTrafficIsLate(t *testing.T) {
	checkProb(t, []probCase{
		{"kim", "sals mum is stuck in traffic", "ride:s1=late", ""},
		{"kim", "the kitchen door is stuck", "problem:other", ""},
		{"kim", "pat went off without his coat", "problem:lost?", ""},
	})
}

// "missing" said of a thing is lost property, never a missing person, who
// would alarm the whole team.
func TestProblems_MissingThingIsLost(t *testing.T) {
	checkProb(t, []probCase{
		{"nell", "the cash tin is missing", "problem:lost", ""},
		{"nell", "raffle prizes have gone missing", "problem:lost?", ""},
		{"nell", "kev is missing", "problem:missing", ""},
		{"nell", "someone is missing", "problem:missing", ""},
		{"nell", "kevv has gone missing", "problem:missing", ""},
		{"ruby", "the sink is blocked", "problem:other", ""},
	})
}

// Someone just told of a problem who says they are on their way to a place
// that is another person's job is going to the problem.
func TestProblems_OnMyWayToAnothersJobIsClaim(t *testing.T) {
	base := MustNight(t)
	for _, c := range []struct{ from, text, want string }{
		{"kim", "on my way to the bar now", "claim"},
		{"tom", "on my way to the bar now", "doing:bar"},
	} {
		n, ctx := WithAlert(t, base, c.from)
		in := understand.Understand(c.text, n, c.from, ctx)
		if got := in.Expect(n); got != c.want {
			t.Errorf("%s %q = %s; want %s", c.from, c.text, got, c.want)
		}
	}
}

// The context of a held or texted problem: a denied "dry" sorts nothing,
// "another spill" is news, a claim said of someone else is not the
// sender's, and a question about an open problem is answered.
func TestProblems_ContextReadsTheWholeSentence(t *testing.T) {
	base := MustNight(t)
	for _, r := range []struct{ from, text, want, setup string }{
		{"tom", "its not dry yet", "!sorted", "claimed"},
		{"tom", "not sorted yet still wet", "!sorted", "claimed"},
		{"tom", "all clean now no more spill", "sorted", "claimed"},
		{"tom", "mopped up, another spill by the decks now", "problem:spill", "claimed"},
		{"tom", "jade is on it", "!claim", "alert"},
		{"tom", "kim is dealing with it", "!claim", "alert"},
		{"tom", "ill get the mop", "claim", "alert"},
		{"tom", "where is the spill", "status", "alert"},
		{"tom", "where is jo", "problem:missing", "alert"},
	} {
		n, ctx := heldOutSetup(t, base, r.from, r.setup)
		got := understand.Understand(r.text, n, r.from, ctx).Expect(n)
		if not, ok := strings.CutPrefix(r.want, "!"); ok {
			if strings.HasPrefix(got, not) {
				t.Errorf("%s %q [%s] = %s; want no %s", r.from, r.text, r.setup, got, not)
			}
		} else if !Matches(got, r.want) {
			t.Errorf("%s %q [%s] = %s; want %s", r.from, r.text, r.setup, got, r.want)
		}
	}
}

// Words that only sound like trouble: waiting for a taxi is how a night
// ends, and slang or joy is not distress.
func TestProblems_NotTroubleAfterAll(t *testing.T) {
	checkProb(t, []probCase{
		{"kim", "kev is waiting for his taxi", "!problem", ""},
		{"kim", "kev is still waiting for his taxi", "problem:taxi", ""},
		{"kim", "kev has been waiting 20 mins for his taxi", "problem:taxi", ""},
		{"kim", "kevs taxi has been waiting outside for 10 mins", "!problem", ""},
		{"kim", "lucky cabs are here", "!here", ""},
		{"kim", "pats taxi is booked for quarter to ten", "none", ""},
		{"kim", "pats taxi isnt booked", "problem:taxi", ""},
		{"kim", "lights off now the show is starting", "!problem", ""},
		{"kim", "the lights went out in the toilets", "problem:other", ""},
		{"kim", "people are crying with laughter", "!problem", ""},
		{"kim", "this tune is sick", "!problem", ""},
		{"kim", "i feel sick with excitement", "!problem", ""},
		{"kim", "kev feels sick", "problem:unwell", ""},
		{"kim", "mia is crying", "problem:upset", ""},
		{"kim", "mia won the raffle, happy tears", "!problem", ""},
	})
}

// "support" is a known word: on a night with a supper it is not mended
// to "supper", which would make a guest's ride a job.
func TestProblems_SupportIsNotSupper(t *testing.T) {
	n := planNight(t, `{"id":"s","title":"Supper Club","people":[
 {"id":"kim","name":"Kim","phone":"+447700900401","roles":["staff"]}],
"jobs":[{"id":"supper","title":"Serve the supper","phase":"during","who":["kim"]}],
"rides":[{"id":"r1","name":"Duncan","pickup":"support worker","at":"21:00"}]}`)
	_, why := understand.Explain("duncans support worker is late", n, "kim", understand.Context{Now: "19:30"})
	if len(why) == 0 || !strings.Contains(why[0], "support worker") {
		t.Errorf("words seen = %q; want support worker kept", why)
	}
}

// TestProblems_TitlePairIsTheJob: a problem word written with the word
// beside it in a job's title ("water fight", "fire exits") or in the
// venue's name ("Old Fire Station") names the job or the place, so it
// raises nothing; the same word on its own is still trouble.
func TestProblems_TitlePairIsTheJob(t *testing.T) {
	n := planNight(t, `{"id":"sd","title":"Summer Day","venue":"The Old Fire Station, Mill Lane","people":[
 {"id":"ava","name":"Ava","phone":"+447700900921","roles":["committee"]},
 {"id":"cal","name":"Cal","phone":"+447700900922","roles":["staff"]}],
"jobs":[
 {"id":"wf","title":"Run the water fight","phase":"during","who":["ava"]},
 {"id":"exits","title":"Check the fire exits","phase":"setup","who":["cal"]}],
"timeline":[],"rides":[]}`)
	for _, c := range []struct{ from, text, want string }{
		{"cal", "Great job on the water fight Ava", ""},
		{"ava", "i will do the water fight after the lollies", ""},
		{"ava", "water fight starting now", "doing:wf"},
		{"cal", "fire exits all checked", "!problem"},
		{"cal", "theres a fight by the door", "problem:upset"},
		{"cal", "Hi all, I've arrived at the Old Fire Station", "here"},
		{"ava", "fire in the kitchen!!", "problem:any"},
	} {
		checkReading(t, n, understand.Context{Now: "19:30"}, c.from, c.text, c.want)
	}
}

// TestProblems_FallingThingAndOfferedHelp: a thing "falling down" is
// trouble of the other kind, as one that fell down is; "ready to help" is
// an offer, not a call for help, while "need someone to help" still is.
func TestProblems_FallingThingAndOfferedHelp(t *testing.T) {
	checkProb(t, []probCase{
		{"nell", "the welcome banner is falling down", "problem:other?", ""},
		{"kim", "the stalls by the stage are falling over", "problem:other", ""},
		{"nell", "gus keeps falling over", "problem:unwell", ""},
		{"ruby", "ive arrived and im ready to help", "here", ""},
		{"gus", "im happy to help with the jelly", "!problem", ""},
		{"nell", "i need someone to help me", "problem:any", ""},
	})
}

// TestProblems_HorribleNoiseIsNotUpset: "horrible" or "nasty" said of a
// noise, a smell or the speakers describes the thing; said of a person it
// is still someone upsetting others.
func TestProblems_HorribleNoiseIsNotUpset(t *testing.T) {
	checkProb(t, []probCase{
		{"gus", "horrible squealing noise from the speakers", "problem:music", ""},
		{"ruby", "nasty smell by the urn", "!problem:upset", ""},
		{"nell", "a horrible man is being nasty to ruby", "problem:upset", ""},
	})
}

// TestProblems_LostHerThing: "lost her present" and "cant find her
// slippers" are lost things though no list knows them; "lost her mum" is still someone to find, and "lost
// her temper" is someone upset.
func TestProblems_LostHerThing(t *testing.T) {
	checkProb(t, []probCase{
		{"nell", "sal has lost her secret santa present", "problem:lost", ""},
		{"gus", "kev lost his scarf", "problem:lost", ""},
		{"nell", "sal has lost her mum", "problem:missing", ""},
		{"ruby", "kev lost his temper and is shouting", "problem:upset", ""},
		{"nell", "sal cant find her slippers", "problem:lost", ""},
		{"gus", "cant find sal anywhere", "problem:missing", ""},
	})
}

// TestProblems_ThingsThatSnapOrFuse: a thing that snapped, fused or will
// not unlock is trouble of the other kind; "the musics stopped" is the
// music.
func TestProblems_ThingsThatSnapOrFuse(t *testing.T) {
	checkProb(t, []probCase{
		{"gus", "the banner string has snapped", "problem:other", ""},
		{"nell", "fairy lights have fused by the stalls", "problem:other", ""},
		{"kim", "the fire door wont unlock", "problem:other", ""},
		{"ruby", "the musics stopped", "problem:music", ""},
	})
}

// TestProblems_WordsOfThePlanAreNotTrouble: "punch" of "Make the fruit
// punch bowl" is a drink, "lost the limbo" a game lost, and "rose will
// help me with the speakers later" help to come; "he punched kev" is
// still someone upset.
func TestProblems_WordsOfThePlanAreNotTrouble(t *testing.T) {
	n := planNight(t, `{"id":"lu2","title":"Luau","people":[
 {"id":"dan","name":"Dan","phone":"+447700900997","roles":["committee"]},
 {"id":"rose","name":"Rose","phone":"+447700900998","roles":["committee"]}],
"jobs":[{"id":"punch","title":"Make the fruit punch bowl","phase":"setup","who":["dan"]},
 {"id":"limbo","title":"Run the limbo contest","phase":"during","who":["rose"]},
 {"id":"sound","title":"Set up the speakers","phase":"setup","who":["dan"]}],
"timeline":[],"rides":[{"id":"r1","name":"Nadia","pickup":"parent","at":"22:00"}]}`)
	for _, c := range []struct{ from, text, want string }{
		{"dan", "punch spilt all over the floor 🍹", "problem:spill"},
		{"rose", "nadia is crying she lost the limbo", "problem:upset"},
		{"dan", "rose will help me with the speakers later", "!problem"},
		{"rose", "a man punched kev by the door", "problem:upset"},
		{"rose", "the punch is all gone", "!problem"},
	} {
		checkReading(t, n, understand.Context{Now: "19:30"}, c.from, c.text, c.want)
	}
	held, ctx := WithClaimBy(t, n, "rose", "dan")
	checkReading(t, held, ctx, "rose", "punch cleaned off the floor", "sorted")
}

// TestProblems_ThingFoundOrLeft: "found a bangle by the stalls" and
// "someone has left there present on the table" are lost property, though
// no list knows bangles or presents; a person found is not, nor the
// night's own things ("found some more jelly").
func TestProblems_ThingFoundOrLeft(t *testing.T) {
	checkProb(t, []probCase{
		{"nell", "found a gold bangle by the stalls", "problem:lost", ""},
		{"gus", "someone has left there secret santa present on the table", "problem:lost", ""},
		{"ruby", "found a onesie in the toilets", "problem:lost", ""},
		{"nell", "found a lad crying by the door", "!problem:lost", ""},
		{"gus", "found some more jelly in the kitchen", "!problem", ""},
	})
}
