package voice_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/voice"
)

type simAnswer struct {
	Call  string `json:"call"`
	Said  string `json:"said"`
	Next  string `json:"next"`
	Ended bool   `json:"ended"`
	Error string `json:"error"`
}

func simPost(t *testing.T, base string, body map[string]any) (int, simAnswer) {
	t.Helper()
	data, _ := json.Marshal(body)
	res, err := http.Post(base+voice.SimCallPath, "application/json", bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out simAnswer
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, out
}

// The practice phone at /sim calls through the same webhooks as Twilio.
func TestSim_PracticeCall(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	mux := http.NewServeMux()
	e.Voice.RegisterSim(mux, nil)
	srv := httptestServer(t, mux)

	code, a := simPost(t, srv, map[string]any{"person": "tom"})
	if code != http.StatusOK || a.Call == "" || a.Ended || !strings.HasPrefix(a.Next, voice.GatherPath+"?turn=") ||
		!strings.Contains(a.Said, "Hi Tom. You have 3 jobs") {
		t.Fatalf("start = %d %+v", code, a)
	}
	code, b := simPost(t, srv, map[string]any{"person": "tom", "call": a.Call, "next": a.Next, "speech": "the bar is done", "confidence": 1})
	if code != http.StatusOK || !strings.Contains(b.Said, "Job 4, Set up the bar, is done.") {
		t.Fatalf("say = %d %+v", code, b)
	}
	if j, _ := e.MustNight().Job(4); j.Status != night.Done {
		t.Fatalf("job 4 = %s", j.Status)
	}
	_, c := simPost(t, srv, map[string]any{"person": "tom", "call": a.Call, "next": b.Next, "digits": "9"})
	if !strings.Contains(c.Said, "We took that back") {
		t.Fatalf("9 = %+v", c)
	}
	// Only the call's own next step may be asked for.
	code, d := simPost(t, srv, map[string]any{"person": "tom", "call": a.Call, "next": "/voice/press?call=x&turn=1", "digits": "1"})
	if code != http.StatusBadRequest || d.Error == "" {
		t.Fatalf("a foreign path = %d %+v", code, d)
	}
	code, _ = simPost(t, srv, map[string]any{"person": "nobody"})
	if code != http.StatusNotFound {
		t.Fatalf("unknown person = %d", code)
	}
}
