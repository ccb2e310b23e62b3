package sms_test

import (
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/faketwilio"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
)

// While no text can go out, nobody more is asked: "Still needs help"
// waits. Once texts go again, the first alert goes first, and the staff
// are asked the night's wait after that, not at once.
func TestTextsDown_EscalationWaitsForTexts(t *testing.T) {
	f := faketwilio.New(t)
	f.AlwaysTexts("503")
	e := twilioEnv(t, f, EnvOptions{Options: func(o *sms.Options) { o.MaxAttempts = 1000 }})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Music, Text: "music stopped"})
	Eventually(t, 10*time.Second, "the night to say texts are not going out", func() bool { return e.MustNight().TextsDown })

	e.Clock.Advance(10 * time.Minute)
	time.Sleep(500 * time.Millisecond)
	if n, err := e.SMS.Pending(t.Context()); err != nil || n != 1 {
		t.Fatalf("%d texts waiting (%v), want only the first alert: nobody more is asked while texts fail", n, err)
	}

	f.AlwaysTexts("")
	Eventually(t, 10*time.Second, "the first alert to go once texts work", func() bool {
		return len(f.TextsTo(numbers["tom"])) == 1 && !e.MustNight().TextsDown
	})
	time.Sleep(300 * time.Millisecond)
	if got := f.TextsTo(numbers["kim"]); len(got) != 0 {
		t.Fatalf("the staff were asked at once when texts came back: %q", got[0].Get("Body"))
	}
	e.Clock.Advance(3 * time.Minute)
	Eventually(t, 10*time.Second, "the staff to be asked the night's wait later", func() bool {
		return len(f.TextsTo(numbers["kim"])) == 1
	})
	created := f.Texts()
	if created[0].Get("To") != numbers["tom"] || !strings.HasPrefix(created[1].Get("Body"), "Still needs help: ") {
		t.Fatalf("texts went in the wrong order: %q then %q", created[0].Get("Body"), created[1].Get("Body"))
	}
}

// A problem's texts to one person go in order: a follow-up ("Jade is on
// it") never reaches someone before the alert it follows up, even when
// that alert had to be tried again.
func TestTextsDown_FollowUpNeverBeforeItsAlert(t *testing.T) {
	f := faketwilio.New(t)
	f.ScriptTexts("503") // the first alert to go fails once, and waits to be tried again
	e := twilioEnv(t, f, EnvOptions{Options: func(o *sms.Options) { o.RetryBase, o.RetryMax = 2*time.Second, 2*time.Second }})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "jade"})
	res := e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Music, Text: "music stopped"})
	Eventually(t, 10*time.Second, "one alert to go", func() bool { return len(f.Texts()) == 1 })
	helper, other := "tom", "jade"
	if len(f.TextsTo(numbers["jade"])) == 1 {
		helper, other = "jade", "tom"
	}
	e.MustApply(night.Command{Type: night.CmdClaim, By: helper, Problem: res.Event.Problem.ID})
	Eventually(t, 15*time.Second, "the alert and the follow-up to "+other, func() bool {
		return len(f.TextsTo(numbers[other])) == 2
	})
	got := f.TextsTo(numbers[other])
	if !strings.HasPrefix(got[0].Get("Body"), "Problem: ") || !strings.Contains(got[1].Get("Body"), "No need to come.") {
		t.Fatalf("%s got %q before %q", other, got[0].Get("Body"), got[1].Get("Body"))
	}
}

// A long outage does not lose a problem's first alert: while the problem
// is still open, its alert is tried again past the usual number of tries,
// and goes once texts do.
func TestTextsDown_AlertOutlastsALongOutage(t *testing.T) {
	f := faketwilio.New(t)
	f.AlwaysTexts("503")
	e := twilioEnv(t, f, EnvOptions{Options: func(o *sms.Options) { o.MaxAttempts = 2 }})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Taxi for Jo not here"})
	Eventually(t, 15*time.Second, "more tries than the usual two", func() bool { return f.TextRequests() >= 5 })
	f.AlwaysTexts("")
	Eventually(t, 15*time.Second, "the first alert to go once texts do", func() bool {
		return len(f.TextsTo(numbers["tom"])) == 1
	})
}
