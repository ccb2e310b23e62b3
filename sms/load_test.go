package sms_test

import (
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/sms"
)

// TestWebhook_Load50PerSecond sends 50 signed texts a second for five
// seconds through the webhook, on a real Redis: every one is answered with
// one reply. It logs the p50 and p99; the speed target is measured by
// scripts/bench.sh sms (BENCHMARKS.md), not asserted here, where a busy
// shared machine would make it fail for nothing the hub did.
func TestWebhook_Load50PerSecond(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: not in -short")
	}
	srv := testredis.Start(t)
	e := NewEnv(t, EnvOptions{RDB: srv.Client(t), Token: token, Rate: 100000, Start: true})
	texts := []string{"JOBS", "whats next", "hello", "what time is the raffle", "my jobs?", "thank you"}
	people := []string{"sam", "priya", "tom", "jade", "marcus", "kim", "leon"}
	const perSecond, seconds = 50, 5
	var (
		mu    sync.Mutex
		times []time.Duration
		wg    sync.WaitGroup
	)
	tick := time.NewTicker(time.Second / perSecond)
	defer tick.Stop()
	for i := range perSecond * seconds {
		<-tick.C
		wg.Add(1)
		go func() {
			defer wg.Done()
			form := TextForm(numbers[people[i%len(people)]], texts[i%len(texts)], NewSID())
			start := time.Now()
			res := e.Post(sms.InboundPath, form)
			d := time.Since(start)
			if res.Status != http.StatusOK || len(res.Messages) != 1 {
				t.Errorf("status %d: %s", res.Status, res.Raw)
			}
			mu.Lock()
			times = append(times, d)
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(times)
	p := func(q float64) time.Duration { return times[int(q*float64(len(times)-1))] }
	t.Logf("%d texts at %d/s: p50 %s, p99 %s, max %s", len(times), perSecond,
		p(0.50).Round(time.Microsecond), p(0.99).Round(time.Microsecond), times[len(times)-1].Round(time.Microsecond))
	if len(times) != perSecond*seconds {
		t.Errorf("%d texts answered, want %d", len(times), perSecond*seconds)
	}
}
