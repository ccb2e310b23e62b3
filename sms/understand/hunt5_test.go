package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"

	"github.com/clubnight/clubnight/sms/understand"
)

// gardenPartyPlan is a made-up garden party for the job progress hunt:
// names that are words (Faith, Joy, Sky), similar names (Rob, Robbie), a
// person with two jobs on one thing (Joy puts the cakes on stands and
// cuts the cakes), placing titles ("Put the cakes on stands", "Put the
// games back in the shed") and a job that takes things down at the close
// that another person's words may sound like.
const gardenPartyPlan = `{"id":"g5","title":"Garden Party","venue":"Smoke Lane Hall","people":[
 {"id":"faith","name":"Faith","phone":"+447700900951","roles":["committee"]},
 {"id":"joy","name":"Joy","phone":"+447700900952","roles":["committee"]},
 {"id":"sky","name":"Sky","phone":"+447700900953","roles":["committee"]},
 {"id":"rob","name":"Rob","phone":"+447700900954","roles":["committee"]},
 {"id":"robbie","name":"Robbie","phone":"+447700900955","roles":["volunteer"]},
 {"id":"lou","name":"Lou","phone":"+447700900956","roles":["staff"]}],
"jobs":[
 {"id":"stands","title":"Put the cakes on stands","phase":"setup","who":["joy"]},
 {"id":"rugs","title":"Put the picnic rugs out","phase":"setup","who":["sky"]},
 {"id":"hang","title":"Hang the flags","phase":"setup","who":["rob"]},
 {"id":"coats","title":"Look after the coats","phase":"during","who":["faith"]},
 {"id":"cut","title":"Cut the cakes","phase":"during","who":["joy"]},
 {"id":"shed","title":"Put the games back in the shed","phase":"close","who":["robbie"]},
 {"id":"flags_down","title":"Take down the flags","phase":"close","who":["rob"]},
 {"id":"bins","title":"Empty the bins","phase":"close","who":["sky"]},
 {"id":"pour","title":"Pour the lemonade","phase":"during","who":["sky"]}],
"timeline":[{"at":"14:00","title":"Gates open"},{"at":"15:00","title":"The Larks sing"},{"at":"17:00","title":"Home time"}],
"rides":[{"id":"g1","name":"Ivy","pickup":"taxi","at":"17:00","note":"Ace Cars"}]}`

func checkGarden(t *testing.T, cases []readCase) {
	t.Helper()
	checkOn(t, planNight(t, gardenPartyPlan), "15:30", cases)
}

// TestUnderstand_NameAfterIsAsks: "is faith on the coats" asks about
// Faith, even from Faith, whose own name is otherwise a word of greeting
// left out of the reading; it ticks nothing.
func TestUnderstand_NameAfterIsAsks(t *testing.T) {
	checkGarden(t, []readCase{
		{"faith", "is faith on the coats", ""},
		{"faith", "is faith on the coats now", ""},
		{"joy", "has joy done the cakes", ""},
		{"sky", "is faith on the coats", ""},
		{"faith", "on the coats now", "doing:coats"},
		{"faith", "faith here on the coats", "!done"},
	})
}

// TestUnderstand_LittleWordNamesNoJob: the little word of another job's
// title ("Take down the flags") names no job on its own: "rugs all down on
// the grass" is Sky's rugs, and "all down now" from someone with no job
// taking things down ticks nobody's.
func TestUnderstand_LittleWordNamesNoJob(t *testing.T) {
	checkGarden(t, []readCase{
		{"sky", "picnic blankets all down on the grass", "!done:flags_down"},
		{"sky", "all down now", "!done:flags_down"},
		{"joy", "everything is round the back", "!done"},
		{"rob", "flags down", "done:flags_down"},
		{"rob", "took the flags down", "done:flags_down"},
		{"robbie", "games all back in the shed", "!done:flags_down"},
	})
}

// TestUnderstand_PlacedAsTheTitleSays: a title that puts things somewhere
// ("Put the cakes on stands", "Put the games back in the shed") is done
// when the text says the things are there: the thing, then the title's own
// word of place. Started, asked or denied, it is not done.
func TestUnderstand_PlacedAsTheTitleSays(t *testing.T) {
	checkGarden(t, []readCase{
		{"joy", "cakes on stands", "done:stands"},
		{"joy", "all the cakes r on the stands now", "done:stands"},
		{"robbie", "games back in shed", "done:shed"},
		{"robbie", "games all in the shed", "done:shed"},
		{"joy", "putting cakes on stands", "doing:stands"},
		{"joy", "cakes not on stands yet", ""},
		{"joy", "are the cakes on stands", ""},
		{"faith", "on the coats", "doing:coats"},
	})
}

