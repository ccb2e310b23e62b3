// Package hub owns the live night: it applies commands to nights with the
// pure night.Apply, commits each change to Redis (snapshot, event log entry
// and seq in one atomic step), and fans events out to this process's
// screens by following each night's Redis stream, so every hub on one Redis
// delivers every change, wherever it was made.
//
// The names of the Hub's reads say where they read from:
//   - ...FromRedis (NightFromRedis, SeqFromRedis, PositionFromRedis,
//     EventsFromRedis) always ask Redis: the newest committed state, at
//     the cost of a round trip.
//   - ...FromMemory (EventsFromMemory) never ask Redis, and say when they
//     do not hold what was asked.
//   - Cached... (CachedNight, CachedPosition) answer from this hub's memory
//     when it follows the night, else from Redis; they may trail Redis by
//     events still on their way here.
//
// A night handed out (Result.Night and every ...Night read) is the caller's
// own, to change at will; events (RawEvent) are shared and never changed.
package hub

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/metrics"
	"github.com/clubnight/clubnight/night"
)

// Result is what applying a command produced.
type Result struct {
	Night *night.Night // the night after the change (with phone numbers), the caller's own
	Event *night.Event // the event; nil for a duplicate whose event has left the log
	// Duplicate is true when the command id had been applied before; Event
	// is then the original event, so a retry gets the same answer.
	Duplicate bool
}

// CommitHook runs after each commit, before Apply returns. Hooks must be
// quick; the embedded store's backup is one.
type CommitHook func(ctx context.Context, n *night.Night, ev *night.Event)

// KeysHook runs after a package changed keys of a night other than its
// state (SMS alerts, escalation schedule, cursor, inbox), so the embedded
// store's backup writes them through at once.
type KeysHook func(ctx context.Context, nightID string)

// changeTime is the time a change is stamped with: the shared clock when
// there is one and it answers, else this hub's.
func (h *Hub) changeTime(ctx context.Context) time.Time {
	if h.sharedClock != nil {
		if t, err := h.sharedClock(ctx); err == nil {
			return t
		}
	}
	return h.clock()
}

// Options configure a Hub.
type Options struct {
	Logger  *slog.Logger
	Metrics *metrics.Metrics
	Clock   func() time.Time
	// SharedClock, when set, is the clock every hub shares (Redis's TIME):
	// a change's time (At) is read from it, so times compared across hubs
	// (how old a claim is when another hub texts about it) carry no hub's
	// skew. It falls back to Clock when it cannot answer. Unset, Clock
	// stamps changes (tests with a fake clock).
	SharedClock func(context.Context) (time.Time, error)
	// Block is how long one stream read waits; shorter in tests.
	Block time.Duration
	// Timeout bounds the Redis calls of one command (default 5s), so an
	// answer comes while the asker still waits for it.
	Timeout time.Duration
}

