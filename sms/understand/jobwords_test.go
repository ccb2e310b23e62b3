package understand_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// barnPlan is a night nobody tuned on: jobs whose titles start with a verb
// that says the state they leave things in ("Close", "Open", "Heat up"),
// a phrasal verb ("Look after"), two jobs on one thing at each end of the
// night, and a job word that is also said of other things ("screen").
const barnPlan = `{"id":"n9","title":"Barn Dance","venue":"Oak Farm Barn","people":[
 {"id":"ann","name":"Ann","phone":"+447700900901","roles":["committee"]},
 {"id":"lee","name":"Lee","phone":"+447700900902","roles":["committee"]},
 {"id":"mo","name":"Mo","phone":"+447700900903","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900904","roles":["staff"]}],
"jobs":[
 {"id":"shut","title":"Close the shutters","phase":"setup","who":["ann"]},
 {"id":"soup","title":"Heat up the soup","phase":"setup","who":["lee"]},
 {"id":"flags","title":"Hang up the flags","phase":"setup","who":["mo"]},
 {"id":"screen","title":"Put up the screen","phase":"setup","who":["lee"]},
 {"id":"jug","title":"Fill the water jug","phase":"setup","who":["mo"]},
 {"id":"briefing","title":"Give the team briefing","phase":"briefing","who":["pat"]},
 {"id":"slides","title":"Start the slideshow","phase":"during","who":["ann"]},
 {"id":"singers","title":"Look after the singers","phase":"during","who":["lee"]},
 {"id":"flagsdown","title":"Take down the flags","phase":"close","who":["mo"]},
 {"id":"open","title":"Open the shutters","phase":"close","who":["ann"]},
 {"id":"home","title":"Help people get home","phase":"close","who":["pat"]}],
"timeline":[{"at":"19:00","title":"Dancing starts"}],"rides":[]}`

func barnNight(t *testing.T) *night.Night {
	t.Helper()
	return planNight(t, barnPlan)
}

func checkBarn(t *testing.T, n *night.Night, cases []readCase) {
	t.Helper()
	checkOn(t, n, "19:00", cases)
}

// TestUnderstand_TitleVerbPastIsDone: the past of the verb a job's title
// starts with says the job is done, even when that verb is also a word of
// starting ("opened", "started").
func TestUnderstand_TitleVerbPastIsDone(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"ann", "opened the shutters back up", "done:open"},
		{"ann", "shutters opened", "done:open"},
		{"ann", "slideshow started", "done:slides"},
		{"ann", "opening the shutters now", "doing:open"},
	})
}

// TestUnderstand_ResultStateIsDone: the state a job's verb leaves things
// in, said of the job's things, says it is done: "shutters shut" for
// "Close the shutters", "soup is piping hot" for "Heat up the soup".
func TestUnderstand_ResultStateIsDone(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"ann", "shutters all shut its proper dark now", "done:shut"},
		{"ann", "shutters open", "done:open"},
		{"lee", "soup is piping hot now", "done:soup"},
		{"lee", "hot soup is piping hot now", "done:soup"},
		{"mo", "water jug is full", "done:jug"},
		{"ann", "slideshow is on", "done:slides"},
		{"ann", "pressed play slideshow is on", "done:slides"},
	})
}

// TestUnderstand_InHereIsNoArrival: "in here" says where the sender is,
// not that they have just come.
func TestUnderstand_InHereIsNoArrival(t *testing.T) {
	n := barnNight(t)
	for _, text := range []string{"its freezing in here", "proper dark in here now", "its so loud in here lol"} {
		if in := understand.Understand(text, n, "ann", understand.Context{Now: "19:00"}); in.Kind == understand.Here {
			t.Errorf("%q checked the sender in", text)
		}
	}
	checkBarn(t, n, []readCase{
		{"ann", "im in here now", "here"},
		{"ann", "im here", "here"},
	})
}

