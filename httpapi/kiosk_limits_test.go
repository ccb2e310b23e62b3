package httpapi_test

import (
	"fmt"
	"net/http"
	"testing"

	"github.com/clubnight/clubnight/night"
)

var kioskHeader = []string{"X-Kiosk-Key", kioskKey}

func liveServer(t *testing.T) *server {
	t.Helper()
	s := newServer(t, embedded(t))
	if code, body := s.do(t, "PUT", "/api/nights/2026-12-05", fixture(t), bearer...); code != http.StatusOK {
		t.Fatalf("import: %d %v", code, body)
	}
	if code, _ := s.do(t, "POST", "/api/nights/2026-12-05/live", nil, bearer...); code != http.StatusOK {
		t.Fatal("live")
	}
	return s
}

// TestKiosk_RaisesAreRateLimited is issue 11 point 2: a burst of raises
// with the kiosk key must not become a burst of problems (and texts).
func TestKiosk_RaisesAreRateLimited(t *testing.T) {
	s := liveServer(t)
	people := []string{"sam", "priya", "tom", "jade", "marcus", "kim", "leon"}
	applied, limited := 0, 0
	for i := range 100 {
		cmd := fmt.Sprintf(`{"type":"raise","kind":"taxi","by":%q}`, people[i%len(people)])
		code, body := s.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(cmd), kioskHeader...)
		switch code {
		case http.StatusOK:
			applied++
		case http.StatusTooManyRequests:
			limited++
			if body["code"] != "too_many" || body["error"] == "" {
				t.Fatalf("429 body %v", body)
			}
		default:
			t.Fatalf("raise %d: %d %v", i, code, body)
		}
	}
	n, err := s.hub.NightFromRedis(t.Context(), "2026-12-05")
	if err != nil {
		t.Fatal(err)
	}
	if applied > 6 || len(n.Problems) != applied || limited != 100-applied {
		t.Fatalf("%d raises applied (%d problems), %d limited; want at most 6", applied, len(n.Problems), limited)
	}
	// One person alone gets fewer.
	s2 := liveServer(t)
	ok := 0
	for range 10 {
		if code, _ := s2.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(`{"type":"raise","by":"sam"}`), kioskHeader...); code == http.StatusOK {
			ok++
		}
	}
	if ok > 2 {
		t.Fatalf("one person raised %d problems in a burst, want at most 2", ok)
	}
	// Other taps go on working.
	if code, body := s2.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(`{"type":"done","by":"sam","job":1}`), kioskHeader...); code != http.StatusOK {
		t.Fatalf("a tick after the burst: %d %v", code, body)
	}
}

// TestKiosk_TapsAreRateLimited bounds every other command from the kiosk
// key and from one person.
func TestKiosk_TapsAreRateLimited(t *testing.T) {
	s := liveServer(t)
	limited := 0
	for i := range 400 {
		typ := "check_in"
		if i%2 == 1 {
			typ = "check_out"
		}
		cmd := fmt.Sprintf(`{"type":%q,"by":"sam"}`, typ)
		code, _ := s.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(cmd), kioskHeader...)
		if code == http.StatusTooManyRequests {
			limited++
		}
	}
	if limited == 0 {
		t.Fatal("400 taps as one person in a burst were all applied")
	}
}

// TestKiosk_OnlyTheLiveNight: the kiosk key reaches the live night only.
func TestKiosk_OnlyTheLiveNight(t *testing.T) {
	s := liveServer(t)
	if code, _ := s.do(t, "PUT", "/api/nights/2026-11-07", []byte(`{"id":"2026-11-07","title":"Past","people":[{"id":"sam","name":"Sam","phone":"","roles":[]}],"jobs":[{"id":"a","title":"A","phase":"setup","who":[]}],"timeline":[],"briefing":[],"rides":[]}`), bearer...); code != http.StatusOK {
		t.Fatal("import past night")
	}
	code, body := s.do(t, "POST", "/api/nights/2026-11-07/commands", []byte(`{"type":"done","by":"sam","job":1}`), kioskHeader...)
	if code != http.StatusForbidden {
		t.Fatalf("a kiosk changed another night: %d %v", code, body)
	}
	n, _ := s.hub.NightFromRedis(t.Context(), "2026-11-07")
	if n.Jobs[0].Status != night.Todo {
		t.Fatal("the past night changed")
	}
}
