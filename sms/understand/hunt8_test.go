package understand_test

import (
	"testing"
)

// feteHunt8Plan is a made-up village fete for the plain-words problem hunt:
// names that are words (Will, Hope, Rose, Penny), similar names (Ben,
// Benny), two jobs of one person on the marquee, a job whose verb is
// "blow", and a venue whose name holds a word of trouble ("Cracked Bell").
const feteHunt8Plan = `{"id":"f8","title":"Village Fete","venue":"Cracked Bell Village Hall","people":[
 {"id":"will","name":"Will","phone":"+447700901891","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700901892","roles":["committee"]},
 {"id":"rose","name":"Rose","phone":"+447700901893","roles":["committee"]},
 {"id":"penny","name":"Penny","phone":"+447700901894","roles":["committee"]},
 {"id":"ben","name":"Ben","phone":"+447700901895","roles":["committee"]},
 {"id":"benny","name":"Benny","phone":"+447700901896","roles":["volunteer"]},
 {"id":"al","name":"Al","phone":"+447700901897","roles":["staff"]}],
"jobs":[
 {"id":"marquee","title":"Put up the marquee","phase":"setup","who":["ben"]},
 {"id":"balloons","title":"Blow up the balloons","phase":"setup","who":["hope"]},
 {"id":"cakes","title":"Run the cake stall","phase":"during","who":["rose"]},
 {"id":"urn","title":"Fill the urn","phase":"during","who":["penny"]},
 {"id":"down","title":"Take down the marquee","phase":"close","who":["ben"]}],
"timeline":[{"at":"14:00","title":"Gates open"},{"at":"15:00","title":"The Blackouts play"}],
"rides":[
 {"id":"f1","name":"Ada","pickup":"taxi","at":"17:00","note":"Blue Cars"},
 {"id":"f2","name":"Jasmine","pickup":"parent","at":"17:00","note":"Dad collects"}]}`

func checkFete(t *testing.T, cases []readCase) {
	t.Helper()
	checkOn(t, planNight(t, feteHunt8Plan), "15:00", cases)
}

// TestUnderstand_ToppledIsNoJobDone: a thing that "blew over", "fell
// over" or was "knocked over" has toppled; "over" there is no job
// finished, and "blew" is no "Blow up" job done.
func TestUnderstand_ToppledIsNoJobDone(t *testing.T) {
	checkFete(t, []readCase{
		{"ben", "marquee blew over in the wind", "problem:other"},
		{"ben", "the marquee has blown over", "problem:other"},
		{"will", "the tent blew over in the wind", "!done"},
		{"rose", "cake stand got knocked over", "!done"},
		{"ben", "marquee is up all done", "done:marquee"},
		{"hope", "balloons blown up", "done:balloons"},
	})
}

// TestUnderstand_RestockedAfterButIsOver: trouble, then "but" and someone
// got more or a new one, with no trouble after it, is over: "ran out of
// milk but penny got more". Asking for more, or new trouble after, is not.
func TestUnderstand_RestockedAfterButIsOver(t *testing.T) {
	checkFete(t, []readCase{
		{"rose", "we ran out of cups earlier but ben got more", ""},
		{"penny", "ran out of milk but will brought sum more", ""},
		{"rose", "the urn broke but al fetched another one", ""},
		{"will", "the mic died but benny found new batteries", ""},
		{"ben", "the marquee blew over earlier but we put it back up", ""},
		{"penny", "we ran out of milk can someone get more", "problem:any"},
		{"rose", "ran out of cups but got more and now the urn is not working", "problem:any"},
		{"will", "the mic died but we got no more batteries", "problem:any"},
	})
}

// TestUnderstand_ThingAtTheVenueIsNoArrival: a thing said to be in the
// venue ("the first aid kit is in the hall") tells where it is; the sender
// has not just come. "im in the hall" still has.
func TestUnderstand_ThingAtTheVenueIsNoArrival(t *testing.T) {
	checkFete(t, []readCase{
		{"penny", "first aid kit is in the hall on the shelf", ""},
		{"rose", "the spare cups are in the hall", ""},
		{"will", "extra chairs r at the village hall", ""},
		{"will", "im in the hall", "here"},
		{"rose", "we are in the hall now", "here"},
	})
}

