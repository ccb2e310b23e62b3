package sms

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/escalation"
	"github.com/clubnight/clubnight/night"
)

// Escalation steps (escalation.Team and so on), under the names the rest
// of the product knows them by.
const (
	StepTeam     = escalation.Team
	StepStaff    = escalation.Staff
	StepEveryone = escalation.Everyone
)

// This file applies the escalation policy (package escalation: who is
// asked at each step, when the next is due, when it waits) to Redis and
// the send queue: due times in a sorted set per night, each step claimed
// by one hub with a lease, and who was asked kept per problem.

// sharedNow is the clock every hub shares (Redis's TIME unless a test
// gives another): escalation due times and leases are compared by other
// hubs, whose own clocks may be minutes out.
func (s *Service) sharedNow(ctx context.Context) (time.Time, error) {
	now, err := s.opts.SharedClock(ctx)
	if err != nil {
		s.log.Warn("sms: cannot read Redis's clock", "err", err)
	}
	return now, err
}

// runStep texts step's people about p (each text once, whichever hub gets
// here first) and schedules the next step in Redis, so a restart keeps it.
// now is the shared clock's time. It reports false when the step could
// not be finished and should be tried again.
func (s *Service) runStep(ctx context.Context, n *night.Night, p *night.Problem, step int, now time.Time) bool {
	if p.Status != night.Open {
		s.stopEscalation(ctx, n.ID, p)
		return true
	}
	pk := problemKey(p)
	askedKey := s.k.alerted(n.ID, pk)
	seen, err := s.rdb.HGetAll(ctx, askedKey).Result()
	if err != nil {
		s.log.Error("sms: cannot read who was asked about a problem", "night", n.ID, "problem", p.ID, "err", err)
		return false
	}
	to := escalation.Recipients(n, p, step, asked(seen))
	if next, skip := escalation.Skip(step, to); skip {
		if next < 0 {
			return true
		}
		return s.runStep(ctx, n, p, next, now)
	}
	// The next step is due before any text goes, so a text that fails at
	// once can bring it forward. It is timed by the shared clock from now:
	// p.RaisedAt is the raising hub's own time.
	if step < StepEveryone {
		_ = s.schedule(ctx, n.ID, pk, step+1, escalation.NextDue(n, now), false)
	}
	body := alertText(n, p, step)
	for _, r := range to {
		m := Message{ID: alertID(n.ID, pk, step, r.ID),
			To: r.Phone, Body: body, Night: n.ID, Person: r.ID, Kind: KindAlert, Problem: p.ID, Step: step}
		if err := s.queue(ctx, m); err != nil {
			s.log.Error("sms: cannot queue a problem alert", "night", n.ID, "problem", p.ID, "err", err)
			return false // the step stays due, and is tried again
		}
		_, err := s.rdb.TxPipelined(ctx, func(pp redis.Pipeliner) error {
			pp.HSetNX(ctx, askedKey, r.ID, step)
			pp.Expire(ctx, askedKey, 48*time.Hour)
			pp.Set(ctx, s.k.lastAlert(n.ID, r.ID), p.ID, 12*time.Hour)
			return nil
		})
		if err != nil {
			s.log.Warn("sms: cannot record an alert", "night", n.ID, "problem", p.ID, "err", err)
		}
	}
	// The step's key holds when it ran (shared clock, ms), so a schedule
	// rebuilt after a stop can time the next step from it.
	if first, err := s.rdb.SetNX(ctx, s.k.step(n.ID, pk, step), now.UnixMilli(), 48*time.Hour).Result(); err == nil && first {
		s.m.Escalations.WithLabelValues(escalation.Names[step]).Inc()
		s.log.Info("sms: problem alert", "night", n.ID, "problem", p.ID, "step", escalation.Names[step], "texts", len(to))
	}
	return true
}

// recipients are the people step texts about p (escalation.Recipients),
// under the name the replies use.
func recipients(n *night.Night, p *night.Problem, step int, asked escalation.Asked) []*night.Person {
	return escalation.Recipients(n, p, step, asked)
}

// asked reads who was asked about a problem, as Redis keeps it (person:
// step).
func asked(h map[string]string) escalation.Asked {
	out := escalation.Asked{}
	for person, at := range h {
		if step, err := strconv.Atoi(at); err == nil {
			out[person] = step
		}
	}
	return out
}

