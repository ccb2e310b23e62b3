package night_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// TestApply_ListsAreNeverNull is issue 11 point 6: no command leaves a
// list as null in the state screens get, whatever it leaves out.
func TestApply_ListsAreNeverNull(t *testing.T) {
	for _, c := range []night.Command{
		{Type: night.CmdAssignJob, Job: 1},
		{Type: night.CmdAssignJob, Job: 1, Who: []string{}},
		{Type: night.CmdAddJob, Title: "Blow up balloons"},
		{Type: night.CmdAddPerson, Name: "Ash"},
		{Type: night.CmdAddRide, Name: "Jo", Time: "22:00"},
		{Type: night.CmdDone, By: "kim", Job: 2},
	} {
		t.Run(string(c.Type), func(t *testing.T) {
			n := night.NewNight(MustPlan(t))
			n.Jobs[0].Who = []string{"sam"}
			c.By = "kim"
			m, ev, err := night.Apply(n, Fill(c))
			if err != nil {
				t.Fatal(err)
			}
			for what, v := range map[string]any{"state": m, "public state": m.Public(), "event": ev} {
				data, _ := json.Marshal(v)
				if strings.Contains(string(data), "null") {
					t.Fatalf("the %s has a null: %s", what, data)
				}
			}
		})
	}
}

// TestApply_Bounds is issue 11 point 7: every text and list a command adds
// is bounded, with the same limits as a plan import, and a command over a
// limit is refused in plain words and changes nothing.
func TestApply_Bounds(t *testing.T) {
	long := strings.Repeat("x", 60<<10)
	base := night.NewNight(MustPlan(t))
	manyWho := make([]string, 0, 1000)
	for i := range 1000 {
		manyWho = append(manyWho, fmt.Sprintf("p%d", i))
	}
	manyRoles := make([]string, 200)
	for i := range manyRoles {
		manyRoles[i] = fmt.Sprintf("role%d", i)
	}
	for _, tc := range []struct {
		name string
		cmd  night.Command
	}{
		{"JobTitle", night.Command{Type: night.CmdAddJob, Title: long}},
		{"JobWho", night.Command{Type: night.CmdAddJob, Title: "ok", Who: manyWho}},
		{"AssignWho", night.Command{Type: night.CmdAssignJob, Job: 1, Who: manyWho}},
		{"RideName", night.Command{Type: night.CmdAddRide, Name: long, Time: "22:00"}},
		{"RidePickup", night.Command{Type: night.CmdAddRide, Name: "Jo", Pickup: long, Time: "22:00"}},
		{"RideNote", night.Command{Type: night.CmdAddRide, Name: "Jo", Note: long, Time: "22:00"}},
		{"PersonName", night.Command{Type: night.CmdAddPerson, Name: long}},
		{"PersonRoles", night.Command{Type: night.CmdAddPerson, Name: "Ash", Roles: manyRoles}},
		{"PersonRole", night.Command{Type: night.CmdAddPerson, Name: "Ash", Roles: []string{long}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.cmd.By = "kim"
			_, ev, err := night.Apply(base, Fill(tc.cmd))
			if night.ErrorCode(err) != night.Invalid || ev != nil {
				t.Fatalf("got %v (%v), want a refusal", err, ev)
			}
			if msg := night.ErrorMessage(err); len(msg) > 200 || strings.Contains(msg, "xxxxxxxxxx") {
				t.Fatalf("the message is not plain: %q", msg)
			}
		})
	}

	t.Run("ListsStopGrowing", func(t *testing.T) {
		for _, c := range []night.Command{
			{Type: night.CmdAddJob, Title: "Another job"},
			{Type: night.CmdAddRide, Name: "Jo", Time: "22:00"},
			{Type: night.CmdAddPerson, Name: "Ash"},
			{Type: night.CmdRaise, By: "sam", Text: "help"},
		} {
			c.By = "kim"
			n := base
			refused := false
			for i := 0; i < 5000; i++ {
				m, _, err := night.Apply(n, Fill(c))
				if err != nil {
					if night.ErrorCode(err) != night.Conflict {
						t.Fatalf("%s %d: %v", c.Type, i, err)
					}
					refused = true
					break
				}
				n = m
			}
			if !refused {
				t.Fatalf("5000 %s commands were all applied", c.Type)
			}
			data, _ := json.Marshal(n)
			if len(data) > 2<<20 {
				t.Fatalf("%s grew the night to %d KB", c.Type, len(data)>>10)
			}
		}
	})

	t.Run("PlanUsesTheSameLimits", func(t *testing.T) {
		for name, edit := range map[string]func(p *night.Plan){
			"title":  func(p *night.Plan) { p.Jobs[0].Title = long },
			"pickup": func(p *night.Plan) { p.Rides[0].Pickup = long },
			"note":   func(p *night.Plan) { p.Rides[0].Note = long },
			"name":   func(p *night.Plan) { p.People[0].Name = long },
			"roles":  func(p *night.Plan) { p.People[0].Roles = manyRoles },
			"venue":  func(p *night.Plan) { p.Venue = long },
			"jobs": func(p *night.Plan) {
				for i := len(p.Jobs); i <= night.MaxJobs; i++ {
					p.Jobs = append(p.Jobs, night.PlanJob{ID: fmt.Sprintf("j%d", i), Title: "x", Phase: night.During, Who: []string{}})
				}
			},
		} {
			p := MustPlan(t)
			edit(p)
			if err := p.Validate(); night.ErrorCode(err) != night.Invalid {
				t.Errorf("%s: a plan over the limit passed: %v", name, err)
			}
		}
	})
}
