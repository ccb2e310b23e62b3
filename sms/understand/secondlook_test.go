package understand_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// TestUnderstand_SecondLookAsks: when the rules would change the night in
// a way the learned model all but rules out, the sender gets one short
// question instead, and nothing changes until they answer. Readings the
// model shares are acted on as before.
func TestUnderstand_SecondLookAsks(t *testing.T) {
	n := planNight(t, chatPlan)
	// Texts the rules misread on this night: a small fault told with a job done, a job done
	// told with what was stuck or switched off, a job done with a wish,
	// things given out read as started. Each retraining may move one across the line, so all but
	// one must be asked about; any not asked is the rules' reading.
	doubted := []doubtedCase{
		{"jade", "lights r up but one string wont light", "ask:problem:other"},
		{"jade", "stuck the lights up on the wall its massive", "ask:problem:other"},
		{"jade", "lights up the bulbs look great with the main lights off", "ask:problem:other"},
		{"ray", "samosas done, cant wait for the disco", "ask:problem:music"},
		{"ray", "samosas all givin out", "ask:done:samosa|doing:samosa"},
	}
	checkDoubted(t, n, doubted)
	checkOn(t, n, "19:30", []readCase{
		// Someone upset or unwell is never held back, whatever the model
		// reads: help goes to them either way.
		{"ray", "kev cried when he got his medal", "problem:upset"},
		{"ray", "kev has fallen over and hurt his knee", "problem:unwell"},
		// Near misses the model shares stay acted on.
		{"ray", "a lady is crying by the door", "problem:upset"},
		{"jade", "where is kev hes not in the hall", "problem:missing"},
		{"ray", "samosas all out", "done:samosa"},
		{"jade", "hanging the fairy lights now", "doing:lights"},
		{"jade", "someone spilt juice all over the floor by the door", "problem:spill"},
		// A kind the model is all but sure of is raised without asking:
		// a thing gone astray is lost property, not a person missing.
		{"ray", "pizza cutter is missing", "problem:lost"},
		// The plain command form is never doubted.
		{"jade", "problem the fairy lights keep flashing", "problem:other"},
	})
}

// TestUnderstand_SecondLookAnswered: the answer to the question is acted
// on, whatever the model thinks, and the question fits one text.
func TestUnderstand_SecondLookAnswered(t *testing.T) {
	n := planNight(t, chatPlan)
	// The question the second look asks when the model is less sure.
	in := understand.Intent{Kind: understand.Ask, Choice: &understand.Choice{Prompt: "What is wrong?", Options: []understand.Option{
		{Label: "someone is missing", Intent: understand.Intent{Kind: understand.Problem, ProblemKind: night.Missing, Text: "pizza cutter is missing"}},
		{Label: "something is lost", Intent: understand.Intent{Kind: understand.Problem, ProblemKind: night.Lost, Text: "pizza cutter is missing"}},
	}}}
	q := in.Choice.Question()
	if understand.Septets(q) > understand.MaxSMS || !strings.Contains(q, "1") || !strings.Contains(q, "2") {
		t.Errorf("question %q: want two numbered options in one text", q)
	}
	for i, o := range in.Choice.Options {
		reply := string(rune('1' + i))
		got := understand.Understand(reply, n, "ray", understand.Context{Now: "19:31", PendingChoice: in.Choice})
		if g, want := got.Expect(n), o.Intent.Expect(n); g != want || got.Kind != understand.Problem {
			t.Errorf("reply %q = %s; want %s", reply, g, want)
		}
	}
}

// TestUnderstand_SecondLookKeepsRideToTaxi: a question between a taxi and
// another kind never carries the ride into the other kind (choosing it
// would mark the ride late), and "no" to "Shall we tell the team?" tells
// nobody.
func TestUnderstand_SecondLookKeepsRideToTaxi(t *testing.T) {
	n := planNight(t, chatPlan)
	for _, text := range []string{
		"i dont know where kev is he was here a minute ago",
		"kevs taxi is outside and he's not",
		"where is kevs cab from",
		"pizza cutter is missing",
	} {
		in := understand.Understand(text, n, "ray", understand.Context{Now: "21:40"})
		CheckValid(t, n, text, in)
		if in.Kind != understand.Ask {
			continue
		}
		for _, o := range in.Choice.Options {
			if o.Intent.Kind == understand.Problem && o.Intent.ProblemKind != night.Taxi && o.Intent.Ride != "" {
				t.Errorf("%q: option %q carries ride %q into a %s problem", text, o.Label, o.Intent.Ride, o.Intent.ProblemKind)
			}
		}
	}
	ask := understand.Intent{Kind: understand.Ask, Choice: &understand.Choice{Prompt: "Shall we tell the team?",
		Options: []understand.Option{{Label: "yes, someone needs help", Intent: understand.Intent{Kind: understand.Problem, ProblemKind: night.Other}}}}}
	for reply, want := range map[string]string{"no": "none", "nope": "none", "no thanks": "none", "1": "problem:other", "ok": "problem:other"} {
		got := understand.Understand(reply, n, "ray", understand.Context{Now: "19:31", PendingChoice: ask.Choice})
		if g := got.Expect(n); g != want {
			t.Errorf("reply %q to %q = %s; want %s", reply, ask.Choice.Prompt, g, want)
		}
	}
}

