package hub

import (
	"context"
	"sync"
	"time"

	"github.com/clubnight/clubnight/night"
)

// liveTTL is how long this hub trusts the live night's id it last read
// without asking Redis again. A change made here or announced on the live
// channel makes it ask at once; the TTL bounds how stale it can be when an
// announcement from another hub is lost (a pub/sub reconnect).
const liveTTL = time.Second

// liveCache is the live night's id as this hub last saw it, so a crowd of
// screens connecting at once (after a Wi-Fi drop or a restart) asks Redis
// once, not once each.
type liveCache struct {
	mu  sync.Mutex
	id  string
	at  time.Time // when id was read; zero means unknown
	gen uint64    // counts changes, so a read begun before one cannot undo it
}

// get returns the id when it is fresh; otherwise gen, to pass to fill
// with what Redis says.
func (c *liveCache) get(now time.Time) (id string, ok bool, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.at.IsZero() || now.Sub(c.at) >= liveTTL || now.Before(c.at) {
		return "", false, c.gen
	}
	return c.id, true, c.gen
}

// fill stores an id read from Redis, unless a change was announced since
// the read began.
func (c *liveCache) fill(id string, now time.Time, gen uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.gen == gen {
		c.id, c.at = id, now
	}
}

// changed forgets the live night: it was changed here or by another hub.
// Redis is asked again rather than the announcement believed, because two
// changes at once may be announced in the other order from the one Redis
// kept.
func (c *liveCache) changed() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.id, c.at = "", time.Time{}
	c.gen++
}

// LiveID returns the id of the live night. It may be up to a second old
// when another hub changed it and the announcement was lost; screens that
// follow the live night are moved by WatchLive.
func (h *Hub) LiveID(ctx context.Context) (string, error) {
	// Time since start, not the hub's clock: tests move that at will.
	now := time.Now()
	id, ok, gen := h.live.get(now)
	if !ok {
		var err error
		id, err = h.store.Live(ctx)
		if err != nil {
			return "", h.busy(err)
		}
		h.live.fill(id, now, gen)
	}
	if id == "" {
		return "", night.Errorf(night.NotFound, "No night is live yet.")
	}
	return id, nil
}

// SetLive makes night id the live night.
func (h *Hub) SetLive(ctx context.Context, id string) error {
	if _, err := h.NightFromRedis(ctx, id); err != nil {
		return err
	}
	if err := h.store.setLive(ctx, id); err != nil {
		return h.busy(err)
	}
	h.live.changed()
	h.log.Info("live night set", "night", id)
	return nil
}

// WatchLive calls fn with the new live night's id whenever any hub on the
// same Redis changes it, until ctx ends. It runs in its own goroutine.
// LiveID asks Redis afresh from before fn is called.
func (h *Hub) WatchLive(ctx context.Context, fn func(id string)) {
	sub := h.store.rdb.Subscribe(ctx, h.store.LiveChannel())
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		defer sub.Close()
		ch := sub.Channel()
		for {
			select {
			case <-ctx.Done():
				return
			case <-h.ctx.Done():
				return
			case m, ok := <-ch:
				if !ok {
					return
				}
				h.live.changed()
				fn(m.Payload)
			}
		}
	}()
}
