package voice_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/faketwilio"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/voice"
)

// callable lets the plan ring people: id -> "" (any time) or "HH:MM-HH:MM".
func callable(who map[string]string, roles map[string][]string) func(p *night.Plan) {
	return func(p *night.Plan) {
		for i := range p.People {
			pp := &p.People[i]
			if r, ok := roles[pp.ID]; ok {
				pp.Roles = r
			}
			w, ok := who[pp.ID]
			if !ok {
				continue
			}
			pp.MayCall = true
			if from, to, ok := strings.Cut(w, "-"); ok {
				pp.CallFrom, pp.CallTo = from, to
			}
		}
	}
}

// raise puts up a problem from Priya and moves the clock until the alert
// reaches the staff step (the texts' own escalation does that).
func (e *Env) raiseAndWaitForStaffStep() *night.Problem {
	e.T.Helper()
	// Tom is on duty, so the first alert goes to him and the staff come next.
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom", Source: night.FromKiosk})
	res := e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "taxi late for Jo", Source: night.FromKiosk})
	pid := res.Event.Problem.ID
	// Let the step-0 texts go and schedule the staff step first.
	Eventually(e.T, 10*time.Second, "the first alert", func() bool { p, _ := e.MustNight().Problem(pid); return len(p.Alerted) > 0 })
	e.Clock.Advance(night.DefaultEscalateAfter + time.Second)
	Eventually(e.T, 10*time.Second, "the staff step", func() bool { p, _ := e.MustNight().Problem(pid); return p.Step >= 1 })
	p, _ := e.MustNight().Problem(pid)
	if p.Step != 1 {
		e.T.Fatalf("the alert went to step %d; want the staff step", p.Step)
	}
	return p
}

// Answer is Twilio fetching the TwiML of a call we placed, once answered.
type Answer struct {
	e    *Env
	SID  string
	To   string
	Last *Node
	Doc  string
}

func (e *Env) Answer(call url.Values) *Answer {
	e.T.Helper()
	u, err := url.Parse(call.Get("Url"))
	if err != nil || !strings.HasPrefix(call.Get("Url"), e.Config.PublicURL+voice.OutboundPath+"?") {
		e.T.Fatalf("call Url %q is not our outbound webhook", call.Get("Url"))
	}
	a := &Answer{e: e, SID: "CA" + strings.Repeat("7", 24) + call.Get("To")[1:], To: call.Get("To")}
	a.post(u.RequestURI(), url.Values{"CallStatus": {"in-progress"}})
	return a
}

func (a *Answer) post(path string, extra url.Values) {
	a.e.T.Helper()
	form := url.Values{"CallSid": {a.SID}, "AccountSid": {a.e.Twilio.SID}, "From": {"+447700900999"}, "To": {a.To},
		"Direction": {"outbound-api"}, "ApiVersion": {"2010-04-01"}}
	for k, v := range extra {
		form[k] = v
	}
	code, body := a.e.Post(path, form)
	if code != http.StatusOK {
		a.e.T.Fatalf("POST %s = %d: %s", path, code, body)
	}
	a.Doc, a.Last = body, MustTwiML(a.e.T, body)
}

// Press presses a key (or none, "") at the last Gather.
func (a *Answer) Press(digits string) {
	a.e.T.Helper()
	g := a.Last.Find("Gather")
	if g == nil {
		a.e.T.Fatalf("the call does not wait for a key:\n%s", a.Doc)
	}
	extra := url.Values{}
	if digits != "" {
		extra.Set("Digits", digits)
	}
	a.post(strings.TrimPrefix(g.Attr("action"), a.e.Config.PublicURL), extra)
}

