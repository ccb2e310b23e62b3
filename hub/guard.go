package hub

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// guard is on under `go test`: each cached night carries a fingerprint, and
// any look at the cache checks that nobody changed the night in place (the
// class of bug where reading the night wiped everyone's UNDO). It costs a
// JSON encoding per cached night, so it is off in production.
var guard = testing.Testing()

// cacheEntry is one night this hub keeps in memory.
type cacheEntry struct {
	n     *night.Night
	epoch string   // the epoch of the history n belongs to
	sum   [32]byte // fingerprint of n when cached; only with guard
}

func newCacheEntry(n *night.Night, epoch string) cacheEntry {
	e := cacheEntry{n: n, epoch: epoch}
	if guard {
		e.sum = fingerprint(n)
	}
	return e
}

// check panics, failing the test that did it, when the cached night was
// changed since it was cached.
func (e cacheEntry) check() {
	if guard && fingerprint(e.n) != e.sum {
		panic(fmt.Sprintf("hub: the cached night %s (seq %d) was changed in place; "+
			"Clone it before changing it", e.n.ID, e.n.Seq))
	}
}

func fingerprint(n *night.Night) [32]byte {
	data, err := json.Marshal(n)
	if err != nil {
		panic(err)
	}
	return sha256.Sum256(data)
}