// TestUnderstand_ProgressiveParticleIsDoing: "up" after a word of doing
// belongs to that verb ("warming up"); it is not the state "up".
func TestUnderstand_ProgressiveParticleIsDoing(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"lee", "soup is in the pan warmin up", "doing:soup"},
		{"lee", "soup heating up", "doing:soup?"},
		{"mo", "flags up", "done:flags"},
	})
}

// TestUnderstand_PartWayIsDoing: "halfway", "nearly", "almost" before or
// instead of a done word say the job is under way, not done; of two jobs
// on one thing, the earlier while it is not done.
func TestUnderstand_PartWayIsDoing(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		// Flags are not taken down before they are put up.
		{"mo", "halfway thru the flags", "doing:flags"},
		{"mo", "nearly done the flags", "doing:flags"},
		{"lee", "soup almost ready", "doing:soup"},
		{"lee", "halfway thru the soup", "doing:soup"},
		{"ann", "slideshow half done", "doing:slides?"},
	})
}

// TestUnderstand_ParticleAfterJobIsDone: a title's particle said right
// after the job's words is done even when more follows: "flags all down
// and back in the bag".
func TestUnderstand_ParticleAfterJobIsDone(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"mo", "flags all down and back in the bag", "done:flagsdown"},
		{"mo", "flags down, bag in the cupboard", "done:flagsdown"},
	})
}

// TestUnderstand_PhrasalTitleVerbNamesJob: a title's verb with its little
// word ("looking after") names that job over a word another job has.
func TestUnderstand_PhrasalTitleVerbNamesJob(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"lee", "the singers have had their water and are packing up now so im finished looking after them", "done:singers"},
		{"mo", "taking down the flags", "doing:flagsdown"},
	})
}

// TestUnderstand_OnAJobNeedsTheSender: "on the screen" after a word about
// something else says where a thing is seen, not that the sender is on a
// job.
func TestUnderstand_OnAJobNeedsTheSender(t *testing.T) {
	n := barnNight(t)
	for _, text := range []string{"the slideshow looks lovely on the screen", "photos look great on the big screen"} {
		in := understand.Understand(text, n, "lee", understand.Context{Now: "19:00"})
		if in.Kind == understand.Doing || in.Kind == understand.Done {
			t.Errorf("%q = %s; want no job", text, in.Expect(n))
		}
	}
	checkBarn(t, n, []readCase{
		{"lee", "on the screen now", "doing:screen"},
		{"lee", "im on the screen", "doing:screen"},
	})
}

// TestUnderstand_ArrivalWithALift: arriving with a lift from family or a
// support worker, or by car, checks the sender in.
func TestUnderstand_ArrivalWithALift(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"ann", "arrived mum dropped me off", "here"},
		{"ann", "just arrived at oak farm, car is parked round the back", "here"},
		{"ann", "got to the barn, my support worker dropped me off", "here"},
		{"ann", "my dad just dropped me off", "here"},
	})
}

// TestUnderstand_AwayFromIsNoCloseCue: "away from" says where, not
// putting away, so it does not move a job to the end of the night.
func TestUnderstand_AwayFromIsNoCloseCue(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"pat", "briefing done, everyone knows to keep bags away from the fire exits", "done:briefing"},
	})
}

// TestUnderstand_LeaverIsTheSubject: someone named in another part of a
// goodbye is not the one leaving.
func TestUnderstand_LeaverIsTheSubject(t *testing.T) {
	n := barnNight(t)
	in := understand.Understand("heading off now, lee is looking after the last taxis", n, "pat", understand.Context{Now: "19:00"})
	if in.Kind != understand.Leaving || in.Person != "" {
		t.Errorf("got %+v; want the sender leaving", in)
	}
}

// TestUnderstand_NoWaitIsUndo: "no wait thats wrong" takes back.
func TestUnderstand_NoWaitIsUndo(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"mo", "no wait thats wrong", "undo"},
		{"mo", "no wait", "undo"},
	})
}

