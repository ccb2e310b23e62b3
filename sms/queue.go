package sms

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/outbox"
)

// queue is the texts' durable outbound queue (an outbox.Queue under the
// hash tag {q}), with what only texts have: a message's fields, Twilio's
// message id for status callbacks, and the words dropped once sent.
type queue struct {
	*outbox.Queue
	rdb  redis.UniversalClient
	k    keys
	keep time.Duration // how long a message's record is kept
	// now is this process's clock, for what no other hub compares (a
	// record's creation time); nil means time.Now.
	now func() time.Time
}

func newQueue(rdb redis.UniversalClient, k keys, lease, keep time.Duration) *queue {
	return &queue{Queue: outbox.New(rdb, k.p+"{q}:", lease, keep), rdb: rdb, k: k, keep: keep}
}

func (q *queue) clock() time.Time {
	if q.now != nil {
		return q.now()
	}
	return time.Now()
}

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
		return outbox.Final
	}
	return 0
}

// failedStatus reports whether a status means the text never arrived.
func failedStatus(s string) bool { return s == "failed" || s == "undelivered" }

// enqueue adds a message unless one with its id exists: alerts have
// fixed ids, so two hubs (or one hub replaying events) queue each once.
func (q *queue) enqueue(ctx context.Context, m Message) (bool, error) {
	fields := []any{"to", m.To, "body", m.Body, "night", m.Night, "person", m.Person, "kind", m.Kind,
		"problem", m.Problem, "step", m.Step, "status", "pending", "rank", statusRank("pending"),
		"attempts", 0, "created", q.clock().UnixMilli()}
	if m.Kind == KindCode {
		// A sign-in code never reaches the embedded store's backup files.
		fields = append(fields, hub.PrivateField, "body")
	}
	return q.Add(ctx, m.ID, fields...)
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
	h, err := q.Load(ctx, id)
	if err != nil || h == nil {
		return nil, err
	}
	step, _ := strconv.Atoi(h["step"])
	att, _ := strconv.Atoi(h["attempts"])
	return &record{
		Message: Message{ID: id, To: h["to"], Body: h["body"], Night: h["night"], Person: h["person"],
			Kind: h["kind"], Problem: h["problem"], Step: step},
		Status: h["status"], Attempts: att, SID: h["sid"], Error: h["error"],
	}, nil
}

// sentScript records the provider's id of a sent message and its status,
// taking in a status callback that came before we knew the id.
// A message whose record is gone (Redis lost it while the text was with
// Twilio) is not made again: only enqueue makes one (see outbox.Attempt).
// KEYS: msg, bySid, early. ARGV: sid, our id, status, rank, ttl seconds.
// Returns the new status and error when the status changed, else {"", ""}.
var sentScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return {'', ''} end
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
	if err := q.rdb.HDel(ctx, q.Key(id), "body").Err(); err != nil {
		return "", "", err
	}
	if s.SID == "" {
		changed, err := q.setStatus(ctx, id, s.Status, "")
		if !changed {
			return "", "", err
		}
		return s.Status, "", err
	}
	res, err := sentScript.Run(ctx, q.rdb, []string{q.Key(id), q.k.bySid(s.SID), q.k.early(s.SID)},
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
// A final status drops the words.
func (q *queue) setStatus(ctx context.Context, id, status, errText string) (bool, error) {
	return q.SetStatus(ctx, id, status, statusRank(status), errText, "body")
}

// queue adds m to the durable queue and wakes a worker.
func (s *Service) queue(ctx context.Context, m Message) error {
	added, err := s.q.enqueue(ctx, m)
	if err != nil {
		return err
	}
	if added {
		s.m.TextsOut.WithLabelValues("queued").Inc()
		select {
		case s.wake <- struct{}{}:
		default:
		}
	}
	return nil
}