// recordSent puts who was texted into the night once Twilio (or the
// simulator) has taken the text, not when it was queued, so the kiosk's
// "We told Kim and Tom" and the dashboard never claim a text that is still
// stuck in an outage.
func (s *Service) recordSent(ctx context.Context, rec *record) {
	if rec.Kind != KindAlert || rec.Night == "" || rec.Person == "" || rec.Problem == "" {
		return
	}
	_, err := s.hub.Apply(ctx, rec.Night, night.Command{ID: "alerted:" + rec.ID, Type: night.CmdAlerted,
		Problem: rec.Problem, Who: []string{rec.Person}, Step: rec.Step, Source: night.FromSystem})
	if err != nil && night.ErrorCode(err) != night.Conflict && night.ErrorCode(err) != night.NotFound {
		s.log.Warn("sms: cannot record who was told", "night", rec.Night, "problem", rec.Problem, "err", err)
	}
}

// schedule sets when step of problem pk is due. Unless force, a time set
// already (by another hub) stands.
func (s *Service) schedule(ctx context.Context, nightID, pk string, step int, at time.Time, force bool) error {
	z := redis.Z{Score: float64(at.UnixMilli()), Member: pk + ":" + strconv.Itoa(step)}
	var err error
	if force {
		err = s.rdb.ZAdd(ctx, s.k.esc(nightID), z).Err()
	} else {
		err = s.rdb.ZAddNX(ctx, s.k.esc(nightID), z).Err()
	}
	if err == nil {
		err = s.rdb.SAdd(ctx, s.k.escNights(), nightID).Err()
	}
	if err != nil {
		s.log.Error("sms: cannot schedule an escalation", "night", nightID, "problem", pk, "err", err)
	}
	s.hub.NightKeysChanged(ctx, nightID)
	return err
}

// stopEscalation drops p's pending steps: someone is on it, or it is over.
func (s *Service) stopEscalation(ctx context.Context, nightID string, p *night.Problem) {
	pk := problemKey(p)
	if n, err := s.rdb.ZRem(ctx, s.k.esc(nightID), pk+":0", pk+":1", pk+":2").Result(); err == nil && n > 0 {
		s.hub.NightKeysChanged(ctx, nightID)
	}
}

// resumeEscalation picks up asking for help again after a claim was taken
// back at undone (the undo's own time; now is the shared clock's): the
// next step not yet taken, when escalation.ResumeDue says.
func (s *Service) resumeEscalation(ctx context.Context, n *night.Night, p *night.Problem, undone, now time.Time) {
	pk := problemKey(p)
	for step := StepStaff; step <= StepEveryone; step++ {
		done, err := s.rdb.Exists(ctx, s.k.step(n.ID, pk, step)).Result()
		if err != nil || done == 1 {
			continue
		}
		_ = s.schedule(ctx, n.ID, pk, step, escalation.ResumeDue(n, undone, now), false)
		return
	}
}

// escalateNow brings p's next step forward to now: an alert about it
// could not be delivered, which counts as nobody answering.
func (s *Service) escalateNow(ctx context.Context, nightID, problemID string) {
	members, err := s.rdb.ZRange(ctx, s.k.esc(nightID), 0, -1).Result()
	if err != nil {
		return
	}
	at, err := s.sharedNow(ctx)
	if err != nil {
		return
	}
	now := float64(at.UnixMilli())
	moved := false
	for _, m := range members {
		if strings.HasPrefix(m, problemID+"-") {
			if err := s.rdb.ZAddXX(ctx, s.k.esc(nightID), redis.Z{Score: now, Member: m}).Err(); err == nil {
				moved = true
			}
		}
	}
	if moved {
		s.log.Info("sms: an alert failed; asking more people now", "night", nightID, "problem", problemID)
		select {
		case s.escWake <- struct{}{}:
		default:
		}
	}
}

// escalateLoop takes due steps of every night's problems. At start it
// first rebuilds any schedule a stop lost, from the nights themselves.
func (s *Service) escalateLoop(ctx context.Context) {
	s.reconcileAll(ctx)
	t := time.NewTicker(s.opts.TickEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.escWake:
		}
		s.escalateDue(ctx)
	}
}

