package sms_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
)

// When another night is made live while a problem is still open, the
// problem is not dropped: it goes on asking for help, and everyone already
// texted about it gets one plain text saying the night is closed with it
// still open (once each, even with two hubs). A sorted problem is not in it.
func TestNightClosed_OpenProblemsAreNamedToThoseTexted(t *testing.T) {
	a, b := &Recorder{}, &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: a, Start: true})
	e.Twin(b)
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "jade"})
	e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Taxi for Jo not here"})
	spill := e.MustApply(night.Command{Type: night.CmdRaise, By: "sam", Kind: night.Spill, Text: "Spill by the bar"})
	waitAlerts(t, sms.StepTeam, []string{"jade", "jade", "tom", "tom"}, a, b)
	e.MustApply(night.Command{Type: night.CmdSort, By: "jade", Problem: spill.Event.Problem.ID})

	next := MustPlan(t)
	next.ID, next.Date = "2027-01-02", "2027-01-02"
	ctx := context.Background()
	if _, err := e.Hub.Import(ctx, next, "", night.FromSystem); err != nil {
		t.Fatal(err)
	}
	if err := e.Hub.SetLive(ctx, next.ID); err != nil {
		t.Fatal(err)
	}

	// The problem by its kind, never its own words (they may be personal,
	// and the night may be wiped for privacy as this text goes).
	const want = "The night is closed. Still open: a taxi is not here. Please check."
	closed := func(person string) []sms.Message {
		var out []sms.Message
		for _, r := range []*Recorder{a, b} {
			for _, m := range r.To(person) {
				if strings.HasPrefix(m.Body, "The night is closed.") {
					out = append(out, m)
				}
			}
		}
		return out
	}
	for _, person := range []string{"tom", "jade"} {
		Eventually(t, 10*time.Second, "a closing text to "+person, func() bool { return len(closed(person)) > 0 })
	}
	time.Sleep(300 * time.Millisecond)
	for _, person := range []string{"tom", "jade"} {
		got := closed(person)
		if len(got) != 1 || got[0].Body != want {
			t.Fatalf("%s got %d closing texts, want one %q: %v", person, len(got), want, got)
		}
		CheckSMS(t, got[0].Body)
	}
	for _, person := range []string{"priya", "sam", "kim"} {
		if got := closed(person); len(got) != 0 {
			t.Fatalf("%s, never texted about it, got %q", person, got[0].Body)
		}
	}
	// And the taxi still goes to the staff on time.
	e.Clock.Advance(3 * time.Minute)
	waitAlerts(t, sms.StepStaff, []string{"kim"}, a, b)
}
