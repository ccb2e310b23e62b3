package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// ballPlan is a made-up summer ball nobody tuned on: names that are words
// (Will, Hope, Rose, Summer, Joy), similar names (Dan, Danny), a taxi firm
// named by a word of alarm (Panic Cars), a venue with "fire" in it, an act
// called "Fire Starters" and a job that mops.
const ballPlan = `{"id":"b9","title":"Summer Ball","venue":"Fire Station Social Club","people":[
 {"id":"will","name":"Will","phone":"+447700901001","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700901002","roles":["committee"]},
 {"id":"rose","name":"Rose","phone":"+447700901003","roles":["committee"]},
 {"id":"summer","name":"Summer","phone":"+447700901004","roles":["committee"]},
 {"id":"joy","name":"Joy","phone":"+447700901005","roles":["committee"]},
 {"id":"dan","name":"Dan","phone":"+447700901006","roles":["committee"]},
 {"id":"danny","name":"Danny","phone":"+447700901007","roles":["volunteer"]},
 {"id":"pat","name":"Pat","phone":"+447700901008","roles":["staff"]}],
"jobs":[
 {"id":"lights","title":"Set up the disco lights","phase":"setup","who":["will","dan"]},
 {"id":"door","title":"Do the door and tickets","phase":"during","who":["rose","danny"]},
 {"id":"tombola","title":"Run the tombola","phase":"during","who":["summer"]},
 {"id":"teas","title":"Make the teas","phase":"during","who":["joy","rose"]},
 {"id":"crown","title":"Crown the king and queen","phase":"during","who":["dan"]},
 {"id":"mop","title":"Mop the dance floor","phase":"close","who":["danny"]}],
"timeline":[{"at":"19:30","title":"Fire Starters dance troupe"},{"at":"20:15","title":"Interval and tombola"},
 {"at":"21:15","title":"King and queen crowned"},{"at":"21:45","title":"Home time"}],
"rides":[
 {"id":"b1","name":"Ella","pickup":"taxi","at":"21:45","note":"Panic Cars"},
 {"id":"b2","name":"Joe","pickup":"taxi","at":"21:45","note":"Rapid Cabs"},
 {"id":"b3","name":"Amir","pickup":"mum","at":"21:45"}]}`

func checkBall(t *testing.T, cases []readCase) {
	t.Helper()
	checkOn(t, planNight(t, ballPlan), "19:30", cases)
}

var _ = night.Spill

// TestUnderstand_AudienceFeelings: tears, screams and fright of a whole
// room, or at the show, film or act on the night, are how the crowd
// takes it, not one person in distress; laughed about, they are most
// likely a joke. One person upset is still told to the team.
func TestUnderstand_AudienceFeelings(t *testing.T) {
	checkBall(t, []readCase{
		{"joy", "everyone is crying at the crowning aww", ""},
		{"rose", "the film is so sad everyone crying", ""},
		{"summer", "amir cried at the end of the film aww", ""},
		{"hope", "ella screamed at the scary bit of the show", ""},
		{"will", "the dancers scared every1 lol", ""},
		{"dan", "someone screamed at the shark bit haha", ""},
		{"rose", "ella is crying in the toilets", "problem:upset"},
		{"pat", "amir is scared he wants his mum", "problem:upset"},
		{"joy", "everyone is dancing but joe is crying", "problem:upset"},
		{"hope", "joe is crying at the door", "problem:upset"},
		{"rose", "joe is crying at the interval", "problem:upset"},
		{"joy", "ella cried the whole film and wants to go home", "problem:upset"},
	})
}

// TestUnderstand_OwnWorriesAndHabits: the sender saying they feel a bit
// worried, nervous or sad, that they "could cry", or that someone "gets
// upset" with a thing, tells how they are or what to watch for, not
// trouble now; a person reads it. Someone else upset, or real fear, is
// still told to the team.
func TestUnderstand_OwnWorriesAndHabits(t *testing.T) {
	checkBall(t, []readCase{
		{"summer", "worried about the tombola not enough prizes", ""},
		{"dan", "bit nervous about crowning the king and queen", ""},
		{"joy", "i could cry this is so lovely", ""},
		{"rose", "i get nervous doing the door", ""},
		{"hope", "bit worried no one will come", ""},
		{"will", "feeling a bit sad tonight", ""},
		{"pat", "can someone keep an eye on ella she gets upset with loud music", ""},
		{"pat", "amir gets scared of the smoke machine", ""},
		{"rose", "im really upset dan shouted at me", "problem:upset"},
		{"joy", "ella is worried and crying", "problem:upset"},
		{"hope", "im scared someone is following me", "problem:upset"},
		{"summer", "joe is really sad he wants to go home", "problem:upset"},
		{"will", "i feel sick", "problem:unwell"},
	})
}

