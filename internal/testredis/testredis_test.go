package testredis

import (
	"context"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/internal/testreal"
)

func TestStartSetGet(t *testing.T) {
	t.Parallel()
	srv := Start(t)
	ctx := t.Context()

	rdb := srv.Client(t)
	if err := rdb.Set(ctx, "greeting", "hello", 0).Err(); err != nil {
		t.Fatalf("SET: %v", err)
	}
	if got, err := rdb.Get(ctx, "greeting").Result(); err != nil || got != "hello" {
		t.Fatalf("GET = %q, %v; want hello", got, err)
	}

	if want := "redis://" + srv.Addr + "/0"; srv.URL() != want {
		t.Errorf("URL() = %q, want %q", srv.URL(), want)
	}
	opt, err := redis.ParseURL(srv.URL())
	if err != nil {
		t.Fatalf("ParseURL(%q): %v", srv.URL(), err)
	}
	byURL := redis.NewClient(opt)
	defer byURL.Close()
	if got, err := byURL.Get(ctx, "greeting").Result(); err != nil || got != "hello" {
		t.Fatalf("GET through URL() = %q, %v; want hello", got, err)
	}
}

func TestKillRestartWithAOFKeepsData(t *testing.T) {
	t.Parallel()
	srv := Start(t, WithAOF())
	ctx := t.Context()
	rdb := srv.Client(t)
	if err := rdb.Set(ctx, "ticket:1", "sold", 0).Err(); err != nil {
		t.Fatalf("SET: %v", err)
	}

	addr := srv.Addr
	srv.Kill()
	if _, err := pingPID(addr); err == nil {
		t.Fatalf("server on %s still answers after Kill", addr)
	}
	srv.Kill() // a second Kill does nothing

	srv.Restart(t)
	if srv.Addr != addr {
		t.Fatalf("Restart moved the server from %s to %s", addr, srv.Addr)
	}
	if got, err := rdb.Get(ctx, "ticket:1").Result(); err != nil || got != "sold" {
		t.Fatalf("GET after restart = %q, %v; want sold", got, err)
	}
}

func TestKillRestartWithoutAOFLosesData(t *testing.T) {
	t.Parallel()
	srv := Start(t)
	ctx := t.Context()
	rdb := srv.Client(t)
	if err := rdb.Set(ctx, "volatile", "x", 0).Err(); err != nil {
		t.Fatalf("SET: %v", err)
	}
	srv.Restart(t) // kills the running server first
	if n, err := rdb.Exists(ctx, "volatile").Result(); err != nil || n != 0 {
		t.Fatalf("EXISTS after restart without AOF = %d, %v; want 0", n, err)
	}
}

func TestRestartWaitsForABusyPort(t *testing.T) {
	t.Parallel()
	srv := Start(t)
	srv.Kill()

	// Hold the port for a moment, as a lingering socket would.
	ln, err := net.Listen("tcp", srv.Addr)
	if err != nil {
		t.Fatalf("take the port of the killed server: %v", err)
	}
	time.AfterFunc(300*time.Millisecond, func() { ln.Close() })

	srv.Restart(t)
	if err := srv.Client(t).Ping(t.Context()).Err(); err != nil {
		t.Fatalf("PING after restart: %v", err)
	}
	if !strings.Contains(srv.LogTail(), "Address already in use") {
		t.Errorf("the log shows no failed bind, so the test proved nothing:\n%s", srv.LogTail())
	}
}

func TestCluster(t *testing.T) {
	t.Parallel()
	c := StartCluster(t)
	ctx := t.Context()

	if len(c.Addrs) != 3 || len(strings.Split(c.URL(), ",")) != 3 {
		t.Fatalf("Addrs = %v, URL() = %q; want 3 nodes", c.Addrs, c.URL())
	}
	cc := c.Client(t)
	for i := range 30 {
		key, val := fmt.Sprintf("event:%d", i), fmt.Sprint(i)
		if err := cc.Set(ctx, key, val, 0).Err(); err != nil {
			t.Fatalf("SET %s: %v", key, err)
		}
		if got, err := cc.Get(ctx, key).Result(); err != nil || got != val {
			t.Fatalf("GET %s = %q, %v; want %q", key, got, err, val)
		}
	}

	// The keys spread over all three masters.
	var masters, withKeys atomic.Int32
	err := cc.ForEachMaster(ctx, func(ctx context.Context, m *redis.Client) error {
		masters.Add(1)
		n, err := m.DBSize(ctx).Result()
		if n > 0 {
			withKeys.Add(1)
		}
		return err
	})
	if err != nil {
		t.Fatalf("ForEachMaster: %v", err)
	}
	if masters.Load() != 3 || withKeys.Load() != 3 {
		t.Fatalf("%d masters, %d with keys; want 3 and 3", masters.Load(), withKeys.Load())
	}
}

func TestStartReportsABadConfig(t *testing.T) {
	t.Parallel()
	r := &testreal.Recorder{TB: t}
	Start(r, WithArgs("--no-such-directive", "1"))
	if !r.DidFail || !strings.Contains(r.Msg, "redis-server did not start") || !strings.Contains(r.Msg, "no-such-directive") {
		t.Fatalf("failed=%v, message:\n%s\nwant a failure that shows the log of redis-server", r.DidFail, r.Msg)
	}
}

func TestStartSentinel_FindsTheMaster(t *testing.T) {
	master := Start(t)
	sentinel := StartSentinel(t, master)
	c := redis.NewFailoverClient(&redis.FailoverOptions{MasterName: SentinelMaster, SentinelAddrs: []string{sentinel.Addr}})
	defer c.Close()
	ctx := context.Background()
	if err := c.Set(ctx, "k", "through sentinel", 0).Err(); err != nil {
		t.Fatal(err)
	}
	if v, _ := master.Client(t).Get(ctx, "k").Result(); v != "through sentinel" {
		t.Fatalf("the write did not reach the master: %q", v)
	}
}
