package sms

import (
	"context"
	"encoding/json"
	"errors"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/escalation"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
)

// maxReplayAge is how old a claim, sort or undo may be and still cause a
// follow-up text: after a long outage, nobody wants "Jade is on it" about
// an hour ago. A problem still open is another matter: it is alerted
// however late (up to reconcileAge), as a restart picks it up too.
//
// Age is the shared clock (Redis's) less the event's time, which is the
// clock of the hub that took the change: a follower's own clock plays no
// part, so a hub far ahead skips nothing.
const maxReplayAge = 30 * time.Minute

// followLive reads every event of the live night, from where the last hub
// left off (a cursor in Redis), and turns raises, claims and sorts into
// texts. Every hub does this; fixed message ids make each text go once.
func (s *Service) followLive(ctx context.Context) {
	liveCh := make(chan string, 1)
	s.hub.WatchLive(ctx, func(id string) {
		select {
		case liveCh <- id:
		default:
		}
	})
	kick := make(chan struct{}, 1)
	tick := time.NewTicker(s.opts.TickEvery)
	defer tick.Stop()
	var (
		cur   string
		noted string // the live night whose change was noted (noteLiveChange)
		last  int64
		lost  atomic.Bool
		unsub = func() {}
	)
	defer func() { unsub() }()
	for {
		id, err := s.hub.LiveID(ctx)
		if err == nil && id != noted && s.noteLiveChange(ctx, id) {
			noted = id
		}
		if err == nil && id != cur {
			unsub()
			cur = id
			unsub = s.hub.Subscribe(id, -1, func(ev *hub.RawEvent) {
				if ev.Reset {
					lost.Store(true) // Redis lost changes: last counts in a history that is gone
				}
				select {
				case kick <- struct{}{}:
				default:
				}
			})
			last = s.cursor(ctx, id)
			lost.Store(false)
		}
		if cur != "" && lost.Swap(false) {
			last = s.restartCursor(ctx, cur, last)
		}
		if cur != "" {
			s.catchUp(ctx, cur, &last)
		}
		select {
		case <-ctx.Done():
			return
		case <-kick:
		case <-tick.C:
		case <-liveCh:
		}
	}
}

// cursor is the last seq of night id whose texts are done.
func (s *Service) cursor(ctx context.Context, id string) int64 {
	n, err := s.rdb.Get(ctx, s.k.cursor(id)).Int64()
	if err != nil {
		// None yet: read the whole log; old events are skipped by age.
		return 0
	}
	return n
}

// saveCursor moves night id's cursor forward, never back.
var saveCursor = redis.NewScript(`
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > cur then redis.call('SET', KEYS[1], ARGV[1], 'EX', 172800) end
return 1
`)

// restartCursor is where to read night id's texts from once Redis has lost
// changes (restarted empty, or a failover to a replica that lagged): from
// the start of what Redis holds. The shared cursor cannot be trusted then:
// a save still in flight when the changes were lost may have written the
// old history's position into the new one. Reading again sends nothing
// twice (each text has a fixed id, each problem's alerts are recorded,
// and old claims are past maxReplayAge). had is where this hub had got to
// in the history that is gone.
func (s *Service) restartCursor(ctx context.Context, id string, had int64) int64 {
	if err := s.rdb.Del(ctx, s.k.cursor(id)).Err(); err != nil {
		s.log.Warn("sms: cannot reset the event cursor", "night", id, "err", err)
	}
	s.log.Warn("sms: the night's history in Redis changed; reading its texts again from the start",
		"night", id, "had_seq", had)
	return 0
}

// catchUp acts on night id's changes after *last. Redis's seq below *last
// means Redis lost changes: reading starts again (restartCursor) rather
// than wait for the new history to pass *last. (A loss the new history has
// already passed is told by the hub's reset; see followLive.)
func (s *Service) catchUp(ctx context.Context, id string, last *int64) {
	for ctx.Err() == nil {
		evs, _, err := s.hub.EventsFromRedis(ctx, id, *last, 256)
		if err != nil {
			return
		}
		if len(evs) == 0 {
			// Nothing new, or Redis went back before *last: then the
			// new history's changes would wait for it to pass *last.
			if pos, err := s.hub.PositionFromRedis(ctx, id); err == nil && pos.Seq < *last {
				*last = s.restartCursor(ctx, id, *last)
				continue
			}
			return
		}
		// Most changes (jobs, check-ins) send no texts: load the night only
		// for a batch that holds a problem or a new plan.
		var n *night.Night
		for _, raw := range evs {
			var ev night.Event
			if err := json.Unmarshal(raw.JSON, &ev); err == nil && (ev.Problem != nil || ev.Kind == night.CmdReplace) {
				if n == nil {
					if n, err = s.hub.NightFromRedis(ctx, id); err != nil {
						return
					}
				}
				if err := s.onEvent(ctx, n, &ev); err != nil {
					// Not written down: the cursor stays before it, and
					// this hub or another tries again.
					s.log.Warn("sms: cannot act on a change yet; will try again", "night", id, "seq", raw.Seq, "err", err)
					s.saveCursor(ctx, id, *last)
					return
				}
			}
			*last = raw.Seq
		}
		s.saveCursor(ctx, id, *last)
		if len(evs) < 256 {
			return
		}
	}
}

