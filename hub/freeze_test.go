package hub_test

import (
	"context"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
)

// A change sent while Redis is frozen may still be saved when it wakes:
// the answer must not say "try again" (a second try would do it twice),
// but that we are not sure, and it must come within the hub's bound.
func TestHub_FrozenRedisGetsAnHonestAnswer(t *testing.T) {
	srv := testredis.Start(t)
	rdb := srv.Client(t)
	h := hub.New(hub.NewStore(rdb, uniquePrefix(t)), hub.Options{Timeout: 2 * time.Second})
	t.Cleanup(h.Close)
	n := testhub.Live(t, h)
	// The live night is followed, as a kiosk does, so the hub holds it.
	defer h.Subscribe(n.ID, -1, func(*hub.RawEvent) {})()
	if _, err := h.NightFromRedis(context.Background(), n.ID); err != nil {
		t.Fatal(err)
	}
	info, err := rdb.Info(context.Background(), "server").Result()
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(info, "process_id:")
	pid, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(rest, "\n", 2)[0]))
	if err != nil {
		t.Fatalf("no process id in INFO: %v", err)
	}
	if err := syscall.Kill(pid, syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	resumed := false
	resume := func() {
		if !resumed {
			resumed = true
			_ = syscall.Kill(pid, syscall.SIGCONT)
		}
	}
	t.Cleanup(resume)
	_, err = h.Apply(context.Background(), n.ID, night.Command{ID: "tap-frozen", Type: night.CmdDone, By: "tom", Job: 4, Source: night.FromKiosk})
	resume()
	if err == nil {
		t.Fatal("a change with Redis frozen was answered as saved")
	}
	if msg := night.ErrorMessage(err); !strings.Contains(msg, "not sure") || strings.Contains(msg, "try again") {
		t.Fatalf("answer %q (code %s): it must say we are not sure, not to try again", msg, night.ErrorCode(err))
	}
	if night.ErrorCode(err) != night.Unknown {
		t.Fatalf("code %s, want %s", night.ErrorCode(err), night.Unknown)
	}
}
