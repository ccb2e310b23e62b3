package voice

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// serveOutbound is Twilio asking what to say when someone we rang
// answers. It says the problem as it is now: if someone took it while the
// phone rang, they hear who, and nothing else.
func (s *Service) serveOutbound(w http.ResponseWriter, r *http.Request) {
	if !s.sig.ParseForm(w, r) {
		return
	}
	sid, id := r.PostForm.Get("CallSid"), r.URL.Query().Get("call")
	if sid == "" || id == "" {
		http.Error(w, "CallSid or call is missing.", http.StatusBadRequest)
		return
	}
	writeTwiML(w, s.once(r.Context(), sid, "out", "0", func() (string, bool) {
		return s.ring(r.Context(), sid, id, 1, false)
	}))
}

// ring says the problem and asks for a key, or ends the call when the
// problem no longer needs them.
func (s *Service) ring(ctx context.Context, sid, id string, turn int, again bool) (string, bool) {
	rec, err := s.q.load(ctx, id)
	if err != nil {
		return goodbye(sorryLine), false
	}
	if rec == nil {
		return goodbye("Hello. This is Clubnight. Nothing needs you now. Goodbye."), true
	}
	n, err := s.hub.CachedNight(ctx, rec.Night)
	if err != nil {
		return goodbye(sorryLine), false
	}
	q, _ := n.Person(rec.Person)
	p, ok := n.Problem(rec.Problem)
	name := "there"
	if q != nil {
		name = firstName(q.Name)
	}
	if !ok || p.Status != night.Open {
		return goodbye(alreadyLine(n, p, name)), true
	}
	if turn == 1 {
		// Answered: a claim by someone else must not cut this call off.
		_, _ = s.q.setStatus(ctx, id, "in-progress", "")
		if err := s.saveState(ctx, sid, &callState{Night: rec.Night, Person: rec.Person}); err != nil {
			return goodbye(sorryLine), false
		}
	}
	msg := problemLine(n, p)
	if !again {
		msg = fmt.Sprintf("Hello %s. This is Clubnight. %s", name, msg)
	}
	press := s.url(path(PressPath, url.Values{"call": {id}, "turn": {strconv.Itoa(turn)}}))
	var a answer
	a.keys(press, msg+" Press 1 if you are on it. Press 2 to hear it again. Press 3 if you do not want calls tonight.")
	a.redirect(press)
	return a.String(), true
}

// problemLine says a problem to someone we rang.
func problemLine(n *night.Night, p *night.Problem) string {
	who := "Someone"
	if p.RaisedBy != "" {
		who = firstName(n.Name(p.RaisedBy))
	}
	return fmt.Sprintf("A problem needs help, and nobody has said they are on it. %s said: %s.", who, problemWords(p))
}

// alreadyLine tells someone we rang that they are not needed after all.
func alreadyLine(n *night.Night, p *night.Problem, name string) string {
	switch {
	case p == nil || p.Status == night.Sorted:
		return fmt.Sprintf("Hello %s. This is Clubnight. The problem is sorted now. You do not need to do anything. Goodbye.", name)
	}
	return fmt.Sprintf("Hello %s. This is Clubnight. %s is helping with: %s. You do not need to do anything. Goodbye.",
		name, firstName(n.Name(p.ClaimedBy)), problemWords(p))
}

// servePress takes the key pressed by someone we rang: 1 claims the
// problem, 2 says it again, no key says it once more and then asks
// someone else.
func (s *Service) servePress(w http.ResponseWriter, r *http.Request) {
	if !s.sig.ParseForm(w, r) {
		return
	}
	sid, id := r.PostForm.Get("CallSid"), r.URL.Query().Get("call")
	turn, err := strconv.Atoi(r.URL.Query().Get("turn"))
	if sid == "" || id == "" || err != nil || turn < 1 {
		http.Error(w, "CallSid, call or turn is missing.", http.StatusBadRequest)
		return
	}
	digits := strings.TrimSpace(r.PostForm.Get("Digits"))
	writeTwiML(w, s.once(r.Context(), sid, "p", strconv.Itoa(turn), func() (string, bool) {
		return s.press(r.Context(), sid, id, turn, digits)
	}))
}

