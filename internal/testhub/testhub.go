// Package testhub builds what most tests start from: a Redis client on
// the embedded store, the fixture night's plan, and a hub with that night
// imported and live. Tests that need a real redis-server pass their own
// client (see internal/testredis).
package testhub

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
)

// Embedded starts the in-process store and returns a client on it; both
// close when the test ends.
func Embedded(t testing.TB) redis.UniversalClient {
	t.Helper()
	e, err := hub.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	c := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{e.Addr()}})
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// Plan reads and validates testdata/night.json from the module root.
func Plan(t testing.TB) *night.Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(moduleRoot(t), "testdata", "night.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := night.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// Hub returns a hub on rdb with its own key prefix; it closes when the
// test ends. Stream reads are short so tests end quickly.
func Hub(t testing.TB, rdb redis.UniversalClient, prefix string) *hub.Hub {
	t.Helper()
	h := hub.New(hub.NewStore(rdb, prefix), hub.Options{Block: 500 * time.Millisecond})
	t.Cleanup(h.Close)
	return h
}

// Live imports the fixture night into h and makes it live.
func Live(t testing.TB, h *hub.Hub) *night.Night {
	t.Helper()
	res, err := h.Import(context.Background(), Plan(t), "", night.FromAPI)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.SetLive(context.Background(), res.Night.ID); err != nil {
		t.Fatal(err)
	}
	return res.Night
}

func moduleRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("testhub: no go.mod above the working directory")
		}
		dir = parent
	}
}
