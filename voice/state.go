package voice

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// callTTL is how long a call's state is kept: far longer than any call.
const callTTL = 6 * time.Hour

// callState is what we remember during one call, keyed by its CallSid.
type callState struct {
	Night  string `json:"night"`
	Person string `json:"person"`
	// Quiet counts answers in a row with nothing said or pressed.
	Quiet int `json:"quiet,omitempty"`
	// Ask is the question waiting for a key: "confirm" (Words heard with
	// low confidence; 2 is yes) or "choice" (Options answers, keys 2 up).
	Ask     string `json:"ask,omitempty"`
	Words   string `json:"words,omitempty"`
	Options int    `json:"options,omitempty"`
	// Unsure counts unclear low-confidence answers in a row.
	Unsure int `json:"unsure,omitempty"`
	// Heard counts times the message of a call we placed was said.
	Heard int `json:"heard,omitempty"`
}

func (s *Service) loadState(ctx context.Context, sid string) (*callState, error) {
	data, err := s.rdb.Get(ctx, s.k.call(sid)).Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var st callState
	if err := json.Unmarshal(data, &st); err != nil {
		return nil, nil
	}
	return &st, nil
}

func (s *Service) saveState(ctx context.Context, sid string, st *callState) error {
	data, _ := json.Marshal(st)
	return s.rdb.Set(ctx, s.k.call(sid), data, callTTL).Err()
}

const working = "working"

// Waits for a twin request of the same turn (Twilio retrying while we
// work on the first).
const (
	workingTTL  = 30 * time.Second
	waitForTwin = 5 * time.Second
)

// once answers one turn of a call (sid, step, turn) exactly once: a retry
// of the same webhook gets the answer kept from the first, and nothing is
// done twice. f reports whether its answer may be kept; when not (Redis
// failed), a retry works it out afresh.
func (s *Service) once(ctx context.Context, sid, step, turn string, f func() (string, bool)) string {
	key := s.k.turn(sid, step, turn)
	deadline := time.Now().Add(waitForTwin)
	for {
		won, err := s.rdb.SetNX(ctx, key, working, workingTTL).Result()
		if err != nil {
			s.log.Error("voice: cannot check for a repeated webhook", "err", err)
			return goodbye(sorryLine)
		}
		if won {
			break
		}
		v, err := s.rdb.Get(ctx, key).Result()
		if err == nil {
			if doc, ok := strings.CutPrefix(v, "twiml:"); ok {
				return doc
			}
		} else if !errors.Is(err, redis.Nil) {
			return goodbye(sorryLine)
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return goodbye(sorryLine)
		}
		select {
		case <-ctx.Done():
		case <-time.After(50 * time.Millisecond):
		}
	}
	doc, keep := f()
	if keep {
		if err := s.rdb.Set(ctx, key, "twiml:"+doc, callTTL).Err(); err != nil {
			s.log.Warn("voice: cannot keep an answer for retries", "err", err)
		}
	} else {
		_ = s.rdb.Del(ctx, key).Err()
	}
	return doc
}
