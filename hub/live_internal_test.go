package hub

import (
	"testing"
	"time"
)

// A read of Redis that began before a change was announced must not put
// the old live night back.
func TestLiveCache_SlowReadCannotUndoAnAnnouncement(t *testing.T) {
	var c liveCache
	now := time.Now()
	if _, ok, _ := c.get(now); ok {
		t.Fatal("an empty cache claims to know the live night")
	}
	_, _, gen := c.get(now) // a read of Redis starts: it will say "old"
	c.announce("new", now)  // meanwhile another hub announces "new"
	c.fill("old", now, gen) // the slow read comes back
	if id, ok, _ := c.get(now); !ok || id != "new" {
		t.Fatalf("live night %q %v, want the announced one", id, ok)
	}
	if _, ok, _ := c.get(now.Add(liveTTL)); ok {
		t.Fatal("the cache must be asked again after liveTTL")
	}
	_, _, gen = c.get(now)
	c.fill("newer", now, gen)
	if id, _, _ := c.get(now); id != "newer" {
		t.Fatalf("a read with nothing announced meanwhile must be kept, got %q", id)
	}
}
