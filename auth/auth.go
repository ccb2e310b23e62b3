// Package auth decides who is calling: a paired kiosk (kiosk key), the
// admin API (bearer token), or a signed-in team member (session). It owns
// no storage; sessions are looked up through the Sessions interface.
package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strings"
	"sync"
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
}

// Sessions finds a signed-in member from a request's cookie.
type Sessions interface {
	Lookup(r *http.Request) (Principal, bool)
}

// Authenticator checks the credentials a request carries.
type Authenticator struct {
	adminToken string
	mu         sync.RWMutex
	kioskKey   string
	sessions   Sessions
}

// New returns an Authenticator. An empty adminToken turns the bearer token
// off; sessions may be nil.
func New(adminToken, kioskKey string, sessions Sessions) *Authenticator {
	return &Authenticator{adminToken: adminToken, kioskKey: kioskKey, sessions: sessions}
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
		tok, ok := strings.CutPrefix(h, "Bearer ")
		if ok && a.adminToken != "" && equal(strings.TrimSpace(tok), a.adminToken) {
			return Principal{Kind: Admin, Organiser: true}, true
		}
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
	if key != "" && a.CheckKioskKey(key) {
		return Principal{Kind: Kiosk}, true
	}
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