// TestUnderstand_ParticleOfAGerundIsNotDone: a little word that belongs
// to a word of work under way ("ticking people off") or follows a general
// word does not say a job is done.
func TestUnderstand_ParticleOfAGerundIsNotDone(t *testing.T) {
	n := barnNight(t)
	for _, tc := range []readCase{
		{"mo", "taking the flags down now", "doing:flagsdown"},
		{"pat", "seeing people home, will text when all off", "unknown"},
	} {
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:00"})
		if in.Kind == understand.Done {
			t.Errorf("%s %q = %s; want no job done", tc.from, tc.text, in.Expect(n))
		}
	}
}

// TestUnderstand_WordBeforeJobNamesIt: a common word said as the name of
// a job ("the home job") names the job whose title has it.
func TestUnderstand_WordBeforeJobNamesIt(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"pat", "everyone got off safe so the home time job is done", "done:home"},
		{"pat", "home job done", "done:home"},
		{"pat", "home time now", "unknown"},
	})
}

// TestUnderstand_MyJobDoneWithItsWord: "my job done" with a word of one
// of the sender's jobs, even a common one, ticks that job; the guests
// going home are not the sender leaving.
func TestUnderstand_MyJobDoneWithItsWord(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"pat", "all the guests are away home safe thats my job done", "done:home"},
		{"pat", "all done, going home now", "leaving"},
	})
}

// TestUnderstand_SomethingElseArrived: "the dj has arrived" is not the
// sender coming, nor is "lee has arrived"; "going up" is doing.
func TestUnderstand_SomethingElseArrived(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"ann", "the singers have arrived", "!here"},
		{"ann", "the soup is here", "!here"},
		{"ann", "i have arrived", "here"},
		{"ann", "we are here", "here"},
		{"mo", "flags going up now", "doing:flags"},
	})
	// Another member's arrival is news of them; they check in themselves.
	checkBarn(t, barnNight(t), []readCase{
		{"ann", "lee has arrived", ""},
		{"pat", "Lee is here now", ""},
	})
}

