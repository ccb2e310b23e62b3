package dashboard_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/dashboard"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
)

func TestSignIn_CodeWorksOnce(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	if r := c.askCode("07700 900106"); r.Status != http.StatusOK || !strings.Contains(r.Body, "6-digit code is on its way") {
		t.Fatalf("ask: %d %s", r.Status, snippet(r.Body))
	}
	code := e.texts.lastCode(t, kimPhone)
	r := c.verify("07700 900106", code)
	if r.Status != http.StatusSeeOther || c.sessionCookie() == nil {
		t.Fatalf("first use: %d, cookie %v", r.Status, c.sessionCookie())
	}
	ck := c.sessionCookie()
	if !ck.HttpOnly && ck.Value == "" {
		t.Fatalf("cookie %+v", ck)
	}

	again := e.client()
	again.get("/dashboard")
	if r := again.verify("07700 900106", code); r.Status != http.StatusUnauthorized || again.sessionCookie() != nil {
		t.Fatalf("second use of the same code: %d, want 401 and no session", r.Status)
	}
}

func TestSignIn_CookieSettings(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.askCode(kimPhone)
	r := c.verify(kimPhone, e.texts.lastCode(t, kimPhone))
	var set string
	for _, v := range r.Header.Values("Set-Cookie") {
		if strings.HasPrefix(v, dashboard.SessionCookie+"=") {
			set = v
		}
	}
	for _, want := range []string{"HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=43200"} {
		if !strings.Contains(set, want) {
			t.Errorf("session cookie %q lacks %s", set, want)
		}
	}
	if strings.Contains(set, "Secure") {
		t.Errorf("cookie is Secure without SecureCookies: %q", set)
	}
	id := strings.TrimPrefix(strings.SplitN(set, ";", 2)[0], dashboard.SessionCookie+"=")
	if len(id) < 43 { // 32 random bytes, base64
		t.Errorf("session id %q is too short", id)
	}
}

func TestSignIn_CodeExpires(t *testing.T) {
	clock := newFakeClock()
	e := newEnv(t, envOptions{clock: clock.Now})
	c := e.client()
	c.askCode(kimPhone)
	code := e.texts.lastCode(t, kimPhone)
	clock.Advance(dashboard.CodeTTL + time.Second)
	if r := c.verify(kimPhone, code); r.Status != http.StatusUnauthorized {
		t.Fatalf("expired code: %d, want 401", r.Status)
	}
}

func TestSignIn_NewCodeReplacesOld(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.askCode(kimPhone)
	old := e.texts.lastCode(t, kimPhone)
	c.askCode(kimPhone)
	e.texts.settled(2)
	fresh := e.texts.lastCode(t, kimPhone)
	if old == fresh {
		t.Skip("the two random codes happen to be the same")
	}
	if r := c.verify(kimPhone, old); r.Status != http.StatusUnauthorized {
		t.Fatalf("old code: %d, want 401", r.Status)
	}
	if r := c.verify(kimPhone, fresh); r.Status != http.StatusSeeOther {
		t.Fatalf("new code: %d, want 303", r.Status)
	}
}

func TestSignIn_AttemptsLimited(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.askCode(kimPhone)
	code := e.texts.lastCode(t, kimPhone)
	wrong := "000000"
	if code == wrong {
		wrong = "111111"
	}
	for i := 0; i < dashboard.CodeTries; i++ {
		if r := c.verify(kimPhone, wrong); r.Status != http.StatusUnauthorized {
			t.Fatalf("wrong try %d: %d", i+1, r.Status)
		}
	}
	if r := c.verify(kimPhone, code); r.Status != http.StatusUnauthorized {
		t.Fatalf("right code after %d wrong tries: %d, want 401", dashboard.CodeTries, r.Status)
	}
}

