package sms

import (
	"context"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/wording"
)

// turn is one understood text (or call) from p on night n: what a handler
// needs to act on it and to word the reply.
type turn struct {
	n    *night.Night
	p    *night.Person
	in   understand.Intent
	name string        // how the reply greets p
	cmd  night.Command // ID, By and Source set; a handler sets the rest
}

// A handler does one kind of intent and words the reply. It returns the
// reply and an outcome for the metrics ("done", "refused", ...).
type handler func(s *Service, ctx context.Context, t turn) (reply, outcome string)

// handlers says what each kind of intent does (see commands.go and
// questions.go). A kind not here was not understood: a person reads it.
var handlers = map[understand.Kind]handler{
	understand.Jobs:    (*Service).listJobs,
	understand.Done:    (*Service).markJob,
	understand.Doing:   (*Service).markJob,
	understand.Undo:    (*Service).undo,
	understand.Problem: (*Service).raise,
	understand.Claim:   (*Service).claim,
	understand.Sorted:  (*Service).markSorted,
	understand.Here:    (*Service).checkInOut,
	understand.Leaving: (*Service).checkInOut,
	understand.Ride:    (*Service).ride,
	understand.Status:  (*Service).answerStatus,
	understand.Ask:     (*Service).askChoice,
	understand.None:    (*Service).greet,
}

// respond does what intent asks for person p on night n, and says so.
func (s *Service) respond(ctx context.Context, n *night.Night, p *night.Person, in understand.Intent, body, cmdID string) (string, string) {
	t := turn{n: n, p: p, in: in, name: wording.Name(p.Name), cmd: night.Command{ID: cmdID, By: p.ID, Source: night.FromSMS}}
	if h, ok := handlers[in.Kind]; ok {
		return h(s, ctx, t)
	}
	// Not understood: a person reads it, word for word.
	s.note(ctx, n.ID, InboxItem{Kind: InboxNotUnderstood, From: phone.Mask(p.Phone), Person: p.ID, Name: p.Name, Text: body})
	return wording.NotUnderstood(t.name, reader(n, p.ID)), "not_understood"
}

// refused passes the hub's plain reason on, with what to do instead.
func (s *Service) refused(name string, err error, next string) (string, string) {
	switch night.ErrorCode(err) {
	case night.Busy, night.Internal:
		s.log.Error("sms: a command failed", "err", err)
		return wording.Busy(name), "error"
	}
	return wording.Refused(name, night.ErrorMessage(err), next), "refused"
}
