package kiosk

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/clubnight/clubnight/night"
)

// rules are the night's rules the page needs, worked out here in Go so the
// page states none of its own and cannot drift from the hub.
//
// Changes is what the page needs to show a tap at once, before the hub has
// answered (with no Wi-Fi, say), and which buttons make sense: for each
// command the kiosk sends and each status its thing can be in ("" for a
// person or a briefing point, which have none), what the hub changes. A
// command the hub would refuse from that status has no entry. They are
// found once, at start, by running night.Apply on a small night, so a
// change to Apply changes what the page shows.
type rules struct {
	Changes map[string]map[string]change `json:"changes"`
	// Kinds are the problem kinds in the order the page shows them, and
	// KindText what the hub calls each when no words were given.
	Kinds    []string          `json:"kinds"`
	KindText map[string]string `json:"kindText"`
}

// change is what one command does to its thing.
type change struct {
	Set map[string]any `json:"set"`           // fields and their new values
	By  []string       `json:"by,omitempty"`  // fields set to the tapper's id
	Add []string       `json:"add,omitempty"` // lists the tapper's id is added to
}

// The probe's people: earlier changes are made by before, the probed
// command by by, so "by" fields are told apart from earlier ones.
const (
	probeBefore = "before"
	probeBy     = "by"
)

// probe is one command tried on the thing in one status.
type probe struct {
	status string          // the thing's status before ("" when it has none)
	setup  []night.Command // commands that put the thing in that status
	cmd    night.Command
	thing  func(*night.Night) any // the thing, from the night after
}

func newRules() (rules, error) {
	r := rules{Changes: map[string]map[string]change{}, KindText: map[string]string{}}
	for _, k := range night.ProblemKinds {
		r.Kinds = append(r.Kinds, string(k))
		r.KindText[string(k)] = night.KindWords[k]
	}
	for _, p := range probes() {
		ch, ok, err := p.run()
		if err != nil {
			return rules{}, fmt.Errorf("kiosk: rules: %s from %q: %w", p.cmd.Type, p.status, err)
		}
		if !ok {
			continue
		}
		t := string(p.cmd.Type)
		if r.Changes[t] == nil {
			r.Changes[t] = map[string]change{}
		}
		r.Changes[t][p.status] = ch
	}
	return r, nil
}

func probes() []probe {
	job := func(n *night.Night) any { j, _ := n.Job(1); return j }
	problem := func(n *night.Night) any { p, _ := n.Problem("p1"); return p }
	ride := func(n *night.Night) any { r, _ := n.Ride("r1"); return r }
	person := func(n *night.Night) any { p, _ := n.Person(probeBy); return p }
	point := func(n *night.Night) any { return &n.Briefing[0] }
	zero := 0

	c := func(t night.CommandType, by string, f func(*night.Command)) night.Command {
		cmd := night.Command{Type: t, By: by, Source: night.FromKiosk}
		if f != nil {
			f(&cmd)
		}
		return cmd
	}
	onJob := func(cmd *night.Command) { cmd.Job = 1 }
	onProblem := func(cmd *night.Command) { cmd.Problem = "p1" }
	onRide := func(cmd *night.Command) { cmd.Ride = "r1" }
	raise := c(night.CmdRaise, probeBefore, nil)

	jobStates := map[string][]night.Command{
		"todo":  nil,
		"doing": {c(night.CmdDoing, probeBefore, onJob)},
		"done":  {c(night.CmdDone, probeBefore, onJob)},
	}
	problemStates := map[string][]night.Command{
		"open":    {raise},
		"claimed": {raise, c(night.CmdClaim, probeBefore, onProblem)},
		"sorted":  {raise, c(night.CmdSort, probeBefore, onProblem)},
	}
	rideStates := map[string][]night.Command{
		"waiting": nil,
		"late":    {c(night.CmdRideLate, probeBefore, onRide)},
		"gone":    {c(night.CmdRideGone, probeBefore, onRide)},
	}
	var ps []probe
	for status, setup := range jobStates {
		for _, t := range []night.CommandType{night.CmdDone, night.CmdDoing} {
			ps = append(ps, probe{status, setup, c(t, probeBy, onJob), job})
		}
	}
	for status, setup := range problemStates {
		for _, t := range []night.CommandType{night.CmdClaim, night.CmdSort} {
			ps = append(ps, probe{status, setup, c(t, probeBy, onProblem), problem})
		}
	}
	for status, setup := range rideStates {
		for _, t := range []night.CommandType{night.CmdRideGone, night.CmdRideLate, night.CmdWaitWith} {
			ps = append(ps, probe{status, setup, c(t, probeBy, onRide), ride})
		}
		// A late ride is raised as a problem about the ride.
		ps = append(ps, probe{status, setup, c(night.CmdRaise, probeBy, func(cmd *night.Command) {
			cmd.Ride, cmd.Kind = "r1", night.Taxi
		}), ride})
	}
	ps = append(ps,
		probe{"", nil, c(night.CmdCheckIn, probeBy, nil), person},
		probe{"", []night.Command{c(night.CmdCheckIn, probeBy, nil)}, c(night.CmdCheckOut, probeBy, nil), person},
		probe{"", nil, c(night.CmdBriefed, probeBy, func(cmd *night.Command) { cmd.Index = &zero }), point},
	)
	return ps
}

