package sms_test

import (
	"context"
	"log/slog"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
)

// process is one run of a hub on the embedded store, wired as app does:
// the store is loaded from the data folder, and every change and every
// change to a night's other keys is written through to it.
type process struct {
	hub   *hub.Hub
	sms   *sms.Service
	close func()
}

func startProcess(t *testing.T, dir string, clock *Clock, sender sms.Sender) *process {
	t.Helper()
	ctx := context.Background()
	emb, err := hub.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	rdb := redis.NewClient(&redis.Options{Addr: emb.Addr()})
	store := hub.NewStore(rdb, "cn:")
	backup, err := hub.NewBackup(dir, store, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := backup.Load(ctx); err != nil {
		t.Fatal(err)
	}
	h := hub.New(store, hub.Options{Clock: clock.Now, Block: 100 * time.Millisecond})
	h.OnCommit(backup.Hook())
	h.OnNightKeys(backup.KeysHook())
	cfg := &config.Config{PublicURL: "http://127.0.0.1", SMSRate: 1000, SMSPer: time.Minute}
	var log *slog.Logger
	if os.Getenv("SMS_TEST_LOG") != "" {
		log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	svc, err := sms.New(sms.Options{Hub: h, Config: cfg, Clock: clock.Now, SharedClock: clock.Shared, Sender: sender, Logger: log,
		TickEvery: 20 * time.Millisecond, PollEvery: 20 * time.Millisecond, RetryBase: 50 * time.Millisecond,
		RetryMax: 200 * time.Millisecond, SendTimeout: 2 * time.Second, Lease: 3 * time.Second, Location: time.Local})
	if err != nil {
		t.Fatal(err)
	}
	svc.Register(http.NewServeMux())
	svc.Start(ctx)
	p := &process{hub: h, sms: svc}
	closed := false
	p.close = func() {
		if closed {
			return
		}
		closed = true
		svc.Close()
		h.Close()
		_ = rdb.Close()
		emb.Close()
	}
	t.Cleanup(p.close)
	return p
}

// A hub that stops (cleanly or not) loses no alert: problems raised before
// the stop still escalate, one raised just before it is still texted, and
// a command sent again after the restart is not applied twice.
func TestEscalation_SurvivesARestartOnTheEmbeddedStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	clock := NewClock()
	first := &Recorder{}
	a := startProcess(t, dir, clock, first)
	plan := MustPlan(t)
	if _, err := a.hub.Import(ctx, plan, "", night.FromSystem); err != nil {
		t.Fatal(err)
	}
	if err := a.hub.SetLive(ctx, plan.ID); err != nil {
		t.Fatal(err)
	}
	apply := func(p *process, c night.Command) *hub.Result {
		t.Helper()
		if c.Source == "" {
			c.Source = night.FromKiosk
		}
		res, err := p.hub.Apply(ctx, plan.ID, c)
		if err != nil {
			t.Fatalf("%s: %v", c.Type, err)
		}
		return res
	}
	apply(a, night.Command{Type: night.CmdCheckIn, By: "tom"})
	apply(a, night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Music, Text: "music stopped"})
	waitAlerts(t, sms.StepTeam, []string{"tom"}, first)
	apply(a, night.Command{ID: "tap-1", Type: night.CmdCheckIn, By: "jade"})

	// The texting side stops first, so the next problem is saved but
	// nobody has been texted about it when the hub goes.
	a.sms.Close()
	apply(a, night.Command{Type: night.CmdRaise, By: "sam", Kind: night.Spill, Text: "spill by the bar"})
	a.close()

	second := &Recorder{}
	b := startProcess(t, dir, clock, second)
	// The spill is texted to those on duty after the restart.
	waitAlerts(t, sms.StepTeam, []string{"jade", "tom"}, second)
	// The kiosk sends its check-in again: it is answered, not applied.
	if res := apply(b, night.Command{ID: "tap-1", Type: night.CmdCheckIn, By: "jade"}); !res.Duplicate {
		t.Fatalf("a command sent again after a restart was applied twice (seq %d)", res.Event.Seq)
	}
	// Nobody picks either up: both go to the staff on time.
	clock.Advance(3 * time.Minute)
	waitAlerts(t, sms.StepStaff, []string{"kim", "kim"}, second)
}

// A problem on a night that stops being live still escalates.
func TestEscalation_GoesOnWhenTheNightIsNoLongerLive(t *testing.T) {
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Sender: rec, Start: true})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	e.Text("priya", "music stopped")
	waitAlerts(t, sms.StepTeam, []string{"tom"}, rec)

	next := MustPlan(t)
	next.ID, next.Date = "2027-01-02", "2027-01-02"
	ctx := context.Background()
	if _, err := e.Hub.Import(ctx, next, "", night.FromSystem); err != nil {
		t.Fatal(err)
	}
	if err := e.Hub.SetLive(ctx, next.ID); err != nil {
		t.Fatal(err)
	}
	e.Clock.Advance(3 * time.Minute)
	waitAlerts(t, sms.StepStaff, []string{"kim"}, rec)
}
