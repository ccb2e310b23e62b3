package outbox

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Now returns Redis's clock (TIME), the one clock every hub shares. Use it
// for any time one hub writes and another compares (due times, leases):
// a hub's own clock may be minutes ahead or behind, or jump. The queue's
// scripts read the same TIME inside Redis.
func Now(ctx context.Context, rdb redis.UniversalClient) (time.Time, error) {
	return rdb.Time(ctx).Result()
}
