package dashboard

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
)

// SessionCookie is the name of the session cookie.
const SessionCookie = "cn_session"

// preCookie holds the sign-in forms' CSRF token before there is a session.
const preCookie = "cn_signin"

// CSRFHeader carries the session's CSRF token on script requests.
const CSRFHeader = "X-CSRF-Token"

// session is what Redis keeps for one signed-in browser. The key is a hash
// of the cookie's id, so a copy of Redis holds no usable cookie.
type session struct {
	Phone  string `json:"phone,omitempty"`  // E.164, for a member
	Person string `json:"person,omitempty"` // id at sign-in
	Night  string `json:"night,omitempty"`  // the night they signed in on
	Admin  bool   `json:"admin,omitempty"`  // signed in with the admin token
	// Token names the admin token an Admin session was made with (by a
	// hash), so a new token ends it.
	Token   string    `json:"token,omitempty"`
	CSRF    string    `json:"csrf"`
	Created time.Time `json:"created"`
	Expires time.Time `json:"expires"`
}

// viewer is a session resolved against the nights as they are now.
type viewer struct {
	id        string // the session id (the cookie)
	sess      session
	principal auth.Principal
	name      string
	night     string // the night the person was found on
	// bootstrap is true when nobody is an organiser yet, so everyone is.
	bootstrap bool
}

func (v *viewer) organiser() bool { return v.principal.Organiser }

// sessionStore implements auth.Sessions.
type sessionStore struct {
	d *Dashboard

	mu    sync.Mutex
	index map[string]*nightIndex // by night id
}

var _ auth.Sessions = (*sessionStore)(nil)

// nightIndex maps phone numbers to people on one night at one seq.
type nightIndex struct {
	pos          hub.Position // seq and epoch: the same seq of another history is another night
	byPhone      map[string]indexEntry
	anyOrganiser bool
}

type indexEntry struct {
	person    string
	name      string
	organiser bool
}

func randomID(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func hashID(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:])
}

func (s *sessionStore) redisKey(id string) string { return s.d.key("session", hashID(id)) }

// credential is the auth.Principal Credential of session id.
func credential(id string) string { return auth.SessionPrefix + hashID(id) }

// create stores a new session and returns its id.
func (s *sessionStore) create(ctx context.Context, sess session) (string, error) {
	now := s.d.clock()
	sess.Created, sess.Expires = now, now.Add(SessionTTL)
	sess.CSRF = randomID(32)
	id := randomID(32)
	data, _ := json.Marshal(sess)
	if err := s.d.rdb.Set(ctx, s.redisKey(id), data, SessionTTL).Err(); err != nil {
		return "", err
	}
	return id, nil
}

func (s *sessionStore) delete(ctx context.Context, id string) error {
	return s.d.rdb.Del(ctx, s.redisKey(id)).Err()
}

// load returns the session of id, if it exists and has not expired.
func (s *sessionStore) load(ctx context.Context, id string) (session, bool, error) {
	if id == "" || len(id) > 100 {
		return session{}, false, nil
	}
	return s.loadHashed(ctx, hashID(id))
}

// loadHashed is load by the hash of the id, as Redis keeps it.
func (s *sessionStore) loadHashed(ctx context.Context, hashed string) (session, bool, error) {
	var sess session
	data, err := s.d.rdb.Get(ctx, s.d.key("session", hashed)).Bytes()
	if errors.Is(err, redis.Nil) {
		return sess, false, nil
	}
	if err != nil {
		return sess, false, err
	}
	if json.Unmarshal(data, &sess) != nil {
		return sess, false, nil
	}
	if !s.d.clock().Before(sess.Expires) {
		return sess, false, nil
	}
	return sess, true, nil
}

// Lookup finds the signed-in member of r. Requests other than GET, HEAD and
// OPTIONS also need the session's CSRF token in X-CSRF-Token and, when the
// browser says where they come from, the same host.
func (s *sessionStore) Lookup(r *http.Request) (auth.Principal, bool) {
	v, ok := s.d.viewerOf(r)
	if !ok {
		return auth.Principal{}, false
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
	default:
		if !sameEqual(r.Header.Get(CSRFHeader), v.sess.CSRF) || !s.d.sameOrigin(r) {
			return auth.Principal{}, false
		}
	}
	return v.principal, true
}

// StillValid reports whether the session behind p (from Lookup) still
// exists, has not expired and gives the same rights; a websocket opened
// with it is closed when not.
func (s *sessionStore) StillValid(ctx context.Context, p auth.Principal) bool {
	hashed, ok := strings.CutPrefix(p.Credential, auth.SessionPrefix)
	if !ok || len(hashed) != 64 {
		return false
	}
	sess, ok, err := s.loadHashed(ctx, hashed)
	if err != nil {
		// Redis is down: keep the screen; its commands fail anyway.
		return true
	}
	if !ok {
		return false
	}
	v, ok := s.resolve(ctx, sess)
	if !ok {
		return false
	}
	v.principal.Credential = p.Credential
	return v.principal == p
}

