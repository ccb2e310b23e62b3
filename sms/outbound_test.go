package sms_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/faketwilio"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
)

func twilioEnv(t *testing.T, f *faketwilio.Server, o EnvOptions) *Env {
	t.Helper()
	o.Config = f.Configure
	o.Start = true
	e := NewEnv(t, o)
	e.Token = f.Token // webhooks are signed with the auth token
	if e.SMS.Simulated() {
		t.Fatal("with Twilio settings the service must not use the simulator")
	}
	return e
}

func TestOutbound_TwilioRetries5xx(t *testing.T) {
	f := faketwilio.New(t)
	f.ScriptTexts("500", "503", "500")
	e := twilioEnv(t, f, EnvOptions{})
	if err := e.SMS.SendCode(context.Background(), "07700 900101", "Your Clubnight code is 123456."); err != nil {
		t.Fatal(err)
	}
	Eventually(t, 5*time.Second, "the code to arrive", func() bool { return len(f.Texts()) == 1 })
	m := f.Texts()[0]
	if m.Get("To") != numbers["sam"] || m.Get("From") != "+447700900999" || m.Get("Body") != "Your Clubnight code is 123456." {
		t.Fatalf("sent %v", m)
	}
	if m.Get("StatusCallback") != e.Config.PublicURL+sms.StatusPath {
		t.Fatalf("StatusCallback %q", m.Get("StatusCallback"))
	}
	if f.TextRequests() != 4 {
		t.Fatalf("%d calls, want 3 failures and 1 success", f.TextRequests())
	}
	time.Sleep(100 * time.Millisecond)
	if len(f.Texts()) != 1 {
		t.Fatalf("sent %d times", len(f.Texts()))
	}
}

func TestOutbound_TwilioTimeout(t *testing.T) {
	f := faketwilio.New(t)
	f.ScriptTexts("hang", "hang")
	e := twilioEnv(t, f, EnvOptions{Options: func(o *sms.Options) { o.SendTimeout = 200 * time.Millisecond }})
	if err := e.SMS.SendCode(context.Background(), numbers["sam"], "Your code is 1."); err != nil {
		t.Fatal(err)
	}
	Eventually(t, 5*time.Second, "the code to arrive", func() bool { return len(f.Texts()) == 1 })
	if f.TextRequests() != 3 {
		t.Fatalf("%d calls, want 2 timeouts and 1 success", f.TextRequests())
	}
}

func TestOutbound_Twilio400NotRetried(t *testing.T) {
	f := faketwilio.New(t)
	f.AlwaysTexts("400")
	e := twilioEnv(t, f, EnvOptions{})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.Text("priya", "music stopped")
	Eventually(t, 5*time.Second, "a call to twilio", func() bool { return f.TextRequests() >= 1 })
	// Failed for good: on the dashboard, and never tried again.
	Eventually(t, 5*time.Second, "the failure on the dashboard", func() bool {
		items, _ := e.SMS.Inbox(context.Background(), e.Night)
		for _, it := range items {
			if it.Kind == sms.InboxFailed && it.Person == "tom" && strings.Contains(it.Detail, "400") {
				return true
			}
		}
		return false
	})
	// Each failed alert counts as unanswered, so the next step comes at
	// once: tom, then the staff, then everyone; but nobody is tried twice.
	Eventually(t, 5*time.Second, "everyone tried", func() bool { return f.TextRequests() == 6 })
	time.Sleep(300 * time.Millisecond)
	if f.TextRequests() != 6 {
		t.Fatalf("%d calls to twilio, want 6 (one per person): a 400 must not be retried", f.TextRequests())
	}
}

