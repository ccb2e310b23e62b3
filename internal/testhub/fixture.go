package testhub

import (
	"context"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
)

// Numbers returns the phone numbers of the fixture night's team, by person
// id: a fresh map each call, so a test may change its own.
func Numbers() map[string]string {
	return map[string]string{
		"sam": "+447700900101", "priya": "+447700900102", "tom": "+447700900103", "jade": "+447700900104",
		"marcus": "+447700900105", "kim": "+447700900106", "leon": "+447700900107",
	}
}

// NightClock returns a clock at half past seven on the fixture night.
func NightClock() *Clock { return NewClock(time.Date(2026, 12, 5, 19, 30, 0, 0, time.Local)) }

var prefixes atomic.Int64

// Prefix returns a key prefix of the test's own, so tests can share one
// Redis: the test's name (made key-safe) and a number.
func Prefix(t testing.TB) string {
	name := strings.NewReplacer("/", "-", " ", "_", "{", "", "}", "").Replace(t.Name())
	return "t:" + name + ":" + strconv.FormatInt(prefixes.Add(1), 10) + ":"
}

// LiveNight is a test's handle on one night of a hub. Test environments
// embed it, so that e.T, e.Hub and e.Night (the night's id) read as
// before.
type LiveNight struct {
	T     testing.TB
	Hub   *hub.Hub
	Night string
}

// MustNight returns the night as the hub has it now, from Redis.
func (l LiveNight) MustNight() *night.Night {
	l.T.Helper()
	n, err := l.Hub.NightFromRedis(context.Background(), l.Night)
	if err != nil {
		l.T.Fatal(err)
	}
	return n
}

// MustApply applies c to the night and fails the test if the hub refuses.
func (l LiveNight) MustApply(c night.Command) *hub.Result {
	l.T.Helper()
	res, err := l.Hub.Apply(context.Background(), l.Night, c)
	if err != nil {
		l.T.Fatalf("apply %s: %v", c.Type, err)
	}
	return res
}