// Hub applies commands and delivers events.
type Hub struct {
	store       *Store
	log         *slog.Logger
	metrics     *metrics.Metrics
	clock       func() time.Time
	sharedClock func(context.Context) (time.Time, error) // Options.SharedClock
	block       time.Duration
	timeout     time.Duration

	mu        sync.Mutex
	locks     map[string]*nightLock // serialises this process's writers per night
	cache     map[string]cacheEntry // nights this hub follows, as last committed or read
	followers map[string]*follower
	hooks     []CommitHook
	keyHooks  []KeysHook
	guards    []func() error
	live      liveCache

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New returns a hub on store.
func New(store *Store, opts Options) *Hub {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Metrics == nil {
		opts.Metrics = metrics.Discard()
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Block <= 0 {
		opts.Block = 2 * time.Second
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 5 * time.Second
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Hub{store: store, log: opts.Logger, metrics: opts.Metrics, clock: opts.Clock, sharedClock: opts.SharedClock, block: opts.Block, timeout: opts.Timeout,
		locks: map[string]*nightLock{}, cache: map[string]cacheEntry{}, followers: map[string]*follower{},
		ctx: ctx, cancel: cancel}
}

// Store returns the hub's store.
func (h *Hub) Store() *Store { return h.store }

// Now returns the hub's clock reading.
func (h *Hub) Now() time.Time { return h.clock() }

// OnCommit adds a hook run after every commit made through this hub.
func (h *Hub) OnCommit(hook CommitHook) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.hooks = append(h.hooks, hook)
}

// GuardWrites adds a check made before every change and by Ready: while it
// fails (the embedded store's backups cannot be written), changes are
// refused in plain words and the hub is not ready, rather than taking
// changes a restart would lose.
func (h *Hub) GuardWrites(check func() error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.guards = append(h.guards, check)
}

func (h *Hub) guardErr() error {
	h.mu.Lock()
	guards := h.guards
	h.mu.Unlock()
	for _, g := range guards {
		if err := g(); err != nil {
			return err
		}
	}
	return nil
}

// OnNightKeys adds a hook run by NightKeysChanged.
func (h *Hub) OnNightKeys(hook KeysHook) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.keyHooks = append(h.keyHooks, hook)
}

// NightKeysChanged tells the hooks that keys of night id changed: a package
// that keeps durable state of its own in a night's keys calls it after
// writing them.
func (h *Hub) NightKeysChanged(ctx context.Context, id string) {
	h.mu.Lock()
	hooks := h.keyHooks
	h.mu.Unlock()
	for _, hook := range hooks {
		hook(ctx, id)
	}
}

// Close stops the stream followers and waits for them.
func (h *Hub) Close() {
	h.cancel()
	h.wg.Wait()
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, e := range h.cache {
		e.check()
	}
}

// NewID returns a random id for a command.
func NewID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// nightLock serialises this process's writers of one night. It lives only
// while someone holds or waits for it, so past nights leave nothing behind.
type nightLock struct {
	sync.Mutex
	refs int // holders and waiters, under Hub.mu
}

// lockNight takes night id's lock and returns the function that gives it
// back.
func (h *Hub) lockNight(id string) (unlock func()) {
	h.mu.Lock()
	l, ok := h.locks[id]
	if !ok {
		l = &nightLock{}
		h.locks[id] = l
	}
	l.refs++
	h.mu.Unlock()
	l.Lock()
	return func() {
		l.Unlock()
		h.mu.Lock()
		defer h.mu.Unlock()
		if l.refs--; l.refs == 0 && h.locks[id] == l {
			delete(h.locks, id)
		}
	}
}

// cached returns the night this hub keeps in memory and its epoch, or nil.
// The night is shared: it is read, never changed, and never handed out
// (callers get a Clone).
func (h *Hub) cached(id string) (*night.Night, string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	e, ok := h.cache[id]
	if !ok {
		return nil, ""
	}
	e.check()
	return e.n, e.epoch
}

// setCache keeps n in memory when this hub follows its night (a night
// nobody here follows is read from Redis when needed, so past nights and
// their phone numbers do not stay in memory). It reports whether n is now
// shared with the cache, so the caller must hand out a copy.
// An older seq of the same epoch never replaces a newer one; a night of
// another epoch always does (Redis is the truth about which history holds).
func (h *Hub) setCache(n *night.Night, epoch string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, followed := h.followers[n.ID]; !followed {
		return false
	}
	if old, ok := h.cache[n.ID]; ok {
		old.check()
		if old.epoch == epoch && old.n.Seq > n.Seq {
			return false
		}
	}
	h.cache[n.ID] = newCacheEntry(n, epoch)
	return true
}

func (h *Hub) forget(id string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.forgetLocked(id)
}

// forgetBefore drops the night kept in memory if it is older than seq. It
// looks and drops under one lock: a newer night cached between a look and
// a drop (a commit of this hub racing its own event) must stay.
func (h *Hub) forgetBefore(id string, seq int64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if e, ok := h.cache[id]; ok && e.n.Seq < seq {
		h.forgetLocked(id)
	}
}

func (h *Hub) forgetLocked(id string) {
	if e, ok := h.cache[id]; ok {
		e.check()
		delete(h.cache, id)
	}
}

// busy wraps a store failure in the plain message people see.
func (h *Hub) busy(err error) error {
	h.metrics.RedisErrors.Inc()
	h.log.Error("store failed", "err", err)
	return &night.Error{Code: night.Busy, Message: "We could not save that just now. Please try again in a moment."}
}

// unsure wraps a commit whose outcome is unknown: it was sent, and Redis
// did not answer in time, so it may still be saved.
func (h *Hub) unsure(err error) error {
	h.metrics.RedisErrors.Inc()
	h.log.Error("store did not answer a commit; it may be saved", "err", err)
	return &night.Error{Code: night.Unknown, Message: "We are not sure that was saved. Please look at the screen before you do it again."}
}

// refused reports whether the commit surely changed nothing: Redis
// answered with an error, or the call never reached it (no connection
// could be made). Any other failure (a timeout waiting for the answer, a
// connection lost after sending) leaves the outcome unknown.
func refused(err error) bool {
	var re redis.Error
	if errors.As(err, &re) {
		return true
	}
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Op == "dial" {
		return true
	}
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, redis.ErrPoolTimeout) ||
		errors.Is(err, redis.ErrClosed) || strings.Contains(err.Error(), "failed to dial")
}