func TestOutbound_StatusCallback(t *testing.T) {
	f := faketwilio.New(t)
	e := twilioEnv(t, f, EnvOptions{})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.Text("priya", "jos taxi hasnt come")
	Eventually(t, 5*time.Second, "an alert to tom", func() bool { return len(f.TextsTo(numbers["tom"])) == 1 })
	sid := "SM" + strings.Repeat("0", 31) + "1"
	ctx := context.Background()

	post := func(status string, extra ...string) {
		t.Helper()
		form := url.Values{"MessageSid": {sid}, "MessageStatus": {status}, "AccountSid": {f.SID}, "To": {numbers["tom"]}}
		for i := 0; i+1 < len(extra); i += 2 {
			form.Set(extra[i], extra[i+1])
		}
		if res := e.Post(sms.StatusPath, form); res.Status/100 != 2 {
			t.Fatalf("status callback answered %d: %s", res.Status, res.Raw)
		}
	}
	status := func() string {
		s, err := e.SMS.StatusOf(ctx, sid)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	// Twilio has the alert; wait until the sender has recorded its id, so
	// the callbacks below meet a known message (a callback that comes
	// first is TestOutbound_CallbackBeforeAnswer's).
	Eventually(t, 5*time.Second, "the send to be recorded", func() bool { return status() != "" })
	post("sent")
	if got := status(); got != "sent" {
		t.Fatalf("status %q after sent", got)
	}
	post("delivered")
	post("sent") // late and out of order: never backwards
	post("queued")
	if got := status(); got != "delivered" {
		t.Fatalf("status %q, want delivered", got)
	}
	post("failed", "ErrorCode", "30003")
	if got := status(); got != "delivered" {
		t.Fatalf("a final status changed: %q", got)
	}
}

func TestOutbound_CallbackBeforeAnswer(t *testing.T) {
	f := faketwilio.New(t)
	f.EarlyStatus = "undelivered"
	e := twilioEnv(t, f, EnvOptions{})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.Text("priya", "jos taxi hasnt come")
	Eventually(t, 5*time.Second, "the staff asked at once", func() bool { return len(f.TextsTo(numbers["kim"])) == 1 })
	sid := "SM" + strings.Repeat("0", 31) + "1"
	if st, _ := e.SMS.StatusOf(context.Background(), sid); st != "undelivered" {
		t.Fatalf("status %q, want undelivered", st)
	}
}

func TestOutbound_FailedAlertEscalates(t *testing.T) {
	f := faketwilio.New(t)
	e := twilioEnv(t, f, EnvOptions{})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.Text("priya", "jos taxi hasnt come")
	Eventually(t, 5*time.Second, "an alert to tom", func() bool { return len(f.TextsTo(numbers["tom"])) == 1 })
	sid := "SM" + strings.Repeat("0", 31) + "1"
	form := url.Values{"MessageSid": {sid}, "MessageStatus": {"undelivered"}, "ErrorCode": {"30003"}}
	if res := e.Post(sms.StatusPath, form); res.Status/100 != 2 {
		t.Fatalf("status callback: %d", res.Status)
	}
	// The clock has not moved, yet the staff are asked now.
	Eventually(t, 5*time.Second, "the staff asked at once", func() bool { return len(f.TextsTo(numbers["kim"])) == 1 })
	items, _ := e.SMS.Inbox(context.Background(), e.Night)
	found := false
	for _, it := range items {
		if it.Kind == sms.InboxFailed && it.Name == "Tom" && strings.Contains(it.Detail, "30003") && !strings.Contains(it.From, "900103") {
			found = true
		}
	}
	if !found {
		t.Fatalf("the failed alert is not on the dashboard: %+v", items)
	}
}

func TestOutbound_UnknownStatusSid(t *testing.T) {
	f := faketwilio.New(t)
	e := twilioEnv(t, f, EnvOptions{})
	res := e.Post(sms.StatusPath, url.Values{"MessageSid": {"SMnothing"}, "MessageStatus": {"delivered"}})
	if res.Status != http.StatusNoContent {
		t.Fatalf("status %d", res.Status)
	}
}

// A problem raised by text reaches another member through Twilio within
// 10 seconds.
func TestOutbound_ProblemReachesTeamWithin10s(t *testing.T) {
	f := faketwilio.New(t)
	e := twilioEnv(t, f, EnvOptions{})
	start := time.Now()
	e.Text("priya", "cant find ravi anywhere")
	Eventually(t, 10*time.Second, "an alert to someone else", func() bool {
		for _, m := range f.Texts() {
			if m.Get("To") != numbers["priya"] && strings.HasPrefix(m.Get("Body"), "Problem: ") {
				return true
			}
		}
		return false
	})
	t.Logf("first alert reached Twilio %s after the text", time.Since(start).Round(time.Millisecond))
}

// Stop a hub with alerts still queued (Twilio down), start another on the
// same Redis: the alerts are sent, each once.
func TestOutbound_RestartKeepsQueue(t *testing.T) {
	srv := testredis.Start(t)
	rdb := srv.Client(t)
	f := faketwilio.New(t)
	f.AlwaysTexts("503")
	slow := func(o *sms.Options) {
		o.RetryBase, o.RetryMax, o.Lease = 300*time.Millisecond, 300*time.Millisecond, time.Second
	}
	e := twilioEnv(t, f, EnvOptions{RDB: rdb, Options: slow})
	for _, p := range []string{"tom", "sam", "jade"} {
		e.MustApply(night.Command{Type: night.CmdCheckIn, By: p})
	}
	e.Text("priya", "someone spilt drink by the bar")
	Eventually(t, 5*time.Second, "twilio failing", func() bool { return f.TextRequests() >= 3 })
	e.SMS.Close() // the hub stops: nothing sent, three alerts queued
	ctx := context.Background()
	if n, _ := e.SMS.Pending(ctx); n != 3 {
		t.Fatalf("%d texts pending after the stop, want 3", n)
	}
	if len(f.Texts()) != 0 {
		t.Fatalf("sent while twilio was down")
	}

	f.AlwaysTexts("ok")
	e.Twin(nil) // a new hub process with its own Twilio sender
	for _, p := range []string{"tom", "sam", "jade"} {
		Eventually(t, 10*time.Second, "the alert to "+p, func() bool { return len(f.TextsTo(numbers[p])) == 1 })
	}
	time.Sleep(300 * time.Millisecond)
	if n := len(f.Texts()); n != 3 {
		t.Fatalf("%d texts sent, want 3", n)
	}
}

// A hub that dies in the middle of a send leaves its lease to run out;
// another hub sends the text.
func TestOutbound_CrashMidSend(t *testing.T) {
	srv := testredis.Start(t)
	rdb := srv.Client(t)
	f := faketwilio.New(t)
	f.ScriptTexts("hang")
	opts := func(o *sms.Options) { o.Lease, o.SendTimeout, o.Workers = time.Second, 3*time.Second, 1 }
	e := twilioEnv(t, f, EnvOptions{RDB: rdb, Options: opts})
	if err := e.SMS.SendCode(context.Background(), numbers["leon"], "Your code is 42."); err != nil {
		t.Fatal(err)
	}
	Eventually(t, 5*time.Second, "the send to start", func() bool { return f.TextRequests() == 1 })
	// The other hub takes over once the lease has run out, while the first
	// is still stuck.
	e.Twin(nil)
	Eventually(t, 10*time.Second, "the code sent by the other hub", func() bool {
		return len(f.TextsTo(numbers["leon"])) == 1
	})
}
