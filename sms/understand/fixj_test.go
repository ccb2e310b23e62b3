package understand_test

import "testing"

// fixjDiscoPlan is a made-up disco for jobs said done or started and for
// taking back: a sound system set up before the music is played, a craft
// table of two people, a job of putting things out, guests greeted at the
// door, a game run during the night and a tuck shop; Will's name is also
// a word.
const fixjDiscoPlan = `{"id":"fj","title":"Spring Disco","venue":"Elm Road Community Centre","people":[
 {"id":"kev","name":"Kev","phone":"+447700904801","roles":["committee","dj"]},
 {"id":"jo","name":"Jo","phone":"+447700904802","roles":["committee"]},
 {"id":"lee","name":"Lee","phone":"+447700904803","roles":["committee"]},
 {"id":"ruth","name":"Ruth","phone":"+447700904804","roles":["committee"]},
 {"id":"mel","name":"Mel","phone":"+447700904805","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700904806","roles":["volunteer"]},
 {"id":"tariq","name":"Tariq","phone":"+447700904807","roles":["volunteer"]},
 {"id":"bev","name":"Bev","phone":"+447700904808","roles":["staff"]},
 {"id":"will","name":"Will","phone":"+447700904809","roles":["volunteer"]}],
"jobs":[
 {"id":"sound","title":"Set up the sound system","phase":"setup","who":["kev"]},
 {"id":"lanterns","title":"Put out the lanterns","phase":"setup","who":["ruth","will"]},
 {"id":"crafttable","title":"Set up the badge-making table","phase":"setup","who":["jo","lee"]},
 {"id":"talk","title":"Give the team talk","phase":"briefing","who":["bev"]},
 {"id":"greet","title":"Greet guests at the door","phase":"during","who":["mel","pat"]},
 {"id":"badges","title":"Help at the badge-making table","phase":"during","who":["jo"]},
 {"id":"music","title":"Play the music","phase":"during","who":["kev"]},
 {"id":"hoopla","title":"Run the hoopla game","phase":"during","who":["tariq"]},
 {"id":"tuck","title":"Run the tuck shop","phase":"during","who":["lee","will"]},
 {"id":"tidy","title":"Tidy the main hall","phase":"close","who":["lee","ruth","tariq"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"19:00","title":"Badge-making opens"},{"at":"21:00","title":"Home time"}],
"rides":[
 {"id":"d1","name":"Ollie","pickup":"taxi","at":"21:00","note":"Elm Cabs"},
 {"id":"d2","name":"Freya","pickup":"parent","at":"21:00","note":"her mum"}]}`

// TestUnderstand_SpeakersAreTheSoundSystem: the speakers are what a
// sound system job sets up, so "speakers all set up" ticks it and "not
// dun the speakers yet" right after ticking it takes the tick back. News
// of speakers that is no work stays none, and a fault stays a problem.
func TestUnderstand_SpeakersAreTheSoundSystem(t *testing.T) {
	checkOn(t, planNight(t, fixjDiscoPlan), "18:15", []readCase{
		{"kev", "speakers all set up", "done:sound"},
		{"kev", "speakers r up n working", "done:sound"},
		// near misses
		{"ruth", "love the speakers", ""},
		{"kev", "speakers not working at all", "problem:music"},
		{"mel", "the speakers are loud", "!done"},
	})
	checkTicked(t, fixjDiscoPlan, []readCase{
		{"kev", "no not dun the speakers yet", "undo"},
		{"kev", "speakers not done yet sorry", "undo"},
		// near misses
		{"kev", "the lanterns are not out yet", "!undo"},
	})
}

// TestUnderstand_DecksAreThePlayedMusic: the decks are where the music
// of a "Play the music" job is played, so the DJ "on the decks now" has
// started it. Someone else on the decks, praise and a fault are not the
// sender's job started.
func TestUnderstand_DecksAreThePlayedMusic(t *testing.T) {
	checkOn(t, planNight(t, fixjDiscoPlan), "19:30", []readCase{
		{"kev", "im on the decks now 🎧", "doing:music"},
		{"kev", "on the decks!!", "doing:music"},
		{"kev", "decks r on now playing some tunes", "doing:music"},
		// near misses
		{"mel", "kev is on the decks now", ""},
		{"ruth", "the decks look great", ""},
		{"kev", "decks r broke", "problem:music"},
		{"kev", "the decks are not on yet", ""},
	})
}

// TestUnderstand_UndoSpeltByEar: "undo" with its last sound written as
// heard ("unduw", "undooh") takes back the tick just made; "under",
// "undies" and the word "undue" are not undo.
func TestUnderstand_UndoSpeltByEar(t *testing.T) {
	checkTicked(t, fixjDiscoPlan, []readCase{
		{"lee", "unduw", "undo"},
		{"tariq", "undooh", "undo"},
		{"ruth", "unndoo pls", "undo"},
		{"jo", "unduw that", "undo"},
		// near misses
		{"lee", "undies", "!undo"},
		{"ruth", "undue", "!undo"},
		{"jo", "undr the table", "!undo"},
	})
}