func TestSignIn_RateLimitPerNumber(t *testing.T) {
	clock := newFakeClock()
	e := newEnv(t, envOptions{clock: clock.Now})
	c := e.client()
	for i := 0; i < dashboard.CodesPerNumber; i++ {
		if r := c.askCode(kimPhone); r.Status != http.StatusOK {
			t.Fatalf("code %d: %d", i+1, r.Status)
		}
	}
	if r := c.askCode(kimPhone); r.Status != http.StatusTooManyRequests {
		t.Fatalf("one code too many: %d, want 429", r.Status)
	}
	// A number not on the team is limited the same way, so the limit says
	// nothing about who is on the team.
	for i := 0; i < dashboard.CodesPerNumber; i++ {
		c.askCode("07700 900555")
	}
	if r := c.askCode("07700 900555"); r.Status != http.StatusTooManyRequests {
		t.Fatalf("non-member one too many: %d, want 429", r.Status)
	}
	if n := e.texts.settled(dashboard.CodesPerNumber); n != dashboard.CodesPerNumber {
		t.Fatalf("%d texts sent, want %d", n, dashboard.CodesPerNumber)
	}
	clock.Advance(dashboard.RateWindow + time.Second)
	if r := c.askCode(kimPhone); r.Status != http.StatusOK {
		t.Fatalf("after the window: %d, want 200", r.Status)
	}
}

func TestSignIn_RateLimitPerAddress(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	for i := 0; i < dashboard.CodesPerAddress; i++ {
		if r := c.askCode(fmt.Sprintf("+4477009002%02d", i)); r.Status != http.StatusOK {
			t.Fatalf("code %d: %d", i+1, r.Status)
		}
	}
	if r := c.askCode(kimPhone); r.Status != http.StatusTooManyRequests {
		t.Fatalf("one code too many from one address: %d, want 429", r.Status)
	}
	if n := e.texts.settled(0); n != 0 {
		t.Fatalf("%d texts sent, want none", n)
	}
}

// Behind an HTTPS front every request comes from the front's address.
// Trusted, the front's X-Forwarded-For names each device, so one busy or
// mistaken device cannot lock everyone else out of signing in; untrusted,
// the header is ignored (anybody can write it).
func TestSignIn_RateLimitPerAddressBehindAFront(t *testing.T) {
	front := []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32"), netip.MustParsePrefix("::1/128")}
	for _, tc := range []struct {
		name    string
		trusted []netip.Prefix
		other   int // the other device's answer once the first is limited
	}{
		{"trusted front", front, http.StatusOK},
		{"no trusted front", nil, http.StatusTooManyRequests},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t, envOptions{trusted: tc.trusted})
			busy := e.client()
			busy.forwardedFor = "198.51.100.7"
			for i := 0; i < dashboard.CodesPerAddress; i++ {
				busy.askCode(fmt.Sprintf("+4477009002%02d", i))
			}
			if r := busy.askCode("+447700900299"); r.Status != http.StatusTooManyRequests {
				t.Fatalf("one code too many from one device: %d, want 429", r.Status)
			}
			other := e.client()
			other.forwardedFor = "203.0.113.9"
			if r := other.askCode(kimPhone); r.Status != tc.other {
				t.Fatalf("another device: %d, want %d", r.Status, tc.other)
			}
		})
	}
}

func TestSignIn_NonMemberGetsSameReply(t *testing.T) {
	e := newEnv(t, envOptions{})
	member := e.client().askCode("07700 900106")
	stranger := e.client().askCode("07700 900999")
	if member.Status != stranger.Status {
		t.Fatalf("status %d for a member, %d for a stranger", member.Status, stranger.Status)
	}
	norm := func(s string) string {
		s = strings.ReplaceAll(s, "07700 900106", "NUMBER")
		s = strings.ReplaceAll(s, "07700 900999", "NUMBER")
		return csrfField.ReplaceAllString(s, "CSRF")
	}
	if norm(member.Body) != norm(stranger.Body) {
		t.Fatalf("the replies differ:\n%s\n---\n%s", snippet(norm(member.Body)), snippet(norm(stranger.Body)))
	}
	if n := e.texts.settled(1); n != 1 {
		t.Fatalf("%d texts sent, want 1 (to the member only)", n)
	}
	c := e.client()
	c.askCode("07700 900999")
	if r := c.verify("07700 900999", "123456"); r.Status != http.StatusUnauthorized {
		t.Fatalf("stranger verify: %d", r.Status)
	}
}

