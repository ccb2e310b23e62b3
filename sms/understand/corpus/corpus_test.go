package corpus_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/sms/understand/corpus"
)

func TestParse(t *testing.T) {
	rows, err := corpus.Parse(strings.NewReader("from\ttext\texpect\n# a note\n\ntom\tbar done\tdone:bar\njo\ttaxi?\tride:r1=gone\n"))
	if err != nil || len(rows) != 2 || rows[0].Text != "bar done" || rows[1].Line != 5 {
		t.Fatalf("%+v %v", rows, err)
	}
	for in, want := range map[string]string{
		"tom\tbar done\n":           "want 3 columns",
		"tom\tbar done\tfinished\n": `expectation "finished"`,
		"tom\tbar done\tdone:\n":    `expectation "done:"`,
		"tom\tgone\tride:r1=home\n": `expectation "ride:r1=home"`,
		"tom\tbar done\tjobs:bar\n": `expectation "jobs:bar"`,
	} {
		if _, err := corpus.Parse(strings.NewReader(in)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", in, err, want)
		}
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plan := write("plan.json", `{"id":"n1","title":"Quiz","date":"2027-01-02","venue":"Hall",
		"people":[{"id":"tom","name":"Tom","phone":"+447700900001","roles":["committee"]}],
		"jobs":[{"id":"bar","title":"Set up the bar","phase":"setup","who":["tom"]}]}`)
	texts := write("texts.tsv", "from\ttext\texpect\ntom\tbar done\tdone:bar\n")
	p, rows, err := corpus.Load(plan, texts)
	if err != nil || p.ID != "n1" || len(rows) != 1 || rows[0].Expect != "done:bar" {
		t.Fatalf("Load: %+v %+v %v", p, rows, err)
	}
	for _, c := range []struct{ plan, texts, want string }{
		{write("bad.json", `{"id":`), texts, "bad.json"},
		{plan, write("badcols.tsv", "tom\tbar done\n"), "badcols.tsv: line 1: want 3 columns"},
		{plan, write("nojob.tsv", "tom\tbins done\tdone:bins\n"), `nojob.tsv: line 1: the night has no job "bins"`},
		{plan, write("nobody.tsv", "ann\tbar done\tdone:bar\n"), `nobody.tsv: line 1: nobody on the night has the id "ann"`},
		{filepath.Join(dir, "missing.json"), texts, "missing.json"},
	} {
		if _, _, err := corpus.Load(c.plan, c.texts); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Load(%s, %s): error %v, want %q", filepath.Base(c.plan), filepath.Base(c.texts), err, c.want)
		}
	}
}

// TestLoad_HeldOutNights: every night kept aside in testdata/heldout loads
// (its plan parses, and every text names people, jobs and rides the plan
// has), so the next stop can read it as it stands. Nothing here reads how
// its texts are understood: that stays a measure nobody tunes on.
func TestLoad_HeldOutNights(t *testing.T) {
	plans, err := filepath.Glob("../../../testdata/heldout/*.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plans {
		if _, rows, err := corpus.Load(p, strings.TrimSuffix(p, ".json")+".tsv"); err != nil || len(rows) < 100 {
			t.Errorf("%s: %d texts, %v; want it to load with about 106 texts", filepath.Base(p), len(rows), err)
		}
	}
}
