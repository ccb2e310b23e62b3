package hub_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
)

func TestStore_CommitAndReplay(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			rdb := b.client(t)
			prefix := uniquePrefix(t)
			h := MustHub(t, rdb, prefix)
			n := MustImport(t, h)
			if n.Seq != 1 {
				t.Fatalf("a new night starts at seq 1, got %d", n.Seq)
			}
			MustApply(t, h, n.ID, night.Command{Type: night.CmdDoing, By: "tom", Job: 4, Source: night.FromSMS})
			MustApply(t, h, n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 4, Source: night.FromSMS})
			MustApply(t, h, n.ID, night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Jo's taxi", Source: night.FromKiosk})

			// A second hub on the same Redis (no shared memory) sees it all.
			other := MustHub(t, rdb, prefix)
			got, err := other.NightFromRedis(context.Background(), n.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Seq != 4 || got.Jobs[3].Status != night.Done || got.Jobs[3].DoneBy != "tom" || len(got.Problems) != 1 {
				t.Fatalf("reloaded state is wrong: seq %d job4 %s by %s, %d problems", got.Seq, got.Jobs[3].Status, got.Jobs[3].DoneBy, len(got.Problems))
			}
			evs, complete, err := other.EventsFromRedis(context.Background(), n.ID, 0, 100)
			if err != nil || !complete {
				t.Fatalf("events: %v complete=%v", err, complete)
			}
			wantKinds := []night.CommandType{night.CmdReplace, night.CmdDoing, night.CmdDone, night.CmdRaise}
			if len(evs) != len(wantKinds) {
				t.Fatalf("got %d events, want %d", len(evs), len(wantKinds))
			}
			for i, raw := range evs {
				var ev night.Event
				if err := json.Unmarshal(raw.JSON, &ev); err != nil {
					t.Fatal(err)
				}
				if raw.Seq != int64(i+1) || ev.Seq != raw.Seq || ev.Kind != wantKinds[i] || ev.Type != "event" {
					t.Errorf("event %d: seq %d/%d kind %s type %q", i, raw.Seq, ev.Seq, ev.Kind, ev.Type)
				}
				if strings.Contains(string(raw.JSON), "+447") {
					t.Errorf("event %d carries a phone number: %s", i, raw.JSON)
				}
			}
			live, err := other.LiveID(context.Background())
			if err != nil || live != n.ID {
				t.Fatalf("live = %q, %v", live, err)
			}
		})
	}
}

func TestStore_RefusalChangesNothing(t *testing.T) {
	rdb := backends()[0].client(t)
	h := MustHub(t, rdb, uniquePrefix(t))
	n := MustImport(t, h)
	_, err := h.Apply(context.Background(), n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 99, Source: night.FromSMS})
	if night.ErrorCode(err) != night.NotFound || night.ErrorMessage(err) != "There is no job 99." {
		t.Fatalf("err = %v (%s)", err, night.ErrorCode(err))
	}
	got, _ := h.NightFromRedis(context.Background(), n.ID)
	if got.Seq != 1 {
		t.Fatalf("a refused command raised seq to %d", got.Seq)
	}
	if _, err := h.Apply(context.Background(), "no-such-night", night.Command{Type: night.CmdDone, By: "tom", Job: 1}); night.ErrorCode(err) != night.NotFound {
		t.Fatalf("unknown night: %v", err)
	}
}

