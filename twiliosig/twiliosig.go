// Package twiliosig signs and checks Twilio's webhook requests
// (X-Twilio-Signature). The SMS and voice webhooks check with it, through
// twilio-go's own RequestValidator; the load tool and the tests sign with
// it, as Twilio would.
package twiliosig

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/base64"
	"log/slog"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/twilio/twilio-go/client"
)

// maxForm bounds a webhook's form; Twilio's are a few kilobytes.
const maxForm = 1 << 20

// Checker checks that a webhook request came from Twilio.
type Checker struct {
	publicURL string
	v         *client.RequestValidator // nil: no auth token, nothing is checked
	log       *slog.Logger
}

// NewChecker checks signatures made with authToken over publicURL (the
// PUBLIC_URL setting) and the path Twilio called. An empty authToken
// checks nothing: the simulator and local tests post unsigned forms.
func NewChecker(authToken, publicURL string, log *slog.Logger) *Checker {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	c := &Checker{publicURL: publicURL, log: log}
	if authToken != "" {
		v := client.NewRequestValidator(authToken)
		c.v = &v
	}
	return c
}

// ParseForm reads r's form and, when an auth token is configured, checks
// X-Twilio-Signature over PUBLIC_URL + the path (and query) Twilio called.
// It reports false, having answered 403 or 400, when r must be ignored.
func (c *Checker) ParseForm(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	if err := r.ParseForm(); err != nil {
		http.Error(w, "The form could not be read.", http.StatusBadRequest)
		return false
	}
	if c.v == nil {
		return true
	}
	sig := r.Header.Get("X-Twilio-Signature")
	if sig == "" {
		http.Error(w, "Missing signature.", http.StatusForbidden)
		return false
	}
	u := c.publicURL + r.URL.Path
	if r.URL.RawQuery != "" {
		u += "?" + r.URL.RawQuery
	}
	params := make(map[string]string, len(r.PostForm))
	for k, v := range r.PostForm {
		if len(v) > 0 {
			params[k] = v[0]
		}
	}
	if !c.v.Validate(u, params, sig) {
		c.log.Warn("twilio: webhook with a wrong signature refused", "path", r.URL.Path)
		http.Error(w, "Wrong signature.", http.StatusForbidden)
		return false
	}
	return true
}

// Sign computes the X-Twilio-Signature Twilio sends with a form post to
// fullURL: base64 of HMAC-SHA1, keyed by the auth token, over the URL
// followed by each field's name and (first) value in name order, as
// Checker checks it. The load tool and tests sign with it; Clubnight
// itself only checks.
func Sign(authToken, fullURL string, form url.Values) string {
	keys := make([]string, 0, len(form))
	for k := range form {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(fullURL)
	for _, k := range keys {
		b.WriteString(k)
		b.WriteString(form.Get(k))
	}
	mac := hmac.New(sha1.New, []byte(authToken))
	mac.Write([]byte(b.String()))
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}
