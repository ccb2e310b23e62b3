package dashboard_test

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// On a night that has started, saving the plan with a volunteer added,
// someone taken off and a job given to someone else keeps every tick: the
// changes go through the hub as the live page's commands. A change no
// command can make still asks to start the night again, and says why.
func TestPlan_LiveEditKeepsTicks(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t)})
	c := e.client()
	c.signIn(kimPhone)
	e.apply(night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdRaise, By: "sam", Kind: night.Spill, Source: night.FromSMS})

	load := func() night.Plan {
		t.Helper()
		var got struct {
			Plan night.Plan `json:"plan"`
		}
		if err := json.Unmarshal([]byte(c.get("/dashboard/api/plan/"+e.night.ID).Body), &got); err != nil {
			t.Fatal(err)
		}
		return got.Plan
	}
	p := load()
	p.People = append(p.People, night.PlanPerson{ID: "vic", Name: "Vic", Phone: "07700 900555", Roles: []string{"volunteer"}})
	p.People = slices.DeleteFunc(p.People, func(pp night.PlanPerson) bool { return pp.ID == "leon" })
	for i := range p.Jobs {
		p.Jobs[i].Who = slices.DeleteFunc(p.Jobs[i].Who, func(w string) bool { return w == "leon" })
		if p.Jobs[i].ID == "bar" {
			p.Jobs[i].Who = append(p.Jobs[i].Who, "vic")
		}
	}
	p.Jobs = append(p.Jobs, night.PlanJob{ID: "balloons", Title: "Blow up balloons", Phase: night.Setup, Who: []string{"vic"}})
	body, _ := json.Marshal(map[string]any{"plan": p})
	if r := c.postJSON("/dashboard/api/plan/"+e.night.ID, string(body), true); r.Status != http.StatusOK {
		t.Fatalf("saving a live night's team: %d %s", r.Status, r.Body)
	}
	n := e.state(e.night.ID)
	if j, _ := n.Job(1); j.Status != night.Done || j.DoneBy != "tom" {
		t.Errorf("job 1 lost its tick: %s by %q", j.Status, j.DoneBy)
	}
	if len(n.Problems) != 1 {
		t.Errorf("the problem was lost: %d problems", len(n.Problems))
	}
	vic, ok := n.Person("vic")
	if !ok || vic.Phone != "+447700900555" {
		t.Fatalf("Vic was not added: %+v", vic)
	}
	if _, ok := n.Person("leon"); ok {
		t.Errorf("Leon is still on the team")
	}
	for _, j := range n.Jobs {
		if slices.Contains(j.Who, "leon") {
			t.Errorf("Leon is still down for job %d", j.Number)
		}
		if j.Title == "Bar" || j.ID == "bar" {
			if !slices.Contains(j.Who, "vic") {
				t.Errorf("the bar job is for %v, want Vic too", j.Who)
			}
		}
	}
	if j := n.Jobs[len(n.Jobs)-1]; j.Title != "Blow up balloons" || !slices.Equal(j.Who, []string{"vic"}) {
		t.Errorf("the new job is %+v", j)
	}

	// A new running order cannot be made live: it asks, and says why.
	p = load()
	p.Timeline[0].Title = "Doors open early"
	body, _ = json.Marshal(map[string]any{"plan": p})
	r := c.postJSON("/dashboard/api/plan/"+e.night.ID, string(body), true)
	if r.Status != http.StatusConflict || !strings.Contains(r.Body, "the running order") {
		t.Fatalf("changing the running order: %d %s", r.Status, r.Body)
	}
	if j, _ := e.state(e.night.ID).Job(1); j.Status != night.Done {
		t.Errorf("a refused save lost a tick")
	}
}
