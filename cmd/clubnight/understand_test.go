package main_test

import (
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// TestUnderstandCommand runs `clubnight understand` as an organiser would:
// each text's decision and why, then the table, and plain errors for bad
// input.
func TestUnderstandCommand(t *testing.T) {
	out, err := exec.Command(binary, "understand", "-night", "../../testdata/night.json",
		"-corpus", "../../testdata/sms-corpus.tsv").CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	s := string(out)
	for _, want := range []string{`RIGHT     tom: "JOBS"`, "- words: jobs", "expect  right  asked  passed on  missed  wrong  texts"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
	if !regexp.MustCompile(`(?m)^\s+all\s+45\s+0\s+0\s+0\s+0\s+45\s*$`).MatchString(s) {
		t.Errorf("want all 45 right:\n%s", s)
	}

	// The same table, each text spelt two other ways by ear: more texts,
	// and none of them as written.
	out, err = exec.Command(binary, "understand", "-night", "../../testdata/night.json",
		"-corpus", "../../testdata/sms-corpus.tsv", "-misspell", "2").CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	s = string(out)
	m := regexp.MustCompile(`(?m)^\s+all\s+(\d+)\s+\d+\s+\d+\s+\d+\s+\d+\s+(\d+)\s*$`).FindStringSubmatch(s)
	if m == nil || m[2] == "45" || len(m[2]) < 2 || strings.Contains(s, `tom: "JOBS"`) {
		t.Errorf("-misspell 2: want more than 45 texts, each spelt another way:\n%s", s)
	}

	// Texts typed in, one per line.
	cmd := exec.Command(binary, "understand", "-night", "../../testdata/nights/halloween.json")
	cmd.Stdin = strings.NewReader("will\tsnaks are out\nhope\thas sunnys taxi come yet?\nnobody\thi\n")
	out, err = cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	s = string(out)
	for _, want := range []string{"read as done:snacks", "read as status", `nobody on the night has the id "nobody"`} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}

	for args, want := range map[string]string{
		"understand":                     "say which night with -night plan.json",
		"understand -night nothing.json": "nothing.json",
		"understand -night ../../testdata/sms-corpus.tsv":                               "../../testdata/sms-corpus.tsv",
		"understand -night ../../testdata/night.json -corpus ../../testdata/night.json": "want 3 columns",
	} {
		out, err := exec.Command(binary, strings.Fields(args)...).CombinedOutput()
		if err == nil || !strings.Contains(string(out), want) || strings.Count(strings.TrimSpace(string(out)), "\n") > 0 {
			t.Errorf("%s: want one line saying %q, got %v:\n%s", args, want, err, out)
		}
	}
}
