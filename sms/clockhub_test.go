package sms_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/outbox"
	"github.com/clubnight/clubnight/sms"
)

// clockHub is one hub process with its own clock (the machine's, moved by
// a skew), on a Redis other hubs share: the "existing clock seam" of
// hub.Options and sms.Options, with nothing else set, as app wires them (changes stamped with Redis's clock).
type clockHub struct {
	hub *hub.Hub
	sms *sms.Service
}

// skewed returns the machine's clock moved by skew.
func skewed(skew time.Duration) func() time.Time {
	return func() time.Time { return time.Now().Add(skew) }
}

// startClockHub starts a hub and its SMS service on rdb and prefix with
// clock as its own time. The SMS service's background work starts when
// start is set.
func startClockHub(t *testing.T, rdb redis.UniversalClient, prefix string, clock func() time.Time, sender sms.Sender, start bool) *clockHub {
	t.Helper()
	return startClockHubWith(t, rdb, prefix, clock, sender, start, nil)
}

// startClockHubWith is startClockHub with settings changed by set.
func startClockHubWith(t *testing.T, rdb redis.UniversalClient, prefix string, clock func() time.Time, sender sms.Sender, start bool, set func(*config.Config)) *clockHub {
	t.Helper()
	h := hub.New(hub.NewStore(rdb, prefix), hub.Options{Clock: clock, Block: 100 * time.Millisecond,
		SharedClock: func(ctx context.Context) (time.Time, error) { return outbox.Now(ctx, rdb) }})
	t.Cleanup(h.Close)
	cfg := &config.Config{PublicURL: "http://127.0.0.1", SMSRate: 1000, SMSPer: time.Minute}
	if set != nil {
		set(cfg)
	}
	svc, err := sms.New(sms.Options{Hub: h, Config: cfg, Clock: clock, Sender: sender,
		TickEvery: 20 * time.Millisecond, PollEvery: 20 * time.Millisecond, RetryBase: 50 * time.Millisecond,
		RetryMax: 200 * time.Millisecond, SendTimeout: 2 * time.Second, Lease: time.Minute, Location: time.Local})
	if err != nil {
		t.Fatal(err)
	}
	svc.Register(http.NewServeMux())
	if start {
		svc.Start(context.Background())
		t.Cleanup(svc.Close)
	}
	return &clockHub{hub: h, sms: svc}
}

// importLive imports plan through h and makes it the live night.
func importLive(t *testing.T, h *hub.Hub, plan *night.Plan) {
	t.Helper()
	ctx := context.Background()
	if _, err := h.Import(ctx, plan, "", night.FromSystem); err != nil {
		t.Fatal(err)
	}
	if err := h.SetLive(ctx, plan.ID); err != nil {
		t.Fatal(err)
	}
}

// mustApplyOn applies c on h's night as if from the kiosk.
func mustApplyOn(t *testing.T, h *hub.Hub, nightID string, c night.Command) *hub.Result {
	t.Helper()
	if c.Source == "" {
		c.Source = night.FromKiosk
	}
	res, err := h.Apply(context.Background(), nightID, c)
	if err != nil {
		t.Fatalf("apply %s: %v", c.Type, err)
	}
	return res
}

// waitText waits until person has a text from any of recs and returns
// the test's own time then.
func waitText(t *testing.T, person string, d time.Duration, recs ...*Recorder) time.Time {
	t.Helper()
	Eventually(t, d, "a text to "+person, func() bool {
		for _, r := range recs {
			if len(r.To(person)) > 0 {
				return true
			}
		}
		return false
	})
	return time.Now()
}
