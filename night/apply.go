package night

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Apply applies c to n and returns the changed night and the one event that
// describes the change. n is never modified. A command that would change
// nothing, or cannot happen, returns a *Error with a plain message and no
// event. The event's Seq is n.Seq+1, and the returned night has that seq.
func Apply(n *Night, c Command) (*Night, *Event, error) {
	if c.Type == CmdReplace {
		return applyReplace(n, c)
	}
	if c.By != "" {
		if _, ok := n.Person(c.By); !ok {
			return nil, nil, Errorf(NotFound, "We do not know who %q is on this night.", c.By)
		}
	} else if c.Source != FromAPI && c.Source != FromSystem && c.Source != FromDashboard {
		return nil, nil, Errorf(Invalid, "Please say who you are first.")
	}
	m := n.Clone()
	ev := &Event{Type: "event", Seq: n.Seq + 1, Night: n.ID, Kind: c.Type, At: c.At, By: c.By, Source: c.Source, CommandID: c.ID}
	var undo *UndoEntry
	var text string
	var err error
	switch c.Type {
	case CmdDone, CmdDoing:
		undo, text, err = applyJobStatus(m, c, ev)
	case CmdUndo:
		text, err = applyUndo(m, c, ev)
	case CmdCheckIn, CmdCheckOut:
		undo, text, err = applyCheck(m, c, ev)
	case CmdRaise:
		undo, text, err = applyRaise(m, c, ev)
	case CmdClaim, CmdSort:
		undo, text, err = applyProblem(m, c, ev)
	case CmdRideGone, CmdRideLate, CmdRideWait, CmdWaitWith:
		undo, text, err = applyRide(m, c, ev)
	case CmdBriefed:
		undo, text, err = applyBriefed(m, c, ev)
	case CmdAlerted:
		text, err = applyAlerted(m, c, ev)
	case CmdRemovePerson:
		text, err = applyRemovePerson(m, c, ev)
	case CmdTexts:
		text, err = applyTexts(m, c)
	case CmdAssignJob, CmdAddJob, CmdAddRide, CmdAddPerson, CmdOptOut, CmdOptIn, CmdNoCalls, CmdEscalate:
		text, err = applyEdit(m, c, ev)
	default:
		err = Errorf(Invalid, "We do not know how to do %q.", c.Type)
	}
	if err != nil {
		return nil, nil, err
	}
	m.Seq = ev.Seq
	if c.By != "" {
		if m.Undo == nil {
			m.Undo = map[string]UndoEntry{}
		}
		if undo != nil {
			undo.Seq = ev.Seq
			m.Undo[c.By] = *undo
		} else if c.Type != CmdUndo {
			// A change that cannot be undone ends the chance to undo an
			// earlier one, so UNDO never reaches further back than people expect.
			delete(m.Undo, c.By)
		}
	}
	act := Activity{Seq: ev.Seq, At: c.At, By: c.By, Source: c.Source, Type: string(c.Type), Text: text}
	m.Activity = append(m.Activity, act)
	if len(m.Activity) > MaxActivity {
		m.Activity = append([]Activity(nil), m.Activity[len(m.Activity)-MaxActivity:]...)
	}
	ev.Activity = &act
	if c.Type == CmdRemovePerson || c.Type == CmdTexts {
		// Screens replace things by id; a person gone, or a flag of the
		// whole night, needs the whole night.
		ev.State = m.Public()
	}
	return m, ev, nil
}

// applyTexts records whether texts are going out, so the kiosk and the
// dashboard can say "texts are not going out: call people".
func applyTexts(m *Night, c Command) (string, error) {
	if c.Source != FromSystem {
		return "", Errorf(Forbidden, "Only Clubnight itself says whether texts are going out.")
	}
	if m.TextsDown == c.Down {
		return "", Errorf(Conflict, "Nothing to change.")
	}
	m.TextsDown = c.Down
	if c.Down {
		return "Texts are not going out. Call people instead.", nil
	}
	return "Texts are going out again.", nil
}

