package corpus_test

import (
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
