package sms

import (
	"context"
	"encoding/json"
	"errors"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// maxLearned bounds how many phrases a deployment remembers, so a flood of
// resolved texts cannot grow Redis without end.
const maxLearned = 5000

// taught is the meaning a person taught for key, or for its loose key
// (the same words with little words left out), or nil.
func (s *Service) taught(ctx context.Context, key string) *understand.Taught {
	if t := s.taughtExact(ctx, key); t != nil {
		return t
	}
	return s.taughtExact(ctx, understand.LooseKey(key))
}

func (s *Service) taughtExact(ctx context.Context, key string) *understand.Taught {
	if key == "" {
		return nil
	}
	v, err := s.rdb.HGet(ctx, s.k.learned(), key).Result()
	if err != nil {
		if !errors.Is(err, redis.Nil) {
			s.log.Warn("sms: cannot read the learned words", "err", err)
		}
		return nil
	}
	var t understand.Taught
	if json.Unmarshal([]byte(v), &t) != nil {
		return nil
	}
	return &t
}

// Resolution is what saying what a text meant did.
type Resolution struct {
	// Reply is what Clubnight would have texted back, in plain words, for
	// the person on the dashboard to read.
	Reply string `json:"reply"`
	// Learned is the phrase remembered, with the night's names taken out.
	Learned string `json:"learned"`
}

// Resolve is a person on the dashboard saying what a passed-on text meant:
// it does that on the night as if the sender had said it plainly, and
// remembers the phrase so the same words are understood next time, from
// anyone, on any night of this deployment. by is who resolved it.
func (s *Service) Resolve(ctx context.Context, nightID, itemID string, meaning understand.Intent, by string) (Resolution, error) {
	items, err := s.Inbox(ctx, nightID)
	if err != nil {
		return Resolution{}, err
	}
	var item *InboxItem
	for i := range items {
		if items[i].ID == itemID && itemID != "" {
			item = &items[i]
		}
	}
	if item == nil || item.Kind != InboxNotUnderstood || item.Person == "" {
		return Resolution{}, night.Errorf(night.NotFound, "That text is not on the list any more.")
	}
	if item.Resolved {
		return Resolution{}, night.Errorf(night.Conflict, "Someone has said what that text meant already.")
	}
	n, err := s.hub.CachedNight(ctx, nightID)
	if err != nil {
		return Resolution{}, err
	}
	p, ok := n.Person(item.Person)
	if !ok {
		return Resolution{}, night.Errorf(night.NotFound, "The person who sent that text is not on this night.")
	}
	if err := meaning.Valid(n); err != nil {
		return Resolution{}, night.Errorf(night.Invalid, "Please choose what the text meant.")
	}
	key, t, err := understand.Teach(item.Text, n, p.ID, meaning)
	if err != nil {
		return Resolution{}, night.Errorf(night.Invalid, "We cannot learn that: %v.", err)
	}
	added, err := s.rdb.SAdd(ctx, s.k.resolved(nightID), itemID).Result()
	if err != nil {
		return Resolution{}, err
	}
	if added == 0 {
		return Resolution{}, night.Errorf(night.Conflict, "Someone has said what that text meant already.")
	}
	if meaning.Kind == understand.Problem && meaning.Text == "" {
		meaning.Text = understand.FitSMS(item.Text)
	}
	reply, _ := s.respond(ctx, n, p, meaning, item.Text, "dash:"+nightID+":"+itemID)
	data, _ := json.Marshal(t)
	if size, err := s.rdb.HLen(ctx, s.k.learned()).Result(); err == nil && size >= maxLearned {
		s.log.Warn("sms: the learned words are full; this one is not kept", "size", size)
		return Resolution{Reply: reply}, nil
	}
	fields := []any{key, data}
	if loose := understand.LooseKey(key); loose != "" {
		fields = append(fields, loose, data)
	}
	if err := s.rdb.HSet(ctx, s.k.learned(), fields...).Err(); err != nil {
		s.log.Error("sms: cannot remember the learned words", "err", err)
		return Resolution{Reply: reply}, nil
	}
	s.log.Info("sms: learned words", "night", nightID, "by", by, "kind", t.Kind)
	return Resolution{Reply: reply, Learned: key}, nil
}
