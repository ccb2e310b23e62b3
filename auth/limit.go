package auth

import (
	"sync"
	"time"

	"github.com/clubnight/clubnight/night"
)

// limiter is a set of token buckets by key: each holds up to burst tokens
// and gains one every `every`. It lives in memory, so each hub process
// counts on its own.
type limiter struct {
	burst float64
	every time.Duration

	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	at     time.Time
}

func newLimiter(burst int, every time.Duration) *limiter {
	return &limiter{burst: float64(burst), every: every, buckets: map[string]*bucket{}}
}

// allow takes a token for key, reporting false when there is none.
func (l *limiter) allow(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) >= 10000 {
			l.forgetFull(now)
		}
		b = &bucket{tokens: l.burst, at: now}
		l.buckets[key] = b
	}
	b.tokens = min(l.burst, b.tokens+float64(now.Sub(b.at))/float64(l.every))
	b.at = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// has reports whether key has a token, without taking it.
func (l *limiter) has(key string, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	return !ok || b.tokens+float64(now.Sub(b.at))/float64(l.every) >= 1
}

// forgetFull drops buckets that have refilled, which are the same as new.
func (l *limiter) forgetFull(now time.Time) {
	for k, b := range l.buckets {
		if b.tokens+float64(now.Sub(b.at))/float64(l.every) >= l.burst {
			delete(l.buckets, k)
		}
	}
}

// Command limits. Every kiosk shares the one kiosk key, so "per kiosk" is
// per key: a stolen key can never send more than these, however many
// screens or addresses it uses. A raise texts people, so it has its own,
// far lower, limits.
const (
	KioskTapBurst    = 300                    // commands the kiosk key may send at once
	KioskTapEvery    = 200 * time.Millisecond // ... and then one per this (5 a second)
	PersonTapBurst   = 30                     // commands one person may send at once
	PersonTapEvery   = time.Second            // ... and then one a second
	KioskRaiseBurst  = 6                      // problems the kiosk key may raise at once
	KioskRaiseEvery  = time.Minute            // ... and then one a minute
	PersonRaiseBurst = 2                      // problems one person may raise at once
	PersonRaiseEvery = 2 * time.Minute        // ... and then one every two minutes
)

// Wrong credentials: an address (an IPv6 /64) may present this many wrong
// admin tokens or kiosk keys at once, then one every GuessEvery. Past
// that, its tries are refused unchecked, right or wrong, until it waits.
const (
	GuessBurst = 20
	GuessEvery = 6 * time.Second
)

// commandLimits holds the buckets for commands.
type commandLimits struct {
	kioskTaps, personTaps, kioskRaises, personRaises *limiter
}

func newCommandLimits() *commandLimits {
	return &commandLimits{
		kioskTaps:    newLimiter(KioskTapBurst, KioskTapEvery),
		personTaps:   newLimiter(PersonTapBurst, PersonTapEvery),
		kioskRaises:  newLimiter(KioskRaiseBurst, KioskRaiseEvery),
		personRaises: newLimiter(PersonRaiseBurst, PersonRaiseEvery),
	}
}

// Admit applies the command rate limits to an authorized command from p
// (call Authorize first, which fills in who sends it): a kiosk, and a
// signed-in member. The admin token, which can do anything anyway (and
// drives the load tool), is not limited.
func (a *Authenticator) Admit(p Principal, c *night.Command) error {
	if p.Kind == Admin {
		return nil
	}
	now := a.now()
	l := a.limits
	if c.Type == night.CmdRaise {
		if c.By != "" && !l.personRaises.allow(c.By, now) {
			return night.Errorf(night.TooMany, "We have your call for help. Help is coming. Please wait a minute before you ask again.")
		}
		if p.Kind == Kiosk && !l.kioskRaises.allow("kiosk", now) {
			return night.Errorf(night.TooMany, "We have many calls for help just now. Help is coming. Please wait a minute.")
		}
	}
	if c.By != "" && !l.personTaps.allow(c.By, now) {
		return night.Errorf(night.TooMany, "That is a lot of taps. Please wait a moment and try again.")
	}
	if p.Kind == Kiosk && !l.kioskTaps.allow("kiosk", now) {
		return night.Errorf(night.TooMany, "That is a lot of taps. Please wait a moment and try again.")
	}
	return nil
}
