package background_test

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/clubnight/clubnight/background"
)

// TestGroup_CloseWaitsForLoopsAndTheirWork: Close cancels the loops and
// returns only after they, and the work they handed to Go, have ended.
func TestGroup_CloseWaitsForLoopsAndTheirWork(t *testing.T) {
	var g background.Group
	var loops, work atomic.Int32
	started := make(chan struct{}, 2)
	loop := func(ctx context.Context) {
		g.Go(func() {
			<-ctx.Done()
			work.Add(1)
		})
		started <- struct{}{}
		<-ctx.Done()
		loops.Add(1)
	}
	g.Start(context.Background(), loop, loop)
	<-started
	<-started
	g.Close()
	if loops.Load() != 2 || work.Load() != 2 {
		t.Fatalf("after Close: %d loops and %d pieces of work ended, want 2 and 2", loops.Load(), work.Load())
	}
}

// TestGroup_StartsOnce: a second Start runs nothing, and Close is safe
// before Start and twice.
func TestGroup_StartsOnce(t *testing.T) {
	var g background.Group
	g.Close()
	var runs atomic.Int32
	loop := func(ctx context.Context) { runs.Add(1); <-ctx.Done() }
	g.Start(context.Background(), loop)
	g.Start(context.Background(), loop)
	g.Close()
	g.Close()
	if n := runs.Load(); n != 1 {
		t.Fatalf("%d loops ran, want 1", n)
	}
}
