package sms_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/twiliosig"
)

const token = "test-auth-token-123"

func TestWebhook_Signature(t *testing.T) {
	e := NewEnv(t, EnvOptions{Token: token})
	form := TextForm(numbers["tom"], "DONE 4", NewSID())
	seq := e.MustNight().Seq

	t.Run("Missing", func(t *testing.T) {
		res := e.PostSigned(sms.InboundPath, form, false)
		if res.Status != http.StatusForbidden {
			t.Fatalf("status %d, want 403", res.Status)
		}
	})
	t.Run("Wrong", func(t *testing.T) {
		sig := twiliosig.Sign("another-token", e.Config.PublicURL+sms.InboundPath, form)
		if res := e.PostSig(sms.InboundPath, form, sig); res.Status != http.StatusForbidden {
			t.Fatalf("status %d, want 403", res.Status)
		}
	})
	t.Run("Tampered", func(t *testing.T) {
		sig := twiliosig.Sign(token, e.Config.PublicURL+sms.InboundPath, form)
		bad := url.Values{}
		for k, v := range form {
			bad[k] = v
		}
		bad.Set("Body", "DONE 1")
		if res := e.PostSig(sms.InboundPath, bad, sig); res.Status != http.StatusForbidden {
			t.Fatalf("status %d, want 403", res.Status)
		}
	})
	t.Run("StatusCallback", func(t *testing.T) {
		res := e.PostSigned(sms.StatusPath, url.Values{"MessageSid": {"SMx"}, "MessageStatus": {"delivered"}}, false)
		if res.Status != http.StatusForbidden {
			t.Fatalf("status %d, want 403", res.Status)
		}
	})
	if got := e.MustNight().Seq; got != seq {
		t.Fatalf("a refused webhook changed the night: seq %d -> %d", seq, got)
	}
	t.Run("Right", func(t *testing.T) {
		res := e.Post(sms.InboundPath, form)
		if res.Status != http.StatusOK || len(res.Messages) != 1 {
			t.Fatalf("status %d, %d messages: %s", res.Status, len(res.Messages), res.Raw)
		}
		if got := e.MustNight().Seq; got != seq+1 {
			t.Fatalf("seq %d, want %d", got, seq+1)
		}
	})
}

func TestWebhook_Unsigned(t *testing.T) {
	// Without TWILIO_AUTH_TOKEN, the embedded default, posts need no signature.
	e := NewEnv(t, EnvOptions{})
	if reply := e.Text("tom", "DONE 4"); !strings.Contains(reply, "Set up the bar is done") {
		t.Fatalf("reply %q", reply)
	}
}

func TestWebhook_Idempotent(t *testing.T) {
	e := NewEnv(t, EnvOptions{Token: token})
	seq := e.MustNight().Seq

	t.Run("Retry", func(t *testing.T) {
		form := TextForm(numbers["tom"], "DONE 4", NewSID())
		first := e.Post(sms.InboundPath, form)
		second := e.Post(sms.InboundPath, form)
		if len(first.Messages) != 1 || first.Raw != second.Raw {
			t.Fatalf("retry answered differently:\n%s\n%s", first.Raw, second.Raw)
		}
		if got := e.MustNight().Seq; got != seq+1 {
			t.Fatalf("seq %d, want %d: applied twice?", got, seq+1)
		}
	})
	t.Run("Concurrent", func(t *testing.T) {
		before := e.MustNight()
		form := TextForm(numbers["priya"], "the music has stopped", NewSID())
		var wg sync.WaitGroup
		replies := make([]Response, 6)
		for i := range replies {
			wg.Add(1)
			go func() {
				defer wg.Done()
				replies[i] = e.Post(sms.InboundPath, form)
			}()
		}
		wg.Wait()
		after := e.MustNight()
		if after.Seq != before.Seq+1 || len(after.Problems) != len(before.Problems)+1 {
			t.Fatalf("want one change, seq %d -> %d, problems %d -> %d", before.Seq, after.Seq, len(before.Problems), len(after.Problems))
		}
		for _, r := range replies {
			if r.Raw != replies[0].Raw {
				t.Fatalf("concurrent retries answered differently:\n%s\n%s", replies[0].Raw, r.Raw)
			}
		}
	})
	t.Run("SameTextNewSid", func(t *testing.T) {
		// A new MessageSid is a new text: DONE 4 again is refused kindly.
		reply := e.Text("tom", "DONE 4")
		if !strings.Contains(reply, "already") {
			t.Fatalf("reply %q", reply)
		}
	})
}