// TestUnderstand_FirmNamedByAlarmWord: a taxi firm whose name is a word of
// trouble ("Panic Cars") names the firm, not a guest in a panic.
func TestUnderstand_FirmNamedByAlarmWord(t *testing.T) {
	checkBall(t, []readCase{
		{"pat", "ellas taxi is panic cars", ""},
		{"pat", "panic cars are here for ella", "ride:b1=gone"},
		{"rose", "panic cars r late for ella", "problem:taxi"},
		{"rose", "panic cars havent come", "problem:taxi"},
		{"joy", "ella is panicking her taxi is not here", "problem:any"},
		{"joy", "joe is in a panic", "problem:upset"},
	})
}

// TestUnderstand_TroubleOfAnotherDay: trouble told with a word of another
// day ("last week", "yesterday", "last night") is a story, not trouble
// at the night; with "now", "tonight" or "again", or said as it is now
// ("is sick"), it is still news.
func TestUnderstand_TroubleOfAnotherDay(t *testing.T) {
	checkBall(t, []readCase{
		{"pat", "watched a film about a fire last night", ""},
		{"rose", "my cat went missing last week", ""},
		{"hope", "last year someone got lost remember", ""},
		{"joy", "ella was poorly yesterday", ""},
		{"dan", "i fell over at the park the other day", ""},
		{"rose", "amir is sick he was sick last week too", "problem:unwell"},
		{"summer", "joe lost his phone again like last week", "problem:lost?"},
		{"will", "ella was sick yesterday and now she is sick again", "problem:unwell"},
		{"hope", "joe fell over last week and hurt his arm again tonight", "problem:unwell"},
	})
}

// TestUnderstand_AnyAndIfAreNotNews: "any spills" is no spill in
// particular, so "mop up any spills you see" is what to do; trouble inside
// "if the music stops ..." or "... if anyone needs it" may happen, it has
// not. "not sure if" asks whether, so trouble after it is still news.
func TestUnderstand_AnyAndIfAreNotNews(t *testing.T) {
	checkBall(t, []readCase{
		{"pat", "danny please mop up any spills you see tonight", ""},
		{"pat", "tell me about any spills or broken glass", ""},
		{"pat", "first aid kit is by the bar if any1 needs it", ""},
		{"will", "if the music stops everyone sits down", ""},
		{"rose", "if the taxi is late ring panic cars", ""},
		{"hope", "theres a spill by the bar", "problem:spill"},
		{"joy", "any1 got a mop theres drink all over the floor", "problem:spill"},
		{"summer", "not sure if ella is ok she fell over", "problem:unwell"},
		{"pat", "need the first aid kit joe cut his hand", "problem:unwell"},
		{"dan", "the music has stopped if anyone can help", "problem:music"},
	})
}

// TestUnderstand_SignsAndLooksAMess: a word of trouble that names a sign
// ("wet floor sign is out") is a sign put up, not a new spill; a place
// that "looks a mess" is how it looks, not something spilt. A wet floor
// or a mess made is still a spill. "grabbing the sign" fetches a thing;
// grabbing a person is still trouble.
func TestUnderstand_SignsAndLooksAMess(t *testing.T) {
	checkBall(t, []readCase{
		{"will", "wet floor sign is out", ""},
		{"danny", "wet floor sign is up by the loos", ""},
		{"pat", "put the wet floor signs out pls", ""},
		{"hope", "hall looks a mess", ""},
		{"summer", "the kitchen is a right mess", ""},
		{"rose", "floor is wet by the bar", "problem:spill"},
		{"joy", "wet floor by the loos", "problem:spill"},
		{"dan", "someone made a mess with their drink", "problem:spill"},
		{"hope", "mess by the bar sum1 spilt coke", "problem:spill"},
		{"joy", "just grabbing the wet floor sign", "!problem"},
		{"rose", "a man grabbed ella by the arm", "problem:upset"},
		{"rose", "someone grabbed her bag", "problem:any"},
	})
}

// TestUnderstand_DoingAtAPartOfTheNight: a job with a part of the night
// ahead ("at the interval", "in the break") or an item of the timeline
// says when it will be done, as a clock time does; "now" makes it a
// start.
func TestUnderstand_DoingAtAPartOfTheNight(t *testing.T) {
	checkBall(t, []readCase{
		{"joy", "making tea at the interval", ""},
		{"rose", "making the teas in the break", ""},
		{"danny", "mopping the floor at home time", ""},
		{"dan", "crowning the king and queen at the end", ""},
		{"summer", "doing the tombola at the interval", ""},
		{"joy", "making the teas now", "doing:teas"},
		{"rose", "making teas for the interval now", "doing:teas"},
		{"danny", "mopping the dance floor", "doing:mop"},
	})
}