func TestSignIn_MemberOfAnotherNight(t *testing.T) {
	e := newEnv(t, envOptions{})
	other := mustPlan(t, nil)
	other.ID, other.Date = "2027-01-09", "2027-01-09"
	other.People = append(other.People[:0:0], other.People...)
	other.People[0].Phone = "+447700900321"
	if _, err := e.hub.Import(t.Context(), other, "", "api"); err != nil {
		t.Fatal(err)
	}
	c := e.client()
	c.signIn("+447700900321")
	if r := c.get("/dashboard/api/me"); !strings.Contains(r.Body, `"person":"sam"`) {
		t.Fatalf("me: %s", r.Body)
	}
}

func TestSignIn_BadNumber(t *testing.T) {
	e := newEnv(t, envOptions{})
	if r := e.client().askCode("hello"); r.Status != http.StatusBadRequest || !strings.Contains(r.Body, "We cannot read that number") {
		t.Fatalf("%d %s", r.Status, snippet(r.Body))
	}
}

func TestSignIn_AdminToken(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.get("/dashboard")
	if r := c.post("/dashboard/signin/token", url.Values{"token": {"wrong-token-wrong-token"}}); r.Status != http.StatusUnauthorized {
		t.Fatalf("wrong token: %d", r.Status)
	}
	if r := c.post("/dashboard/signin/token", url.Values{"token": {adminToken}}); r.Status != http.StatusSeeOther {
		t.Fatalf("admin token: %d", r.Status)
	}
	if r := c.get("/dashboard/export/" + e.night.ID + ".json"); r.Status != http.StatusOK || !strings.Contains(r.Body, kimPhone) {
		t.Fatalf("export as admin: %d", r.Status)
	}
}

func TestSignIn_FormNeedsToken(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	// No page read first: no sign-in cookie, so no matching token.
	if r := c.post("/dashboard/signin/code", url.Values{"phone": {kimPhone}, "csrf": {"made-up-made-up-made-up-made-up-made-up-00"}}); r.Status != http.StatusForbidden {
		t.Fatalf("sign-in form without its cookie: %d, want 403", r.Status)
	}
	if e.texts.settled(0) != 0 {
		t.Fatal("a code was sent")
	}
}

func TestSignOut(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.signIn(kimPhone)
	old := c.sessionCookie()
	if r := c.post("/dashboard/signout", nil); r.Status != http.StatusSeeOther {
		t.Fatalf("sign out: %d", r.Status)
	}
	if r := c.get("/dashboard/nights"); r.Status != http.StatusSeeOther {
		t.Fatalf("after sign out: %d, want a redirect to sign in", r.Status)
	}
	// The old cookie is dead on the server too.
	thief := e.client()
	u := mustURL(t, e.srv.URL)
	thief.http.Jar.SetCookies(u, []*http.Cookie{old})
	if r := thief.get("/dashboard/nights"); r.Status != http.StatusSeeOther {
		t.Fatalf("old cookie after sign out: %d", r.Status)
	}
}

func TestSession_Expires(t *testing.T) {
	clock := newFakeClock()
	e := newEnv(t, envOptions{clock: clock.Now})
	c := e.client()
	c.signIn(kimPhone)
	clock.Advance(dashboard.SessionTTL - time.Minute)
	if r := c.get("/dashboard/nights"); r.Status != http.StatusOK {
		t.Fatalf("before expiry: %d", r.Status)
	}
	clock.Advance(2 * time.Minute)
	if r := c.get("/dashboard/nights"); r.Status != http.StatusSeeOther {
		t.Fatalf("after expiry: %d, want a redirect to sign in", r.Status)
	}
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+"/api/nights/"+e.night.ID, nil)
	if r := c.do(req); r.Status != http.StatusForbidden {
		t.Fatalf("API after expiry: %d, want 403", r.Status)
	}
}

func TestSession_RemovedFromTeam(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.signIn(samPhone)
	p := mustPlan(t, func(p *night.Plan) {
		for i := range p.People {
			if p.People[i].ID == "sam" {
				p.People[i].Phone = ""
			}
		}
	})
	if _, err := e.hub.Import(t.Context(), p, "", "api"); err != nil {
		t.Fatal(err)
	}
	if r := c.get("/dashboard/nights"); r.Status != http.StatusSeeOther {
		t.Fatalf("a member whose number left the team: %d, want signed out", r.Status)
	}
}

