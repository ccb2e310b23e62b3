package understand_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// fixlRinkPlan is a made-up ice rink night for the wrongs found on nights
// written after the rules: a setup job and a during job on one thing told
// two ways (the sledging run, the toboggans), a verb of one title that is
// a thing of another (tickets, ticket the coats), a hall for a venue, and
// a guest whose name is also a word (Hope), fetched by her dad.
const fixlRinkPlan = `{"id":"fl","title":"Ice Rink Night","venue":"Millbrook Hall","people":[
 {"id":"ali","name":"Ali","phone":"+447700910001","roles":["committee"]},
 {"id":"ben","name":"Ben","phone":"+447700910002","roles":["committee"]},
 {"id":"cara","name":"Cara","phone":"+447700910003","roles":["committee"]},
 {"id":"dot","name":"Dot","phone":"+447700910004","roles":["staff","first aid"]}],
"jobs":[
 {"id":"run","title":"Mark out the sledging run with cones","phase":"setup","who":["ali"]},
 {"id":"cloak","title":"Set up the cloakroom and coat tickets","phase":"setup","who":["ben"]},
 {"id":"urn","title":"Fill the urn","phase":"setup","who":["cara"]},
 {"id":"briefing","title":"Give the team briefing","phase":"briefing","who":["dot"]},
 {"id":"coats","title":"Ticket the coats at the cloakroom","phase":"during","who":["ben"]},
 {"id":"toboggans","title":"Help people with the toboggans","phase":"during","who":["ali"]},
 {"id":"cocoa","title":"Serve the hot chocolate","phase":"during","who":["cara"]},
 {"id":"sweep","title":"Sweep the hall","phase":"close","who":["cara","ali"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"21:00","title":"Home time"}],
"rides":[
 {"id":"r1","name":"Gemma","pickup":"taxi","at":"21:00","note":"Frost Cars"},
 {"id":"r2","name":"Hope","pickup":"parent","at":"21:00","note":"her dad"}]}`

// TestUnderstand_VerbOfAnotherTitle: "coats ticketed" says the coats were
// ticketed, the job whose verb that is, not the job that sets out the
// tickets. The tickets told as things still name the setup job.
func TestUnderstand_VerbOfAnotherTitle(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "19:30", []readCase{
		{"ben", "every1 is in now all coats ticketed", "done:coats"},
		// near misses
		{"ben", "coat tickets r out on the table", "done:cloak"},
	})
}

// TestUnderstand_OpeningWordOnlySaysWhich: "sledging finished, all the
// toboggans back in the shed" opens with a word that only says which run
// of "Mark out the sledging run", so it is not that job done (the
// toboggans name another as much: it asks).
func TestUnderstand_OpeningWordOnlySaysWhich(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "20:45", []readCase{
		{"ali", "sledging finished all the toboggans back in the shed", "!done:run"},
		// near misses
		{"ali", "sledging run marked out wiv cones", "done:run"},
	})
}

// TestUnderstand_ThingsOutOfPockets: a phone that fell out of a pocket is
// lost, not a person hurt; a boy who fell over is.
func TestUnderstand_ThingsOutOfPockets(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "20:00", []readCase{
		{"cara", "a boy has lost his phone he thinks it fell out his pocket dancing", "problem:lost"},
		// near misses
		{"cara", "a boy fell over dancing", "problem:unwell"},
	})
}

// TestUnderstand_ThereIsSomethingGotIn: "theres a cat got in the hall"
// is news of a cat, never the sender checking in.
func TestUnderstand_ThereIsSomethingGotIn(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "19:30", []readCase{
		{"cara", "theres a cat got in the hall runnin round the tables", "!here"},
		// near misses
		{"cara", "just got in the hall", "here"},
	})
}

// TestUnderstand_WordNameOwnsARide: "hopes dad" is Hope's dad, her ride,
// though "hope" is a word and no apostrophe is written.
func TestUnderstand_WordNameOwnsARide(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "20:50", []readCase{
		{"ben", "hopes dad rang hes gonna be late", "ride:r2=late"},
		// near misses
		{"ben", "i hope its a good night", "none"},
	})
}

// TestUnderstand_CarriedOnIt: "minibus left wiv gemma on it" says who the
// minibus took, and takes nothing on.
func TestUnderstand_CarriedOnIt(t *testing.T) {
	n := planNight(t, fixlRinkPlan)
	checkOn(t, n, "21:05", []readCase{
		{"ben", "the taxi left wiv gemma on it", "ride:r1=gone"},
	})
	spill := MustApply(t, n, night.Command{Type: night.CmdRaise, By: "ali", Kind: night.Spill, Text: "juice all over the floor"})
	checkOn(t, spill, "21:05", []readCase{
		// near misses
		{"ben", "on it with cara", "claim"},
	})
}

