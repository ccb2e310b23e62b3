package hub_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
)

// With CLUBNIGHT_DURABLE=replica a change is acknowledged only once a
// replica has it, so a failover to that replica loses nothing
// acknowledged; without a replica in step the answer says so.
func TestStore_DurableReplicaWaitsForACopy(t *testing.T) {
	ctx := context.Background()
	master := testredis.Start(t)
	replica := testredis.Start(t, testredis.WithArgs("--replicaof", "127.0.0.1", strconv.Itoa(master.Port)))
	rc := replica.Client(t)
	deadline := time.Now().Add(15 * time.Second)
	for {
		info, _ := rc.Info(ctx, "replication").Result()
		if strings.Contains(info, "master_link_status:up") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the replica did not catch up with the master")
		}
		time.Sleep(50 * time.Millisecond)
	}
	store := hub.NewStore(master.Client(t), uniquePrefix(t))
	store.RequireReplica(2 * time.Second)
	h := hub.New(store, hub.Options{})
	t.Cleanup(h.Close)
	n := testhub.Live(t, h)
	res := MustApply(t, h, n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 4, Source: night.FromKiosk})
	// The replica has it the moment it was acknowledged.
	if seq, err := hub.NewStore(rc, store.Prefix()).Seq(ctx, n.ID); err != nil || seq != res.Event.Seq {
		t.Fatalf("the replica is at seq %d (%v), the change was acknowledged at %d", seq, err, res.Event.Seq)
	}

	replica.Kill()
	_, err := h.Apply(ctx, n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
	if night.ErrorCode(err) != night.Unknown {
		t.Fatalf("a change no replica copied was answered %v", err)
	}
}
