package sms

import (
	"context"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/wording"
)

// maxBody is how much of a text we read; Twilio joins long texts up to
// 1600 characters.
const maxBody = 1600

// Text is one inbound text, as the webhook or the simulator got it.
type Text struct {
	From       string // the sender's number, in any form
	Body       string
	SID        string // Twilio's MessageSid; the same text retried has the same one
	OptOutType string // STOP, START or HELP when Twilio saw a keyword
}

// Receive handles one text exactly as the webhook does and returns the
// reply ("" for none). The simulator calls it with its own MessageSid.
func (s *Service) Receive(ctx context.Context, t Text) (string, error) { return s.receive(ctx, t) }

func (s *Service) receive(ctx context.Context, t Text) (string, error) {
	from, err := phone.Normalise(t.From)
	if err != nil {
		from = ""
	}
	if t.SID != "" {
		prev, mine, err := s.claimSID(ctx, t.SID)
		if err != nil {
			s.m.TextsIn.WithLabelValues("error").Inc()
			if errors.Is(err, errTwinBusy) {
				return "", err
			}
			s.log.Error("sms: cannot check for a repeated text", "from", phone.Mask(from), "err", err)
			return wording.Busy(""), nil
		}
		if !mine {
			s.m.TextsIn.WithLabelValues("duplicate").Inc()
			return prev, nil
		}
	}
	reply, outcome := s.handle(ctx, from, t)
	s.m.TextsIn.WithLabelValues(outcome).Inc()
	s.log.Info("sms: text in", "from", phone.Mask(from), "outcome", outcome, "reply_len", wording.Len(reply))
	if t.SID != "" {
		if outcome == "error" {
			s.releaseSID(ctx, t.SID) // let Twilio's retry try again
		} else {
			s.saveReply(ctx, t.SID, reply)
		}
	}
	return reply, nil
}

// cleanBody makes any body safe to read: valid UTF-8, no control
// characters, at most maxBody characters.
func cleanBody(raw string) string {
	s := strings.ToValidUTF8(raw, "\uFFFD")
	if utf8.RuneCountInString(s) > maxBody {
		s = string([]rune(s)[:maxBody])
	}
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || r == '\r' {
			return ' '
		}
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// handle decides what one text means and does it. It returns the reply and
// an outcome for the metrics.
func (s *Service) handle(ctx context.Context, from string, t Text) (string, string) {
	body := cleanBody(t.Body)
	nightID, err := s.hub.LiveID(ctx)
	if err != nil {
		if night.ErrorCode(err) == night.NotFound {
			return wording.NoNight, "no_night"
		}
		return wording.Busy(""), "error"
	}
	n, err := s.hub.CachedNight(ctx, nightID)
	if err != nil {
		return wording.Busy(""), "error"
	}
	p, known := n.PersonByPhone(from)
	cmdID := "sms:" + t.SID
	if t.SID == "" {
		cmdID = "sms:" + hub.NewID()
	}

	// Opt-out words go first: a STOP is recorded even over the rate limit.
	if out, ok := optWord(t.OptOutType, body, p); ok {
		return s.optChange(ctx, n, p, from, body, out, cmdID)
	}
	rateKey := from
	if rateKey == "" {
		rateKey = "raw:" + strings.TrimSpace(t.From)
	}
	switch s.limit(ctx, rateKey) {
	case rateWarn:
		name := ""
		if known {
			name = wording.Name(p.Name)
		}
		return wording.RateLimited(name), "rate_limited"
	case rateQuiet:
		return "", "rate_limited"
	}
	if !known {
		s.note(ctx, n.ID, InboxItem{Kind: InboxUnknownNumber, From: phone.Mask(from), Text: body})
		return wording.UnknownNumber, "unknown_number"
	}
	name := wording.Name(p.Name)
	if body == "" {
		return wording.Empty(name), "empty"
	}
	uctx := s.conversation(ctx, n, p.ID)
	uctx.Taught = s.taught(ctx, understand.PhraseKey(body, n, p.ID))
	intent := s.read(body, n, p.ID, uctx)
	if intent.Kind != understand.Ask && uctx.PendingChoice != nil {
		_ = s.rdb.Del(ctx, s.k.ask(n.ID, p.ID)).Err()
	}
	reply, outcome := s.respond(ctx, n, p, intent, body, cmdID)
	if intent.Kind == understand.None && uctx.PendingChoice != nil {
		// "no" to "Shall we tell the team?": say so, not hello.
		reply = wording.Declined(name)
	}
	if p.OptedOut {
		// They asked for no texts; what they sent still counts.
		return "", outcome
	}
	return reply, outcome
}
