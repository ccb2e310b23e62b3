package auth_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/night"
)

type sessions map[string]auth.Principal

func (s sessions) Lookup(r *http.Request) (auth.Principal, bool) {
	c, err := r.Cookie("s")
	if err != nil {
		return auth.Principal{}, false
	}
	p, ok := s[c.Value]
	return p, ok
}

func TestAuthenticate(t *testing.T) {
	a := auth.New("admin-token-0123456789", "kiosk-key-0123", sessions{"abc": {Kind: auth.Member, Person: "sam"}})
	cases := []struct {
		name   string
		setup  func(r *http.Request)
		ok     bool
		kind   auth.Kind
		person string
	}{
		{"nothing", func(r *http.Request) {}, false, "", ""},
		{"bearer", func(r *http.Request) { r.Header.Set("Authorization", "Bearer admin-token-0123456789") }, true, auth.Admin, ""},
		{"wrong bearer", func(r *http.Request) { r.Header.Set("Authorization", "Bearer nope") }, false, "", ""},
		{"wrong bearer beats a kiosk key", func(r *http.Request) {
			r.Header.Set("Authorization", "Bearer nope")
			r.Header.Set("X-Kiosk-Key", "kiosk-key-0123")
		}, false, "", ""},
		{"kiosk header", func(r *http.Request) { r.Header.Set("X-Kiosk-Key", "kiosk-key-0123") }, true, auth.Kiosk, ""},
		{"kiosk query", func(r *http.Request) { r.URL.RawQuery = "key=kiosk-key-0123" }, true, auth.Kiosk, ""},
		{"wrong kiosk key", func(r *http.Request) { r.URL.RawQuery = "key=kiosk-key-0124" }, false, "", ""},
		{"session", func(r *http.Request) { r.AddCookie(&http.Cookie{Name: "s", Value: "abc"}) }, true, auth.Member, "sam"},
		{"unknown session", func(r *http.Request) { r.AddCookie(&http.Cookie{Name: "s", Value: "zzz"}) }, false, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/ws", nil)
			tc.setup(r)
			p, ok := a.Authenticate(r)
			if ok != tc.ok || p.Kind != tc.kind || p.Person != tc.person {
				t.Fatalf("got %+v %v; want %v %s %s", p, ok, tc.ok, tc.kind, tc.person)
			}
			if ok && p.Kind == auth.Admin && !p.Organiser {
				t.Fatal("the admin token is an organiser")
			}
		})
	}
}

func TestSetKioskKey_RevokesTheOldKey(t *testing.T) {
	a := auth.New("", "old-kiosk-key-1", nil)
	a.SetKioskKey("new-kiosk-key-2")
	if a.CheckKioskKey("old-kiosk-key-1") || !a.CheckKioskKey("new-kiosk-key-2") {
		t.Fatal("the new key must replace the old one")
	}
	if a.CheckKioskKey("") {
		t.Fatal("an empty key never matches")
	}
	r := httptest.NewRequest("GET", "/ws?key=", nil)
	if _, ok := auth.New("tok-0123456789abcdef", "", nil).Authenticate(r); ok {
		t.Fatal("no kiosk key set must not let an empty key in")
	}
	k1, k2 := auth.NewKey(), auth.NewKey()
	if len(k1) < 20 || k1 == k2 {
		t.Fatal("NewKey must be long and random")
	}
}

func TestAuthorize(t *testing.T) {
	cases := []struct {
		name   string
		p      auth.Principal
		cmd    night.Command
		code   night.Code
		source night.Source
		by     string
	}{
		{"kiosk done", auth.Principal{Kind: auth.Kiosk}, night.Command{Type: night.CmdDone, By: "tom", Job: 4}, "", night.FromKiosk, "tom"},
		{"kiosk plan edit", auth.Principal{Kind: auth.Kiosk}, night.Command{Type: night.CmdAddJob, Title: "x"}, night.Forbidden, "", ""},
		{"kiosk add person", auth.Principal{Kind: auth.Kiosk}, night.Command{Type: night.CmdAddPerson, Name: "Zed"}, night.Forbidden, "", ""},
		{"member acts as themselves", auth.Principal{Kind: auth.Member, Person: "sam"}, night.Command{Type: night.CmdDone, By: "kim", Job: 1}, "", night.FromDashboard, "sam"},
		{"member no phones", auth.Principal{Kind: auth.Member, Person: "sam"}, night.Command{Type: night.CmdAddPerson, Name: "Zed"}, night.Forbidden, "", ""},
		{"organiser adds", auth.Principal{Kind: auth.Member, Person: "kim", Organiser: true}, night.Command{Type: night.CmdAddPerson, Name: "Zed"}, "", night.FromDashboard, "kim"},
		{"admin", auth.Principal{Kind: auth.Admin, Organiser: true}, night.Command{Type: night.CmdAssignJob, Job: 1}, "", night.FromAPI, ""},
		{"no plans by command", auth.Principal{Kind: auth.Admin, Organiser: true}, night.Command{Type: night.CmdReplace}, night.Invalid, "", ""},
		{"nobody", auth.Principal{}, night.Command{Type: night.CmdDone}, night.Forbidden, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.cmd
			err := tc.p.Authorize(&c)
			if night.ErrorCode(err) != tc.code {
				t.Fatalf("err = %v, want code %q", err, tc.code)
			}
			if err == nil && (c.Source != tc.source || c.By != tc.by) {
				t.Fatalf("source %s by %q; want %s %q", c.Source, c.By, tc.source, tc.by)
			}
		})
	}
}