// TestUnderstand_ActivityOnIsDoing: "on" said of an activity of the night
// says it is under way; of a thing a job switches on, that it is done.
func TestUnderstand_ActivityOnIsDoing(t *testing.T) {
	n := planNight(t, `{"id":"n10","title":"Fun Night","people":[
 {"id":"ann","name":"Ann","phone":"+447700900911","roles":["committee"]}],
"jobs":[
 {"id":"lamps","title":"Set up the lamps","phase":"setup","who":["ann"]},
 {"id":"lotto","title":"Call the lotto","phase":"during","who":["ann"]}],
"timeline":[{"at":"19:00","title":"Lotto"}],"rides":[]}`)
	for _, tc := range []readCase{
		{"ann", "lotto on", "doing:lotto"},
		{"ann", "lotto is on now", "doing:lotto"},
		{"ann", "lamps on", "done:lamps"},
	} {
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:00"})
		CheckValid(t, n, tc.text, in)
		if got := in.Expect(n); got != tc.want {
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
}

// TestUnderstand_OnWithMoreIsNoNews: "on" followed by more words ("on at
// 7", "on pause") is a plan or a state, not news of the job.
func TestUnderstand_OnWithMoreIsNoNews(t *testing.T) {
	n := barnNight(t)
	for _, text := range []string{"slideshow on at 7", "the slideshow is on pause", "slideshow is on in 5 mins"} {
		in := understand.Understand(text, n, "ann", understand.Context{Now: "19:00"})
		if in.Kind == understand.Done || in.Kind == understand.Doing {
			t.Errorf("%q = %s; want no job changed", text, in.Expect(n))
		}
	}
}

// TestUnderstand_OppositeStateIsNotDone: a state that undoes what a job's
// verb does ("lamps are out" for "Light the lamps") does not tick it.
func TestUnderstand_OppositeStateIsNotDone(t *testing.T) {
	n := planNight(t, `{"id":"n11","title":"Lamp Night","people":[
 {"id":"ann","name":"Ann","phone":"+447700900921","roles":["committee"]}],
"jobs":[
 {"id":"lamps","title":"Light the paper lamps","phase":"setup","who":["ann"]},
 {"id":"chairs","title":"Put out the chairs","phase":"setup","who":["ann"]}],
"timeline":[{"at":"19:00","title":"Doors open"}],"rides":[]}`)
	for _, text := range []string{"lamps are out", "one lamp went out", "paper lamps off"} {
		if in := understand.Understand(text, n, "ann", understand.Context{Now: "19:00"}); in.Kind == understand.Done {
			t.Errorf("%q = %s; want the lamps not ticked", text, in.Expect(n))
		}
	}
	for _, tc := range []readCase{{"ann", "lamps lit", "done:lamps"}, {"ann", "chairs out", "done:chairs"}} {
		if got := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:00"}).Expect(n); got != tc.want {
			t.Errorf("%q = %s; want %s", tc.text, got, tc.want)
		}
	}
}

// TestUnderstand_StillStateIsNoNews: a state after "still" says how things
// have stayed; it neither ticks nor starts a job. Work "still" going on
// is still doing.
func TestUnderstand_StillStateIsNoNews(t *testing.T) {
	n := barnNight(t)
	for _, text := range []string{"one shutter is still open", "flags still up"} {
		if in := understand.Understand(text, n, "ann", understand.Context{Now: "19:00"}); in.Kind == understand.Done || in.Kind == understand.Doing {
			t.Errorf("%q = %s; want no job changed", text, in.Expect(n))
		}
	}
	checkBarn(t, n, []readCase{{"mo", "still hanging the flags", "doing:flags"}})
}

// TestUnderstand_OwnVerbIsNotTheOtherEnd: "folded" usually speaks of
// packing away, but when the job read is "Fold the napkins" it is that
// job's own verb, so it stays that job and does not jump to the napkin job
// at the close.
func TestUnderstand_OwnVerbIsNotTheOtherEnd(t *testing.T) {
	checkBarn(t, planNight(t, `{"id":"td","title":"Tea Dance","people":[
 {"id":"ida","name":"Ida","phone":"+447700900911","roles":["committee"]},
 {"id":"ray","name":"Ray","phone":"+447700900912","roles":["committee"]}],
"jobs":[
 {"id":"fold","title":"Fold the napkins","phase":"setup","who":["ida"]},
 {"id":"cups","title":"Put out the cups","phase":"setup","who":["ray"]},
 {"id":"gather","title":"Gather up the used napkins","phase":"close","who":["ida"]},
 {"id":"tables","title":"Put out the tables","phase":"setup","who":["ray"]},
 {"id":"stack","title":"Stack the tables away","phase":"close","who":["ray"]}],
"timeline":[],"rides":[]}`), []readCase{
		{"ida", "napkins all folded", "done:fold"},
		{"ida", "folded all the napkins", "done:fold"},
		// A cue that is not the job's own verb still points at the close.
		{"ray", "tables stacked away", "done:stack"},
	})
}

// TestUnderstand_OnMyWayUpTo: "on my way up to" a job, like "on my way
// to" it, says the job is starting; the "up" is the way there, not the
// state "up" that says a job is done.
func TestUnderstand_OnMyWayUpTo(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"lee", "on my way up to look after the singers now", "doing:singers"},
		{"lee", "on my way over to heat up the soup", "doing:soup"},
		{"mo", "heading up to hang up the flags", "doing:flags"},
	})
}

