package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// TestUnderstand_WellAndInflected holds the readings fixed for #10 after
// the quiz night was measured: all-is-well talk changes nothing, a job of
// one's own not done yet is no problem, "my lift is here" is going home,
// and endings typed as said ("makin", "stackd", "wiped") keep their tense.
func TestUnderstand_WellAndInflected(t *testing.T) {
	base := MustNight(t)
	for _, r := range []struct{ from, text, want, setup string }{
		{"marcus", "lights all working fine no problems", "none", ""},
		{"marcus", "the disco lights are working, no issues", "none", ""},
		{"tom", "all fine here", "none", ""},
		{"tom", "everything ok here thanks", "none", ""},
		{"marcus", "lights not working yet il sort them after", "none", ""},
		{"tom", "off now my dads here", "leaving", ""},
		{"sam", "my lifts outside", "leaving", ""},
		{"sam", "settin up the decks", "doing:decks", ""},
		{"tom", "tables folded and stackd away", "ask:done:hall|done:cleanup", ""},
		{"marcus", "lights are up all good", "done:lights", ""},
		{"tom", "im here all good", "here", ""},
	} {
		n, ctx := heldOutSetup(t, base, r.from, r.setup)
		in := understand.Understand(r.text, n, r.from, ctx)
		CheckValid(t, n, r.text, in)
		if got := in.Expect(n); !Matches(got, r.want) {
			t.Errorf("%s %q [%s] = %s; want %s", r.from, r.text, r.setup, got, r.want)
		}
	}
}
