package voice_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"

	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
)

// Two hub processes behind one PUBLIC_URL on one real redis-server: each
// turn of a call may land on either, and a retried turn sent to both at
// once is acted on once.
func TestInbound_TwoHubsShareTheCall(t *testing.T) {
	srv := testredis.Start(t)
	e := NewEnv(t, EnvOptions{RDB: srv.Client(t)})
	_, s2, v2 := e.services()
	mux := http.NewServeMux()
	s2.Register(mux)
	v2.Register(mux)
	other := httptest.NewServer(mux)
	t.Cleanup(other.Close)

	c := e.Call(numbers["tom"])
	// The next turn goes to the other hub.
	first := e.Server.URL
	e.Server.URL = other.URL
	c.Say("the bar is done", 0.9)
	mustSay(t, c.Last, "Job 4, Set up the bar, is done.")
	e.Server.URL = first
	c.Press("9")
	mustSay(t, c.Last, "We took that back.")
	if j, _ := e.MustNight().Job(4); j.Status != night.Todo {
		t.Fatalf("job 4 = %s; want todo after 9", j.Status)
	}

	// Twilio retrying one turn, to both hubs at the same moment.
	path := c.next()
	form := url.Values{"CallSid": {c.SID}, "From": {c.From}, "SpeechResult": {"tables and chairs are done"}, "Confidence": {"0.9"}}
	seq := e.MustNight().Seq
	var wg sync.WaitGroup
	answers := make([]string, 2)
	for i, base := range []string{first, other.URL} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			req, _ := http.NewRequest(http.MethodPost, base+path, stringsReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("X-Twilio-Signature", signFor(e, path, form))
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Error(err)
				return
			}
			defer res.Body.Close()
			answers[i] = readAll(res)
		}()
	}
	wg.Wait()
	if answers[0] != answers[1] {
		t.Fatalf("the two hubs answered one turn differently:\n%s\n%s", answers[0], answers[1])
	}
	if got := e.MustNight().Seq; got != seq+1 {
		t.Fatalf("seq %d -> %d; want one change", seq, got)
	}
}
