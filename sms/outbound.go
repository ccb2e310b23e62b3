package sms

import (
	"context"
	"strings"
	"time"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/twilioapi"
)

// sendLoop takes texts off the durable queue and sends each in its own
// goroutine, holding one of the hub's send slots, until ctx ends.
func (s *Service) sendLoop(ctx context.Context) {
	idle := time.NewTicker(s.opts.PollEvery)
	defer idle.Stop()
	for ctx.Err() == nil {
		select {
		case s.slots <- struct{}{}:
		case <-ctx.Done():
			return
		}
		id, err := s.q.Pop(ctx)
		if err != nil || id == "" {
			<-s.slots
		}
		if err != nil {
			if ctx.Err() == nil {
				s.m.RedisErrors.Inc()
				s.log.Warn("sms: cannot read the send queue; retrying", "err", err)
			}
			sleep(ctx, time.Second)
			continue
		}
		if id == "" {
			select {
			case <-ctx.Done():
			case <-s.wake:
			case <-idle.C:
			}
			continue
		}
		s.bg.Go(func() {
			defer func() { <-s.slots }()
			s.deliver(ctx, id)
		})
	}
}

// deliver sends one leased text, then acknowledges, retries or fails it.
func (s *Service) deliver(ctx context.Context, id string) {
	if s.afterDeliver != nil {
		defer s.afterDeliver(id)
	}
	rec, err := s.q.load(ctx, id)
	if err != nil {
		s.log.Warn("sms: cannot load a queued text; it will come back", "id", id, "err", err)
		return
	}
	if rec == nil || statusRank(rec.Status) > statusRank("pending") {
		_ = s.q.Done(ctx, id) // gone, or sent already by a hub whose lease ran out
		return
	}
	if rec.Kind == KindCode && rec.Body == "" {
		// A code restored from a backup, which never keeps its words: the
		// person asks for a new one.
		_, _ = s.q.setStatus(ctx, id, "skipped", "words not kept")
		_ = s.q.Done(ctx, id)
		s.m.TextsOut.WithLabelValues("skipped").Inc()
		return
	}
	if skip := s.optedOut(ctx, rec.Message); skip {
		_, _ = s.q.setStatus(ctx, id, "skipped", "opted out")
		_ = s.q.Done(ctx, id)
		s.m.TextsOut.WithLabelValues("skipped").Inc()
		return
	}
	if strings.HasPrefix(rec.ID, closedPrefix) {
		body, ok, err := s.closedBody(ctx, rec)
		if err != nil {
			return // the lease runs out and it comes back
		}
		if !ok {
			_, _ = s.q.setStatus(ctx, id, "skipped", "nothing still open")
			_ = s.q.Done(ctx, id)
			s.m.TextsOut.WithLabelValues("skipped").Inc()
			return
		}
		rec.Body = body
	}
	if s.waitsForEarlier(ctx, rec) {
		// Not a try: it comes back once the earlier text had its chance.
		if err := s.q.RetryIn(ctx, id, s.opts.RetryBase, ""); err != nil {
			s.log.Warn("sms: cannot hold a text behind an earlier one; the lease will bring it back", "id", id, "err", err)
		}
		return
	}
	attempts, err := s.q.Attempt(ctx, id)
	if err != nil {
		return
	}
	sctx, cancel := context.WithTimeout(ctx, s.opts.SendTimeout)
	sent, err := s.sender.Send(sctx, rec.Message)
	cancel()
	if err == nil {
		status, detail, err := s.q.sent(ctx, id, sent)
		if err != nil {
			s.log.Warn("sms: cannot record a sent text", "id", id, "err", err)
		}
		_ = s.q.Done(ctx, id)
		s.m.TextsOut.WithLabelValues("sent").Inc()
		s.alertSent(ctx, rec)
		s.textsGoing(ctx, rec, true)
		if failedStatus(status) {
			if detail == "" {
				detail = status
			}
			s.failed(ctx, rec, detail)
		}
		return
	}
	if ctx.Err() != nil {
		// Shutting down: the lease runs out and another hub sends it.
		return
	}
	reason := scrub(err.Error())
	if twilioapi.Temporary(err) && attempts >= 2 {
		// Tried twice and Twilio still cannot take it: people must call.
		s.textsGoing(ctx, rec, false)
	}
	if twilioapi.Temporary(err) && (attempts < s.opts.MaxAttempts || s.stillNeeded(ctx, rec)) {
		wait := s.backoff(attempts)
		s.m.TextsOut.WithLabelValues("retried").Inc()
		s.log.Warn("sms: sending failed; will retry", "id", id, "to", phone.Mask(rec.To),
			"attempt", attempts, "wait", wait.String(), "err", reason)
		if err := s.q.RetryIn(ctx, id, wait, reason); err != nil {
			s.log.Warn("sms: cannot schedule a retry; the lease will bring it back", "id", id, "err", err)
		}
		return
	}
	s.log.Error("sms: sending failed for good", "id", id, "to", phone.Mask(rec.To), "attempts", attempts, "err", reason)
	if changed, _ := s.q.setStatus(ctx, id, "failed", reason); changed {
		s.m.TextsOut.WithLabelValues("failed").Inc()
		s.failed(ctx, rec, reason)
	}
	_ = s.q.Done(ctx, id)
}

