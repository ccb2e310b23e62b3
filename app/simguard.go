package app

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/clubnight/clubnight/web"
)

// simGuard wraps every /sim route. The simulator shows every text,
// sign-in codes included, so it answers only: a request from this computer
// (not passed on by a proxy), the admin token, or a signed-in organiser.
func (a *App) simGuard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if a.simAllowed(r) {
			next.ServeHTTP(w, r)
			return
		}
		web.WriteJSON(w, http.StatusForbidden, map[string]string{
			"error": "The practice phones are for organisers. Sign in to the dashboard as an organiser, or open them on the hub's own computer.",
			"code":  "forbidden"})
	})
}

func (a *App) simAllowed(r *http.Request) bool {
	if web.FromThisComputer(r) {
		return true
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead && !sameSite(r) {
		return false
	}
	// Ask as a read, so a signed-in organiser's page needs no CSRF token
	// here: the session cookie is SameSite=Lax and the Origin is checked.
	probe := r.Clone(r.Context())
	probe.Method = http.MethodGet
	p, ok := a.Auth.Authenticate(probe)
	return ok && p.Organiser
}

// sameSite reports whether a browser's request names this host as where it
// comes from (requests without Origin are not from a page).
func sameSite(r *http.Request) bool {
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	u, err := url.Parse(o)
	return err == nil && strings.EqualFold(u.Host, r.Host)
}
