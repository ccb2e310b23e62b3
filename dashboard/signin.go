package dashboard

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/phone"
)

// signInData is what the sign-in pages show.
type signInData struct {
	Sim     string // the SMS simulator's address, when texts go there
	Phone   string // as typed
	E164    string
	Message string // what happened, plainly
	Error   string
	Done    bool // signed out
}

// serveHome is /dashboard: the live view when signed in, else sign-in.
func (d *Dashboard) serveHome(w http.ResponseWriter, r *http.Request) {
	if v, ok := d.viewerOf(r); ok {
		d.serveLive(w, r, v)
		return
	}
	d.renderSignIn(w, r, http.StatusOK, "signin", signInData{Done: r.URL.Query().Get("out") == "1"})
}

// preToken returns the sign-in forms' CSRF token, setting its cookie.
func (d *Dashboard) preToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(preCookie); err == nil && len(c.Value) >= 40 && len(c.Value) <= 60 {
		return c.Value
	}
	tok := randomID(32)
	d.setCookie(w, preCookie, tok, time.Hour, http.SameSiteStrictMode)
	return tok
}

// checkPre checks a sign-in form's CSRF token against its cookie.
func (d *Dashboard) checkPre(r *http.Request) bool {
	c, err := r.Cookie(preCookie)
	if err != nil {
		return false
	}
	return sameEqual(r.PostFormValue("csrf"), c.Value) && d.sameOrigin(r)
}

func (d *Dashboard) renderSignIn(w http.ResponseWriter, r *http.Request, code int, page string, data signInData) {
	tok := d.preToken(w, r)
	data.Sim = d.opts.SimulatorPath
	title := "Sign in"
	if page == "code" {
		title = "Type your code"
	}
	d.render(w, r, nil, code, page, pageData{Title: title, CSRF: tok, Body: data})
}

func (d *Dashboard) refusePre(w http.ResponseWriter, r *http.Request) {
	d.renderSignIn(w, r, http.StatusForbidden, "signin", signInData{
		Error: "That page was too old. Please try again."})
}

// postSignInCode texts a code to the number, when it is on a team. The
// reply is the same whether it is or not.
func (d *Dashboard) postSignInCode(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if !d.checkPre(r) {
		d.refusePre(w, r)
		return
	}
	typed := strings.TrimSpace(r.PostFormValue("phone"))
	e164, err := phone.Normalise(typed)
	if err != nil || len(typed) > 40 {
		d.renderSignIn(w, r, http.StatusBadRequest, "signin", signInData{Phone: typed,
			Error: "We cannot read that number. Please type it like 07700 900123."})
		return
	}
	err = d.requestCode(r.Context(), e164, d.clientAddr(r))
	switch {
	case errors.Is(err, errLimited):
		d.renderSignIn(w, r, http.StatusTooManyRequests, "signin", signInData{Phone: typed,
			Error: "Too many codes were asked for. Please wait 15 minutes, then try again."})
		return
	case err != nil:
		d.log.Error("dashboard: sign-in code", "err", err)
		d.renderSignIn(w, r, http.StatusServiceUnavailable, "signin", signInData{Phone: typed,
			Error: "We could not do that just now. Please try again in a minute."})
		return
	}
	d.renderSignIn(w, r, http.StatusOK, "code", signInData{Phone: typed, E164: e164,
		Message: "If " + typed + " is on the team, a text with a 6-digit code is on its way."})
}

// postSignInVerify checks the code and starts a session.
func (d *Dashboard) postSignInVerify(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if !d.checkPre(r) {
		d.refusePre(w, r)
		return
	}
	typed := strings.TrimSpace(r.PostFormValue("phone"))
	e164, err := phone.Normalise(typed)
	if err != nil {
		d.renderSignIn(w, r, http.StatusBadRequest, "signin", signInData{Phone: typed,
			Error: "We cannot read that number. Please type it like 07700 900123."})
		return
	}
	code := strings.Map(func(c rune) rune {
		if c >= '0' && c <= '9' {
			return c
		}
		if c == ' ' || c == '-' {
			return -1
		}
		return 'x'
	}, r.PostFormValue("code"))
	data := signInData{Phone: typed, E164: e164}
	if len(code) != 6 || strings.Contains(code, "x") {
		data.Error = "The code is 6 numbers. Please type it again."
		d.renderSignIn(w, r, http.StatusBadRequest, "code", data)
		return
	}
	m, ok, err := d.checkCode(r.Context(), e164, code, d.clientAddr(r))
	switch {
	case errors.Is(err, errLimited):
		data.Error = "Too many tries from here. Please wait 15 minutes, then try again."
		d.renderSignIn(w, r, http.StatusTooManyRequests, "code", data)
		return
	case err != nil:
		d.log.Error("dashboard: check sign-in code", "err", err)
		data.Error = "We could not do that just now. Please try again in a minute."
		d.renderSignIn(w, r, http.StatusServiceUnavailable, "code", data)
		return
	case !ok:
		data.Error = "That code did not work. A code works once, for 10 minutes. Check it, or ask for a new one."
		d.renderSignIn(w, r, http.StatusUnauthorized, "code", data)
		return
	}
	d.startSession(w, r, session{Phone: e164, Person: m.person, Night: m.night})
}

// postSignInToken signs in with the admin token, for the first organiser
// of a deployment before anyone's phone is on a team.
func (d *Dashboard) postSignInToken(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if !d.checkPre(r) {
		d.refusePre(w, r)
		return
	}
	ok, err := d.allow(r.Context(), d.key("rate", "check", d.clientAddr(r)), ChecksPerAddress, RateWindow)
	if err != nil || !ok {
		d.renderSignIn(w, r, http.StatusTooManyRequests, "signin", signInData{
			Error: "Too many tries from here. Please wait 15 minutes, then try again."})
		return
	}
	tok := strings.TrimSpace(r.PostFormValue("token"))
	probe, _ := http.NewRequestWithContext(r.Context(), http.MethodGet, "/", nil)
	probe.Header.Set("Authorization", "Bearer "+tok)
	// Wrong tokens are counted against the sender, not against everyone.
	probe.RemoteAddr = r.RemoteAddr
	probe.Header["X-Forwarded-For"] = r.Header["X-Forwarded-For"]
	p, ok := d.opts.Auth.Authenticate(probe)
	if tok == "" || !ok || p.Kind != auth.Admin {
		d.renderSignIn(w, r, http.StatusUnauthorized, "signin", signInData{
			Error: "That admin token did not work."})
		return
	}
	d.startSession(w, r, session{Admin: true, Token: d.opts.Auth.AdminCredential()})
}

func (d *Dashboard) startSession(w http.ResponseWriter, r *http.Request, sess session) {
	id, err := d.sessions.create(r.Context(), sess)
	if err != nil {
		d.log.Error("dashboard: create session", "err", err)
		d.renderSignIn(w, r, http.StatusServiceUnavailable, "signin", signInData{
			Error: "We could not sign you in just now. Please try again in a minute."})
		return
	}
	d.setCookie(w, SessionCookie, id, SessionTTL, http.SameSiteLaxMode)
	d.setCookie(w, preCookie, "", -1, http.SameSiteStrictMode)
	http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
}

func (d *Dashboard) postSignOut(w http.ResponseWriter, r *http.Request, v *viewer) {
	if err := d.sessions.delete(r.Context(), v.id); err != nil {
		d.log.Error("dashboard: sign out", "err", err)
	}
	d.setCookie(w, SessionCookie, "", -1, http.SameSiteLaxMode)
	http.Redirect(w, r, "/dashboard?out=1", http.StatusSeeOther)
}
