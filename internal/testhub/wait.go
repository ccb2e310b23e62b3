package testhub

import (
	"strings"
	"sync"
	"testing"
	"time"
)

// Eventually polls cond until it holds, or fails the test once d has
// passed. Background work (sending, escalating) is awaited this way, never
// with a fixed sleep.
func Eventually(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up after %s waiting for: %s", d, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// SyncBuffer collects log lines or output that other goroutines write
// while the test reads them.
type SyncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *SyncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *SyncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
