package dashboard_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/night"
)

func TestCSRF(t *testing.T) {
	e := newEnv(t, envOptions{})
	other := mustPlan(t, nil)
	other.ID = "next"
	if _, err := e.hub.Import(t.Context(), other, "", night.FromAPI); err != nil {
		t.Fatal(err)
	}
	c := e.client()
	c.signIn(kimPhone)
	live := url.Values{"night": {"next"}, "confirm": {"yes"}}

	t.Run("FormWithoutToken", func(t *testing.T) {
		vals := url.Values{"night": {"next"}, "csrf": {""}}
		if r := c.post("/dashboard/nights/live", vals); r.Status != http.StatusForbidden {
			t.Fatalf("%d, want 403", r.Status)
		}
	})
	t.Run("FormWithWrongToken", func(t *testing.T) {
		vals := url.Values{"night": {"next"}, "csrf": {strings.Repeat("A", 43)}}
		if r := c.post("/dashboard/nights/live", vals); r.Status != http.StatusForbidden {
			t.Fatalf("%d, want 403", r.Status)
		}
	})
	t.Run("FormFromAnotherSite", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/dashboard/nights/live",
			strings.NewReader(url.Values{"night": {"next"}, "csrf": {c.csrf}}.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("Origin", "https://evil.example")
		if r := c.do(req); r.Status != http.StatusForbidden {
			t.Fatalf("%d, want 403", r.Status)
		}
	})
	t.Run("ScriptWithoutHeader", func(t *testing.T) {
		body := `{"plan":{"id":"next","title":"x","date":"","venue":"","people":[],"jobs":[],"timeline":[],"briefing":[],"rides":[]}}`
		if r := c.postJSON("/dashboard/api/plan/next", body, false); r.Status != http.StatusForbidden {
			t.Fatalf("%d, want 403", r.Status)
		}
	})
	t.Run("JSONAPIWithSessionButNoHeader", func(t *testing.T) {
		cmd := `{"type":"check_in","person":"sam"}`
		if r := c.postJSON("/api/nights/"+e.night.ID+"/commands", cmd, false); r.Status != http.StatusForbidden {
			t.Fatalf("%d, want 403: %s", r.Status, r.Body)
		}
		if r := c.postJSON("/api/nights/"+e.night.ID+"/commands", cmd, true); r.Status != http.StatusOK {
			t.Fatalf("with the header: %d, want 200: %s", r.Status, r.Body)
		}
		n := e.state(e.night.ID)
		last := n.Activity[len(n.Activity)-1]
		if last.By != "kim" || last.Source != night.FromDashboard {
			t.Fatalf("recorded as %q from %q, want kim from the dashboard", last.By, last.Source)
		}
	})
	t.Run("FormWithToken", func(t *testing.T) {
		if r := c.post("/dashboard/nights/live", live); r.Status != http.StatusSeeOther {
			t.Fatalf("%d, want 303", r.Status)
		}
		if id, _ := e.hub.LiveID(t.Context()); id != "next" {
			t.Fatalf("live is %q", id)
		}
	})
}

