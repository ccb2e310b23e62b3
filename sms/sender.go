package sms

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"

	"github.com/twilio/twilio-go/client"
)

// Message is one outbound text.
type Message struct {
	ID   string // ours; alerts have a fixed id per problem, step and person
	To   string // E.164; never logged in full
	Body string
	// Night and Person say whom it is for, when known; the worker checks
	// the person's opt-out just before sending.
	Night  string
	Person string
	// Kind is reply, alert, notice (to a raiser) or code (sign-in).
	Kind    string
	Problem string // the problem an alert is about
	Step    int    // the alert's escalation step
}

// Message kinds.
const (
	KindAlert  = "alert"
	KindNotice = "notice"
	KindCode   = "code"
)

// Sent is what the provider said when it took a message.
type Sent struct {
	SID    string // the provider's message id, for status callbacks
	Status string // queued, accepted, sent, delivered...
}

// Sender hands one text to a provider: Twilio, or the simulator.
type Sender interface {
	Send(ctx context.Context, m Message) (Sent, error)
}

// SendError is a failed send with the provider's HTTP status, and whether
// trying again later may work (5xx, 429, timeouts) or not (other 4xx).
type SendError struct {
	Status    int
	Temporary bool
	Err       error
}

func (e *SendError) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("send failed with HTTP %d: %v", e.Status, e.Err)
	}
	return fmt.Sprintf("send failed: %v", e.Err)
}

func (e *SendError) Unwrap() error { return e.Err }

// Temporary reports whether a failed send is worth trying again: timeouts,
// network failures, 5xx and 429 are; a refusal such as a 400 is not.
func Temporary(err error) bool {
	if err == nil {
		return false
	}
	var se *SendError
	if errors.As(err, &se) {
		return se.Temporary
	}
	var tre *client.TwilioRestError
	if errors.As(err, &tre) {
		return tre.Status >= 500 || tre.Status == 429
	}
	var v1 *client.RestErrorV1
	if errors.As(err, &v1) {
		return v1.HttpStatusCode >= 500 || v1.HttpStatusCode == 429
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	var ue *url.Error
	return errors.As(err, &ue)
}