// settlePlan has jobs whose words say little of whether they are done or
// begun: "everyone on the minibus", "briefing the team now".
const settlePlan = `{"id":"settle","title":"Bowling Night","venue":"Lanes Bowl","people":[
 {"id":"mark","name":"Mark","phone":"+447700905101","roles":["committee"]},
 {"id":"sam","name":"Sam","phone":"+447700905102","roles":["staff"]}],
"jobs":[
 {"id":"briefing","title":"Give the team briefing","phase":"briefing","who":["sam"]},
 {"id":"minibus","title":"Check everyone onto the minibus","phase":"close","who":["mark"]}],
"timeline":[{"at":"19:00","title":"Doors open"}]}`

// TestUnderstand_SettledByTheModel: a question the rules would ask between
// readings the learned model tells apart is not sent when the model is all
// but sure of one: that one is acted on, and the reading says so. Whatever
// a retraining moves, each text is the question or one of its options.
func TestUnderstand_SettledByTheModel(t *testing.T) {
	n := planNight(t, settlePlan)
	texts := []struct{ from, text, asked string }{
		{"mark", "everyone on the minibus", "ask:done:minibus|doing:minibus"},
		{"sam", "briefing the team now", "ask:done:briefing|doing:briefing"},
	}
	settled := 0
	for _, tc := range texts {
		in, why := understand.Explain(tc.text, n, tc.from, understand.Context{Now: "21:30"})
		CheckValid(t, n, tc.text, in)
		got := in.Expect(n)
		if got == tc.asked {
			continue
		}
		if !strings.Contains(tc.asked, got) || !strings.Contains(strings.Join(why, "; "), "no need to ask") {
			t.Errorf("%q = %s (%s); want %s, or one of its options settled by the model", tc.text, got, strings.Join(why, "; "), tc.asked)
			continue
		}
		settled++
	}
	if settled == 0 {
		t.Errorf("the model settled none of %d questions; want at least one", len(texts))
	}
	// A question about whether to tell the team is never settled: it has
	// one option, and nothing to choose between.
	checkOn(t, n, "21:30", []readCase{{"mark", "is the minibus broken?", "!problem"}})
}

// moviePlan has a job of lights and one of music, and a DJ who plays
// songs all night: words a text of good news or of trouble also uses.
const moviePlan = `{"id":"sl1","title":"Movie Night","date":"2027-04-03","venue":"Oak Lane Hall","people":[
 {"id":"nia","name":"Nia","phone":"+447700904821","roles":["committee","dj"]},
 {"id":"ben","name":"Ben","phone":"+447700904822","roles":["committee"]},
 {"id":"liz","name":"Liz","phone":"+447700904823","roles":["staff","first aid"]}],
"jobs":[
 {"id":"music","title":"Set up the music","phase":"setup","who":["nia"]},
 {"id":"songs","title":"Play songs for the dancing","phase":"during","who":["nia"]},
 {"id":"lamps","title":"Set up the lights","phase":"setup","who":["ben"]},
 {"id":"raffle","title":"Sell the raffle tickets","phase":"during","who":["ben"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"21:45","title":"Home time"}],
"rides":[{"id":"x1","name":"Kev","pickup":"taxi","at":"21:45","note":"Star Cars"}]}`

// TestUnderstand_SecondLookDoubtsJobsAndTears: a job the rules would tick
// or start from a text the learned model is sure is chat, arriving or
// trouble, and someone upset in a text the model is sure is chat and that
// names no one, are asked about, not acted on. Each question offers the
// rules' reading, so one reply puts it right.
func TestUnderstand_SecondLookDoubtsJobsAndTears(t *testing.T) {
	n := planNight(t, moviePlan)
	doubted := []doubtedCase{
		{"nia", "the dj is playing my favourite tune", "ask:done:songs|doing:songs"},
		{"nia", "arrived!! got my decks in the car", "ask:done:music|here"},
		{"ben", "the lights by the stage have gone out its pitch black", "ask:done:lamps|problem:other"},
		{"ben", "cried happy tears at the end of the film 😭❤️", "ask:problem:upset"},
	}
	checkDoubted(t, n, doubted)
	checkOn(t, n, "19:30", []readCase{
		// Said in plain words, a job is done whatever the model reads.
		{"nia", "finished the music", "done:music"},
		{"nia", "music all set up", "done:music"},
		{"ben", "raffle tickets all sold", "done:raffle"},
		// Someone upset who is named, or trouble the model shares, is
		// told to the team at once.
		{"ben", "lee is crying by the door", "problem:upset"},
		{"ben", "lights went out its pitch black in here", "problem:other"},
		{"nia", "arrived!! decks r in the boot", "here"},
	})
}

