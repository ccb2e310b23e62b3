package sms

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/hub"
)

// queue is the durable outbound queue: a list of message ids ready to go,
// a sorted set of ids leased to a worker (by lease end), a sorted set of ids
// waiting to be retried (by due time), and one hash per message. A worker
// that dies mid-send leaves its lease to run out, and the id goes back on
// the list; nothing is lost when a hub stops.
type queue struct {
	rdb   redis.UniversalClient
	k     keys
	lease time.Duration
	keep  time.Duration // how long a message's record is kept
	// now is this process's clock, for what no other hub compares (a
	// record's creation time); nil means time.Now.
	now func() time.Time
}

func (q *queue) clock() time.Time {
	if q.now != nil {
		return q.now()
	}
	return time.Now()
}

// enqueueScript adds a message unless one with its id exists: alerts have
// fixed ids, so two hubs (or one hub replaying events) queue each once.
// KEYS: msg, ready. ARGV: id, ttl seconds, field, value, ...
var enqueueScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('LPUSH', KEYS[2], ARGV[1])
return 1
`)

// popScript moves due retries and run-out leases back to the list, then
// leases the oldest ready id. Times come from Redis's own clock, the one
// every hub shares: a hub whose clock is ahead (or jumped) must not take a
// text another hub is sending, nor send it again.
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

// retryScript ends a lease and has the text come back after a wait, by
// Redis's clock.
// KEYS: msg, delay, lease. ARGV: id, wait ms, error.
var retryScript = redis.NewScript(`
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HSET', KEYS[1], 'error', ARGV[3])
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
return 1
`)

// statusScript moves a message's status forward only: a late "sent" never
// overwrites "delivered", and a final status never changes.
// KEYS: msg. ARGV: status, rank, error. Returns 1 when it changed.
var statusScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local cur = tonumber(redis.call('HGET', KEYS[1], 'rank') or '0')
if tonumber(ARGV[2]) <= cur then return 0 end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'rank', ARGV[2])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'error', ARGV[3]) end
if tonumber(ARGV[2]) >= 9 then redis.call('HDEL', KEYS[1], 'body') end
return 1
`)

// statusRank orders statuses; final ones share the top rank so none
// replaces another.
func statusRank(status string) int {
	switch status {
	case "pending":
		return 1
	case "accepted", "scheduled", "queued":
		return 2
	case "sending":
		return 3
	case "sent":
		return 4
	case "delivered", "undelivered", "failed", "skipped", "canceled", "read":
		return 9
	}
	return 0
}

// failedStatus reports whether a status means the text never arrived.
func failedStatus(s string) bool { return s == "failed" || s == "undelivered" }

func (q *queue) enqueue(ctx context.Context, m Message) (bool, error) {
	args := []any{m.ID, int64(q.keep / time.Second),
		"to", m.To, "body", m.Body, "night", m.Night, "person", m.Person, "kind", m.Kind,
		"problem", m.Problem, "step", m.Step, "status", "pending", "rank", statusRank("pending"),
		"attempts", 0, "created", q.clock().UnixMilli()}
	if m.Kind == KindCode {
		// A sign-in code never reaches the embedded store's backup files.
		args = append(args, hub.PrivateField, "body")
	}
	n, err := enqueueScript.Run(ctx, q.rdb, []string{q.k.msg(m.ID), q.k.ready()}, args...).Int()
	return n == 1, err
}

// pop leases the next message id, or "" when none is ready.
func (q *queue) pop(ctx context.Context) (string, error) {
	id, err := popScript.Run(ctx, q.rdb, []string{q.k.ready(), q.k.lease(), q.k.delay()},
		q.lease.Milliseconds()).Text()
	if errors.Is(err, redis.Nil) {
		return "", nil
	}
	return id, err
}

// record is a queued message with its delivery state.
type record struct {
	Message
	Status   string
	Attempts int
	SID      string
	Error    string
}

func (q *queue) load(ctx context.Context, id string) (*record, error) {
	h, err := q.rdb.HGetAll(ctx, q.k.msg(id)).Result()
	if err != nil {
		return nil, err
	}
	if len(h) == 0 {
		return nil, nil
	}
	step, _ := strconv.Atoi(h["step"])
	att, _ := strconv.Atoi(h["attempts"])
	return &record{
		Message: Message{ID: id, To: h["to"], Body: h["body"], Night: h["night"], Person: h["person"],
			Kind: h["kind"], Problem: h["problem"], Step: step},
		Status: h["status"], Attempts: att, SID: h["sid"], Error: h["error"],
	}, nil
}

