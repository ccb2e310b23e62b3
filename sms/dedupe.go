package sms

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

const (
	// replyTTL is how long the reply to a MessageSid is kept for Twilio's
	// retries.
	replyTTL = 24 * time.Hour
	// workingTTL bounds how long one hub may hold a MessageSid while it
	// works; if it dies, a retry after that is handled afresh (the hub's
	// command ids keep any change from happening twice).
	workingTTL = 30 * time.Second
	// waitForTwin is how long a retry waits for the hub already working on
	// the same MessageSid.
	waitForTwin = 5 * time.Second
)

const working = "working"

var errTwinBusy = errors.New("the same text is still being handled")

// claimSID makes this request the one that handles sid. When another
// request handled it already, it returns that reply (ok false).
func (s *Service) claimSID(ctx context.Context, sid string) (reply string, ok bool, err error) {
	key := s.k.sid(sid)
	deadline := time.Now().Add(waitForTwin)
	for {
		won, err := s.rdb.SetNX(ctx, key, working, workingTTL).Result()
		if err != nil {
			return "", false, err
		}
		if won {
			return "", true, nil
		}
		v, err := s.rdb.Get(ctx, key).Result()
		if errors.Is(err, redis.Nil) {
			continue // the other request gave up just now
		}
		if err != nil {
			return "", false, err
		}
		if r, done := strings.CutPrefix(v, "reply:"); done {
			return r, false, nil
		}
		if time.Now().After(deadline) {
			return "", false, errTwinBusy
		}
		sleep(ctx, 50*time.Millisecond)
		if ctx.Err() != nil {
			return "", false, ctx.Err()
		}
	}
}

// saveReply keeps the reply to sid for Twilio's retries.
func (s *Service) saveReply(ctx context.Context, sid, reply string) {
	if err := s.rdb.Set(ctx, s.k.sid(sid), "reply:"+reply, replyTTL).Err(); err != nil {
		s.log.Warn("sms: cannot keep a reply for retries", "err", err)
	}
}

// releaseSID lets a retry of sid be handled afresh, after a failure.
func (s *Service) releaseSID(ctx context.Context, sid string) {
	_ = s.rdb.Del(ctx, s.k.sid(sid)).Err()
}