// NightFromRedis reads night id (with phone numbers) from Redis, never from
// this hub's memory: the newest committed state, at the cost of a round
// trip and a decode. CachedNight is the cheap read for what can wait for the
// follower. The night is a value the caller may change: nobody else
// holds it.
func (h *Hub) NightFromRedis(ctx context.Context, id string) (*night.Night, error) {
	n, _, err := h.NightAndEpochFromRedis(ctx, id)
	return n, err
}

// NightAndEpochFromRedis is NightFromRedis with the epoch of the history the night belongs
// to, read with it in one step (for a screen's snapshot).
func (h *Hub) NightAndEpochFromRedis(ctx context.Context, id string) (*night.Night, string, error) {
	n, epoch, err := h.store.loadEpoch(ctx, id)
	if err != nil {
		if night.ErrorCode(err) == night.NotFound {
			return nil, "", err
		}
		return nil, "", h.busy(err)
	}
	if h.setCache(n, epoch) {
		return n.Clone(), epoch, nil
	}
	return n, epoch, nil
}

// Import creates night p.ID, or replaces its plan and resets it. The
// replacement is an event like any other: seq goes on.
func (h *Hub) Import(ctx context.Context, p *night.Plan, by string, src night.Source) (*Result, error) {
	return h.Apply(ctx, p.ID, night.Command{Type: night.CmdReplace, Plan: p, By: by, Source: src})
}

// maxAttempts bounds the optimistic retries of one command.
const maxAttempts = 50

// Apply applies c to night id and commits it. A command with an id that was
// applied before is answered with the original event and applied no more.
func (h *Hub) Apply(ctx context.Context, id string, c night.Command) (*Result, error) {
	start := time.Now()
	res, err := h.apply(ctx, id, c)
	outcome := "ok"
	switch {
	case err != nil && night.ErrorCode(err) == night.Busy:
		outcome = "error"
	case err != nil:
		outcome = "refused"
	case res.Duplicate:
		outcome = "duplicate"
	default:
		h.metrics.CommandLatency.Observe(time.Since(start).Seconds())
	}
	h.metrics.Commands.WithLabelValues(string(c.Type), outcome).Inc()
	attrs := []any{"night", id, "type", c.Type, "by", c.By, "source", c.Source, "outcome", outcome,
		"ms", time.Since(start).Milliseconds()}
	if res != nil && res.Event != nil {
		attrs = append(attrs, "seq", res.Event.Seq)
	}
	if err != nil {
		attrs = append(attrs, "why", night.ErrorMessage(err))
	}
	h.log.Info("command", attrs...)
	return res, err
}

