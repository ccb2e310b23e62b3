package corpus_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/understand/corpus"
)

// TestMisspell_OneWordSpeltByEar: each variant changes one everyday word,
// there are at most as many as asked, and asking twice gives the same.
func TestMisspell_OneWordSpeltByEar(t *testing.T) {
	text := "the bar is done and the chairs are out"
	got := corpus.Misspell(text, 3)
	if len(got) != 3 {
		t.Fatalf("Misspell gave %d variants, want 3: %q", len(got), got)
	}
	want := strings.Fields(text)
	for _, v := range got {
		words := strings.Fields(v)
		diff := 0
		for i := range words {
			if i >= len(want) || words[i] != want[i] {
				diff++
			}
		}
		if len(words) != len(want) || diff != 1 {
			t.Errorf("%q changes %d words of %q; want one", v, diff, text)
		}
	}
	again := corpus.Misspell(text, 3)
	if strings.Join(again, "|") != strings.Join(got, "|") {
		t.Errorf("Misspell is not the same twice: %q then %q", got, again)
	}
	if v := corpus.Misspell("xyzzy plugh", 3); len(v) != 0 {
		t.Errorf("words nobody misspells gave %q", v)
	}
}

// TestMisspell_TunedNightsHoldUp reads every text of the tuned nights and
// the dev corpus spelt another way (one everyday word spelt by ear), and
// holds the understanding to a floor: misspelt, a text must still nearly
// always be read right, and hardly ever wrongly. (The spellings are
// in-sample: the reading was mended against them.)
func TestMisspell_TunedNightsHoldUp(t *testing.T) {
	type set struct{ plan, texts string }
	sets := []set{{"../../../testdata/night.json", "../../../testdata/sms-corpus-dev.tsv"}}
	plans, err := filepath.Glob("../../../testdata/nights/*.json")
	if err != nil || len(plans) < 10 {
		t.Fatalf("the tuned nights are missing: %v %v", plans, err)
	}
	for _, p := range plans {
		sets = append(sets, set{p, strings.TrimSuffix(p, ".json") + ".tsv"})
	}
	var all []corpus.Result
	for _, s := range sets {
		plan, rows, err := corpus.Load(s.plan, s.texts)
		if err != nil {
			t.Fatal(err)
		}
		results, err := corpus.Run(corpus.Misspelt(rows, 1), night.NewNight(plan), understand.Context{Now: "19:30"})
		if err != nil {
			t.Fatalf("%s: %v", s.texts, err)
		}
		all = append(all, results...)
		for _, r := range results {
			if r.Outcome == corpus.Wrong {
				t.Logf("wrong: %s %q: %s", r.Row.From, r.Row.Text, r.Detail)
			}
		}
	}
	tally := corpus.Count(all)
	n := tally.Total("all")
	right, wrong := tally.Rate("all", corpus.Right), tally.Rate("all", corpus.Wrong)
	t.Logf("%d misspelt texts: %.1f%% right, %.2f%% wrong", n, 100*right, 100*wrong)
	if n < 2500 || right < 0.95 || wrong > 0.003 {
		t.Errorf("misspelt texts: %d, %.1f%% right (floor 95%%), %.2f%% wrong (ceiling 0.3%%)", n, 100*right, 100*wrong)
	}
}
