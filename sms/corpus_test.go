package sms_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/night"
)

type corpusRow struct{ from, text, expect string }

func loadCorpus(t testing.TB) []corpusRow {
	t.Helper()
	var rows []corpusRow
	for _, r := range testhub.Corpus(t) {
		rows = append(rows, corpusRow{r.From, r.Text, r.Expect})
	}
	return rows
}

// someoneElse is a team member who is not id.
func someoneElse(id string) string {
	if id == "kim" {
		return "sam"
	}
	return "kim"
}

// TestWebhook_Corpus sends every corpus text through the real, signed
// webhook over HTTP and checks the change it made to the night.
func TestWebhook_Corpus(t *testing.T) {
	rows := loadCorpus(t)
	rdb := MiniRedis(t)
	passed := 0
	longest, longestText := 0, ""
	for _, row := range rows {
		ok := t.Run(row.from+"/"+row.text, func(t *testing.T) {
			e := NewEnv(t, EnvOptions{RDB: rdb, Token: "test-auth-token-123"})
			// What the row needs beforehand.
			var problem string
			switch {
			case row.expect == "claim":
				res := e.MustApply(night.Command{Type: night.CmdRaise, By: someoneElse(row.from), Kind: night.Spill, Text: "Drink spilt by the bar"})
				problem = res.Event.Problem.ID
			case row.expect == "sorted":
				res := e.MustApply(night.Command{Type: night.CmdRaise, By: someoneElse(row.from), Kind: night.Spill, Text: "Drink spilt by the bar"})
				problem = res.Event.Problem.ID
				e.MustApply(night.Command{Type: night.CmdClaim, By: row.from, Problem: problem})
			case row.expect == "undo":
				job := e.MustNight().JobsOf(row.from)[0]
				e.MustApply(night.Command{Type: night.CmdDone, By: row.from, Job: job, Source: night.FromSMS})
			case row.expect == "leaving":
				e.MustApply(night.Command{Type: night.CmdCheckIn, By: row.from})
			}
			before := e.MustNight()
			reply := e.Text(row.from, row.text)
			after := e.MustNight()
			t.Logf("%s: %q -> %q", row.from, row.text, reply)
			if n := len(reply); n > longest {
				longest, longestText = n, reply
			}
			checkExpect(t, row, before, after, problem, reply)
		})
		if ok {
			passed++
		}
	}
	t.Logf("corpus score: %d/%d rows pass end to end", passed, len(rows))
	t.Logf("longest corpus reply (%d chars): %q", longest, longestText)
}

func checkExpect(t *testing.T, row corpusRow, before, after *night.Night, problem, reply string) {
	t.Helper()
	kind, arg, _ := strings.Cut(row.expect, ":")
	changed := after.Seq != before.Seq
	switch kind {
	case "jobs", "status", "none":
		if changed {
			t.Errorf("want no change, seq went %d -> %d", before.Seq, after.Seq)
		}
		if kind == "jobs" && !strings.Contains(reply, "job") {
			t.Errorf("a jobs reply should list jobs: %q", reply)
		}
		if kind == "status" && !strings.Contains(reply, ":") {
			t.Errorf("a status reply should give a time: %q", reply)
		}
	case "done", "doing":
		j := jobByID(t, after, arg)
		want := night.Done
		if kind == "doing" {
			want = night.Doing
		}
		if j.Status != want {
			t.Errorf("job %s is %s, want %s", arg, j.Status, want)
		}
		if kind == "done" && j.DoneBy != row.from {
			t.Errorf("job %s done by %q, want %q", arg, j.DoneBy, row.from)
		}
	case "undo":
		if after.Seq != before.Seq+1 {
			t.Fatalf("want one change")
		}
		job, _ := after.Job(after.JobsOf(row.from)[0])
		if job.Status == night.Done {
			t.Errorf("undo did not take back job %d", job.Number)
		}
	case "problem":
		if len(after.Problems) != len(before.Problems)+1 {
			t.Fatalf("want a new problem, have %d then %d", len(before.Problems), len(after.Problems))
		}
		p := after.Problems[len(after.Problems)-1]
		if arg != "any" && string(p.Kind) != arg {
			t.Errorf("problem kind %s, want %s (%q)", p.Kind, arg, p.Text)
		}
		if p.RaisedBy != row.from {
			t.Errorf("raised by %s, want %s", p.RaisedBy, row.from)
		}
		if !strings.Contains(reply, "told") && !strings.Contains(reply, "screen") {
			t.Errorf("reply should say who was told: %q", reply)
		}
		if (p.Kind == night.Unwell || p.Kind == night.Missing) && !strings.Contains(reply, "999") {
			t.Errorf("reply should mention 999: %q", reply)
		}
	case "claim":
		p, _ := after.Problem(problem)
		if p.Status != night.Claimed || p.ClaimedBy != row.from {
			t.Errorf("problem is %s by %q, want claimed by %s", p.Status, p.ClaimedBy, row.from)
		}
	case "sorted":
		p, _ := after.Problem(problem)
		if p.Status != night.Sorted {
			t.Errorf("problem is %s, want sorted", p.Status)
		}
	case "here", "leaving":
		p, _ := after.Person(row.from)
		if p.CheckedIn != (kind == "here") {
			t.Errorf("checked_in is %v", p.CheckedIn)
		}
	case "ride":
		id, status, _ := strings.Cut(arg, "=")
		r, _ := after.Ride(id)
		if string(r.Status) != status {
			t.Errorf("ride %s is %s, want %s", id, r.Status, status)
		}
	default:
		t.Fatalf("unknown expectation %q", row.expect)
	}
}

func jobByID(t *testing.T, n *night.Night, id string) *night.Job {
	t.Helper()
	for i := range n.Jobs {
		if n.Jobs[i].ID == id {
			return &n.Jobs[i]
		}
	}
	t.Fatalf("no job %s", id)
	return nil
}
