package understand_test

import (
	"os"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

func mustPlanNight(t *testing.T, path string) *night.Night {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	p, err := night.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	return night.NewNight(p)
}

// TestTeach_CarriesToOtherPeopleAndNights: a meaning taught for one
// member's words is found for another member's same words, with other
// names in them, and on a later night with other people.
func TestTeach_CarriesToOtherPeopleAndNights(t *testing.T) {
	dec := MustNight(t)
	oct := mustPlanNight(t, "../../testdata/nights/halloween.json")

	key, taught, err := understand.Teach("Jade says the bogs are minging", dec, "tom",
		understand.Intent{Kind: understand.Problem, ProblemKind: night.Other})
	if err != nil {
		t.Fatal(err)
	}
	if key != "@person says the bogs are minging" {
		t.Errorf("key %q keeps a name", key)
	}
	for _, tc := range []struct {
		n          *night.Night
		from, text string
	}{
		{dec, "priya", "marcus says the bogs are minging"},
		{oct, "hope", "Danny says the bogs are minging!"},
	} {
		if got := understand.PhraseKey(tc.text, tc.n, tc.from); got != key {
			t.Errorf("%q: key %q, want %q", tc.text, got, key)
			continue
		}
		in := understand.Understand(tc.text, tc.n, tc.from, understand.Context{Taught: &taught})
		if in.Kind != understand.Problem || in.ProblemKind != night.Other {
			t.Errorf("%q = %s; want the taught problem", tc.text, in.Expect(tc.n))
		}
	}

	// A job meaning carries by the job's title, and only to a job of that title.
	key, taught, err = understand.Teach("bar is sweet as", dec, "tom", understand.Intent{Kind: understand.Done, Job: 4})
	if err != nil || taught.Job != "Set up the bar" {
		t.Fatalf("teach a job: %q %+v %v", key, taught, err)
	}
	if in := understand.Understand("bar is sweet as", dec, "leon", understand.Context{Taught: &taught}); in.Expect(dec) != "done:bar" {
		t.Errorf("leon: %s", in.Expect(dec))
	}
	if in := understand.Understand("bar is sweet as", oct, "will", understand.Context{Taught: &taught}); in.Kind == understand.Done {
		t.Errorf("a night with no bar ticked job %d", in.Job)
	}

	// Nothing to learn from an empty text, or a question back.
	if _, _, err := understand.Teach("  ", dec, "tom", understand.Intent{Kind: understand.None}); err == nil {
		t.Error("an empty text was learned")
	}
	if _, _, err := understand.Teach("what", dec, "tom", understand.Intent{Kind: understand.Ask}); err == nil {
		t.Error("a question was learned as a meaning")
	}
}