func TestWebhook_RateLimit(t *testing.T) {
	e := NewEnv(t, EnvOptions{Rate: 3})
	for i := range 3 {
		if reply := e.Text("sam", "JOBS"); !strings.Contains(reply, "your jobs") {
			t.Fatalf("text %d: %q", i+1, reply)
		}
	}
	warn := e.Text("sam", "JOBS")
	if !strings.Contains(warn, "a lot of texts") || !strings.Contains(warn, "Sam") {
		t.Fatalf("the first text over the limit should get a kind reply, got %q", warn)
	}
	res := e.Post(sms.InboundPath, TextForm(numbers["sam"], "JOBS", NewSID()))
	if res.Status != http.StatusOK || len(res.Messages) != 0 {
		t.Fatalf("after the warning, want an empty TwiML answer, got %s", res.Raw)
	}
	// Others are not limited by Sam.
	if reply := e.Text("tom", "JOBS"); !strings.Contains(reply, "your jobs") {
		t.Fatalf("tom: %q", reply)
	}
	// The next window lets Sam in again.
	e.Clock.Advance(time.Minute)
	if reply := e.Text("sam", "JOBS"); !strings.Contains(reply, "your jobs") {
		t.Fatalf("after a minute: %q", reply)
	}
}

func TestWebhook_UnknownNumber(t *testing.T) {
	e := NewEnv(t, EnvOptions{Token: token})
	seq := e.MustNight().Seq
	res := e.Post(sms.InboundPath, TextForm("+447911123456", "hi is this the club night? x", NewSID()))
	if len(res.Messages) != 1 {
		t.Fatalf("want one reply: %s", res.Raw)
	}
	CheckSMS(t, res.Messages[0])
	want := "Hello. This number is not on tonight's team. Please ask a team member to add you."
	if res.Messages[0] != want {
		t.Fatalf("reply %q, want %q", res.Messages[0], want)
	}
	if got := e.MustNight().Seq; got != seq {
		t.Fatalf("an unknown number changed the night")
	}
	items, err := e.SMS.Inbox(context.Background(), e.Night)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Kind != sms.InboxUnknownNumber || items[0].Text != "hi is this the club night? x" {
		t.Fatalf("inbox %+v", items)
	}
	if strings.Contains(items[0].From, "123456") || !strings.HasSuffix(items[0].From, "456") {
		t.Fatalf("the number must be masked on the dashboard: %q", items[0].From)
	}
}

func TestWebhook_NotUnderstood(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "kim"})
	checkPassedOn(t, e, "the purple wumpus sings quietly in november")
}

// checkPassedOn texts words from Tom, with Kim checked in, and checks they
// were passed to a person: Tom is told Kim will read them, the night is
// as it was, and they wait on the dashboard word for word.
func checkPassedOn(t *testing.T, e *Env, words string) {
	t.Helper()
	seq := e.MustNight().Seq
	reply := e.Text("tom", words)
	if reply != "Thanks Tom. We could not read that, so Kim will read it on the screen." {
		t.Fatalf("reply %q", reply)
	}
	if e.MustNight().Seq != seq {
		t.Fatalf("%q, passed on, changed the night", words)
	}
	items, _ := e.SMS.Inbox(context.Background(), e.Night)
	if len(items) != 1 || items[0].Kind != sms.InboxNotUnderstood || items[0].Text != words || items[0].Name != "Tom" {
		t.Fatalf("inbox %+v", items)
	}
}

func TestWebhook_Bodies(t *testing.T) {
	e := NewEnv(t, EnvOptions{Token: token})
	cases := map[string]string{
		"Empty":       "",
		"Spaces":      "   \n\t ",
		"InvalidUTF8": "DONE \xff\xfe 4",
		"Huge":        strings.Repeat("the bar is done and the lights are on ", 500),
		"Emoji":       "👍👍👍✅🎉",
		"Control":     "JOBS\x00\x07",
		"OtherScript": "Привет, где мои задания?",
		"Curly":       "what’s next?",
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			res := e.Post(sms.InboundPath, TextForm(numbers["jade"], body, NewSID()))
			if res.Status != http.StatusOK || len(res.Messages) != 1 {
				t.Fatalf("status %d, %d messages: %s", res.Status, len(res.Messages), res.Raw)
			}
			CheckSMS(t, res.Messages[0])
			t.Logf("%q", res.Messages[0])
		})
	}
	t.Run("Empty reply is kind", func(t *testing.T) {
		if reply := e.Text("jade", ""); !strings.Contains(reply, "Jade") || !strings.Contains(reply, "JOBS") {
			t.Fatalf("reply %q", reply)
		}
	})
}

