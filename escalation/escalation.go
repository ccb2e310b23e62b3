// Package escalation is the policy for asking for help with a problem
// nobody has picked up: who is texted at each step, when the next step is
// due, and who has been told (and so hears how it ends). It is plain Go on
// the night's values, with no Redis, clock or texts in it: sms/escalate.go
// applies it, keeping the schedule in Redis (on Redis's clock, the one
// every hub shares) and sending the texts.
package escalation

import "github.com/clubnight/clubnight/night"

// Steps: who is asked to help with a problem nobody has claimed.
const (
	Team     = 0 // those on duty (checked in), or the staff when nobody is
	Staff    = 1 // the staff, the night's wait after the team
	Everyone = 2 // the whole team, another wait later
)

// Names are the steps' names, for logs and metrics.
var Names = []string{"team", "staff", "everyone"}

// Asked maps a person's id to the step they were asked at about one
// problem.
type Asked map[string]int

// Recipients are the people step texts about p: never the person who
// raised it, nobody opted out or without a number, and nobody asked about
// it at an earlier step. The first step asks those on duty, else the
// staff, else anyone; a later step with nobody new to ask goes wider at
// once (see Wider).
func Recipients(n *night.Night, p *night.Problem, step int, asked Asked) []*night.Person {
	pick := func(ok func(*night.Person) bool) []*night.Person {
		var out []*night.Person
		for i := range n.People {
			q := &n.People[i]
			if at, was := asked[q.ID]; was && at < step {
				continue
			}
			if q.ID == p.RaisedBy || q.OptedOut || q.Phone == "" || !ok(q) {
				continue
			}
			out = append(out, q)
		}
		return out
	}
	onDuty := func(q *night.Person) bool { return q.CheckedIn }
	staff := func(q *night.Person) bool { return q.HasRole(night.RoleStaff) || q.HasRole(night.RoleOrganiser) }
	anyone := func(*night.Person) bool { return true }
	switch step {
	case Team:
		for _, f := range []func(*night.Person) bool{onDuty, staff, anyone} {
			if out := pick(f); len(out) > 0 {
				return out
			}
		}
		return nil
	case Staff:
		return pick(staff)
	}
	return pick(anyone)
}

// Skip says what to do with step when it would text nobody new: a later
// step gives way to the next at once (no reason to wait), and the widest
// ends the asking (everyone was asked already): next is then -1. The
// first step is never skipped: nobody to ask at all is nothing to wait
// for either.
func Skip(step int, recipients []*night.Person) (next int, skip bool) {
	switch {
	case step == Team || len(recipients) > 0:
		return 0, false
	case step < Everyone:
		return step + 1, true
	}
	return -1, true
}

// Valid reports whether step is one of the steps.
func Valid(step int) bool { return step >= Team && step <= Everyone }
