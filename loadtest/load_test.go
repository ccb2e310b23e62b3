package loadtest_test

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/app"
	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/loadtest"
	"github.com/clubnight/clubnight/night"
)

const token = "load-test-admin-token-123"

// startHub runs the whole app in-process on a real redis-server.
func startHub(t testing.TB) *app.App {
	t.Helper()
	srv := testredis.Start(t)
	env := map[string]string{"REDIS_URL": srv.URL(), "CLUBNIGHT_ADDR": "127.0.0.1:0",
		"CLUBNIGHT_ADMIN_TOKEN": token, "CLUBNIGHT_KIOSK_KEY": "load-kiosk-key-123", "CLUBNIGHT_SMS_RATE": "100000/min"}
	cfg, err := config.FromEnv(func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(context.Background(), cfg, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = a.Serve() }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = a.Shutdown(ctx)
	})
	data, _ := os.ReadFile("../testdata/night.json")
	plan, err := night.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Hub.Import(context.Background(), plan, "", night.FromAPI); err != nil {
		t.Fatal(err)
	}
	if err := a.Hub.SetLive(context.Background(), plan.ID); err != nil {
		t.Fatal(err)
	}
	return a
}

// testLog shows the load tool's own lines (a refused change, say) in the
// test's output.
type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

var people = []string{"sam", "priya", "tom", "jade", "marcus", "kim", "leon"}

// A small run must see every change on every screen, once, in order.
func TestLoad_EveryScreenGetsEveryChangeOnce(t *testing.T) {
	a := startHub(t)
	rep, err := loadtest.Run(context.Background(), loadtest.Config{URL: a.URL(), KioskKey: "load-kiosk-key-123", AdminToken: token,
		Screens: 40, Changes: 60, Rate: 100, People: people, Log: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(rep)
	if rep.Acked != 60 || rep.Missed != 0 || rep.Repeated != 0 || rep.Gaps != 0 || rep.DroppedHealthy != 0 {
		t.Fatalf("lost or repeated changes:\n%s", rep)
	}
	if rep.Samples != 40*60 {
		t.Fatalf("measured %d deliveries, want %d", rep.Samples, 40*60)
	}
	// The hub's /metrics gave its memory and CPU.
	if m := rep.MemIdle; m.RSS <= 0 || m.Heap <= 0 || m.Stack <= 0 || m.CPU <= 0 || rep.HubCPU <= 0 {
		t.Fatalf("the hub's memory and CPU were not read: %+v, CPU over the run %s", m, rep.HubCPU)
	}
	// An event arrives before (or as) it is read, never after.
	if rep.P50 <= 0 || rep.P50 > rep.ReadP50 || rep.P99 > rep.ReadP99 || rep.Max > rep.ReadMax {
		t.Fatalf("arrival and read latencies disagree:\n%s", rep)
	}
}

// BenchmarkUpdateToScreen is issues 2's and 6's target: 1,000 screens, 200
// changes at 20 a second through the JSON API, real Redis. It reports the
// p99 update-to-screen latency, to the event's arrival at each screen's
// socket and to its read (target: at most 20 ms), and fails on any missed
// or repeated event. The hub runs in this process here; scripts/bench.sh
// runs it as its own binary, as BENCHMARKS.md reports.
//
//	go test -run '^$' -bench UpdateToScreen -benchtime 1x ./loadtest/
func BenchmarkUpdateToScreen(b *testing.B) {
	a := startHub(b)
	screens := 1000
	if v, err := strconv.Atoi(os.Getenv("LOAD_SCREENS")); err == nil && v > 0 {
		screens = v // for exploring; the target is 1,000
	}
	for i := 0; i < b.N; i++ {
		rep, err := loadtest.Run(context.Background(), loadtest.Config{URL: a.URL(), KioskKey: "load-kiosk-key-123", AdminToken: token,
			Screens: screens, Changes: 200, Rate: 20, People: people})
		if err != nil {
			b.Fatal(err)
		}
		b.Log(rep)
		if rep.Missed != 0 || rep.Repeated != 0 || rep.Gaps != 0 {
			b.Fatalf("missed or repeated events:\n%s", rep)
		}
		b.ReportMetric(float64(rep.P99.Microseconds())/1000, "p99-ms")
		b.ReportMetric(float64(rep.P50.Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(rep.ReadP99.Microseconds())/1000, "read-p99-ms")
	}
}
