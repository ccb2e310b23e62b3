package hub_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
)

// A hub that follows a night knows where it stands without asking Redis:
// a crowd of screens connecting at once costs Redis nothing. CachedPosition keeps
// answering from memory while Redis is away; Seq, which asks Redis, says
// it is busy.
func TestHub_HeadFromMemory(t *testing.T) {
	srv := testredis.Start(t)
	h := MustHub(t, srv.Client(t), uniquePrefix(t))
	n := MustImport(t, h)
	var newest atomic.Int64
	unsub := h.Subscribe(n.ID, n.Seq, func(ev *hub.RawEvent) { newest.Store(ev.Seq) })
	defer unsub()
	for i := 1; i <= 3; i++ {
		MustApply(t, h, n.ID, night.Command{Type: night.CmdDone, By: "kim", Job: i})
	}
	want := n.Seq + 3
	deadline := time.Now().Add(5 * time.Second)
	for newest.Load() != want {
		if time.Now().After(deadline) {
			t.Fatalf("the follower got to seq %d, want %d", newest.Load(), want)
		}
		time.Sleep(5 * time.Millisecond)
	}
	ctx := context.Background()
	if got, err := h.CachedPosition(ctx, n.ID); err != nil || got.Seq != want {
		t.Fatalf("head with Redis up: %d %v, want %d", got.Seq, err, want)
	}

	srv.Kill()
	if got, err := h.CachedPosition(ctx, n.ID); err != nil || got.Seq != want {
		t.Fatalf("head with Redis down: %d %v, want %d from memory", got.Seq, err, want)
	}
	if _, err := h.SeqFromRedis(ctx, n.ID); night.ErrorCode(err) != night.Busy {
		t.Fatalf("seq with Redis down: %v, want busy", err)
	}
	// A night this hub does not follow still needs Redis.
	if _, err := h.CachedPosition(ctx, "2027-01-01"); night.ErrorCode(err) != night.Busy {
		t.Fatalf("head of an unfollowed night with Redis down: %v, want busy", err)
	}
}

// Every hub learns of a new live night: at once when it watches the live
// channel, within a second when it does not.
func TestHub_LiveIDFollowsAnotherHub(t *testing.T) {
	srv := testredis.Start(t)
	rdb := srv.Client(t)
	prefix := uniquePrefix(t)
	a, watching, plain := MustHub(t, rdb, prefix), MustHub(t, rdb, prefix), MustHub(t, rdb, prefix)
	first := MustImport(t, a)
	ctx := context.Background()
	for _, h := range []*hub.Hub{watching, plain} {
		if id, err := h.LiveID(ctx); err != nil || id != first.ID {
			t.Fatalf("live before: %q %v", id, err)
		}
	}
	announced := make(chan string, 1)
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	watching.WatchLive(wctx, func(id string) { announced <- id })
	time.Sleep(100 * time.Millisecond) // let the subscription start

	p := testhub.Plan(t)
	p.ID = "2026-12-06"
	if _, err := a.Import(ctx, p, "jade", night.FromAPI); err != nil {
		t.Fatal(err)
	}
	if err := a.SetLive(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if id, err := a.LiveID(ctx); err != nil || id != p.ID {
		t.Fatalf("the hub that changed it: %q %v", id, err)
	}
	select {
	case id := <-announced:
		if id != p.ID {
			t.Fatalf("announced %q", id)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the change was never announced")
	}
	if id, err := watching.LiveID(ctx); err != nil || id != p.ID {
		t.Fatalf("the watching hub still says %q %v", id, err)
	}
	changed := time.Now()
	for {
		id, err := plain.LiveID(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if id == p.ID {
			break
		}
		if time.Since(changed) > 3*time.Second {
			t.Fatalf("a hub that does not watch still says %q long after the change", id)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// CachedNight is the night as of the newest event the hub has delivered: a
// change made on another hub shows as soon as it arrives, and while Redis
// is away the hub still knows the night it last saw.
func TestHub_LatestIsTheNewestDelivered(t *testing.T) {
	srv := testredis.Start(t)
	rdb := srv.Client(t)
	prefix := uniquePrefix(t)
	a, b := MustHub(t, rdb, prefix), MustHub(t, rdb, prefix)
	n := MustImport(t, a)
	var newest atomic.Int64
	unsub := a.Subscribe(n.ID, n.Seq, func(ev *hub.RawEvent) { newest.Store(ev.Seq) })
	defer unsub()
	waitFor := func(seq int64) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for newest.Load() < seq {
			if time.Now().After(deadline) {
				t.Fatalf("hub A got to seq %d, want %d", newest.Load(), seq)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	ctx := context.Background()

	other := MustApply(t, b, n.ID, night.Command{Type: night.CmdCheckIn, By: "kim", Source: night.FromSMS})
	waitFor(other.Event.Seq)
	checkedIn := func(n *night.Night, id string) bool {
		p, ok := n.Person(id)
		return ok && p.CheckedIn
	}
	got, err := a.CachedNight(ctx, n.ID)
	if err != nil || got.Seq != other.Event.Seq || !checkedIn(got, "kim") {
		t.Fatalf("hub A's latest after hub B's check-in: %v %v, want seq %d with Kim in", got, err, other.Event.Seq)
	}

	mine := MustApply(t, a, n.ID, night.Command{Type: night.CmdCheckIn, By: "sam", Source: night.FromSMS})
	waitFor(mine.Event.Seq)
	srv.Kill()
	got, err = a.CachedNight(ctx, n.ID)
	if err != nil || got.Seq != mine.Event.Seq || !checkedIn(got, "sam") {
		t.Fatalf("latest with Redis down: %v, want seq %d from memory", err, mine.Event.Seq)
	}
	if _, err := a.NightFromRedis(ctx, n.ID); night.ErrorCode(err) != night.Busy {
		t.Fatalf("night with Redis down: %v, want busy", err)
	}
}
