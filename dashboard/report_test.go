package dashboard_test

import (
	"context"
	"encoding/csv"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
)

// playNight runs a short night on the fixture: 3 jobs done (2 by committee
// members), 2 problems (1 sorted), 2 rides gone (1 late).
func playNight(e *env, clock *fakeClock) {
	do := func(c night.Command) {
		e.apply(c)
		clock.Advance(time.Minute)
	}
	do(night.Command{Type: night.CmdCheckIn, By: "tom", Source: night.FromKiosk})
	do(night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
	do(night.Command{Type: night.CmdDone, By: "sam", Job: 3, Source: night.FromSMS})
	do(night.Command{Type: night.CmdDone, By: "kim", Job: 7, Source: night.FromDashboard})
	do(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Jo's taxi has not come", Source: night.FromSMS})
	clock.Advance(time.Minute)
	do(night.Command{Type: night.CmdClaim, By: "kim", Problem: "p1", Source: night.FromDashboard})
	do(night.Command{Type: night.CmdSort, By: "kim", Problem: "p1", Source: night.FromDashboard})
	do(night.Command{Type: night.CmdRaise, By: "sam", Kind: night.Spill, Text: "=1+1 spill", Source: night.FromKiosk})
	clock.Advance(4*time.Hour - 8*time.Minute) // 22:00
	do(night.Command{Type: night.CmdRideGone, By: "kim", Ride: "r2", Source: night.FromKiosk})
	clock.Advance(20 * time.Minute)
	do(night.Command{Type: night.CmdRideGone, By: "kim", Ride: "r1", Source: night.FromKiosk})
}

func TestReport(t *testing.T) {
	clock := newFakeClock()
	e := newEnv(t, envOptions{clock: clock.Now, plan: organiserPlan(t)})
	playNight(e, clock)
	c := e.client()
	c.signIn(samPhone)

	r := c.get("/dashboard/report/" + e.night.ID)
	if r.Status != http.StatusOK {
		t.Fatalf("%d", r.Status)
	}
	for _, want := range []string{
		"We did 3 of 15 jobs.", "Committee members did 2 of them.", "There were 2 problems. We sorted 1.",
		"Someone came to help in about 2 minutes.", "2 of 5 people got their ride home.", "1 ride home was late.",
		"Put out tables and chairs", "Jo&#39;s taxi has not come", "22:22", "Not marked as gone",
	} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("report lacks %q", want)
		}
	}

	r = c.get("/dashboard/report/" + e.night.ID + ".csv")
	if r.Status != http.StatusOK || !strings.HasPrefix(r.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", r.Status, r.Header.Get("Content-Type"))
	}
	rows, err := csv.NewReader(strings.NewReader(r.Body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string]int{}
	for _, row := range rows[1:] {
		sections[row[0]]++
		for _, cell := range row {
			if strings.HasPrefix(cell, "=") {
				t.Errorf("a cell a spreadsheet would run: %q", cell)
			}
		}
	}
	if sections["job"] != 15 || sections["problem"] != 2 || sections["ride"] != 5 || sections["timeline"] < 9 || sections["summary"] < 4 {
		t.Fatalf("csv sections %v", sections)
	}
}

func TestWipe(t *testing.T) {
	clock := newFakeClock()
	e := newEnv(t, envOptions{clock: clock.Now, plan: organiserPlan(t)})
	playNight(e, clock)
	id := e.night.ID
	c := e.client()
	c.signIn(kimPhone)

	if r := c.post("/dashboard/nights/wipe", url.Values{"night": {id}, "confirm": {"yes"}}); r.Status != http.StatusConflict {
		t.Fatalf("wiping the live night: %d, want 409", r.Status)
	}
	next := mustPlan(t, nil)
	next.ID = "next"
	if _, err := e.hub.Import(t.Context(), next, "", night.FromAPI); err != nil {
		t.Fatal(err)
	}
	if err := e.hub.SetLive(t.Context(), "next"); err != nil {
		t.Fatal(err)
	}
	c.get("/dashboard/nights")
	// The night is today: its numbers are still needed, so it is refused,
	// even once it is no longer live.
	if r := c.post("/dashboard/nights/wipe", url.Values{"night": {id}, "confirm": {"yes"}}); r.Status != http.StatusConflict ||
		!strings.Contains(r.Body, "cannot be wiped yet") {
		t.Fatalf("wiping tonight's night: %d, want 409 saying why", r.Status)
	}
	clock.Advance(24 * time.Hour)
	c = e.client()
	c.signIn(kimPhone)
	c.get("/dashboard/nights")
	// Asked first, in plain words; nothing is wiped until the person says yes.
	if r := c.post("/dashboard/nights/wipe", url.Values{"night": {id}}); r.Status != http.StatusOK ||
		!strings.Contains(r.Body, "This cannot be undone.") || !strings.Contains(r.Body, `data-testid="confirm-yes"`) {
		t.Fatalf("wipe without yes: %d %s", r.Status, snippet(r.Body))
	}
	if p, _ := e.state(id).Person("kim"); p == nil || p.Phone == "" {
		t.Fatalf("asking first wiped the night")
	}
	if r := c.post("/dashboard/nights/wipe", url.Values{"night": {id}, "confirm": {"yes"}}); r.Status != http.StatusSeeOther {
		t.Fatalf("wipe: %d %s", r.Status, snippet(r.Body))
	}
	n := e.state(id)
	for _, p := range n.People {
		if p.Phone != "" {
			t.Fatalf("%s still has a phone", p.ID)
		}
	}
	for i, r := range n.Rides {
		if r.Note != "" || !strings.HasPrefix(r.Name, "Guest ") {
			t.Fatalf("ride %d not wiped: %+v", i, r)
		}
	}
	evs, _, err := e.hub.EventsFromRedis(context.Background(), id, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	for _, ev := range evs {
		if strings.Contains(string(ev.JSON), "Jo") || strings.Contains(string(ev.JSON), "City Cars") {
			t.Fatalf("the event log still names a guest: %s", ev.JSON)
		}
	}

	r := c.get("/dashboard/report/" + id)
	for _, want := range []string{"We did 3 of 15 jobs.", "Committee members did 2 of them.", "Guest 1", "Guest 2",
		"Phone numbers and ride details were wiped", "A taxi is not here"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("the kept report lacks %q", want)
		}
	}
	for _, gone := range []string{"Jo&#39;s", ">Jo<", "Alex", "City Cars", "+4477", "taxi has not come"} {
		if strings.Contains(r.Body, gone) {
			t.Errorf("the kept report still shows %q", gone)
		}
	}
	if r := c.post("/dashboard/nights/wipe", url.Values{"night": {id}, "confirm": {"yes"}}); r.Status != http.StatusConflict {
		t.Fatalf("wiping twice: %d", r.Status)
	}
}

func TestWipeDue(t *testing.T) {
	clock := newFakeClock() // 2026-12-05, the fixture's date
	e := newEnv(t, envOptions{clock: clock.Now, wipeAt: 30})
	old := mustPlan(t, nil)
	old.ID, old.Date = "old", "2026-10-01"
	recent := mustPlan(t, nil)
	recent.ID, recent.Date = "recent", "2026-11-20"
	for _, p := range []*night.Plan{old, recent} {
		if _, err := e.hub.Import(t.Context(), p, "", night.FromAPI); err != nil {
			t.Fatal(err)
		}
	}
	n, err := e.dash.WipeDue(t.Context())
	if err != nil || n != 1 {
		t.Fatalf("wiped %d (%v), want 1", n, err)
	}
	if p, _ := e.state("old").Person("kim"); p.Phone != "" {
		t.Fatal("the old night was not wiped")
	}
	if p, _ := e.state("recent").Person("kim"); p.Phone == "" {
		t.Fatal("a recent night was wiped")
	}
	clock.Advance(60 * 24 * time.Hour)
	n, _ = e.dash.WipeDue(t.Context())
	if n != 1 { // "recent" now; the live night never
		t.Fatalf("second pass wiped %d, want 1", n)
	}
	if p, _ := e.state(e.night.ID).Person("kim"); p.Phone == "" {
		t.Fatal("the live night was wiped")
	}
}