// TestUnderstand_PutUpBeforeTakeDown: of the sender's two jobs on one
// thing, one at the setup and one at the close ("Hang the flags", "Take
// down the flags"), news with no word of which end is the setup one while
// it is not done and the night is not at its end: nothing is taken down
// before it is up. Once it is done, or at home time, or with a word of
// packing away, it is the close one; a question still asks.
func TestUnderstand_PutUpBeforeTakeDown(t *testing.T) {
	checkGarden(t, []readCase{
		{"rob", "doing the flags now", "doing:hang"},
		{"rob", "halfway through the flags", "doing:hang"},
		{"rob", "all sorted the flags", "done:hang"},
		{"rob", "flags ✅", "done:hang"},
		{"rob", "flags off the wall", "!done:hang"},
		{"rob", "flags in the box", "!done:hang"},
		{"rob", "took the flags", "!done:hang"},
		{"rob", "shall i do the flags", ""},
	})
	n := planNight(t, gardenPartyPlan)
	n = MustApply(t, n, night.Command{Type: night.CmdDone, By: "rob", Job: 3}) // Hang the flags
	checkReading(t, n, understand.Context{Now: "15:30"}, "rob", "all sorted the flags", "done:flags_down")
	late := planNight(t, gardenPartyPlan)
	checkReading(t, late, understand.Context{Now: "17:30"}, "rob", "all sorted the flags", "!done:hang")
}

// TestUnderstand_EveryoneHasTheThing: "every one has a glass of lemonade"
// from the person who pours it says everyone has what the job gives out:
// the job is done. Asked, denied, all but someone, or from someone else,
// it ticks nothing.
func TestUnderstand_EveryoneHasTheThing(t *testing.T) {
	checkGarden(t, []readCase{
		{"sky", "every one has a glass of lemonade", "done:pour"},
		{"sky", "everyone has lemonade now", "done:pour"},
		{"sky", "evry1 has sum lemonade", "done:pour"},
		{"sky", "does everyone have lemonade", ""},
		{"sky", "everyone has lemonade except ivy", "!done"},
		{"sky", "not everyone has lemonade", ""},
		{"joy", "everyone has lemonade", "!done"},
	})
}

// TestUnderstand_PlaceOnIsNotTheJob: "stands on" names where "Put the
// cakes on stands" puts its things, not the things: it says nothing of the
// job. The things on are still news: "cakes on".
func TestUnderstand_PlaceOnIsNotTheJob(t *testing.T) {
	checkGarden(t, []readCase{
		{"robbie", "shed on", "!done"},
		{"robbie", "shed light on", "!done"},
		{"joy", "cakes on", "done:stands"},
	})
}

// TestUnderstand_OtherJobsVerbAsks: "emptied the lemonade jug" from Sky,
// who pours the lemonade and empties the bins, says the verb of one of her
// jobs of the thing of the other: it asks which, and ticks neither alone.
func TestUnderstand_OtherJobsVerbAsks(t *testing.T) {
	checkGarden(t, []readCase{
		{"sky", "emptied all the lemonade", "ask"},
		{"sky", "poured the lemonade", "done:pour"},
		{"sky", "emptied the bins", "done:bins"},
		{"sky", "lemonade done", "done:pour"},
	})
}

