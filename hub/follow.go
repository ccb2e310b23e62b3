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
	// read), and epoch the history it belongs to ("" until the follower
	// has read it). The follower's goroutine alone writes them, under mu.
	last  int64
	epoch string
	// trusted is false from a failed read until the follower has checked
	// where the night stands in Redis again: a lost connection may mean a
	// failover or a Redis that came back empty, so CachedPosition asks Redis
	// meanwhile rather than answer from memory. confirmed is the store's
	// count of dropped connections when the follower last read where the
	// night stands: a drop seen since (on any connection, by any
	// goroutine, or by the kernel) withdraws the trust at once.
	trusted   bool
	confirmed uint64
	// recent holds the newest events in seq order with no gaps, so a crowd
	// of screens resuming at once is served from memory, not Redis.
	recent []*RawEvent
}

// isTrusted reports whether the follower's memory is where the night
// stands, given gen, the store's count of dropped connections.
func (f *follower) isTrusted(gen uint64) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.trusted && f.confirmed == gen
}

func (f *follower) distrust() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.trusted = false
}

// recentCap is how many events each followed night keeps in memory.
const recentCap = 2048

// Subscribe calls deliver for every event of night id after seq from, as
// committed by any hub on the same Redis. The returned function
// unsubscribes. A subscriber may see an event it already has (the caller
// drops seq it has seen) or find a gap, when this hub was already following
// the night from further on (the caller reads the missing events with
// EventsFromMemory or EventsFromRedis). from < 0 means from the night's seq when following
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
	check := true // look where the night stands in Redis before reading
	for ctx.Err() == nil {
		if check {
			if err := h.checkPosition(ctx, f); err != nil {
				f.distrust()
				if !h.pause(ctx, err, &backoff) {
					return
				}
				continue
			}
			check = false
		}
		evs, err := h.store.read(ctx, f.id, f.last, h.block)
		if err != nil {
			f.distrust()
			check = true
			if !h.pause(ctx, err, &backoff) {
				return
			}
			continue
		}
		backoff = 100 * time.Millisecond
		// A quiet night is checked every read: Redis may have lost changes
		// while nothing new came (it costs one small read a Block). So is
		// one after a dropped connection anywhere.
		check = len(evs) == 0 || !f.isTrusted(h.store.watch.generation())
		for i := range evs {
			ev := &evs[i]
			if ev.Seq <= f.last {
				continue
			}
			if ev.Epoch != "" && f.epoch != "" && ev.Epoch != f.epoch {
				check = true // another history: start again from where it stands
				break
			}
			h.pass(f, ev)
		}
	}
}

// checkPosition compares where night f.id stands in Redis with where the
// follower is. The first time (and for a night not made yet) it takes
// Redis's position; afterwards, a seq gone back or another epoch means
// Redis lost changes this hub saw, and the follower starts again from
// Redis's position, telling its subscribers.
func (h *Hub) checkPosition(ctx context.Context, f *follower) error {
	gen := h.store.watch.look()
	pos, err := h.store.Position(ctx, f.id)
	if err != nil && night.ErrorCode(err) != night.NotFound {
		return err
	}
	f.mu.Lock()
	had := Position{Seq: f.last, Epoch: f.epoch}
	var handed []byte // the change at had.Seq, when the follower handed it on
	if k := len(f.recent); k > 0 && f.recent[k-1].Seq == had.Seq {
		handed = f.recent[k-1].JSON
	}
	f.mu.Unlock()
	if pos.Epoch == had.Epoch && pos.Epoch != "" && pos.Seq >= had.Seq && handed != nil {
		// The seq may line up while the history does not: after a failover
		// to a replica that lagged, a hub with no copy of the night can take
		// the new seq past the old head before this one looks.
		same, err := h.store.sameEntry(ctx, f.id, had.Seq, handed)
		if err != nil {
			return err
		}
		if !same {
			if pos, err = h.replaced(ctx, f.id, had, pos.Seq); err != nil {
				return err
			}
			h.restart(f, had, pos, gen)
			return nil
		}
	}
	switch {
	case had.Epoch == "" && pos.Seq >= had.Seq:
		// Starting (or the night was not made yet): from where the first
		// subscriber stands, or from Redis's seq when it did not say;
		// earlier events are the subscriber's to fetch with EventsFromRedis.
		f.mu.Lock()
		if had.Seq < 0 {
			f.last = pos.Seq
		}
		f.epoch, f.trusted, f.confirmed = pos.Epoch, true, gen
		f.mu.Unlock()
		return nil
	case pos.Epoch == had.Epoch && pos.Seq >= had.Seq:
		f.mu.Lock()
		f.trusted, f.confirmed = true, gen
		f.mu.Unlock()
		return nil
	case pos.Epoch == had.Epoch && pos.Epoch != "":
		// The seq went back under the same epoch (a failover to a replica
		// that lagged): name the new history, so every hub and screen
		// that saw the lost changes starts again.
		if pos, err = h.wentBack(ctx, f.id, had, pos.Seq); err != nil {
			return err
		}
	}
	h.restart(f, had, pos, gen)
	return nil
}

