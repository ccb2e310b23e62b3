package dashboard

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// Saving the plan of a night that has started used to start it again, and
// every tick was lost. Most changes on the night are small: a volunteer
// who turns up, someone who cannot come, a job given to someone else. Those
// are applied as the same commands the live page sends (add_person,
// assign_job, add_job, add_ride, remove_person), through the hub, so every
// tick, problem and ride stays. A change that no command can make (a new
// running order, a job renamed, a ride moved) still needs the night started
// again, and the editor says which.

// liveEdit is the commands that turn the started night old into plan p, in
// the order they must run, or what stops that.
type liveEdit struct {
	add     []night.PlanPerson // new people, with the plan's ids
	assign  []night.PlanJob    // existing jobs whose people change
	jobs    []night.PlanJob    // new jobs
	rides   []night.PlanRide   // new rides
	remove  []string           // people to take off the team
	blocked []string           // what only a restart can change
}

// planLiveEdit compares old with p. It reads both and changes neither.
func planLiveEdit(old *night.Night, p *night.Plan) liveEdit {
	var e liveEdit
	e.compareNight(old, p)
	e.comparePeople(old, p.People)
	e.compareJobs(old, p.Jobs)
	// Briefing points' people are changed only by a restart too; after
	// the people, so that someone taken off the team may leave them.
	e.compareBriefingPeople(old, p.Briefing)
	e.compareRides(old, p.Rides)
	return e
}

func (e *liveEdit) block(format string, args ...any) {
	e.blocked = append(e.blocked, fmt.Sprintf(format, args...))
}

// compareNight blocks a change to what is said of the night itself: its
// name, date, place, escalation wait, running order and briefing words.
func (e *liveEdit) compareNight(old *night.Night, p *night.Plan) {
	if p.Title != old.Title || p.Date != old.Date || p.Venue != old.Venue {
		e.block("the name, date or place of the night")
	}
	if p.EscalateAfterSeconds != 0 && p.EscalateAfterSeconds != old.EscalateAfterSeconds {
		e.block("how long before more people are texted")
	}
	if !slices.Equal(p.Timeline, old.Timeline) {
		e.block("the running order")
	}
	if len(p.Briefing) != len(old.Briefing) {
		e.block("the briefing")
	} else {
		for i, b := range p.Briefing {
			if b.Title != old.Briefing[i].Title {
				e.block("the briefing")
				break
			}
		}
	}
}

// comparePeople adds the new people and takes off those the plan no longer
// has; a change to someone already on the team needs a restart.
func (e *liveEdit) comparePeople(old *night.Night, people []night.PlanPerson) {
	inPlan := map[string]bool{}
	for _, pp := range people {
		inPlan[pp.ID] = true
		op, ok := old.Person(pp.ID)
		if !ok {
			e.add = append(e.add, pp)
			continue
		}
		if strings.TrimSpace(pp.Name) != op.Name || pp.Phone != op.Phone || !slices.Equal(cleanRoles(pp.Roles), cleanRoles(op.Roles)) || pp.Photo != op.Photo {
			e.block("what is known about %s", op.Name)
		}
	}
	for _, op := range old.People {
		if !inPlan[op.ID] {
			e.remove = append(e.remove, op.ID)
		}
	}
}

// compareJobs adds new jobs and gives jobs to other people; renaming,
// moving or taking away a job needs a restart.
func (e *liveEdit) compareJobs(old *night.Night, jobs []night.PlanJob) {
	planJobs := map[string]bool{}
	for _, pj := range jobs {
		planJobs[pj.ID] = true
		oj, ok := jobByID(old, pj.ID)
		if !ok {
			e.jobs = append(e.jobs, pj)
			continue
		}
		if pj.Title != oj.Title || pj.Phase != oj.Phase || pj.Photo != oj.Photo {
			e.block("job %d (%s)", oj.Number, oj.Title)
		}
		if !sameSet(pj.Who, oj.Who) {
			e.assign = append(e.assign, pj)
		}
	}
	for _, oj := range old.Jobs {
		if !planJobs[oj.ID] {
			e.block("taking job %d (%s) away", oj.Number, oj.Title)
		}
	}
}

