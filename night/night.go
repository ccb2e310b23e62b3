// Package night is the domain of Clubnight: one night's people, jobs,
// problems, rides home, timeline and briefing, and the commands that change
// them. It is plain Go with no I/O: Apply is a pure function from a night and
// a command to the changed night and one event, or a typed *Error.
package night

import (
	"slices"
	"strconv"
	"time"
)

// Phase is when in the night a job happens.
type Phase string

const (
	Setup    Phase = "setup"
	Briefing Phase = "briefing"
	During   Phase = "during"
	Close    Phase = "close"
)

// Phases lists the phases in the order of the night.
var Phases = []Phase{Setup, Briefing, During, Close}

// JobStatus is how far a job has got.
type JobStatus string

const (
	Todo  JobStatus = "todo"
	Doing JobStatus = "doing"
	Done  JobStatus = "done"
)

// ProblemKind says what sort of problem someone raised.
type ProblemKind string

const (
	Taxi    ProblemKind = "taxi"
	Unwell  ProblemKind = "unwell"
	Spill   ProblemKind = "spill"
	Music   ProblemKind = "music"
	Lost    ProblemKind = "lost"    // lost property
	Missing ProblemKind = "missing" // a person nobody can find
	Upset   ProblemKind = "upset"
	Other   ProblemKind = "other"
)

// ProblemKinds lists every kind, in the order the kiosk shows them.
var ProblemKinds = []ProblemKind{Taxi, Unwell, Spill, Music, Lost, Missing, Upset, Other}

// ProblemStatus is where a problem is in open -> claimed -> sorted.
type ProblemStatus string

const (
	Open    ProblemStatus = "open"
	Claimed ProblemStatus = "claimed"
	Sorted  ProblemStatus = "sorted"
)

// RideStatus is where a ride home is.
type RideStatus string

const (
	Waiting RideStatus = "waiting"
	Late    RideStatus = "late"
	Gone    RideStatus = "gone"
)

// Source says where a change came from.
type Source string

const (
	FromKiosk     Source = "kiosk"
	FromSMS       Source = "sms"
	FromDashboard Source = "dashboard"
	FromAPI       Source = "api"
	FromSystem    Source = "system"
)

// Roles with a meaning to the product. Any other role is a label.
const (
	RoleStaff     = "staff"
	RoleCommittee = "committee"
	RoleOrganiser = "organiser"
	RoleVolunteer = "volunteer"
)

// DefaultEscalateAfter is how long a problem may stay unclaimed before the
// alert goes wider.
const DefaultEscalateAfter = 3 * time.Minute

// MaxActivity bounds the activity log kept inside a night's state; the full
// history stays in the event log.
const MaxActivity = 500

// Night is the whole live state of one night.
type Night struct {
	ID       string          `json:"id"`
	Title    string          `json:"title"`
	Date     string          `json:"date"`
	Venue    string          `json:"venue"`
	Seq      int64           `json:"seq"`
	People   []Person        `json:"people"`
	Jobs     []Job           `json:"jobs"`
	Problems []Problem       `json:"problems"`
	Rides    []Ride          `json:"rides"`
	Timeline []TimelineItem  `json:"timeline"`
	Briefing []BriefingPoint `json:"briefing"`
	Activity []Activity      `json:"activity"`
	// EscalateAfterSeconds is how long an unclaimed problem waits before the
	// alert goes wider.
	EscalateAfterSeconds int `json:"escalate_after_seconds"`
	// Undo holds each person's last change that UNDO can take back.
	Undo map[string]UndoEntry `json:"undo,omitempty"`
	// NextProblem numbers problems p1, p2, ... in the order they are raised.
	NextProblem int `json:"next_problem"`
	// TextsDown is true while texts are failing to go out, so every screen
	// can tell people to call instead.
	TextsDown bool `json:"texts_down,omitempty"`
}

// Person is a member of the night's team.
type Person struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Phone     string   `json:"phone,omitempty"`
	Roles     []string `json:"roles"`
	CheckedIn bool     `json:"checked_in"`
	OptedOut  bool     `json:"opted_out"`
	Photo     string   `json:"photo,omitempty"`
	// CallRules say whether and when Clubnight may ring them; they are
	// apart from OptedOut, which is about texts only.
	CallRules
}

// Job is one numbered job of the night.
type Job struct {
	ID     string    `json:"id"`
	Number int       `json:"number"`
	Title  string    `json:"title"`
	Phase  Phase     `json:"phase"`
	Who    []string  `json:"who"`
	Status JobStatus `json:"status"`
	// StartedBy is who said they were doing it.
	StartedBy string    `json:"started_by,omitempty"`
	DoneBy    string    `json:"done_by"`
	DoneAt    time.Time `json:"done_at,omitzero"`
	Photo     string    `json:"photo,omitempty"`
}

