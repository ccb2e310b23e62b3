package night

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits on what a night may hold. A plan import and every command that
// adds something share them, so a night can never grow past what a plan
// could hold: a few hundred of anything and texts a screen can show.
const (
	MaxPeople   = 200 // team members
	MaxJobs     = 300
	MaxRides    = 300
	MaxTimeline = 100 // running order lines
	MaxBriefing = 50  // briefing points
	MaxProblems = 300 // problems raised on one night
	MaxWho      = 50  // people named on one job or briefing point
	MaxRoles    = 10  // roles of one person

	// Texts, the same as the plan editor's fields: a longer one is refused
	// with a message (by the editor, a plan file and every command alike),
	// never cut short.
	MaxTitle  = 120 // characters of a title: night, job, running order
	MaxPoint  = 160 // characters of one briefing point
	MaxName   = 80  // characters of a person's or ride's name
	MaxRole   = 40  // characters of one role
	MaxVenue  = 120 // characters of the venue
	MaxPickup = 80  // characters of a ride's pickup
	MaxNote   = 200 // characters of a ride's note
)

// tooLong reports whether s has more than max characters.
func tooLong(s string, max int) bool {
	return len(s) > max && utf8.RuneCountInString(s) > max
}

// checkText refuses a text over max characters, naming what it is.
func checkText(what, s string, max int) error {
	if tooLong(s, max) {
		return Errorf(Invalid, "The %s is too long. Please keep it under %d letters.", what, max)
	}
	return nil
}

// checkRoles refuses too many, empty or too long roles.
func checkRoles(roles []string) error {
	if len(roles) > MaxRoles {
		return Errorf(Invalid, "That is too many roles. A person can have up to %d.", MaxRoles)
	}
	for _, r := range roles {
		if strings.TrimSpace(r) == "" || tooLong(r, MaxRole) {
			return Errorf(Invalid, "Each role must be a word or two, up to %d letters.", MaxRole)
		}
	}
	return nil
}

// whoList is ids without repeats, never nil, refused when too long.
func whoList(ids []string) ([]string, error) {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
		if len(out) > MaxWho {
			return nil, Errorf(Invalid, "That is too many people for one job. Up to %d can share it.", MaxWho)
		}
	}
	return out, nil
}

// full refuses adding one more to a list of n that may hold max.
func full(n, max int, what string) error {
	if n >= max {
		return Errorf(Conflict, "This night has %d %s already, which is as many as it can hold.", n, what)
	}
	return nil
}

// planLimits lists where a plan has too many of something, for Validate
// (which checks each text's length itself, in the editor's words).
func (p *Plan) planLimits(add func(format string, args ...any)) {
	counts := []struct {
		what string
		n    int
		max  int
	}{{"people", len(p.People), MaxPeople}, {"jobs", len(p.Jobs), MaxJobs}, {"rides", len(p.Rides), MaxRides},
		{"timeline", len(p.Timeline), MaxTimeline}, {"briefing", len(p.Briefing), MaxBriefing}}
	for _, c := range counts {
		if c.n > c.max {
			add("%s: %d is too many; the most is %d", c.what, c.n, c.max)
		}
	}
	for i, pp := range p.People {
		where := fmt.Sprintf("people[%d] (%s)", i, pp.ID)
		if checkRoles(pp.Roles) != nil {
			add("%s: up to %d roles of up to %d characters each", where, MaxRoles, MaxRole)
		}
	}
	for i, j := range p.Jobs {
		where := fmt.Sprintf("jobs[%d] (%s)", i, j.ID)
		if len(j.Who) > MaxWho {
			add("%s: up to %d people", where, MaxWho)
		}
	}
	for i, b := range p.Briefing {
		where := fmt.Sprintf("briefing[%d]", i)
		if len(b.Who) > MaxWho {
			add("%s: up to %d people", where, MaxWho)
		}
	}
}
