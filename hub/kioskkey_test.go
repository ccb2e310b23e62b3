package hub_test

import (
	"context"
	"testing"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
)

var keys = 0

func newKey() string {
	keys++
	return "generated-kiosk-key-" + string(rune('a'+keys))
}

// The kiosk key outlives a Redis that lost its data, so no kiosk is
// unpaired by it.
func TestKioskKey_SurvivesDataLoss(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	first, err := hub.KioskKey(ctx, hub.NewStore(testhub.Embedded(t), "k:"), hub.KioskKeyOptions{DataDir: dir, New: newKey})
	if err != nil {
		t.Fatal(err)
	}
	again, err := hub.KioskKey(ctx, hub.NewStore(testhub.Embedded(t), "k:"), hub.KioskKeyOptions{DataDir: dir, New: newKey})
	if err != nil {
		t.Fatal(err)
	}
	if again != first {
		t.Fatalf("after Redis lost its data the kiosk key changed from %q to %q", first, again)
	}
}

// Hubs with the same settings agree on the key whatever Redis holds: it
// is derived from the admin token when one is set.
func TestKioskKey_HubsAgree(t *testing.T) {
	ctx := context.Background()
	opts := hub.KioskKeyOptions{DataDir: t.TempDir(), Secret: "admin-token-0123456789", New: newKey}
	a, err := hub.KioskKey(ctx, hub.NewStore(testhub.Embedded(t), "k:"), opts)
	if err != nil {
		t.Fatal(err)
	}
	opts.DataDir = t.TempDir() // another machine
	b, err := hub.KioskKey(ctx, hub.NewStore(testhub.Embedded(t), "k:"), opts)
	if err != nil {
		t.Fatal(err)
	}
	if a != b || len(a) < 12 {
		t.Fatalf("two hubs with the same settings have kiosk keys %q and %q", a, b)
	}
}