func TestWebhook_OptOut(t *testing.T) {
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Token: token, Sender: rec, Start: true})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "sam"})

	form := TextForm(numbers["tom"], "STOP", NewSID())
	form.Set("OptOutType", "STOP")
	res := e.Post(sms.InboundPath, form)
	if res.Status != http.StatusOK || len(res.Messages) != 0 || !strings.Contains(res.Raw, "Response") {
		t.Fatalf("STOP wants an empty TwiML answer (Twilio replies itself): %s", res.Raw)
	}
	if p, _ := e.MustNight().Person("tom"); !p.OptedOut {
		t.Fatalf("tom is not opted out")
	}

	// A problem now reaches Sam, not Tom.
	e.Text("priya", "music stopped")
	Eventually(t, 5*time.Second, "an alert to sam", func() bool { return len(rec.To("sam")) == 1 })
	time.Sleep(100 * time.Millisecond)
	if got := rec.To("tom"); len(got) != 0 {
		t.Fatalf("an opted-out person was texted: %+v", got)
	}
	items, _ := e.SMS.Inbox(context.Background(), e.Night)
	if len(items) == 0 || items[len(items)-1].Kind != sms.InboxOptOut || items[len(items)-1].Person != "tom" {
		t.Fatalf("the opt-out should be on the dashboard: %+v", items)
	}

	// START opts back in, and the next problem reaches Tom.
	form = TextForm(numbers["tom"], "START", NewSID())
	form.Set("OptOutType", "START")
	if res := e.Post(sms.InboundPath, form); len(res.Messages) != 0 {
		t.Fatalf("START wants an empty answer: %s", res.Raw)
	}
	if p, _ := e.MustNight().Person("tom"); p.OptedOut {
		t.Fatalf("tom is still opted out")
	}
	e.Text("priya", "someone spilt a drink")
	Eventually(t, 5*time.Second, "an alert to tom", func() bool { return len(rec.To("tom")) == 1 })
}

func TestWebhook_OptOutAtSendTime(t *testing.T) {
	// A text queued before the opt-out is not sent after it.
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: rec})
	e.MustApply(night.Command{Type: night.CmdOptOut, Person: "kim", By: "kim"})
	if err := e.SMS.SendCode(context.Background(), numbers["kim"], "Your Clubnight code is 123456."); err != nil {
		t.Fatal(err)
	}
	if err := e.SMS.SendCode(context.Background(), numbers["sam"], "Your Clubnight code is 654321."); err != nil {
		t.Fatal(err)
	}
	e.SMS.Start(context.Background())
	t.Cleanup(e.SMS.Close)
	Eventually(t, 5*time.Second, "the code to sam", func() bool { return len(rec.Sent()) >= 1 })
	time.Sleep(100 * time.Millisecond)
	for _, m := range rec.Sent() {
		if m.To == numbers["kim"] {
			t.Fatalf("texted an opted-out person: %+v", m)
		}
	}
}

func TestWebhook_NoLiveNight(t *testing.T) {
	e := NewEnv(t, EnvOptions{NoLive: true})
	reply := e.Text("tom", "JOBS")
	if !strings.Contains(reply, "no club night") {
		t.Fatalf("reply %q", reply)
	}
}

func TestWebhook_AskThenAnswer(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	// Two open problems that Tom did not raise and does not hold: SORTED is
	// unclear, so we ask, and "2" answers.
	e.MustApply(night.Command{Type: night.CmdRaise, By: "kim", Kind: night.Spill, Text: "Drink spilt by the bar"})
	e.MustApply(night.Command{Type: night.CmdRaise, By: "sam", Kind: night.Music, Text: "The music stopped"})
	q := e.Text("tom", "SORTED")
	if !strings.Contains(q, "1 for") || !strings.Contains(q, "2 for") {
		t.Fatalf("want a numbered question, got %q", q)
	}
	seq := e.MustNight().Seq
	reply := e.Text("tom", "2")
	n := e.MustNight()
	if n.Seq != seq+1 {
		t.Fatalf("the answer changed nothing: %q", reply)
	}
	sorted := 0
	for _, p := range n.Problems {
		if p.Status == night.Sorted {
			sorted++
			if !strings.Contains(q, "2 for "+p.Text[:8]) {
				t.Fatalf("sorted %q, but option 2 of %q was something else", p.Text, q)
			}
		}
	}
	if sorted != 1 {
		t.Fatalf("%d problems sorted", sorted)
	}
	t.Logf("%q then %q", q, reply)
}

func TestWebhook_RideQuestion(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	seq := e.MustNight().Seq
	if reply := e.Text("jade", "when is jo's taxi coming"); reply != "Hi Jade. Jo's taxi is at 22:00." {
		t.Fatalf("reply %q", reply)
	}
	if e.MustNight().Seq != seq {
		t.Fatal("a question changed the night")
	}
}

// A fault in the reading rules must not cost a text: the sender is told a
// person will read it, it waits on the dashboard, and the night is as it
// was.
func TestWebhook_AReadingThatFailsStillKeepsTheText(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "kim"})
	e.SMS.ReadWith(func(string, *night.Night, string, understand.Context) understand.Intent {
		var words []string
		return understand.Intent{Kind: understand.Done, Text: words[2]} // index out of range
	})
	checkPassedOn(t, e, "mic not")
}
