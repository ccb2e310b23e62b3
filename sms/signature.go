package sms

import (
	"net/http"
)

// maxForm bounds a webhook's form; Twilio's are a few kilobytes.
const maxForm = 1 << 20

// parseSigned reads r's form and, when an auth token is configured, checks
// X-Twilio-Signature over PUBLIC_URL + the path (and query) Twilio called.
// It reports false, having answered 403 or 400, when r must be ignored.
func (s *Service) parseSigned(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "The form could not be read.", http.StatusBadRequest)
		return false
	}
	if s.validator == nil {
		return true
	}
	sig := r.Header.Get("X-Twilio-Signature")
	if sig == "" {
		http.Error(w, "Missing signature.", http.StatusForbidden)
		return false
	}
	u := s.cfg.PublicURL + r.URL.Path
	if r.URL.RawQuery != "" {
		u += "?" + r.URL.RawQuery
	}
	params := make(map[string]string, len(r.PostForm))
	for k, v := range r.PostForm {
		if len(v) > 0 {
			params[k] = v[0]
		}
	}
	if !s.validator.Validate(u, params, sig) {
		s.log.Warn("sms: webhook with a wrong signature refused", "path", r.URL.Path)
		http.Error(w, "Wrong signature.", http.StatusForbidden)
		return false
	}
	return true
}
