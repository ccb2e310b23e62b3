package sms

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/wording"
)

// What we remember of a conversation with someone: the problem last texted
// to them, and a numbered question waiting for its answer.

// askTTL is how long a question we asked waits for its "1", "2" or "3".
const askTTL = 5 * time.Minute

// conversation is what we remember about the sender: the problem last
// texted to them, and a question we asked them.
func (s *Service) conversation(ctx context.Context, n *night.Night, person string) understand.Context {
	c := understand.Context{Now: s.clock().In(s.loc).Format("15:04")}
	last, ask := s.k.lastAlert(n.ID, person), s.k.ask(n.ID, person)
	vals, err := s.rdb.MGet(ctx, last, ask).Result()
	if err != nil {
		if !errors.Is(err, redis.Nil) {
			s.log.Warn("sms: cannot read the conversation", "err", err)
		}
		return c
	}
	if v, ok := vals[0].(string); ok {
		c.LastAlertProblem = v
	}
	if v, ok := vals[1].(string); ok {
		var ch understand.Choice
		if json.Unmarshal([]byte(v), &ch) == nil && len(ch.Options) > 0 {
			c.PendingChoice = &ch
		}
	}
	return c
}

// ask puts a numbered question and remembers it for the answer.
func (s *Service) ask(ctx context.Context, n *night.Night, p *night.Person, ch *understand.Choice) string {
	if ch == nil || len(ch.Options) == 0 {
		return wording.None(wording.Name(p.Name))
	}
	if len(ch.Options) > understand.MaxOptions {
		ch.Options = ch.Options[:understand.MaxOptions]
	}
	data, _ := json.Marshal(ch)
	if err := s.rdb.Set(ctx, s.k.ask(n.ID, p.ID), data, askTTL).Err(); err != nil {
		s.log.Warn("sms: cannot remember a question", "err", err)
	}
	return wording.Ask(wording.Name(p.Name), ch)
}