// done ends the lease of id.
func (q *queue) done(ctx context.Context, id string) error {
	return q.rdb.ZRem(ctx, q.k.lease(), id).Err()
}

// retryIn ends the lease of id and has it come back after wait.
func (q *queue) retryIn(ctx context.Context, id string, wait time.Duration, errText string) error {
	return retryScript.Run(ctx, q.rdb, []string{q.k.msg(id), q.k.delay(), q.k.lease()}, id, wait.Milliseconds(), errText).Err()
}

// attempt counts one more try of id.
func (q *queue) attempt(ctx context.Context, id string) (int, error) {
	n, err := q.rdb.HIncrBy(ctx, q.k.msg(id), "attempts", 1).Result()
	return int(n), err
}

// sentScript records the provider's id of a sent message and its status,
// taking in a status callback that came before we knew the id.
// KEYS: msg, bySid, early. ARGV: sid, our id, status, rank, ttl seconds.
// Returns the new status and error when the status changed, else {"", ""}.
var sentScript = redis.NewScript(`
redis.call('HSET', KEYS[1], 'sid', ARGV[1])
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[5])
local st, rk, er = ARGV[3], tonumber(ARGV[4]), ''
local early = redis.call('HMGET', KEYS[3], 'status', 'rank', 'error')
if early[1] and tonumber(early[2]) > rk then st, rk, er = early[1], tonumber(early[2]), early[3] or '' end
redis.call('DEL', KEYS[3])
local cur = tonumber(redis.call('HGET', KEYS[1], 'rank') or '0')
if rk <= cur then return {'', ''} end
redis.call('HSET', KEYS[1], 'status', st, 'rank', rk)
if er ~= '' then redis.call('HSET', KEYS[1], 'error', er) end
return {st, er}
`)

// earlyScript finds our id for a status callback, or keeps the status for
// when the sender records the id (Twilio can call back first).
// KEYS: bySid, early. ARGV: status, rank, error, ttl seconds.
var earlyScript = redis.NewScript(`
local id = redis.call('GET', KEYS[1])
if id then return id end
local cur = tonumber(redis.call('HGET', KEYS[2], 'rank') or '0')
if tonumber(ARGV[2]) > cur then
  redis.call('HSET', KEYS[2], 'status', ARGV[1], 'rank', ARGV[2], 'error', ARGV[3])
  redis.call('EXPIRE', KEYS[2], ARGV[4])
end
return false
`)

// sent records the provider's id for status callbacks, and the status;
// it returns the status and error when they changed.
//
// Once a text is sent its words are dropped from the record (kept 48h for
// status callbacks): they may hold a sign-in code or a problem's details.
func (q *queue) sent(ctx context.Context, id string, s Sent) (status, errText string, err error) {
	if err := q.rdb.HDel(ctx, q.k.msg(id), "body").Err(); err != nil {
		return "", "", err
	}
	if s.SID == "" {
		changed, err := q.setStatus(ctx, id, s.Status, "")
		if !changed {
			return "", "", err
		}
		return s.Status, "", err
	}
	res, err := sentScript.Run(ctx, q.rdb, []string{q.k.msg(id), q.k.bySid(s.SID), q.k.early(s.SID)},
		s.SID, id, s.Status, statusRank(s.Status), int64(q.keep/time.Second)).StringSlice()
	if err != nil || len(res) != 2 {
		return "", "", err
	}
	return res[0], res[1], nil
}

// callback finds our id for a provider's message id; when there is none
// yet it keeps the status for sent to apply.
func (q *queue) callback(ctx context.Context, sid, status, errText string) (string, error) {
	id, err := earlyScript.Run(ctx, q.rdb, []string{q.k.bySid(sid), q.k.early(sid)},
		status, statusRank(status), errText, int64(time.Hour/time.Second)).Text()
	if errors.Is(err, redis.Nil) {
		return "", nil
	}
	return id, err
}

// setStatus moves id's status forward; changed is false when it was not.
func (q *queue) setStatus(ctx context.Context, id, status, errText string) (bool, error) {
	n, err := statusScript.Run(ctx, q.rdb, []string{q.k.msg(id)}, status, statusRank(status), errText).Int()
	return n == 1, err
}

// pending counts messages ready, leased or waiting to retry.
func (q *queue) pending(ctx context.Context) (int64, error) {
	var ready, leased, delayed *redis.IntCmd
	_, err := q.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		ready = p.LLen(ctx, q.k.ready())
		leased = p.ZCard(ctx, q.k.lease())
		delayed = p.ZCard(ctx, q.k.delay())
		return nil
	})
	if err != nil {
		return 0, err
	}
	return ready.Val() + leased.Val() + delayed.Val(), nil
}
