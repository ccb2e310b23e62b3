package sms

import (
	"context"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/testredis"
)

// A hub whose clock is an hour ahead (or jumped forward) must not take a
// text another hub is sending right now, nor send it again: leases and
// retries are timed by Redis's clock, the one all hubs share.
func TestQueue_SkewedClockDoesNotTakeATextInFlight(t *testing.T) {
	ctx := context.Background()
	rdb := testredis.Start(t).Client(t)
	k := keys{p: "skew:sms:"}
	right := &queue{rdb: rdb, k: k, lease: time.Minute, keep: time.Hour}
	ahead := &queue{rdb: rdb, k: k, lease: time.Minute, keep: time.Hour,
		now: func() time.Time { return time.Now().Add(time.Hour) }}
	if _, err := right.enqueue(ctx, Message{ID: "m1", To: "+447700900101", Body: "hello", Kind: KindNotice}); err != nil {
		t.Fatal(err)
	}
	id, err := right.pop(ctx)
	if err != nil || id != "m1" {
		t.Fatalf("pop: %q %v", id, err)
	}
	if id, err := ahead.pop(ctx); err != nil || id != "" {
		t.Fatalf("the hub with its clock ahead took %q, leased to another hub a moment ago (%v)", id, err)
	}
	// A retry set by the hub ahead comes back when it is due by Redis's
	// clock, not an hour early for the others.
	if err := ahead.retryIn(ctx, "m1", time.Minute, "busy"); err != nil {
		t.Fatal(err)
	}
	if id, err := right.pop(ctx); err != nil || id != "" {
		t.Fatalf("a retry due in a minute was taken at once: %q %v", id, err)
	}
}