// TestUnderstand_NamePairedWithSelf: a team member joined to the sender
// by "and" (written "an", "n" or "&") did the work with them: "me an jo
// set up the badge table". A name that is also a word ("will") joined so
// is the name, not a plan. Two others, a name before a verb of its own,
// and a real "will" of a plan are not the sender's work done.
func TestUnderstand_NamePairedWithSelf(t *testing.T) {
	checkOn(t, planNight(t, fixjDiscoPlan), "18:15", []readCase{
		{"ruth", "me and will put the lanterns out", "done:lanterns"},
		{"ruth", "me n will done the lanterns", "done:lanterns"},
		{"ruth", "me and will have put all the lanterns out round the hall", "done:lanterns"},
		{"ruth", "will n me did the lanterns", "done:lanterns"},
		{"lee", "me an jo set up the badge table", "done:crafttable"},
		{"lee", "me an jo dun the badge table glitter the lot", "done:crafttable"},
		{"ruth", "me and will are putting the lanterns out now", "doing:lanterns"},
		// near misses
		{"ruth", "me and will will put the lanterns out later", ""},
		{"ruth", "me and will will put the lanterns out", "!done"},
		{"ruth", "i will put the lanterns out", ""},
		{"lee", "jo an tariq done the tuck shop", ""},
		{"ruth", "will is doing the lanterns", ""},
		{"ruth", "will n mel done the lanterns", ""},
		{"lee", "me an jo will do the badge table after", ""},
	})
}

// TestUnderstand_ModalNameAfterFor: "will" right after "for" or "with"
// can only be Will, never a plan: "sorted the lanterns for will there all
// out" is the lanterns done. A real plan, a thing's future and news of
// where things are do not tick the job.
func TestUnderstand_ModalNameAfterFor(t *testing.T) {
	checkOn(t, planNight(t, fixjDiscoPlan), "18:15", []readCase{
		{"lee", "sorted the lanterns for will there all out", "done:lanterns"},
		{"mel", "put the lanterns out for will they all look nice", "done:lanterns"},
		// near misses
		{"mel", "ill do the lanterns for will later", ""},
		{"mel", "the lanterns for will are in the box", "!done"},
		{"mel", "any help with will be great", ""},
		{"lee", "the tuck shop will open at 7", ""},
	})
}

// TestUnderstand_PutOutThenPraised: the sender telling that they put the
// job's things out somewhere, then how lovely they look, has done the job.
// Praise alone, someone else's work, a denial and things put in a box
// are not the job done.
func TestUnderstand_PutOutThenPraised(t *testing.T) {
	checkOn(t, planNight(t, fixjDiscoPlan), "18:15", []readCase{
		{"ruth", "ok so i put all the lanterns on the tables they look lovely", "done:lanterns"},
		{"ruth", "put the lanterns by the door they look great x", "done:lanterns"},
		// near misses
		{"ruth", "the lanterns look lovely", ""},
		{"ruth", "i put the lanterns in the box they look lovely", ""},
		{"ruth", "jo put the lanterns out they look lovely", ""},
		{"ruth", "i didnt put the lanterns out they look lovely tho", ""},
	})
}

// TestUnderstand_OnOfAnotherThing: "on" said of a thing no word of the
// job names ("badges on" for "Greet guests at the door") does not make
// the job under way when the text says the job's own verb: "everyone
// greeted in and got their badges on" is the greeting done.
func TestUnderstand_OnOfAnotherThing(t *testing.T) {
	checkOn(t, planNight(t, fixjDiscoPlan), "19:30", []readCase{
		{"mel", "evryone greeted in and got there badges on", "done:greet"},
		{"mel", "all guests greeted badges on", "done:greet"},
		{"mel", "greeting everyone badges on", "doing:greet"},
		// near misses
		{"mel", "badges on", "!done:greet"},
		{"mel", "not greeted everyone yet badges on tho", ""},
	})
}

// TestUnderstand_NoMoreAfterDone: "no more" after a word of done tells
// the end again ("game finished no more turns"); it denies nothing. Said
// first, after a denial, or with no word of done, it ticks nothing.
func TestUnderstand_NoMoreAfterDone(t *testing.T) {
	checkOn(t, planNight(t, fixjDiscoPlan), "20:30", []readCase{
		{"tariq", "hoopla game finished no more turns", "done:hoopla"},
		{"tariq", "last go on the hoopla dun. game finished no more goes", "done:hoopla"},
		{"lee", "tuck shop done no more sweets to sell", "done:tuck"},
		// near misses
		{"tariq", "no more turns on the hoopla", "!done"},
		{"tariq", "hoopla not finished no more rings tho", ""},
		{"lee", "tuck shop no more crisps", "!done"},
	})
}

// TestUnderstand_ActivityEnded: an activity named by its "-ing" word and
// said to be over ("badge making all finished") is the running of it, not
// the setting up of its table. The table said finished still asks, set up
// is the setup job, and not finished yet ticks nothing.
func TestUnderstand_ActivityEnded(t *testing.T) {
	checkOn(t, planNight(t, fixjDiscoPlan), "20:30", []readCase{
		{"jo", "badge making all finished 30 badges made!!", "done:badges"},
		{"jo", "badge making done", "done:badges"},
		// near misses
		{"jo", "badge making table finished", "ask"},
		{"jo", "badge making table all set up", "done:crafttable"},
		{"jo", "badge making not finished yet", ""},
	})
}