func applyReplace(n *Night, c Command) (*Night, *Event, error) {
	if c.Plan == nil {
		return nil, nil, Errorf(Invalid, "A new plan is needed.")
	}
	if err := c.Plan.Validate(); err != nil {
		return nil, nil, err
	}
	if n != nil && c.Plan.ID != n.ID {
		return nil, nil, Errorf(Invalid, "The plan is for night %q, not %q.", c.Plan.ID, n.ID)
	}
	m := NewNight(c.Plan)
	var seq int64
	if n != nil {
		seq = n.Seq
	}
	m.Seq = seq + 1
	act := Activity{Seq: m.Seq, At: c.At, By: c.By, Source: c.Source, Type: string(CmdReplace), Text: "The plan for the night was loaded."}
	m.Activity = []Activity{act}
	ev := &Event{Type: "event", Seq: m.Seq, Night: m.ID, Kind: CmdReplace, At: c.At, By: c.By, Source: c.Source,
		CommandID: c.ID, State: m.Public(), Activity: &act}
	return m, ev, nil
}

func jobLabel(j *Job) string { return fmt.Sprintf("job %d (%s)", j.Number, j.Title) }

func findJob(m *Night, number int) (*Job, error) {
	j, ok := m.Job(number)
	if !ok {
		if number <= 0 {
			return nil, Errorf(Invalid, "Which job? Please give its number.")
		}
		return nil, Errorf(NotFound, "There is no job %d.", number)
	}
	return j, nil
}

func applyJobStatus(m *Night, c Command, ev *Event) (*UndoEntry, string, error) {
	j, err := findJob(m, c.Job)
	if err != nil {
		return nil, "", err
	}
	before := j.clone()
	who := m.Name(c.By)
	switch c.Type {
	case CmdDone:
		if j.Status == Done {
			if j.DoneBy == c.By {
				return nil, "", Errorf(Conflict, "You already did that. Job %d is done.", j.Number)
			}
			return nil, "", Errorf(Conflict, "%s already did that. Job %d is done.", m.Name(j.DoneBy), j.Number)
		}
		j.Status, j.DoneBy, j.DoneAt = Done, c.By, c.At
	case CmdDoing:
		if j.Status == Done {
			return nil, "", Errorf(Conflict, "Job %d is already done.", j.Number)
		}
		if j.Status == Doing && j.StartedBy == c.By {
			return nil, "", Errorf(Conflict, "You already said you are doing job %d.", j.Number)
		}
		j.Status, j.StartedBy = Doing, c.By
	}
	cp := j.clone()
	ev.Job = &cp
	verb := "finished"
	if c.Type == CmdDoing {
		verb = "started"
	}
	return &UndoEntry{Type: string(c.Type), Target: strconv.Itoa(j.Number), Subject: Subject{Job: &before}},
		fmt.Sprintf("%s %s %s.", who, verb, jobLabel(j)), nil
}

func applyCheck(m *Night, c Command, ev *Event) (*UndoEntry, string, error) {
	id := c.Person
	if id == "" {
		id = c.By
	}
	p, ok := m.Person(id)
	if !ok {
		if id == "" {
			return nil, "", Errorf(Invalid, "Who is checking in?")
		}
		return nil, "", Errorf(NotFound, "We do not know who %q is on this night.", id)
	}
	before := p.clone()
	in := c.Type == CmdCheckIn
	if p.CheckedIn == in {
		if in {
			return nil, "", Errorf(Conflict, "%s is already checked in.", p.Name)
		}
		return nil, "", Errorf(Conflict, "%s is not checked in.", p.Name)
	}
	p.CheckedIn = in
	cp := p.clone()
	cp.Phone = ""
	ev.Person = &cp
	text := p.Name + " is here."
	if !in {
		text = p.Name + " has gone home."
	}
	if id != c.By && c.By != "" {
		text = fmt.Sprintf("%s said: %s", m.Name(c.By), text)
	}
	return &UndoEntry{Type: string(c.Type), Target: id, Subject: Subject{Person: &before}}, text, nil
}

// KindWords is how each kind of problem is said in plain words.
var KindWords = map[ProblemKind]string{
	Taxi: "A taxi is not here", Unwell: "Someone feels ill", Spill: "Something is spilt",
	Music: "The music stopped", Lost: "Something is lost", Missing: "We cannot find someone",
	Upset: "Someone is upset", Other: "Someone needs help",
}