// TestUnderstand_ThingNamesTheJobMoreThanTheVerb: "handing out" is the
// verb of "Hand out the raffle tickets", but "lollies" names "Give out the
// ice lollies": the thing says which job. A timeline act whose name holds
// a problem word ("The Puddle Jumpers") is the act, and a job about first
// aid does not hide a call for first aid.
func TestUnderstand_ThingNamesTheJobMoreThanTheVerb(t *testing.T) {
	checkBarn(t, planNight(t, `{"id":"fd","title":"Fun Day","people":[
 {"id":"ann","name":"Ann","phone":"+447700900931","roles":["committee"]},
 {"id":"lee","name":"Lee","phone":"+447700900932","roles":["committee"]},
 {"id":"kit","name":"Kit","phone":"+447700900933","roles":["staff"]}],
"jobs":[
 {"id":"raffle","title":"Hand out the raffle tickets","phase":"during","who":["ann"]},
 {"id":"lollies","title":"Give out the ice lollies","phase":"during","who":["lee"]},
 {"id":"act","title":"Introduce the support act","phase":"during","who":["lee"]},
 {"id":"aid","title":"Check the first aid kit","phase":"setup","who":["kit"]}],
"timeline":[{"at":"19:30","title":"Support act: The Puddle Jumpers"}],"rides":[]}`), []readCase{
		{"lee", "handin out lollys now", "doing:lollies"},
		{"ann", "handing out the raffle tickets", "doing:raffle"},
		{"lee", "about to go on and introduce the puddle jumpers", "doing:act"},
		{"ann", "need first aid in the hall now", "problem:unwell"},
	})
}

// TestUnderstand_StartAtAClockTimeIsAPlan: "i will start the slideshow at
// 8" plans a start; "start" only makes it news with "now".
func TestUnderstand_StartAtAClockTimeIsAPlan(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"ann", "i will start the slideshow at 8", ""},
		{"ann", "gonna start slideshow at half 8", ""},
		{"ann", "gonna start the slideshow now", "doing:slides"},
		{"ann", "starting the slideshow", "doing:slides"},
	})
}

// TestUnderstand_FixedWordsInsideAName: "sign in" is words of arriving,
// but "sign in table ready" names "Set up the sign-in table"; alone,
// "signed in" is still the sender arriving.
func TestUnderstand_FixedWordsInsideAName(t *testing.T) {
	checkBarn(t, planNight(t, `{"id":"kn","title":"Karaoke Night","people":[
 {"id":"hope","name":"Hope","phone":"+447700900941","roles":["committee"]},
 {"id":"cy","name":"Cy","phone":"+447700900942","roles":["staff"]}],
"jobs":[
 {"id":"desk","title":"Set up the sign-in table","phase":"setup","who":["hope"]},
 {"id":"list","title":"Tick people off the list","phase":"during","who":["hope"]},
 {"id":"tables","title":"Put out the tables","phase":"setup","who":["cy"]}],
"timeline":[],"rides":[]}`), []readCase{
		{"hope", "sign in table redy with the pens and the list", "done:desk"},
		{"hope", "just signed in", "here"},
	})
}

// TestUnderstand_PutToldAsNews: "put" is its own past, so "put the screen
// on the stage" tells a job done ("on" says where); a plan or a question
// with "put" ticks nothing.
func TestUnderstand_PutToldAsNews(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"lee", "put the screen on the stage", "done:screen"},
		{"lee", "i will put the screen up later", ""},
		{"lee", "can u put the screen on the stage?", "!done"},
	})
}

// TestUnderstand_DoingWordBeforeTheJob: any doing word leading the text,
// right before a job's words, says the job is under way ("ladling the
// soup now"); a word of feeling does not ("loving
// the soup"). "werkin" is "working", which says a thing works: done.
func TestUnderstand_DoingWordBeforeTheJob(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"lee", "ladling the soup now", "doing:soup"},
		{"lee", "zapping the soup in the microwave", "doing:soup"},
		{"lee", "loving the soup", "!doing"},
		{"lee", "screen r werkin", "done:screen"},
	})
}

// TestUnderstand_PastBesideTheJob: any verb in the past told right beside
// the one job's words says it is done ("screen polished", "scrubbed the
// water jug"); a past of wanting, enjoying or arriving does not.
func TestUnderstand_PastBesideTheJob(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"mo", "scrubbed the water jug", "done:jug"},
		{"lee", "screen polished", "done:screen"},
		{"mo", "i wanted the water jug", "!done"},
		{"lee", "just got to the screen", "!done"},
		{"lee", "i hope everyone enjoyed the soup", "!done"},
	})
}

