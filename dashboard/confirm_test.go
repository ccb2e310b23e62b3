package dashboard_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// Actions that cannot be taken back ask first, in plain words, and change
// nothing until the person says yes.
func TestConfirm_AsksFirst(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t)})
	next := mustPlan(t, nil)
	next.ID, next.Date, next.Title = "next", "2099-01-09", "January Club Night"
	if _, err := e.hub.Import(t.Context(), next, "", night.FromAPI); err != nil {
		t.Fatal(err)
	}
	c := e.client()
	c.signIn(kimPhone)
	c.get("/dashboard/nights")

	t.Run("MakeLive", func(t *testing.T) {
		r := c.post("/dashboard/nights/live", url.Values{"night": {"next"}})
		if r.Status != http.StatusOK || !strings.Contains(r.Body, "Make January Club Night the live night?") ||
			!strings.Contains(r.Body, "Every kiosk and the live page will show January Club Night.") {
			t.Fatalf("make live without yes: %d %s", r.Status, snippet(r.Body))
		}
		if id, _ := e.hub.LiveID(t.Context()); id != e.night.ID {
			t.Fatalf("asking first made %q live", id)
		}
	})
	t.Run("NewKey", func(t *testing.T) {
		r := c.post("/dashboard/kiosk/new-key", nil)
		if r.Status != http.StatusOK || !strings.Contains(r.Body, "Every kiosk that is paired now stops working at once.") {
			t.Fatalf("new key without yes: %d %s", r.Status, snippet(r.Body))
		}
		if keys := e.keys.list(); len(keys) != 0 {
			t.Fatalf("asking first made a new key")
		}
	})
	t.Run("WipeRefusesAFutureNight", func(t *testing.T) {
		for _, vals := range []url.Values{{"night": {"next"}}, {"night": {"next"}, "confirm": {"yes"}}} {
			r := c.post("/dashboard/nights/wipe", vals)
			if r.Status != http.StatusConflict || !strings.Contains(r.Body, "cannot be wiped yet") {
				t.Fatalf("wiping a night still to come (%v): %d %s", vals, r.Status, snippet(r.Body))
			}
		}
		if p, _ := e.state("next").Person("kim"); p == nil || p.Phone == "" {
			t.Fatalf("a night still to come lost its phone numbers")
		}
	})
	t.Run("WipeRefusesTheLiveNight", func(t *testing.T) {
		r := c.post("/dashboard/nights/wipe", url.Values{"night": {e.night.ID}, "confirm": {"yes"}})
		if r.Status != http.StatusConflict || !strings.Contains(r.Body, "This is the live night.") {
			t.Fatalf("wiping the live night: %d", r.Status)
		}
	})
}
