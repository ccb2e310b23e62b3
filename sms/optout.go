package sms

import (
	"context"
	"strings"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/sms/wording"
)

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
		return wording.OptedOut(), outcome
	}
	name := "there"
	if p != nil {
		name = wording.Name(p.Name)
	}
	return wording.OptedIn(name), outcome
}
