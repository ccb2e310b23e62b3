package dashboard_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// editorPlan reads the editor's view of a night as c sees it.
func editorPlan(t *testing.T, c *client, id string) night.Plan {
	t.Helper()
	var got struct {
		Plan night.Plan `json:"plan"`
	}
	r := c.get("/dashboard/api/plan/" + id)
	if err := json.Unmarshal([]byte(r.Body), &got); err != nil {
		t.Fatalf("%d %v", r.Status, err)
	}
	return got.Plan
}

// withoutPerson takes id off the plan's team, jobs and briefing.
func withoutPerson(p *night.Plan, id string) {
	gone := func(w string) bool { return w == id }
	p.People = slices.DeleteFunc(p.People, func(pp night.PlanPerson) bool { return pp.ID == id })
	for i := range p.Jobs {
		p.Jobs[i].Who = slices.DeleteFunc(p.Jobs[i].Who, gone)
	}
	for i := range p.Briefing {
		p.Briefing[i].Who = slices.DeleteFunc(p.Briefing[i].Who, gone)
	}
}

func setOrganiser(p *night.Plan, id string, on bool) {
	for i := range p.People {
		if p.People[i].ID != id {
			continue
		}
		p.People[i].Roles = slices.DeleteFunc(slices.Clone(p.People[i].Roles), func(r string) bool { return r == night.RoleOrganiser })
		if on {
			p.People[i].Roles = append(p.People[i].Roles, night.RoleOrganiser)
		}
	}
}

// TestRoles_NonOrganiserCannotRaiseRights is issue 11 point 1: a team
// member who is not an organiser must never make anyone (themselves
// included) an organiser, nor take the role away (which would leave nobody,
// and so everyone, an organiser), by any road: the plan editor, an import,
// a copy or add_person.
func TestRoles_NonOrganiserCannotRaiseRights(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t)})
	sam := e.client() // committee, not an organiser
	sam.signIn(samPhone)
	id := e.night.ID

	stillPlain := func(t *testing.T) {
		t.Helper()
		n := e.state(id)
		if p, _ := n.Person("sam"); p.HasRole(night.RoleOrganiser) {
			t.Fatal("Sam made himself an organiser")
		}
		if p, _ := n.Person("kim"); !p.HasRole(night.RoleOrganiser) {
			t.Fatal("Kim lost the organiser role")
		}
		if r := sam.get("/dashboard/api/me"); strings.Contains(r.Body, `"organiser":true`) {
			t.Fatalf("me says organiser: %s", r.Body)
		}
		if r := sam.get("/api/live"); strings.Contains(r.Body, "+4477") {
			t.Fatal("a non-organiser read phone numbers")
		}
	}

	t.Run("Editor", func(t *testing.T) {
		p := editorPlan(t, sam, id)
		setOrganiser(&p, "sam", true)
		body, _ := json.Marshal(map[string]any{"plan": p})
		r := sam.postJSON("/dashboard/api/plan/"+id, string(body), true)
		if r.Status != http.StatusForbidden || !strings.Contains(r.Body, "organiser") {
			t.Fatalf("save with a new organiser: %d %s, want 403", r.Status, r.Body)
		}
		stillPlain(t)
	})
	t.Run("EditorTakesRoleAway", func(t *testing.T) {
		p := editorPlan(t, sam, id)
		setOrganiser(&p, "kim", false)
		body, _ := json.Marshal(map[string]any{"plan": p})
		if r := sam.postJSON("/dashboard/api/plan/"+id, string(body), true); r.Status != http.StatusForbidden {
			t.Fatalf("save without the organiser: %d %s, want 403", r.Status, r.Body)
		}
		stillPlain(t)
	})
	t.Run("EditorRemovesTheOrganiser", func(t *testing.T) {
		p := editorPlan(t, sam, id)
		withoutPerson(&p, "kim")
		body, _ := json.Marshal(map[string]any{"plan": p})
		if r := sam.postJSON("/dashboard/api/plan/"+id, string(body), true); r.Status != http.StatusForbidden {
			t.Fatalf("save without Kim: %d %s, want 403", r.Status, r.Body)
		}
		stillPlain(t)
	})
	t.Run("OtherRolesStillWork", func(t *testing.T) {
		p := editorPlan(t, sam, id)
		for i := range p.People {
			if p.People[i].ID == "sam" {
				p.People[i].Roles = append(p.People[i].Roles, "door")
			}
		}
		body, _ := json.Marshal(map[string]any{"plan": p})
		if r := sam.postJSON("/dashboard/api/plan/"+id, string(body), true); r.Status != http.StatusOK {
			t.Fatalf("save with a new label: %d %s", r.Status, r.Body)
		}
		if p, _ := e.state(id).Person("sam"); !p.HasRole("door") {
			t.Fatal("the label was not saved")
		}
		stillPlain(t)
	})
	t.Run("Import", func(t *testing.T) {
		p := editorPlan(t, sam, id)
		setOrganiser(&p, "sam", true)
		data, _ := json.Marshal(p)
		r := sam.post("/dashboard/nights/import", url.Values{"plan": {string(data)}, "restart": {"yes"}})
		if r.Status != http.StatusForbidden {
			t.Fatalf("import: %d, want 403", r.Status)
		}
		p.ID, p.Date = "2027-01-02", "2027-01-02"
		data, _ = json.Marshal(p)
		if r := sam.post("/dashboard/nights/import", url.Values{"plan": {string(data)}}); r.Status != http.StatusForbidden {
			t.Fatalf("import of a new night naming Sam organiser: %d, want 403", r.Status)
		}
		stillPlain(t)
	})
	t.Run("CopyOfANightWithNoOrganiserCannotGoLive", func(t *testing.T) {
		// An old night nobody was organiser on: going live with a copy of
		// it would make everyone an organiser.
		old := mustPlan(t, nil)
		old.ID, old.Date = "2026-11-07", "2026-11-07"
		if _, err := e.hub.Import(t.Context(), old, "", night.FromAPI); err != nil {
			t.Fatal(err)
		}
		sam.get("/dashboard/nights")
		r := sam.post("/dashboard/nights/copy", url.Values{"from": {old.ID}, "date": {"2027-02-06"}})
		if r.Status != http.StatusSeeOther {
			t.Fatalf("copy: %d", r.Status)
		}
		sam.get("/dashboard/nights")
		if r := sam.post("/dashboard/nights/live", url.Values{"night": {"2027-02-06"}}); r.Status != http.StatusForbidden {
			t.Fatalf("live: %d, want 403", r.Status)
		}
		req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/api/nights/2027-02-06/live", nil)
		req.Header.Set("X-CSRF-Token", sam.csrf)
		if r := sam.do(req); r.Status != http.StatusForbidden {
			t.Fatalf("live through the API: %d, want 403", r.Status)
		}
		if live, _ := e.hub.LiveID(t.Context()); live != id {
			t.Fatalf("live is %s", live)
		}
		stillPlain(t)
	})
	t.Run("AddPerson", func(t *testing.T) {
		cmd := `{"type":"add_person","name":"Boss","roles":["organiser"]}`
		if r := sam.postJSON("/api/nights/"+id+"/commands", cmd, true); r.Status != http.StatusForbidden {
			t.Fatalf("add_person: %d %s", r.Status, r.Body)
		}
		stillPlain(t)
	})
}

