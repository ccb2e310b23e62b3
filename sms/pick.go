package sms

import (
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/wording"
)

// Which problem a short text means, and who reads what we could not: pure
// choices over the night as it is.

// pickClaim chooses the problem "on it" answers: the one last texted to
// them while nobody has it, else the oldest nobody has that they did not
// raise; failing that, one someone else has (the hub then says who).
func pickClaim(n *night.Night, person, lastAlert string) string {
	if p, ok := n.Problem(lastAlert); ok && p.Status == night.Open && p.RaisedBy != person {
		return p.ID
	}
	open := n.OpenProblems()
	for _, p := range open {
		if p.Status == night.Open && p.RaisedBy != person {
			return p.ID
		}
	}
	if p, ok := n.Problem(lastAlert); ok && p.Status != night.Sorted {
		return p.ID
	}
	for i := len(open) - 1; i >= 0; i-- {
		if open[i].RaisedBy != person || open[i].Status == night.Open {
			return open[i].ID
		}
	}
	return ""
}

// pickSorted chooses the problem "sorted" closes: the one they hold (the
// latest they claimed), else the only open one, else the only one they
// raised, else the one last texted to them. When it cannot tell, it
// returns up to three to ask about, newest first.
func pickSorted(n *night.Night, person, lastAlert string) (string, []*night.Problem) {
	open := n.OpenProblems()
	var held *night.Problem
	for i := range open {
		p := &open[i]
		if p.Status == night.Claimed && p.ClaimedBy == person &&
			(held == nil || (!p.ClaimedAt.IsZero() && !held.ClaimedAt.IsZero() && p.ClaimedAt.After(held.ClaimedAt))) {
			held = p
		}
	}
	switch {
	case held != nil:
		return held.ID, nil
	case len(open) == 0:
		return "", nil
	case len(open) == 1:
		return open[0].ID, nil
	}
	var mine []*night.Problem
	for i := range open {
		if open[i].RaisedBy == person {
			mine = append(mine, &open[i])
		}
	}
	if len(mine) == 1 {
		return mine[0].ID, nil
	}
	if p, ok := n.Problem(lastAlert); ok && p.Status != night.Sorted {
		return p.ID, nil
	}
	var options []*night.Problem
	for i := len(open) - 1; i >= 0 && len(options) < understand.MaxOptions; i-- {
		options = append(options, &open[i])
	}
	return "", options
}

// reader is who will read a text we could not: a member of staff on duty,
// else any member of staff or organiser, else the team.
func reader(n *night.Night, sender string) string {
	var staff []*night.Person
	for i := range n.People {
		q := &n.People[i]
		if q.ID != sender && (q.HasRole(night.RoleStaff) || q.HasRole(night.RoleOrganiser)) {
			staff = append(staff, q)
		}
	}
	for _, q := range staff {
		if q.CheckedIn {
			return wording.Name(q.Name)
		}
	}
	if len(staff) > 0 {
		return wording.Name(staff[0].Name)
	}
	return "the team"
}
