package hub

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/clubnight/clubnight/night"
)

// Deliver receives each event of a followed night, in seq order; the event
// is shared by every subscriber and must not be changed. It must not
// block: a screen that cannot take an event at once is the screen's problem
// (it is dropped), never the other screens'.
type Deliver func(*RawEvent)

// follower reads one night's Redis stream and hands each event to this
// process's subscribers.
type follower struct {
	id     string
	cancel context.CancelFunc
	mu     sync.Mutex
	subs   map[*Deliver]struct{}
	// last is the newest seq read from the stream (-1 before the first
	// read). The follower's goroutine alone writes it, under mu.
	last int64
	// recent holds the newest events in seq order with no gaps, so a crowd
	// of screens resuming at once is served from memory, not Redis.
	recent []*RawEvent
}

func (f *follower) setLast(seq int64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.last = seq
}

// recentCap is how many events each followed night keeps in memory.
const recentCap = 2048

// Subscribe calls deliver for every event of night id after seq from, as
// committed by any hub on the same Redis. The returned function
// unsubscribes. A subscriber may see an event it already has (the caller
// drops seq it has seen) or find a gap, when this hub was already following
// the night from further on (the caller reads the missing events with
// Recent or Events). from < 0 means from the night's seq when following
// starts.
func (h *Hub) Subscribe(id string, from int64, deliver Deliver) (unsubscribe func()) {
	key := &deliver
	h.mu.Lock()
	f, ok := h.followers[id]
	if ok {
		f.mu.Lock()
		f.subs[key] = struct{}{}
		f.mu.Unlock()
	} else {
		ctx, cancel := context.WithCancel(h.ctx)
		// Start where the subscriber stands, so a change committed between
		// its look at the seq and the first read is not skipped, and with
		// the subscriber in, so the first read is not told to nobody.
		f = &follower{id: id, cancel: cancel, subs: map[*Deliver]struct{}{key: {}}, last: max(from, -1)}
		h.followers[id] = f
		h.wg.Add(1)
		go func() {
			defer h.wg.Done()
			h.follow(ctx, f)
		}()
	}
	h.mu.Unlock()

	var once sync.Once
	return func() {
		once.Do(func() {
			h.mu.Lock()
			defer h.mu.Unlock()
			f.mu.Lock()
			delete(f.subs, key)
			empty := len(f.subs) == 0
			f.mu.Unlock()
			if empty && h.followers[id] == f {
				delete(h.followers, id)
				h.forgetLocked(id) // nobody here follows it: keep none of it
				f.cancel()
			}
		})
	}
}

func (h *Hub) follow(ctx context.Context, f *follower) {
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		if f.last < 0 {
			// Start at the night's current seq: earlier events are the
			// subscriber's to fetch with Events.
			n, err := h.store.Load(ctx, f.id)
			switch {
			case err == nil:
				f.setLast(n.Seq)
			case night.ErrorCode(err) == night.NotFound:
				f.setLast(0)
			default:
				if !h.pause(ctx, err, &backoff) {
					return
				}
				continue
			}
		}
		evs, err := h.store.read(ctx, f.id, f.last, h.block)
		if err != nil {
			if !h.pause(ctx, err, &backoff) {
				return
			}
			continue
		}
		backoff = 100 * time.Millisecond
		for i := range evs {
			ev := &evs[i]
			if ev.Seq <= f.last {
				continue
			}
			f.mu.Lock()
			if len(f.recent) > 0 && f.recent[len(f.recent)-1].Seq != ev.Seq-1 {
				f.recent = f.recent[:0] // never keep a gap
			}
			if len(f.recent) == recentCap {
				copy(f.recent, f.recent[recentCap/2:])
				f.recent = f.recent[:recentCap/2]
			}
			f.recent = append(f.recent, ev)
			// last moves with the list of whom to tell: a subscriber added
			// before this is told of ev, and one added after finds Head at
			// ev.Seq or beyond.
			f.last = ev.Seq
			subs := make([]Deliver, 0, len(f.subs))
			for d := range f.subs {
				subs = append(subs, *d)
			}
			f.mu.Unlock()
			if c := h.cached(f.id); c != nil && c.Seq < ev.Seq {
				h.forget(f.id)
			}
			for _, d := range subs {
				d(ev)
			}
			h.observeLag(ev)
		}
	}
}

// pause waits after a failed read; false means the follower should stop.
func (h *Hub) pause(ctx context.Context, err error, backoff *time.Duration) bool {
	if ctx.Err() != nil {
		return false
	}
	h.metrics.RedisErrors.Inc()
	h.log.Warn("following the event stream failed; retrying", "err", err, "wait", backoff.String())
	select {
	case <-ctx.Done():
		return false
	case <-time.After(*backoff):
	}
	*backoff = min(*backoff*2, 2*time.Second)
	return true
}

func (h *Hub) observeLag(ev *RawEvent) {
	var head struct {
		At time.Time `json:"at"`
	}
	if json.Unmarshal(ev.JSON, &head) == nil && !head.At.IsZero() {
		if lag := h.clock().Sub(head.At); lag >= 0 {
			h.metrics.DeliveryLag.Observe(lag.Seconds())
		}
	}
}

// Recent returns the events of night id with after < seq <= upto from
// memory, when this hub follows the night and still holds all of them.
func (h *Hub) Recent(id string, after, upto int64) ([]*RawEvent, bool) {
	if upto <= after {
		return nil, true
	}
	h.mu.Lock()
	f, ok := h.followers[id]
	h.mu.Unlock()
	if !ok {
		return nil, false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.recent) == 0 {
		return nil, false
	}
	first, last := f.recent[0].Seq, f.recent[len(f.recent)-1].Seq
	if after+1 < first || upto > last {
		return nil, false
	}
	out := make([]*RawEvent, upto-after)
	copy(out, f.recent[after+1-first:upto+1-first])
	return out, true
}

// delivered is the newest seq this hub's follower of night id has handed
// on, or -1 when it does not follow the night. It never asks Redis: Head
// and Latest build on it.
func (h *Hub) delivered(id string) int64 {
	h.mu.Lock()
	f, ok := h.followers[id]
	h.mu.Unlock()
	if !ok {
		return -1
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.last
}

// Head returns the newest seq of night id this hub has: from memory when it
// already follows the night, else from Redis. It may trail Redis by events
// still on their way here; those reach subscribers as usual. A crowd of
// screens connecting at once therefore costs Redis nothing.
func (h *Hub) Head(ctx context.Context, id string) (int64, error) {
	if last := h.delivered(id); last > 0 {
		return last, nil
	}
	return h.Seq(ctx, id)
}

// Latest returns night id as of the newest event this hub has delivered:
// from memory when it follows the night and holds that state, else from
// Redis. Every text reads the night to understand it, so this spares Redis
// and a decode of the whole night per text; a change it has not yet seen is
// caught by Apply, which commits only against the newest state. The night
// is the caller's own copy.
func (h *Hub) Latest(ctx context.Context, id string) (*night.Night, error) {
	if n := h.cached(id); n != nil && n.Seq > 0 && h.delivered(id) == n.Seq {
		return n.Clone(), nil
	}
	return h.Night(ctx, id)
}