// alertSent notes in the night's own keys that an alert went, so one
// queued again after a stop (see requeueAlerts) is not sent twice.
func (s *Service) alertSent(ctx context.Context, rec *record) {
	if rec.Kind != KindAlert || rec.Night == "" {
		return
	}
	key := s.k.sentAlerts(rec.Night)
	if _, err := s.rdb.TxPipelined(ctx, func(p redisPipe) error {
		p.SAdd(ctx, key, rec.ID)
		p.Expire(ctx, key, 48*time.Hour)
		return nil
	}); err == nil {
		s.hub.NightKeysChanged(ctx, rec.Night)
	}
	s.recordSent(ctx, rec)
}

// textsGoing records on the night whether texts are going out, when that
// changed, so the kiosk and the dashboard can tell people to call instead.
// Two hubs may both see the change; the second is told "nothing to change".
func (s *Service) textsGoing(ctx context.Context, rec *record, going bool) {
	id := rec.Night
	if id == "" {
		live, err := s.hub.LiveID(ctx)
		if err != nil {
			return
		}
		id = live
	}
	n, err := s.hub.CachedNight(ctx, id)
	if err != nil || n.TextsDown == !going {
		return
	}
	_, err = s.hub.Apply(ctx, id, night.Command{Type: night.CmdTexts, Down: !going, Source: night.FromSystem})
	if err != nil && night.ErrorCode(err) != night.Conflict {
		s.log.Warn("sms: cannot record whether texts are going out", "night", id, "err", err)
	}
}

// backoff is the wait before try attempts+1: RetryBase doubling, capped.
func (s *Service) backoff(attempts int) time.Duration {
	d := s.opts.RetryBase
	for i := 1; i < attempts && d < s.opts.RetryMax; i++ {
		d *= 2
	}
	return min(d, s.opts.RetryMax)
}

// optedOut reports whether the person a text is for asked for no texts.
// It looks at the night as it is now, at the moment of sending.
func (s *Service) optedOut(ctx context.Context, m Message) bool {
	if m.To == "" {
		return true
	}
	nightID := m.Night
	if nightID == "" {
		id, err := s.hub.LiveID(ctx)
		if err != nil {
			return false
		}
		nightID = id
	}
	n, err := s.hub.NightFromRedis(ctx, nightID)
	if err != nil {
		return false
	}
	if m.Person != "" {
		if p, ok := n.Person(m.Person); ok {
			return p.OptedOut
		}
	}
	if p, ok := n.PersonByPhone(m.To); ok {
		return p.OptedOut
	}
	return false
}

// failed records a text that did not arrive on the dashboard, and treats a
// failed alert as unclaimed: the next escalation step comes now.
func (s *Service) failed(ctx context.Context, rec *record, detail string) {
	it := InboxItem{Kind: InboxFailed, From: phone.Mask(rec.To), Person: rec.Person, Text: rec.Body, Detail: detail}
	if rec.Kind == KindCode {
		it.Text = "A sign-in code" // never the code itself
	}
	if rec.Night != "" {
		if n, err := s.hub.NightFromRedis(ctx, rec.Night); err == nil && rec.Person != "" {
			it.Name = n.Name(rec.Person)
		}
	}
	s.note(ctx, rec.Night, it)
	if rec.Kind == KindAlert && rec.Problem != "" && rec.Night != "" {
		s.escalateNow(ctx, rec.Night, rec.Problem)
	}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
