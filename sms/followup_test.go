package sms_test

import (
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
)

// notices returns the follow-ups (not alerts) sent to person by any hub.
func followUps(person string, recs ...*Recorder) []sms.Message {
	var out []sms.Message
	for _, r := range recs {
		for _, m := range r.To(person) {
			if m.Kind != sms.KindAlert {
				out = append(out, m)
			}
		}
	}
	return out
}

// When someone picks a problem up, those already texted about it are told,
// once each, even with two hubs.
func TestFollowUp_ClaimTellsThoseAlerted(t *testing.T) {
	a, b := &Recorder{}, &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: a, Start: true})
	e.Twin(b)
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "jade"})
	e.Text("leon", "spill by the bar")
	waitAlerts(t, sms.StepTeam, []string{"jade", "tom"}, a, b)

	e.Text("jade", "on it")
	Eventually(t, 5*time.Second, "a follow-up to Tom", func() bool { return len(followUps("tom", a, b)) == 1 })
	if got := followUps("tom", a, b)[0].Body; got != "Jade is on it: spill by the bar. No need to come." {
		t.Fatalf("follow-up %q", got)
	}
	time.Sleep(300 * time.Millisecond)
	if n := len(followUps("tom", a, b)); n != 1 {
		t.Fatalf("Tom got %d follow-ups", n)
	}
	if n := len(followUps("jade", a, b)); n != 0 {
		t.Fatalf("Jade, who picked it up, got %d follow-ups", n)
	}
	for _, m := range append(a.Sent(), b.Sent()...) {
		CheckSMS(t, m.Body)
	}
}

// The person who raised a problem takes it back: those texted are told.
func TestFollowUp_UndoByRaiserTellsThoseAlerted(t *testing.T) {
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: rec, Start: true})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.Text("sam", "the music stopped")
	waitAlerts(t, sms.StepTeam, []string{"tom"}, rec)
	e.Text("sam", "undo")
	Eventually(t, 5*time.Second, "a follow-up to Tom", func() bool { return len(followUps("tom", rec)) == 1 })
	if got := followUps("tom", rec)[0].Body; !strings.HasPrefix(got, "Sam says it is sorted: ") || !strings.HasSuffix(got, "No need to come.") {
		t.Fatalf("follow-up %q", got)
	}
	// And nobody is asked any more.
	e.Clock.Advance(10 * time.Minute)
	time.Sleep(200 * time.Millisecond)
	if got := alertsByStep(rec); len(got[sms.StepStaff]) != 0 {
		t.Fatalf("escalated after the raiser took it back: %v", got)
	}
}