// TestUnderstand_UnwellAndGoingHome: the sender feeling poorly and going
// home is checking out; the team need not come running. A guest unwell,
// a call for help or something serious is still a problem.
func TestUnderstand_UnwellAndGoingHome(t *testing.T) {
	checkBall(t, []readCase{
		{"danny", "not feeling well going home", "leaving"},
		{"hope", "feel sick im going home sorry", "leaving"},
		{"joy", "got a bad headache so im heading home night all", "leaving"},
		{"will", "im poorly going home now x", "leaving"},
		{"rose", "ella feels sick shes going home", "problem:unwell"},
		{"summer", "i feel sick can someone help me get home", "problem:unwell"},
		{"dan", "i cut my hand bleeding loads going home", "problem:unwell"},
		{"hope", "not feeling well", "problem:unwell"},
	})
}

// TestUnderstand_SlangAndTopics: "mad busy", "getting smashed on the
// door", "karaoke is fire" and "on fire tonight" are how busy or good
// things are; trouble a quiz question, film or song is "about" is its
// topic. A fire, a smashed glass or a fight are still trouble.
func TestUnderstand_SlangAndTopics(t *testing.T) {
	checkBall(t, []readCase{
		{"summer", "tombola is mad busy", ""},
		{"rose", "door is mad busy tonight", ""},
		{"danny", "we r getting smashed on the door", "!problem"},
		{"dan", "the dj is fire", ""},
		{"hope", "the dance floor is on fire tonight", ""},
		{"pat", "question 5 is about the great fire of london", ""},
		{"will", "the film is about a boy who goes missing", ""},
		{"joy", "the next song is all about being sad", ""},
		{"rose", "fire in the kitchen", "problem:other"},
		{"hope", "the bin is on fire", "problem:other"},
		{"danny", "someone smashed a glass on the door", "problem:spill"},
		{"summer", "joe is mad he is shouting at ella", "problem:upset"},
		{"pat", "worried about ella she is crying", "problem:upset"},
	})
}

// TestUnderstand_ButFineNoRushAndRelay: a bump told with "but fine" is
// over, so a person reads it; a hand asked "when you can" is no alarm;
// "can someone text christine" asks for a message to be passed on. A
// hurt with no "but", or help wanted now, still tells the team.
func TestUnderstand_ButFineNoRushAndRelay(t *testing.T) {
	checkBall(t, []readCase{
		{"dan", "musical chairs mayhem someone fell off a chair but fine", ""},
		{"joy", "ella tripped on the step but ok", ""},
		{"will", "help me with the lights when u can", ""},
		{"summer", "can someone give me a hand with the tombola no rush", ""},
		{"rose", "my phone died can someone text pat", ""},
		{"joy", "ella tripped on the step and hurt her ankle", "problem:unwell"},
		{"will", "help me with the lights now quick", "problem:other"},
		{"dan", "ella fell over but ok and now shes crying", "problem:any"},
	})
}

// gamesPlan is a made-up games night with a job "Check for lost property"
// and two guests' rides.
const gamesPlan = `{"id":"g9","title":"Games Night","people":[
 {"id":"faith","name":"Faith","phone":"+447700902001","roles":["volunteer"]},
 {"id":"ben","name":"Ben","phone":"+447700902002","roles":["staff"]}],
"jobs":[{"id":"lost","title":"Check for lost property","phase":"close","who":["faith"]}],
"timeline":[{"at":"21:45","title":"Home time"}],
"rides":[{"id":"g1","name":"Kev","pickup":"taxi","at":"21:45","note":"Arrow Taxis"},
 {"id":"g2","name":"Nora","pickup":"dad","at":"21:45"}]}`

