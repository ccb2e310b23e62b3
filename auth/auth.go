// Package auth decides who is calling: a paired kiosk (kiosk key), the
// admin API (bearer token), or a signed-in team member (session). It owns
// no storage; sessions are looked up through the Sessions interface.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Kind is what sort of caller a request comes from.
type Kind string

const (
	Kiosk  Kind = "kiosk"  // a paired venue screen
	Admin  Kind = "admin"  // the JSON API's bearer token
	Member Kind = "member" // a signed-in team member
)

// Principal is an authenticated caller.
type Principal struct {
	Kind Kind
	// Person is the team member's id for a Member.
	Person string
	// Organiser is true for Admin and for members with the organiser role.
	Organiser bool
	// Credential names the credential the caller used, by a hash: the
	// kiosk key, the admin token, or a session ("session:" and the hash of
	// its id). A long-lived connection keeps it, so that when the key is
	// replaced, the session ends or the token changes, StillValid says so.
	Credential string
}

// Sessions finds a signed-in member from a request's cookie.
type Sessions interface {
	Lookup(r *http.Request) (Principal, bool)
}

// SessionChecker is Sessions that can say whether the session behind a
// Principal still stands, and still gives the same rights.
type SessionChecker interface {
	StillValid(ctx context.Context, p Principal) bool
}

// SessionPrefix starts the Credential of a Principal from a session.
const SessionPrefix = "session:"

// credential names a secret by a hash of it, never the secret itself.
func credential(kind, secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return kind + ":" + hex.EncodeToString(sum[:16])
}

// AdminCredential is the Credential of the admin token; a dashboard
// session made with the token keeps it, so a new token ends the session.
func (a *Authenticator) AdminCredential() string {
	if a.adminToken == "" {
		return ""
	}
	return credential("admin", a.adminToken)
}

// StillValid reports whether the credential p was made from still works
// and gives the same rights: the kiosk key has not been replaced, the
// admin token is the same, the session has not ended.
func (a *Authenticator) StillValid(ctx context.Context, p Principal) bool {
	switch {
	case strings.HasPrefix(p.Credential, SessionPrefix):
		a.mu.RLock()
		sessions := a.sessions
		a.mu.RUnlock()
		sc, ok := sessions.(SessionChecker)
		return ok && sc.StillValid(ctx, p)
	case p.Kind == Kiosk:
		return p.Credential != "" && p.Credential == credential("kiosk", a.KioskKey())
	case p.Kind == Admin:
		return p.Credential != "" && p.Credential == a.AdminCredential()
	}
	return false
}

// Authenticator checks the credentials a request carries.
type Authenticator struct {
	adminToken string
	mu         sync.RWMutex
	kioskKey   string
	sessions   Sessions
	limits     *commandLimits
	guesses    *limiter
	clientKey  func(*http.Request) string
	// now is the clock of the rate limits.
	now func() time.Time
}

// SetClientKey sets how a request's sender is named for the limit on wrong
// credentials (by default its direct peer's address). Behind an HTTPS
// front, name the device the front forwards for.
func (a *Authenticator) SetClientKey(f func(*http.Request) string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.clientKey = f
}

func (a *Authenticator) keyOf(r *http.Request) string {
	a.mu.RLock()
	f := a.clientKey
	a.mu.RUnlock()
	if f != nil {
		return f(r)
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// Throttled reports whether r's sender has made so many wrong tries that
// its credentials are not being checked just now.
func (a *Authenticator) Throttled(r *http.Request) bool {
	return !a.guesses.has(a.keyOf(r), a.now())
}

// wrong counts a wrong credential from r's sender.
func (a *Authenticator) wrong(r *http.Request) { a.guesses.allow(a.keyOf(r), a.now()) }

// New returns an Authenticator. An empty adminToken turns the bearer token
// off; sessions may be nil.
func New(adminToken, kioskKey string, sessions Sessions) *Authenticator {
	return &Authenticator{adminToken: adminToken, kioskKey: kioskKey, sessions: sessions,
		limits: newCommandLimits(), guesses: newLimiter(GuessBurst, GuessEvery), now: time.Now}
}

// SetSessions adds the session lookup once it exists.
func (a *Authenticator) SetSessions(s Sessions) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.sessions = s
}

// KioskKey returns the key a kiosk presents.
func (a *Authenticator) KioskKey() string {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.kioskKey
}

// SetKioskKey replaces the kiosk key: screens paired with the old one must
// pair again.
func (a *Authenticator) SetKioskKey(key string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.kioskKey = key
}

// CheckKioskKey reports whether key is the kiosk key.
func (a *Authenticator) CheckKioskKey(key string) bool { return equal(key, a.KioskKey()) }

// Authenticate returns who r comes from. The order is bearer token, session
// cookie, then kiosk key (header X-Kiosk-Key, or query "key" for websockets
// and pairing links).
func (a *Authenticator) Authenticate(r *http.Request) (Principal, bool) {
	if h := r.Header.Get("Authorization"); h != "" {
		if a.Throttled(r) {
			return Principal{}, false
		}
		tok, ok := strings.CutPrefix(h, "Bearer ")
		if ok && a.adminToken != "" && equal(strings.TrimSpace(tok), a.adminToken) {
			return Principal{Kind: Admin, Organiser: true, Credential: a.AdminCredential()}, true
		}
		a.wrong(r)
		return Principal{}, false
	}
	a.mu.RLock()
	sessions := a.sessions
	a.mu.RUnlock()
	if sessions != nil {
		if p, ok := sessions.Lookup(r); ok {
			return p, true
		}
	}
	key := r.Header.Get("X-Kiosk-Key")
	if key == "" {
		key = r.URL.Query().Get("key")
	}
	if key == "" || a.Throttled(r) {
		return Principal{}, false
	}
	if a.CheckKioskKey(key) {
		return Principal{Kind: Kiosk, Credential: credential("kiosk", key)}, true
	}
	a.wrong(r)
	return Principal{}, false
}

func equal(a, b string) bool {
	return a != "" && b != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// NewKey returns a random URL-safe key of 22 characters.
func NewKey() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return base64.RawURLEncoding.EncodeToString(b[:])
}
