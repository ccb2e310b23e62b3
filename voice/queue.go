package voice

import (
	"context"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/outbox"
)

// callQueue is the calls' durable queue: the same outbox as texts
// (outbox.Queue, under the hash tag {vq}), with a call's own fields.
// Adding a call with an id that exists does nothing: that is the claim
// that makes each call go once, whichever hub sees the problem first.
type callQueue struct {
	*outbox.Queue
	rdb redis.UniversalClient
}

func newCallQueue(rdb redis.UniversalClient, k keys, lease, keep time.Duration) *callQueue {
	return &callQueue{Queue: outbox.New(rdb, k.p+"{vq}:", lease, keep), rdb: rdb}
}

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
		return outbox.Final
	}
	return 0
}

// unanswered reports whether a final status means nobody took the call.
func unanswered(status string) bool {
	return status == "busy" || status == "no-answer" || status == "failed" || status == "canceled"
}

func (q *callQueue) enqueue(ctx context.Context, c Call) (bool, error) {
	return q.Add(ctx, c.ID, "to", c.To, "night", c.Night, "person", c.Person, "problem", c.Problem, "step", c.Step,
		"status", "pending", "rank", callRank("pending"), "attempts", 0)
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
	h, err := q.Load(ctx, id)
	if err != nil || h == nil {
		return nil, err
	}
	step, _ := strconv.Atoi(h["step"])
	att, _ := strconv.Atoi(h["attempts"])
	return &callRecord{
		Call:   Call{ID: id, To: h["to"], Night: h["night"], Person: h["person"], Problem: h["problem"], Step: step},
		Status: h["status"], Attempts: att, SID: h["sid"], Error: h["error"],
	}, nil
}

func (q *callQueue) setStatus(ctx context.Context, id, status, errText string) (bool, error) {
	return q.SetStatus(ctx, id, status, callRank(status), errText)
}

// setSID records Twilio's id of the call, for its status callbacks.
func (q *callQueue) setSID(ctx context.Context, id, sid string) error {
	return q.rdb.HSet(ctx, q.Key(id), "sid", sid).Err()
}
