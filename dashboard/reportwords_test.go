package dashboard_test

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
)

// The report's words are right for one, none and many: a problem nobody
// came to does not say someone came in less than a minute, a call for help
// taken back is not counted as sorted, a repeat is not counted twice, and
// after a wipe a guest's name is gone from problem texts however it was
// written.
func TestReport_Wording(t *testing.T) {
	clock := newFakeClock()
	e := newEnv(t, envOptions{clock: clock.Now, plan: organiserPlan(t)})
	id := e.night.ID
	c := e.client()
	c.signIn(kimPhone)

	e.apply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "jos taxi hasnt come", Source: night.FromSMS})
	body := c.get("/dashboard/report/" + id).Body
	for _, want := range []string{"There was 1 problem. It was not sorted.", "Nobody said they were on a problem.", "1 person from the team helped."} {
		if !strings.Contains(body, want) {
			t.Errorf("one problem nobody came to: the report lacks %q", want)
		}
	}
	for _, bad := range []string{"There were 1 problems", "less than 1 minute", "1 people"} {
		if strings.Contains(body, bad) {
			t.Errorf("the report says %q", bad)
		}
	}
	if csv := c.get("/dashboard/report/" + id + ".csv").Body; strings.Contains(csv, "1 people") || !strings.Contains(csv, "1 person from the team helped.") {
		t.Errorf("the CSV's words: %s", csv)
	}

	// A call for help taken back, and a repeat of the first problem.
	e.apply(night.Command{Type: night.CmdRaise, By: "sam", Kind: night.Spill, Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdUndo, By: "sam", Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdRaise, By: "tom", Kind: night.Taxi, Text: "Jo's taxi not here", Source: night.FromSMS})
	e.apply(night.Command{Type: night.CmdSort, By: "kim", Problem: "p3", SameAs: "p1", Source: night.FromDashboard})
	clock.Advance(2 * time.Minute)
	e.apply(night.Command{Type: night.CmdClaim, By: "kim", Problem: "p1", Source: night.FromDashboard})
	body = c.get("/dashboard/report/" + id).Body
	for _, want := range []string{"There was 1 problem. It was not sorted.", "1 problem was told twice.",
		"1 call for help was taken back.", "Someone came to help in about 2 minutes."} {
		if !strings.Contains(body, want) {
			t.Errorf("with a repeat and a withdrawn call: the report lacks %q", want)
		}
	}

	// After the night, a wipe: "jos" and "Jo's" are gone from the problems.
	next := mustPlan(t, nil)
	next.ID = "next"
	if _, err := e.hub.Import(t.Context(), next, "", night.FromAPI); err != nil {
		t.Fatal(err)
	}
	if err := e.hub.SetLive(t.Context(), "next"); err != nil {
		t.Fatal(err)
	}
	clock.Advance(24 * time.Hour)
	c = e.client()
	c.signIn(kimPhone)
	c.get("/dashboard/nights")
	if r := c.post("/dashboard/nights/wipe", url.Values{"night": {id}, "confirm": {"yes"}}); r.Status != 303 {
		t.Fatalf("wipe: %d", r.Status)
	}
	body = c.get("/dashboard/report/" + id).Body
	for _, gone := range []string{"jos taxi", "Jo&#39;s taxi"} {
		if strings.Contains(body, gone) {
			t.Errorf("after the wipe the report still says %q", gone)
		}
	}
	// Only the problem's kind is kept: its words could say anything.
	if !strings.Contains(body, night.KindWords[night.Taxi]) {
		t.Errorf("after the wipe the problem does not say its kind, %q", night.KindWords[night.Taxi])
	}
}
