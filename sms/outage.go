package sms

import (
	"context"

	"github.com/clubnight/clubnight/night"
)

// stillNeeded reports whether rec is an alert about a problem still open:
// it is tried again however long texts are down (an outage must not lose
// the one text that says a taxi never came), at most every RetryMax.
func (s *Service) stillNeeded(ctx context.Context, rec *record) bool {
	if rec.Kind != KindAlert || rec.Night == "" || rec.Problem == "" {
		return false
	}
	n, err := s.hub.NightFromRedis(ctx, rec.Night)
	if night.ErrorCode(err) == night.NotFound {
		return false // wiped or gone
	}
	if err != nil {
		return true // not sure: trying again loses nothing
	}
	p, ok := n.Problem(rec.Problem)
	return ok && p.Status == night.Open
}
