package dashboard_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/dashboard"
	"github.com/clubnight/clubnight/httpapi"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/ws"
)

// Numbers on the fixture's team.
const (
	kimPhone   = "+447700900106" // staff; the organiser in organiserPlan
	samPhone   = "+447700900101" // committee
	adminToken = "admin-token-for-dashboard-tests"
	kioskKey   = "kiosk-key-for-dashboard-tests"
)

// fakeClock is a clock tests move by hand.
type fakeClock = testhub.Clock

func newFakeClock() *fakeClock {
	return testhub.NewClock(time.Date(2026, 12, 5, 18, 0, 0, 0, time.UTC))
}

// texter records the texts the dashboard sends.
type texter struct {
	mu   sync.Mutex
	sent []text
}

type text struct{ To, Body string }

func (f *texter) SendCode(_ context.Context, to, body string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sent = append(f.sent, text{to, body})
	return nil
}

// settled waits for the texts sent off the request path: until n have
// gone (up to a few seconds), then a moment more, and returns how many.
func (f *texter) settled(n int) int {
	deadline := time.Now().Add(5 * time.Second)
	for f.count() < n && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(150 * time.Millisecond)
	return f.count()
}

func (f *texter) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.sent)
}

var codeInText = regexp.MustCompile(`\b(\d{6})\b`)

// lastCode returns the newest code texted to e164, waiting a little for
// it: codes are sent off the request path.
func (f *texter) lastCode(t testing.TB, e164 string) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		if code, ok := f.codeFor(t, e164); ok {
			return code
		}
		if time.Now().After(deadline) {
			t.Fatalf("no text was sent to %s", e164)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (f *texter) codeFor(t testing.TB, e164 string) (string, bool) {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := len(f.sent) - 1; i >= 0; i-- {
		if f.sent[i].To == e164 {
			m := codeInText.FindStringSubmatch(f.sent[i].Body)
			if m == nil {
				t.Fatalf("no code in %q", f.sent[i].Body)
			}
			return m[1], true
		}
	}
	return "", false
}

type env struct {
	t      testing.TB
	rdb    redis.UniversalClient
	prefix string
	hub    *hub.Hub
	auth   *auth.Authenticator
	dash   *dashboard.Dashboard
	srv    *httptest.Server
	texts  *texter
	clock  func() time.Time
	night  *night.Night
	keys   *keyLog
}

type keyLog struct {
	mu   sync.Mutex
	keys []string
}

func (k *keyLog) add(s string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.keys = append(k.keys, s)
}

func (k *keyLog) list() []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	return append([]string(nil), k.keys...)
}

var prefixN atomic.Int64

type envOptions struct {
	clock func() time.Time
	plan  *night.Plan
	rdb   redis.UniversalClient
	inbox dashboard.Inbox
	// resolver says what passed-on texts meant (nil: not offered).
	resolver dashboard.Resolver
	wipeAt   int
	// trusted are the HTTPS front's addresses.
	trusted []netip.Prefix
}

// newEnv starts the whole server a browser talks to: the dashboard, /ws
// and the JSON API on one hub, on a real redis-server (or opts.rdb), with
// the fixture night loaded and live.
func newEnv(t testing.TB, o envOptions) *env {
	t.Helper()
	if o.clock == nil {
		o.clock = time.Now
	}
	if o.rdb == nil {
		o.rdb = testredis.Start(t).Client(t)
	}
	if o.plan == nil {
		o.plan = mustPlan(t, nil)
	}
	prefix := "d" + strconv.FormatInt(prefixN.Add(1), 10) + ":"
	h := hub.New(hub.NewStore(o.rdb, prefix), hub.Options{Clock: o.clock, Block: 200 * time.Millisecond})
	t.Cleanup(h.Close)
	a := auth.New(adminToken, kioskKey, nil)
	e := &env{t: t, rdb: o.rdb, prefix: prefix, hub: h, auth: a, texts: &texter{}, clock: o.clock, keys: &keyLog{}}
	d, err := dashboard.New(dashboard.Options{Hub: h, Auth: a, Texter: e.texts, Inbox: o.inbox, Resolver: o.resolver, Clock: o.clock,
		KioskKeyChanged: func(k string) { e.keys.add(k); a.SetKioskKey(k) }, WipeAfterDays: o.wipeAt, Location: time.UTC, TrustedProxies: o.trusted})
	if err != nil {
		t.Fatal(err)
	}
	e.dash = d
	a.SetSessions(d.Sessions())
	mux := http.NewServeMux()
	d.Register(mux)
	wsrv := ws.New(h, a, ws.Options{})
	mux.Handle("GET /ws", wsrv)
	httpapi.New(h, a, nil, prometheus.NewRegistry()).Register(mux)
	e.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		wsrv.Shutdown(ctx)
		e.srv.Close()
	})
	res, err := h.Import(context.Background(), o.plan, "", night.FromAPI)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.SetLive(context.Background(), o.plan.ID); err != nil {
		t.Fatal(err)
	}
	e.night = res.Night
	return e
}

