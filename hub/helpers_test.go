package hub_test

import (
	"context"
	"os"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
)

var prefixes atomic.Int64

// uniquePrefix gives each test its own keys on a shared server.
func uniquePrefix(t testing.TB) string {
	return "t" + time.Now().Format("150405.000000") + "-" + string(rune('a'+prefixes.Add(1)%26)) + ":"
}

// backend is one kind of Redis the store must work on.
type backend struct {
	name   string
	client func(t *testing.T) redis.UniversalClient
}

func backends() []backend {
	return []backend{
		{"embedded", func(t *testing.T) redis.UniversalClient {
			e, err := hub.StartEmbedded()
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(e.Close)
			c := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{e.Addr()}})
			t.Cleanup(func() { _ = c.Close() })
			return c
		}},
		{"redis-server", func(t *testing.T) redis.UniversalClient {
			return testredis.Start(t).Client(t)
		}},
		{"cluster", func(t *testing.T) redis.UniversalClient {
			return testredis.StartCluster(t).Client(t)
		}},
		{"sentinel", func(t *testing.T) redis.UniversalClient {
			// Through REDIS_URL's sentinel form, as a deployment would.
			sentinel := testredis.StartSentinel(t, testredis.Start(t))
			opts, err := config.RedisOptions("redis-sentinel://" + sentinel.Addr + "/" + testredis.SentinelMaster)
			if err != nil {
				t.Fatal(err)
			}
			c := redis.NewUniversalClient(opts)
			t.Cleanup(func() { _ = c.Close() })
			return c
		}},
	}
}

func MustFixture(t testing.TB) *night.Plan {
	t.Helper()
	data, err := os.ReadFile("../testdata/night.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := night.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func MustHub(t testing.TB, rdb redis.UniversalClient, prefix string) *hub.Hub {
	t.Helper()
	h := hub.New(hub.NewStore(rdb, prefix), hub.Options{Block: 500 * time.Millisecond})
	t.Cleanup(h.Close)
	return h
}

func MustImport(t testing.TB, h *hub.Hub) *night.Night {
	t.Helper()
	res, err := h.Import(context.Background(), MustFixture(t), "", night.FromAPI)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.SetLive(context.Background(), res.Night.ID); err != nil {
		t.Fatal(err)
	}
	return res.Night
}

func MustApply(t testing.TB, h *hub.Hub, id string, c night.Command) *hub.Result {
	t.Helper()
	res, err := h.Apply(context.Background(), id, c)
	if err != nil {
		t.Fatalf("apply %s: %v", c.Type, err)
	}
	return res
}