func applyRaise(m *Night, c Command, ev *Event) (*UndoEntry, string, error) {
	kind := c.Kind
	// A raise naming a ride says that ride is late: the ride is marked late
	// and the problem goes out like any other, so the people on duty for
	// home time are texted and it escalates until someone is on it.
	var late *Ride
	if c.Ride != "" {
		r, ok := m.Ride(c.Ride)
		if !ok {
			return nil, "", Errorf(NotFound, "There is no ride %s.", c.Ride)
		}
		if r.Status == Gone {
			return nil, "", Errorf(Conflict, "%s has already gone home.", r.Name)
		}
		late = r
		if kind == "" {
			kind = Taxi
		}
	}
	if kind == "" {
		kind = Other
	}
	if !ValidKind(kind) {
		return nil, "", Errorf(Invalid, "We do not know the problem kind %q.", c.Kind)
	}
	if err := full(len(m.Problems), MaxProblems, "problems"); err != nil {
		return nil, "", err
	}
	text := strings.TrimSpace(c.Text)
	if len(text) > 500 {
		cut := 500
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	if text == "" && late != nil {
		text = lateWords(late)
	}
	if text == "" {
		text = KindWords[kind]
	}
	if late != nil {
		late.Status = Late
		cp := *late
		cp.WaitingWith = slices.Clone(late.WaitingWith)
		ev.Ride = &cp
	}
	m.NextProblem++
	p := Problem{ID: "p" + strconv.Itoa(m.NextProblem), Kind: kind, Text: text, RaisedBy: c.By, Source: c.Source,
		Status: Open, RaisedAt: c.At, History: c.History}
	m.Problems = append(m.Problems, p)
	ev.Problem = &p
	return &UndoEntry{Type: string(CmdRaise), Target: p.ID},
		fmt.Sprintf("%s raised a problem: %s", m.Name(c.By), text), nil
}

// lateWords says whose ride is late and what it is: "Jo's ride is late
// (taxi at 22:00, City Cars)".
func lateWords(r *Ride) string {
	what := r.At
	if r.Pickup != "" {
		what = r.Pickup + " at " + r.At
	}
	if r.Note != "" {
		what += ", " + r.Note
	}
	return fmt.Sprintf("%s's ride is late (%s)", r.Name, what)
}

func applyProblem(m *Night, c Command, ev *Event) (*UndoEntry, string, error) {
	p, ok := m.Problem(c.Problem)
	if !ok {
		if c.Problem == "" {
			return nil, "", Errorf(Invalid, "Which problem?")
		}
		return nil, "", Errorf(NotFound, "There is no problem %s.", c.Problem)
	}
	before := p.clone()
	if p.Status == Sorted {
		return nil, "", Errorf(Conflict, "That problem is already sorted. Thank you.")
	}
	var text string
	switch c.Type {
	case CmdClaim:
		if p.Status == Claimed {
			if p.ClaimedBy == c.By {
				return nil, "", Errorf(Conflict, "You are already on it.")
			}
			return nil, "", Errorf(Conflict, "%s is already on it.", m.Name(p.ClaimedBy))
		}
		p.Status, p.ClaimedBy, p.ClaimedAt = Claimed, c.By, c.At
		text = fmt.Sprintf("%s is helping with: %s", m.Name(c.By), p.Text)
	case CmdSort:
		var same *Problem
		if c.SameAs != "" {
			o, ok := m.Problem(c.SameAs)
			if !ok || o.ID == p.ID || o.SameAs != "" {
				return nil, "", Errorf(Invalid, "Choose another problem that this one is the same as.")
			}
			same = o
		}
		p.Status, p.SortedBy, p.SortedAt = Sorted, c.By, c.At
		if p.ClaimedBy == "" {
			p.ClaimedBy, p.ClaimedAt = c.By, c.At
		}
		text = fmt.Sprintf("%s sorted: %s", m.Name(c.By), p.Text)
		if same != nil {
			p.SameAs = same.ID
			text = fmt.Sprintf("%s marked it the same as another problem: %s", m.Name(c.By), p.Text)
		}
	}
	cp := p.clone()
	ev.Problem = &cp
	return &UndoEntry{Type: string(c.Type), Target: p.ID, Subject: Subject{Problem: &before}}, text, nil
}

// applyAlerted records who was texted about a problem, so every screen can
// say who has been told.
func applyAlerted(m *Night, c Command, ev *Event) (string, error) {
	p, ok := m.Problem(c.Problem)
	if !ok {
		return "", Errorf(NotFound, "There is no problem %s.", c.Problem)
	}
	if p.Status == Sorted {
		return "", Errorf(Conflict, "That problem is already sorted.")
	}
	var added []string
	for _, id := range c.Who {
		if _, ok := m.Person(id); !ok {
			return "", Errorf(NotFound, "We do not know who %q is on this night.", id)
		}
		if !slices.Contains(p.Alerted, id) {
			p.Alerted = append(p.Alerted, id)
			added = append(added, id)
		}
	}
	if len(added) == 0 && c.Step <= p.Step {
		return "", Errorf(Conflict, "Nothing to change.")
	}
	p.Step = max(p.Step, c.Step)
	cp := p.clone()
	cp.Alerted = slices.Clone(p.Alerted)
	ev.Problem = &cp
	return fmt.Sprintf("We texted %s about: %s", namesOf(m, added), p.Text), nil
}

func applyRide(m *Night, c Command, ev *Event) (*UndoEntry, string, error) {
	r, ok := m.Ride(c.Ride)
	if !ok {
		if c.Ride == "" {
			return nil, "", Errorf(Invalid, "Whose ride?")
		}
		return nil, "", Errorf(NotFound, "There is no ride %s.", c.Ride)
	}
	before := r.clone()
	before.WaitingWith = slices.Clone(r.WaitingWith)
	var text string
	switch c.Type {
	case CmdRideGone:
		if r.Status == Gone {
			return nil, "", Errorf(Conflict, "%s has already gone home.", r.Name)
		}
		r.Status, r.GoneAt, r.WaitingWith = Gone, c.At, nil
		text = fmt.Sprintf("%s has gone home.", r.Name)
	case CmdRideLate:
		if r.Status != Waiting {
			return nil, "", Errorf(Conflict, "%s's ride is %s already.", r.Name, r.Status)
		}
		r.Status = Late
		text = fmt.Sprintf("%s's %s is late.", r.Name, r.Pickup)
	case CmdRideWait:
		if r.Status == Waiting {
			return nil, "", Errorf(Conflict, "%s is waiting already.", r.Name)
		}
		r.Status, r.GoneAt = Waiting, time.Time{}
		text = fmt.Sprintf("%s is waiting for their ride.", r.Name)
	case CmdWaitWith:
		if c.By == "" {
			return nil, "", Errorf(Invalid, "Please say who you are first.")
		}
		if r.Status == Gone {
			return nil, "", Errorf(Conflict, "%s has already gone home.", r.Name)
		}
		if slices.Contains(r.WaitingWith, c.By) {
			return nil, "", Errorf(Conflict, "You are already waiting with %s.", r.Name)
		}
		r.WaitingWith = append(r.WaitingWith, c.By)
		text = fmt.Sprintf("%s is waiting with %s.", m.Name(c.By), r.Name)
	}
	if c.By != "" && c.Type != CmdWaitWith {
		text = fmt.Sprintf("%s said: %s", m.Name(c.By), text)
	}
	cp := r.clone()
	ev.Ride = &cp
	return &UndoEntry{Type: string(c.Type), Target: r.ID, Subject: Subject{Ride: &before}}, text, nil
}

func applyBriefed(m *Night, c Command, ev *Event) (*UndoEntry, string, error) {
	if c.Index == nil || *c.Index < 0 || *c.Index >= len(m.Briefing) {
		return nil, "", Errorf(NotFound, "There is no such briefing point.")
	}
	i := *c.Index
	b := &m.Briefing[i]
	if b.Delivered {
		return nil, "", Errorf(Conflict, "That briefing point is done already.")
	}
	before := b.clone()
	b.Delivered, b.DeliveredBy = true, c.By
	cp := b.clone()
	idx := i
	ev.Briefing, ev.Index = &cp, &idx
	return &UndoEntry{Type: string(CmdBriefed), Target: strconv.Itoa(i), Subject: Subject{Briefing: &before}, Index: i},
		fmt.Sprintf("Briefing point %d is done: %s", i+1, b.Title), nil
}

func applyUndo(m *Night, c Command, ev *Event) (string, error) {
	if c.By == "" {
		return "", Errorf(Invalid, "Please say who you are first.")
	}
	u, ok := m.Undo[c.By]
	if !ok {
		return "", Errorf(Conflict, "There is nothing to undo.")
	}
	delete(m.Undo, c.By)
	ev.Undid = CommandType(u.Type)
	changed := Errorf(Conflict, "That has changed since, so there is nothing to undo.")
	switch CommandType(u.Type) {
	case CmdDone, CmdDoing:
		n, _ := strconv.Atoi(u.Target)
		j, ok := m.Job(n)
		if !ok || u.Job == nil || (u.Type == string(CmdDone) && j.DoneBy != c.By) || (u.Type == string(CmdDoing) && (j.Status != Doing || j.StartedBy != c.By)) {
			return "", changed
		}
		// Only the status goes back: who the job is for may have been
		// changed by the organiser since.
		who := j.Who
		*j = *u.Job
		j.Who = who
		cp := j.clone()
		ev.Job = &cp
		return fmt.Sprintf("%s took back: %s is %s again.", m.Name(c.By), jobLabel(j), statusWords(j.Status)), nil
	case CmdCheckIn, CmdCheckOut:
		p, ok := m.Person(u.Target)
		if !ok || u.Person == nil || p.CheckedIn == u.Person.CheckedIn {
			return "", changed
		}
		p.CheckedIn = u.Person.CheckedIn
		cp := p.clone()
		cp.Phone = ""
		ev.Person = &cp
		return fmt.Sprintf("%s took back: %s checked %s.", m.Name(c.By), p.Name, map[bool]string{true: "in", false: "out"}[p.CheckedIn]), nil
	case CmdRaise:
		// A raised problem is never deleted: taking it back marks it sorted
		// by the person who raised it, so the record stays.
		p, ok := m.Problem(u.Target)
		if !ok || p.Status != Open {
			return "", changed
		}
		p.Status, p.SortedAt, p.SortedBy = Sorted, c.At, c.By
		cp := p.clone()
		ev.Problem = &cp
		return fmt.Sprintf("%s took back the problem: %s", m.Name(c.By), p.Text), nil
	case CmdClaim, CmdSort:
		p, ok := m.Problem(u.Target)
		if !ok || u.Problem == nil || (u.Type == string(CmdClaim) && (p.Status != Claimed || p.ClaimedBy != c.By)) ||
			(u.Type == string(CmdSort) && (p.Status != Sorted || p.SortedBy != c.By)) {
			return "", changed
		}
		*p = *u.Problem
		cp := p.clone()
		ev.Problem = &cp
		return fmt.Sprintf("%s took back: the problem is %s again.", m.Name(c.By), p.Status), nil
	case CmdRideGone, CmdRideLate, CmdRideWait, CmdWaitWith:
		r, ok := m.Ride(u.Target)
		if !ok || u.Ride == nil || !rideAsLeft(r, CommandType(u.Type), c.By) {
			return "", changed
		}
		switch CommandType(u.Type) {
		case CmdWaitWith:
			r.WaitingWith = slices.DeleteFunc(slices.Clone(r.WaitingWith), func(id string) bool { return id == c.By })
		case CmdRideGone:
			*r = *u.Ride // nothing changes on a ride that has gone
		default:
			// Only the status moved; keep anyone who has joined since,
			// unless the ride goes back to gone.
			r.Status, r.GoneAt = u.Ride.Status, u.Ride.GoneAt
			if r.Status == Gone {
				r.WaitingWith = nil
			}
		}
		cp := r.clone()
		ev.Ride = &cp
		return fmt.Sprintf("%s took back the change to %s's ride.", m.Name(c.By), r.Name), nil
	case CmdBriefed:
		if u.Index >= len(m.Briefing) || u.Briefing == nil || !m.Briefing[u.Index].Delivered {
			return "", changed
		}
		m.Briefing[u.Index] = *u.Briefing
		cp := m.Briefing[u.Index]
		idx := u.Index
		ev.Briefing, ev.Index = &cp, &idx
		return fmt.Sprintf("%s took back briefing point %d.", m.Name(c.By), idx+1), nil
	}
	return "", Errorf(Conflict, "There is nothing to undo.")
}

// rideAsLeft reports whether a ride is still as the change typ by person by
// left it, so taking that change back loses nobody else's.
func rideAsLeft(r *Ride, typ CommandType, by string) bool {
	switch typ {
	case CmdRideGone:
		return r.Status == Gone
	case CmdRideLate:
		return r.Status == Late
	case CmdRideWait:
		return r.Status == Waiting
	case CmdWaitWith:
		return r.Status != Gone && slices.Contains(r.WaitingWith, by)
	}
	return false
}

func statusWords(s JobStatus) string {
	switch s {
	case Todo:
		return "not started"
	case Doing:
		return "being done"
	}
	return "done"
}

func namesOf(n *Night, ids []string) string {
	if len(ids) == 0 {
		return "nobody"
	}
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = n.Name(id)
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