// TestUnderstand_RunningBehind: a driver "running 20 mins behind" is late.
func TestUnderstand_RunningBehind(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "20:50", []readCase{
		{"ben", "hopes dad rang, runnin 20 mins behind", "ride:r2=late"},
		// near misses
		{"ben", "hopes dad is waiting behind the hall", "!ride:r2=late"},
	})
}

// TestUnderstand_ArrivedAndAsking: "just arrived, where do you want me"
// checks the sender in (the reply says how to see the jobs); once in, the
// same question asks for the jobs.
func TestUnderstand_ArrivedAndAsking(t *testing.T) {
	n := planNight(t, fixlRinkPlan)
	checkOn(t, n, "18:00", []readCase{
		{"cara", "Just arrived, where do you want me Dot", "here"},
		// near misses
		{"cara", "where do you want me", "jobs"},
		{"cara", "cara here what r my jobs", "jobs"},
	})
	in := MustApply(t, n, night.Command{Type: night.CmdCheckIn, By: "cara", Source: night.FromSMS})
	checkOn(t, in, "18:05", []readCase{
		{"cara", "Just arrived, where do you want me Dot", "jobs"},
	})
}

// TestUnderstand_TwoTitleWordsAsOne: "cocoastand dun" writes the "cocoa
// stand" of a title as one word, spelt by ear or not.
func TestUnderstand_TwoTitleWordsAsOne(t *testing.T) {
	plan := strings.Replace(fixlRinkPlan, `"Serve the hot chocolate"`, `"Serve at the cocoa stand"`, 1)
	checkOn(t, planNight(t, plan), "20:00", []readCase{
		{"cara", "kokostand open", "doing:cocoa"},
		{"cara", "at the cocoastand now", "doing:cocoa"},
		// near misses
		{"cara", "cocoa stand open", "doing:cocoa"},
	})
}

// TestUnderstand_VenueWordOnlySaysWhich: at Frost Barn, "barn" of "Open
// the barn doors" only says which doors; "luv this barn" is the venue.
func TestUnderstand_VenueWordOnlySaysWhich(t *testing.T) {
	plan := strings.Replace(fixlRinkPlan, `"Fill the urn"`, `"Open the barn doors"`, 1)
	plan = strings.Replace(plan, `"Millbrook Hall"`, `"Frost Barn"`, 1)
	checkOn(t, planNight(t, plan), "19:00", []readCase{
		{"cara", "luv this barn 😍😍", "none"},
		// near misses
		{"cara", "barn doors open", "done:urn"},
	})
}

// TestUnderstand_SaysHiAndWillDo: "my mum sez hi" and "ok will do" with
// nothing to take on are chat; "ok will do" with a problem open takes it.
func TestUnderstand_SaysHiAndWillDo(t *testing.T) {
	n := planNight(t, fixlRinkPlan)
	checkOn(t, n, "19:00", []readCase{
		{"ben", "my mum sez hi to evry1 xx", "none"},
		{"ben", "ok will do 👍", "none"},
	})
	spill := MustApply(t, n, night.Command{Type: night.CmdRaise, By: "ali", Kind: night.Spill, Text: "juice all over the floor"})
	checkOn(t, spill, "19:05", []readCase{
		{"ben", "ok i go", "claim"},
		// near misses
		{"ben", "ok will do 👍", "claim"},
	})
}

// TestUnderstand_SeenOffAndStayingToHelp: guests "seen off" went home
// waved goodbye, not missing; staying on "to help tidy" offers help; "the
// mic not me" says who does it; a thing "come loose" is trouble.
func TestUnderstand_SeenOffAndStayingToHelp(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "21:00", []readCase{
		{"dot", "All guests seen off to their lifts, that's us done", "!problem:missing"},
		{"dot", "all our guests have been seen off safely thats my last job done", "!problem:missing"},
		{"cara", "I'm staying till the end to help tidy", "!problem"},
		{"ben", "cara is doin the mic not me", "none"},
		{"ali", "the coat rail has come loose its wobblin when u walk past", "problem:other"},
		// near misses
		{"dot", "no one has seen gemma for ages", "problem:missing"},
		{"cara", "i need someone to help tidy", "problem:other"},
		{"ben", "the mic is not working", "problem:music"},
	})
}