func TestEscalation_CallsStaffAndKeyOneClaims(t *testing.T) {
	f := faketwilio.New(t)
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Plan: callable(map[string]string{"kim": "", "leon": ""}, nil)})
	p := e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "a call to Kim", func() bool { return len(f.CallsTo(numbers["kim"])) == 1 })
	call := f.CallsTo(numbers["kim"])[0]
	if call.Get("From") != "+447700900999" || call.Get("Timeout") != "25" ||
		!strings.HasPrefix(call.Get("StatusCallback"), e.Config.PublicURL+voice.StatusPath+"?call=") {
		t.Fatalf("call = %v", call)
	}
	if n := len(f.CallsTo(numbers["leon"])); n != 0 {
		t.Fatalf("Leon (not staff) was rung at the staff step")
	}

	a := e.Answer(call)
	if g := a.Last.Find("Gather"); g == nil || g.Attr("input") != "dtmf" || g.Attr("numDigits") != "1" {
		t.Fatalf("answer does not wait for one key:\n%s", a.Doc)
	}
	mustSay(t, a.Last, "Hello Kim. This is Clubnight. A problem needs help, and nobody has said they are on it. "+
		"Priya said: taxi late for Jo. Press 1 if you are on it. Press 2 to hear it again. Press 3 if you do not want calls tonight.")
	a.Press("2")
	mustSay(t, a.Last, "Priya said: taxi late for Jo. Press 1 if you are on it.")
	a.Press("1")
	if got, _ := e.MustNight().Problem(p.ID); got.Status != night.Claimed || got.ClaimedBy != "kim" {
		t.Fatalf("problem = %+v; want claimed by kim", got)
	}
	mustSay(t, a.Last, "Thank you Kim. You are on it: taxi late for Jo. Please go now. Goodbye.")
	if v := a.Last.Verbs(); v[len(v)-1] != "Hangup" {
		t.Fatalf("the call does not end: %v", v)
	}
	// The claim stops the escalation: the everyone step never rings Leon.
	e.Clock.Advance(night.DefaultEscalateAfter + time.Second)
	time.Sleep(300 * time.Millisecond)
	if n := len(f.CallsTo(numbers["leon"])); n != 0 {
		t.Fatalf("Leon was rung after Kim claimed it")
	}
}

func TestEscalation_ClaimWhileQueuedStopsTheCall(t *testing.T) {
	f := faketwilio.New(t)
	f.ScriptCalls("hang") // the first try times out; by the retry, Tom has it
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Plan: callable(map[string]string{"kim": ""}, nil),
		Voice: func(o *voice.Options) { o.RetryBase, o.RetryMax = 500*time.Millisecond, 500*time.Millisecond }})
	p := e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "the first try", func() bool { return f.CallRequests() == 1 })
	e.MustApply(night.Command{Type: night.CmdClaim, By: "tom", Problem: p.ID, Source: night.FromSMS})
	time.Sleep(2 * time.Second)
	if f.CallRequests() != 1 || len(f.PlacedCalls()) != 0 {
		t.Fatalf("%d call requests, %d calls after Tom claimed it; want 1 and 0", f.CallRequests(), len(f.PlacedCalls()))
	}
}

func TestEscalation_AnsweredAfterAClaimSaysWho(t *testing.T) {
	f := faketwilio.New(t)
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Plan: callable(map[string]string{"kim": ""}, nil)})
	p := e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "a call to Kim", func() bool { return len(f.CallsTo(numbers["kim"])) == 1 })
	e.MustApply(night.Command{Type: night.CmdClaim, By: "tom", Problem: p.ID, Source: night.FromSMS})
	a := e.Answer(f.CallsTo(numbers["kim"])[0])
	mustSay(t, a.Last, "Hello Kim. This is Clubnight. Tom is helping with: taxi late for Jo. You do not need to do anything. Goodbye.")
	if a.Last.Find("Gather") != nil {
		t.Fatalf("asks for a key about a problem already taken")
	}
}

func TestEscalation_RetriesServerErrorsAndTimeouts(t *testing.T) {
	f := faketwilio.New(t)
	f.ScriptCalls("503", "hang", "500")
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Plan: callable(map[string]string{"kim": ""}, nil)})
	e.raiseAndWaitForStaffStep()
	Eventually(t, 20*time.Second, "the call after three failures", func() bool { return len(f.CallsTo(numbers["kim"])) == 1 })
	if n := f.CallRequests(); n != 4 {
		t.Fatalf("%d requests; want 4 (three failures, one call)", n)
	}
}

func TestEscalation_RefusedCallIsNotRetriedAndGoesWider(t *testing.T) {
	f := faketwilio.New(t)
	f.ScriptCalls("400")
	logs := &testhub.SyncBuffer{}
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Log: logs, Plan: callable(map[string]string{"kim": ""}, nil)})
	p := e.raiseAndWaitForStaffStep()
	// Without moving the clock, the everyone step comes at once.
	Eventually(t, 10*time.Second, "the everyone step", func() bool { q, _ := e.MustNight().Problem(p.ID); return q.Step == 2 })
	time.Sleep(300 * time.Millisecond)
	if n := f.CallRequests(); n != 1 {
		t.Fatalf("%d call requests; a 400 must not be retried", n)
	}
	if !strings.Contains(logs.String(), "could not be placed") || strings.Contains(logs.String(), "7700900106") {
		t.Fatalf("the refusal is not logged, or Kim's full number is:\n%s", logs.String())
	}
}

