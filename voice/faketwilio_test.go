package voice_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"
)

// FakeTwilio is a local stand-in for Twilio's REST API, spoken to over real
// HTTP: Calls.json (the calls we place) and Messages.json (the texts the
// SMS side sends meanwhile).
type FakeTwilio struct {
	*httptest.Server
	SID, Token string

	mu       sync.Mutex
	script   []string // what the next call requests get: "500", "503", "400", "hang", "ok"
	requests int      // Calls.json requests, whatever they got
	calls    []url.Values
	texts    []url.Values
	canceled []string // call SIDs asked to stop ringing
}

func NewFakeTwilio(t testing.TB) *FakeTwilio {
	f := &FakeTwilio{SID: "AC0123456789abcdef0123456789abcdef", Token: "fakeauthtoken0123456789"}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /2010-04-01/Accounts/{sid}/Calls.json", f.createCall)
	mux.HandleFunc("POST /2010-04-01/Accounts/{sid}/Messages.json", f.createText)
	mux.HandleFunc("POST /2010-04-01/Accounts/{sid}/Calls/{call}", f.updateCall)
	f.Server = httptest.NewServer(mux)
	t.Cleanup(f.Server.Close)
	return f
}

// Script sets what the next call requests get, in order.
func (f *FakeTwilio) Script(steps ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.script = append(f.script, steps...)
}

// Requests counts Calls.json requests, answered or not.
func (f *FakeTwilio) Requests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.requests
}

// Calls returns the calls Twilio accepted.
func (f *FakeTwilio) Calls() []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]url.Values(nil), f.calls...)
}

// CallsTo returns the accepted calls to number.
func (f *FakeTwilio) CallsTo(number string) []url.Values {
	var out []url.Values
	for _, c := range f.Calls() {
		if c.Get("To") == number {
			out = append(out, c)
		}
	}
	return out
}

func (f *FakeTwilio) auth(w http.ResponseWriter, r *http.Request) bool {
	user, pass, ok := r.BasicAuth()
	if !ok || user != f.SID || pass != f.Token || r.PathValue("sid") != f.SID {
		twilioError(w, http.StatusUnauthorized, 20003, "Authenticate")
		return false
	}
	if err := r.ParseForm(); err != nil {
		twilioError(w, http.StatusBadRequest, 21000, "bad form")
		return false
	}
	return true
}

func (f *FakeTwilio) createCall(w http.ResponseWriter, r *http.Request) {
	if !f.auth(w, r) {
		return
	}
	f.mu.Lock()
	f.requests++
	step := ""
	if len(f.script) > 0 {
		step, f.script = f.script[0], f.script[1:]
	}
	f.mu.Unlock()
	switch step {
	case "500", "503":
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(map[string]int{"500": 500, "503": 503}[step])
		fmt.Fprint(w, "<html>Service unavailable</html>")
		return
	case "400":
		// Twilio's own words name the number.
		twilioError(w, http.StatusBadRequest, 21211, "The 'To' number "+r.Form.Get("To")+" is not a valid phone number.")
		return
	case "hang":
		select {
		case <-r.Context().Done():
			return
		case <-time.After(5 * time.Second):
		}
	}
	// Twilio needs who to ring, from which number, and where to get the
	// TwiML when they answer.
	if r.Form.Get("To") == "" || r.Form.Get("From") == "" || (r.Form.Get("Url") == "" && r.Form.Get("Twiml") == "") {
		twilioError(w, http.StatusBadRequest, 21205, "Url parameter is required.")
		return
	}
	f.mu.Lock()
	f.calls = append(f.calls, r.Form)
	sid := fmt.Sprintf("CA%032d", len(f.calls))
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]any{"sid": sid, "status": "queued", "to": r.Form.Get("To"),
		"from": r.Form.Get("From"), "account_sid": f.SID, "direction": "outbound-api"})
}

// Canceled returns the SIDs of calls asked to stop ringing.
func (f *FakeTwilio) Canceled() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.canceled...)
}

// updateCall is POST Calls/{CallSid}.json: Status=canceled stops a call
// that is still ringing.
func (f *FakeTwilio) updateCall(w http.ResponseWriter, r *http.Request) {
	if !f.auth(w, r) {
		return
	}
	sid := strings.TrimSuffix(r.PathValue("call"), ".json")
	f.mu.Lock()
	known := false
	for i := range f.calls {
		known = known || fmt.Sprintf("CA%032d", i+1) == sid
	}
	if known && r.Form.Get("Status") == "canceled" {
		f.canceled = append(f.canceled, sid)
	}
	f.mu.Unlock()
	if !known {
		twilioError(w, http.StatusNotFound, 20404, "The requested resource was not found")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"sid": sid, "status": r.Form.Get("Status"), "account_sid": f.SID})
}

func (f *FakeTwilio) createText(w http.ResponseWriter, r *http.Request) {
	if !f.auth(w, r) {
		return
	}
	f.mu.Lock()
	f.texts = append(f.texts, r.Form)
	sid := fmt.Sprintf("SM%032d", len(f.texts))
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]any{"sid": sid, "status": "queued", "to": r.Form.Get("To"),
		"from": r.Form.Get("From"), "body": r.Form.Get("Body"), "account_sid": f.SID, "num_segments": "1"})
}

func twilioError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"code": code, "message": msg, "status": status,
		"more_info": fmt.Sprintf("https://www.twilio.com/docs/errors/%d", code)})
}
