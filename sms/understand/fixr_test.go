package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// lidoPlan is a made-up pool party for the round R and S mends: a job
// that opens with "Go", fairy lights up and down, a glow disco, a quiz
// timer, a person called Robin and a guest's minibus.
const lidoPlan = `{"id":"fixr","title":"Lido Splash Night","venue":"Meadow Lido, Park Road","people":[
 {"id":"robin","name":"Robin","phone":"+447700905001","roles":["committee"]},
 {"id":"nina","name":"Nina","phone":"+447700905002","roles":["committee"]},
 {"id":"kev","name":"Kev","phone":"+447700905003","roles":["committee","dj"]},
 {"id":"ola","name":"Ola","phone":"+447700905004","roles":["volunteer"]},
 {"id":"bev","name":"Bev","phone":"+447700905005","roles":["staff","first aid"]}],
"jobs":[
 {"id":"rules","title":"Go over the pool rules","phase":"briefing","who":["bev"]},
 {"id":"lights","title":"Put up the fairy lights","phase":"setup","who":["nina"]},
 {"id":"glow","title":"Set up the glow disco","phase":"setup","who":["kev"]},
 {"id":"timer","title":"Start the quiz timer","phase":"during","who":["ola"]},
 {"id":"coats","title":"Hand out the towels","phase":"during","who":["robin"]},
 {"id":"lightsdown","title":"Take down the fairy lights","phase":"close","who":["nina"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"19:30","title":"Quiz"},{"at":"21:30","title":"Home time"}],
"rides":[
 {"id":"r1","name":"Yusuf","pickup":"minibus","at":"21:30","note":"Greenway minibus"},
 {"id":"r2","name":"Tess","pickup":"taxi","at":"21:30","note":"Star Cars"}]}`

// TestUnderstand_TooLoudIsTheMusic: music "way 2 loud" is "too loud", and
// the ears it hurts or the animals it scares say what the loud music
// does: the music is what to sort, not someone unwell or upset.
func TestUnderstand_TooLoudIsTheMusic(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "20:00", []readCase{
		{"kev", "the music is way to loud people are coverin there ears", "problem:music"},
		{"nina", "music is way 2 loud its hurting peoples ears", "problem:music?"},
		{"ola", "music 2 loud by the pool the ducks r scared", "problem:music?"},
		// near-misses: hurt and upset people are still theirs
		{"robin", "music too loud and a lad is crying", "problem:upset"},
		{"bev", "music is too loud and jo has hurt her arm", "problem:unwell"},
		{"ola", "i need 2 go home now", "!problem"},
		{"kev", "we are dancing to loud music lol", "quiet"},
	})
}

// TestUnderstand_SickOnTheFloorIsAMess: sick on the floor with nobody
// said to be ill is a mess to clean; someone who has been sick may need
// looking after.
func TestUnderstand_SickOnTheFloorIsAMess(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "20:00", []readCase{
		{"kev", "theres sick on the floor in the boys toilets", "problem:spill"},
		{"nina", "sick on the floor in the changing rooms", "problem:spill"},
		// near-misses: a person was sick
		{"robin", "sum1 been sick on the floor by the stage", "problem:unwell"},
		{"ola", "there is sick all over the floor and a lad is crying", "!problem:spill"},
		{"bev", "a man has been sick in the gents", "problem:unwell"},
	})
}

// TestUnderstand_LightsGoneOutAreTrouble: lights that have gone out by
// themselves are trouble, even on a night with a job that opens with "Go"
// or a fairy lights job; "they" may be the lights.
func TestUnderstand_LightsGoneOutAreTrouble(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "20:00", []readCase{
		{"ola", "The lights have gone out in the changing rooms.", "problem:other"},
		{"kev", "fairy lights on stage keep flickering n now theyve gone out", "problem:other"},
		// near-misses: people go out, and the rules job is still its own
		{"kev", "the lads have gone out for a smoke", "!problem"},
		{"bev", "gone over the pool rules with everyone", "done:rules"},
	})
}

// TestUnderstand_GivenBackIsOver: lost property handed in and given back
// to its owner is over; not given back yet is not.
func TestUnderstand_GivenBackIsOver(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "20:00", []readCase{
		{"bev", "Just to let you know, the lost coat from earlier has been handed in and given back to its owner.", "none"},
		{"robin", "the phone that was lost got handed back to the lady", "none"},
		// near-misses: still lost
		{"ola", "a lady has lost her coat, can someone help look", "problem:lost"},
		{"nina", "someone has lost their keys by the pool", "problem:lost"},
	})
}

