package corpus

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// Result is how one row went.
type Result struct {
	Row     Row
	Intent  understand.Intent
	Why     []string // how the text was read
	Outcome Outcome
	Detail  string // what happened, in a few words
}

// At is the time texts are read at by Run: the evening of the night, so
// "what's next" has an answer.
var At = time.Date(2026, 12, 5, 19, 30, 0, 0, time.UTC)

// Run reads every row on a fresh copy of n (prepared by Setup) with
// understand.Explain, does what the reading asks without I/O, and judges
// it. It is what `clubnight understand` prints; the webhook tests judge
// the same rows through the real service.
func Run(rows []Row, n *night.Night, ctx understand.Context) ([]Result, error) {
	var out []Result
	for _, row := range rows {
		before, alert, err := Setup(n, row).Apply(n, At)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", row.Line, err)
		}
		c := ctx
		c.LastAlertProblem = alert
		in, why := understand.Explain(row.Text, before, row.From, c)
		after := act(before, row.From, in, alert)
		o, detail := Judge(row, before, after, alert, in.Kind)
		out = append(out, Result{Row: row, Intent: in, Why: why, Outcome: o, Detail: detail})
	}
	return out, nil
}

// act does what in asks on n, like the SMS service does, and returns the
// new night (n itself when nothing changed or the night said no).
func act(n *night.Night, sender string, in understand.Intent, alert string) *night.Night {
	c := night.Command{By: sender, Source: night.FromSMS, At: At}
	switch in.Kind {
	case understand.Done:
		c.Type, c.Job = night.CmdDone, in.Job
	case understand.Doing:
		c.Type, c.Job = night.CmdDoing, in.Job
	case understand.Undo:
		c.Type = night.CmdUndo
	case understand.Problem:
		c.Type, c.Kind, c.Text = night.CmdRaise, in.ProblemKind, in.Text
	case understand.Claim, understand.Sorted:
		c.Type, c.Problem = night.CmdClaim, in.Problem
		if in.Kind == understand.Sorted {
			c.Type = night.CmdSort
		}
		if c.Problem == "" {
			c.Problem = alert
		}
		if c.Problem == "" {
			if open := n.OpenProblems(); len(open) == 1 {
				c.Problem = open[0].ID
			}
		}
	case understand.Here:
		c.Type, c.Person = night.CmdCheckIn, in.Person
	case understand.Leaving:
		c.Type, c.Person = night.CmdCheckOut, in.Person
	case understand.Ride:
		c.Type, c.Ride = night.CmdRideGone, in.Ride
		if in.RideStatus == night.Late {
			c.Type = night.CmdRideLate
		}
	default:
		return n
	}
	m, _, err := night.Apply(n, c)
	if err != nil {
		return n
	}
	return m
}

// Tally counts outcomes per expectation kind ("done", "problem", ...) and
// in total ("all").
type Tally map[string]map[Outcome]int

// Count tallies results.
func Count(results []Result) Tally {
	t := Tally{}
	for _, r := range results {
		kind, _, _ := strings.Cut(r.Row.Expect, ":")
		for _, k := range []string{kind, "all"} {
			if t[k] == nil {
				t[k] = map[Outcome]int{}
			}
			t[k][r.Outcome]++
		}
	}
	return t
}

// Total is the number of rows counted under kind.
func (t Tally) Total(kind string) int {
	n := 0
	for _, c := range t[kind] {
		n += c
	}
	return n
}

// Rate is the share of kind's rows with outcome o, from 0 to 1.
func (t Tally) Rate(kind string, o Outcome) float64 {
	if t.Total(kind) == 0 {
		return 0
	}
	return float64(t[kind][o]) / float64(t.Total(kind))
}

// Write prints the table: one line per expectation kind, then all.
func (t Tally) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "expect\t")
	for _, o := range Outcomes {
		fmt.Fprintf(tw, "%s\t", o)
	}
	fmt.Fprint(tw, "texts\t\n")
	var kinds []string
	for k := range t {
		if k != "all" {
			kinds = append(kinds, k)
		}
	}
	sort.Strings(kinds)
	for _, k := range append(kinds, "all") {
		fmt.Fprintf(tw, "%s\t", k)
		for _, o := range Outcomes {
			fmt.Fprintf(tw, "%d\t", t[k][o])
		}
		fmt.Fprintf(tw, "%d\t\n", t.Total(k))
	}
	fmt.Fprintf(tw, "%%\t")
	for _, o := range Outcomes {
		fmt.Fprintf(tw, "%.1f\t", 100*t.Rate("all", o))
	}
	fmt.Fprint(tw, "\t\n")
	return tw.Flush()
}
