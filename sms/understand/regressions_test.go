package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// TestUnderstand_Regressions keeps texts that once went wrong while the
// rules were being written. Unlike heldOut, these were tuned on.
func TestUnderstand_Regressions(t *testing.T) {
	base := MustNight(t)
	for _, r := range []struct{ from, text, want, setup string }{
		{"tom", "bars ready 2 go", "done:bar", ""},                                         // "2" is "to" before a verb
		{"leon", "floor is soaking by the bar", "problem:spill", ""},                       // not "corrected" to choking
		{"tom", "im on it x", "claim", "alert"},                                            // "i am on" is not a job verb here
		{"kim", "signing out", "leaving", ""},                                              // "signing" is not the signs job
		{"jade", "the cat sat on the mat", "quiet", ""},                                    // "on" alone is no verb: chat
		{"tom", "where r we up 2", "status", ""},                                           // "up 2" is up to, not job 2
		{"tom", "set up 2", "done:lights", ""},                                             // job 2 set up
		{"priya", "👍", "none", ""},                                                         // a lone thumbs up is an ack
		{"jade", "hi kim, someone spilt drink by the bar 😢 thanks x", "problem:spill", ""}, // words beat emoji
		{"tom", "all good", "sorted", "claimed"},
		{"tom", "all good", "none", ""},
		{"tom", "so", "none", ""},
		{"tom", "next?", "status", ""},
		{"sam", "speakers!!", "problem:music", ""},
		{"tom", "all set", "ask:done:hall|done:bar|done:cleanup", ""},
		{"jade", "drink all over the floor", "problem:spill", ""},
		{"priya", "my bags gone", "problem:lost", ""},
		{"sam", "strting decks", "doing:decks", ""}, // starting, not sorting
		{"tom", "d0ne 4", "done:bar", ""},
		{"tom", "on the bar now", "doing:bar", ""},
		{"marcus", "lights on", "done:lights", ""},
		{"tom", "the hall is cleaned up", "done:cleanup", ""},
		{"marcus", "music is working again", "sorted", ""},
		{"kim", "see you all next month", "leaving", ""},
		{"marcus", "great night", "none", ""},
		{"priya", "is it raffle time yet", "status", ""},
		{"priya", "chris is in his taxi", "ride:r4=gone", ""},
		{"kim", "ravi walked home with staff", "ride:r5=gone", ""},
		{"kim", "can anyone find alex", "problem:missing", ""},
		{"priya", "the toilets are blocked", "problem:other", ""},
		{"leon", "gonna help with bar", "doing:bar", ""},
		{"jade", "im at the hall", "here", ""},
		{"tom", "the bar job", "ask:done:bar|doing:bar", ""},
		{"tom", "i didnt finish it", "undo", ""},
		{"sam", "my dj set is done", "done:dj1", ""},
		{"sam", "set one done", "done:dj1", ""},
		{"tom", "all cleaned up", "ask:done:hall|done:bar|done:cleanup", ""},
	} {
		n, ctx := heldOutSetup(t, base, r.from, r.setup)
		in := understand.Understand(r.text, n, r.from, ctx)
		CheckValid(t, n, r.text, in)
		if got := in.Expect(n); !Matches(got, r.want) {
			t.Errorf("%s %q [%s] = %s; want %s", r.from, r.text, r.setup, got, r.want)
		}
	}
}
