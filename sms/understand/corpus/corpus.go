// Package corpus measures how well texts are understood: it reads a table
// of texts with what each should do (the SMS corpus format), prepares the
// night each text needs, and judges what was done as right, asked, passed
// on, missed or wrong. Only Load reads files; the rest is pure, and the
// caller decides how a text is sent (straight to understand, or through
// the webhook).
package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/clubnight/clubnight/night"
)

// Row is one text and what it should do. Expect uses the corpus grammar:
// jobs, status, none, done:<job id>, doing:<job id>, undo,
// problem:<kind|any>, claim, sorted, here, leaving, ride:<ride id>=<status>.
type Row struct {
	Line   int
	From   string
	Text   string
	Expect string
}

// Parse reads a tab-separated table with the columns from, text, expect
// and a header line. Lines starting with # and blank lines are skipped.
func Parse(r io.Reader) ([]Row, error) {
	var rows []Row
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		cols := strings.Split(s, "\t")
		if len(cols) < 3 {
			return nil, fmt.Errorf("line %d: want 3 columns split by tabs (from, text, expect), have %d", line, len(cols))
		}
		if line == 1 && cols[0] == "from" {
			continue
		}
		row := Row{Line: line, From: strings.TrimSpace(cols[0]), Text: cols[1], Expect: strings.TrimSpace(cols[2])}
		if err := checkExpect(row.Expect); err != nil {
			return nil, fmt.Errorf("line %d: %v", line, err)
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return rows, nil
}

func checkExpect(e string) error {
	kind, arg, _ := strings.Cut(e, ":")
	switch kind {
	case "jobs", "status", "none", "undo", "claim", "sorted", "here", "leaving":
		if arg == "" {
			return nil
		}
	case "done", "doing", "problem":
		if arg != "" {
			return nil
		}
	case "ride":
		if id, st, ok := strings.Cut(arg, "="); ok && id != "" && (st == "gone" || st == "late") {
			return nil
		}
	}
	return fmt.Errorf("expectation %q is not one of jobs, status, none, done:<job>, doing:<job>, undo, problem:<kind>, claim, sorted, here, leaving, ride:<id>=gone", e)
}

// CheckNight reports rows that name a sender, job or ride n does not have.
func CheckNight(rows []Row, n *night.Night) error {
	for _, r := range rows {
		if _, ok := n.Person(r.From); !ok {
			return fmt.Errorf("line %d: nobody on the night has the id %q", r.Line, r.From)
		}
		kind, arg, _ := strings.Cut(r.Expect, ":")
		switch kind {
		case "done", "doing":
			if jobNumber(n, arg) == 0 {
				return fmt.Errorf("line %d: the night has no job %q", r.Line, arg)
			}
		case "ride":
			id, _, _ := strings.Cut(arg, "=")
			if _, ok := n.Ride(id); !ok {
				return fmt.Errorf("line %d: the night has no ride %q", r.Line, id)
			}
		}
	}
	return nil
}

// Before is what happens on the night before the row's text is sent, so
// the text makes sense: an open problem texted to the sender for a claim,
// a problem the sender holds for sorted, a job they just ticked for undo,
// and being checked in for leaving.
type Before struct {
	// Commands to apply in order. Problem ids are the night's next ids.
	Commands []night.Command
	// AlertRaised says the first command raises the problem that was
	// texted to the sender.
	AlertRaised bool
}

// Setup is what row needs beforehand on n.
func Setup(n *night.Night, row Row) Before {
	other := someoneElse(n, row.From)
	raise := night.Command{Type: night.CmdRaise, By: other, Kind: night.Spill, Text: "Drink spilt by the bar"}
	switch row.Expect {
	case "claim":
		return Before{Commands: []night.Command{raise}, AlertRaised: true}
	case "sorted":
		return Before{Commands: []night.Command{raise, {Type: night.CmdClaim, By: row.From}}, AlertRaised: true}
	case "undo":
		if jobs := n.JobsOf(row.From); len(jobs) > 0 {
			return Before{Commands: []night.Command{{Type: night.CmdDone, By: row.From, Job: jobs[0], Source: night.FromSMS}}}
		}
	case "leaving":
		return Before{Commands: []night.Command{{Type: night.CmdCheckIn, By: row.From}}}
	}
	return Before{}
}

// Apply runs b on n without I/O and returns the new night and the id of
// the problem texted to the sender, if any. Claim commands with no problem
// take the one just raised.
func (b Before) Apply(n *night.Night, at time.Time) (*night.Night, string, error) {
	alert := ""
	for _, c := range b.Commands {
		if c.Type == night.CmdClaim && c.Problem == "" {
			c.Problem = alert
		}
		if c.At.IsZero() {
			c.At = at
		}
		m, ev, err := night.Apply(n, c)
		if err != nil {
			return nil, "", fmt.Errorf("before the text: %s: %w", c.Type, err)
		}
		n = m
		if c.Type == night.CmdRaise && ev != nil && ev.Problem != nil && alert == "" {
			alert = ev.Problem.ID
		}
	}
	return n, alert, nil
}

// someoneElse is the first person on the night who is not id.
func someoneElse(n *night.Night, id string) string {
	for _, p := range n.People {
		if p.ID != id {
			return p.ID
		}
	}
	return id
}

func jobNumber(n *night.Night, id string) int {
	for _, j := range n.Jobs {
		if j.ID == id {
			return j.Number
		}
	}
	return 0
}