func TestEscalation_NoAnswerGoesWider(t *testing.T) {
	f := faketwilio.New(t)
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Plan: callable(map[string]string{"kim": "", "leon": ""}, nil)})
	p := e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "a call to Kim", func() bool { return len(f.CallsTo(numbers["kim"])) == 1 })
	cb := f.CallsTo(numbers["kim"])[0].Get("StatusCallback")
	path := strings.TrimPrefix(cb, e.Config.PublicURL)
	form := url.Values{"CallSid": {"CA" + strings.Repeat("5", 32)}, "AccountSid": {f.SID}, "CallStatus": {"no-answer"},
		"To": {numbers["kim"]}, "From": {"+447700900999"}, "Direction": {"outbound-api"}, "CallDuration": {"0"}}
	if code, body := e.Post(path, form); code != http.StatusNoContent {
		t.Fatalf("status callback = %d %s", code, body)
	}
	Eventually(t, 10*time.Second, "the everyone step", func() bool { q, _ := e.MustNight().Problem(p.ID); return q.Step == 2 })
	// Leon may be called, and is, at the everyone step.
	Eventually(t, 10*time.Second, "a call to Leon", func() bool { return len(f.CallsTo(numbers["leon"])) == 1 })
}

func TestEscalation_CallWindowAndPermission(t *testing.T) {
	f := faketwilio.New(t)
	// 19:33 when the staff step comes: Kim may only be rung 18:00-19:00,
	// Sam (an organiser) any time; Marcus (staff) never said yes to calls.
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true,
		Plan: callable(map[string]string{"kim": "18:00-19:00", "sam": ""},
			map[string][]string{"sam": {"organiser"}, "marcus": {"staff"}})})
	e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "a call to Sam", func() bool { return len(f.CallsTo(numbers["sam"])) == 1 })
	time.Sleep(300 * time.Millisecond)
	if n := len(f.CallsTo(numbers["kim"])) + len(f.CallsTo(numbers["marcus"])); n != 0 {
		t.Fatalf("rang someone outside their window or without their yes")
	}
}

func TestEscalation_OptedOutOfTextsStillCalled(t *testing.T) {
	f := faketwilio.New(t)
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Plan: callable(map[string]string{"kim": "", "sam": ""},
		map[string][]string{"sam": {"organiser"}})})
	e.MustApply(night.Command{Type: night.CmdOptOut, By: "sam", Person: "sam", Source: night.FromSMS})
	e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "a call to Sam", func() bool { return len(f.CallsTo(numbers["sam"])) == 1 })
}

// Two hub processes on one real redis-server both see the staff step;
// Kim's phone rings once.
func TestEscalation_TwoHubsRingOnce(t *testing.T) {
	srv := testredis.Start(t)
	f := faketwilio.New(t)
	e := NewEnv(t, EnvOptions{RDB: srv.Client(t), Twilio: f, Start: true, Plan: callable(map[string]string{"kim": ""}, nil)})
	e.Twin()
	e.Twin()
	e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "a call to Kim", func() bool { return len(f.CallsTo(numbers["kim"])) >= 1 })
	time.Sleep(time.Second)
	if n := len(f.CallsTo(numbers["kim"])); n != 1 {
		t.Fatalf("Kim was rung %d times by three hubs; want once", n)
	}
	_ = context.Background()
}

// Voicemail answers too: a call that ended with nobody taking the problem
// brings the next step forward like no answer.
func TestEscalation_CompletedWithoutClaimGoesWider(t *testing.T) {
	f := faketwilio.New(t)
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Plan: callable(map[string]string{"kim": ""}, nil)})
	p := e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "a call to Kim", func() bool { return len(f.CallsTo(numbers["kim"])) == 1 })
	path := strings.TrimPrefix(f.CallsTo(numbers["kim"])[0].Get("StatusCallback"), e.Config.PublicURL)
	form := url.Values{"CallSid": {"CA" + strings.Repeat("6", 32)}, "AccountSid": {f.SID}, "CallStatus": {"completed"},
		"To": {numbers["kim"]}, "From": {"+447700900999"}, "Direction": {"outbound-api"}, "CallDuration": {"21"}}
	if code, body := e.Post(path, form); code != http.StatusNoContent {
		t.Fatalf("status callback = %d %s", code, body)
	}
	Eventually(t, 10*time.Second, "the everyone step", func() bool { q, _ := e.MustNight().Problem(p.ID); return q.Step == 2 })
}

