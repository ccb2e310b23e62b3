package night

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
)

// Plan is a night as it is written down before it starts: the contract's
// import and export format.
type Plan struct {
	ID       string         `json:"id"`
	Title    string         `json:"title"`
	Date     string         `json:"date"`
	Venue    string         `json:"venue"`
	People   []PlanPerson   `json:"people"`
	Jobs     []PlanJob      `json:"jobs"`
	Timeline []TimelineItem `json:"timeline"`
	Briefing []PlanBriefing `json:"briefing"`
	Rides    []PlanRide     `json:"rides"`
	// EscalateAfterSeconds is optional; 0 means the default of 3 minutes.
	EscalateAfterSeconds int `json:"escalate_after_seconds,omitempty"`
}

// PlanPerson is a team member in a plan.
type PlanPerson struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	Phone string   `json:"phone"`
	Roles []string `json:"roles"`
	Photo string   `json:"photo,omitempty"`
	// CallRules say whether and when Clubnight may ring them.
	CallRules
}

// PlanJob is a job in a plan; its number is its place in the list.
type PlanJob struct {
	ID    string   `json:"id"`
	Title string   `json:"title"`
	Phase Phase    `json:"phase"`
	Who   []string `json:"who"`
	Photo string   `json:"photo,omitempty"`
}

// PlanBriefing is a briefing point in a plan.
type PlanBriefing struct {
	Title string   `json:"title"`
	Who   []string `json:"who"`
}

// PlanRide is a ride home in a plan.
type PlanRide struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Pickup string `json:"pickup"`
	At     string `json:"at"`
	Note   string `json:"note,omitempty"`
}

var (
	idPattern   = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$`)
	timePattern = regexp.MustCompile(`^([01][0-9]|2[0-3]):[0-5][0-9]$`)
)

// ValidID reports whether s can name a night, person, job or ride.
func ValidID(s string) bool { return idPattern.MatchString(s) }

// ValidTime reports whether s is a 24-hour HH:MM time.
func ValidTime(s string) bool { return timePattern.MatchString(s) }

// ParsePlan decodes and validates a plan. Unknown fields are refused so that
// a typo is noticed; every problem found is listed in the *Error.
func ParsePlan(data []byte) (*Plan, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var p Plan
	if err := dec.Decode(&p); err != nil {
		return nil, &Error{Code: Invalid, Message: "The plan is not valid JSON: " + plainJSONError(err),
			Problems: []string{plainJSONError(err)}}
	}
	// dec.More is not enough here: it reports false for a stray '}' or ']'.
	if len(bytes.TrimSpace(data[dec.InputOffset():])) > 0 {
		return nil, &Error{Code: Invalid, Message: "The plan has extra text after the JSON.",
			Problems: []string{"extra text after the JSON"}}
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &p, nil
}

func plainJSONError(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("syntax error at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		return fmt.Sprintf("%q should be %s, not %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}

// timeProblem says what is wrong with a time, in words the editor can show:
// an empty one is usually one the browser could not read, such as 25:99.
func timeProblem(at string) string {
	if strings.TrimSpace(at) == "" {
		return "the time is missing or is not a real time; write it like 19:30"
	}
	return fmt.Sprintf("time %q must be HH:MM", at)
}

func validPhase(p Phase) bool {
	for _, q := range Phases {
		if p == q {
			return true
		}
	}
	return false
}

// ValidKind reports whether k is one of the contract's problem kinds.
func ValidKind(k ProblemKind) bool {
	for _, q := range ProblemKinds {
		if k == q {
			return true
		}
	}
	return false
}

// NewNight makes the starting state of a validated plan.
func NewNight(p *Plan) *Night {
	n := &Night{
		People:   make([]Person, 0, len(p.People)),
		Jobs:     make([]Job, 0, len(p.Jobs)),
		Problems: []Problem{},
		Rides:    make([]Ride, 0, len(p.Rides)),
		Briefing: make([]BriefingPoint, 0, len(p.Briefing)),
		Activity: []Activity{},
	}
	carry(n, p)
	for _, pp := range p.People {
		var q Person
		carry(&q, pp)
		q.Name = strings.TrimSpace(q.Name)
		n.People = append(n.People, q)
	}
	for i, pj := range p.Jobs {
		j := Job{Number: i + 1, Status: Todo}
		carry(&j, pj)
		j.Title = strings.TrimSpace(j.Title)
		n.Jobs = append(n.Jobs, j)
	}
	for _, pb := range p.Briefing {
		var b BriefingPoint
		carry(&b, pb)
		n.Briefing = append(n.Briefing, b)
	}
	for _, pr := range p.Rides {
		r := Ride{Status: Waiting}
		carry(&r, pr)
		n.Rides = append(n.Rides, r)
	}
	return n
}

// Plan returns the night's plan for export: what was planned, plus the jobs
// and rides added on the night, without any live state.
func (n *Night) Plan() *Plan {
	p := &Plan{People: []PlanPerson{}, Jobs: []PlanJob{}, Briefing: []PlanBriefing{}, Rides: []PlanRide{}}
	carry(p, n)
	for _, q := range n.People {
		var pp PlanPerson
		carry(&pp, q)
		p.People = append(p.People, pp)
	}
	for _, j := range n.Jobs {
		var pj PlanJob
		carry(&pj, j)
		p.Jobs = append(p.Jobs, pj)
	}
	for _, b := range n.Briefing {
		var pb PlanBriefing
		carry(&pb, b)
		p.Briefing = append(p.Briefing, pb)
	}
	for _, r := range n.Rides {
		var pr PlanRide
		carry(&pr, r)
		p.Rides = append(p.Rides, pr)
	}
	return p
}
