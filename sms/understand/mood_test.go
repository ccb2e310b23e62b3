package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// TestUnderstand_NeverActsOnWhatWasNotSaid: on a night with names that are
// words (Will, Hope, Rose, Mark) and similar names (Dan, Danny), texts
// that ask, deny, plan, praise or tell of someone else change nothing.
func TestUnderstand_NeverActsOnWhatWasNotSaid(t *testing.T) {
	n := mustPlanNight(t, "../../testdata/nights/halloween.json")
	for _, tc := range []struct{ from, text string }{
		{"will", "is the photo booth up yet?"},
		{"hope", "has karl's cab come?"},
		{"dan", "who is doing the bins"},
		{"danny", "the lanterns arent lit yet"},
		{"rose", "nobody is missing, all 30 here"},
		{"mark", "no one feels sick, all good"},
		{"will", "i dont need any help thanks"},
		{"hope", "i will take the booth down after the prizes"},
		{"dan", "i will do the mic"},
		{"danny", "dan is doing the snacks"},
		{"rose", "well done mark the quiz was great"},
		{"will", "sunny hasnt gone yet, still dancing"},
		{"bill", "is anyone hurt?"},
		{"dan", "danny needs help with the pumpkins"},
	} {
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:30"})
		switch in.Kind {
		case understand.Done, understand.Doing, understand.Undo, understand.Problem, understand.Claim,
			understand.Sorted, understand.Here, understand.Leaving, understand.Ride:
			t.Errorf("%s %q = %s; it must change nothing", tc.from, tc.text, in.Expect(n))
		}
	}
}

// TestUnderstand_HeldProblemIsNotEveryText: someone holding a problem who
// texts that they are here, or about their job, is not sorting it.
func TestUnderstand_HeldProblemIsNotEveryText(t *testing.T) {
	base := MustNight(t)
	n, ctx := WithClaim(t, base, "tom")
	for text, want := range map[string]string{
		"im here":      "here",
		"bar done":     "done:bar",
		"spill done":   "sorted",
		"floor is dry": "sorted",
	} {
		if got := understand.Understand(text, n, "tom", ctx).Expect(n); got != want {
			t.Errorf("%q = %s; want %s", text, got, want)
		}
	}
	n, ctx = WithAlert(t, base, "tom")
	if got := understand.Understand("i will do the bar", n, "tom", ctx); got.Kind == understand.Claim {
		t.Errorf("a plan about a job claimed problem %s", got.Problem)
	}
}

// TestUnderstand_UnsureOrPlannedChangesNothing: a hedge asks first; a
// ride that is planned or coming is not gone; one team member looking for
// another is no missing person.
func TestUnderstand_UnsureOrPlannedChangesNothing(t *testing.T) {
	n := MustNight(t)
	for text, want := range map[string]string{
		"maybe the signs are done":         "ask:done:signs",
		"priya is looking for you kim":     "unknown",
		"told alex mum to come at 10":      "unknown",
		"jo said her taxi is coming at 10": "none", // news of a ride to come: nothing changes
		"jo has gone home":                 "ride:r1=gone",
	} {
		if got := understand.Understand(text, n, "jade", understand.Context{Now: "19:30"}).Expect(n); got != want {
			t.Errorf("%q = %s; want %s", text, got, want)
		}
	}
}

// TestUnderstand_GibberishRaisesNothing: a text of words nobody knows is
// not a problem because one of them is one letter from an alarm word
// ("wamp" is not "wasp"); it goes to a person. A real report whose words
// are only misspelt still raises at once.
func TestUnderstand_GibberishRaisesNothing(t *testing.T) {
	n := MustNight(t)
	for _, text := range []string{"blorp zingle wamp", "zorp the flimble fel", "flurb gazzle mising"} {
		if in := understand.Understand(text, n, "tom", understand.Context{Now: "19:30"}); in.Kind != understand.Unknown {
			t.Errorf("%q = %s; want it passed to a person", text, in.Expect(n))
		}
	}
	for text, kind := range map[string]night.ProblemKind{"jo is sik": night.Unwell, "jos taxy hasnt cum": night.Taxi} {
		if in := understand.Understand(text, n, "tom", understand.Context{Now: "19:30"}); in.Kind != understand.Problem || in.ProblemKind != kind {
			t.Errorf("%q = %s; want a %s problem", text, in.Expect(n), kind)
		}
	}
}
