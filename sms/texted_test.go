package sms_test

import (
	"slices"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/faketwilio"
	"github.com/clubnight/clubnight/night"
)

// During a Twilio outage the night does not say people were texted: it
// says so once Twilio has taken the text.
func TestAlerted_RecordedWhenSentNotWhenQueued(t *testing.T) {
	f := faketwilio.New(t)
	f.AlwaysTexts("503")
	e := twilioEnv(t, f, EnvOptions{})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Music, Text: "music stopped"})
	Eventually(t, 10*time.Second, "tries to send the alert", func() bool { return f.TextRequests() >= 2 })
	if p, _ := e.MustNight().Problem("p1"); len(p.Alerted) != 0 {
		t.Fatalf("the night says %v were texted while no text could go", p.Alerted)
	}
	f.AlwaysTexts("")
	Eventually(t, 10*time.Second, "Tom recorded as texted once it went", func() bool {
		p, _ := e.MustNight().Problem("p1")
		return slices.Equal(p.Alerted, []string{"tom"}) && len(f.Texts()) == 1
	})
}

// While texts cannot go out, the night says so (every screen shows "texts
// are not going out: call people"); once they go again, it says that.
func TestTextsDown_ShownWhileSendsFail(t *testing.T) {
	f := faketwilio.New(t)
	f.AlwaysTexts("503")
	e := twilioEnv(t, f, EnvOptions{})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Music, Text: "music stopped"})
	Eventually(t, 10*time.Second, "the night to say texts are not going out", func() bool { return e.MustNight().TextsDown })
	f.AlwaysTexts("")
	Eventually(t, 10*time.Second, "the night to say texts go again", func() bool { return !e.MustNight().TextsDown })
	if len(f.Texts()) != 1 {
		t.Fatalf("%d texts created", len(f.Texts()))
	}
}