// Fifty writers, on two hubs so the in-process lock cannot serialise them,
// all mark one job done: exactly one transition happens.
func TestStore_ConcurrentDoneOneTransition(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			rdb := b.client(t)
			prefix := uniquePrefix(t)
			hubs := []*hub.Hub{MustHub(t, rdb, prefix), MustHub(t, rdb, prefix)}
			n := MustImport(t, hubs[0])
			people := []string{"tom", "leon", "jade", "sam", "kim"}
			var wg sync.WaitGroup
			var mu sync.Mutex
			ok, refused := 0, 0
			for i := range 50 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					_, err := hubs[i%2].Apply(context.Background(), n.ID, night.Command{Type: night.CmdDone, By: people[i%len(people)], Job: 4, Source: night.FromKiosk})
					mu.Lock()
					defer mu.Unlock()
					switch {
					case err == nil:
						ok++
					case night.ErrorCode(err) == night.Conflict && strings.Contains(night.ErrorMessage(err), "already did that"):
						refused++
					default:
						t.Errorf("unexpected error: %v", err)
					}
				}()
			}
			wg.Wait()
			if ok != 1 || refused != 49 {
				t.Fatalf("ok=%d refused=%d; want exactly one transition", ok, refused)
			}
			got, _ := hubs[1].NightFromRedis(context.Background(), n.ID)
			if got.Seq != 2 {
				t.Fatalf("seq = %d, want 2", got.Seq)
			}
			evs, _, _ := hubs[1].EventsFromRedis(context.Background(), n.ID, 0, 100)
			if len(evs) != 2 {
				t.Fatalf("log has %d events, want 2", len(evs))
			}
		})
	}
}

// Fifty different changes at once on two hubs: none is lost.
func TestStore_ConcurrentChangesNoLostUpdate(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			rdb := b.client(t)
			prefix := uniquePrefix(t)
			hubs := []*hub.Hub{MustHub(t, rdb, prefix), MustHub(t, rdb, prefix)}
			n := MustImport(t, hubs[0])
			var wg sync.WaitGroup
			for i := range 50 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if _, err := hubs[i%2].Apply(context.Background(), n.ID, night.Command{Type: night.CmdRaise, By: "kim", Kind: night.Other, Text: fmt.Sprintf("problem %d", i), Source: night.FromAPI}); err != nil {
						t.Errorf("raise %d: %v", i, err)
					}
				}()
			}
			wg.Wait()
			got, _ := hubs[0].NightFromRedis(context.Background(), n.ID)
			if got.Seq != 51 || len(got.Problems) != 50 {
				t.Fatalf("seq %d with %d problems; want 51 and 50", got.Seq, len(got.Problems))
			}
			evs, complete, _ := hubs[0].EventsFromRedis(context.Background(), n.ID, 0, 1000)
			if !complete || len(evs) != 51 {
				t.Fatalf("log has %d events (complete=%v), want 51", len(evs), complete)
			}
			for i, e := range evs {
				if e.Seq != int64(i+1) {
					t.Fatalf("event %d has seq %d: the log must have no gaps", i, e.Seq)
				}
			}
		})
	}
}

// A command sent twice with one id (a client or go-redis retrying) is
// applied once, and the repeat gets the same answer.
func TestStore_RetryIsIdempotent(t *testing.T) {
	for _, b := range backends()[:2] {
		t.Run(b.name, func(t *testing.T) {
			h := MustHub(t, b.client(t), uniquePrefix(t))
			n := MustImport(t, h)
			c := night.Command{ID: "tap-123", Type: night.CmdRaise, By: "sam", Kind: night.Music, Source: night.FromKiosk}
			first := MustApply(t, h, n.ID, c)
			second := MustApply(t, h, n.ID, c)
			if first.Duplicate || !second.Duplicate {
				t.Fatalf("duplicate flags: %v %v", first.Duplicate, second.Duplicate)
			}
			if second.Event == nil || second.Event.Seq != first.Event.Seq || second.Event.Problem.ID != first.Event.Problem.ID {
				t.Fatalf("the repeat must get the original event: %+v", second.Event)
			}
			if second.Night.Seq != 2 || len(second.Night.Problems) != 1 {
				t.Fatalf("applied twice: seq %d, %d problems", second.Night.Seq, len(second.Night.Problems))
			}

			// A retry that would be refused now (Sam is already in, by
			// this very command) still gets the first answer.
			in := night.Command{ID: "text-456", Type: night.CmdCheckIn, By: "sam", Source: night.FromSMS}
			first = MustApply(t, h, n.ID, in)
			second = MustApply(t, h, n.ID, in)
			if !second.Duplicate || second.Event == nil || second.Event.Seq != first.Event.Seq {
				t.Fatalf("a repeated check-in: %+v, want the first check-in's event", second)
			}
			// The same check-in under a new id is a new command, and refused.
			in.ID = "text-789"
			if _, err := h.Apply(context.Background(), n.ID, in); night.ErrorCode(err) != night.Conflict {
				t.Fatalf("a second check-in: %v, want a conflict", err)
			}
		})
	}
}

