package outbox_test

import (
	"context"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/outbox"
)

// Two hubs share one queue: an item leased to one is not taken by the
// other, and a retry comes back when it is due by Redis's clock, the one
// every hub shares (a hub whose own clock is ahead or jumped cannot take
// an item in flight, nor bring a retry forward).
func TestQueue_LeasesAndRetriesByRedisClock(t *testing.T) {
	ctx := context.Background()
	rdb := testredis.Start(t).Client(t)
	one := outbox.New(rdb, "t:{q}:", time.Minute, time.Hour)
	two := outbox.New(rdb, "t:{q}:", time.Minute, time.Hour)
	if added, err := one.Add(ctx, "m1", "to", "+447700900101", "status", "pending", "rank", 1); err != nil || !added {
		t.Fatalf("add: %v %v", added, err)
	}
	if added, err := two.Add(ctx, "m1", "to", "+447700900102"); err != nil || added {
		t.Fatalf("the same id added twice: %v %v", added, err)
	}
	id, err := one.Pop(ctx)
	if err != nil || id != "m1" {
		t.Fatalf("pop: %q %v", id, err)
	}
	if id, err := two.Pop(ctx); err != nil || id != "" {
		t.Fatalf("the other hub took %q, leased a moment ago (%v)", id, err)
	}
	if err := two.RetryIn(ctx, "m1", time.Minute, "busy"); err != nil {
		t.Fatal(err)
	}
	if id, err := one.Pop(ctx); err != nil || id != "" {
		t.Fatalf("a retry due in a minute was taken at once: %q %v", id, err)
	}
	if n, err := one.Pending(ctx); err != nil || n != 1 {
		t.Fatalf("pending = %d %v, want 1", n, err)
	}
	if err := one.RetryIn(ctx, "m1", 0, "again"); err != nil {
		t.Fatal(err)
	}
	if id, err := two.Pop(ctx); err != nil || id != "m1" {
		t.Fatalf("a retry due now: %q %v", id, err)
	}
}

// A status only moves forward, a final one never changes, and fields
// named to forget go once the status is final.
func TestQueue_StatusMovesForwardAndForgets(t *testing.T) {
	ctx := context.Background()
	rdb := testredis.Start(t).Client(t)
	q := outbox.New(rdb, "t:{q}:", time.Minute, time.Hour)
	if _, err := q.Add(ctx, "m1", "body", "Your code is 482913.", "status", "pending", "rank", 1); err != nil {
		t.Fatal(err)
	}
	if changed, err := q.SetStatus(ctx, "m1", "sent", 4, "", "body"); err != nil || !changed {
		t.Fatalf("sent: %v %v", changed, err)
	}
	if changed, _ := q.SetStatus(ctx, "m1", "queued", 2, "", "body"); changed {
		t.Fatal("a status went backwards")
	}
	if h, _ := q.Load(ctx, "m1"); h["body"] == "" {
		t.Fatal("the words went before the status was final")
	}
	if changed, _ := q.SetStatus(ctx, "m1", "delivered", outbox.Final, "", "body"); !changed {
		t.Fatal("delivered was not recorded")
	}
	if changed, _ := q.SetStatus(ctx, "m1", "failed", outbox.Final, "oops", "body"); changed {
		t.Fatal("a final status was replaced")
	}
	h, _ := q.Load(ctx, "m1")
	if h["status"] != "delivered" || h["body"] != "" {
		t.Fatalf("record after delivery: %v", h)
	}
	if h, err := q.Load(ctx, "gone"); h != nil || err != nil {
		t.Fatalf("a missing item: %v %v", h, err)
	}
}

// Redis loses its data while a worker holds an item (its send still in
// flight): what the worker writes afterwards must not make the item's
// record again, or the fragment would hold the item's id and Add would
// refuse the next item of that id as queued already.
func TestQueue_AnItemRedisLostIsNotMadeAgain(t *testing.T) {
	ctx := context.Background()
	rdb := testredis.Start(t).Client(t)
	q := outbox.New(rdb, "t:{q}:", time.Minute, time.Hour)
	if added, err := q.Add(ctx, "m1", "to", "+447700900101", "status", "pending", "rank", 1); err != nil || !added {
		t.Fatalf("add: %v %v", added, err)
	}
	if id, err := q.Pop(ctx); err != nil || id != "m1" {
		t.Fatalf("pop: %q %v", id, err)
	}
	if err := rdb.FlushDB(ctx).Err(); err != nil { // the data is lost
		t.Fatal(err)
	}
	if n, err := q.Attempt(ctx, "m1"); err != nil || n != 0 {
		t.Fatalf("attempt on a lost item: %d %v", n, err)
	}
	if err := q.RetryIn(ctx, "m1", 0, "busy"); err != nil {
		t.Fatal(err)
	}
	if _, err := q.SetStatus(ctx, "m1", "sent", 4, ""); err != nil {
		t.Fatal(err)
	}
	if h, err := q.Load(ctx, "m1"); err != nil || h != nil {
		t.Fatalf("the lost item came back as %v (%v)", h, err)
	}
	if id, err := q.Pop(ctx); err != nil || id != "" {
		t.Fatalf("the lost item was queued again as %q (%v)", id, err)
	}
	if added, err := q.Add(ctx, "m1", "to", "+447700900102", "status", "pending", "rank", 1); err != nil || !added {
		t.Fatalf("a new item of the lost one's id was refused: %v %v", added, err)
	}
}
