package understand_test

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// MustNight loads the fixture night.
func MustNight(t testing.TB) *night.Night {
	t.Helper()
	data, err := os.ReadFile("../../testdata/night.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := night.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	return night.NewNight(p)
}

// MustApply applies c to n and fails the test on an error.
func MustApply(t testing.TB, n *night.Night, c night.Command) *night.Night {
	t.Helper()
	c.Source = night.FromSMS
	c.At = time.Date(2026, 12, 5, 19, 30, 0, 0, time.UTC)
	m, _, err := night.Apply(n, c)
	if err != nil {
		t.Fatalf("apply %+v: %v", c, err)
	}
	return m
}

// someoneElse is a team member who is not id.
func someoneElse(id string) string {
	if id == "kim" {
		return "sam"
	}
	return "kim"
}

// WithAlert raises an open problem by someone else and makes it the last
// alert texted to sender.
func WithAlert(t testing.TB, n *night.Night, sender string) (*night.Night, understand.Context) {
	t.Helper()
	return WithAlertBy(t, n, someoneElse(sender), "Drink spilt by the bar")
}

// WithAlertBy raises a spill by raiser, told in text, on any night, and
// makes it the last alert texted (to whoever reads next).
func WithAlertBy(t testing.TB, n *night.Night, raiser, text string) (*night.Night, understand.Context) {
	t.Helper()
	n = MustApply(t, n, night.Command{Type: night.CmdRaise, By: raiser, Kind: night.Spill, Text: text})
	return n, understand.Context{LastAlertProblem: n.Problems[len(n.Problems)-1].ID, Now: "19:30"}
}

// WithClaimBy gives sender a spill raised by raiser and claimed by the
// sender, on any night.
func WithClaimBy(t testing.TB, n *night.Night, sender, raiser string) (*night.Night, understand.Context) {
	t.Helper()
	n, ctx := WithAlertBy(t, n, raiser, "Drink spilt by the bar")
	n = MustApply(t, n, night.Command{Type: night.CmdClaim, By: sender, Problem: ctx.LastAlertProblem})
	return n, ctx
}

// WithClaim gives sender a claimed problem raised by someone else.
func WithClaim(t testing.TB, n *night.Night, sender string) (*night.Night, understand.Context) {
	t.Helper()
	return WithClaimBy(t, n, sender, someoneElse(sender))
}

// Matches compares an Expect string with a corpus expectation, where
// problem:any is any problem, ask is any question, and quiet is none or
// unknown: nothing changes. A want ending in "?" is that reading, or a
// question that offers it: the rules read it so, and the learned model
// may doubt it enough to ask (see secondLook).
func Matches(got, want string) bool {
	if w, ok := strings.CutSuffix(want, "?"); ok {
		opts, asked := strings.CutPrefix(got, "ask:")
		return got == w || asked && slices.Contains(strings.Split(opts, "|"), w)
	}
	switch want {
	case "problem:any":
		return strings.HasPrefix(got, "problem:")
	case "ask":
		return strings.HasPrefix(got, "ask")
	case "quiet":
		return got == "none" || got == "unknown" // nothing changes, whoever reads it
	}
	return got == want
}

type corpusRow struct{ from, text, expect string }

func loadCorpus(t testing.TB) []corpusRow {
	t.Helper()
	var rows []corpusRow
	for _, r := range testhub.Corpus(t) {
		rows = append(rows, corpusRow{r.From, r.Text, r.Expect})
	}
	return rows
}

// setupFor prepares the night a corpus row needs: an open problem for a
// claim, a claimed one for sorted.
func setupFor(t testing.TB, base *night.Night, from, expect string) (*night.Night, understand.Context) {
	switch expect {
	case "claim":
		return WithAlert(t, base, from)
	case "sorted":
		return WithClaim(t, base, from)
	}
	return base, understand.Context{Now: "19:30"}
}

// CheckValid fails when in is not a valid intent for n or its question
// does not fit one GSM-7 text.
func CheckValid(t testing.TB, n *night.Night, text string, in understand.Intent) {
	t.Helper()
	if err := in.Valid(n); err != nil {
		t.Errorf("%q: invalid intent %+v: %v", text, in, err)
	}
	if in.Kind == understand.Ask {
		q := in.Choice.Question()
		if !understand.GSM7(q) || understand.Septets(q) > understand.MaxSMS {
			t.Errorf("%q: question %q is not one GSM-7 text", text, q)
		}
	}
}

// checkReading reads one text on a made-up night and checks it against
// want: "" means it must change nothing (an answer, a question or passing
// it on are all fine); "!kind" means anything but that reading (so
// "!problem" is no new problem); anything else must Match. Every reading
// must also be valid on the night. It is the one check the tests on
// made-up nights share.
func checkReading(t *testing.T, n *night.Night, ctx understand.Context, from, text, want string) {
	t.Helper()
	in, why := understand.Explain(text, n, from, ctx)
	CheckValid(t, n, text, in)
	got := in.Expect(n)
	not, isNot := strings.CutPrefix(want, "!")
	switch {
	case want == "" && changesNight(in):
		t.Errorf("%s %q = %s; it must change nothing (%s)", from, text, got, strings.Join(why, "; "))
	case isNot && strings.HasPrefix(got, not):
		t.Errorf("%s %q = %s; want no %s (%s)", from, text, got, not, strings.Join(why, "; "))
	case want != "" && !isNot && !Matches(got, want):
		t.Errorf("%s %q = %s; want %s (%s)", from, text, got, want, strings.Join(why, "; "))
	}
}

// readCase is one text from one person and the reading it must have (a
// want as checkReading takes it).
type readCase struct{ from, text, want string }

// checkOn reads each case on n at the time of night now.
func checkOn(t *testing.T, n *night.Night, now string, cases []readCase) {
	t.Helper()
	for _, tc := range cases {
		checkReading(t, n, understand.Context{Now: now}, tc.from, tc.text, tc.want)
	}
}

// changesNight reports whether acting on in would change the night.
func changesNight(in understand.Intent) bool {
	switch in.Kind {
	case understand.Done, understand.Doing, understand.Undo, understand.Problem, understand.Claim,
		understand.Sorted, understand.Here, understand.Leaving, understand.Ride:
		return true
	}
	return false
}

// planNight is the night of a plan written in a test, before anything
// happens on it.
func planNight(t testing.TB, plan string) *night.Night {
	t.Helper()
	p, err := night.ParsePlan([]byte(plan))
	if err != nil {
		t.Fatal(err)
	}
	return night.NewNight(p)
}

// checkTicked reads each case on a fresh night of plan just after its
// sender ticked their first job by text, at 19:30.
func checkTicked(t *testing.T, plan string, cases []readCase) {
	t.Helper()
	for _, tc := range cases {
		n := planNight(t, plan)
		if jobs := n.JobsOf(tc.from); len(jobs) > 0 {
			n = MustApply(t, n, night.Command{Type: night.CmdDone, By: tc.from, Job: jobs[0], Source: night.FromSMS})
		}
		checkReading(t, n, understand.Context{Now: "19:30"}, tc.from, tc.text, tc.want)
	}
}