// Redis with AOF is killed and started again: nothing acknowledged is lost.
func TestStore_RedisRestartWithAOFLosesNothing(t *testing.T) {
	srv := testredis.Start(t, testredis.WithAOF())
	prefix := uniquePrefix(t)
	h := MustHub(t, srv.Client(t), prefix)
	n := MustImport(t, h)
	acked := 1
	for i := 1; i <= 15; i++ {
		MustApply(t, h, n.ID, night.Command{Type: night.CmdDone, By: "kim", Job: i, Source: night.FromDashboard})
		acked++
	}
	srv.Kill()
	if _, err := h.Apply(context.Background(), n.ID, night.Command{Type: night.CmdCheckIn, By: "kim"}); night.ErrorCode(err) != night.Busy {
		t.Fatalf("with Redis down a command must fail with a plain try-again error, got %v", err)
	} else if !strings.Contains(night.ErrorMessage(err), "try again") {
		t.Fatalf("message %q should tell people to try again", night.ErrorMessage(err))
	}
	srv.Restart(t)
	fresh := MustHub(t, srv.Client(t), prefix)
	got, err := fresh.NightFromRedis(context.Background(), n.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Seq != int64(acked) {
		t.Fatalf("after restart seq = %d, want %d", got.Seq, acked)
	}
	for i := 0; i < 15; i++ {
		if got.Jobs[i].Status != night.Done {
			t.Fatalf("job %d lost its done", i+1)
		}
	}
	evs, complete, _ := fresh.EventsFromRedis(context.Background(), n.ID, 0, 100)
	if !complete || len(evs) != acked {
		t.Fatalf("log after restart: %d events, complete=%v", len(evs), complete)
	}
	// The old hub recovers by itself once Redis is back.
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, err := h.Apply(context.Background(), n.ID, night.Command{Type: night.CmdCheckIn, By: "kim"})
		if err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the hub did not recover after Redis came back: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Every key of a night shares one hash tag, so a Cluster keeps it on one
// slot (the commit script would fail with CROSSSLOT otherwise).
func TestStore_KeysShareHashTag(t *testing.T) {
	rdb := testredis.StartCluster(t).Client(t)
	h := MustHub(t, rdb, uniquePrefix(t))
	n := MustImport(t, h)
	for i := 0; i < 5; i++ {
		MustApply(t, h, n.ID, night.Command{Type: night.CmdDone, By: "kim", Job: i + 1})
	}
	var mu sync.Mutex
	var keys []string
	err := rdb.ForEachMaster(context.Background(), func(ctx context.Context, c *redis.Client) error {
		ks, err := c.Keys(ctx, "*{n:"+n.ID+"}*").Result()
		mu.Lock()
		defer mu.Unlock()
		keys = append(keys, ks...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(keys) < 3 {
		t.Fatalf("want state, log and command keys, got %v", keys)
	}
	slot := -1
	for _, k := range keys {
		s, err := rdb.ClusterKeySlot(context.Background(), k).Result()
		if err != nil {
			t.Fatal(err)
		}
		if slot >= 0 && int(s) != slot {
			t.Fatalf("key %s is on slot %d, others on %d", k, s, slot)
		}
		slot = int(s)
	}
}
