package voice

import (
	"context"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/twilioapi"
)

// watchLoop looks at the live night every tick for problems that need a
// call. It reads the night's own state, not the texts' escalation: a
// problem still open whose alert has gone as wide as the staff rings the
// staff who may be called; once it has gone to everyone, it rings the
// others who may be called too.
func (s *Service) watchLoop(ctx context.Context) {
	t := time.NewTicker(s.opts.TickEvery)
	defer t.Stop()
	seen := map[string]bool{}
	for {
		if len(seen) > 10000 {
			seen = map[string]bool{}
		}
		s.scan(ctx, seen)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// scan queues the calls open problems need. Calls have fixed ids, so any
// number of hubs scanning at once still ring each person once per step;
// seen remembers the ids this hub has queued (or found queued) already,
// to spare Redis the question every tick.
func (s *Service) scan(ctx context.Context, seen map[string]bool) {
	id, err := s.hub.LiveID(ctx)
	if err != nil {
		return
	}
	n, err := s.hub.CachedNight(ctx, id)
	if err != nil {
		return
	}
	now := s.clock().In(s.loc).Format("15:04")
	for i := range n.Problems {
		p := &n.Problems[i]
		if p.Status != night.Open {
			s.stopRinging(ctx, n.ID, p.ID, seen)
			continue
		}
		delete(seen, "ringing:"+n.ID+":"+p.ID) // open (again): its calls may need stopping later
		if p.Step < sms.StepStaff {
			continue
		}
		for _, c := range callsFor(n, p, now) {
			if seen[c.ID] {
				continue
			}
			added, err := s.q.enqueue(ctx, c)
			if err != nil {
				s.log.Error("voice: cannot queue a call", "night", n.ID, "problem", p.ID, "err", err)
				return
			}
			seen[c.ID] = true
			if added {
				s.log.Info("voice: call queued", "night", n.ID, "problem", p.ID, "person", c.Person, "step", c.Step)
				select {
				case s.wake <- struct{}{}:
				default:
				}
			}
		}
	}
}

// callsFor lists the calls problem p needs at hhmm: the staff (and
// organisers) from the staff step, everyone else from the everyone step;
// only people the plan lets us call at this time, never the person who
// raised it. A person's step is part of the call's id.
func callsFor(n *night.Night, p *night.Problem, hhmm string) []Call {
	pk := p.Key()
	var out []Call
	for i := range n.People {
		q := &n.People[i]
		if q.ID == p.RaisedBy || !q.Callable(hhmm) {
			continue
		}
		step := sms.StepEveryone
		if q.HasRole(night.RoleStaff) || q.HasRole(night.RoleOrganiser) {
			step = sms.StepStaff
		}
		if step > p.Step {
			continue
		}
		out = append(out, Call{ID: "call:" + n.ID + ":" + pk + ":" + strconv.Itoa(step) + ":" + q.ID,
			To: q.Phone, Night: n.ID, Person: q.ID, Problem: p.ID, Step: step})
	}
	return out
}

// dialLoop places queued calls one at a time (calls are few).
func (s *Service) dialLoop(ctx context.Context) {
	for ctx.Err() == nil {
		id, err := s.q.Pop(ctx)
		if err != nil || id == "" {
			select {
			case <-ctx.Done():
				return
			case <-s.wake:
			case <-time.After(s.opts.PollEvery):
			}
			continue
		}
		s.dialOne(ctx, id)
	}
}

// dialOne places one call, unless someone took the problem meanwhile or
// the person may no longer be rung. A refused call (4xx) or one that
// failed every try counts as unanswered: the next step comes at once.
func (s *Service) dialOne(ctx context.Context, id string) {
	defer func() { _ = s.q.Done(context.WithoutCancel(ctx), id) }()
	rec, err := s.q.load(ctx, id)
	if err != nil || rec == nil || callRank(rec.Status) == 9 {
		return
	}
	if why := s.stale(ctx, rec); why != "" {
		_, _ = s.q.setStatus(ctx, id, "skipped", why)
		s.log.Info("voice: call not needed", "problem", rec.Problem, "person", rec.Person, "why", why)
		return
	}
	att, err := s.q.Attempt(ctx, id)
	if err != nil {
		return
	}
	sid, err := s.dialer.Dial(ctx, rec.Call)
	if err != nil {
		// Twilio's messages name the number: never keep or log it whole.
		reason := sms.Scrub(err.Error())
		if twilioapi.Temporary(err) && att < s.opts.MaxAttempts {
			wait := s.opts.RetryBase << min(att-1, 10)
			wait = min(wait, s.opts.RetryMax)
			_ = s.q.RetryIn(ctx, id, wait, reason)
			s.log.Warn("voice: a call failed; trying again", "problem", rec.Problem, "attempt", att, "err", reason)
			return
		}
		_, _ = s.q.setStatus(ctx, id, "failed", reason)
		s.log.Warn("voice: a call could not be placed", "problem", rec.Problem, "person", rec.Person, "err", reason)
		s.sms.EscalateNow(ctx, rec.Night, rec.Problem)
		return
	}
	if sid != "" {
		_ = s.q.setSID(ctx, id, sid)
		// Remember it, so a claim by anyone can stop it ringing.
		key := s.k.ringing(rec.Night, rec.Problem)
		_, _ = s.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.SAdd(ctx, key, id)
			p.Expire(ctx, key, time.Hour)
			return nil
		})
	}
	_, _ = s.q.setStatus(ctx, id, "queued", "")
	s.log.Info("voice: calling", "problem", rec.Problem, "person", rec.Person, "step", rec.Step)
}

// stale says why a queued call is no longer wanted, or "".
func (s *Service) stale(ctx context.Context, rec *callRecord) string {
	n, err := s.hub.CachedNight(ctx, rec.Night)
	if err != nil {
		return "" // cannot tell: ring; the answer checks again
	}
	p, ok := n.Problem(rec.Problem)
	if !ok || p.Status != night.Open {
		return "someone is on it"
	}
	q, ok := n.Person(rec.Person)
	if !ok || !q.Callable(s.clock().In(s.loc).Format("15:04")) {
		return "may not be called now"
	}
	return ""
}

// stopRinging cancels the calls about a problem someone has taken (or
// that is sorted) that are still ringing. seen remembers problems with
// nothing left to stop, keyed "ringing:" + night + problem.
func (s *Service) stopRinging(ctx context.Context, nightID, problemID string, seen map[string]bool) {
	mark := "ringing:" + nightID + ":" + problemID
	if seen[mark] {
		return
	}
	key := s.k.ringing(nightID, problemID)
	ids, err := s.rdb.SMembers(ctx, key).Result()
	if err != nil {
		return
	}
	for _, id := range ids {
		rec, err := s.q.load(ctx, id)
		if err == nil && rec != nil && rec.SID != "" && callRank(rec.Status) < callRank("in-progress") {
			if err := s.dialer.Cancel(ctx, rec.SID); err != nil && twilioapi.Temporary(err) {
				return // try again next tick
			}
			_, _ = s.q.setStatus(ctx, id, "canceled", "someone else took the problem")
			s.log.Info("voice: stopped a call; someone took the problem", "problem", problemID, "person", rec.Person)
		}
		_ = s.rdb.SRem(ctx, key, id).Err()
	}
	seen[mark] = true
}
