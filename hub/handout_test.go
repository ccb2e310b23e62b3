package hub_test

import (
	"context"
	"testing"
	"time"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/night"
)

// Whatever the hub hands out (NightFromRedis, CachedNight, Result.Night) is the caller's
// own: changing it changes nothing the hub or another caller holds.
func TestHub_HandsOutValuesNobodyElseHolds(t *testing.T) {
	ctx := context.Background()
	h := MustHub(t, testhub.Embedded(t), uniquePrefix(t))
	n := MustImport(t, h)
	// Follow the night, so the hub keeps it in memory as a busy night does.
	defer h.Subscribe(n.ID, -1, func(*hub.RawEvent) {})()
	res := MustApply(t, h, n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 4, Source: night.FromSMS})
	waitDelivered(t, h, n.ID, res.Night.Seq)

	spoil := func(m *night.Night) {
		m.Undo = nil
		m.Jobs[3].Status = night.Todo
		m.People[0].Name = "changed"
	}
	spoil(res.Night)
	got, err := h.NightFromRedis(ctx, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	spoil(got)
	latest, err := h.CachedNight(ctx, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	if latest.Undo["tom"].Job == nil || latest.Jobs[3].Status != night.Done || latest.People[0].Name == "changed" {
		t.Fatalf("changing a night the hub handed out changed the hub's: undo %v, job 4 %s", latest.Undo, latest.Jobs[3].Status)
	}
	spoil(latest)
	MustApply(t, h, n.ID, night.Command{Type: night.CmdCheckIn, By: "jade", Source: night.FromKiosk})
	if _, err := h.Apply(ctx, n.ID, night.Command{Type: night.CmdUndo, By: "tom", Source: night.FromSMS}); err != nil {
		t.Fatalf("Tom's UNDO after others changed their copies: %v", err)
	}
}

func waitDelivered(t *testing.T, h interface {
	CachedPosition(context.Context, string) (hub.Position, error)
}, id string, seq int64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if head, _ := h.CachedPosition(context.Background(), id); head.Seq >= seq {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the hub did not deliver seq %d", seq)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