func TestOrganiserRole(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t)})
	sam := e.client() // committee, not an organiser
	sam.signIn(samPhone)
	kim := e.client() // organiser
	kim.signIn(kimPhone)
	id := e.night.ID

	t.Run("PlanHidesPhones", func(t *testing.T) {
		r := sam.get("/dashboard/api/plan/" + id)
		if r.Status != http.StatusOK || strings.Contains(r.Body, "+4477") {
			t.Fatalf("%d, phones shown to a non-organiser: %s", r.Status, snippet(r.Body))
		}
		if r := kim.get("/dashboard/api/plan/" + id); !strings.Contains(r.Body, "07700 900106") {
			t.Fatalf("organiser does not see phones: %s", snippet(r.Body))
		}
	})
	t.Run("ExportNeedsOrganiser", func(t *testing.T) {
		if r := sam.get("/dashboard/export/" + id + ".json"); r.Status != http.StatusForbidden || strings.Contains(r.Body, "+4477") {
			t.Fatalf("non-organiser export: %d", r.Status)
		}
		r := kim.get("/dashboard/export/" + id + ".json")
		if r.Status != http.StatusOK || !strings.Contains(r.Body, kimPhone) {
			t.Fatalf("organiser export: %d", r.Status)
		}
		if !strings.Contains(r.Header.Get("Content-Disposition"), "attachment") {
			t.Fatalf("export is not a download: %v", r.Header)
		}
		if _, err := night.ParsePlan([]byte(r.Body)); err != nil {
			t.Fatalf("the export does not import: %v", err)
		}
	})
	t.Run("PagesHidePhones", func(t *testing.T) {
		for _, p := range []string{"/dashboard", "/dashboard/nights", "/dashboard/plan/" + id, "/dashboard/report/" + id,
			"/dashboard/report/" + id + ".csv", "/api/nights/" + id} {
			if r := sam.get(p); strings.Contains(r.Body, "+4477") {
				t.Errorf("%s shows a phone number to a non-organiser", p)
			}
		}
		if r := sam.get("/dashboard/nights"); strings.Contains(r.Body, "Download the plan") {
			t.Error("the nights page offers a non-organiser the download")
		}
	})
	t.Run("NonOrganiserSaveKeepsPhones", func(t *testing.T) {
		var got struct {
			Plan night.Plan `json:"plan"`
		}
		if err := json.Unmarshal([]byte(sam.get("/dashboard/api/plan/"+id).Body), &got); err != nil {
			t.Fatal(err)
		}
		got.Plan.Title = "Renamed by Sam"
		got.Plan.People[0].Phone = "+447700900999" // ignored: not an organiser
		got.Plan.People = append(got.Plan.People, night.PlanPerson{ID: "newbie", Name: "Newbie", Phone: "07700 900888", Roles: []string{}})
		body, _ := json.Marshal(map[string]any{"plan": got.Plan})
		if r := sam.postJSON("/dashboard/api/plan/"+id, string(body), true); r.Status != http.StatusOK {
			t.Fatalf("save: %d %s", r.Status, r.Body)
		}
		n := e.state(id)
		if n.Title != "Renamed by Sam" {
			t.Fatalf("title %q", n.Title)
		}
		if p, _ := n.Person("sam"); p.Phone != samPhone {
			t.Fatalf("Sam's phone is %q, want it kept as %s", p.Phone, samPhone)
		}
		if p, _ := n.Person("newbie"); p == nil || p.Phone != "" {
			t.Fatalf("a non-organiser added a phone number: %+v", p)
		}
	})
	t.Run("WipeNeedsOrganiser", func(t *testing.T) {
		if r := sam.post("/dashboard/nights/wipe", url.Values{"night": {id}}); r.Status != http.StatusForbidden {
			t.Fatalf("non-organiser wipe: %d", r.Status)
		}
	})
}

func TestOrganiserRole_NobodyYet(t *testing.T) {
	e := newEnv(t, envOptions{}) // the fixture has no organiser
	c := e.client()
	c.signIn(samPhone)
	if r := c.get("/dashboard/export/" + e.night.ID + ".json"); r.Status != http.StatusOK {
		t.Fatalf("with no organiser on the team, export: %d, want 200", r.Status)
	}
	if r := c.get("/dashboard/nights"); !strings.Contains(r.Body, "Nobody is an organiser yet") {
		t.Fatal("the nights page does not say that nobody is an organiser")
	}
}

func TestWS_SessionCookie(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	wsURL := "ws" + strings.TrimPrefix(e.srv.URL, "http") + "/ws"
	if _, resp, err := websocket.DefaultDialer.Dial(wsURL, nil); err == nil || resp == nil || resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("without a session: %v", err)
	}
	c.signIn(kimPhone)
	hdr := http.Header{}
	hdr.Set("Cookie", c.sessionCookie().String())
	hdr.Set("Origin", e.srv.URL)
	conn, _, err := websocket.DefaultDialer.Dial(wsURL, hdr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var msg struct {
		Type  string      `json:"type"`
		Night night.Night `json:"night"`
	}
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	if err := conn.ReadJSON(&msg); err != nil || msg.Type != "snapshot" || msg.Night.ID != e.night.ID {
		t.Fatalf("first message %+v, %v", msg.Type, err)
	}
	// A command on the socket is recorded under the signed-in person.
	if err := conn.WriteJSON(map[string]any{"type": "command", "command": map[string]any{"id": "c1", "type": "done", "job": 3}}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		var m map[string]any
		if err := conn.ReadJSON(&m); err != nil {
			t.Fatal(err)
		}
		if m["type"] == "ack" {
			break
		}
		if m["type"] == "error" || time.Now().After(deadline) {
			t.Fatalf("got %v", m)
		}
	}
	j, _ := e.state(e.night.ID).Job(3)
	if j.DoneBy != "kim" {
		t.Fatalf("job 3 done by %q, want kim", j.DoneBy)
	}
}
