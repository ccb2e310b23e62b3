// Package faketwilio is a local stand-in for Twilio's REST API, spoken to
// over real HTTP so that twilio-go, its transport and our retry rules all
// run as they do against Twilio. It serves the two resources Clubnight
// uses: Messages.json (the texts we send) and Calls.json (the calls we
// place, and Calls/{sid}.json to stop one ringing).
//
// Each resource has its own failure script: a test says what the next
// requests get ("500", "503", "400", "hang", ...) and counts the requests
// apart from what Twilio accepted, since a request that failed or hung
// created nothing.
package faketwilio

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

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/twiliosig"
)

// From is the Clubnight number texts and calls come from.
const From = "+447700900999"

// Server is the fake Twilio. Its URL goes in CLUBNIGHT_TWILIO_API_URL.
type Server struct {
	*httptest.Server
	SID, Token string

	// EarlyStatus, when set, is posted (signed) to a text's
	// StatusCallback before its create is answered: Twilio can be that
	// quick.
	EarlyStatus string

	mu sync.Mutex
	// textScript and callScript say what the next Messages.json and
	// Calls.json requests get, in order: "500", "503", "400", "hang",
	// and for texts also "slow" and "hold"; "" or "ok" is success.
	textScript, callScript []string
	textsAlways            string // what text requests get once their script is used up
	textRequests           int    // Messages.json requests, whatever they got
	callRequests           int    // Calls.json requests, whatever they got
	texts, calls           []url.Values
	canceled               []string // call SIDs asked to stop ringing
	// tokens maps each I-Twilio-Idempotency-Token seen to the text sid it
	// created: a request that repeats one creates nothing new.
	tokens  map[string]string
	release chan struct{} // closed by Release: "hold" requests go on
	once    sync.Once
}

// New starts a fake Twilio that stops when the test ends.
func New(t testing.TB) *Server {
	f := &Server{SID: "AC0123456789abcdef0123456789abcdef", Token: "fakeauthtoken0123456789",
		tokens: map[string]string{}, release: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /2010-04-01/Accounts/{sid}/Messages.json", f.createText)
	mux.HandleFunc("POST /2010-04-01/Accounts/{sid}/Calls.json", f.createCall)
	mux.HandleFunc("POST /2010-04-01/Accounts/{sid}/Calls/{call}", f.updateCall)
	f.Server = httptest.NewServer(mux)
	t.Cleanup(f.Server.Close)
	t.Cleanup(f.Release) // before the server waits for its requests
	return f
}

// Configure points c's Twilio settings at the fake.
func (f *Server) Configure(c *config.Config) {
	c.TwilioAccountSID, c.TwilioAuthToken, c.TwilioFrom, c.TwilioAPIURL = f.SID, f.Token, From, f.URL
}

// ScriptTexts sets what the next Messages.json requests get, in order.
func (f *Server) ScriptTexts(steps ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.textScript = append(f.textScript, steps...)
}

// AlwaysTexts sets what every Messages.json request gets after the script.
func (f *Server) AlwaysTexts(step string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.textsAlways = step
}

// ScriptCalls sets what the next Calls.json requests get, in order.
func (f *Server) ScriptCalls(steps ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.callScript = append(f.callScript, steps...)
}

// Release lets every "hold" request go on.
func (f *Server) Release() { f.once.Do(func() { close(f.release) }) }

// TextRequests counts Messages.json requests, answered or not.
func (f *Server) TextRequests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.textRequests
}

// CallRequests counts Calls.json requests, answered or not.
func (f *Server) CallRequests() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.callRequests
}

// Texts returns the texts Twilio accepted.
func (f *Server) Texts() []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]url.Values(nil), f.texts...)
}

// TextsTo returns the accepted texts to number.
func (f *Server) TextsTo(number string) []url.Values { return to(f.Texts(), number) }

// PlacedCalls returns the calls Twilio accepted.
func (f *Server) PlacedCalls() []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]url.Values(nil), f.calls...)
}

// CallsTo returns the accepted calls to number.
func (f *Server) CallsTo(number string) []url.Values { return to(f.PlacedCalls(), number) }

// Canceled returns the SIDs of calls asked to stop ringing.
func (f *Server) Canceled() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.canceled...)
}

