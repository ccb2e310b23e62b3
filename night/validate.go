package night

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/clubnight/clubnight/phone"
)

// Validate checks the whole plan and normalises phone numbers to E.164 in
// place. It returns one *Error naming every problem, or nil.
func (p *Plan) Validate() error {
	var c planCheck
	c.night(p)
	people := c.people(p.People)
	c.jobs(p.Jobs, people)
	c.timeline(p.Timeline)
	c.briefing(p.Briefing, people)
	c.rides(p.Rides)
	p.planLimits(c.add)
	return c.err()
}

// planCheck gathers every problem of a plan, in the words the plan editor
// shows, so a person fixes them all at once rather than one by one.
type planCheck struct {
	probs []string
}

func (c *planCheck) add(format string, args ...any) {
	c.probs = append(c.probs, fmt.Sprintf(format, args...))
}

// tooLong names a text longer than the plan editor allows, so a loaded
// file is held to the same limits as the editor and says so.
func (c *planCheck) tooLong(where, what, s string, max int) {
	if n := utf8.RuneCountInString(s); n > max {
		c.add("%s: %s is %d characters long; the most is %d", where, what, n, max)
	}
}

// who names each id in who that is not a person of the plan.
func (c *planCheck) who(where string, who []string, people map[string]bool) {
	for _, w := range who {
		if !people[w] {
			c.add("%s: unknown person id %q", where, w)
		}
	}
}

// err is one *Error listing every problem, or nil.
func (c *planCheck) err() error {
	if len(c.probs) == 0 {
		return nil
	}
	msg := fmt.Sprintf("The plan has %d problem", len(c.probs))
	if len(c.probs) > 1 {
		msg += "s"
	}
	return &Error{Code: Invalid, Message: msg + ": " + strings.Join(c.probs, "; "), Problems: c.probs}
}

// night checks what is said of the night itself.
func (c *planCheck) night(p *Plan) {
	if !ValidID(p.ID) {
		c.add("id %q must be letters, digits, '-', '_' or '.' (up to 64)", p.ID)
	}
	if strings.TrimSpace(p.Title) == "" {
		c.add("title is missing")
	}
	c.tooLong("the night", "the name", p.Title, MaxTitle)
	c.tooLong("the night", "the place", p.Venue, MaxVenue)
	if p.Date != "" {
		if _, err := time.Parse("2006-01-02", p.Date); err != nil {
			c.add("date %q must be YYYY-MM-DD", p.Date)
		}
	}
	if p.EscalateAfterSeconds < 0 || p.EscalateAfterSeconds > 3600 {
		c.add("escalate_after_seconds %d must be between 0 and 3600", p.EscalateAfterSeconds)
	}
}

// people checks the team, writes each phone number in E.164, and returns
// the ids it saw, for the jobs and briefing points to be checked against.
func (c *planCheck) people(list []PlanPerson) map[string]bool {
	people := map[string]bool{}
	phones := map[string]string{}
	names := map[string]string{}
	for i := range list {
		pp := &list[i]
		where := fmt.Sprintf("people[%d]", i)
		c.id(where, "person", pp.ID, people)
		c.personName(where, pp, names)
		c.personPhone(where, pp, phones)
		for _, prob := range pp.CallRules.problems(pp.Phone) {
			c.add("%s (%s): %s", where, pp.ID, prob)
		}
	}
	return people
}

// personName checks a name is there and is nobody else's: two pictures with
// one name on the kiosk, and nobody knows which is theirs. names maps each
// name seen, in lower case, to its person's id.
func (c *planCheck) personName(where string, pp *PlanPerson, names map[string]string) {
	name := strings.TrimSpace(pp.Name)
	if name == "" {
		c.add("%s (%s): name is missing", where, pp.ID)
	} else if other, dup := names[strings.ToLower(name)]; dup {
		c.add("%s (%s): the name %s is used twice (also %s); add a surname or an initial", where, pp.ID, name, other)
	} else {
		names[strings.ToLower(name)] = pp.ID
	}
	c.tooLong(where+" ("+pp.ID+")", "the name", pp.Name, MaxName)
}

// personPhone checks a phone number, if any, is real and nobody else's, and
// writes it in E.164. phones maps each number seen to its person's id.
func (c *planCheck) personPhone(where string, pp *PlanPerson, phones map[string]string) {
	if pp.Phone == "" {
		return
	}
	e164, err := phone.Normalise(pp.Phone)
	if err != nil {
		c.add("%s (%s): phone %s", where, pp.ID, err)
	} else if other, dup := phones[e164]; dup {
		c.add("%s (%s): phone is the same as %s's", where, pp.ID, other)
	} else {
		phones[e164] = pp.ID
		pp.Phone = e164
	}
}

// id checks one entry's id: valid, and not one seen before among its kind
// (seen records it).
func (c *planCheck) id(where, kind, id string, seen map[string]bool) {
	if !ValidID(id) {
		c.add("%s: id %q is not a valid id", where, id)
	} else if seen[id] {
		c.add("%s: duplicate %s id %q", where, kind, id)
	}
	seen[id] = true
}

func (c *planCheck) jobs(jobs []PlanJob, people map[string]bool) {
	seen := map[string]bool{}
	for i, j := range jobs {
		where := fmt.Sprintf("jobs[%d]", i)
		c.id(where, "job", j.ID, seen)
		if strings.TrimSpace(j.Title) == "" {
			c.add("%s (%s): title is missing", where, j.ID)
		}
		c.tooLong(where+" ("+j.ID+")", "the title", j.Title, MaxTitle)
		if !validPhase(j.Phase) {
			c.add("%s (%s): phase %q must be one of setup, briefing, during, close", where, j.ID, j.Phase)
		}
		c.who(where+" ("+j.ID+")", j.Who, people)
	}
}

func (c *planCheck) timeline(items []TimelineItem) {
	for i, t := range items {
		if !ValidTime(t.At) {
			c.add("timeline[%d]: %s", i, timeProblem(t.At))
		}
		if strings.TrimSpace(t.Title) == "" {
			c.add("timeline[%d]: title is missing", i)
		}
		c.tooLong(fmt.Sprintf("timeline[%d]", i), "the title", t.Title, MaxTitle)
	}
}

func (c *planCheck) briefing(points []PlanBriefing, people map[string]bool) {
	for i, b := range points {
		if strings.TrimSpace(b.Title) == "" {
			c.add("briefing[%d]: title is missing", i)
		}
		c.tooLong(fmt.Sprintf("briefing[%d]", i), "the words", b.Title, MaxPoint)
		c.who(fmt.Sprintf("briefing[%d]", i), b.Who, people)
	}
}

func (c *planCheck) rides(rides []PlanRide) {
	seen := map[string]bool{}
	for i, r := range rides {
		where := fmt.Sprintf("rides[%d]", i)
		c.id(where, "ride", r.ID, seen)
		if strings.TrimSpace(r.Name) == "" {
			c.add("%s (%s): name is missing", where, r.ID)
		}
		c.tooLong(where+" ("+r.ID+")", "the name", r.Name, MaxName)
		c.tooLong(where+" ("+r.ID+")", "how they go home", r.Pickup, MaxPickup)
		c.tooLong(where+" ("+r.ID+")", "the note", r.Note, MaxNote)
		if !ValidTime(r.At) {
			c.add("%s (%s): %s", where, r.ID, timeProblem(r.At))
		}
	}
}
