package understand_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

func TestCommandWords_NotCarrierKeywords(t *testing.T) {
	for _, w := range understand.CommandWords() {
		if w == "HELP" {
			continue // the contract keeps HELP: it raises a problem
		}
		if understand.IsCarrierKeyword(w) {
			t.Errorf("command word %q is a carrier keyword", w)
		}
	}
	for _, w := range []string{"STOP", "stop", "Unsubscribe", "END", "quit", "STOPALL", "stop all", "REVOKE",
		"OPTOUT", "CANCEL", "START", "UNSTOP", "YES", "INFO", "HELP", "stop."} {
		if !understand.IsCarrierKeyword(w) {
			t.Errorf("%q should be a carrier keyword", w)
		}
	}
	for _, w := range []string{"stop the music", "music stopped", "cancel that", "yes please"} {
		if understand.IsCarrierKeyword(w) {
			t.Errorf("%q is more than a carrier keyword", w)
		}
	}
}

func TestUnderstand_CarrierWordsAreNotCommands(t *testing.T) {
	n := MustNight(t)
	for _, w := range []string{"STOP", "unsubscribe", "END", "Quit", "STOPALL", "REVOKE", "OPTOUT", "CANCEL", "START", "UNSTOP", "YES", "INFO"} {
		if in := understand.Understand(w, n, "tom", understand.Context{}); in.Kind != understand.None {
			t.Errorf("%q = %s; a lone carrier keyword must change nothing", w, in.Expect(n))
		}
	}
	if in := understand.Understand("HELP", n, "tom", understand.Context{}); in.Kind != understand.Problem || in.ProblemKind != night.Other {
		t.Errorf("HELP = %s; want problem:other", in.Expect(n))
	}
}

func TestUnderstand_Fields(t *testing.T) {
	n := MustNight(t)
	for _, tc := range []struct {
		name, from, text string
		want             understand.Intent
	}{
		{"problem text cleaned", "jade", "Hi Kim, someone spilt a drink 😢 thanks x",
			understand.Intent{Kind: understand.Problem, ProblemKind: night.Spill, Text: "someone spilt a drink upset"}},
		{"canonical problem drops the keyword", "kim", "PROBLEM taxi not here for Jo",
			understand.Intent{Kind: understand.Problem, ProblemKind: night.Taxi, Text: "taxi not here for Jo", Ride: "r1"}},
		{"missing guest named", "jade", "cant find ravi anywhere",
			understand.Intent{Kind: understand.Problem, ProblemKind: night.Missing, Text: "cant find ravi anywhere", Ride: "r5"}},
		{"missing team member named", "jade", "cant find marcus",
			understand.Intent{Kind: understand.Problem, ProblemKind: night.Missing, Text: "cant find marcus", Person: "marcus"}},
		{"someone else checks out", "tom", "sam has gone home", understand.Intent{Kind: understand.Leaving, Person: "sam"}},
		{"own name is a sign-off", "jade", "im here jade x", understand.Intent{Kind: understand.Here}},
		{"late non-taxi ride", "kim", "alex's dad is running late",
			understand.Intent{Kind: understand.Ride, Ride: "r2", RideStatus: night.Late}},
		{"ride time question", "kim", "what time is jos taxi", understand.Intent{Kind: understand.Status, Ride: "r1"}},
		{"unknown is word for word", "tom", "Can we have ZORBING next time?!",
			understand.Intent{Kind: understand.Unknown, Text: "Can we have ZORBING next time?!"}},
		{"job number", "tom", "DONE 4", understand.Intent{Kind: understand.Done, Job: 4}},
	} {
		got := understand.Understand(tc.text, n, tc.from, understand.Context{})
		if got.Kind != tc.want.Kind || got.Job != tc.want.Job || got.ProblemKind != tc.want.ProblemKind ||
			got.Text != tc.want.Text || got.Ride != tc.want.Ride || got.RideStatus != tc.want.RideStatus ||
			got.Person != tc.want.Person || got.Problem != tc.want.Problem {
			t.Errorf("%s: %q = %+v; want %+v", tc.name, tc.text, got, tc.want)
		}
	}
}

func TestUnderstand_StatusItem(t *testing.T) {
	n := MustNight(t)
	for _, tc := range []struct{ from, text, now, want string }{
		{"jade", "what time is the raffle", "19:30", "Raffle"},
		{"tom", "when do doors open", "", "Doors open"},
		{"priya", "when does dj marcus start", "19:30", "DJ Marcus"},
		{"sam", "when am i on", "18:00", "DJ Sam"},
		{"marcus", "what time is my set", "18:00", "DJ Marcus"},
		{"tom", "when is the dj on", "18:00", "DJ Sam"},
		{"tom", "when is the dj on", "20:00", "DJ Marcus"},
		{"leon", "whens home time", "", "Home time"},
		{"sam", "whats next", "19:30", ""},
	} {
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: tc.now})
		got := ""
		if in.Item != nil {
			got = in.Item.Title
		}
		if in.Kind != understand.Status || got != tc.want {
			t.Errorf("%q at %s = %s item %q; want status item %q", tc.text, tc.now, in.Kind, got, tc.want)
		}
	}
}

