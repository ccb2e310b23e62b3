package hub_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
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
		{"embedded", func(t *testing.T) redis.UniversalClient { return testhub.Embedded(t) }},
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

func MustHub(t testing.TB, rdb redis.UniversalClient, prefix string) *hub.Hub {
	t.Helper()
	return testhub.Hub(t, rdb, prefix)
}

func MustImport(t testing.TB, h *hub.Hub) *night.Night {
	t.Helper()
	return testhub.Live(t, h)
}

func MustApply(t testing.TB, h *hub.Hub, id string, c night.Command) *hub.Result {
	t.Helper()
	res, err := h.Apply(context.Background(), id, c)
	if err != nil {
		t.Fatalf("apply %s: %v", c.Type, err)
	}
	return res
}