// Problem is something that needs a person to sort it.
type Problem struct {
	ID        string        `json:"id"`
	Kind      ProblemKind   `json:"kind"`
	Text      string        `json:"text"`
	RaisedBy  string        `json:"raised_by"`
	Source    Source        `json:"source"`
	Status    ProblemStatus `json:"status"`
	ClaimedBy string        `json:"claimed_by"`
	SortedBy  string        `json:"sorted_by,omitempty"`
	RaisedAt  time.Time     `json:"raised_at"`
	ClaimedAt time.Time     `json:"claimed_at,omitzero"`
	SortedAt  time.Time     `json:"sorted_at,omitzero"`
	// Alerted lists who has been texted about it, and Step how wide the
	// alert has gone (0 the team on duty, 1 the staff, 2 everyone).
	Alerted []string `json:"alerted,omitempty"`
	Step    int      `json:"step,omitempty"`
	// SameAs is the problem this one repeated, when it was sorted as the
	// same as another.
	SameAs string `json:"same_as,omitempty"`
	// History names the night's history in Redis the problem was raised
	// in (the hub's epoch then; empty for a problem raised before it was
	// kept). When Redis loses its data, the night made again numbers its
	// problems from p1, maybe at the same time to the millisecond: History
	// tells the new p1 from the lost one (see Key).
	History string `json:"history,omitempty"`
}

// Key names one raised problem for good, for what is written down about
// it outside the night (its texts, calls and escalation): the id starts
// again at p1 when a plan is replaced, the time it was raised does not,
// and a history Redis lost is not the one that replaced it.
func (p *Problem) Key() string {
	k := p.ID + "-" + strconv.FormatInt(p.RaisedAt.UnixMilli(), 10)
	if p.History != "" {
		k += "-" + p.History
	}
	return k
}

// Ride is how one guest gets home.
type Ride struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Pickup      string     `json:"pickup"`
	At          string     `json:"at"`
	Note        string     `json:"note,omitempty"`
	Status      RideStatus `json:"status"`
	WaitingWith []string   `json:"waiting_with,omitempty"`
	GoneAt      time.Time  `json:"gone_at,omitzero"`
}

// TimelineItem is one moment of the running order.
type TimelineItem struct {
	At    string `json:"at"`
	Title string `json:"title"`
}

// BriefingPoint is one point of the team briefing.
type BriefingPoint struct {
	Title       string   `json:"title"`
	Who         []string `json:"who"`
	Delivered   bool     `json:"delivered"`
	DeliveredBy string   `json:"delivered_by,omitempty"`
}

// Activity is one line of who did what, when, and from where.
type Activity struct {
	Seq    int64     `json:"seq"`
	At     time.Time `json:"at"`
	By     string    `json:"by"`
	Source Source    `json:"source"`
	Type   string    `json:"type"`
	Text   string    `json:"text"`
}

// UndoEntry remembers enough of a person's last change to take it back.
type UndoEntry struct {
	Seq  int64  `json:"seq"`
	Type string `json:"type"`
	// Target is the job number, problem id, ride id or briefing index, as text.
	Target string `json:"target"`
	// Subject is the target as it was before the change.
	Subject
	Index int `json:"index,omitempty"`
}

// Subject is the one thing a change touched, in full: an Event carries it
// as it is after the change, so a screen can replace it by id, and an
// UndoEntry as it was before, so UNDO can put it back. At most one field is
// set. Its fields appear in the JSON as if they were the holder's own.
type Subject struct {
	Job      *Job           `json:"job,omitempty"`
	Problem  *Problem       `json:"problem,omitempty"`
	Ride     *Ride          `json:"ride,omitempty"`
	Person   *Person        `json:"person,omitempty"`
	Briefing *BriefingPoint `json:"briefing,omitempty"`
}

// Person returns the person with id, if any.
func (n *Night) Person(id string) (*Person, bool) {
	for i := range n.People {
		if n.People[i].ID == id {
			return &n.People[i], true
		}
	}
	return nil, false
}

// PersonByPhone returns the person whose E.164 number is phone.
func (n *Night) PersonByPhone(e164 string) (*Person, bool) {
	if e164 == "" {
		return nil, false
	}
	for i := range n.People {
		if n.People[i].Phone == e164 {
			return &n.People[i], true
		}
	}
	return nil, false
}

// Job returns the job with the given number.
func (n *Night) Job(number int) (*Job, bool) {
	if number < 1 || number > len(n.Jobs) {
		return nil, false
	}
	return &n.Jobs[number-1], true
}