func (h *Hub) apply(ctx context.Context, id string, c night.Command) (*Result, error) {
	if c.ID == "" {
		c.ID = NewID()
	} else if len(c.ID) > 100 {
		return nil, night.Errorf(night.Invalid, "The command id is too long.")
	}
	if err := h.guardErr(); err != nil {
		h.log.Error("refusing a change", "night", id, "err", err)
		return nil, &night.Error{Code: night.Busy, Message: "We cannot save changes just now: the computer's disk is full or cannot be written. Please tell the staff."}
	}
	defer h.lockNight(id)()
	ctx, cancel := context.WithTimeout(ctx, h.timeout)
	defer cancel()

	n, epoch := h.cached(id)
	for attempt := 0; attempt < maxAttempts; attempt++ {
		if n == nil {
			loaded, ep, err := h.store.loadEpoch(ctx, id)
			epoch = ep
			switch {
			case err == nil:
				n = loaded
			case night.ErrorCode(err) == night.NotFound && c.Type == night.CmdReplace:
				// a new night
			case night.ErrorCode(err) == night.NotFound:
				return nil, err
			default:
				return nil, h.busy(err)
			}
		}
		c.At = h.changeTime(ctx)
		// The history the change is made in: a problem raised keeps it, so
		// its texts are never taken for those of a problem of a history
		// Redis lost. The commit refuses another epoch, so it holds.
		c.History = epoch
		m, ev, err := night.Apply(n, c)
		if err != nil {
			// A retried command may no longer apply (its first try did):
			// it gets the first try's answer, not a refusal. A command
			// that applies is checked for repeats by the commit itself.
			// When Redis cannot say, the refusal stands.
			if seq, ok, cerr := h.store.CommandSeq(ctx, id, c.ID); cerr == nil && ok {
				return h.duplicate(ctx, id, seq)
			}
			return nil, err
		}
		expected := Position{Epoch: epoch}
		if n != nil {
			expected.Seq = n.Seq
		}
		t0 := time.Now()
		cr, err := h.store.commit(ctx, expected, m, ev, c.ID)
		h.metrics.RedisLatency.Observe(time.Since(t0).Seconds())
		if errors.Is(err, errStale) {
			if cr.Epoch == expected.Epoch && cr.Seq < expected.Seq {
				h.wentBack(ctx, id, expected, cr.Seq)
			}
			h.forget(id)
			n = nil
			continue
		}
		if err != nil {
			h.forget(id)
			if !refused(err) {
				return nil, h.unsure(err)
			}
			return nil, h.busy(err)
		}
		if cr.Duplicate {
			h.forget(id)
			return h.duplicate(ctx, id, cr.Seq)
		}
		if c.Type == night.CmdReplace && expected.Seq == 0 {
			if err := h.store.addNight(ctx, id); err != nil {
				return nil, h.busy(err)
			}
		}
		out := m
		if h.setCache(m, cr.Epoch) {
			out = m.Clone()
		}
		h.metrics.Events.Inc()
		h.mu.Lock()
		hooks := h.hooks
		h.mu.Unlock()
		for _, hook := range hooks {
			hook(ctx, m, ev)
		}
		return &Result{Night: out, Event: ev}, nil
	}
	return nil, &night.Error{Code: night.Busy, Message: "Lots is happening at once. Please try again."}
}

func (h *Hub) duplicate(ctx context.Context, id string, seq int64) (*Result, error) {
	n, err := h.NightFromRedis(ctx, id)
	if err != nil {
		return nil, err
	}
	res := &Result{Night: n, Duplicate: true}
	evs, _, err := h.store.Events(ctx, id, seq-1, 1)
	if err != nil {
		return nil, h.busy(err)
	}
	if len(evs) == 1 && evs[0].Seq == seq {
		var ev night.Event
		if err := json.Unmarshal(evs[0].JSON, &ev); err == nil {
			res.Event = &ev
		}
	}
	return res, nil
}

// EventsFromRedis returns up to limit stored events after seq from the
// Redis log, never from memory; complete is false when the log no longer
// reaches back to after+1. The events are the caller's own.
func (h *Hub) EventsFromRedis(ctx context.Context, id string, after, limit int64) ([]RawEvent, bool, error) {
	evs, complete, err := h.store.Events(ctx, id, after, limit)
	if err != nil {
		return nil, false, h.busy(err)
	}
	return evs, complete, nil
}

// Ready reports whether the store answers.
func (h *Hub) Ready(ctx context.Context) error {
	if err := h.store.Ping(ctx); err != nil {
		return fmt.Errorf("redis does not answer: %w", err)
	}
	return h.guardErr()
}

// PositionFromRedis reads where night id stands (seq and epoch) from Redis, never
// from this hub's memory.
func (h *Hub) PositionFromRedis(ctx context.Context, id string) (Position, error) {
	pos, err := h.store.Position(ctx, id)
	if err != nil && night.ErrorCode(err) != night.NotFound {
		return Position{}, h.busy(err)
	}
	return pos, err
}

// SeqFromRedis reads night id's newest seq from Redis; CachedPosition
// answers from this hub's memory when it follows the night.
func (h *Hub) SeqFromRedis(ctx context.Context, id string) (int64, error) {
	seq, err := h.store.Seq(ctx, id)
	if err != nil && night.ErrorCode(err) != night.NotFound {
		return 0, h.busy(err)
	}
	return seq, err
}
