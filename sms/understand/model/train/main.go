// Command train fits the learned second opinion of package model to the
// committee texts in testdata and writes its weights. Run it through
// `go generate ./sms/understand/model` from the repository; the same texts
// always give the same weights.
//
// With -test it trains on every set except the named texts tables and
// prints how well the model alone reads those, kind by kind, so it can be
// measured on nights it never saw.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/understand/corpus"
	"github.com/clubnight/clubnight/sms/understand/model"
)

func main() {
	root := flag.String("root", ".", "the repository's top folder")
	out := flag.String("out", "weights.bin", "where to write the weights")
	test := flag.String("test", "", "plan.json:texts.tsv pairs, comma separated, to measure on instead of writing weights")
	fold := flag.Int("fold", -1, "for cross-validation: train without every fifth table, starting with this one (0-4), and print the tables left out")
	flag.Parse()
	if err := run(*root, *out, *test, *fold); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// set is one table of texts with the plan it is about.
type set struct{ plan, texts string }

// sets are the tuned tables under root/testdata, as the webhook test reads them.
func sets(root string) ([]set, error) {
	td := filepath.Join(root, "testdata")
	out := []set{
		{filepath.Join(td, "night.json"), filepath.Join(td, "sms-corpus.tsv")},
		{filepath.Join(td, "night.json"), filepath.Join(td, "sms-corpus-dev.tsv")},
	}
	nights, err := filepath.Glob(filepath.Join(td, "nights", "*.tsv"))
	if err != nil {
		return nil, err
	}
	for _, t := range nights {
		out = append(out, set{strings.TrimSuffix(t, ".tsv") + ".json", t})
	}
	hunts, err := filepath.Glob(filepath.Join(td, "hunt*", "*.tsv"))
	if err != nil {
		return nil, err
	}
	for _, t := range hunts {
		base := strings.TrimRight(strings.TrimSuffix(t, ".tsv"), "0123456789")
		if _, err := os.Stat(base + ".json"); err == nil {
			out = append(out, set{base + ".json", t})
		}
	}
	if len(out) < 3 {
		return nil, fmt.Errorf("no texts found under %s", td)
	}
	return out, nil
}

// examples reads a set's rows as labelled features: the label is the kind
// of what the row expects (done, problem, none...).
func examples(s set) ([]model.Example, error) {
	plan, rows, err := corpus.Load(s.plan, s.texts)
	if err != nil {
		return nil, err
	}
	n := night.NewNight(plan)
	var out []model.Example
	for _, r := range rows {
		out = append(out, model.Example{Features: understand.ModelFeatures(r.Text, n, r.From), Label: labelOf(r.Expect)})
	}
	return out, nil
}

// labelOf is the class a row's expectation teaches: its kind, and for a
// problem its kind of problem too ("problem:taxi"), since a problem texts
// the team and must be the right one.
func labelOf(expect string) string {
	kind, rest, _ := strings.Cut(expect, ":")
	if kind == "problem" && rest != "any" {
		return expect
	}
	return kind
}

func run(root, out, test string, fold int) error {
	all, err := sets(root)
	if err != nil {
		return err
	}
	if fold >= 0 {
		var keep []set
		for i, s := range all {
			if i%5 != fold {
				keep = append(keep, s)
			} else {
				fmt.Printf("%s\t%s\n", s.plan, s.texts)
			}
		}
		all = keep
	}
	m, err := trainOn(all)
	if err != nil {
		return err
	}
	if test != "" {
		return measure(m, test)
	}
	data, err := m.MarshalBinary()
	if err != nil {
		return err
	}
	fmt.Printf("trained on %d tables\n", len(all))
	return os.WriteFile(out, data, 0o644)
}

// trainAll is the model trained on every tuned table under root: the
// embedded one.
func trainAll(root string) (*model.Model, error) {
	all, err := sets(root)
	if err != nil {
		return nil, err
	}
	return trainOn(all)
}

func trainOn(tables []set) (*model.Model, error) {
	var train []model.Example
	for _, s := range tables {
		ex, err := examples(s)
		if err != nil {
			return nil, err
		}
		train = append(train, ex...)
	}
	return model.Train(train, model.Defaults())
}

// measure prints, per kind, how many texts of the test tables the model
// alone reads as the right kind, and how sure it was when wrong.
func measure(m *model.Model, test string) error {
	right, total := map[string]int{}, map[string]int{}
	for _, pair := range strings.Split(test, ",") {
		plan, texts, ok := strings.Cut(pair, ":")
		if !ok {
			return fmt.Errorf("-test wants plan.json:texts.tsv, not %q", pair)
		}
		ex, err := examples(set{plan, texts})
		if err != nil {
			return err
		}
		for _, e := range ex {
			got, _ := m.Best(e.Features)
			want, _, _ := strings.Cut(e.Label, ":")
			total[want]++
			if got == e.Label || want != "problem" && strings.HasPrefix(got, want) {
				right[want]++
			}
		}
	}
	var kinds []string
	sum, n := 0, 0
	for k := range total {
		kinds = append(kinds, k)
		sum += right[k]
		n += total[k]
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("%-8s %3d of %3d\n", k, right[k], total[k])
	}
	fmt.Printf("all      %3d of %3d (%.1f%%)\n", sum, n, 100*float64(sum)/float64(n))
	return nil
}