// TestUnderstand_AskedHowTheNightGoes: a long polite question about how
// the night is going asks for the running order; said in passing it does
// not.
func TestUnderstand_AskedHowTheNightGoes(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "20:00", []readCase{
		{"bev", "Could I have a quick update on how the night is going, please?", "status"},
		{"bev", "Can you give me a quick update on where we are with the running order?", "status"},
		// near-miss: not a question
		{"kev", "i dont know how the night is going to end lol", "quiet"},
	})
}

// TestUnderstand_AskedToLookOut: news of trouble that ends by asking the
// team to keep an eye out, or whether to ring, is news to tell the team,
// not a question to ask back.
func TestUnderstand_AskedToLookOut(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "20:00", []readCase{
		{"bev", "A guest has lost her handbag, it's a small red one with a zip. Could everyone keep an eye out please?", "problem:lost"},
		{"nina", "Star Cars haven't turned up for Tess, shall I ring them?", "problem:taxi"},
		// near-miss: a question about trouble that may not be
		{"ola", "has tess's taxi come yet?", "!problem"},
	})
}

// TestUnderstand_WhenSomeoneSays: what the sender will do when someone
// says, or will tell when it is finished, is still to come.
func TestUnderstand_WhenSomeoneSays(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "19:25", []readCase{
		{"ola", "ill start the timer wen bev says", "quiet"},
		{"nina", "Hello, I am putting up the fairy lights now, I will let you know when we have finished.", "!done"},
		// near-misses: news of now
		{"ola", "started the timer", "doing:timer?"},
		{"nina", "fairy lights are up", "done:lights"},
	})
}

// TestUnderstand_NotHereAfterAll: a place where something was seen, a
// sign-in next month and a reminder of a meeting are not the sender come.
func TestUnderstand_NotHereAfterAll(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "18:20", []readCase{
		{"ola", "saw a robin in the car park 🐦 so cute", "quiet"},
		{"nina", "i'll do the sign in again next month if thats ok", "quiet"},
		{"bev", "Reminder: next committee meeting is Tuesday at 2 in the library", "quiet"},
		// near-misses: the sender has come
		{"ola", "just got here, saw a fox in the car park", "here"},
		{"kev", "in the car park now", "here"},
	})
}

// TestUnderstand_LooksSickInCapitals: "sick" praising a thing stays
// praise when the thing is written in capitals; a person looking sick is
// still unwell.
func TestUnderstand_LooksSickInCapitals(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "18:50", []readCase{
		{"kev", "GLOW DISCO UP!! looks sick 🔥", "done:glow"},
		// near-misses: a person
		{"robin", "Tess looks sick", "problem:unwell"},
		{"robin", "TESS LOOKS SICK", "problem:unwell"},
	})
}

// firePlan is a fire station night: "fire" names the station, the engine
// and its crew, and a guest may get upset over a game.
const firePlan = `{"id":"fixr2","title":"Fire Station Night","venue":"Brook Hall","people":[
 {"id":"danny","name":"Danny","phone":"+447700905011","roles":["committee"]},
 {"id":"joy","name":"Joy","phone":"+447700905012","roles":["committee"]},
 {"id":"gill","name":"Gill","phone":"+447700905013","roles":["staff","first aid"]}],
"jobs":[
 {"id":"signs","title":"Put up the fire station signs","phase":"setup","who":["danny"]},
 {"id":"photos","title":"Take photos by the fire engine","phase":"during","who":["joy"]},
 {"id":"choir","title":"Lead the singing","phase":"during","who":["joy"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"19:15","title":"Fire engine in the car park"}]}`

// TestUnderstand_FireNamesTheStationNotAFire: the fire crew and the fire
// station are no fire, but a fire is, whatever job names the station.
func TestUnderstand_FireNamesTheStationNotAFire(t *testing.T) {
	checkOn(t, planNight(t, firePlan), "19:30", []readCase{
		{"gill", "Fire crew have said they need to leave by 9", "!problem"},
		{"gill", "fire in the kitchen, everyone out", "problem:other"},
		{"joy", "theres smoke coming from the fire engine", "problem:other"},
		// near-misses: the jobs
		{"danny", "fire station signs are up", "done:signs"},
		{"joy", "photos by the fire engine all done", "done:photos"},
	})
}