// saveCursor moves night id's shared cursor forward to last.
func (s *Service) saveCursor(ctx context.Context, id string, last int64) {
	if last <= 0 {
		return
	}
	if err := saveCursor.Run(ctx, s.rdb, []string{s.k.cursor(id)}, last).Err(); err != nil && !errors.Is(err, redis.Nil) {
		s.log.Warn("sms: cannot save the event cursor", "night", id, "err", err)
	}
	s.hub.NightKeysChanged(ctx, id)
}

// onEvent turns one change into texts. n is the night as it is now, so a
// problem already claimed by the time we look is not alerted. An error
// means the change was not acted on and must be read again.
func (s *Service) onEvent(ctx context.Context, n *night.Night, ev *night.Event) error {
	if ev.Kind == night.CmdReplace {
		// A new plan numbers problems from p1 again.
		_ = s.rdb.Del(ctx, s.k.esc(n.ID)).Err()
		return nil
	}
	if ev.Problem == nil {
		return nil
	}
	p, ok := n.Problem(ev.Problem.ID)
	if !ok || p.Key() != ev.Problem.Key() {
		return nil // another problem of that id now (a new plan, or a history Redis lost)
	}
	now, err := s.sharedNow(ctx)
	if err != nil {
		return err
	}
	age := now.Sub(ev.At)
	if ev.Kind == night.CmdRaise {
		if p.Status != night.Open || age > reconcileAge {
			return nil
		}
		return s.escalateAfterRaise(ctx, n, p)
	}
	if age > maxReplayAge {
		return nil
	}
	switch ev.Kind {
	case night.CmdClaim:
		s.stopEscalation(ctx, n.ID, p)
		s.tellRaiser(ctx, n, p, ev, claimNotice(n, ev.Problem))
		s.tellAlerted(ctx, n, p, ev, fill(nameOf(n.Name(ev.By))+" is on it: %s. No need to come.", words(p), MaxSMS))
	case night.CmdSort:
		s.stopEscalation(ctx, n.ID, p)
		s.tellRaiser(ctx, n, p, ev, sortNotice(n, ev.Problem))
		s.tellAlerted(ctx, n, p, ev, fill(nameOf(n.Name(ev.By))+" sorted it: %s. No need to come.", words(p), MaxSMS))
	case night.CmdUndo:
		switch {
		case ev.Undid == night.CmdClaim && p.Status == night.Open:
			// Nobody is on it any more: carry on asking.
			s.resumeEscalation(ctx, n, p, ev.At, now)
		case ev.Undid == night.CmdRaise:
			s.stopEscalation(ctx, n.ID, p)
			s.tellAlerted(ctx, n, p, ev, fill(nameOf(n.Name(ev.By))+" says it is sorted: %s. No need to come.", words(p), MaxSMS))
		}
	}
	return nil
}

// tellAlerted sends one short follow-up to everyone already texted about p
// (but the person who made the change, and the raiser, who is told by
// tellRaiser), so nobody comes running for a problem already in hand. Its
// id names the problem and the person, so each is told once, whichever hub
// gets here first and however often the problem changes hands.
func (s *Service) tellAlerted(ctx context.Context, n *night.Night, p *night.Problem, ev *night.Event, body string) {
	pk := problemKey(p)
	seen, err := s.rdb.HGetAll(ctx, s.k.alerted(n.ID, pk)).Result()
	if err != nil {
		s.log.Warn("sms: cannot read who was texted about a problem", "night", n.ID, "problem", p.ID, "err", err)
		return
	}
	for _, r := range escalation.FollowUp(n, p, asked(seen), ev.By) {
		m := Message{ID: followUpID(n.ID, pk, r.ID), To: r.Phone, Body: body,
			Night: n.ID, Person: r.ID, Kind: KindNotice, Problem: p.ID}
		if err := s.queue(ctx, m); err != nil {
			s.log.Error("sms: cannot queue a follow-up", "night", n.ID, "problem", p.ID, "err", err)
		}
	}
}

// tellRaiser texts the person who raised p that someone is coming, or that
// it is sorted, unless they did it themselves.
func (s *Service) tellRaiser(ctx context.Context, n *night.Night, p *night.Problem, ev *night.Event, body string) {
	if p.RaisedBy == "" || p.RaisedBy == ev.By {
		return
	}
	r, ok := n.Person(p.RaisedBy)
	if !ok || r.Phone == "" || r.OptedOut {
		return
	}
	m := Message{ID: "notice:" + n.ID + ":" + problemKey(p) + ":" + strconv.FormatInt(ev.Seq, 10),
		To: r.Phone, Body: body, Night: n.ID, Person: r.ID, Kind: KindNotice, Problem: p.ID}
	if err := s.queue(ctx, m); err != nil {
		s.log.Error("sms: cannot queue a text to the person who raised a problem", "night", n.ID, "problem", p.ID, "err", err)
	}
}

// problemKey names one raised problem for good (night.Problem.Key): the
// texts about it, who was asked and its escalation are kept under it.
func problemKey(p *night.Problem) string { return p.Key() }
