package sms_test

import (
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
)

// Everyone is on duty, so the first alert asks everyone: later steps have
// nobody new to ask. The night's wait passes, twice, and the hub carries
// on (it once went wider for ever, and its stack ran out), sending nothing
// more about it, and still alerting the next problem.
func TestEscalation_NobodyLeftToAsk(t *testing.T) {
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: rec, Start: true})
	everyone := []string{"sam", "priya", "tom", "jade", "marcus", "kim", "leon"}
	for _, p := range everyone {
		e.MustApply(night.Command{Type: night.CmdCheckIn, By: p})
	}
	e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Music, Text: "music stopped"})
	waitAlerts(t, sms.StepTeam, []string{"jade", "kim", "leon", "marcus", "sam", "tom"}, rec)
	e.Clock.Advance(3 * time.Minute)
	time.Sleep(300 * time.Millisecond)
	e.Clock.Advance(3 * time.Minute)
	time.Sleep(300 * time.Millisecond)
	if n := len(rec.Sent()); n != 6 {
		t.Fatalf("%d texts about one problem everyone was asked about at once, want 6", n)
	}
	e.MustApply(night.Command{Type: night.CmdRaise, By: "tom", Kind: night.Spill, Text: "spill by the bar"})
	Eventually(t, 10*time.Second, "the next problem to be alerted", func() bool { return len(rec.Sent()) == 12 })
}
