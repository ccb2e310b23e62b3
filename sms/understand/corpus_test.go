package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

func TestUnderstand_Corpus(t *testing.T) {
	base := MustNight(t)
	rows := loadCorpus(t)
	if len(rows) == 0 {
		t.Fatal("the corpus has no rows")
	}
	pass := 0
	for _, r := range rows {
		n, ctx := setupFor(t, base, r.from, r.expect)
		in := understand.Understand(r.text, n, r.from, ctx)
		CheckValid(t, n, r.text, in)
		if got := in.Expect(n); Matches(got, r.expect) {
			pass++
		} else {
			t.Errorf("%s: %q = %s; want %s", r.from, r.text, got, r.expect)
		}
	}
	t.Logf("corpus: %d/%d", pass, len(rows))
}
