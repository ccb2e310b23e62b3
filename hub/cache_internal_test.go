package hub

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/night"
)

func embeddedHub(t *testing.T) *Hub {
	t.Helper()
	e, err := StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	rdb := redis.NewClient(&redis.Options{Addr: e.Addr()})
	t.Cleanup(func() { _ = rdb.Close() })
	h := New(NewStore(rdb, "c:"), Options{Block: 200 * time.Millisecond})
	t.Cleanup(h.Close)
	return h
}

func testNight(t *testing.T, h *Hub, id string) {
	t.Helper()
	plan := &night.Plan{ID: id, Title: "Test", Date: "2026-12-05",
		People: []night.PlanPerson{{ID: "tom", Name: "Tom", Phone: "+447700900103", Roles: []string{"committee"}}},
		Jobs:   []night.PlanJob{{ID: "bar", Title: "Set up the bar", Phase: night.Setup, Who: []string{"tom"}}}}
	if _, err := h.Import(context.Background(), plan, "", night.FromAPI); err != nil {
		t.Fatal(err)
	}
}

func (h *Hub) sizes() (cache, locks int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.cache), len(h.locks)
}

// A night nobody follows (every past night) is not kept in memory, nor its
// phone numbers, nor its lock.
func TestHub_ForgetsNightsNobodyFollows(t *testing.T) {
	h := embeddedHub(t)
	testNight(t, h, "2026-11-07")
	if _, err := h.Apply(context.Background(), "2026-11-07", night.Command{Type: night.CmdDone, By: "tom", Job: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := h.NightFromRedis(context.Background(), "2026-11-07"); err != nil {
		t.Fatal(err)
	}
	if c, l := h.sizes(); c != 0 || l != 0 {
		t.Fatalf("an unfollowed night stays in memory: %d cached, %d locks", c, l)
	}
	testNight(t, h, "2026-12-05")
	stop := h.Subscribe("2026-12-05", -1, func(*RawEvent) {})
	if _, err := h.Apply(context.Background(), "2026-12-05", night.Command{Type: night.CmdDone, By: "tom", Job: 1}); err != nil {
		t.Fatal(err)
	}
	if c, _ := h.sizes(); c != 1 {
		t.Fatalf("a followed night should be kept: %d cached", c)
	}
	stop()
	if c, l := h.sizes(); c != 0 || l != 0 {
		t.Fatalf("a night nobody follows any more stays in memory: %d cached, %d locks", c, l)
	}
}

// The test-mode guard notices a cached night changed in place. The entry
// is put in the cache by hand, with nobody following the night: a follower
// would look at the cache too, and its panic would end the whole test run.
func TestHub_GuardCatchesACachedNightChangedInPlace(t *testing.T) {
	h := embeddedHub(t)
	testNight(t, h, "2026-12-05")
	ctx := context.Background()
	if _, err := h.Apply(ctx, "2026-12-05", night.Command{Type: night.CmdDone, By: "tom", Job: 1}); err != nil {
		t.Fatal(err)
	}
	n, err := h.NightFromRedis(ctx, "2026-12-05")
	if err != nil {
		t.Fatal(err)
	}
	if len(n.Undo) == 0 {
		t.Fatal("the night has nothing to undo: the test changes nothing")
	}
	h.mu.Lock()
	h.cache["2026-12-05"] = newCacheEntry(n, "e1")
	h.mu.Unlock()
	n.Undo = nil // what writeState used to do
	defer func() {
		r := recover()
		h.mu.Lock()
		delete(h.cache, "2026-12-05") // so Close does not find it again
		h.mu.Unlock()
		if r == nil || !strings.Contains(r.(string), "changed in place") {
			t.Fatalf("the guard did not notice: %v", r)
		}
	}()
	h.cached("2026-12-05")
}

// A commit of this hub caches its night while the follower hands on the
// same change: the follower drops only an older night, never the one the
// commit just cached, whichever comes first.
func TestHub_FollowerKeepsTheNewerCachedNight(t *testing.T) {
	h := embeddedHub(t)
	const id = "2026-12-05"
	testNight(t, h, id)
	stop := h.Subscribe(id, -1, func(*RawEvent) {})
	defer stop()
	base, err := h.NightFromRedis(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	at := func(seq int64) *night.Night {
		n := base.Clone()
		n.Seq = seq
		return n
	}
	for seq := base.Seq + 1; seq < base.Seq+3000; seq++ {
		if !h.setCache(at(seq-1), "e") {
			t.Fatal("a followed night was not cached")
		}
		newer := at(seq)
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); h.setCache(newer, "e") }()
		go func() { defer wg.Done(); h.forgetBefore(id, seq) }()
		wg.Wait()
		if n, _ := h.cached(id); n == nil || n.Seq != seq {
			t.Fatalf("after caching seq %d and handing on seq %d, memory holds %v", seq, seq, n)
		}
	}
}