// TestUnderstand_LooksAmazingIsPraise: how a job's things look, with no
// word of done, is praise ("the photos on the deckchairs look amazing");
// with one, the job is done ("photo spot is up it looks lovely").
func TestUnderstand_LooksAmazingIsPraise(t *testing.T) {
	checkBarn(t, planNight(t, `{"id":"ss","title":"Seaside","people":[
 {"id":"ava","name":"Ava","phone":"+447700900971","roles":["committee"]}],
"jobs":[{"id":"photo","title":"Set up the deckchair photo spot","phase":"setup","who":["ava"]}],
"timeline":[],"rides":[]}`), []readCase{
		{"ava", "the photos on the deckchairs look amazing", ""},
		{"ava", "photo spot is up it looks lovely", "done:photo"},
	})
}

// TestUnderstand_TheJobTheTextOpensWith: "briefing done, everyone knows
// the singers and the soup" is the briefing done; the jobs named after it
// are what the sender says next.
func TestUnderstand_TheJobTheTextOpensWith(t *testing.T) {
	p, err := night.ParsePlan([]byte(strings.Replace(barnPlan, `"who":["pat"]}`, `"who":["pat","lee"]}`, 1)))
	if err != nil {
		t.Fatal(err)
	}
	checkBarn(t, night.NewNight(p), []readCase{
		{"lee", "Briefing done, everyone knows to look after the singers and heat up the soup.", "done:briefing"},
		{"lee", "briefing finished, the singers are happy", "done:briefing"},
	})
}

// TestUnderstand_QuestionOfTwoEndsIsAnswered: asked about a thing with a
// job at each end of the night ("has mo done the flags?"), it answers
// with the first of them; a question changes nothing either way.
func TestUnderstand_QuestionOfTwoEndsIsAnswered(t *testing.T) {
	n := barnNight(t)
	in := understand.Understand("Has Mo done the flags?", n, "pat", understand.Context{Now: "19:00"})
	if in.Kind != understand.Status || in.Job != jobNumber(t, n, "flags") {
		t.Errorf("%q = %+v; want the status of %q", "Has Mo done the flags?", in, "Hang up the flags")
	}
}

// TestUnderstand_LittleWordsPickNoJob: "and" is in "Switch off and pack
// away the tiki torches" but says nothing of it: "tiki torches r on and
// wrking" must not tick the close-down job.
func TestUnderstand_LittleWordsPickNoJob(t *testing.T) {
	checkBarn(t, planNight(t, `{"id":"lu","title":"Luau","people":[
 {"id":"dan","name":"Dan","phone":"+447700900995","roles":["committee"]}],
"jobs":[{"id":"tiki","title":"Set up the tiki torches","phase":"setup","who":["dan"]},
 {"id":"off","title":"Switch off and pack away the tiki torches","phase":"close","who":["dan"]}],
"timeline":[],"rides":[]}`), []readCase{{"dan", "tiki torches r on and wrking", "!done:off"}})
}

// TestUnderstand_NothingLeftAndPluggedIn: "nothing left" after the news
// says all is used up, it denies nothing ("soup all served nothing
// left"); "plugging in" speaks of setting up, so of two jobs on one thing
// it is the setup one.
func TestUnderstand_NothingLeftAndPluggedIn(t *testing.T) {
	checkBarn(t, planNight(t, `{"id":"pn2","title":"Karaoke","people":[
 {"id":"carl","name":"Carl","phone":"+447700900989","roles":["committee"]}],
"jobs":[{"id":"soup","title":"Serve the soup","phase":"during","who":["carl"]},
 {"id":"machine","title":"Set up the karaoke machine","phase":"setup","who":["carl"]},
 {"id":"away","title":"Pack away the karaoke machine","phase":"close","who":["carl"]}],
"timeline":[],"rides":[]}`), []readCase{
		{"carl", "soup all served nothing left lol", "done:soup"},
		{"carl", "pluggin in the karaoke machine now", "doing:machine"},
		{"carl", "soup not served yet", "!done"},
	})
}
