package httpapi_test

import (
	"fmt"
	"sync"
	"testing"
)

// Reading the night must never change it: an organiser looking at the live
// night between Tom's change and his UNDO leaves the UNDO working.
func TestAPI_ReadingTheNightKeepsEveryonesUndo(t *testing.T) {
	s := newServer(t, embedded(t))
	s.do(t, "PUT", "/api/nights/2026-12-05", fixture(t), bearer...)
	s.do(t, "POST", "/api/nights/2026-12-05/live", nil, bearer...)
	if code, body := s.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(`{"type":"done","by":"tom","job":4}`), bearer...); code != 200 {
		t.Fatalf("done: %d %v", code, body)
	}
	for _, path := range []string{"/api/live", "/api/nights/2026-12-05"} {
		if code, body := s.do(t, "GET", path, nil, bearer...); code != 200 || body["undo"] != nil {
			t.Fatalf("GET %s: %d, undo %v", path, code, body["undo"])
		}
	}
	// Anyone's change commits the night as the hub holds it.
	if code, body := s.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(`{"type":"check_in","by":"jade","person":"jade"}`), bearer...); code != 200 {
		t.Fatalf("check in: %d %v", code, body)
	}
	code, body := s.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(`{"type":"undo","by":"tom"}`), bearer...)
	if code != 200 {
		t.Fatalf("Tom's UNDO after an organiser read the night: %d %v", code, body)
	}
	_, state := s.do(t, "GET", "/api/nights/2026-12-05", nil, bearer...)
	if j := state["jobs"].([]any)[3].(map[string]any); j["status"] != "todo" {
		t.Fatalf("job 4 after UNDO: %v", j)
	}
}

// Reads and changes at once share nothing (run with -race).
func TestAPI_ParallelReadsAndChanges(t *testing.T) {
	s := newServer(t, embedded(t))
	s.do(t, "PUT", "/api/nights/2026-12-05", fixture(t), bearer...)
	s.do(t, "POST", "/api/nights/2026-12-05/live", nil, bearer...)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for range 10 {
				s.do(t, "GET", "/api/live", nil, bearer...)
			}
		}()
		go func() {
			defer wg.Done()
			for j := range 5 {
				by := []string{"sam", "priya", "tom", "jade"}[i]
				cmd := fmt.Sprintf(`{"type":"check_in","by":%q,"person":%q}`, by, by)
				if j%2 == 1 {
					cmd = fmt.Sprintf(`{"type":"check_out","by":%q,"person":%q}`, by, by)
				}
				s.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(cmd), bearer...)
			}
		}()
	}
	wg.Wait()
}