// mustPlan reads the fixture night; change edits it first.
func mustPlan(t testing.TB, change func(p *night.Plan)) *night.Plan {
	t.Helper()
	data, err := os.ReadFile("../testdata/night.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := night.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	if change != nil {
		change(p)
		if err := p.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// organiserPlan is the fixture with Kim as the one organiser.
func organiserPlan(t testing.TB) *night.Plan {
	return mustPlan(t, func(p *night.Plan) {
		for i := range p.People {
			if p.People[i].ID == "kim" {
				p.People[i].Roles = append(p.People[i].Roles, night.RoleOrganiser)
			}
		}
	})
}

func (e *env) apply(c night.Command) *hub.Result {
	e.t.Helper()
	res, err := e.hub.Apply(context.Background(), e.night.ID, c)
	if err != nil {
		e.t.Fatalf("apply %s: %v", c.Type, err)
	}
	return res
}

func (e *env) state(id string) *night.Night {
	e.t.Helper()
	n, err := e.hub.NightFromRedis(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// client is a browser: a cookie jar, an address, and the CSRF token of the
// last page it read.
type client struct {
	t    testing.TB
	e    *env
	http *http.Client
	csrf string
	// forwardedFor, when set, is sent as X-Forwarded-For, as an HTTPS
	// front in front of the hub would.
	forwardedFor string
}

func (e *env) client() *client {
	jar, _ := cookiejar.New(nil)
	return &client{t: e.t, e: e, http: &http.Client{Jar: jar, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

var csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

type reply struct {
	Status   int
	Body     string
	Location string
	Header   http.Header
}

func (c *client) do(req *http.Request) reply {
	c.t.Helper()
	if c.forwardedFor != "" {
		req.Header.Set("X-Forwarded-For", c.forwardedFor)
	}
	res, err := c.http.Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	body := string(b)
	if m := csrfField.FindStringSubmatch(body); m != nil {
		c.csrf = m[1]
	}
	return reply{Status: res.StatusCode, Body: body, Location: res.Header.Get("Location"), Header: res.Header}
}

func (c *client) get(path string) reply {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, c.e.srv.URL+path, nil)
	return c.do(req)
}

// post sends a form as a browser on the same site does: with an Origin and
// the page's CSRF token unless vals has its own.
func (c *client) post(path string, vals url.Values) reply {
	c.t.Helper()
	if vals == nil {
		vals = url.Values{}
	}
	if _, ok := vals["csrf"]; !ok {
		vals.Set("csrf", c.csrf)
	}
	req, _ := http.NewRequest(http.MethodPost, c.e.srv.URL+path, strings.NewReader(vals.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Origin", c.e.srv.URL)
	return c.do(req)
}

// postJSON sends JSON as the page scripts do, with the X-CSRF-Token header.
func (c *client) postJSON(path, body string, csrf bool) reply {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, c.e.srv.URL+path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Origin", c.e.srv.URL)
	if csrf {
		req.Header.Set("X-CSRF-Token", c.csrf)
	}
	return c.do(req)
}

// askCode asks for a sign-in code for phone, as typed.
func (c *client) askCode(phone string) reply {
	c.t.Helper()
	if c.csrf == "" {
		c.get("/dashboard")
	}
	return c.post("/dashboard/signin/code", url.Values{"phone": {phone}})
}

func (c *client) verify(phone, code string) reply {
	c.t.Helper()
	return c.post("/dashboard/signin/verify", url.Values{"phone": {phone}, "code": {code}})
}

// signIn signs in as the member with e164 and reads the live page, so the
// client holds the session's CSRF token.
func (c *client) signIn(e164 string) {
	c.t.Helper()
	c.get("/dashboard")
	before := c.e.texts.count()
	if r := c.askCode(e164); r.Status != http.StatusOK {
		c.t.Fatalf("ask code: %d %s", r.Status, r.Body)
	}
	// The code goes off the request path: wait for this one, not an
	// earlier sign-in's.
	c.e.texts.settled(before + 1)
	r := c.verify(e164, c.e.texts.lastCode(c.t, e164))
	if r.Status != http.StatusSeeOther || r.Location != "/dashboard" {
		c.t.Fatalf("verify: %d %q %s", r.Status, r.Location, snippet(r.Body))
	}
	if r := c.get("/dashboard/nights"); r.Status != http.StatusOK {
		c.t.Fatalf("nights after sign-in: %d", r.Status)
	}
}

func (c *client) sessionCookie() *http.Cookie {
	u, _ := url.Parse(c.e.srv.URL)
	for _, ck := range c.http.Jar.Cookies(u) {
		if ck.Name == dashboard.SessionCookie {
			return ck
		}
	}
	return nil
}

func snippet(s string) string {
	if len(s) > 600 {
		return s[:600] + fmt.Sprintf("... (%d bytes)", len(s))
	}
	return s
}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}