// wentBack records that night id's history in Redis went back from had to
// seq under the same epoch, by giving it a new epoch (unless another hub
// did first), and returns where the night stands.
func (h *Hub) wentBack(ctx context.Context, id string, had Position, seq int64) (Position, error) {
	pos, err := h.store.renewEpoch(ctx, id, had, false)
	if err != nil {
		return Position{}, err
	}
	h.log.Warn("Redis lost changes of a night (its seq went back); it now has a new epoch",
		"night", id, "had_seq", had.Seq, "redis_seq", seq, "epoch", pos.Epoch)
	return pos, nil
}

// replaced records that night id's history in Redis holds, at had.Seq, a
// change other than the one this hub handed on, under the same epoch: the
// changes after a lost stretch took the lost ones' seqs. Like wentBack, it
// gives the night a new epoch (unless another hub did first).
func (h *Hub) replaced(ctx context.Context, id string, had Position, seq int64) (Position, error) {
	pos, err := h.store.renewEpoch(ctx, id, had, true)
	if err != nil {
		return Position{}, err
	}
	h.log.Warn("Redis lost changes of a night (another change took the seq of one this hub saw); it now has a new epoch",
		"night", id, "had_seq", had.Seq, "redis_seq", seq, "epoch", pos.Epoch)
	return pos, nil
}

// restart moves follower f to pos, a history other than the one it
// followed: it forgets what it held of the old one, counts and logs it, and
// tells every subscriber to start again from pos.
func (h *Hub) restart(f *follower, had, pos Position, gen uint64) {
	h.metrics.NightResets.Inc()
	h.log.Warn("the night's history in Redis is not the one this hub followed; screens get a fresh snapshot",
		"night", f.id, "had_seq", had.Seq, "had_epoch", had.Epoch, "redis_seq", pos.Seq, "epoch", pos.Epoch)
	f.mu.Lock()
	f.last, f.epoch, f.trusted, f.confirmed = pos.Seq, pos.Epoch, true, gen
	f.recent = f.recent[:0]
	subs := f.subscribers()
	f.mu.Unlock()
	h.forget(f.id)
	ev := &RawEvent{Seq: pos.Seq, Epoch: pos.Epoch, Reset: true}
	for _, d := range subs {
		d(ev)
	}
}

// subscribers lists whom to tell; under f.mu.
func (f *follower) subscribers() []Deliver {
	subs := make([]Deliver, 0, len(f.subs))
	for d := range f.subs {
		subs = append(subs, *d)
	}
	return subs
}

