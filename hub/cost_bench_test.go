package hub_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/outbox"
)

// The costs #12 added to every change, measured (go test -run '^$'
// -bench . -benchtime 2000x ./hub/). Figures are in BENCHMARKS.md.

// benchApply commits b.N changes that always apply, one after another.
func benchApply(b *testing.B, h *hub.Hub, id string) {
	b.Helper()
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := toggleCmd(i)
		c.ID = fmt.Sprintf("b%d", i)
		if _, err := h.Apply(ctx, id, c); err != nil {
			b.Fatal(err)
		}
	}
}

// A change stamped with Redis's clock (one more round trip, TIME) against
// one stamped with the hub's own, on a real redis-server over loopback.
func BenchmarkCommit_SharedClock(b *testing.B) {
	for _, shared := range []bool{false, true} {
		b.Run(fmt.Sprintf("redis_time=%v", shared), func(b *testing.B) {
			rdb := testredis.Start(b).Client(b)
			opts := hub.Options{}
			if shared {
				opts.SharedClock = func(ctx context.Context) (time.Time, error) { return outbox.Now(ctx, rdb) }
			}
			h := hub.New(hub.NewStore(rdb, uniquePrefix(b)), opts)
			b.Cleanup(h.Close)
			n := testhub.Live(b, h)
			benchApply(b, h, n.ID)
		})
	}
}

// A change on the embedded store with and without the data folder's
// write-through (the night's file, its keys file after a scan of the
// store for the night's keys, meta.json; each written to a temporary file,
// fsynced, renamed, and the folder fsynced). The store first holds what a
// night leaves behind: changes (command ids kept a day), texts in (their
// ids), problems with their alerts and escalation steps, an inbox.
func BenchmarkCommit_EmbeddedBackup(b *testing.B) {
	for _, tc := range []struct {
		name    string
		backup  bool
		changes int
	}{
		{"backup=false/night=1500_changes", false, 1500},
		{"backup=true/night=1500_changes", true, 1500},
		{"backup=true/night=20000_changes", true, 20000},
	} {
		b.Run(tc.name, func(b *testing.B) {
			rdb := testhub.Embedded(b)
			store := hub.NewStore(rdb, "cn:")
			h := hub.New(store, hub.Options{})
			b.Cleanup(h.Close)
			if tc.backup {
				backup, err := hub.NewBackup(b.TempDir(), store, slog.New(slog.DiscardHandler))
				if err != nil {
					b.Fatal(err)
				}
				h.OnCommit(backup.Hook())
				h.OnNightKeys(backup.KeysHook())
			}
			n := testhub.Live(b, h)
			fillNight(b, rdb, "cn:", n.ID, tc.changes)
			benchApply(b, h, n.ID)
		})
	}
}

// fillNight writes the keys a night of changes leaves in the store.
func fillNight(b *testing.B, rdb redis.UniversalClient, prefix, id string, changes int) {
	b.Helper()
	ctx := context.Background()
	tag := "{n:" + id + "}:"
	pipe := rdb.Pipeline()
	flush := func() {
		if _, err := pipe.Exec(ctx); err != nil {
			b.Fatal(err)
		}
	}
	for i := 0; i < changes; i++ {
		pipe.Set(ctx, prefix+tag+"cmd:old"+fmt.Sprint(i), i, 24*time.Hour)
		if i%2 == 0 {
			pipe.Set(ctx, prefix+"sms:sid:SM"+fmt.Sprint(i), 1, 24*time.Hour)
		}
		if i%500 == 499 {
			flush()
		}
	}
	sms := prefix + "sms:" + tag
	for p := 0; p < 30; p++ {
		pid := fmt.Sprintf("p%d", p)
		pipe.SAdd(ctx, sms+"alerted:"+pid, "tom", "kim", "jade", "sam")
		for step := 0; step < 3; step++ {
			pipe.Set(ctx, sms+"step:"+pid+":"+fmt.Sprint(step), "done", 24*time.Hour)
		}
		pipe.HSet(ctx, sms+"sent", pid+":tom", "SM"+pid)
	}
	for i := 0; i < 300; i++ {
		pipe.RPush(ctx, sms+"inbox", `{"kind":"not_understood","from":"+44*******123","text:"`+strings.Repeat("x", 80)+`"}`)
	}
	pipe.Set(ctx, sms+"cursor", changes, 0)
	flush()
}

// Where a night stands, asked by a screen as it connects: from the
// follower's memory after a look at the connections to Redis in use (the
// dropped-connection check): with 64 used in the last second (a burst of
// commands just now), and with them idle in the pool.
func BenchmarkCachedPosition(b *testing.B) {
	for _, idle := range []bool{false, true} {
		b.Run(fmt.Sprintf("pool_idle=%v", idle), func(b *testing.B) { benchCachedPosition(b, idle) })
	}
}

func benchCachedPosition(b *testing.B, idle bool) {
	ctx := context.Background()
	srv := testredis.Start(b)
	rdb := redis.NewClient(&redis.Options{Addr: srv.Addr, PoolSize: 64})
	b.Cleanup(func() { _ = rdb.Close() })
	h := hub.New(hub.NewStore(rdb, uniquePrefix(b)), hub.Options{})
	b.Cleanup(h.Close)
	n := testhub.Live(b, h)
	unsub := h.Subscribe(n.ID, -1, func(*hub.RawEvent) {})
	b.Cleanup(unsub)
	var wg sync.WaitGroup
	for range 64 {
		wg.Add(1)
		go func() { defer wg.Done(); _ = rdb.BLPop(ctx, time.Second, "nothing").Err() }()
	}
	wg.Wait()
	if got := rdb.PoolStats().TotalConns; got < 60 {
		b.Fatalf("the pool holds %d connections", got)
	}
	time.Sleep(100 * time.Millisecond) // the follower has looked
	if idle {
		time.Sleep(1500 * time.Millisecond)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := h.CachedPosition(ctx, n.ID); err != nil {
			b.Fatal(err)
		}
	}
}

// The round trip the shared clock adds to each change, alone: Redis TIME
// over loopback, beside a PING for scale.
func BenchmarkRedisTime(b *testing.B) {
	ctx := context.Background()
	rdb := testredis.Start(b).Client(b)
	b.Run("TIME", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := outbox.Now(ctx, rdb); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("PING", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if err := rdb.Ping(ctx).Err(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
