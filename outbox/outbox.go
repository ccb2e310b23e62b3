// Package outbox is the durable queue of things Clubnight sends through
// Twilio (texts and calls), kept in Redis so that nothing queued is lost
// when a hub stops, and so that two hubs never send one thing twice.
//
// A queue is a list of ids ready to go, a sorted set of ids leased to a
// worker (by lease end), a sorted set of ids waiting to be retried (by due
// time), and one hash per item. Adding an item whose id exists does
// nothing: fixed ids (an alert per problem, step and person) are the claim
// that makes each go once, whichever hub queues it first. A worker that
// dies mid-send leaves its lease to run out, and another takes the item.
// Every time is Redis's own clock, the one all hubs share: a hub whose
// clock is ahead (or jumped) never takes an item another hub is sending.
package outbox

import (
	"context"
	"errors"
	"time"

	"github.com/redis/go-redis/v9"
)

// Final is the rank of a final status: none moves past it, and no final
// status replaces another.
const Final = 9

// Queue is one durable queue. Its keys share the prefix's hash tag, so
// each script touches one Redis Cluster slot.
type Queue struct {
	rdb   redis.UniversalClient
	p     string
	lease time.Duration
	keep  time.Duration
}

// New returns the queue whose keys start with prefix, which must end in a
// hash tag and a colon, e.g. "cn:sms:{q}:". lease is how long a worker
// holds an item before another may take it; keep is how long an item's
// record lives (for status callbacks that come late).
func New(rdb redis.UniversalClient, prefix string, lease, keep time.Duration) *Queue {
	return &Queue{rdb: rdb, p: prefix, lease: lease, keep: keep}
}

// Key is the Redis key of item id's record (a hash), for scripts of the
// queue's owner that change it with other keys.
func (q *Queue) Key(id string) string { return q.p + "m:" + id }

func (q *Queue) ready() string  { return q.p + "ready" }
func (q *Queue) leased() string { return q.p + "lease" }
func (q *Queue) delay() string  { return q.p + "delay" }

// KEYS: rec, ready. ARGV: id, ttl seconds, field, value, ...
var addScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('LPUSH', KEYS[2], ARGV[1])
return 1
`)

// Add queues item id with its fields (name, value, ...), unless an item
// with that id exists; added says which.
func (q *Queue) Add(ctx context.Context, id string, fields ...any) (added bool, err error) {
	args := append([]any{id, int64(q.keep / time.Second)}, fields...)
	n, err := addScript.Run(ctx, q.rdb, []string{q.Key(id), q.ready()}, args...).Int()
	return n == 1, err
}

// popScript moves due retries and run-out leases back to the list, then
// leases the oldest ready id.
// KEYS: ready, lease, delay. ARGV: lease ms.
var popScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local due = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now, 'LIMIT', 0, 100)
for _, id in ipairs(due) do
  redis.call('ZREM', KEYS[3], id)
  redis.call('LPUSH', KEYS[1], id)
end
local lost = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 100)
for _, id in ipairs(lost) do
  redis.call('ZREM', KEYS[2], id)
  redis.call('RPUSH', KEYS[1], id)
end
local id = redis.call('RPOP', KEYS[1])
if not id then return false end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), id)
return id
`)

// Pop leases the next id, or "" when none is ready.
func (q *Queue) Pop(ctx context.Context) (string, error) {
	id, err := popScript.Run(ctx, q.rdb, []string{q.ready(), q.leased(), q.delay()}, q.lease.Milliseconds()).Text()
	if errors.Is(err, redis.Nil) {
		return "", nil
	}
	return id, err
}

// Load returns item id's fields, or nil when it is gone.
func (q *Queue) Load(ctx context.Context, id string) (map[string]string, error) {
	h, err := q.rdb.HGetAll(ctx, q.Key(id)).Result()
	if err != nil || len(h) == 0 {
		return nil, err
	}
	return h, nil
}

// Done ends the lease of id.
func (q *Queue) Done(ctx context.Context, id string) error {
	return q.rdb.ZRem(ctx, q.leased(), id).Err()
}

// retryScript ends a lease and has the item come back after a wait,
// unless its record is gone (see Attempt).
// KEYS: rec, delay, lease. ARGV: id, wait ms, error.
var retryScript = redis.NewScript(`
redis.call('ZREM', KEYS[3], ARGV[1])
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HSET', KEYS[1], 'error', ARGV[3])
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
return 1
`)

// RetryIn ends the lease of id and has it come back after wait, noting why.
func (q *Queue) RetryIn(ctx context.Context, id string, wait time.Duration, errText string) error {
	return retryScript.Run(ctx, q.rdb, []string{q.Key(id), q.delay(), q.leased()}, id, wait.Milliseconds(), errText).Err()
}

// attemptScript counts one more try of an item whose record is there.
// KEYS: rec. Returns the count, 0 when the record is gone.
var attemptScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
return redis.call('HINCRBY', KEYS[1], 'attempts', 1)
`)

// Attempt counts one more try of id and returns the count (0 when its
// record is gone).
//
// Only Add makes an item's record. A worker whose send was in flight when
// Redis lost its data writes after the loss into a Redis that no longer
// has the item: a record made again there would be a fragment (no words,
// no number) that holds the item's id, and Add would refuse whatever next
// claims that id as already queued.
func (q *Queue) Attempt(ctx context.Context, id string) (int, error) {
	return attemptScript.Run(ctx, q.rdb, []string{q.Key(id)}).Int()
}

// statusScript moves a status forward only: a late "sent" never
// overwrites "delivered", and a final status never changes. Fields named
// after the error are deleted once the status is final.
// KEYS: rec. ARGV: status, rank, error, field, ... Returns 1 when it changed.
var statusScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local cur = tonumber(redis.call('HGET', KEYS[1], 'rank') or '0')
if tonumber(ARGV[2]) <= cur then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'rank', ARGV[2])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'error', ARGV[3]) end
if tonumber(ARGV[2]) >= 9 and #ARGV > 3 then redis.call('HDEL', KEYS[1], unpack(ARGV, 4)) end
return 1
`)

// SetStatus moves id's status forward to status of rank (Final for a
// final one), noting errText when there is one; once final, the fields
// named in forget are deleted (the words of a text, say). changed is false
// when the status was not moved.
func (q *Queue) SetStatus(ctx context.Context, id, status string, rank int, errText string, forget ...string) (changed bool, err error) {
	args := []any{status, rank, errText}
	for _, f := range forget {
		args = append(args, f)
	}
	n, err := statusScript.Run(ctx, q.rdb, []string{q.Key(id)}, args...).Int()
	return n == 1, err
}

// Pending counts items ready, leased or waiting to retry.
func (q *Queue) Pending(ctx context.Context) (int64, error) {
	var ready, leased, delayed *redis.IntCmd
	_, err := q.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		ready = p.LLen(ctx, q.ready())
		leased = p.ZCard(ctx, q.leased())
		delayed = p.ZCard(ctx, q.delay())
		return nil
	})
	if err != nil {
		return 0, err
	}
	return ready.Val() + leased.Val() + delayed.Val(), nil
}