func to(forms []url.Values, number string) []url.Values {
	var out []url.Values
	for _, m := range forms {
		if m.Get("To") == number {
			out = append(out, m)
		}
	}
	return out
}

// auth checks the account's credentials and parses the form.
func (f *Server) auth(w http.ResponseWriter, r *http.Request) bool {
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

// next counts a request and takes its step off script, else *fallback
// (nil: none). All three are read under f.mu: tests change them while
// requests come in.
func (f *Server) next(count *int, script *[]string, fallback *string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	*count++
	step := ""
	if fallback != nil {
		step = *fallback
	}
	if len(*script) > 0 {
		step, *script = (*script)[0], (*script)[1:]
	}
	return step
}

// fail acts out a scripted step. It reports true when the request has had
// its answer (an error, or the client gave up on a hang); false means go on
// and accept it.
func (f *Server) fail(w http.ResponseWriter, r *http.Request, step, badNumber string) bool {
	switch step {
	case "500", "503":
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(map[string]int{"500": 500, "503": 503}[step])
		fmt.Fprint(w, "<html>Service unavailable</html>")
		return true
	case "400":
		twilioError(w, http.StatusBadRequest, 21211, badNumber)
		return true
	case "hang":
		select {
		case <-r.Context().Done():
			return true // the client gave up: nothing was created
		case <-time.After(5 * time.Second):
		}
	case "slow":
		// Twilio takes the message but answers after the client gave up,
		// as in a hang past the timeout: the message is still sent.
		<-r.Context().Done()
	case "hold":
		select {
		case <-f.release:
		case <-r.Context().Done():
		}
	}
	return false
}

func (f *Server) createText(w http.ResponseWriter, r *http.Request) {
	if !f.auth(w, r) {
		return
	}
	step := f.next(&f.textRequests, &f.textScript, &f.textsAlways)
	if f.fail(w, r, step, "The 'To' number is not a valid phone number.") {
		return
	}
	if r.Form.Get("To") == "" || r.Form.Get("Body") == "" || r.Form.Get("From") == "" {
		twilioError(w, http.StatusBadRequest, 21604, "A 'To' phone number is required.")
		return
	}
	f.mu.Lock()
	token := r.Header.Get("I-Twilio-Idempotency-Token")
	sid, repeated := f.tokens[token]
	if !repeated || token == "" {
		f.texts = append(f.texts, r.Form)
		sid = fmt.Sprintf("SM%032d", len(f.texts))
		if token != "" {
			f.tokens[token] = sid
		}
	}
	early := f.EarlyStatus
	f.mu.Unlock()
	if cb := r.Form.Get("StatusCallback"); early != "" && cb != "" {
		f.postStatus(cb, url.Values{"MessageSid": {sid}, "MessageStatus": {early}, "ErrorCode": {"30003"}, "AccountSid": {f.SID}})
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"sid": sid, "status": "queued", "to": r.Form.Get("To"), "from": r.Form.Get("From"),
		"body": r.Form.Get("Body"), "account_sid": f.SID, "num_segments": "1", "direction": "outbound-api",
	})
}

// postStatus posts a signed status callback, as Twilio does.
func (f *Server) postStatus(cb string, form url.Values) {
	req, _ := http.NewRequest(http.MethodPost, cb, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Twilio-Signature", twiliosig.Sign(f.Token, cb, form))
	if res, err := http.DefaultClient.Do(req); err == nil {
		res.Body.Close()
	}
}

func (f *Server) createCall(w http.ResponseWriter, r *http.Request) {
	if !f.auth(w, r) {
		return
	}
	step := f.next(&f.callRequests, &f.callScript, nil)
	// Twilio's own words name the number.
	if f.fail(w, r, step, "The 'To' number "+r.Form.Get("To")+" is not a valid phone number.") {
		return
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

// updateCall is POST Calls/{CallSid}.json: Status=canceled stops a call
// that is still ringing.
func (f *Server) updateCall(w http.ResponseWriter, r *http.Request) {
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

// twilioError answers as Twilio does when it refuses a request.
func twilioError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"code": code, "message": msg, "status": status,
		"more_info": fmt.Sprintf("https://www.twilio.com/docs/errors/%d", code)})
}
