// Package background runs a service's long-lived loops (followers,
// tickers, workers) and stops them together: Start launches each loop with
// a context that Close cancels, and Close waits until every loop, and
// every goroutine a loop handed to Go, has returned.
package background

import (
	"context"
	"sync"
)

// Group is a set of loops that start and stop together. The zero value is
// ready to use; a Group is started at most once.
type Group struct {
	mu      sync.Mutex
	started bool
	cancel  context.CancelFunc
	wg      sync.WaitGroup
}

// Start runs each loop in its own goroutine with a context derived from
// ctx, which Close cancels. It does nothing when the group has started
// before.
func (g *Group) Start(ctx context.Context, loops ...func(context.Context)) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.started {
		return
	}
	g.started = true
	ctx, g.cancel = context.WithCancel(ctx)
	for _, loop := range loops {
		g.Go(func() { loop(ctx) })
	}
}

// Go runs f in a goroutine that Close waits for, for work a loop starts
// and must not outlive the group (one text being sent, say).
func (g *Group) Go(f func()) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		f()
	}()
}

// Close cancels the loops' context and waits for them and for everything
// handed to Go. It is safe to call before Start, and more than once.
func (g *Group) Close() {
	g.mu.Lock()
	cancel := g.cancel
	g.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	g.wg.Wait()
}
