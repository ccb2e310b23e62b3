package sms

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/escalation"
	"github.com/clubnight/clubnight/night"
)

// A night stops being live (another is made live) with problems still
// open, a taxi that never came say. Such a problem is never dropped: it
// goes on asking for help until someone sorts it (escalateDue follows
// every night with steps due, live or not). And everyone already texted
// about one gets a single plain text naming what is still open, so nobody
// goes home thinking it was dealt with.

// closedTemplate is the text; %s is the list of what is still open.
const closedTemplate = "The night is closed. Still open: %s. Please check."

// noteLiveChange sends the closing texts of the night that was live until
// now, once: the last live night any hub followed is kept in Redis, so a
// hub that starts after the change still sees it. Two hubs may both send;
// fixed ids make each text go once. It reports false when it must be
// tried again.
func (s *Service) noteLiveChange(ctx context.Context, live string) bool {
	prev, err := s.rdb.Get(ctx, s.k.followed()).Result()
	if err != nil && !errors.Is(err, redis.Nil) {
		return false
	}
	if prev != "" && prev != live {
		if err := s.nightClosed(ctx, prev); err != nil {
			s.log.Warn("sms: cannot tell people what is still open on a closed night; will try again", "night", prev, "err", err)
			return false
		}
	}
	if err := s.rdb.Set(ctx, s.k.followed(), live, closedKeep).Err(); err != nil {
		s.log.Warn("sms: cannot note the live night", "night", live, "err", err)
		return false
	}
	return true
}

// nightClosed texts each person alerted about a problem of night id that
// is not sorted, naming those problems (escalation.StillOpen).
func (s *Service) nightClosed(ctx context.Context, id string) error {
	n, err := s.hub.NightFromRedis(ctx, id)
	if night.ErrorCode(err) == night.NotFound {
		return nil // wiped or gone: nothing to tell
	}
	if err != nil {
		return err
	}
	open, err := s.stillOpen(ctx, n)
	if err != nil {
		return err
	}
	for person := range open {
		r, _ := n.Person(person)
		// The words are filled in when it is sent (closedBody), from the
		// night as it is then: nothing of a night wiped meanwhile is kept
		// in the queue, and a problem sorted meanwhile is left out.
		m := Message{ID: closedPrefix + n.ID + ":" + person, To: r.Phone, Night: n.ID, Person: person, Kind: KindNotice,
			Body: fill(closedTemplate, "", MaxSMS)}
		if err := s.queue(ctx, m); err != nil {
			return err
		}
	}
	if len(open) > 0 {
		s.log.Info("sms: a night closed with problems open; those told of them are texted", "night", n.ID, "people", len(open))
	}
	return nil
}

// stillOpen is, for each person texted about a problem of n not yet
// sorted, those problems (escalation.StillOpen, with who was asked read
// from Redis).
func (s *Service) stillOpen(ctx context.Context, n *night.Night) (map[string][]*night.Problem, error) {
	var readErr error
	open := escalation.StillOpen(n, func(p *night.Problem) escalation.Asked {
		seen, err := s.rdb.HGetAll(ctx, s.k.alerted(n.ID, problemKey(p))).Result()
		if err != nil {
			readErr = err
		}
		return asked(seen)
	})
	return open, readErr
}

// closedPrefix starts the id of a closing text.
const closedPrefix = "closed:"

// closedBody is the closing text to rec's person, from the night as it is
// now; ok is false when nothing they were told of is still open.
func (s *Service) closedBody(ctx context.Context, rec *record) (body string, ok bool, err error) {
	n, err := s.hub.NightFromRedis(ctx, rec.Night)
	if night.ErrorCode(err) == night.NotFound {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	open, err := s.stillOpen(ctx, n)
	if err != nil {
		return "", false, err
	}
	var what []string
	for _, p := range open[rec.Person] {
		what = append(what, kindWords(p))
	}
	if len(what) == 0 {
		return "", false, nil
	}
	return fill(closedTemplate, strings.Join(what, ", "), MaxSMS), true, nil
}

// kindWords names p by its kind only ("a taxi is not here"), never its
// own words: this text can go out after its night is wiped for privacy
// (the wipe and the send are not one step), and a problem's own words
// may hold a name or an address.
func kindWords(p *night.Problem) string {
	w := night.KindWords[p.Kind]
	if w == "" {
		w = night.KindWords[night.Other]
	}
	return strings.ToLower(w[:1]) + w[1:]
}

// closedKeep is how long the last followed night is remembered; a hub
// that starts later than this after a change does not send its texts.
const closedKeep = 48 * time.Hour
