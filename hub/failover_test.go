package hub_test

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
)

// A failover to a replica that fell behind: with CLUBNIGHT_DURABLE=master
// changes acknowledged while the replica lagged are lost; with replica,
// none that was acknowledged is. The figures are logged (go test -v -run
// TestFailover ./hub/).
func TestFailover_ToALaggingReplica(t *testing.T) {
	for _, durable := range []string{"master", "replica"} {
		t.Run(durable, func(t *testing.T) {
			acked, lost, recovery := failover(t, durable)
			t.Logf("CLUBNIGHT_DURABLE=%s: %d acknowledged, %d lost, recovery %s", durable, acked, lost, recovery.Round(time.Millisecond))
			if durable == "replica" && lost != 0 {
				t.Fatalf("%d acknowledged changes lost with CLUBNIGHT_DURABLE=replica", lost)
			}
			if durable == "master" && lost == 0 {
				t.Fatalf("the test did not make the replica lag (nothing lost without WAIT)")
			}
		})
	}
}

// unusedPort is a loopback port nothing listens on.
func unusedPort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	_ = ln.Close()
	return port
}

func failover(t *testing.T, durable string) (acked, lost int, recovery time.Duration) {
	ctx := context.Background()
	master := testredis.Start(t)
	replica := testredis.Start(t, testredis.WithArgs("--replicaof", "127.0.0.1", strconv.Itoa(master.Port)))
	rc := replica.Client(t)
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if info, _ := rc.Info(ctx, "replication").Result(); strings.Contains(info, "master_link_status:up") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the replica did not catch up")
		}
	}
	prefix := uniquePrefix(t)
	store := hub.NewStore(master.Client(t), prefix)
	if durable == "replica" {
		store.RequireReplica(300 * time.Millisecond)
	}
	h := hub.New(store, hub.Options{Timeout: 2 * time.Second})
	t.Cleanup(h.Close)
	n := testhub.Live(t, h)
	ackedSeq := map[int64]bool{}
	apply := func(i int) {
		by := []string{"tom", "kim"}[i%2]
		typ := night.CmdCheckIn
		if (i/2)%2 == 1 {
			typ = night.CmdCheckOut
		}
		res, err := h.Apply(ctx, n.ID, night.Command{ID: fmt.Sprintf("c%d", i), Type: typ, By: by, Source: night.FromKiosk})
		if err == nil && !res.Duplicate {
			ackedSeq[res.Event.Seq] = true
		}
	}
	i := 0
	for ; i < 40; i++ {
		apply(i)
	}
	// The replica falls behind: it stops taking the master's stream (it
	// follows an address nothing answers on, keeping what it has), so
	// what the master takes now reaches no copy. A paused replica would
	// not do: the stream waits in its socket and arrives when it wakes.
	if err := rc.Do(ctx, "REPLICAOF", "127.0.0.1", strconv.Itoa(unusedPort(t))).Err(); err != nil {
		t.Fatal(err)
	}
	for end := i + 10; i < end; i++ {
		apply(i)
	}
	// The master dies; the replica is promoted.
	master.Kill()
	start := time.Now()
	if err := rc.Do(ctx, "REPLICAOF", "NO", "ONE").Err(); err != nil {
		t.Fatal(err)
	}
	h2 := hub.New(hub.NewStore(rc, prefix), hub.Options{})
	t.Cleanup(h2.Close)
	for {
		res, err := h2.Apply(ctx, n.ID, night.Command{ID: "after", Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
		if err == nil {
			recovery = time.Since(start)
			seq := res.Event.Seq
			for s := range ackedSeq {
				if s >= seq {
					lost++
				}
			}
			break
		}
		if time.Since(start) > 15*time.Second {
			t.Fatalf("no change went through after the failover: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return len(ackedSeq), lost, recovery
}
