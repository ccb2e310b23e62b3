//go:build hunt4

package understand_test

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/understand/corpus"
)

// TestHunt4Scratch reads the harm hunt's texts (testdata/hunt4/cases.tsv,
// or HUNT4_CASES): night, setup, from, text, want, on the made-up nights in
// testdata/hunt4. Setup is a comma list: done:<job>[@who], doing:<job>,
// in[:who], late:<ride>, gone:<ride>, alert (a spill texted to the
// sender), claim (a spill the sender holds), now:HH:MM. Want is "" (change
// nothing), "!kind" or "!kind:arg" (anything but), or an expectation;
// " OR " joins choices. It prints HARM (changed the night wrongly), MISS
// (changed nothing where a change was wanted) and a total. Run it with
//
//	go test -tags hunt4 -run TestHunt4Scratch -v ./sms/understand/
//
// It is a tool for hunting wrong actions, not a test that fails.
func TestHunt4Scratch(t *testing.T) {
	path := os.Getenv("HUNT4_CASES")
	if path == "" {
		path = "../../testdata/hunt4/cases.tsv"
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	nights := map[string]*night.Night{}
	sc := bufio.NewScanner(f)
	var harm, miss, ok, total int
	verbose := os.Getenv("HUNT4_V") != ""
	line := 0
	nightName := ""
	for sc.Scan() {
		line++
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		if len(cols) < 4 {
			t.Fatalf("line %d: %q", line, l)
		}
		for len(cols) < 5 {
			cols = append(cols, "")
		}
		if cols[0] != "" {
			nightName = cols[0]
		}
		base, okN := nights[nightName]
		if !okN {
			p, err := corpus.LoadPlan("../../testdata/hunt4/" + nightName + ".json")
			if err != nil {
				t.Fatal(err)
			}
			base = night.NewNight(p)
			nights[nightName] = base
		}
		from, text, want := cols[2], cols[3], cols[4]
		n := base
		ctx := understand.Context{Now: "19:30"}
		for _, s := range strings.Split(cols[1], ",") {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			k, v, _ := strings.Cut(s, ":")
			who := from
			if x, y, has := strings.Cut(v, "@"); has {
				v, who = x, y
			}
			switch k {
			case "now":
				ctx.Now = v
			case "done", "doing":
				j := 0
				for _, jj := range n.Jobs {
					if jj.ID == v {
						j = jj.Number
					}
				}
				typ := night.CmdDone
				if k == "doing" {
					typ = night.CmdDoing
				}
				n = MustApply(t, n, night.Command{Type: typ, By: who, Job: j})
			case "in":
				if v != "" && !strings.Contains(s, "@") {
					who = v
				}
				n = MustApply(t, n, night.Command{Type: night.CmdCheckIn, By: who, Person: who})
			case "late":
				n = MustApply(t, n, night.Command{Type: night.CmdRideLate, By: from, Ride: v})
			case "gone":
				n = MustApply(t, n, night.Command{Type: night.CmdRideGone, By: from, Ride: v})
			case "alert":
				n, ctx = WithAlertBy(t, n, someoneOn(n, from), "Drink spilt by the bar")
			case "claim":
				n, ctx = WithClaimBy(t, n, from, someoneOn(n, from))
			default:
				t.Fatalf("line %d: setup %q", line, s)
			}
		}
		total++
		in, why := understand.Explain(text, n, from, ctx)
		got := in.Expect(n)
		good := false
		isNot := false
		for _, w := range strings.Split(want, " OR ") {
			not, neg := strings.CutPrefix(w, "!")
			isNot = isNot || neg
			switch {
			case w == "":
				good = good || !changesNight(in)
			case neg && strings.Contains(not, ":"):
				good = good || got != not
			case neg:
				good = good || !strings.HasPrefix(got, not)
			default:
				good = good || Matches(got, w)
			}
		}
		tag := "OK  "
		if !good {
			if changesNight(in) && hunt4Changes(n, from, in, ctx.LastAlertProblem) {
				tag = "HARM"
				harm++
			} else if want == "" || isNot {
				tag = "OK  "
			} else {
				tag = "MISS"
				miss++
			}
		}
		if tag == "OK  " {
			ok++
		}
		if tag != "OK  " || verbose {
			fmt.Printf("%s %d %s/%s %q got %s%s want %s\n", tag, line, nightName, from, text, got, map[bool]string{true: "(" + in.Person + in.Problem + ")", false: ""}[in.Person+in.Problem != ""], want)
			if os.Getenv("HUNT4_WHY") != "" {
				for _, w := range why {
					fmt.Printf("      %s\n", w)
				}
			}
		}
	}
	fmt.Printf("total %d ok %d harm %d miss %d\n", total, ok, harm, miss)
}

func someoneOn(n *night.Night, id string) string {
	for _, p := range n.People {
		if p.ID != id {
			return p.ID
		}
	}
	return id
}

func hunt4Changes(n *night.Night, sender string, in understand.Intent, alert string) bool {
	c := night.Command{By: sender, Source: night.FromSMS}
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
		return false
	}
	_, _, err := night.Apply(n, c)
	return err == nil
}