// TestUnderstand_CheckingLostPropertyAndGoingInside: checking lost
// property is the job, not a thing lost; a guest who went to the toilet
// is still here. A lost bag, and a guest gone home, are still news.
func TestUnderstand_CheckingLostPropertyAndGoingInside(t *testing.T) {
	n := planNight(t, gamesPlan)
	for _, tc := range []readCase{
		{"faith", "lost property check at home time", ""},
		{"faith", "doing the lost property check now", "!problem"},
		{"ben", "kev went to the toilet", ""},
		{"ben", "nora has gone to the loo", ""},
		{"ben", "nora left her bag, its in lost property", "problem:lost"},
		{"ben", "kev went home", "ride:g1=gone"},
		{"ben", "nora has gone with her dad", "ride:g2=gone"},
	} {
		checkReading(t, n, understand.Context{Now: "21:00"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_LaughedOffAndNoRushJobs: "fell over laughing" is
// laughing hard; the sender's own queasy tummy laughed about asks before
// telling the team; a hand with a job "when u can" starts nothing; trouble
// "last year here" is still another day. A guest hurt, laughed about or
// not, and a plain "i feel sick", still tell the team.
func TestUnderstand_LaughedOffAndNoRushJobs(t *testing.T) {
	checkBall(t, []readCase{
		{"joy", "the whole team fell over laughing", ""},
		{"rose", "amir fell over laughing at the dj", ""},
		{"danny", "feeling sick from all the cake lol", ""},
		{"joy", "help with the teas when u can", ""},
		{"dan", "got stung by a wasp last year here lol", ""},
		{"rose", "amir fell over and hurt his knee", "problem:unwell"},
		{"rose", "amir fell over lol hurt his knee", "problem:unwell"},
		{"danny", "i feel sick", "problem:unwell"},
	})
}

// TestUnderstand_WatchForAndNothingMissing: trouble to "watch out for"
// has not happened; "money counted nothing missing" denies a loss. "keep
// an eye on joe he is crying" is still news, as is "money is missing".
func TestUnderstand_WatchForAndNothingMissing(t *testing.T) {
	checkBall(t, []readCase{
		{"pat", "watch out for spills near the tombola", ""},
		{"pat", "keep an eye out for anyone upset", ""},
		{"summer", "tombola money counted nothing missing", ""},
		{"pat", "keep an eye on joe he is crying", "problem:upset"},
		{"summer", "tombola money is missing", "problem:any"},
	})
}

// TestUnderstand_HealthNeedToKnow: "ella has asthma, her inhaler is in
// her bag" tells the team what to know; an attack, or the inhaler asked
// for, is trouble now.
func TestUnderstand_HealthNeedToKnow(t *testing.T) {
	checkBall(t, []readCase{
		{"pat", "remember ella has asthma her inhaler is in her bag", ""},
		{"pat", "just so u know joe is diabetic", ""},
		{"rose", "ellas inhaler is in the office", ""},
		{"rose", "ella is having an asthma attack", "problem:unwell"},
		{"rose", "ella needs her inhaler now", "problem:unwell"},
		{"joy", "ella is asking for her inhaler", "problem:unwell"},
		{"joy", "joe is diabetic and feels faint", "problem:unwell"},
	})
}

// TestUnderstand_MoansAboutAJob: "sick of blowing up balloons", "these
// lights are a nightmare to put up" moan about a job; they say neither
// that it is done nor that it has just started.
func TestUnderstand_MoansAboutAJob(t *testing.T) {
	checkBall(t, []readCase{
		{"dan", "im sick of setting up these disco lights lol", ""},
		{"will", "these lights are a nightmare to put up", ""},
		{"joy", "fed up of making teas", ""},
		{"rose", "the teas are a pain to make", ""},
		{"will", "disco lights set up", "done:lights"},
		{"joy", "teas made", "done:teas"},
	})
}

// TestUnderstand_TiredMissingAndFirmAsked: "im shattered" is tired, "kev
// is missing his mum" misses her, "is panic cars late" asks. A glass
// shattered, a guest missing and a late firm told are still news.
func TestUnderstand_TiredMissingAndFirmAsked(t *testing.T) {
	checkBall(t, []readCase{
		{"rose", "im shattered", ""},
		{"joy", "we are all shattered after that", ""},
		{"pat", "amir is missing his mum", ""},
		{"pat", "is panic cars late", ""},
		{"rose", "a glass got shattered by the bar", "problem:spill"},
		{"pat", "amir is missing", "problem:missing"},
		{"pat", "panic cars are late for ella", "problem:taxi"},
	})
}

// TestUnderstand_OutOfIsNotDone: "the teas are out of milk" lacks
// something; the "out" in it does not finish "Make the teas".
func TestUnderstand_OutOfIsNotDone(t *testing.T) {
	checkBall(t, []readCase{
		{"joy", "teas are out of milk", "!done"},
		{"will", "disco lights are out of batteries", "!done"},
		{"joy", "teas all made and out", "done:teas"},
	})
}

// TestUnderstand_LightsOffForTheShow: "lights off for the dancers" is on
// purpose; "the lights went off" is still trouble.
func TestUnderstand_LightsOffForTheShow(t *testing.T) {
	checkBall(t, []readCase{
		{"will", "lights off for the fire starters", "!problem"},
		{"will", "lights off for the crowning", "!problem"},
		{"will", "the lights went off", "problem:any"},
		{"will", "lights off", "problem:any"},
	})
}

// TestUnderstand_GuestDidIt: a text led by a guest's name says what the
// guest did ("amir finished the tombola", "ella made the teas"): it ticks
// no job of the sender's. "with me" says the sender did it too.
func TestUnderstand_GuestDidIt(t *testing.T) {
	checkBall(t, []readCase{
		{"summer", "amir finished the tombola", ""},
		{"joy", "ella made the teas", ""},
		{"joy", "ella made the teas with me", "done:teas?"},
		{"summer", "tombola done", "done:tombola"},
		{"summer", "finished the tombola with amir", "done:tombola"},
	})
}