// pumpkinPlan has a word ("pumpkins") in three jobs of three people, and
// a job of someone else's on the tables the pumpkins stand on.
const pumpkinPlan = `{"id":"pk1","title":"Pumpkin Night","date":"2027-10-30","venue":"Mill Road Hall","people":[
 {"id":"jo","name":"Jo","phone":"+447700904831","roles":["committee"]},
 {"id":"tariq","name":"Tariq","phone":"+447700904832","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700904833","roles":["staff"]}],
"jobs":[
 {"id":"pumpkins","title":"Set out the pumpkins","phase":"setup","who":["jo"]},
 {"id":"bar","title":"Set up the drinks table","phase":"setup","who":["tariq"]},
 {"id":"lanterns","title":"Hang the lanterns","phase":"setup","who":["hope"]},
 {"id":"judge","title":"Judge the best pumpkin","phase":"during","who":["hope"]},
 {"id":"away","title":"Pack away the pumpkins","phase":"close","who":["tariq"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"21:45","title":"Home time"}]}`

// TestUnderstand_OwnJobBesideAnothers: a text that names a job of the
// sender's and, more strongly, a job of someone else's is asked about,
// never ticked for the other person on a guess. A text that says whose
// job it did is acted on.
func TestUnderstand_OwnJobBesideAnothers(t *testing.T) {
	checkOn(t, planNight(t, pumpkinPlan), "19:30", []readCase{
		{"jo", "pumkins out on all the tabls", "ask:done:pumpkins|done:bar"},
		{"jo", "pumpkins on all the tables", "ask:done:pumpkins|done:bar"},
		{"jo", "pumpkins out", "done:pumpkins"},
		{"jo", "drinks table done for tariq", "done:bar"},
		{"jo", "done tariqs drinks table", "done:bar"},
		{"tariq", "drinks table ready", "done:bar"},
	})
}

// TestUnderstand_SecondLookDoubtsArriving: "in the hall" in a text the
// learned model is sure is chat does not check the sender in; it asks,
// and "1" checks them in.
func TestUnderstand_SecondLookDoubtsArriving(t *testing.T) {
	n := planNight(t, pumpkinPlan)
	in := understand.Understand("lights look lovely in the hall", n, "jo", understand.Context{Now: "19:30"})
	if got := in.Expect(n); got != "ask:here" {
		t.Fatalf("%q = %s; want ask:here", "lights look lovely in the hall", got)
	}
	// A lone "yes" is the phone company's word; "1" and "yes i am" are ours.
	for _, reply := range []string{"1", "yes i am"} {
		if got := understand.Understand(reply, n, "jo", understand.Context{Now: "19:31", PendingChoice: in.Choice}).Expect(n); got != "here" {
			t.Errorf("reply %q = %s; want here", reply, got)
		}
	}
	checkOn(t, n, "19:30", []readCase{
		{"jo", "just got to the hall", "here"},
		{"jo", "in the hall now", "here"},
		{"jo", "im here", "here"},
	})
}

// doubtedCase is a text the second look should ask about, and the
// question it asks, written as Expect writes it.
type doubtedCase struct{ from, text, asked string }

// checkDoubted reads each case on n: all but one must be the question,
// saying the learned model asked, fitting one text, with reply 1 acting
// on the rules' reading. Each retraining may move one across the line, so
// a case not asked about must be the rules' reading, one of the options.
func checkDoubted(t *testing.T, n *night.Night, doubted []doubtedCase) {
	t.Helper()
	asked := 0
	for _, tc := range doubted {
		in, why := understand.Explain(tc.text, n, tc.from, understand.Context{Now: "19:30"})
		CheckValid(t, n, tc.text, in)
		switch got := in.Expect(n); {
		case got == tc.asked:
			asked++
			if !strings.Contains(strings.Join(why, "; "), "learned model") {
				t.Errorf("%q: why = %q; want it to say the learned model asked", tc.text, why)
			}
			if q := in.Choice.Question(); understand.Septets(q) > understand.MaxSMS {
				t.Errorf("%q: question %q is more than one text", tc.text, q)
			}
			first := in.Choice.Options[0].Intent
			reply := understand.Understand("1", n, tc.from, understand.Context{Now: "19:31", PendingChoice: in.Choice})
			if reply.Expect(n) != first.Expect(n) {
				t.Errorf("%q: reply 1 = %s; want %s", tc.text, reply.Expect(n), first.Expect(n))
			}
		case !Matches(tc.asked, "ask") || !strings.Contains(tc.asked, got):
			t.Errorf("%q = %s; want %s, or one of its options", tc.text, got, tc.asked)
		}
	}
	if asked < len(doubted)-1 {
		t.Errorf("asked about %d of %d texts the model doubts; want at least %d", asked, len(doubted), len(doubted)-1)
	}
}