// blockingTexter holds every text until released, as a slow SMS provider
// would.
type blockingTexter struct {
	texter
	release chan struct{}
}

func (b *blockingTexter) SendCode(ctx context.Context, to, body string) error {
	<-b.release
	return b.texter.SendCode(ctx, to, body)
}

// TestSignIn_SameWorkForAnyNumber is issue 11 point 11: whether a number
// is on a team is looked up, and its code sent, off the request path, so
// the answer comes as fast for a team number as for any other, even while
// the text is still on its way.
func TestSignIn_SameWorkForAnyNumber(t *testing.T) {
	bt := &blockingTexter{release: make(chan struct{})}
	rdb := testredis.Start(t).Client(t)
	h := hub.New(hub.NewStore(rdb, "timing:"), hub.Options{})
	t.Cleanup(h.Close)
	a := auth.New(adminToken, kioskKey, nil)
	d, err := dashboard.New(dashboard.Options{Hub: h, Auth: a, Texter: bt})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	d.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	defer close(bt.release)
	if _, err := h.Import(t.Context(), mustPlan(t, nil), "", night.FromAPI); err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, srv: srv}
	c := e.client()
	c.http.Timeout = 3 * time.Second
	c.get("/dashboard")
	done := make(chan reply, 1)
	go func() { done <- c.askCode(kimPhone) }()
	select {
	case r := <-done:
		if r.Status != http.StatusOK {
			t.Fatalf("ask: %d", r.Status)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the answer waited for the text to be sent")
	}
}

// TestSignIn_IPv6CountsByItsSlash64 is issue 11 point 13: a device that
// hops between addresses of its IPv6 /64 is still one address to the
// sign-in limits.
func TestSignIn_IPv6CountsByItsSlash64(t *testing.T) {
	front := []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32"), netip.MustParsePrefix("::1/128")}
	e := newEnv(t, envOptions{trusted: front})
	for i := 0; i < dashboard.CodesPerAddress; i++ {
		c := e.client()
		c.forwardedFor = fmt.Sprintf("2001:db8:1:2::%x", i+1)
		if r := c.askCode(fmt.Sprintf("+4477009002%02d", i)); r.Status != http.StatusOK {
			t.Fatalf("code %d: %d", i, r.Status)
		}
	}
	c := e.client()
	c.forwardedFor = "2001:db8:1:2:ffff::1"
	if r := c.askCode("+447700900299"); r.Status != http.StatusTooManyRequests {
		t.Fatalf("one code too many from one /64: %d, want 429", r.Status)
	}
	other := e.client()
	other.forwardedFor = "2001:db8:1:3::1"
	if r := other.askCode(kimPhone); r.Status != http.StatusOK {
		t.Fatalf("another /64: %d, want 200", r.Status)
	}
}

// Redis lost the night (a lost volume) and it was imported again without
// Sam's number, at the very seq Sam signed in at: Sam's session must not
// stand on the lost night's team list.
func TestSession_RemovedFromTeamAfterRedisLostTheNight(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.signIn(samPhone)
	if r := c.get("/dashboard/nights"); r.Status != http.StatusOK {
		t.Fatalf("signed in: %d", r.Status)
	}
	tag := e.prefix + "{n:" + e.night.ID + "}"
	if err := e.rdb.Del(t.Context(), tag+":state", tag+":log").Err(); err != nil {
		t.Fatal(err)
	}
	p := mustPlan(t, func(p *night.Plan) {
		for i := range p.People {
			if p.People[i].ID == "sam" {
				p.People[i].Phone = ""
			}
		}
	})
	res, err := e.hub.Import(t.Context(), p, "", "api")
	if err != nil {
		t.Fatal(err)
	}
	if res.Night.Seq != e.night.Seq {
		t.Fatalf("the night came back at seq %d; the test wants %d", res.Night.Seq, e.night.Seq)
	}
	if r := c.get("/dashboard/nights"); r.Status != http.StatusSeeOther {
		t.Fatalf("a member whose number is not on the night Redis has now: %d, want signed out", r.Status)
	}
}