// After a claim by key, the call's "completed" changes nothing more.
func TestEscalation_CompletedAfterClaimStays(t *testing.T) {
	f := faketwilio.New(t)
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Plan: callable(map[string]string{"kim": ""}, nil)})
	p := e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "a call to Kim", func() bool { return len(f.CallsTo(numbers["kim"])) == 1 })
	call := f.CallsTo(numbers["kim"])[0]
	a := e.Answer(call)
	a.Press("1")
	path := strings.TrimPrefix(call.Get("StatusCallback"), e.Config.PublicURL)
	form := url.Values{"CallSid": {a.SID}, "AccountSid": {f.SID}, "CallStatus": {"completed"}, "To": {numbers["kim"]}}
	if code, _ := e.Post(path, form); code != http.StatusNoContent {
		t.Fatalf("status callback = %d", code)
	}
	time.Sleep(300 * time.Millisecond)
	if q, _ := e.MustNight().Problem(p.ID); q.Step != 1 || q.Status != night.Claimed {
		t.Fatalf("problem = step %d %s; want step 1, claimed", q.Step, q.Status)
	}
}

// A claim stops the other calls still ringing about the same problem.
func TestEscalation_ClaimStopsOtherRinging(t *testing.T) {
	f := faketwilio.New(t)
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Plan: callable(map[string]string{"kim": "", "sam": ""},
		map[string][]string{"sam": {"organiser"}})})
	e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "calls to Kim and Sam", func() bool {
		return len(f.CallsTo(numbers["kim"])) == 1 && len(f.CallsTo(numbers["sam"])) == 1
	})
	samSID := ""
	for i, c := range f.PlacedCalls() {
		if c.Get("To") == numbers["sam"] {
			samSID = fmt.Sprintf("CA%032d", i+1)
		}
	}
	a := e.Answer(f.CallsTo(numbers["kim"])[0])
	a.Press("1")
	Eventually(t, 10*time.Second, "Sam's call stopped", func() bool {
		c := f.Canceled()
		return len(c) == 1 && c[0] == samSID
	})
	// Kim, who answered, is never cut off.
	time.Sleep(300 * time.Millisecond)
	if c := f.Canceled(); len(c) != 1 {
		t.Fatalf("canceled %v; want only Sam's call", c)
	}
}

// Someone rung about a problem can ask, with key 3, not to be rung again
// tonight. They still get texts: calls and texts are asked for apart.
func TestEscalation_KeyThreeStopsCallsNotTexts(t *testing.T) {
	f := faketwilio.New(t)
	e := NewEnv(t, EnvOptions{Twilio: f, Start: true, Plan: callable(map[string]string{"kim": ""}, nil)})
	e.raiseAndWaitForStaffStep()
	Eventually(t, 10*time.Second, "a call to Kim", func() bool { return len(f.CallsTo(numbers["kim"])) == 1 })
	a := e.Answer(f.CallsTo(numbers["kim"])[0])
	mustSay(t, a.Last, "Press 3 if you do not want calls tonight.")
	a.Press("3")
	mustSay(t, a.Last, "OK Kim. We will not ring you again tonight. We will still text you. Goodbye.")
	kim, _ := e.MustNight().Person("kim")
	if kim.MayCall || kim.OptedOut {
		t.Fatalf("Kim after key 3: may call %v, opted out of texts %v; want no calls, texts still on", kim.MayCall, kim.OptedOut)
	}
	// A new problem reaching the staff does not ring her.
	e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Spill, Text: "spill by the bar", Source: night.FromSMS})
	e.Clock.Advance(night.DefaultEscalateAfter + time.Second)
	time.Sleep(500 * time.Millisecond)
	if n := len(f.CallsTo(numbers["kim"])); n != 1 {
		t.Fatalf("Kim was rung %d times; want only the first call", n)
	}
}
