package sms

import (
	"context"

	"github.com/clubnight/clubnight/twilioapi"
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

// twilioSender sends texts through Twilio's Messages API.
type twilioSender struct{ c *twilioapi.Client }

var _ Sender = twilioSender{}

func (t twilioSender) Send(ctx context.Context, m Message) (Sent, error) {
	sid, status, err := t.c.SendText(ctx, m.ID, m.To, m.Body)
	if err != nil {
		return Sent{}, err
	}
	return Sent{SID: sid, Status: status}, nil
}
