package wording_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/wording"
)

// TestReplies_OneSegment: with the longest names, titles and problem words,
// every reply is still one plain GSM-7 text, and an illness keeps its 999
// line.
func TestReplies_OneSegment(t *testing.T) {
	name := wording.Name(strings.Repeat("Christopher-Alexander ", 5))
	j := &night.Job{Number: 12, Title: strings.Repeat("Put out the tables and chairs “now” ", 8)}
	p := &night.Problem{Kind: night.Unwell, Text: strings.Repeat("someone feels very sick 🤢 ", 12)}
	told := []string{name, name, name, name, name, name}
	replies := map[string]string{
		"done": wording.Done(name, j), "doing": wording.Doing(name, j),
		"problem": wording.Problem(name, p, told), "claim": wording.Claim(name, p),
		"sorted": wording.Sorted(name, p), "busy": wording.Busy(name), "rate": wording.RateLimited(name),
		"here": wording.Here(name, name, false), "leaving": wording.Leaving(name, name, true),
		"refused":   wording.Refused(name, "That job is done already.", wording.JobsHint),
		"took back": wording.TookBack(name), "nothing to claim": wording.NothingToClaim(name),
	}
	for what, s := range replies {
		if n := understand.Septets(s); n > wording.MaxSMS || !understand.GSM7(s) || s == "" {
			t.Errorf("%s: %d characters, GSM-7 %v: %q", what, n, understand.GSM7(s), s)
		}
	}
	if !strings.Contains(replies["problem"], "999") {
		t.Errorf("an illness must keep the 999 line: %q", replies["problem"])
	}
}

// TestRefused_SaysYou: a refusal about the sender by name speaks to them;
// a reason about something else is passed on as it is.
func TestRefused_SaysYou(t *testing.T) {
	for _, tc := range []struct{ reason, want string }{
		{"Priya is not checked in.", "Sorry Priya. You are not checked in."},
		{"Priya has left already.", "Sorry Priya. You have left already."},
		{"That job is done already.", "Sorry Priya. That job is done already."},
		{"Priyanka is not checked in.", "Sorry Priya. Priyanka is not checked in."},
	} {
		if got := wording.Refused("Priya", tc.reason, ""); !strings.HasPrefix(got, tc.want) {
			t.Errorf("Refused(%q) = %q; want it to start %q", tc.reason, got, tc.want)
		}
	}
}
