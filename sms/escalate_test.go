package sms_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
)

// alertsByStep gathers the alerts of several senders.
func alertsByStep(recs ...*Recorder) map[int][]string {
	out := map[int][]string{}
	for _, r := range recs {
		for step, people := range r.Alerts() {
			out[step] = append(out[step], people...)
		}
	}
	for step := range out {
		slices.Sort(out[step])
	}
	return out
}

func waitAlerts(t *testing.T, step int, want []string, recs ...*Recorder) {
	t.Helper()
	slices.Sort(want)
	Eventually(t, 5*time.Second, fmt.Sprintf("step %d alerts to %v", step, want), func() bool {
		return slices.Equal(alertsByStep(recs...)[step], want)
	})
}

func TestEscalation_Steps(t *testing.T) {
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: rec, Start: true})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "sam"})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "priya"})

	reply := e.Text("priya", "jos taxi hasnt come")
	if !strings.Contains(reply, "We told Sam and Tom") && !strings.Contains(reply, "We told Tom and Sam") {
		t.Fatalf("the reply should say who was told: %q", reply)
	}
	// Step 0: those on duty, not the raiser.
	waitAlerts(t, sms.StepTeam, []string{"sam", "tom"}, rec)
	for _, m := range rec.Sent() {
		if !strings.HasPrefix(m.Body, "Problem: ") || !strings.Contains(m.Body, "(Priya)") || !strings.HasSuffix(m.Body, "Reply ON IT.") {
			t.Fatalf("alert text %q", m.Body)
		}
		CheckSMS(t, m.Body)
	}

	// Not yet: 2m59s later nothing more.
	e.Clock.Advance(3*time.Minute - time.Second)
	time.Sleep(150 * time.Millisecond)
	if got := alertsByStep(rec)[sms.StepStaff]; len(got) != 0 {
		t.Fatalf("escalated early: %v", got)
	}
	// Step 1 after 3 minutes: the staff.
	e.Clock.Advance(time.Second)
	waitAlerts(t, sms.StepStaff, []string{"kim"}, rec)
	if m := rec.To("kim")[0]; !strings.HasPrefix(m.Body, "Still needs help: ") {
		t.Fatalf("escalation text %q", m.Body)
	}
	// Step 2 after 3 more: everyone else, but nobody twice.
	e.Clock.Advance(3 * time.Minute)
	waitAlerts(t, sms.StepEveryone, []string{"jade", "leon", "marcus"}, rec)

	time.Sleep(150 * time.Millisecond)
	seen := map[string]int{}
	for _, m := range rec.Sent() {
		seen[m.Person]++
	}
	for person, n := range seen {
		if n != 1 {
			t.Errorf("%s got %d alerts about one problem", person, n)
		}
	}
	if seen["priya"] != 0 {
		t.Errorf("the raiser was alerted about her own problem")
	}
}

func TestEscalation_ClaimStops(t *testing.T) {
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: rec, Start: true})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "jade"})

	e.Text("priya", "PROBLEM taxi not here for Jo")
	waitAlerts(t, sms.StepTeam, []string{"jade", "tom"}, rec)

	reply := e.Text("jade", "on my way")
	if !strings.HasPrefix(reply, "Thanks Jade. You are helping with: taxi not here for Jo") {
		t.Fatalf("claim reply %q", reply)
	}
	// The raiser hears who is coming.
	Eventually(t, 5*time.Second, "a text to priya", func() bool { return len(rec.To("priya")) == 1 })
	if m := rec.To("priya")[0]; m.Body != "Jade is coming to help with: taxi not here for Jo." {
		t.Fatalf("notice %q", m.Body)
	}
	// Nobody else is asked, however long it takes.
	e.Clock.Advance(10 * time.Minute)
	time.Sleep(200 * time.Millisecond)
	if got := alertsByStep(rec); len(got[sms.StepStaff])+len(got[sms.StepEveryone]) != 0 {
		t.Fatalf("escalated after a claim: %v", got)
	}
	// Sorted: the raiser is told.
	if reply := e.Text("jade", "all sorted now"); !strings.Contains(reply, "It is sorted") {
		t.Fatalf("sorted reply %q", reply)
	}
	Eventually(t, 5*time.Second, "a second text to priya", func() bool { return len(rec.To("priya")) == 2 })
	if m := rec.To("priya")[1]; m.Body != "Jade sorted it: taxi not here for Jo. Thank you." {
		t.Fatalf("notice %q", m.Body)
	}
}

func TestEscalation_ClaimOnKioskStops(t *testing.T) {
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: rec, Start: true})
	res := e.MustApply(night.Command{Type: night.CmdRaise, By: "sam", Kind: night.Spill, Text: "Spill by the decks"})
	// Nobody checked in: the staff first.
	waitAlerts(t, sms.StepTeam, []string{"kim"}, rec)
	e.MustApply(night.Command{Type: night.CmdClaim, By: "kim", Problem: res.Event.Problem.ID})
	e.Clock.Advance(10 * time.Minute)
	time.Sleep(200 * time.Millisecond)
	if got := alertsByStep(rec); len(got[sms.StepStaff])+len(got[sms.StepEveryone]) != 0 {
		t.Fatalf("escalated after a claim: %v", got)
	}
}

func TestEscalation_UndoClaimResumes(t *testing.T) {
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: rec, Start: true})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.Text("priya", "music stopped")
	waitAlerts(t, sms.StepTeam, []string{"tom"}, rec)
	e.Text("tom", "on it")
	e.Text("tom", "undo")
	e.Clock.Advance(3 * time.Minute)
	waitAlerts(t, sms.StepStaff, []string{"kim"}, rec)
}

func TestEscalation_PerNightDelay(t *testing.T) {
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: rec, Start: true})
	e.MustApply(night.Command{Type: night.CmdEscalate, Seconds: 60, Source: night.FromAPI})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.Text("priya", "music stopped")
	waitAlerts(t, sms.StepTeam, []string{"tom"}, rec)
	e.Clock.Advance(time.Minute)
	waitAlerts(t, sms.StepStaff, []string{"kim"}, rec)
}

// Two hub processes on one Redis: every step happens once.
func TestEscalation_TwoHubs(t *testing.T) {
	a, b := &Recorder{}, &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: a, Start: true})
	e.Twin(b)
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "sam"})

	e.Text("leon", "someone spilt drink by the bar")
	waitAlerts(t, sms.StepTeam, []string{"sam", "tom"}, a, b)
	e.Clock.Advance(3 * time.Minute)
	waitAlerts(t, sms.StepStaff, []string{"kim"}, a, b)
	e.Clock.Advance(3 * time.Minute)
	waitAlerts(t, sms.StepEveryone, []string{"jade", "marcus", "priya"}, a, b)
	time.Sleep(300 * time.Millisecond)
	total := len(a.Sent()) + len(b.Sent())
	if total != 6 {
		t.Fatalf("%d texts sent by two hubs, want 6: %v", total, alertsByStep(a, b))
	}
	t.Logf("hub A sent %d, hub B sent %d", len(a.Sent()), len(b.Sent()))
}
