package hub

import "context"

// WatchLive calls fn with the new live night's id whenever any hub on the
// same Redis changes it, until ctx ends. It runs in its own goroutine.
func (h *Hub) WatchLive(ctx context.Context, fn func(id string)) {
	sub := h.store.rdb.Subscribe(ctx, h.store.LiveChannel())
	h.wg.Add(1)
	go func() {
		defer h.wg.Done()
		defer sub.Close()
		ch := sub.Channel()
		for {
			select {
			case <-ctx.Done():
				return
			case <-h.ctx.Done():
				return
			case m, ok := <-ch:
				if !ok {
					return
				}
				fn(m.Payload)
			}
		}
	}()
}