// Problem returns the problem with id.
func (n *Night) Problem(id string) (*Problem, bool) {
	for i := range n.Problems {
		if n.Problems[i].ID == id {
			return &n.Problems[i], true
		}
	}
	return nil, false
}

// Ride returns the ride with id.
func (n *Night) Ride(id string) (*Ride, bool) {
	for i := range n.Rides {
		if n.Rides[i].ID == id {
			return &n.Rides[i], true
		}
	}
	return nil, false
}

// Name returns the name of person id, or id itself when unknown.
func (n *Night) Name(id string) string {
	if p, ok := n.Person(id); ok {
		return p.Name
	}
	if id == "" {
		return "Someone"
	}
	return id
}

// HasRole reports whether p holds role.
func (p *Person) HasRole(role string) bool {
	for _, r := range p.Roles {
		if r == role {
			return true
		}
	}
	return false
}

// JobsOf returns the numbers of the jobs person id is on, in plan order.
func (n *Night) JobsOf(id string) []int {
	var out []int
	for _, j := range n.Jobs {
		for _, w := range j.Who {
			if w == id {
				out = append(out, j.Number)
				break
			}
		}
	}
	return out
}

// EscalateAfter returns the night's escalation delay.
func (n *Night) EscalateAfter() time.Duration {
	if n.EscalateAfterSeconds <= 0 {
		return DefaultEscalateAfter
	}
	return time.Duration(n.EscalateAfterSeconds) * time.Second
}

// Clone returns a deep copy that shares no memory with n (no slice, map or
// pointer), so Apply never changes its input and a copy handed to one
// caller can be changed without another caller seeing it.
func (n *Night) Clone() *Night {
	c := *n
	c.People = make([]Person, len(n.People))
	for i := range n.People {
		c.People[i] = n.People[i].clone()
	}
	c.Jobs = make([]Job, len(n.Jobs))
	for i := range n.Jobs {
		c.Jobs[i] = n.Jobs[i].clone()
	}
	// Lists are made even when empty rather than left nil, so the state
	// JSON says "problems": [] and not null.
	c.Problems = make([]Problem, len(n.Problems))
	for i := range n.Problems {
		c.Problems[i] = n.Problems[i].clone()
	}
	c.Rides = make([]Ride, len(n.Rides))
	for i := range n.Rides {
		c.Rides[i] = n.Rides[i].clone()
	}
	c.Timeline = slices.Clone(n.Timeline)
	c.Briefing = make([]BriefingPoint, len(n.Briefing))
	for i := range n.Briefing {
		c.Briefing[i] = n.Briefing[i].clone()
	}
	c.Activity = slices.Clone(n.Activity)
	if n.Undo != nil {
		c.Undo = make(map[string]UndoEntry, len(n.Undo))
		for k, v := range n.Undo {
			c.Undo[k] = v.clone()
		}
	}
	return &c
}

// list copies ids, never returning nil: a screen reads [] where it would
// trip over null.
func list(ids []string) []string {
	if ids == nil {
		return []string{}
	}
	return slices.Clone(ids)
}

func (p Person) clone() Person {
	p.Roles = list(p.Roles)
	return p
}

func (j Job) clone() Job {
	j.Who = list(j.Who)
	return j
}

// Copy returns a copy of p that shares nothing with it, for an event.
func (p *Problem) Copy() *Problem {
	c := p.clone()
	return &c
}

func (p Problem) clone() Problem {
	p.Alerted = slices.Clone(p.Alerted)
	return p
}

func (r Ride) clone() Ride {
	r.WaitingWith = slices.Clone(r.WaitingWith)
	return r
}

func (b BriefingPoint) clone() BriefingPoint {
	b.Who = list(b.Who)
	return b
}

func (u UndoEntry) clone() UndoEntry {
	u.Subject = u.Subject.clone()
	return u
}

func (s Subject) clone() Subject {
	if s.Job != nil {
		j := s.Job.clone()
		s.Job = &j
	}
	if s.Problem != nil {
		s.Problem = s.Problem.Copy()
	}
	if s.Ride != nil {
		r := s.Ride.clone()
		s.Ride = &r
	}
	if s.Person != nil {
		p := s.Person.clone()
		s.Person = &p
	}
	if s.Briefing != nil {
		b := s.Briefing.clone()
		s.Briefing = &b
	}
	return s
}

// Public returns a copy safe for any screen: no phone numbers, no undo
// bookkeeping.
func (n *Night) Public() *Night {
	c := n.Clone()
	for i := range c.People {
		c.People[i].Phone = ""
	}
	c.Undo = nil
	return c
}
