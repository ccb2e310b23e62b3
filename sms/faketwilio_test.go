package sms_test

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

	"github.com/clubnight/clubnight/twiliosig"
)

// FakeTwilio is a local stand-in for Twilio's Messages API, spoken to over
// real HTTP: POST /2010-04-01/Accounts/{sid}/Messages.json.
type FakeTwilio struct {
	*httptest.Server
	SID, Token string

	// EarlyStatus, when set, is posted (signed) to the StatusCallback
	// before the create is answered: Twilio can be that quick.
	EarlyStatus string

	mu      sync.Mutex
	script  []string // what the next requests get: "500", "503", "400", "hang", "slow", "hold", "ok"
	always  string   // what requests get once the script is used up ("" = ok)
	calls   int
	created []url.Values
	// tokens maps each I-Twilio-Idempotency-Token seen to the sid it
	// created: a request that repeats one creates nothing new.
	tokens  map[string]string
	release chan struct{} // closed by Release: "hold" requests go on
	once    sync.Once
}

func NewFakeTwilio(t testing.TB) *FakeTwilio {
	f := &FakeTwilio{SID: "AC0123456789abcdef0123456789abcdef", Token: "fakeauthtoken0123456789",
		tokens: map[string]string{}, release: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /2010-04-01/Accounts/{sid}/Messages.json", f.create)
	f.Server = httptest.NewServer(mux)
	t.Cleanup(f.Server.Close)
	t.Cleanup(f.Release) // before the server waits for its requests
	return f
}

// Script sets what the next requests get, in order.
func (f *FakeTwilio) Script(steps ...string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.script = append(f.script, steps...)
}

// Always sets what every request gets after the script.
func (f *FakeTwilio) Always(step string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.always = step
}

// Release lets every "hold" request go on.
func (f *FakeTwilio) Release() { f.once.Do(func() { close(f.release) }) }

func (f *FakeTwilio) Calls() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls
}

// Created returns the messages Twilio accepted.
func (f *FakeTwilio) Created() []url.Values {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]url.Values(nil), f.created...)
}

// CreatedTo returns the accepted messages to number.
func (f *FakeTwilio) CreatedTo(number string) []url.Values {
	var out []url.Values
	for _, m := range f.Created() {
		if m.Get("To") == number {
			out = append(out, m)
		}
	}
	return out
}

func (f *FakeTwilio) create(w http.ResponseWriter, r *http.Request) {
	user, pass, ok := r.BasicAuth()
	if !ok || user != f.SID || pass != f.Token || r.PathValue("sid") != f.SID {
		twilioError(w, http.StatusUnauthorized, 20003, "Authenticate")
		return
	}
	if err := r.ParseForm(); err != nil {
		twilioError(w, http.StatusBadRequest, 21000, "bad form")
		return
	}
	f.mu.Lock()
	f.calls++
	step := f.always
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
		twilioError(w, http.StatusBadRequest, 21211, "The 'To' number is not a valid phone number.")
		return
	case "hang":
		select {
		case <-r.Context().Done():
			return // the client gave up: nothing was created
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
	if r.Form.Get("To") == "" || r.Form.Get("Body") == "" || r.Form.Get("From") == "" {
		twilioError(w, http.StatusBadRequest, 21604, "A 'To' phone number is required.")
		return
	}
	f.mu.Lock()
	token := r.Header.Get("I-Twilio-Idempotency-Token")
	sid, repeated := f.tokens[token]
	if !repeated || token == "" {
		f.created = append(f.created, r.Form)
		sid = fmt.Sprintf("SM%032d", len(f.created))
		if token != "" {
			f.tokens[token] = sid
		}
	}
	early := f.EarlyStatus
	f.mu.Unlock()
	if cb := r.Form.Get("StatusCallback"); early != "" && cb != "" {
		form := url.Values{"MessageSid": {sid}, "MessageStatus": {early}, "ErrorCode": {"30003"}, "AccountSid": {f.SID}}
		req, _ := http.NewRequest(http.MethodPost, cb, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set("X-Twilio-Signature", twiliosig.Sign(f.Token, cb, form))
		if res, err := http.DefaultClient.Do(req); err == nil {
			res.Body.Close()
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"sid": sid, "status": "queued", "to": r.Form.Get("To"), "from": r.Form.Get("From"),
		"body": r.Form.Get("Body"), "account_sid": f.SID, "num_segments": "1", "direction": "outbound-api",
	})
}

func twilioError(w http.ResponseWriter, status, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"code": code, "message": msg, "status": status,
		"more_info": fmt.Sprintf("https://www.twilio.com/docs/errors/%d", code)})
}

// WithTwilio configures an Env to send through the fake.
func WithTwilio(f *FakeTwilio) func(c *configT) {
	return func(c *configT) {
		c.TwilioAccountSID, c.TwilioAuthToken, c.TwilioFrom, c.TwilioAPIURL = f.SID, f.Token, "+447700900999", f.URL
	}
}
