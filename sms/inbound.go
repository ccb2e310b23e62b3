package sms

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/sms/understand"
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
			return busyReply(""), nil
		}
		if !mine {
			s.m.TextsIn.WithLabelValues("duplicate").Inc()
			return prev, nil
		}
	}
	reply, outcome := s.handle(ctx, from, t)
	s.m.TextsIn.WithLabelValues(outcome).Inc()
	s.log.Info("sms: text in", "from", phone.Mask(from), "outcome", outcome, "reply_len", gsmLen(reply))
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
			return noNightReply, "no_night"
		}
		return busyReply(""), "error"
	}
	n, err := s.hub.CachedNight(ctx, nightID)
	if err != nil {
		return busyReply(""), "error"
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
			name = nameOf(p.Name)
		}
		return rateReply(name), "rate_limited"
	case rateQuiet:
		return "", "rate_limited"
	}
	if !known {
		s.note(ctx, n.ID, InboxItem{Kind: InboxUnknownNumber, From: phone.Mask(from), Text: body})
		return unknownNumberReply, "unknown_number"
	}
	name := nameOf(p.Name)
	if body == "" {
		return emptyReply(name), "empty"
	}
	uctx := s.conversation(ctx, n, p.ID)
	uctx.Taught = s.taught(ctx, understand.PhraseKey(body, n, p.ID))
	intent := understand.Understand(body, n, p.ID, uctx)
	if err := intent.Valid(n); err != nil {
		s.log.Warn("sms: understanding gave an intent that does not fit the night", "err", err)
		intent = understand.Intent{Kind: understand.Unknown, Text: body}
	}
	if intent.Kind != understand.Ask && uctx.PendingChoice != nil {
		_ = s.rdb.Del(ctx, s.k.ask(n.ID, p.ID)).Err()
	}
	reply, outcome := s.respond(ctx, n, p, intent, body, cmdID)
	if p.OptedOut {
		// They asked for no texts; what they sent still counts.
		return "", outcome
	}
	return reply, outcome
}

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

// Carrier keywords: a text of only one of these words changes whether the
// sender gets texts (Twilio and the carriers act on them too).
var (
	stopWords  = map[string]bool{"stop": true, "stopall": true, "unsubscribe": true, "end": true, "quit": true, "revoke": true, "optout": true, "cancel": true}
	startWords = map[string]bool{"start": true, "unstop": true}
)

// optWord reports whether a text opts out (out true) or back in (out false).
func optWord(optOutType, body string, p *night.Person) (out, ok bool) {
	switch strings.ToUpper(strings.TrimSpace(optOutType)) {
	case "STOP":
		return true, true
	case "START":
		return false, true
	}
	w := strings.ToLower(strings.Trim(body, " .!"))
	switch {
	case stopWords[w]:
		return true, true
	case startWords[w], w == "yes" && p != nil && p.OptedOut:
		return false, true
	}
	return false, false
}

// optChange records an opt-out or opt-in. Twilio answers these words
// itself, so with Twilio we say nothing; the simulator says what happened.
func (s *Service) optChange(ctx context.Context, n *night.Night, p *night.Person, from, body string, out bool, cmdID string) (string, string) {
	kind, outcome, typ := InboxOptIn, "opt_in", night.CmdOptIn
	if out {
		kind, outcome, typ = InboxOptOut, "opt_out", night.CmdOptOut
	}
	it := InboxItem{Kind: kind, From: phone.Mask(from), Text: body}
	if p != nil {
		it.Person, it.Name = p.ID, p.Name
		_, err := s.hub.Apply(ctx, n.ID, night.Command{ID: cmdID, Type: typ, By: p.ID, Person: p.ID, Source: night.FromSMS})
		if err != nil && night.ErrorCode(err) != night.Conflict {
			s.log.Error("sms: cannot record an opt-out change", "night", n.ID, "person", p.ID, "err", err)
			return "", "error"
		}
	}
	s.note(ctx, n.ID, it)
	if s.sim == nil {
		return "", outcome
	}
	if out {
		return optOutReply(), outcome
	}
	name := "there"
	if p != nil {
		name = nameOf(p.Name)
	}
	return optInReply(name), outcome
}
