package sms

import (
	"context"
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

// TwilioOptions configure the Twilio sender.
type TwilioOptions struct {
	AccountSID string
	AuthToken  string
	From       string // our number or sender id
	// APIURL replaces https://api.twilio.com (CLUBNIGHT_TWILIO_API_URL),
	// for staging and for tests against a local fake.
	APIURL string
	// StatusCallback is where Twilio reports delivery (PUBLIC_URL/sms/status).
	StatusCallback string
	// Timeout bounds one request; a timeout is retried later.
	Timeout time.Duration
}

// TwilioSender sends texts through Twilio's Messages API with twilio-go.
type TwilioSender struct {
	rc       *twilio.RestClient
	from     string
	callback string
}

var _ Sender = (*TwilioSender)(nil)

// NewTwilioSender returns a sender using twilio-go's REST client. Its HTTP
// client sends every request to APIURL when that is set: twilio-go fixes
// the host, so the transport rewrites it.
func NewTwilioSender(o TwilioOptions) (*TwilioSender, error) {
	rc, err := NewTwilioClient(o)
	if err != nil {
		return nil, err
	}
	return &TwilioSender{rc: rc, from: o.From, callback: o.StatusCallback}, nil
}

// NewTwilioClient returns twilio-go's REST client with o's credentials,
// timeout and base URL, turning 5xx, 429 and network failures into
// temporary *SendError values. Texts and calls both use it.
func NewTwilioClient(o TwilioOptions) (*twilio.RestClient, error) {
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
	cl := &client.Client{
		Credentials: client.NewCredentials(o.AccountSID, o.AuthToken),
		HTTPClient: &http.Client{
			Transport: rt,
			Timeout:   o.Timeout,
			CheckRedirect: func(*http.Request, []*http.Request) error {
				return http.ErrUseLastResponse
			},
		},
	}
	cl.SetAccountSid(o.AccountSID)
	rc := twilio.NewRestClientWithParams(twilio.ClientParams{Client: cl})
	if rt.base != nil {
		// TWILIO_EDGE and TWILIO_REGION would change the host under the
		// configured base URL's feet.
		rc.SetEdge("")
		rc.SetRegion("")
	}
	return rc, nil
}

// Send creates one message. twilio-go takes no context, so the HTTP
// client's timeout bounds it.
func (s *TwilioSender) Send(ctx context.Context, m Message) (Sent, error) {
	if err := ctx.Err(); err != nil {
		return Sent{}, &SendError{Temporary: true, Err: err}
	}
	p := &openapi.CreateMessageParams{}
	p.SetTo(m.To)
	p.SetFrom(s.from)
	p.SetBody(m.Body)
	if s.callback != "" {
		p.SetStatusCallback(s.callback)
	}
	res, err := s.rc.Api.CreateMessage(p)
	if err != nil {
		return Sent{}, err
	}
	var out Sent
	if res.Sid != nil {
		out.SID = *res.Sid
	}
	if res.Status != nil {
		out.Status = *res.Status
	}
	if out.Status == "" {
		out.Status = "queued"
	}
	return out, nil
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
