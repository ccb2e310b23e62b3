package hub

import (
	"testing"
	"time"
)

// A read of Redis that began before a change must not put the old live
// night back; a change makes the next LiveID ask Redis.
func TestLiveCache_SlowReadCannotUndoAChange(t *testing.T) {
	var c liveCache
	now := time.Now()
	if _, ok, _ := c.get(now); ok {
		t.Fatal("an empty cache claims to know the live night")
	}
	_, _, gen := c.get(now) // a read of Redis starts: it will say "old"
	c.changed()             // meanwhile the live night changes
	c.fill("old", now, gen) // the slow read comes back
	if id, ok, _ := c.get(now); ok {
		t.Fatalf("the cache kept %q from a read begun before the change", id)
	}
	_, _, gen = c.get(now)
	c.fill("new", now, gen)
	if id, ok, _ := c.get(now); !ok || id != "new" {
		t.Fatalf("a read with no change meanwhile must be kept, got %q %v", id, ok)
	}
	if _, ok, _ := c.get(now.Add(liveTTL)); ok {
		t.Fatal("the cache must be asked again after liveTTL")
	}
	c.changed()
	if _, ok, _ := c.get(now); ok {
		t.Fatal("a change must make the next read ask Redis")
	}
}
