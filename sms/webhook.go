package sms

import (
	"errors"
	"net/http"
	"time"

	"github.com/twilio/twilio-go/twiml"
)

// serveInbound is Twilio's Messaging webhook: one text in, at most one
// text back as TwiML.
func (s *Service) serveInbound(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	defer func() { s.m.WebhookDuration.Observe(time.Since(start).Seconds()) }()
	if !s.sig.ParseForm(w, r) {
		s.m.TextsIn.WithLabelValues("refused_request").Inc()
		return
	}
	f := r.PostForm
	sid := f.Get("MessageSid")
	if sid == "" {
		sid = f.Get("SmsSid")
	}
	reply, err := s.receive(r.Context(), Text{From: f.Get("From"), Body: f.Get("Body"), SID: sid, OptOutType: f.Get("OptOutType")})
	if errors.Is(err, errTwinBusy) {
		// Another hub is answering this very text; it sends the reply.
		reply = ""
	}
	writeTwiML(w, reply)
}

// twimlFor is the TwiML answer: one message, or none.
func twimlFor(reply string) (string, error) {
	if reply == "" {
		return twiml.Messages(nil)
	}
	return twiml.Messages([]twiml.Element{&twiml.MessagingMessage{Body: reply}})
}

func writeTwiML(w http.ResponseWriter, reply string) {
	doc, err := twimlFor(reply)
	if err != nil {
		doc, _ = twiml.Messages(nil)
	}
	w.Header().Set("Content-Type", "text/xml; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte(doc))
}
