package dashboard_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/dashboard"
)

// TestAdminSession_EndsWithItsToken is issue 11 point 12: a dashboard
// session made with the admin token ends when the hub restarts with a new
// token; one made with the same token goes on.
func TestAdminSession_EndsWithItsToken(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.get("/dashboard")
	if r := c.post("/dashboard/signin/token", url.Values{"token": {adminToken}}); r.Status != http.StatusSeeOther {
		t.Fatalf("token sign-in: %d", r.Status)
	}
	cookie := c.sessionCookie()

	// The same Redis, after a restart with another token or the same one.
	restart := func(token string) *httptest.Server {
		a := auth.New(token, kioskKey, nil)
		d, err := dashboard.New(dashboard.Options{Hub: e.hub, Auth: a, Texter: e.texts})
		if err != nil {
			t.Fatal(err)
		}
		a.SetSessions(d.Sessions())
		mux := http.NewServeMux()
		d.Register(mux)
		srv := httptest.NewServer(mux)
		t.Cleanup(srv.Close)
		return srv
	}
	me := func(srv *httptest.Server) (int, string) {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/dashboard/api/me", nil)
		req.AddCookie(cookie)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if code, body := me(restart(adminToken)); code != http.StatusOK || !strings.Contains(body, `"organiser":true`) {
		t.Fatalf("same token: %d %s", code, body)
	}
	if code, body := me(restart("a-brand-new-admin-token-0123")); code == http.StatusOK || strings.Contains(body, "organiser") {
		t.Fatalf("new token: the old session still works: %d %s", code, body)
	}
	if code, _ := me(restart("")); code == http.StatusOK {
		t.Fatal("no token at all: the old session still works")
	}
}
