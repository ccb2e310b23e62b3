package hub_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
)

// A change made through hub B reaches a subscriber of hub A, through the
// Redis stream alone.
func TestHub_TwoHubsFollowOneStream(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			rdb := b.client(t)
			prefix := uniquePrefix(t)
			a, bh := MustHub(t, rdb, prefix), MustHub(t, rdb, prefix)
			n := MustImport(t, a)
			var mu sync.Mutex
			var got []int64
			unsub := a.Subscribe(n.ID, -1, func(ev *hub.RawEvent) {
				mu.Lock()
				defer mu.Unlock()
				got = append(got, ev.Seq)
			})
			defer unsub()
			time.Sleep(100 * time.Millisecond) // let the follower start
			for i := 1; i <= 5; i++ {
				MustApply(t, bh, n.ID, night.Command{Type: night.CmdDone, By: "kim", Job: i})
			}
			deadline := time.Now().Add(5 * time.Second)
			for {
				mu.Lock()
				count := len(got)
				mu.Unlock()
				if count >= 5 {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("hub A saw %v of hub B's changes", got)
				}
				time.Sleep(10 * time.Millisecond)
			}
			mu.Lock()
			defer mu.Unlock()
			for i, s := range got {
				if s != int64(i+2) {
					t.Fatalf("events out of order: %v", got)
				}
			}
		})
	}
}

// The embedded store keeps a backup after every change, and a new process
// with an empty store loads it back: a venue laptop that restarts keeps its
// night, its live night and its kiosk key.
func TestEmbedded_BackupSurvivesRestart(t *testing.T) {
	dir := t.TempDir()
	log := slog.New(slog.DiscardHandler)
	start := func() (*hub.Hub, *hub.Backup, *hub.Store) {
		e, err := hub.StartEmbedded()
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(e.Close)
		rdb := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{e.Addr()}})
		t.Cleanup(func() { _ = rdb.Close() })
		store := hub.NewStore(rdb, "cn:")
		b, err := hub.NewBackup(dir, store, log)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.Load(context.Background()); err != nil {
			t.Fatal(err)
		}
		h := hub.New(store, hub.Options{})
		t.Cleanup(h.Close)
		h.OnCommit(b.Hook())
		return h, b, store
	}
	h, _, store := start()
	key, _ := store.SetSettingNX(context.Background(), "kiosk_key", "first-key-123456")
	n := MustImport(t, h)
	MustApply(t, h, n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 4, Source: night.FromSMS})
	MustApply(t, h, n.ID, night.Command{Type: night.CmdCheckIn, By: "tom", Source: night.FromSMS})

	data, err := os.ReadFile(filepath.Join(dir, n.ID+".night.json"))
	if err != nil {
		t.Fatalf("no backup written: %v", err)
	}
	var backed night.Night
	if err := json.Unmarshal(data, &backed); err != nil || backed.Seq != 3 {
		t.Fatalf("backup holds seq %d (%v), want 3", backed.Seq, err)
	}

	// Keys that are not a night's own (texts queued, photos, sessions)
	// are saved too, with their time to live.
	ctx := context.Background()
	rdb := store.Client()
	rdb.Set(ctx, "cn:dash:photo:sam", []byte{0xff, 0xd8, 0x00, 0x01}, 0)
	rdb.Set(ctx, "cn:dash:session:abc", "kim", time.Hour)
	rdb.RPush(ctx, "cn:sms:queue", "text-1", "text-2")
	rdb.ZAdd(ctx, "cn:sms:due", redis.Z{Score: 42, Member: "p1"})
	rdb.HSet(ctx, "cn:sms:msg:1", "to", "+447700900101", "status", "queued")
	bk := backupOf(t, store, dir)
	if err := bk.SaveKeys(ctx); err != nil {
		t.Fatal(err)
	}

	h2, _, store2 := start()
	rdb2 := store2.Client()
	if v, _ := rdb2.Get(ctx, "cn:dash:photo:sam").Bytes(); string(v) != string([]byte{0xff, 0xd8, 0x00, 0x01}) {
		t.Fatalf("photo bytes not restored: %v", v)
	}
	if ttl, _ := rdb2.TTL(ctx, "cn:dash:session:abc").Result(); ttl <= 0 || ttl > time.Hour {
		t.Fatalf("session TTL not restored: %v", ttl)
	}
	if l, _ := rdb2.LRange(ctx, "cn:sms:queue", 0, -1).Result(); len(l) != 2 || l[0] != "text-1" {
		t.Fatalf("queue not restored: %v", l)
	}
	if z, _ := rdb2.ZScore(ctx, "cn:sms:due", "p1").Result(); z != 42 {
		t.Fatalf("zset not restored: %v", z)
	}
	if m, _ := rdb2.HGetAll(ctx, "cn:sms:msg:1").Result(); m["status"] != "queued" {
		t.Fatalf("hash not restored: %v", m)
	}
	got, err := h2.NightFromRedis(context.Background(), n.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Seq != 3 || got.Jobs[3].Status != night.Done || !got.People[2].CheckedIn {
		t.Fatalf("restored night is wrong: seq %d", got.Seq)
	}
	if live, _ := h2.LiveID(context.Background()); live != n.ID {
		t.Fatalf("live night not restored: %q", live)
	}
	if k, _ := store2.SetSettingNX(context.Background(), "kiosk_key", "another"); k != key {
		t.Fatalf("kiosk key not restored: %q", k)
	}
	// The seq goes on from the backup.
	res := MustApply(t, h2, n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 1})
	if res.Event.Seq != 4 {
		t.Fatalf("seq after restore = %d, want 4", res.Event.Seq)
	}
}

// A change committed after a screen read the seq but before this hub
// started following the night still reaches the screen.
func TestHub_SubscribeFromASeqMissesNothing(t *testing.T) {
	rdb := backends()[0].client(t)
	h := MustHub(t, rdb, uniquePrefix(t))
	n := MustImport(t, h)
	from := n.Seq
	MustApply(t, h, n.ID, night.Command{Type: night.CmdDone, By: "kim", Job: 1}) // in between
	got := make(chan int64, 4)
	unsub := h.Subscribe(n.ID, from, func(ev *hub.RawEvent) { got <- ev.Seq })
	defer unsub()
	select {
	case seq := <-got:
		if seq != from+1 {
			t.Fatalf("first event %d, want %d", seq, from+1)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the change made in between never arrived")
	}
	// EventsFromMemory serves it from memory now.
	evs, ok := h.EventsFromMemory(n.ID, from, from+1)
	if !ok || len(evs) != 1 || evs[0].Seq != from+1 {
		t.Fatalf("recent: %v %v", ok, evs)
	}
	if _, ok := h.EventsFromMemory(n.ID, from-1, from+1); ok {
		t.Fatal("recent must not claim events it never saw")
	}
}

func backupOf(t *testing.T, store *hub.Store, dir string) *hub.Backup {
	t.Helper()
	b, err := hub.NewBackup(dir, store, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
