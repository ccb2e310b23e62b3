package night

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/clubnight/clubnight/phone"
)

// The edits an organiser makes on the night (give a job to others, add a
// job, a ride or a person, set someone's texts or calls, change the wait
// before more people are asked). None of them can be undone with UNDO.
// applyEdit picks the one c asks for; each returns the activity line.

func applyEdit(m *Night, c Command, ev *Event) (string, error) {
	switch c.Type {
	case CmdAssignJob:
		return assignJob(m, c, ev)
	case CmdAddJob:
		return addJob(m, c, ev)
	case CmdAddRide:
		return addRide(m, c, ev)
	case CmdAddPerson:
		return addPerson(m, c, ev)
	case CmdOptOut, CmdOptIn:
		return setTexts(m, c, ev)
	case CmdNoCalls:
		return noCalls(m, c, ev)
	case CmdEscalate:
		return setEscalation(m, c, ev)
	}
	return "", Errorf(Invalid, "We do not know how to do %q.", c.Type)
}

// editor is who made an edit, in words: the admin API has no person.
func editor(m *Night, c Command) string {
	if c.By == "" {
		return "The organiser"
	}
	return m.Name(c.By)
}

// people checks the people a job is given to: a list the limits allow,
// every one of them on the night.
func people(m *Night, who []string) ([]string, error) {
	ids, err := whoList(who)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		if _, ok := m.Person(id); !ok {
			return nil, Errorf(NotFound, "We do not know who %q is on this night.", id)
		}
	}
	return ids, nil
}

func assignJob(m *Night, c Command, ev *Event) (string, error) {
	j, err := findJob(m, c.Job)
	if err != nil {
		return "", err
	}
	ids, err := people(m, c.Who)
	if err != nil {
		return "", err
	}
	if slices.Equal(j.Who, ids) {
		return "", Errorf(Conflict, "Job %d already has those people.", j.Number)
	}
	j.Who = ids
	cp := j.clone()
	ev.Job = &cp
	return fmt.Sprintf("%s gave %s to %s.", editor(m, c), jobLabel(j), namesOf(m, c.Who)), nil
}

func addJob(m *Night, c Command, ev *Event) (string, error) {
	title := strings.TrimSpace(c.Title)
	if title == "" {
		return "", Errorf(Invalid, "The job needs a name.")
	}
	if err := checkText("job's name", title, MaxTitle); err != nil {
		return "", err
	}
	if err := full(len(m.Jobs), MaxJobs, "jobs"); err != nil {
		return "", err
	}
	phase := c.Phase
	if phase == "" {
		phase = During
	}
	if !validPhase(phase) {
		return "", Errorf(Invalid, "The phase must be setup, briefing, during or close.")
	}
	ids, err := people(m, c.Who)
	if err != nil {
		return "", err
	}
	id := fmt.Sprintf("job%d", len(m.Jobs)+1)
	for _, ok := m.jobID(id); ok; _, ok = m.jobID(id) {
		id += "x"
	}
	j := Job{ID: id, Number: len(m.Jobs) + 1, Title: title, Phase: phase, Who: ids, Status: Todo}
	m.Jobs = append(m.Jobs, j)
	ev.Job = &j
	return fmt.Sprintf("%s added %s.", editor(m, c), jobLabel(&j)), nil
}

func addRide(m *Night, c Command, ev *Event) (string, error) {
	name := strings.TrimSpace(c.Name)
	if name == "" {
		return "", Errorf(Invalid, "The ride needs the name of the person going home.")
	}
	if !ValidTime(c.Time) {
		return "", Errorf(Invalid, "The time must be like 22:00.")
	}
	for _, f := range []struct {
		what, s string
		max     int
	}{{"name", name, MaxName}, {"pickup", c.Pickup, MaxPickup}, {"note", c.Note, MaxNote}} {
		if err := checkText("ride's "+f.what, strings.TrimSpace(f.s), f.max); err != nil {
			return "", err
		}
	}
	if err := full(len(m.Rides), MaxRides, "rides"); err != nil {
		return "", err
	}
	id := fmt.Sprintf("r%d", len(m.Rides)+1)
	for _, ok := m.Ride(id); ok; _, ok = m.Ride(id) {
		id += "x"
	}
	r := Ride{ID: id, Name: name, Pickup: strings.TrimSpace(c.Pickup), At: c.Time, Note: strings.TrimSpace(c.Note), Status: Waiting}
	m.Rides = append(m.Rides, r)
	ev.Ride = &r
	return fmt.Sprintf("%s added a ride home for %s at %s.", editor(m, c), name, c.Time), nil
}

