package sms

import (
	"context"
	"encoding/json"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/simpage"
)

// WipeNight forgets every text of night n that SMS keeps: its inbox (texts
// word for word), the questions waiting for an answer, and, on the
// simulator, every practice text to or from the night's team. The
// dashboard's privacy wipe calls it with the night as it was before, while
// it still has the phone numbers.
func (s *Service) WipeNight(ctx context.Context, n *night.Night) error {
	keys := []string{s.k.inbox(n.ID), s.k.esc(n.ID)}
	for _, p := range n.People {
		keys = append(keys, s.k.ask(n.ID, p.ID), s.k.lastAlert(n.ID, p.ID))
	}
	for _, k := range keys {
		// One at a time: on a Redis Cluster, a DEL of many keys must stay
		// in one slot, and these do, but the embedded store is simpler so.
		if err := s.rdb.Del(ctx, k).Err(); err != nil {
			return err
		}
	}
	if s.sim == nil {
		return nil
	}
	phones := map[string]bool{}
	for _, p := range n.People {
		if p.Phone != "" {
			phones[p.Phone] = true
		}
	}
	raw, err := s.rdb.LRange(ctx, s.k.simLog(), 0, -1).Result()
	if err != nil {
		return err
	}
	for _, r := range raw {
		var t simpage.Text
		if json.Unmarshal([]byte(r), &t) == nil && phones[t.Phone] {
			if err := s.rdb.LRem(ctx, s.k.simLog(), 0, r).Err(); err != nil {
				return err
			}
		}
	}
	return nil
}
