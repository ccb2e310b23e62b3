package httpapi_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/httpapi"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/metrics"
)

const (
	token    = "api-test-admin-token-0123"
	kioskKey = "api-test-kiosk-key"
)

type server struct {
	*httptest.Server
	hub *hub.Hub
}

func newServer(t *testing.T, rdb redis.UniversalClient) *server {
	t.Helper()
	h := hub.New(hub.NewStore(rdb, "api:"), hub.Options{})
	t.Cleanup(h.Close)
	reg := prometheus.NewRegistry()
	m := metrics.New(reg)
	mux := http.NewServeMux()
	httpapi.New(h, auth.New(token, kioskKey, nil), slog.New(slog.DiscardHandler), reg).Register(mux)
	srv := httptest.NewServer(httpapi.Logging(slog.New(slog.DiscardHandler), m, mux))
	t.Cleanup(srv.Close)
	return &server{Server: srv, hub: h}
}

func embedded(t *testing.T) redis.UniversalClient { return testhub.Embedded(t) }

func (s *server) do(t *testing.T, method, path string, body []byte, headers ...string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, s.URL+path, bytes.NewReader(body))
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var out map[string]any
	_ = json.Unmarshal(data, &out)
	return resp.StatusCode, out
}

var bearer = []string{"Authorization", "Bearer " + token}

func fixture(t *testing.T) []byte {
	data, err := os.ReadFile("../testdata/night.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestAPI_ImportGoLiveAndGetState(t *testing.T) {
	s := newServer(t, embedded(t))
	code, body := s.do(t, "PUT", "/api/nights/2026-12-05", fixture(t), bearer...)
	if code != 200 || body["seq"].(float64) != 1 {
		t.Fatalf("import: %d %v", code, body)
	}
	if code, body := s.do(t, "POST", "/api/nights/2026-12-05/live", nil, bearer...); code != 200 {
		t.Fatalf("live: %d %v", code, body)
	}
	code, body = s.do(t, "GET", "/api/live", nil, bearer...)
	if code != 200 || body["id"] != "2026-12-05" {
		t.Fatalf("live state: %d %v", code, body)
	}
	people := body["people"].([]any)
	tom := people[2].(map[string]any)
	if tom["phone"] != "+447700900103" || tom["checked_in"] != false {
		t.Fatalf("the admin API shows normalised phones: %v", tom)
	}
	jobs := body["jobs"].([]any)
	if j := jobs[3].(map[string]any); j["number"].(float64) != 4 || j["status"] != "todo" {
		t.Fatalf("job 4: %v", j)
	}
	// Every field the contract names is there, even when empty.
	for _, f := range []string{"id", "number", "title", "phase", "who", "status", "done_by"} {
		if _, ok := jobs[0].(map[string]any)[f]; !ok {
			t.Errorf("job lacks %q", f)
		}
	}
	for _, f := range []string{"id", "name", "roles", "checked_in", "opted_out"} {
		if _, ok := people[0].(map[string]any)[f]; !ok {
			t.Errorf("person lacks %q", f)
		}
	}
	for _, f := range []string{"id", "title", "seq", "people", "jobs", "problems", "rides", "timeline", "briefing"} {
		if _, ok := body[f]; !ok {
			t.Errorf("state lacks %q", f)
		}
	}
	ride := body["rides"].([]any)[0].(map[string]any)
	for _, f := range []string{"id", "name", "pickup", "at", "status"} {
		if _, ok := ride[f]; !ok {
			t.Errorf("ride lacks %q", f)
		}
	}
	_, raised := s.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(`{"type":"raise","by":"sam","kind":"music"}`), bearer...)
	problem := raised["event"].(map[string]any)["problem"].(map[string]any)
	for _, f := range []string{"id", "kind", "text", "raised_by", "status", "claimed_by", "raised_at"} {
		if _, ok := problem[f]; !ok {
			t.Errorf("problem lacks %q", f)
		}
	}
	// Replacing the plan is a change too: seq goes on.
	code, body = s.do(t, "PUT", "/api/nights/2026-12-05", fixture(t), bearer...)
	if code != 200 || body["seq"].(float64) != 3 {
		t.Fatalf("replace: %d %v", code, body)
	}
	// Export gives the plan back.
	code, body = s.do(t, "GET", "/api/nights/2026-12-05/plan", nil, bearer...)
	if code != 200 || len(body["jobs"].([]any)) != 15 || body["people"].([]any)[2].(map[string]any)["phone"] != "+447700900103" {
		t.Fatalf("export: %d %v", code, body)
	}
}