func addPerson(m *Night, c Command, ev *Event) (string, error) {
	who := editor(m, c) // before the new person is on the team
	name := strings.TrimSpace(c.Name)
	if name == "" {
		return "", Errorf(Invalid, "The new team member needs a name.")
	}
	if err := checkText("name", name, MaxName); err != nil {
		return "", err
	}
	if err := checkRoles(c.Roles); err != nil {
		return "", err
	}
	if err := full(len(m.People), MaxPeople, "people"); err != nil {
		return "", err
	}
	e164, err := newPhone(m, c.Phone)
	if err != nil {
		return "", err
	}
	p := Person{ID: newPersonID(m, name), Name: name, Phone: e164, Roles: list(c.Roles)}
	m.People = append(m.People, p)
	cp := p
	cp.Phone = ""
	ev.Person = &cp
	return fmt.Sprintf("%s added %s to the team.", who, name), nil
}

// newPhone reads a new team member's number: none, or one in E.164 that
// nobody on the team has yet.
func newPhone(m *Night, number string) (string, error) {
	if strings.TrimSpace(number) == "" {
		return "", nil
	}
	e164, err := phone.Normalise(number)
	if err != nil {
		return "", Errorf(Invalid, "We cannot read the phone number %q.", number)
	}
	if _, dup := m.PersonByPhone(e164); dup {
		return "", Errorf(Conflict, "Someone on the team has that phone number already.")
	}
	return e164, nil
}

// newPersonID makes an id from a new person's name that nobody has yet:
// "jo", then "jo2", "jo3", ...
func newPersonID(m *Night, name string) string {
	base := slug(name)
	id := base
	for i := 2; ; i++ {
		if _, taken := m.Person(id); !taken {
			return id
		}
		id = base + strconv.Itoa(i)
	}
}

// setTexts is opt_out and opt_in: whether someone gets texts.
func setTexts(m *Night, c Command, ev *Event) (string, error) {
	p, err := subject(m, c)
	if err != nil {
		return "", err
	}
	out := c.Type == CmdOptOut
	if p.OptedOut == out {
		return "", Errorf(Conflict, "Nothing to change.")
	}
	p.OptedOut = out
	cp := p.clone()
	cp.Phone = ""
	ev.Person = &cp
	if out {
		return fmt.Sprintf("%s asked for no more texts.", p.Name), nil
	}
	return fmt.Sprintf("%s gets texts again.", p.Name), nil
}

// noCalls stops calls to someone for the night. Calls and texts are asked
// for apart: no calls leaves texts on.
func noCalls(m *Night, c Command, ev *Event) (string, error) {
	p, err := subject(m, c)
	if err != nil {
		return "", err
	}
	if !p.MayCall {
		return "", Errorf(Conflict, "%s is not rung already.", p.Name)
	}
	p.MayCall = false
	cp := p.clone()
	cp.Phone = ""
	ev.Person = &cp
	return fmt.Sprintf("%s asked for no more calls tonight.", p.Name), nil
}

func setEscalation(m *Night, c Command, ev *Event) (string, error) {
	if c.Seconds < 30 || c.Seconds > 3600 {
		return "", Errorf(Invalid, "The wait before asking more people must be between 30 seconds and 1 hour.")
	}
	if m.EscalateAfterSeconds == c.Seconds {
		return "", Errorf(Conflict, "Nothing to change.")
	}
	m.EscalateAfterSeconds = c.Seconds
	ev.EscalateAfterSeconds = c.Seconds
	return fmt.Sprintf("%s set the wait before asking more people to %d seconds.", editor(m, c), c.Seconds), nil
}

func (n *Night) jobID(id string) (*Job, bool) {
	for i := range n.Jobs {
		if n.Jobs[i].ID == id {
			return &n.Jobs[i], true
		}
	}
	return nil, false
}

func slug(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-':
			if b.Len() > 0 {
				b.WriteByte('-')
			}
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		s = "person"
	}
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}

// subject is the person a setting command is about: Person, else the
// sender.
func subject(m *Night, c Command) (*Person, error) {
	id := c.Person
	if id == "" {
		id = c.By
	}
	p, ok := m.Person(id)
	if !ok {
		return nil, Errorf(NotFound, "We do not know who %q is on this night.", id)
	}
	return p, nil
}
