package voice

import (
	"context"
	"net/url"
	"time"

	openapi "github.com/twilio/twilio-go/rest/api/v2010"

	"github.com/clubnight/clubnight/twilioapi"
)

// Call is one outbound call about a problem.
type Call struct {
	ID      string // ours: fixed per night, problem, step and person
	To      string // E.164; never logged in full
	Night   string
	Person  string
	Problem string
	Step    int
}

// Dialer asks a provider to ring someone. An error for which
// twilioapi.Temporary is true (5xx, 429, timeouts) is tried again later; any
// other is final.
type Dialer interface {
	Dial(ctx context.Context, c Call) (sid string, err error)
	// Cancel stops a call that is still ringing; one already answered
	// goes on (it hears that someone else has the problem).
	Cancel(ctx context.Context, sid string) error
}

// TwilioDialerOptions configure the Twilio dialer.
type TwilioDialerOptions struct {
	AccountSID, AuthToken string
	From                  string // our Twilio number, shown to the person rung
	APIURL                string // replaces https://api.twilio.com (tests, staging)
	PublicURL             string // where Twilio reaches our webhooks
	Timeout               time.Duration
	RingSeconds           int
}

// TwilioDialer places calls with twilio-go's Calls API. The call's TwiML
// comes from OutboundPath when it is answered, so it says the problem as
// it is then; how it ended comes to StatusPath.
type TwilioDialer struct {
	tw   *twilioapi.Client
	o    TwilioDialerOptions
	base string
}

var _ Dialer = (*TwilioDialer)(nil)

// NewTwilioDialer uses twilioapi, as texts do: the same
// credentials, base URL and temporary-error rules.
func NewTwilioDialer(o TwilioDialerOptions) (*TwilioDialer, error) {
	tw, err := twilioapi.New(twilioapi.Options{AccountSID: o.AccountSID, AuthToken: o.AuthToken,
		From: o.From, APIURL: o.APIURL, Timeout: o.Timeout})
	if err != nil {
		return nil, err
	}
	return &TwilioDialer{tw: tw, o: o, base: o.PublicURL}, nil
}

// Dial creates one call, bounded by ctx and the client's timeout. The
// call's id is its idempotency token, so a retry after a timeout never
// rings the person twice.
func (d *TwilioDialer) Dial(ctx context.Context, c Call) (string, error) {
	if err := ctx.Err(); err != nil {
		return "", &twilioapi.SendError{Temporary: true, Err: err}
	}
	q := url.Values{"call": {c.ID}}
	p := &openapi.CreateCallParams{}
	p.SetTo(c.To)
	p.SetFrom(d.o.From)
	p.SetUrl(d.base + path(OutboundPath, q))
	p.SetMethod("POST")
	p.SetStatusCallback(d.base + path(StatusPath, q))
	p.SetStatusCallbackMethod("POST")
	p.SetTimeout(d.o.RingSeconds)
	res, err := d.tw.Rest(ctx, c.ID).Api.CreateCall(p)
	if err != nil {
		return "", err
	}
	if res.Sid == nil {
		return "", nil
	}
	return *res.Sid, nil
}

// Cancel asks Twilio to stop ringing call sid.
func (d *TwilioDialer) Cancel(ctx context.Context, sid string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	p := &openapi.UpdateCallParams{}
	p.SetStatus("canceled")
	_, err := d.tw.Rest(ctx, "").Api.UpdateCall(sid, p)
	return err
}