// TestUnderstand_LightsGoneOut: lights that have gone out by themselves
// are trouble, not the job of putting them up done.
func TestUnderstand_LightsGoneOut(t *testing.T) {
	plan := strings.Replace(fixlRinkPlan, `"Fill the urn"`, `"Put up the fairy lights"`, 1)
	checkOn(t, planNight(t, plan), "20:00", []readCase{
		{"ben", "the fairy lights have all gone out on the roof", "problem:other"},
		// near misses
		{"cara", "fairy lights r up", "done:urn"},
		{"ben", "gemma has gone out for a smoke", "!problem"},
	})
}

// TestUnderstand_AllGonHandedOut: "all gon" is all gone, even before a
// verb of a title: the things were handed out.
func TestUnderstand_AllGonHandedOut(t *testing.T) {
	plan := strings.Replace(fixlRinkPlan, `"Serve the hot chocolate"`, `"Hand out the marshmallows"`, 1)
	checkOn(t, planNight(t, plan), "20:30", []readCase{
		{"cara", "marshmallows all gon handed out evry bag", "done:cocoa"},
		// near misses
		{"cara", "im gon hand out the marshmallows", "none"},
	})
}

// TestUnderstand_SenderReady: "im sat by the cocoa now ready" says the
// sender is ready at their job, not that it is done.
func TestUnderstand_SenderReady(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "19:30", []readCase{
		{"cara", "im sat by the hot chocolate now ready", "!done:cocoa"},
		// near misses
		{"cara", "hot chocolate is ready", "done:cocoa"},
	})
}

// TestUnderstand_ThStartSaidAsF: "frowing" is "throwing", said as heard;
// it is no row.
func TestUnderstand_ThStartSaidAsF(t *testing.T) {
	plan := strings.Replace(fixlRinkPlan, `"Serve the hot chocolate"`, `"Throw snowballs to the crowd"`, 1)
	checkOn(t, planNight(t, plan), "20:00", []readCase{
		{"cara", "im frowing the snowballs now!!", "doing:cocoa"},
		// near misses
		{"cara", "theres a row at the door", "problem:upset"},
	})
}

// TestUnderstand_HeadacheSpeltByEar: a headache however it is spelt is
// someone unwell.
func TestUnderstand_HeadacheSpeltByEar(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "20:00", []readCase{
		{"ben", "a lady has a really bad hed ake from the noise she needs to sit down", "problem:unwell"},
		{"ben", "gemma has a bad hedake and wants to sit down", "problem:unwell"},
		// near misses
		{"ben", "this music is doing my head in lol", "!problem:unwell"},
	})
}

// TestUnderstand_LeftWithoutStillHere: a taxi gone without its guest, who
// is still here, is a taxi problem; a guest still here whose taxi is due
// is none.
func TestUnderstand_LeftWithoutStillHere(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "21:10", []readCase{
		{"ben", "gemmas cab went wivout her!! shes still here", "problem:taxi"},
		// near misses
		{"ben", "gemma is still here", "!problem"},
	})
}

// TestUnderstand_MicAndLostDriver: "the mic" is the microphone of a
// title; a taxi driver who cannot find the hall is a taxi problem.
func TestUnderstand_MicAndLostDriver(t *testing.T) {
	plan := strings.Replace(fixlRinkPlan, `"Fill the urn"`, `"Set up the microphone and speakers"`, 1)
	checkOn(t, planNight(t, plan), "19:00", []readCase{
		{"cara", "doin the mic now testing 1 2 1 2", "doing:urn"},
		{"ben", "taxi man rang sed he cant find the hall", "problem:taxi"},
		// near misses
		{"ben", "i cant find the hall lol where is it", "!problem:taxi"},
	})
}

// TestUnderstand_CantFindItAnywhere: a thing gone that nobody can find
// anywhere is lost, though its name is no word for belongings.
func TestUnderstand_CantFindItAnywhere(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "19:00", []readCase{
		{"ben", "the santa wig has gone i cant find it anywhere", "problem:lost"},
		// near misses
		{"ben", "i cant find it, which road is the hall on", "!problem:lost"},
	})
}

// TestUnderstand_KickedAndGoneOver: a spill someone kicked is a spill, no
// fight; a drink "gone over" by the decks is a spill, not the music.
func TestUnderstand_KickedAndGoneOver(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "20:30", []readCase{
		{"ben", "water all over the floor from the urn sum1 kicked it", "problem:spill"},
		{"ben", "pint of coke gone over next to the decks!!!", "problem:spill"},
		// near misses
		{"ben", "a boy kicked another boy by the door", "problem:upset"},
		{"ben", "the music has gone off", "problem:music"},
	})
}

