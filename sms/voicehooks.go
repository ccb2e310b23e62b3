package sms

import (
	"context"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// This file is what the voice package borrows, so that a phone call is
// understood and acted on exactly like a text: the same conversation
// context, the same understanding
// and the same actions, and the same "Texts to read" on the dashboard.

// Understand reads words from person p on night n with the same context
// and rules as a text from them (their last alert, a question we asked).
// pending reports whether a question was waiting for its answer.
func (s *Service) Understand(ctx context.Context, n *night.Night, p *night.Person, words string) (in understand.Intent, pending bool) {
	uctx := s.conversation(ctx, n, p.ID)
	return s.read(words, n, p.ID, uctx), uctx.PendingChoice != nil
}

// Act does what in asks for p, exactly as for a text, and returns the text
// reply and the outcome ("done", "ask", "not_understood", ...). cmdID makes
// the change happen once however often it is retried. Words it could not
// read go to the dashboard's list for a person to read. pending is what
// Understand said; a question is dropped once something else was said.
func (s *Service) Act(ctx context.Context, n *night.Night, p *night.Person, in understand.Intent, words, cmdID string, pending bool) (reply, outcome string) {
	if in.Kind != understand.Ask && pending {
		_ = s.rdb.Del(ctx, s.k.ask(n.ID, p.ID)).Err()
	}
	return s.respond(ctx, n, p, in, words, cmdID)
}

// EscalateNow brings the next escalation step of a problem forward to now,
// as a failed text does: a call nobody answered counts the same.
func (s *Service) EscalateNow(ctx context.Context, nightID, problemID string) {
	s.escalateNow(ctx, nightID, problemID)
}

// Scrub masks every phone number in s (a provider's error message, say),
// so it can be logged or kept.
func Scrub(s string) string { return scrub(s) }