func TestUnderstand_ProblemTargets(t *testing.T) {
	n := MustNight(t)
	n = MustApply(t, n, night.Command{Type: night.CmdRaise, By: "kim", Kind: night.Music, Text: "music stopped"})    // p1
	n = MustApply(t, n, night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Spill, Text: "spill at bar"})   // p2
	n = MustApply(t, n, night.Command{Type: night.CmdRaise, By: "jade", Kind: night.Unwell, Text: "lady feels ill"}) // p3
	n = MustApply(t, n, night.Command{Type: night.CmdClaim, By: "tom", Problem: "p3"})
	for _, tc := range []struct {
		name, from, text string
		ctx              understand.Context
		want             understand.Intent
	}{
		{"on it answers the last alert", "sam", "on it", understand.Context{LastAlertProblem: "p2"},
			understand.Intent{Kind: understand.Claim, Problem: "p2"}},
		{"on it without an alert takes the oldest open one", "sam", "im on it", understand.Context{},
			understand.Intent{Kind: understand.Claim, Problem: "p1"}},
		{"on it skips the sender's own problem", "kim", "on it", understand.Context{},
			understand.Intent{Kind: understand.Claim, Problem: "p2"}},
		{"a named kind picks the problem", "sam", "ill deal with the spill", understand.Context{LastAlertProblem: "p1"},
			understand.Intent{Kind: understand.Claim, Problem: "p2"}},
		{"on my way to a named problem", "leon", "on my way to the spill", understand.Context{},
			understand.Intent{Kind: understand.Claim, Problem: "p2"}},
		{"sorted is the claimed one", "tom", "sorted", understand.Context{LastAlertProblem: "p1"},
			understand.Intent{Kind: understand.Sorted, Problem: "p3"}},
		{"done from someone on a problem", "tom", "done now", understand.Context{},
			understand.Intent{Kind: understand.Sorted, Problem: "p3"}},
		{"all ok from whoever raised it", "priya", "all ok now thanks", understand.Context{},
			understand.Intent{Kind: understand.Sorted, Problem: "p2"}},
		{"a named kind picks what is sorted", "sam", "music fixed", understand.Context{},
			understand.Intent{Kind: understand.Sorted, Problem: "p1"}},
		{"not fixed is still a problem", "sam", "music still not fixed", understand.Context{},
			understand.Intent{Kind: understand.Problem}},
		{"good news about the subject sorts it", "tom", "she feels better now", understand.Context{},
			understand.Intent{Kind: understand.Sorted, Problem: "p3"}},
	} {
		got := understand.Understand(tc.text, n, tc.from, tc.ctx)
		if got.Kind != tc.want.Kind || got.Problem != tc.want.Problem {
			t.Errorf("%s: %q = %s %q; want %s %q", tc.name, tc.text, got.Kind, got.Problem, tc.want.Kind, tc.want.Problem)
		}
	}
}

func TestUnderstand_Ask(t *testing.T) {
	n := MustNight(t)
	in := understand.Understand("done", n, "jade", understand.Context{})
	if in.Kind != understand.Ask || len(in.Choice.Options) != understand.MaxOptions {
		t.Fatalf("done from jade = %s; want a question with %d options", in.Expect(n), understand.MaxOptions)
	}
	q := in.Choice.Question()
	if q != "Which job is done? Reply 1 for Put out tables and chairs, 2 for Put up the toilet and exit signs or 3 for Give the team briefing." {
		t.Errorf("question = %q", q)
	}
	// The answer resolves against the question.
	for _, reply := range []string{"2", "the second one", "number 2", "2nd", "signs", "two pls"} {
		got := understand.Understand(reply, n, "jade", understand.Context{PendingChoice: in.Choice})
		if got.Kind != understand.Done || got.Job != 6 {
			t.Errorf("reply %q = %s; want done:signs", reply, got.Expect(n))
		}
	}
	// A new text is not an answer.
	if got := understand.Understand("someone fainted", n, "jade", understand.Context{PendingChoice: in.Choice}); got.Kind != understand.Problem {
		t.Errorf("a problem after a question = %s", got.Expect(n))
	}
}

func TestChoice_QuestionFits(t *testing.T) {
	long := strings.Repeat("Very long job title with many words ", 6)
	c := understand.Choice{Prompt: "Which job is done? " + long, Options: []understand.Option{
		{Label: long + "one"}, {Label: "“Curly” – " + long}, {Label: long + " 👍"},
	}}
	q := c.Question()
	if !understand.GSM7(q) || understand.Septets(q) > understand.MaxSMS {
		t.Fatalf("question %q (%d septets) is not one GSM-7 text", q, understand.Septets(q))
	}
	for _, want := range []string{"Reply 1 for", "2 for", "3 for"} {
		if !strings.Contains(q, want) {
			t.Errorf("question %q lost %q", q, want)
		}
	}
}

func TestUnderstand_NilAndEmptyNight(t *testing.T) {
	for _, text := range []string{"done 4", "help", "on it", "what's next", "jo has gone home", "hello"} {
		in := understand.Understand(text, nil, "tom", understand.Context{})
		if err := in.Valid(&night.Night{}); err != nil {
			t.Errorf("%q on no night: %v", text, err)
		}
	}
}

func TestUnderstand_DoesNotChangeTheNight(t *testing.T) {
	n := MustNight(t)
	n, ctx := WithClaim(t, n, "tom")
	before := n.Clone()
	for _, r := range heldOut {
		understand.Understand(r.text, n, r.from, ctx)
	}
	if !reflect.DeepEqual(n, before) {
		t.Fatal("Understand changed the night")
	}
}

func BenchmarkUnderstand(b *testing.B) {
	n := MustNight(b)
	rows := loadCorpus(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := rows[i%len(rows)]
		understand.Understand(r.text, n, r.from, understand.Context{Now: "19:30"})
	}
}

// BenchmarkUnderstand_Worst is a full-length text of words nobody knows, so
// every word is checked against the whole vocabulary for a misspelling.
func BenchmarkUnderstand_Worst(b *testing.B) {
	n := MustNight(b)
	text := "qwertz blorfing snazzle wibbleton frumious bandersnatch vorpal tulgey jubjub manxome " +
		"burbled uffish galumphing chortled slithy borogoves mimsy outgrabe frabjous callooh"
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		understand.Understand(text, n, "tom", understand.Context{})
	}
}