// TestUnderstand_MistakesPurposesAndWhy: "didnt mean that undo pls" owns
// a mistake; "so nobody trips" says what the work is for; "need a ladder"
// while at work wants a thing; a taxi at the wrong hall is trouble though
// the guest is still here; "why has the music stopped" asks before
// telling the team.
func TestUnderstand_MistakesPurposesAndWhy(t *testing.T) {
	n := planNight(t, fixlRinkPlan)
	checkOn(t, n, "19:30", []readCase{
		{"ali", "Sledging run is marked out, all the cones are taped down so nobody trips", "done:run"},
		{"ali", "marking out the sledging run now need a ladder lol", "doing:run"},
		{"ben", "the taxi for gemma went to the wrong hall she is still hear", "problem:taxi"},
		{"ben", "why has the music stopped", "ask:problem:music"},
		// near misses
		{"ali", "sledging run needs marking out", "none"},
		{"ben", "nobody has marked out the sledging run", "!done"},
		{"ben", "what music is on", "!problem"},
	})
	ticked := MustApply(t, n, night.Command{Type: night.CmdDone, By: "ali", Job: 1, Source: night.FromSMS})
	checkOn(t, ticked, "19:31", []readCase{
		{"ali", "no i didnt mean that undo pls", "undo"},
		// near misses
		{"ali", "no dont undo it", "!undo"},
	})
}

// TestUnderstand_MeetingPlace: "starting the briefing, can everyone come
// to the cocoa stand" starts the briefing; the stand is where to meet.
func TestUnderstand_MeetingPlace(t *testing.T) {
	plan := strings.Replace(fixlRinkPlan, `"Serve the hot chocolate"`, `"Set up the cocoa stand"`, 1)
	checkOn(t, planNight(t, plan), "18:45", []readCase{
		{"dot", "Starting the briefing now, can everyone come to the cocoa stand please", "doing:briefing"},
		// near misses
		{"cara", "setting up the cocoa stand now", "doing:cocoa"},
	})
}

// TestUnderstand_DoneForTonightOffHome: "thats me dun for tonite ... im off
// home now" is the sender going home, not a job done; "ok gon get it"
// takes on the problem just texted.
func TestUnderstand_DoneForTonightOffHome(t *testing.T) {
	n := planNight(t, fixlRinkPlan)
	in := MustApply(t, n, night.Command{Type: night.CmdCheckIn, By: "cara", Source: night.FromSMS})
	checkOn(t, in, "21:30", []readCase{
		{"cara", "thats me dun for tonite brill night evry1 im off home now nite nite xx", "leaving"},
		// near misses
		{"cara", "urn dun im off home now", "leaving"},
	})
	spill := MustApply(t, n, night.Command{Type: night.CmdRaise, By: "ali", Kind: night.Spill, Text: "juice all over the floor"})
	checkOn(t, spill, "19:05", []readCase{
		{"ben", "ok gon get it", "claim"},
	})
}

// TestUnderstand_TapedDownIsNoTakingDown: "all taped down so nobody
// trips" fixes the things in place; the job is put up, not taken down.
func TestUnderstand_TapedDownIsNoTakingDown(t *testing.T) {
	plan := strings.Replace(fixlRinkPlan, `"Sweep the hall"`, `"Take down the sledging run"`, 1)
	checkOn(t, planNight(t, plan), "19:00", []readCase{
		{"ali", "Sledging run is up, all the cones are taped down so nobody trips", "done:run"},
		// near misses
		{"ali", "sledging run all taken down", "done:sweep"},
	})
}

// TestUnderstand_ThingItselfStarts: "race startin now!!" is the race run,
// not its setup begun; "starting the race track" is the setup.
func TestUnderstand_ThingItselfStarts(t *testing.T) {
	plan := strings.Replace(fixlRinkPlan, `"Mark out the sledging run with cones"`, `"Set up the sledge race track"`, 1)
	plan = strings.Replace(plan, `"Help people with the toboggans"`, `"Run the sledge race contest"`, 1)
	checkOn(t, planNight(t, plan), "19:30", []readCase{
		{"ali", "sledge race startin now!! every1 line up", "doing:toboggans"},
		// near misses
		{"ali", "starting on the sledge race track now", "doing:run"},
	})
}

// TestUnderstand_StoppedServing: "stopped serving the hot chocolate now"
// has the serving done; "started serving" has it begun.
func TestUnderstand_StoppedServing(t *testing.T) {
	checkOn(t, planNight(t, fixlRinkPlan), "21:00", []readCase{
		{"cara", "stopped serving the hot chocolate now the urn is off", "done:cocoa"},
		// near misses
		{"cara", "started serving the hot chocolate", "doing:cocoa"},
	})
}
