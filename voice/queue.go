package voice

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
)

// callQueue is the durable queue of calls to place, built like the texts'
// queue: a list of ids ready to dial, a sorted set of ids leased to a
// worker (by lease end), a sorted set of ids waiting to be retried (by
// due time), and one hash per call. Adding a call with an id that exists
// does nothing: that is the claim that makes each call go once, whichever
// hub sees the problem first. A hub that dies mid-dial leaves its lease
// to run out, and another hub takes the call.
type callQueue struct {
	rdb   redis.UniversalClient
	k     keys
	lease time.Duration
	keep  time.Duration
}

// KEYS: rec, ready. ARGV: id, ttl seconds, field, value, ...
var enqueueCall = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('LPUSH', KEYS[2], ARGV[1])
return 1
`)

// KEYS: ready, lease, delay. ARGV: now ms, lease end ms.
var popCall = redis.NewScript(`
local due = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', ARGV[1], 'LIMIT', 0, 100)
for _, id in ipairs(due) do
  redis.call('ZREM', KEYS[3], id)
  redis.call('LPUSH', KEYS[1], id)
end
local lost = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, 100)
for _, id in ipairs(lost) do
  redis.call('ZREM', KEYS[2], id)
  redis.call('RPUSH', KEYS[1], id)
end
local id = redis.call('RPOP', KEYS[1])
if not id then return false end
redis.call('ZADD', KEYS[2], ARGV[2], id)
return id
`)

// setCallStatus moves a call's status forward only, and never past a
// final one. KEYS: rec. ARGV: status, rank, error. Returns 1 if changed.
var setCallStatus = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local cur = tonumber(redis.call('HGET', KEYS[1], 'rank') or '0')
if tonumber(ARGV[2]) <= cur then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'rank', ARGV[2])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'error', ARGV[3]) end
return 1
`)

// callRank orders a call's statuses; final ones share the top rank.
func callRank(status string) int {
	switch status {
	case "pending":
		return 1
	case "queued", "initiated":
		return 2
	case "ringing":
		return 3
	case "in-progress", "answered":
		return 4
	case "completed", "busy", "no-answer", "failed", "canceled", "skipped":
		return 9
	}
	return 0
}

// unanswered reports whether a final status means nobody took the call.
func unanswered(status string) bool {
	return status == "busy" || status == "no-answer" || status == "failed" || status == "canceled"
}

func (q *callQueue) enqueue(ctx context.Context, c Call) (bool, error) {
	n, err := enqueueCall.Run(ctx, q.rdb, []string{q.k.rec(c.ID), q.k.ready()}, c.ID, int64(q.keep/time.Second),
		"to", c.To, "night", c.Night, "person", c.Person, "problem", c.Problem, "step", c.Step,
		"status", "pending", "rank", callRank("pending"), "attempts", 0).Int()
	return n == 1, err
}

func (q *callQueue) pop(ctx context.Context) (string, error) {
	now := time.Now()
	id, err := popCall.Run(ctx, q.rdb, []string{q.k.ready(), q.k.lease(), q.k.delay()},
		now.UnixMilli(), now.Add(q.lease).UnixMilli()).Text()
	if errors.Is(err, redis.Nil) {
		return "", nil
	}
	return id, err
}

// callRecord is a queued call with how it went.
type callRecord struct {
	Call
	Status   string
	Attempts int
	SID      string
	Error    string
}

func (q *callQueue) load(ctx context.Context, id string) (*callRecord, error) {
	h, err := q.rdb.HGetAll(ctx, q.k.rec(id)).Result()
	if err != nil || len(h) == 0 {
		return nil, err
	}
	step, _ := strconv.Atoi(h["step"])
	att, _ := strconv.Atoi(h["attempts"])
	return &callRecord{
		Call:   Call{ID: id, To: h["to"], Night: h["night"], Person: h["person"], Problem: h["problem"], Step: step},
		Status: h["status"], Attempts: att, SID: h["sid"], Error: h["error"],
	}, nil
}

func (q *callQueue) done(ctx context.Context, id string) error {
	return q.rdb.ZRem(ctx, q.k.lease(), id).Err()
}

func (q *callQueue) retryAt(ctx context.Context, id string, at time.Time, errText string) error {
	_, err := q.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.HSet(ctx, q.k.rec(id), "error", errText)
		p.ZAdd(ctx, q.k.delay(), redis.Z{Score: float64(at.UnixMilli()), Member: id})
		p.ZRem(ctx, q.k.lease(), id)
		return nil
	})
	return err
}

func (q *callQueue) attempt(ctx context.Context, id string) (int, error) {
	n, err := q.rdb.HIncrBy(ctx, q.k.rec(id), "attempts", 1).Result()
	return int(n), err
}

func (q *callQueue) setSID(ctx context.Context, id, sid string) error {
	return q.rdb.HSet(ctx, q.k.rec(id), "sid", sid).Err()
}

func (q *callQueue) setStatus(ctx context.Context, id, status, errText string) (bool, error) {
	n, err := setCallStatus.Run(ctx, q.rdb, []string{q.k.rec(id)}, status, callRank(status), errText).Int()
	return n == 1, err
}