// Once a night has started, saving its plan applies the changes as
// commands (liveedit.go); a member who is not an organiser must not get
// round the rule that way: no new organiser, no organiser removed.
func TestRoles_LiveEditCannotRaiseRights(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t)})
	sam := e.client() // committee, not an organiser
	sam.signIn(samPhone)
	id := e.night.ID
	e.apply(night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk}) // the night has started
	before := e.state(id).Seq

	t.Run("NewOrganiser", func(t *testing.T) {
		p := editorPlan(t, sam, id)
		p.People = append(p.People, night.PlanPerson{ID: "vic", Name: "Vic", Roles: []string{night.RoleOrganiser}})
		body, _ := json.Marshal(map[string]any{"plan": p})
		if r := sam.postJSON("/dashboard/api/plan/"+id, string(body), true); r.Status != http.StatusForbidden {
			t.Fatalf("a new organiser on a started night: %d %s, want 403", r.Status, r.Body)
		}
	})
	t.Run("OrganiserRemoved", func(t *testing.T) {
		p := editorPlan(t, sam, id)
		withoutPerson(&p, "kim")
		body, _ := json.Marshal(map[string]any{"plan": p})
		if r := sam.postJSON("/dashboard/api/plan/"+id, string(body), true); r.Status != http.StatusForbidden {
			t.Fatalf("the organiser removed on a started night: %d %s, want 403", r.Status, r.Body)
		}
	})
	n := e.state(id)
	if _, ok := n.Person("vic"); ok {
		t.Error("Vic was added")
	}
	if p, ok := n.Person("kim"); !ok || !p.HasRole(night.RoleOrganiser) {
		t.Error("Kim is no longer an organiser")
	}
	if n.Seq != before {
		t.Errorf("the night changed: seq %d, was %d", n.Seq, before)
	}
}