func TestAPI_BadPlanNamesEveryProblemAndChangesNothing(t *testing.T) {
	s := newServer(t, embedded(t))
	s.do(t, "PUT", "/api/nights/2026-12-05", fixture(t), bearer...)
	bad := strings.NewReplacer(
		`"phase": "setup",    "who": ["marcus"]`, `"phase": "warmup", "who": ["nobody"]`,
		`"at": "19:00"`, `"at": "7pm"`,
		`"07700 900103"`, `"not a phone"`,
		`"id": "r2"`, `"id": "r1"`,
	).Replace(string(fixture(t)))
	code, body := s.do(t, "PUT", "/api/nights/2026-12-05", []byte(bad), bearer...)
	if code != 400 {
		t.Fatalf("status %d, want 400: %v", code, body)
	}
	probs, _ := body["problems"].([]any)
	text := body["error"].(string)
	for _, want := range []string{"warmup", "nobody", "7pm", "not a phone", `"r1"`} {
		if !strings.Contains(text, want) {
			t.Errorf("the error does not name %s: %s", want, text)
		}
	}
	if len(probs) != 5 {
		t.Errorf("want 5 problems listed, got %d: %v", len(probs), probs)
	}
	_, state := s.do(t, "GET", "/api/nights/2026-12-05", nil, bearer...)
	if state["seq"].(float64) != 1 {
		t.Fatalf("a bad plan changed the night: seq %v", state["seq"])
	}
	for _, tc := range []struct{ path, body string }{
		{"/api/nights/2026-12-05", "{not json"},
		{"/api/nights/other-id", string(fixture(t))},
		{"/api/nights/2026-12-05", string(fixture(t)) + "}"},
	} {
		if code, body := s.do(t, "PUT", tc.path, []byte(tc.body), bearer...); code != 400 || body["error"] == "" {
			t.Errorf("%s: %d %v", tc.path, code, body)
		}
	}
}

func TestAPI_AuthAndCommands(t *testing.T) {
	s := newServer(t, embedded(t))
	s.do(t, "PUT", "/api/nights/2026-12-05", fixture(t), bearer...)
	s.do(t, "POST", "/api/nights/2026-12-05/live", nil, bearer...) // a kiosk works on the live night only
	// No token, a wrong token, or a kiosk key cannot read phone numbers.
	for _, h := range [][]string{nil, {"Authorization", "Bearer wrong"}, {"X-Kiosk-Key", kioskKey}} {
		if code, _ := s.do(t, "GET", "/api/nights/2026-12-05", nil, h...); code != 403 {
			t.Fatalf("%v: %d", h, code)
		}
	}
	cmd := []byte(`{"id":"c1","type":"done","by":"tom","job":4}`)
	code, body := s.do(t, "POST", "/api/nights/2026-12-05/commands", cmd, "X-Kiosk-Key", kioskKey)
	if code != 200 || body["seq"].(float64) != 2 {
		t.Fatalf("kiosk done: %d %v", code, body)
	}
	ev := body["event"].(map[string]any)
	if ev["source"] != "kiosk" || ev["job"].(map[string]any)["done_by"] != "tom" {
		t.Fatalf("event: %v", ev)
	}
	// The same id again is answered, not applied.
	code, body = s.do(t, "POST", "/api/nights/2026-12-05/commands", cmd, "X-Kiosk-Key", kioskKey)
	if code != 200 || body["duplicate"] != true || body["seq"].(float64) != 2 {
		t.Fatalf("repeat: %d %v", code, body)
	}
	// Someone else marking it done is told who did it.
	code, body = s.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(`{"type":"done","by":"leon","job":4}`), bearer...)
	if code != 409 || body["error"] != "Tom already did that. Job 4 is done." {
		t.Fatalf("conflict: %d %v", code, body)
	}
	// A kiosk may not edit the plan.
	code, _ = s.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(`{"type":"add_job","title":"x"}`), "X-Kiosk-Key", kioskKey)
	if code != 403 {
		t.Fatalf("kiosk plan edit: %d", code)
	}
	for _, bad := range []string{`{`, `{"type":"done","job":"four"}`, `{"type":"done","bogus":1}`} {
		if code, body := s.do(t, "POST", "/api/nights/2026-12-05/commands", []byte(bad), bearer...); code != 400 || body["error"] == "" {
			t.Fatalf("%s: %d %v", bad, code, body)
		}
	}
	if code, _ := s.do(t, "POST", "/api/nights/nope/commands", []byte(`{"type":"done","by":"tom","job":1}`), bearer...); code != 404 {
		t.Fatalf("unknown night: %d", code)
	}
}

func TestAPI_ReadyzFollowsRedis(t *testing.T) {
	srv := testredis.Start(t, testredis.WithAOF())
	s := newServer(t, srv.Client(t))
	if code, _ := s.do(t, "GET", "/readyz", nil); code != 200 {
		t.Fatalf("readyz with Redis up: %d", code)
	}
	srv.Kill()
	code, body := s.do(t, "GET", "/readyz", nil)
	if code != 503 || !strings.Contains(body["reason"].(string), "redis") {
		t.Fatalf("readyz with Redis down: %d %v", code, body)
	}
	if code, _ := s.do(t, "GET", "/healthz", nil); code != 200 {
		t.Fatalf("healthz must stay 200 while the process runs: %d", code)
	}
	code, body = s.do(t, "PUT", "/api/nights/2026-12-05", fixture(t), bearer...)
	if code != 503 || !strings.Contains(body["error"].(string), "try again") {
		t.Fatalf("a change with Redis down: %d %v", code, body)
	}
	srv.Restart(t)
	deadline := time.Now().Add(5 * time.Second)
	for {
		if code, _ := s.do(t, "GET", "/readyz", nil); code == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("readyz did not recover")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestAPI_MetricsCountRequests(t *testing.T) {
	s := newServer(t, embedded(t))
	s.do(t, "GET", "/api/live", nil, bearer...)
	resp, err := http.Get(s.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(data), `clubnight_http_requests_total{code="404",route="GET /api/live"} 1`) {
		t.Fatalf("metrics:\n%s", data)
	}
}
