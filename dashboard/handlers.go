package dashboard

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/clubnight/clubnight/night"
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
			writeError(w, night.Errorf(night.Forbidden, "Please sign in again."))
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
			writeError(w, night.Errorf(night.Forbidden, "Please sign in again."))
			return
		}
		if !sameEqual(r.Header.Get(CSRFHeader), v.sess.CSRF) || !d.sameOrigin(r) {
			writeError(w, night.Errorf(night.Forbidden, "Please reload the page and try again."))
			return
		}
		next(w, r, v)
	}
}

// status maps an error's code to an HTTP status.
func status(err error) int {
	switch night.ErrorCode(err) {
	case night.Invalid:
		return http.StatusBadRequest
	case night.NotFound:
		return http.StatusNotFound
	case night.Conflict:
		return http.StatusConflict
	case night.Forbidden:
		return http.StatusForbidden
	case night.Busy:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

type errorBody struct {
	Error    string   `json:"error"`
	Code     string   `json:"code"`
	Problems []string `json:"problems,omitempty"`
}

func writeError(w http.ResponseWriter, err error) {
	body := errorBody{Error: night.ErrorMessage(err), Code: string(night.ErrorCode(err))}
	var ne *night.Error
	if errors.As(err, &ne) {
		body.Problems = ne.Problems
	}
	writeJSON(w, status(err), body)
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// internal logs err and returns the plain error people see.
func (d *Dashboard) internal(what string, err error) error {
	if night.ErrorCode(err) != night.Internal {
		return err
	}
	d.log.Error("dashboard: "+what, "err", err)
	return &night.Error{Code: night.Internal, Message: "Something went wrong on our side. Please try again."}
}