// TestUnderstand_AllGoneIsRunOutNotLost: things "all gone" have run out
// or been used, not been lost: "raffle tickets all gone" is no lost
// property. "my purse has gone" still is.
func TestUnderstand_AllGoneIsRunOutNotLost(t *testing.T) {
	checkFete(t, []readCase{
		{"rose", "raffle tickets all gone and people still want some", "!problem:lost"},
		{"penny", "the cake tickets are all gone", "!problem:lost"},
		{"rose", "a ladys purse has gone from the cake stall", "problem:lost"},
	})
}

// TestUnderstand_NoneLeftForANeed: "no X left" with what it is needed
// for ("no milk left for the teas", "no soap left at the hand wash") or
// people still wanting it, is something run out. Sold out, all eaten, a
// job finished ("no cakes left to put out") or a person ("no one left in
// the hall") is not.
func TestUnderstand_NoneLeftForANeed(t *testing.T) {
	checkFete(t, []readCase{
		{"penny", "no milk left for the teas", "problem:other"},
		{"will", "no soap left at the hand wash", "problem:other"},
		{"rose", "we got no more paper plates left and theres a queue", "problem:other"},
		{"rose", "sold out no cakes left", ""},
		{"rose", "no cakes left all eaten 🎉", ""},
		{"rose", "no cakes left for me lol", "!problem"},
		{"ben", "no one left in the hall", ""},
		{"ben", "no chairs left to stack", "!problem"},
		{"will", "no rubbish left on the field", ""},
		{"hope", "no coats left on the rail", ""},
		{"penny", "is there no milk left for the teas", ""},
	})
}

// TestUnderstand_BareSummonsIsTrouble: a text that is only "come to the
// X now" (with a name, "pls" or "can u" around it) calls someone to
// trouble, though it does not say what. An invitation with more said
// ("come to the stage now the band is on") is not.
func TestUnderstand_BareSummonsIsTrouble(t *testing.T) {
	checkFete(t, []readCase{
		{"rose", "come to the cake stall now pls!!", "problem:any"},
		{"penny", "al come 2 the urn now", "problem:any"},
		{"will", "can u come to the marquee now pls", "problem:any"},
		{"hope", "come here now please", "problem:any"},
		{"rose", "come to the marquee now the band is on", "!problem"},
		{"rose", "come to the cake stall now its brill", "!problem"},
		{"will", "i will come to the marquee now", "!problem"},
		{"will", "shall i come to the marquee now", "!problem"},
		{"will", "come on now", "!problem"},
		{"al", "come to the foyer now pls", "problem:any"},
		{"rose", "come see the band now", "!problem"},
	})
}

// TestUnderstand_DeadThingIsTrouble: a machine or battery said to be
// "dead", or the power or wifi "down" or "gone", at the end of what is
// said or before what it stops ("camera battery dead cant take any
// pics"), is broken. "dead good", a person, the sender's own phone, or a
// thing that was dead, is not.
func TestUnderstand_DeadThingIsTrouble(t *testing.T) {
	checkFete(t, []readCase{
		{"hope", "camera battery dead cant take any pics", "problem:other"},
		{"penny", "card machine is dead", "problem:other"},
		{"will", "the wifi is down cant play the music", "problem:any"},
		{"ben", "the fuse has gone no lights in the marquee", "problem:other"},
		{"ben", "power gone in the hall no lights", "problem:other"},
		{"ben", "the power is down in the marquee", "problem:other"},
		{"penny", "the gas has gone on the urn cant boil", "problem:other"},
		{"will", "the lights have gone in the hall", "problem:other"},
		{"will", "the speaker battery is dead the band cant play", "problem:any"},
		{"will", "the lights have gone down for the band", "!problem"},
		{"will", "the band is dead good", "!problem"},
		{"will", "the villain is dead now 💀", "!problem"},
		{"hope", "my phone is dead so text will", "!problem"},
		{"penny", "the battery was dead but will changed it", "!problem"},
		{"will", "lights down for the band", "!problem"},
		{"will", "the candles are dead now time for bed", "!problem"},
	})
}