// probeNight is the smallest night every probe can run on.
func probeNight() *night.Night {
	return night.NewNight(&night.Plan{
		ID: "probe", Title: "Probe",
		People: []night.PlanPerson{
			{ID: probeBefore, Name: "Before", Phone: "+447700900001", Roles: []string{night.RoleCommittee}},
			{ID: probeBy, Name: "By", Phone: "+447700900002", Roles: []string{night.RoleCommittee}},
		},
		Jobs:     []night.PlanJob{{ID: "j1", Title: "Job", Phase: "setup", Who: []string{probeBefore}}},
		Briefing: []night.PlanBriefing{{Title: "Point", Who: []string{probeBefore}}},
		Rides:    []night.PlanRide{{ID: "r1", Name: "Ride", Pickup: "taxi", At: "22:00"}},
	})
}

// run applies the probe's setup, then its command, and says what changed
// on its thing; ok is false when the hub refuses the command.
func (p probe) run() (change, bool, error) {
	at := time.Date(2026, 1, 1, 19, 0, 0, 0, time.UTC)
	n := probeNight()
	for _, s := range p.setup {
		s.At = at
		m, _, err := night.Apply(n, s)
		if err != nil {
			return change{}, false, fmt.Errorf("setting up with %s: %w", s.Type, err)
		}
		n = m
	}
	before, err := fields(p.thing(n))
	if err != nil {
		return change{}, false, err
	}
	cmd := p.cmd
	cmd.At = at
	m, _, err := night.Apply(n, cmd)
	if err != nil {
		if night.ErrorCode(err) == night.Conflict {
			return change{}, false, nil
		}
		return change{}, false, err
	}
	after, err := fields(p.thing(m))
	if err != nil {
		return change{}, false, err
	}
	ch := change{Set: map[string]any{}}
	for k, v := range after {
		if reflect.DeepEqual(before[k], v) || strings.HasSuffix(k, "_at") {
			continue // unchanged, or a time the page never shows for a waiting tap
		}
		switch {
		case v == probeBy:
			ch.By = append(ch.By, k)
		case isAdded(before[k], v):
			ch.Add = append(ch.Add, k)
		default:
			ch.Set[k] = v
		}
	}
	for k := range before {
		if _, ok := after[k]; !ok && !strings.HasSuffix(k, "_at") {
			ch.Set[k] = nil // emptied (omitempty)
		}
	}
	slices.Sort(ch.By)
	slices.Sort(ch.Add)
	return ch, true, nil
}

// fields is a thing as the page gets it: its JSON object.
func fields(thing any) (map[string]any, error) {
	b, err := json.Marshal(thing)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	return m, json.Unmarshal(b, &m)
}

// isAdded reports whether after is the list before with the tapper added.
func isAdded(before, after any) bool {
	a, ok := after.([]any)
	if !ok || len(a) == 0 || a[len(a)-1] != probeBy {
		return false
	}
	b, _ := before.([]any)
	return reflect.DeepEqual(append(slices.Clone(b), probeBy), a)
}
