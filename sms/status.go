package sms

import (
	"net/http"
	"strings"
)

// serveStatus is Twilio's status callback for a text we sent. It moves the
// text's status forward only; a text that failed goes on the dashboard, and
// a failed alert makes the next escalation step come at once.
func (s *Service) serveStatus(w http.ResponseWriter, r *http.Request) {
	if !s.sig.ParseForm(w, r) {
		return
	}
	sid := r.PostForm.Get("MessageSid")
	if sid == "" {
		sid = r.PostForm.Get("SmsSid")
	}
	status := strings.ToLower(strings.TrimSpace(r.PostForm.Get("MessageStatus")))
	if status == "" {
		status = strings.ToLower(strings.TrimSpace(r.PostForm.Get("SmsStatus")))
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if sid == "" || statusRank(status) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	ctx := r.Context()
	detail := status
	if code := r.PostForm.Get("ErrorCode"); code != "" {
		detail += " (Twilio error " + code + ")"
	}
	id, err := s.q.callback(ctx, sid, status, errorIf(failedStatus(status), detail))
	if err != nil {
		s.m.RedisErrors.Inc()
		http.Error(w, "Try again.", http.StatusServiceUnavailable)
		return
	}
	if id == "" {
		// Not known yet (kept for when the send is recorded), or not ours.
		w.WriteHeader(http.StatusNoContent)
		return
	}
	changed, err := s.q.setStatus(ctx, id, status, errorIf(failedStatus(status), detail))
	if err != nil {
		s.m.RedisErrors.Inc()
		http.Error(w, "Try again.", http.StatusServiceUnavailable)
		return
	}
	if changed {
		s.m.TextsOut.WithLabelValues(status).Inc()
		if failedStatus(status) {
			if rec, err := s.q.load(ctx, id); err == nil && rec != nil {
				s.failed(ctx, rec, detail)
			}
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

func errorIf(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}