func (s *Service) press(ctx context.Context, sid, id string, turn int, digits string) (string, bool) {
	rec, err := s.q.load(ctx, id)
	if err != nil {
		return goodbye(sorryLine), false
	}
	if rec == nil {
		return goodbye("Goodbye."), true
	}
	switch digits {
	case "1":
		return s.claim(ctx, sid, rec)
	case "2":
		return s.ring(ctx, sid, id, turn+1, true)
	case "3":
		return s.noCalls(ctx, sid, rec)
	case "":
		st, err := s.loadState(ctx, sid)
		if err != nil || st == nil {
			st = &callState{Night: rec.Night, Person: rec.Person}
		}
		st.Heard++
		_ = s.saveState(ctx, sid, st)
		if st.Heard < 2 {
			return s.ring(ctx, sid, id, turn+1, true)
		}
		// Heard it and pressed nothing: as good as no answer.
		s.sms.EscalateNow(ctx, rec.Night, rec.Problem)
		return goodbye("We will ask someone else. Goodbye."), true
	}
	return s.ring(ctx, sid, id, turn+1, true)
}

// noCalls is key 3: ring this person no more tonight. Texts go on, and
// the problem goes to the next people as if they had not answered.
func (s *Service) noCalls(ctx context.Context, sid string, rec *callRecord) (string, bool) {
	res, err := s.hub.Apply(ctx, rec.Night, night.Command{ID: "voice:" + sid + ":no_calls", Type: night.CmdNoCalls,
		By: rec.Person, Source: night.FromSMS})
	switch night.ErrorCode(err) {
	case "", night.Conflict:
	default:
		s.log.Error("voice: asking for no calls failed", "err", err)
		return goodbye(sorryLine), false
	}
	name := "there"
	if res != nil {
		name = firstName(res.Night.Name(rec.Person))
	} else if n, err := s.hub.CachedNight(ctx, rec.Night); err == nil {
		name = firstName(n.Name(rec.Person))
	}
	s.sms.EscalateNow(ctx, rec.Night, rec.Problem)
	return goodbye(fmt.Sprintf("OK %s. We will not ring you again tonight. We will still text you. Goodbye.", name)), true
}

// claim puts the person we rang on the problem, as "ON IT" would.
func (s *Service) claim(ctx context.Context, sid string, rec *callRecord) (string, bool) {
	res, err := s.hub.Apply(ctx, rec.Night, night.Command{ID: "voice:" + sid + ":claim", Type: night.CmdClaim,
		By: rec.Person, Problem: rec.Problem, Source: night.FromSMS})
	if err != nil {
		n, nerr := s.hub.CachedNight(ctx, rec.Night)
		switch night.ErrorCode(err) {
		case night.Busy, night.Internal:
			s.log.Error("voice: a claim by phone failed", "err", err)
			return goodbye(sorryLine), false
		}
		if nerr == nil {
			p, _ := n.Problem(rec.Problem)
			name := firstName(n.Name(rec.Person))
			return goodbye(alreadyLine(n, p, name)), true
		}
		return goodbye("Sorry. " + night.ErrorMessage(err) + " Goodbye."), true
	}
	p, _ := res.Night.Problem(rec.Problem)
	s.log.Info("voice: claimed by phone", "problem", rec.Problem, "person", rec.Person)
	return goodbye(fmt.Sprintf("Thank you %s. You are on it: %s. Please go now. Goodbye.",
		firstName(res.Night.Name(rec.Person)), problemWords(p))), true
}

// serveStatus is how a call we placed ended. Busy, no answer, failed or
// cancelled brings the problem's next step forward at once; so does a
// call that ended with the problem still open (an answering machine
// "answers" too).
func (s *Service) serveStatus(w http.ResponseWriter, r *http.Request) {
	if !s.sig.ParseForm(w, r) {
		return
	}
	id := r.URL.Query().Get("call")
	status := strings.ToLower(strings.TrimSpace(r.PostForm.Get("CallStatus")))
	if id == "" || callRank(status) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	ctx := r.Context()
	changed, err := s.q.setStatus(ctx, id, status, errorIf(unanswered(status), status))
	if err != nil {
		http.Error(w, "Try again.", http.StatusServiceUnavailable)
		return
	}
	if changed && callRank(status) == 9 {
		if rec, err := s.q.load(ctx, id); err == nil && rec != nil && (unanswered(status) || s.stillOpen(ctx, rec)) {
			// A call that ended with the problem still open was not
			// answered by anyone who took it: voicemail, or a hang-up.
			s.log.Info("voice: a call ended and nobody took the problem", "problem", rec.Problem, "person", rec.Person, "status", status)
			s.sms.EscalateNow(ctx, rec.Night, rec.Problem)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

// stillOpen reports whether the problem a call was about is still open.
func (s *Service) stillOpen(ctx context.Context, rec *callRecord) bool {
	n, err := s.hub.CachedNight(ctx, rec.Night)
	if err != nil {
		return false
	}
	p, ok := n.Problem(rec.Problem)
	return ok && p.Status == night.Open
}

func errorIf(cond bool, s string) string {
	if cond {
		return s
	}
	return ""
}