// TestUnderstand_SoughtWhileRideWaits: a guest nobody can find while their
// taxi waits ("cant find ada anywhere her taxi is here") is missing; the
// taxi is not the trouble. A thing sought, or the taxi sought, is not.
func TestUnderstand_SoughtWhileRideWaits(t *testing.T) {
	checkFete(t, []readCase{
		{"will", "cant find ada anywhere her taxi is here", "problem:missing"},
		{"rose", "cant find ada anywhere and her taxi is waiting", "problem:missing"},
		{"will", "cant find ada's taxi anywhere", "!problem:missing"},
		{"will", "cant find my phone and adas taxi is here", "!problem:missing"},
		{"hope", "ada is in her taxi", "!problem"},
		{"will", "Has anyone seen Ada? She isnt at the stalls and her taxi is here", "problem:missing"},
		{"will", "has anyone seen adas taxi", "!problem:missing"},
	})
}

// TestUnderstand_UnknownNameSoughtIsMissing: "cant find X anywhere", where
// X is a word nobody knows, seeks a guest not on the plan. A known thing
// ("sellotape"), a thing with "the" or "my", is not a person.
func TestUnderstand_UnknownNameSoughtIsMissing(t *testing.T) {
	checkFete(t, []readCase{
		{"will", "cant find Tiana anywhere", "problem:missing"},
		{"will", "cant find tiana anywhere", "!problem:missing"},
		{"rose", "cant find keisha anywhere shes not in the hall", "problem:missing"},
		{"rose", "cant find sellotape anywhere", "!problem:missing"},
		{"rose", "cant find the scissors anywhere", "!problem:missing"},
		{"rose", "we found keisha shes fine", "!problem"},
	})
}

// TestUnderstand_KitWhereIsNews: where a kit or box is kept ("first aid
// kit is on the shelf in the kitchen") is news for the team, nothing to
// do. Someone's bag somewhere, or a kit asked for, is not.
func TestUnderstand_KitWhereIsNews(t *testing.T) {
	checkFete(t, []readCase{
		{"penny", "first aid kit is on the shelf in the kitchen", "none"},
		{"will", "the first aid box is by the fire exit", "none"},
		{"al", "cash tin is in the office", "none"},
		{"rose", "ada's bag is on the chair", "!none"},
		{"rose", "need the first aid kit in the marquee now", "!none"},
	})
}

// TestUnderstand_SmilingChatIsNone: a text that laughs or smiles and
// names no job, no guest and no problem, and asks nothing, is chat:
// "none", not a text for a person to read. A question, a job, a guest's
// ride or a call for help is still read.
func TestUnderstand_SmilingChatIsNone(t *testing.T) {
	checkFete(t, []readCase{
		{"will", "benny drew a moustache on the sign lol", "none"},
		{"rose", "the singer gave me a rose 🌹", "none"},
		{"hope", "the blackouts are rocking 🎸", "none"},
		{"will", "is the band on yet lol", ""}, // a question: answered (h-hunt9), never acted on
		{"rose", "can someone help me carry the cakes lol", "!none"},
		{"will", "ada's taxi is late lol", "!none"},
	})
}

// TestUnderstand_MachineFaulting: a machine sparking, smoking or
// overheating, or one that keeps flickering or "going black", is faulty.
// The lights flickering for the show, the bbq or a fog machine smoking,
// is not.
func TestUnderstand_MachineFaulting(t *testing.T) {
	checkFete(t, []readCase{
		{"penny", "the extension lead is sparking", "problem:other"},
		{"penny", "the urn is smoking bad", "problem:other"},
		{"will", "screen keeps going black every 5 mins", "problem:other"},
		{"ben", "the lights keep flickering in the marquee", "problem:other"},
		{"will", "the lights are flickering for the band", "!problem"},
		{"will", "the fog machine is smoking away", "!problem"},
		{"ben", "the bbq is smoking nicely", "!problem"},
	})
}