// TestUnderstand_AtTheJobsPlace: "at the gate now" from the person whose
// job is "Take tickets at the gate" says they are on it, as "on the gate"
// does. From anyone else, asked or denied, it starts nothing.
func TestUnderstand_AtTheJobsPlace(t *testing.T) {
	const plan = `{"id":"g6","title":"Fete","people":[
 {"id":"hope","name":"Hope","phone":"+447700900961","roles":["committee"]},
 {"id":"will","name":"Will","phone":"+447700900962","roles":["committee"]}],
"jobs":[
 {"id":"gate","title":"Take tickets at the gate","phase":"during","who":["hope"]},
 {"id":"tombola","title":"Help at the tombola stall","phase":"during","who":["will"]}],
"timeline":[{"at":"14:00","title":"Gates open"},{"at":"17:00","title":"Home time"}]}`
	for _, tc := range []readCase{
		{"hope", "at the gate now", "doing:gate"},
		{"hope", "im at the gate taking tickets", "doing:gate"},
		{"will", "at the tombola stall now", "doing:tombola"},
		{"will", "at the gate now", "!doing"},
		{"hope", "are you at the gate", ""},
		{"hope", "not at the gate yet", ""},
		{"hope", "at the gate at 3", ""},
	} {
		checkReading(t, planNight(t, plan), understand.Context{Now: "15:00"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_OnTheJobsOtherWord: "on coats" from the person who looks
// after the cloakroom is on that job, as "on the cloakroom" is: a word
// the job is known by leads after "on" as a title word does.
func TestUnderstand_OnTheJobsOtherWord(t *testing.T) {
	const plan = `{"id":"g7","title":"Disco","people":[
 {"id":"faith","name":"Faith","phone":"+447700900971","roles":["committee"]},
 {"id":"rob","name":"Rob","phone":"+447700900972","roles":["committee"]}],
"jobs":[
 {"id":"cloaks","title":"Look after the cloakroom","phase":"during","who":["faith"]},
 {"id":"bar","title":"Run the bar","phase":"during","who":["rob"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"22:00","title":"Home time"}]}`
	for _, tc := range []readCase{
		{"faith", "on coats", "doing:cloaks"},
		{"faith", "on the coats now", "doing:cloaks"},
		{"rob", "on drinks", "doing:bar"},
		{"faith", "is faith on coats", ""},
	} {
		checkReading(t, planNight(t, plan), understand.Context{Now: "19:30"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_CantWaitDeniesNothing: "cant wait" says someone looks
// forward to something; it denies no news said with it.
func TestUnderstand_CantWaitDeniesNothing(t *testing.T) {
	checkGarden(t, []readCase{
		{"sky", "lemonade poured cant wait for everyone to come", "done:pour"},
		{"sky", "lemonade all poured, cannot wait for the larks", "done:pour"},
		{"sky", "lemonade not poured cant find the jug", ""},
		{"sky", "cant wait", ""},
	})
}

// TestUnderstand_OthersWillIsNoPlan: "everyone is gonna love it" after news
// of a job done says what others will feel, not that the job is still to
// do. The sender's own "i will", or the job's "will be", is still a plan.
func TestUnderstand_OthersWillIsNoPlan(t *testing.T) {
	checkGarden(t, []readCase{
		{"sky", "lemonade poured! everyone is gonna love it", "done:pour"},
		{"sky", "lemonade poured they will love it", "done:pour"},
		{"sky", "i will pour the lemonade", "!done"},
		{"sky", "lemonade will be poured soon", "!done"},
		{"sky", "lemonade poured and i will do the bins later", "!done:bins"},
	})
}

// TestUnderstand_OwnNameAndAnother: "rob and robbie done the flags" from
// Rob names the sender with someone else, as "me and robbie" does: it is
// the sender's news. "robbie done the flags" alone is Robbie's.
func TestUnderstand_OwnNameAndAnother(t *testing.T) {
	checkGarden(t, []readCase{
		{"rob", "rob and robbie done the flags", "done:hang"},
		{"rob", "robbie and rob have hung the flags", "done:hang"},
		{"rob", "robbie done the flags", ""},
		{"rob", "sky and robbie done the flags", ""},
	})
}

// TestUnderstand_CueOnlyBetweenOneThing: "lemonade table ready" names
// Sky's lemonade and, by "table", nothing of hers; a word of the setup
// ("ready") picks between jobs on one thing, never a job on another thing.
func TestUnderstand_CueOnlyBetweenOneThing(t *testing.T) {
	const plan = `{"id":"g8","title":"Fun day","people":[
 {"id":"sky","name":"Sky","phone":"+447700900981","roles":["committee"]}],
"jobs":[
 {"id":"games","title":"Set up the games table","phase":"setup","who":["sky"]},
 {"id":"drinks","title":"Pour the drinks","phase":"during","who":["sky"]}],
"timeline":[{"at":"18:00","title":"Doors open"},{"at":"22:00","title":"Home time"}]}`
	for _, tc := range []readCase{
		{"sky", "drinks table ready", "!done:games"},
		{"sky", "games table ready", "done:games"},
	} {
		checkReading(t, planNight(t, plan), understand.Context{Now: "19:30"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_ActivityGoing: "lemonade going well" for an activity of
// the night says it is under way, as "bingo on" does. Asked, denied, or
// of a thing set out before the night, it starts nothing.
func TestUnderstand_ActivityGoing(t *testing.T) {
	checkGarden(t, []readCase{
		{"sky", "lemonade going well", "doing:pour"},
		{"sky", "lemonade going", "doing:pour"},
		{"sky", "lemonade is going great", "doing:pour"},
		{"sky", "is the lemonade going", ""},
		{"sky", "lemonade not going well", "!doing"},
		{"sky", "lemonade going to be late", "!doing"},
		{"sky", "rugs going well", "!doing"},
	})
}

// TestUnderstand_PlanWithATimeIsNone: "will hang the flags at 2" is the
// sender's plan with a time: nothing changes and nobody need read it.
func TestUnderstand_PlanWithATimeIsNone(t *testing.T) {
	for _, tc := range []readCase{
		{"rob", "will hang the flags at 2", "none"},
		{"sky", "i will pour the lemonade at half 3", "none"},
		{"rob", "gonna take the flags down at the end", "none"},
	} {
		n := planNight(t, gardenPartyPlan)
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "13:30"})
		if got := in.Expect(n); got != tc.want {
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
}

// TestUnderstand_TitleVerbAlone: "hung" alone is the past of the verb of
// exactly one of Rob's jobs ("Hang the flags"): that job is done. A past
// that fits none, or two, of the sender's jobs is not guessed.
func TestUnderstand_TitleVerbAlone(t *testing.T) {
	checkGarden(t, []readCase{
		{"rob", "hung", "done:hang"},
		{"rob", "all hung now", "done:hang"},
		{"sky", "emptied", "done:bins"},
		{"sky", "poured them all", "done:pour"},
		{"rob", "emptied", "!done"},
		{"rob", "hung?", ""},
	})
}

// TestUnderstand_ActStartingIsNoJob: "the larks are starting" names an act
// on the running order and no job: the bare "starting" is the act's, so
// it asks nothing about the sender's jobs and changes nothing. "starting
// now" alone still asks which job.
func TestUnderstand_ActStartingIsNoJob(t *testing.T) {
	checkGarden(t, []readCase{
		{"sky", "the larks are starting", "none"},
		{"sky", "larks finished", "none"},
		{"sky", "starting now", "ask"},
	})
}

// TestUnderstand_ProcessOnIsStarted: "urn on" for "Boil the urn" says the
// boiling has begun, not that it is done; "urn boiled" is done. "lights on"
// for "Switch on the lights" stays done.
func TestUnderstand_ProcessOnIsStarted(t *testing.T) {
	const plan = `{"id":"g10","title":"Tea","people":[
 {"id":"rose","name":"Rose","phone":"+447700900992","roles":["committee"]}],
"jobs":[
 {"id":"urn","title":"Boil the urn","phase":"setup","who":["rose"]},
 {"id":"lights","title":"Switch on the fairy lights","phase":"setup","who":["rose"]}],
"timeline":[{"at":"18:00","title":"Doors open"},{"at":"22:00","title":"Home time"}]}`
	for _, tc := range []readCase{
		{"rose", "urn on", "doing:urn"},
		{"rose", "urns on now", "doing:urn"},
		{"rose", "urn boiled", "done:urn"},
		{"rose", "fairy lights on", "done:lights"},
	} {
		checkReading(t, planNight(t, plan), understand.Context{Now: "19:30"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_CleanIsWhatCleaningLeaves: "bins clean" is not it, but
// "tables all clean now" for "Wipe the tables" and "floor is clean" for
// "Sweep the floor" say the job's things are as the job leaves them.
func TestUnderstand_CleanIsWhatCleaningLeaves(t *testing.T) {
	const plan = `{"id":"g11","title":"Tea","people":[
 {"id":"pat","name":"Pat","phone":"+447700900993","roles":["committee"]}],
"jobs":[
 {"id":"wipe","title":"Wipe the tables","phase":"close","who":["pat"]},
 {"id":"sweep","title":"Sweep the floor","phase":"close","who":["pat"]},
 {"id":"cups","title":"Wash the cups","phase":"close","who":["pat"]}],
"timeline":[{"at":"18:00","title":"Doors open"},{"at":"22:00","title":"Home time"}]}`
	for _, tc := range []readCase{
		{"pat", "tables all clean now", "done:wipe"},
		{"pat", "floor is clean", "done:sweep"},
		{"pat", "cups clean and drying", "done:cups"},
		{"pat", "is the floor clean", ""},
		{"pat", "floor not clean yet", ""},
	} {
		checkReading(t, planNight(t, plan), understand.Context{Now: "19:30"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_PutDownIsPlacing: "put the cloths down on the tables"
// lays things down; "down" there is no word of the close of the night.
func TestUnderstand_PutDownIsPlacing(t *testing.T) {
	const plan = `{"id":"g12","title":"Craft","people":[
 {"id":"pat","name":"Pat","phone":"+447700900994","roles":["committee"]}],
"jobs":[
 {"id":"cloths","title":"Cover the tables with cloths","phase":"setup","who":["pat"]},
 {"id":"sweep","title":"Sweep the floor","phase":"close","who":["pat"]}],
"timeline":[{"at":"18:00","title":"Doors open"},{"at":"22:00","title":"Home time"}]}`
	for _, tc := range []readCase{
		{"pat", "put the cloths down on the tables", "done:cloths"},
		{"pat", "put cloths down", "done:cloths"},
		{"pat", "cloths packed down", "!done:cloths"},
	} {
		checkReading(t, planNight(t, plan), understand.Context{Now: "19:30"}, tc.from, tc.text, tc.want)
	}
}