// escalateDue runs every step that is due, on every night with steps
// scheduled (a night that stopped being live still has its problems
// followed up), and the live night.
func (s *Service) escalateDue(ctx context.Context) {
	ids, err := s.rdb.SMembers(ctx, s.k.escNights()).Result()
	if err != nil {
		return
	}
	if live, err := s.hub.LiveID(ctx); err == nil && !slices.Contains(ids, live) {
		ids = append(ids, live)
	}
	for _, id := range ids {
		s.escalateNight(ctx, id)
	}
}

// claimStep takes one due step for this hub: its due time moves to the end
// of a lease, so no other hub runs it meanwhile, and a hub that dies
// mid-step leaves it to come due again when the lease runs out.
// KEYS: esc. ARGV: member, now ms, lease end ms.
var claimStep = redis.NewScript(`
local due = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not due or tonumber(due) > tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
return 1
`)

// finishStep drops a step this hub ran, unless it was moved since (an
// alert failed and brought it forward).
// KEYS: esc. ARGV: member, lease end ms.
var finishStep = redis.NewScript(`
local due = redis.call('ZSCORE', KEYS[1], ARGV[1])
if due and tonumber(due) == tonumber(ARGV[2]) then redis.call('ZREM', KEYS[1], ARGV[1]) end
return 1
`)

// postponeStep moves a due step to a new time, unless it is not due (not
// there, or leased by a hub running it).
// KEYS: esc. ARGV: member, now ms, new time ms.
var postponeStep = redis.NewScript(`
local due = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not due or tonumber(due) > tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
return 1
`)

// escalateNight runs night id's due steps, each claimed by one hub. A
// step escalation.Held (texts are not going out) is moved to
// escalation.HeldUntil instead.
func (s *Service) escalateNight(ctx context.Context, id string) {
	now, err := s.sharedNow(ctx)
	if err != nil {
		return
	}
	due, err := s.rdb.ZRangeByScore(ctx, s.k.esc(id), &redis.ZRangeBy{
		Min: "-inf", Max: strconv.FormatInt(now.UnixMilli(), 10), Count: 50}).Result()
	if err != nil {
		return
	}
	if len(due) == 0 {
		if left, err := s.rdb.ZCard(ctx, s.k.esc(id)).Result(); err == nil && left == 0 {
			_ = s.rdb.SRem(ctx, s.k.escNights(), id).Err()
		}
		return
	}
	n, err := s.hub.NightFromRedis(ctx, id)
	if night.ErrorCode(err) == night.NotFound {
		_ = s.rdb.Del(ctx, s.k.esc(id)).Err()
		return
	}
	if err != nil {
		return
	}
	leaseEnd := now.Add(s.opts.Lease).UnixMilli()
	for _, member := range due {
		pk, stepText, _ := strings.Cut(member, ":")
		step, _ := strconv.Atoi(stepText)
		if escalation.Held(n, step) {
			if err := postponeStep.Run(ctx, s.rdb, []string{s.k.esc(id)}, member, now.UnixMilli(),
				escalation.HeldUntil(n, now).UnixMilli()).Err(); err != nil {
				s.log.Warn("sms: cannot hold a problem's next step while texts fail", "night", id, "err", err)
			}
			continue
		}
		ok, err := claimStep.Run(ctx, s.rdb, []string{s.k.esc(id)}, member, now.UnixMilli(), leaseEnd).Int()
		if err != nil || ok != 1 {
			continue // another hub has it
		}
		done := true
		if p := problemByKey(n, pk); p != nil && p.Status == night.Open && escalation.Valid(step) {
			done = s.runStep(ctx, n, p, step, now)
		}
		if done {
			_ = finishStep.Run(ctx, s.rdb, []string{s.k.esc(id)}, member, leaseEnd).Err()
		}
	}
	s.hub.NightKeysChanged(ctx, id)
}

// escalateAfterRaise asks for help with a problem just raised: its first
// step is written down as due now before it runs, so a hub that stops
// halfway leaves it for the next.
func (s *Service) escalateAfterRaise(ctx context.Context, n *night.Night, p *night.Problem) error {
	now, err := s.sharedNow(ctx)
	if err != nil {
		return err
	}
	if err := s.schedule(ctx, n.ID, problemKey(p), StepTeam, now, false); err != nil {
		return err
	}
	s.escalateNight(ctx, n.ID)
	return nil
}

// reconcileAge bounds how old a problem may be and still be picked up at
// start: a night lasts a few hours, and nobody wants a text about a
// problem from last month.
const reconcileAge = 12 * time.Hour

