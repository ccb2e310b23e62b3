package sms

import (
	"context"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/sms/wording"
)

// SendCode queues a text (a sign-in code) to an E.164 number.
func (s *Service) SendCode(ctx context.Context, e164, text string) error {
	num, err := phone.Normalise(e164)
	if err != nil {
		return night.Errorf(night.Invalid, "That phone number does not look right.")
	}
	m := Message{ID: "code:" + hub.NewID(), To: num, Body: wording.Compose(text), Kind: KindCode}
	if id, err := s.hub.LiveID(ctx); err == nil {
		if n, err := s.hub.NightFromRedis(ctx, id); err == nil {
			m.Night = id
			if p, ok := n.PersonByPhone(num); ok {
				m.Person = p.ID
			}
		}
	}
	return s.queue(ctx, m)
}
