package loadtest

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// ReconnectReport is what a reconnect storm measured: every screen drops,
// Missed changes happen, and every screen comes back at once with since.
type ReconnectReport struct {
	Screens, Missed int
	// CatchUp is, per screen, the time from starting to reconnect to
	// holding every missed event.
	P50, P99, Max time.Duration
	Complete      int // screens that got exactly the missed events
	Snapshots     int // screens that got a snapshot instead
	Wrong         int // screens with missing, extra or repeated events
	Failed        int // screens that could not reconnect
}

func (r *ReconnectReport) String() string {
	return fmt.Sprintf("reconnect storm: %d screens after %d missed changes: catch-up p50=%s p99=%s max=%s; "+
		"complete=%d snapshots=%d wrong=%d failed=%d",
		r.Screens, r.Missed, r.P50, r.P99, r.Max, r.Complete, r.Snapshots, r.Wrong, r.Failed)
}

// RunReconnect opens cfg.Screens screens, closes them all, sends missed
// changes, then reconnects every screen at once with since.
func RunReconnect(ctx context.Context, cfg Config, missed int) (*ReconnectReport, error) {
	if len(cfg.People) == 0 || cfg.Screens < 1 || missed < 1 {
		return nil, fmt.Errorf("need people, screens and missed changes")
	}
	screens, err := openScreens(ctx, cfg, nil)
	for _, s := range screens {
		if s != nil {
			s.conn.Close()
		}
	}
	if err != nil {
		return nil, err
	}
	var since int64
	for _, s := range screens {
		s.mu.Lock()
		since = max(since, s.last)
		s.mu.Unlock()
	}
	httpc := &http.Client{Timeout: 10 * time.Second}
	toggles, err := newToggles(ctx, cfg)
	if err != nil {
		return nil, err
	}
	for i := 0; i < missed; i++ {
		person := cfg.People[i%len(cfg.People)]
		checkIn := toggles.next(person)
		if err := send(ctx, httpc, cfg, fmt.Sprintf("storm-%d-%d", time.Now().UnixNano(), i), person, checkIn); err != nil {
			return nil, fmt.Errorf("change %d: %w", i, err)
		}
	}
	want := since + int64(missed)

	u := strings.Replace(cfg.URL, "http", "ws", 1) + "/ws?key=" + url.QueryEscape(cfg.KioskKey) + fmt.Sprintf("&since=%d", since)
	if cfg.Night != "" {
		u += "&night=" + url.QueryEscape(cfg.Night)
	}
	dialer := &websocket.Dialer{HandshakeTimeout: 30 * time.Second, ReadBufferSize: 4096, WriteBufferSize: 512}
	rep := &ReconnectReport{Screens: cfg.Screens, Missed: missed}
	var mu sync.Mutex
	var times []time.Duration
	var wg sync.WaitGroup
	start := time.Now()
	for range screens {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, _, err := dialer.DialContext(ctx, u, nil)
			if err != nil {
				mu.Lock()
				rep.Failed++
				mu.Unlock()
				return
			}
			defer c.Close()
			_ = c.SetReadDeadline(time.Now().Add(30 * time.Second))
			next := since + 1
			ok := true
			snap := false
			for next <= want {
				_, data, err := c.ReadMessage()
				if err != nil {
					ok = false
					break
				}
				f, good := parseFrame(data)
				if !good {
					continue
				}
				if f.Type == "snapshot" {
					snap = true
					break
				}
				if f.Type != "event" {
					continue
				}
				if f.Seq != next {
					ok = false
					break
				}
				next++
			}
			took := time.Since(start)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case snap:
				rep.Snapshots++
			case !ok:
				rep.Wrong++
			default:
				rep.Complete++
				times = append(times, took)
			}
		}()
	}
	wg.Wait()
	slices.Sort(times)
	if len(times) > 0 {
		pct := func(p float64) time.Duration { return times[min(len(times)-1, int(p*float64(len(times))))] }
		rep.P50, rep.P99, rep.Max = pct(.5), pct(.99), times[len(times)-1]
	}
	return rep, nil
}