// reconcileAll rebuilds, from the nights themselves, the escalation of
// every open problem whose schedule a stop lost (the embedded store's
// backup, a problem raised just before a crash), and queues again any
// alert recorded as asked whose text was lost with it.
func (s *Service) reconcileAll(ctx context.Context) {
	ids, err := s.hub.Store().Nights(ctx)
	if err != nil {
		s.log.Warn("sms: cannot list nights to pick up their problems", "err", err)
		return
	}
	for _, id := range ids {
		if ctx.Err() != nil {
			return
		}
		n, err := s.hub.NightFromRedis(ctx, id)
		if err != nil {
			continue
		}
		s.reconcile(ctx, n)
	}
}

func (s *Service) reconcile(ctx context.Context, n *night.Night) {
	now, err := s.sharedNow(ctx)
	if err != nil {
		return
	}
	members, err := s.rdb.ZRange(ctx, s.k.esc(n.ID), 0, -1).Result()
	if err != nil {
		return
	}
	scheduled := map[string]bool{}
	for _, m := range members {
		pk, _, _ := strings.Cut(m, ":")
		scheduled[pk] = true
	}
	for i := range n.Problems {
		p := &n.Problems[i]
		pk := problemKey(p)
		if p.Status != night.Open {
			if scheduled[pk] {
				s.stopEscalation(ctx, n.ID, p)
			}
			continue
		}
		// RaisedAt is the raising hub's own time; minutes of skew do not
		// matter against half a day.
		if now.Sub(p.RaisedAt) > reconcileAge {
			continue
		}
		s.requeueAlerts(ctx, n, p)
		if scheduled[pk] {
			continue
		}
		step, ok := escalation.Resume(p, func(step int) bool {
			done, err := s.rdb.Exists(ctx, s.k.step(n.ID, pk, step)).Result()
			return err == nil && done == 1
		})
		if !ok {
			continue
		}
		at := now
		if step > StepTeam {
			if ran, ok := s.stepRan(ctx, n.ID, pk, step-1); ok {
				at = escalation.NextDue(n, ran)
			}
		}
		s.log.Info("sms: picking up a problem's alerts after a stop", "night", n.ID, "problem", p.ID, "step", escalation.Names[step])
		_ = s.schedule(ctx, n.ID, pk, step, at, false)
	}
}

// stepRan returns when step of problem pk ran, by the shared clock, when
// its key says (keys written before it held a time hold a count).
func (s *Service) stepRan(ctx context.Context, nightID, pk string, step int) (time.Time, bool) {
	ms, err := s.rdb.Get(ctx, s.k.step(nightID, pk, step)).Int64()
	if err != nil || ms < 1e12 {
		return time.Time{}, false
	}
	return time.UnixMilli(ms), true
}

// requeueAlerts queues again the alerts recorded as asked about p whose
// text the store no longer has (lost with the last seconds before a stop).
// Their ids are fixed, so a text the store still has is not sent twice.
func (s *Service) requeueAlerts(ctx context.Context, n *night.Night, p *night.Problem) {
	pk := problemKey(p)
	asked, err := s.rdb.HGetAll(ctx, s.k.alerted(n.ID, pk)).Result()
	if err != nil {
		return
	}
	sent, err := s.rdb.SMembers(ctx, s.k.sentAlerts(n.ID)).Result()
	if err != nil {
		return
	}
	for person, stepText := range asked {
		step, _ := strconv.Atoi(stepText)
		r, ok := n.Person(person)
		if !ok || r.Phone == "" || !escalation.Valid(step) {
			continue
		}
		m := Message{ID: alertID(n.ID, pk, step, r.ID),
			To: r.Phone, Body: alertText(n, p, step), Night: n.ID, Person: r.ID, Kind: KindAlert, Problem: p.ID, Step: step}
		if slices.Contains(sent, m.ID) {
			continue
		}
		if err := s.queue(ctx, m); err != nil {
			s.log.Warn("sms: cannot queue an alert again", "night", n.ID, "problem", p.ID, "err", err)
		}
	}
}

func problemByKey(n *night.Night, pk string) *night.Problem {
	pid, _, _ := strings.Cut(pk, "-")
	p, ok := n.Problem(pid)
	if !ok || problemKey(p) != pk {
		return nil
	}
	return p
}