// pass keeps ev among the recent events and hands it to every subscriber.
func (h *Hub) pass(f *follower, ev *RawEvent) {
	f.mu.Lock()
	if len(f.recent) > 0 && f.recent[len(f.recent)-1].Seq != ev.Seq-1 {
		f.recent = f.recent[:0] // never keep a gap
	}
	if len(f.recent) == recentCap {
		copy(f.recent, f.recent[recentCap/2:])
		f.recent = f.recent[:recentCap/2]
	}
	f.recent = append(f.recent, ev)
	// last moves with the list of whom to tell: a subscriber added before
	// this is told of ev, and one added after finds CachedPosition at ev.Seq or
	// beyond.
	f.last = ev.Seq
	if f.epoch == "" {
		f.epoch = ev.Epoch
	}
	subs := f.subscribers()
	f.mu.Unlock()
	h.forgetBefore(f.id, ev.Seq)
	for _, d := range subs {
		d(ev)
	}
	h.observeLag(ev)
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

// EventsFromMemory returns the events of night id with after < seq <= upto
// from this hub's memory, never Redis: ok is false unless this hub follows
// the night and still holds all of them. The events are shared with every
// subscriber: read them, never change them.
func (h *Hub) EventsFromMemory(id string, after, upto int64) ([]*RawEvent, bool) {
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

// followerPosition is where this hub's follower of night id stands: the newest
// seq it has handed on and its epoch. held is false when it does not
// follow the night or has not read it yet; trusted is false from a failed
// read or a dropped connection until the follower has looked at Redis
// again. It never asks Redis (it asks the kernel whether a connection to
// Redis was dropped): CachedPosition and CachedNight build on it.
func (h *Hub) followerPosition(id string) (pos Position, held, trusted bool) {
	h.mu.Lock()
	f, following := h.followers[id]
	h.mu.Unlock()
	if !following {
		return Position{}, false, false
	}
	f.mu.Lock()
	pos, held, trusted = Position{Seq: f.last, Epoch: f.epoch}, f.last > 0, f.last > 0 && f.trusted
	confirmed := f.confirmed
	f.mu.Unlock()
	if trusted {
		// Looked at after reading the follower: a drop before this call
		// is always seen.
		trusted = h.store.watch.look() == confirmed
	}
	return pos, held, trusted
}

// CachedPosition returns where night id stands as this hub knows it: from memory when
// it already follows the night, else from Redis. It may trail Redis by
// events still on their way here; those reach subscribers as usual. A crowd
// of screens connecting at once therefore costs Redis nothing.
//
// After the follower lost its connection, it asks Redis until the
// follower has looked again, since Redis may have come back with fewer
// changes (a failover, a lost volume); only when Redis does not answer does
// it fall back on memory, which nothing can contradict until Redis is back.
func (h *Hub) CachedPosition(ctx context.Context, id string) (Position, error) {
	mem, held, trusted := h.followerPosition(id)
	if trusted {
		return mem, nil
	}
	pos, err := h.store.Position(ctx, id)
	switch {
	case err == nil, night.ErrorCode(err) == night.NotFound:
		return pos, err
	case held:
		return mem, nil
	}
	return Position{}, h.busy(err)
}

// CachedNight returns night id as of the newest event this hub has delivered:
// from memory when it follows the night and holds that state, else from
// Redis. Every text reads the night to understand it, so this spares Redis
// and a decode of the whole night per text; a change it has not yet seen is
// caught by Apply, which commits only against the newest state. The night
// is the caller's own copy.
//
// Like CachedPosition, after the follower lost its connection it reads
// Redis until the follower has looked again, and falls back on memory only
// when Redis does not answer.
func (h *Hub) CachedNight(ctx context.Context, id string) (*night.Night, error) {
	n, epoch := h.cached(id)
	pos, held, trusted := h.followerPosition(id)
	current := n != nil && pos.Seq == n.Seq && pos.Epoch == epoch
	if trusted && current {
		return n.Clone(), nil
	}
	got, err := h.NightFromRedis(ctx, id)
	if err != nil && night.ErrorCode(err) != night.NotFound && held && current {
		return n.Clone(), nil
	}
	return got, err
}
