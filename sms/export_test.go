package sms

import (
	"context"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// StatusOf returns the delivery status of the text Twilio knows as sid.
func (s *Service) StatusOf(ctx context.Context, sid string) (string, error) {
	id, err := s.rdb.Get(ctx, s.k.bySid(sid)).Result()
	if err != nil {
		return "", nil // not known
	}
	rec, err := s.q.load(ctx, id)
	if err != nil || rec == nil {
		return "", err
	}
	return rec.Status, nil
}

// Pending counts texts still queued, leased or waiting to retry.
func (s *Service) Pending(ctx context.Context) (int64, error) { return s.q.Pending(ctx) }

// RememberAlert records that problem was the last alert texted to person,
// as sending the alert does.
func (s *Service) RememberAlert(ctx context.Context, nightID, person, problem string) error {
	return s.rdb.Set(ctx, s.k.lastAlert(nightID, person), problem, 0).Err()
}

// Asked reports whether a numbered question to person waits for an answer.
func (s *Service) Asked(ctx context.Context, nightID, person string) bool {
	n, err := s.rdb.Exists(ctx, s.k.ask(nightID, person)).Result()
	return err == nil && n > 0
}

// AfterDeliver has f called with a text's id each time this hub is done
// with it (sent, retried, failed or skipped), every write about it made.
// Call it before Start.
func (s *Service) AfterDeliver(f func(id string)) { s.afterDeliver = f }

// ReadWith has texts and calls read by f instead of the rules, so a test
// can stand in a reading that fails. Call it before the first text.
func (s *Service) ReadWith(f func(text string, n *night.Night, sender string, ctx understand.Context) understand.Intent) {
	s.reader = f
}
