package corpus

import (
	"fmt"
	"strings"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// Outcome is how one text went.
type Outcome string

const (
	// Right: it did exactly what the text asked.
	Right Outcome = "right"
	// Asked: it asked a numbered question instead. A miss, not harm.
	Asked Outcome = "asked"
	// PassedOn: a person reads it on the dashboard. A miss, not harm.
	PassedOn Outcome = "passed on"
	// Missed: it changed nothing and answered something else (such as the
	// time when the text asked for a job list).
	Missed Outcome = "missed"
	// Wrong: it changed the night in a way the text did not ask for.
	Wrong Outcome = "wrong"
)

// Outcomes in the order a table shows them.
var Outcomes = []Outcome{Right, Asked, PassedOn, Missed, Wrong}

// Said is the kind of answer sent when nothing changed: jobs, status,
// none, ask or passed on (understand.Kind values, with Unknown for passed
// on).
type Said = understand.Kind

// Judge compares the night before and after a text (and what was said
// back when nothing changed) with the row's expectation. alert is the
// problem prepared for a claim or sorted row.
func Judge(row Row, before, after *night.Night, alert string, said Said) (Outcome, string) {
	changed := after.Seq != before.Seq
	ok, why := matches(row, before, after, alert, said)
	switch {
	case ok:
		return Right, why
	case changed:
		return Wrong, why
	case said == understand.Ask:
		return Asked, why
	case said == understand.Unknown:
		return PassedOn, why
	}
	return Missed, why
}

func matches(row Row, before, after *night.Night, alert string, said Said) (bool, string) {
	kind, arg, _ := strings.Cut(row.Expect, ":")
	changed := after.Seq != before.Seq
	switch kind {
	case "jobs", "status", "none":
		if changed {
			return false, "it changed the night"
		}
		if kind == "none" {
			// Nothing to do: any answer that changes nothing is right, as
			// long as nobody has to read it or answer a question.
			return said != understand.Ask && said != understand.Unknown, "it answered " + string(said)
		}
		return string(said) == kind, "it answered " + string(said)
	case "done", "doing":
		j := jobByID(after, arg)
		want := night.Done
		if kind == "doing" {
			want = night.Doing
		}
		if j == nil {
			return false, "no job " + arg
		}
		if after.Seq != before.Seq+1 || j.Status != want || kind == "done" && j.DoneBy != row.From {
			return false, describe(before, after)
		}
		return true, fmt.Sprintf("job %d is %s", j.Number, j.Status)
	case "undo":
		if after.Seq != before.Seq+1 {
			return false, describe(before, after)
		}
		if jobs := after.JobsOf(row.From); len(jobs) > 0 {
			if j, _ := after.Job(jobs[0]); j.Status != night.Done {
				return true, fmt.Sprintf("job %d taken back", j.Number)
			}
		}
		return false, describe(before, after)
	case "problem":
		if len(after.Problems) != len(before.Problems)+1 {
			return false, describe(before, after)
		}
		p := after.Problems[len(after.Problems)-1]
		if arg != "any" && string(p.Kind) != arg || p.RaisedBy != row.From {
			return false, fmt.Sprintf("raised a %s problem", p.Kind)
		}
		return true, fmt.Sprintf("raised a %s problem", p.Kind)
	case "claim", "sorted":
		p, ok := after.Problem(alert)
		want := night.Claimed
		if kind == "sorted" {
			want = night.Sorted
		}
		if !ok || p.Status != want || after.Seq != before.Seq+1 || kind == "claim" && p.ClaimedBy != row.From {
			return false, describe(before, after)
		}
		return true, "problem " + string(p.Status)
	case "here", "leaving":
		p, _ := after.Person(row.From)
		if p == nil || after.Seq != before.Seq+1 || p.CheckedIn != (kind == "here") {
			return false, describe(before, after)
		}
		return true, kind
	case "ride":
		id, status, _ := strings.Cut(arg, "=")
		r, _ := after.Ride(id)
		if r == nil || string(r.Status) != status || after.Seq != before.Seq+1 {
			return false, describe(before, after)
		}
		return true, fmt.Sprintf("%s's ride is %s", r.Name, r.Status)
	}
	return false, "unknown expectation"
}

// describe says in a few words what changed between before and after.
func describe(before, after *night.Night) string {
	if after.Seq == before.Seq {
		return "nothing changed"
	}
	var out []string
	for i := range after.Jobs {
		if i < len(before.Jobs) && after.Jobs[i].Status != before.Jobs[i].Status {
			out = append(out, fmt.Sprintf("job %s is %s", after.Jobs[i].ID, after.Jobs[i].Status))
		}
	}
	for i := range after.Problems {
		p := after.Problems[i]
		if i >= len(before.Problems) {
			out = append(out, fmt.Sprintf("raised a %s problem", p.Kind))
		} else if before.Problems[i].Status != p.Status {
			out = append(out, fmt.Sprintf("problem %s is %s", p.ID, p.Status))
		}
	}
	for i := range after.People {
		if i < len(before.People) && after.People[i].CheckedIn != before.People[i].CheckedIn {
			out = append(out, fmt.Sprintf("%s checked in: %v", after.People[i].ID, after.People[i].CheckedIn))
		}
	}
	for i := range after.Rides {
		if i < len(before.Rides) && after.Rides[i].Status != before.Rides[i].Status {
			out = append(out, fmt.Sprintf("ride %s is %s", after.Rides[i].ID, after.Rides[i].Status))
		}
	}
	if len(out) == 0 {
		return "the night changed"
	}
	return strings.Join(out, ", ")
}

func jobByID(n *night.Night, id string) *night.Job {
	for i := range n.Jobs {
		if n.Jobs[i].ID == id {
			return &n.Jobs[i]
		}
	}
	return nil
}
