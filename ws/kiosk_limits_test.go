package ws_test

import (
	"net/http"
	"testing"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/ws"
)

// TestWS_KioskOnlyTheLiveNight is issue 11 point 2: the kiosk key opens
// the live night only, never a past night's rides and notes.
func TestWS_KioskOnlyTheLiveNight(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{})
	past := *night.NewNight(&night.Plan{ID: "2026-11-07", Title: "Past"}).Plan()
	past.Rides = []night.PlanRide{{ID: "r1", Name: "Jo", Pickup: "Dad, 22 Oak Lane", At: "22:00", Note: "gate code 1234"}}
	if _, err := e.hub.Import(t.Context(), &past, "", night.FromAPI); err != nil {
		t.Fatal(err)
	}
	_, resp, err := websocket.DefaultDialer.Dial(e.url("key="+kioskKey+"&night=2026-11-07"), nil)
	if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("a kiosk opened a past night: err %v", err)
	}
	// Naming the live night itself is fine.
	c := dial(t, e.url("key="+kioskKey+"&night="+e.night.ID))
	if m := read(t, c); m.Type != "snapshot" {
		t.Fatalf("got %+v", m)
	}
}

// TestWS_KioskRaisesAreRateLimited: a burst of raises over the socket
// makes a handful of problems, and the rest get a kind "wait" error.
func TestWS_KioskRaisesAreRateLimited(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{})
	c := dial(t, e.url("key="+kioskKey))
	read(t, c) // snapshot
	people := []string{"sam", "priya", "tom", "jade", "marcus", "kim", "leon"}
	acks, limited := 0, 0
	for i := range 50 {
		cmd := map[string]any{"id": "raise-" + string(rune('a'+i%26)) + string(rune('a'+i/26)), "type": "raise", "by": people[i%len(people)]}
		if err := c.WriteJSON(map[string]any{"type": "command", "command": cmd}); err != nil {
			t.Fatal(err)
		}
		for {
			m := read(t, c)
			if m.Type == "ack" {
				acks++
				break
			}
			if m.Type == "error" {
				if m.Message == "" {
					t.Fatalf("error without words: %+v", m)
				}
				limited++
				break
			}
		}
	}
	n, _ := e.hub.NightFromRedis(t.Context(), e.night.ID)
	if acks > 6 || len(n.Problems) != acks || limited != 50-acks {
		t.Fatalf("%d raises acked, %d problems; want at most 6", acks, len(n.Problems))
	}
}
