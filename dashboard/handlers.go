package dashboard

import (
	"net/http"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/web"
)

// handler serves a request from a signed-in viewer.
type handler func(w http.ResponseWriter, r *http.Request, v *viewer)

// page serves a page to a signed-in viewer; others go to sign-in.
func (d *Dashboard) page(next handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, ok := d.viewerOf(r)
		if !ok {
			http.Redirect(w, r, "/dashboard", http.StatusSeeOther)
			return
		}
		next(w, r, v)
	}
}

// form serves a form post from a signed-in viewer, after checking the
// session's CSRF token (field "csrf") and the request's origin.
func (d *Dashboard) form(next handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
		v, ok := d.viewerOf(r)
		if !ok {
			d.renderError(w, r, nil, http.StatusForbidden, "Please sign in again.",
				"Your sign-in has ended. Sign in again to carry on.")
			return
		}
		tok := r.PostFormValue("csrf")
		if tok == "" {
			tok = r.Header.Get(CSRFHeader)
		}
		if !sameEqual(tok, v.sess.CSRF) || !d.sameOrigin(r) {
			d.renderError(w, r, v, http.StatusForbidden, "That did not work.",
				"The page was too old, or came from another website. Please go back, reload the page and try again.")
			return
		}
		next(w, r, v)
	}
}

// api serves a JSON GET to a signed-in viewer.
func (d *Dashboard) api(next handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, ok := d.viewerOf(r)
		if !ok {
			web.WriteError(w, nil, night.Errorf(night.Forbidden, "Please sign in again."))
			return
		}
		next(w, r, v)
	}
}

// apiPost serves a JSON or multipart POST from a signed-in viewer, after
// checking the X-CSRF-Token header and the origin.
func (d *Dashboard) apiPost(next handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, ok := d.viewerOf(r)
		if !ok {
			web.WriteError(w, nil, night.Errorf(night.Forbidden, "Please sign in again."))
			return
		}
		if !sameEqual(r.Header.Get(CSRFHeader), v.sess.CSRF) || !d.sameOrigin(r) {
			web.WriteError(w, nil, night.Errorf(night.Forbidden, "Please reload the page and try again."))
			return
		}
		next(w, r, v)
	}
}

// internal logs err and returns the plain error people see.
func (d *Dashboard) internal(what string, err error) error {
	if night.ErrorCode(err) != night.Internal {
		return err
	}
	d.log.Error("dashboard: "+what, "err", err)
	return &night.Error{Code: night.Internal, Message: "Something went wrong on our side. Please try again."}
}
