package sms_test

import (
	"context"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/faketwilio"
	"github.com/clubnight/clubnight/sms"
)

// Twilio took the message but answered after our timeout: the retry
// carries the same idempotency token, so the text goes once.
func TestOutbound_TimeoutPastAcceptanceSendsOnce(t *testing.T) {
	f := faketwilio.New(t)
	f.ScriptTexts("slow", "slow")
	e := twilioEnv(t, f, EnvOptions{Options: func(o *sms.Options) { o.SendTimeout = 200 * time.Millisecond }})
	if err := e.SMS.SendCode(context.Background(), numbers["sam"], "Your code is 1."); err != nil {
		t.Fatal(err)
	}
	Eventually(t, 10*time.Second, "a retry that is answered", func() bool { return f.TextRequests() >= 3 })
	time.Sleep(300 * time.Millisecond)
	if n := len(f.Texts()); n != 1 {
		t.Fatalf("the text was sent %d times after a timeout", n)
	}
}

// Two requests that hang do not hold up the texts behind them.
func TestOutbound_HungRequestsDoNotBlockOthers(t *testing.T) {
	f := faketwilio.New(t)
	f.ScriptTexts("hold", "hold")
	e := twilioEnv(t, f, EnvOptions{Options: func(o *sms.Options) { o.SendTimeout = time.Minute }})
	for _, who := range []string{"sam", "priya", "tom", "jade"} {
		if err := e.SMS.SendCode(context.Background(), numbers[who], "Your code is 1."); err != nil {
			t.Fatal(err)
		}
	}
	Eventually(t, 10*time.Second, "the two texts behind the hung requests", func() bool { return len(f.Texts()) == 2 })
	f.Release()
	Eventually(t, 10*time.Second, "all four texts", func() bool { return len(f.Texts()) == 4 })
}