// compareBriefingPeople blocks a change to who says a briefing point,
// unless it only leaves out people being taken off the team.
func (e *liveEdit) compareBriefingPeople(old *night.Night, points []night.PlanBriefing) {
	for i, b := range points {
		if i < len(old.Briefing) && !sameSet(b.Who, old.Briefing[i].Who) && !onlyRemoved(b.Who, old.Briefing[i].Who, e.remove) {
			e.block("who says briefing point %d", i+1)
		}
	}
}

// compareRides adds new rides; changing or taking away a ride needs a
// restart.
func (e *liveEdit) compareRides(old *night.Night, rides []night.PlanRide) {
	planRides := map[string]bool{}
	for _, pr := range rides {
		planRides[pr.ID] = true
		or, ok := old.Ride(pr.ID)
		if !ok {
			e.rides = append(e.rides, pr)
			continue
		}
		if pr.Name != or.Name || pr.Pickup != or.Pickup || pr.At != or.At || pr.Note != or.Note {
			e.block("the ride home for %s", or.Name)
		}
	}
	for _, or := range old.Rides {
		if !planRides[or.ID] {
			e.block("taking the ride home for %s away", or.Name)
		}
	}
}

// applyLive runs e through the hub as v. It returns the night after the
// last change, or the first refusal (what was applied before it stays, as
// if made on the live page).
func (d *Dashboard) applyLive(ctx context.Context, v *viewer, old *night.Night, e liveEdit) (*night.Night, error) {
	by := byOf(v)
	n := old
	run := func(c night.Command) (*night.Event, error) {
		c.By = by
		// The same rules as the live page's own commands.
		if err := v.principal.Authorize(&c); err != nil {
			return nil, err
		}
		c.Source = night.FromDashboard
		res, err := d.hub.Apply(ctx, old.ID, c)
		if err != nil {
			return nil, d.internal("live edit", err)
		}
		n = res.Night
		return res.Event, nil
	}
	// The plan's id of a new person may differ from the one the hub gives.
	ids := map[string]string{}
	for _, pp := range e.add {
		ev, err := run(night.Command{Type: night.CmdAddPerson, Name: pp.Name, Phone: pp.Phone, Roles: pp.Roles})
		if err != nil {
			return nil, err
		}
		if ev != nil && ev.Person != nil {
			ids[pp.ID] = ev.Person.ID
		}
	}
	who := func(list []string) []string {
		out := make([]string, 0, len(list))
		for _, w := range list {
			if id, ok := ids[w]; ok {
				w = id
			}
			out = append(out, w)
		}
		return out
	}
	for _, pj := range e.assign {
		oj, _ := jobByID(n, pj.ID)
		if _, err := run(night.Command{Type: night.CmdAssignJob, Job: oj.Number, Who: who(pj.Who)}); err != nil {
			return nil, err
		}
	}
	for _, pj := range e.jobs {
		if _, err := run(night.Command{Type: night.CmdAddJob, Title: pj.Title, Phase: pj.Phase, Who: who(pj.Who)}); err != nil {
			return nil, err
		}
	}
	for _, r := range e.rides {
		if _, err := run(night.Command{Type: night.CmdAddRide, Name: r.Name, Pickup: r.Pickup, Time: r.At, Note: r.Note}); err != nil {
			return nil, err
		}
	}
	for _, id := range e.remove {
		if _, err := run(night.Command{Type: night.CmdRemovePerson, Person: id}); err != nil {
			return nil, err
		}
	}
	return n, nil
}

func jobByID(n *night.Night, id string) (night.Job, bool) {
	for _, j := range n.Jobs {
		if j.ID == id {
			return j, true
		}
	}
	return night.Job{}, false
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// onlyRemoved reports whether now is before with just people in gone left out.
func onlyRemoved(now, before, gone []string) bool {
	var kept []string
	for _, w := range before {
		if !slices.Contains(gone, w) {
			kept = append(kept, w)
		}
	}
	return sameSet(now, kept)
}

func cleanRoles(r []string) []string {
	out := slices.Clone(r)
	slices.Sort(out)
	return slices.Compact(out)
}