// TestUnderstand_WorryAfterTheThing: a guest worried about a thing she has
// lost needs the thing found; a guest who will not come out of a corner
// is upset, not missing; an everyday "can someone" is no call for help.
func TestUnderstand_WorryAfterTheThing(t *testing.T) {
	checkOn(t, planNight(t, firePlan), "19:30", []readCase{
		{"joy", "a lady has lost her handbag its black wiv gold bits on it she put it down by the arch and now its not there and she is worried cos her keys r in it", "problem:lost"},
		{"danny", "ollie is crying cos he got out first ball and now he wont come out the corner", "problem:upset"},
		{"joy", "can sum1 say grace before the tea and biscuits", "!problem"},
		// near-misses: tears, a person gone, a call for help
		{"joy", "a lady lost her bag and shes crying", "problem:upset"},
		{"danny", "ollie ran off and nobody can find him", "problem:missing"},
		{"gill", "can someone help me at the door", "problem:any"},
	})
}

// TestUnderstand_LaughedAtAches: the sender's own cheeks or feet aching
// from the work, laughed about, need no first aid: the job is the news.
// "dont look" said to others denies nothing, and "lights off please"
// asks for the lights off.
func TestUnderstand_LaughedAtAches(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "18:50", []readCase{
		{"nina", "fairy lights all up my arms hurt lol", "done:lights"},
		{"kev", "setting up the glow disco now my feet hurt 😂", "doing:glow"},
		{"ola", "starting the quiz timer now dont look 🙈", "doing:timer"},
		{"ola", "Starting the quiz timer now, lights off please", "doing:timer"},
		// near-misses: hurt, not laughed about, or someone else's
		{"nina", "my back hurts really bad", "problem:unwell"},
		{"ola", "my arm really hurts i fell over lol", "problem:unwell?"},
		{"kev", "a lad says his feet hurt lol", "!done"},
		{"robin", "the lights went off please help", "problem:other"},
	})
}

// TestUnderstand_MendedBySomeoneElse: a fault someone else mended is no
// job of the sender's done.
func TestUnderstand_MendedBySomeoneElse(t *testing.T) {
	checkOn(t, planNight(t, firePlan), "19:30", []readCase{
		{"danny", "the signs are fine now the caretaker fixed them", "!done"},
		{"joy", "photos all good, she fixed the camera", "!done"},
		// near-misses: the sender's own work
		{"danny", "fire station signs are up", "done:signs"},
		{"joy", "i fixed the camera and the photos by the fire engine are done", "done:photos"},
	})
}

// TestUnderstand_LostTheGame: someone who lost a game or their chips is
// no one lost; a thing said to be there is no job done; a name that
// mended a fault is someone else's work.
func TestUnderstand_LostTheGame(t *testing.T) {
	checkOn(t, planNight(t, firePlan), "19:30", []readCase{
		{"joy", "a lad is crying cos he lost in the semi final 😢", "problem:upset"},
		{"gill", "man at table 1 is angry he lost all his chips and hes shouting", "problem:upset"},
		{"danny", "There's a rose scented candle on the prize table, it smells lovely!", "!done"},
		{"joy", "the camera stopped earlier but danny fixed it", "!done"},
		// near-misses: someone lost, a thing lost, the sender's own work
		{"joy", "a lad is lost he was by the fire engine", "problem:missing"},
		{"gill", "he lost his coat by the door", "problem:lost"},
		{"danny", "theres the signs all up now", "!problem"},
	})
}

// TestUnderstand_SeeYouInside: "see you all inside" after arriving is the
// sender come, not a goodbye or a plan for later.
func TestUnderstand_SeeYouInside(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "18:20", []readCase{
		{"bev", "Hello, I have just arrived at the lido. See you all inside.", "here"},
		{"nina", "just arrived see you inside", "here"},
		// near-misses: later, and going
		{"kev", "see you all at the interval", "quiet"},
	})
	n := MustApply(t, planNight(t, lidoPlan), night.Command{Type: night.CmdCheckIn, By: "ola"})
	checkReading(t, n, understand.Context{Now: "21:40"}, "ola", "right im off home see you all next month", "leaving")
}

// TestUnderstand_DigitsInTextSpeak: "up 2 date" and "4 evry1" are words,
// not job numbers; "done 2" still is.
func TestUnderstand_DigitsInTextSpeak(t *testing.T) {
	checkOn(t, planNight(t, lidoPlan), "19:00", []readCase{
		{"ola", "quiz timer all up 2 date", "!done:lights"},
		{"kev", "glow disco redy 4 evry1", "done:glow"},
		// near-misses: numbers of jobs
		{"nina", "done 2", "done:lights"},
		{"kev", "job 3 done", "done:glow"},
	})
}
