// Package twilioapi is Clubnight's client of Twilio's REST API, shared by
// texts (sms) and calls (voice): twilio-go with one set of credentials,
// an optional base URL (a local fake in tests, staging), a context and an
// idempotency token per request, and one rule for which failures are
// worth trying again (SendError, Temporary).
package twilioapi

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/twilio/twilio-go"
	"github.com/twilio/twilio-go/client"
	openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

// Options configure the client.
type Options struct {
	AccountSID string
	AuthToken  string
	From       string // our number or sender id
	// APIURL replaces https://api.twilio.com (CLUBNIGHT_TWILIO_API_URL),
	// for staging and for tests against a local fake.
	APIURL string
	// StatusCallback is where Twilio reports a text's delivery
	// (PUBLIC_URL/sms/status).
	StatusCallback string
	// Timeout bounds one request; a timeout is retried later.
	Timeout time.Duration
}

// Client makes requests to Twilio's REST API with twilio-go.
type Client struct {
	sid, token string
	timeout    time.Duration
	rt         *twilioTransport
	from       string
	callback   string
}

// New returns a client using twilio-go's REST client. Its HTTP client
// sends every request to APIURL when that is set: twilio-go fixes the
// host, so the transport rewrites it.
func New(o Options) (*Client, error) {
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	rt := &twilioTransport{next: http.DefaultTransport}
	if o.APIURL != "" {
		u, err := url.Parse(strings.TrimRight(o.APIURL, "/"))
		if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
			return nil, fmt.Errorf("CLUBNIGHT_TWILIO_API_URL: %q is not a full address", o.APIURL)
		}
		rt.base = u
	}
	return &Client{sid: o.AccountSID, token: o.AuthToken, timeout: o.Timeout, rt: rt,
		from: o.From, callback: o.StatusCallback}, nil
}

// Rest returns a twilio-go client for one request, texts' and calls'
// alike: the same credentials, base URL and temporary-error rules. Its
// requests carry ctx (twilio-go takes none) and, when key is not empty,
// an idempotency token made from key, so that a request retried after a
// timeout (Twilio may have taken the first) is not acted on twice.
func (s *Client) Rest(ctx context.Context, key string) *twilio.RestClient {
	token := ""
	if key != "" {
		token = idempotencyToken(key)
	}
	cl := &client.Client{
		Credentials: client.NewCredentials(s.sid, s.token),
		HTTPClient: &http.Client{
			Transport: &requestTransport{ctx: ctx, token: token, next: s.rt},
			Timeout:   s.timeout,
			CheckRedirect: func(*http.Request, []*http.Request) error {
				return http.ErrUseLastResponse
			},
		},
	}
	cl.SetAccountSid(s.sid)
	rc := twilio.NewRestClientWithParams(twilio.ClientParams{Client: cl})
	if s.rt.base != nil {
		// TWILIO_EDGE and TWILIO_REGION would change the host under the
		// configured base URL's feet.
		rc.SetEdge("")
		rc.SetRegion("")
	}
	return rc
}

// idempotencyToken names one request for Twilio: a request that timed out
// after Twilio took it, sent again with the same token, is not sent twice.
func idempotencyToken(id string) string {
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:16])
}

// requestTransport adds one message's context and idempotency token.
type requestTransport struct {
	ctx   context.Context
	token string
	next  http.RoundTripper
}

func (t *requestTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(t.ctx)
	if t.token != "" {
		r.Header.Set("I-Twilio-Idempotency-Token", t.token)
	}
	return t.next.RoundTrip(r)
}

// SendText creates one message from our number to to, bounded by ctx and
// the HTTP client's timeout, and returns Twilio's id for it and its
// status. key (the message's id) is the idempotency token that makes a
// retry after a timeout safe.
func (s *Client) SendText(ctx context.Context, key, to, body string) (sid, status string, err error) {
	if err := ctx.Err(); err != nil {
		return "", "", &SendError{Temporary: true, Err: err}
	}
	p := &openapi.CreateMessageParams{}
	p.SetTo(to)
	p.SetFrom(s.from)
	p.SetBody(body)
	if s.callback != "" {
		p.SetStatusCallback(s.callback)
	}
	res, err := s.Rest(ctx, key).Api.CreateMessage(p)
	if err != nil {
		return "", "", err
	}
	if res.Sid != nil {
		sid = *res.Sid
	}
	if res.Status != nil {
		status = *res.Status
	}
	if status == "" {
		status = "queued"
	}
	return sid, status, nil
}

// twilioTransport points requests at the configured base URL and turns
// 5xx and 429 answers into temporary errors before twilio-go tries to read
// them as its JSON error (a proxy's HTML 502 would otherwise look like a
// permanent decoding failure).
type twilioTransport struct {
	base *url.URL
	next http.RoundTripper
}

func (t *twilioTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if t.base != nil {
		r := req.Clone(req.Context())
		r.URL.Scheme = t.base.Scheme
		r.URL.Host = t.base.Host
		r.URL.Path = t.base.Path + req.URL.Path
		r.URL.RawPath = ""
		r.Host = t.base.Host
		req = r
	}
	res, err := t.next.RoundTrip(req)
	if err != nil {
		return nil, &SendError{Temporary: true, Err: err}
	}
	if res.StatusCode >= 500 || res.StatusCode == http.StatusTooManyRequests {
		body, _ := io.ReadAll(io.LimitReader(res.Body, 512))
		res.Body.Close()
		return nil, &SendError{Status: res.StatusCode, Temporary: true,
			Err: fmt.Errorf("twilio answered %s: %s", res.Status, strings.TrimSpace(string(body)))}
	}
	return res, nil
}