// viewerOf resolves the session cookie of r.
func (d *Dashboard) viewerOf(r *http.Request) (*viewer, bool) {
	c, err := r.Cookie(SessionCookie)
	if err != nil {
		return nil, false
	}
	ctx := r.Context()
	sess, ok, err := d.sessions.load(ctx, c.Value)
	if err != nil {
		d.log.Error("dashboard: session lookup failed", "err", err)
		return nil, false
	}
	if !ok {
		return nil, false
	}
	v, ok := d.sessions.resolve(ctx, sess)
	if !ok {
		return nil, false
	}
	v.id = c.Value
	v.principal.Credential = credential(c.Value)
	return v, true
}

// resolve finds who a session is now: the person with its phone number on
// the live night, else on the night they signed in on. A person whose
// number is on neither any more is signed out.
func (s *sessionStore) resolve(ctx context.Context, sess session) (*viewer, bool) {
	if sess.Admin {
		// Bound to the token it was made with: a new token ends it.
		if now := s.d.opts.Auth.AdminCredential(); now == "" || !sameEqual(sess.Token, now) {
			return nil, false
		}
		return &viewer{sess: sess, name: "the organiser (admin token)",
			principal: auth.Principal{Kind: auth.Admin, Organiser: true}}, true
	}
	var tried []string
	if live, err := s.d.hub.LiveID(ctx); err == nil {
		tried = append(tried, live)
	}
	if sess.Night != "" && (len(tried) == 0 || tried[0] != sess.Night) {
		tried = append(tried, sess.Night)
	}
	for _, id := range tried {
		idx, err := s.indexOf(ctx, id)
		if err != nil {
			continue
		}
		e, ok := idx.byPhone[sess.Phone]
		if !ok {
			continue
		}
		org := e.organiser || !idx.anyOrganiser
		return &viewer{sess: sess, name: e.name, night: id, bootstrap: !idx.anyOrganiser,
			principal: auth.Principal{Kind: auth.Member, Person: e.person, Organiser: org}}, true
	}
	return nil, false
}

// indexOf returns the phone index of night id, rebuilt when its seq or
// epoch moved.
func (s *sessionStore) indexOf(ctx context.Context, id string) (*nightIndex, error) {
	pos, err := s.d.hub.PositionFromRedis(ctx, id)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	idx, ok := s.index[id]
	s.mu.Unlock()
	if ok && idx.pos == pos {
		return idx, nil
	}
	n, epoch, err := s.d.hub.NightAndEpochFromRedis(ctx, id)
	if err != nil {
		return nil, err
	}
	idx = &nightIndex{pos: hub.Position{Seq: n.Seq, Epoch: epoch}, byPhone: map[string]indexEntry{}}
	for _, p := range n.People {
		org := p.HasRole(night.RoleOrganiser)
		idx.anyOrganiser = idx.anyOrganiser || org
		if p.Phone != "" {
			idx.byPhone[p.Phone] = indexEntry{person: p.ID, name: p.Name, organiser: org}
		}
	}
	s.mu.Lock()
	if len(s.index) > 256 {
		s.index = map[string]*nightIndex{}
	}
	s.index[id] = idx
	s.mu.Unlock()
	return idx, nil
}

func sameEqual(a, b string) bool {
	return a != "" && b != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// sameOrigin refuses a request whose Origin (or, without one, Referer)
// names another host than the one asked, or than PUBLIC_URL's.
func (d *Dashboard) sameOrigin(r *http.Request) bool {
	from := r.Header.Get("Origin")
	if from == "" || from == "null" {
		if from == "null" {
			return false
		}
		from = r.Header.Get("Referer")
		if from == "" {
			return true // not a browser, or one that hides it: the token decides
		}
	}
	u, err := url.Parse(from)
	if err != nil || u.Host == "" {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	if d.opts.PublicURL != "" {
		if pu, err := url.Parse(d.opts.PublicURL); err == nil && strings.EqualFold(pu.Host, u.Host) {
			return true
		}
	}
	return false
}

func (d *Dashboard) setCookie(w http.ResponseWriter, name, value string, maxAge time.Duration, sameSite http.SameSite) {
	c := &http.Cookie{Name: name, Value: value, Path: "/", HttpOnly: true, Secure: d.opts.SecureCookies,
		SameSite: sameSite}
	if maxAge < 0 {
		c.MaxAge = -1
	} else {
		c.MaxAge = int(maxAge / time.Second)
	}
	http.SetCookie(w, c)
}
