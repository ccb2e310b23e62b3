package sms_test

import (
	"context"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/smstest"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/twiliosig"
)

// The fixture night's people and numbers.
var numbers = testhub.Numbers()

// Clock is a clock tests move by hand.
type Clock = testhub.Clock

// NewClock returns a clock at half past seven on the fixture night.
func NewClock() *Clock { return testhub.NightClock() }

// Env is one hub with the SMS service on a test HTTP server.
type Env struct {
	testhub.LiveNight
	RDB    redis.UniversalClient
	Prefix string
	SMS    *sms.Service
	Server *httptest.Server
	Config *config.Config
	Clock  *Clock
	Token  string
	opts   EnvOptions
}

// EnvOptions change how an Env is built.
type EnvOptions struct {
	RDB     redis.UniversalClient // default: a fresh miniredis
	Prefix  string                // default: unique per Env
	Token   string                // TWILIO_AUTH_TOKEN: webhooks must be signed
	Sender  sms.Sender
	Clock   *Clock
	Plan    *night.Plan // default: testdata/night.json
	Rate    int         // default 1000 per minute
	Start   bool        // start the background work
	Options func(*sms.Options)
	Config  func(*config.Config)
	NoLive  bool
}

func itoa(n int) string { return strconv.Itoa(n) }

// Eventually polls cond until it holds or d passes.
var Eventually = testhub.Eventually

// MiniRedis returns a client on a fresh in-process Redis.
func MiniRedis(t testing.TB) redis.UniversalClient {
	t.Helper()
	mr := miniredis.RunT(t)
	rdb := redis.NewClient(&redis.Options{Addr: mr.Addr()})
	t.Cleanup(func() { _ = rdb.Close() })
	return rdb
}

// MustPlan reads the fixture plan.
func MustPlan(t testing.TB) *night.Plan { return testhub.Plan(t) }

// NewEnv builds a hub and the SMS service, imports the plan and makes it live.
func NewEnv(t testing.TB, o EnvOptions) *Env {
	t.Helper()
	if o.RDB == nil {
		o.RDB = MiniRedis(t)
	}
	if o.Prefix == "" {
		o.Prefix = testhub.Prefix(t)
	}
	if o.Clock == nil {
		o.Clock = NewClock()
	}
	if o.Plan == nil {
		o.Plan = MustPlan(t)
	}
	if o.Rate == 0 {
		o.Rate = 1000
	}
	e := &Env{LiveNight: testhub.LiveNight{T: t, Night: o.Plan.ID}, RDB: o.RDB, Prefix: o.Prefix, Clock: o.Clock, Token: o.Token}
	e.Hub = hub.New(hub.NewStore(o.RDB, o.Prefix), hub.Options{Clock: o.Clock.Now, Block: 100 * time.Millisecond})
	t.Cleanup(e.Hub.Close)
	mux := http.NewServeMux()
	e.Server = httptest.NewServer(mux)
	t.Cleanup(e.Server.Close)
	e.Config = &config.Config{PublicURL: e.Server.URL, TwilioAuthToken: o.Token, SMSRate: o.Rate, SMSPer: time.Minute}
	if o.Config != nil {
		o.Config(e.Config)
	}
	opts := e.baseOptions(e.Hub, o.Sender)
	if o.Options != nil {
		o.Options(&opts)
	}
	svc, err := sms.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	e.SMS = svc
	svc.Register(mux)
	ctx := context.Background()
	if _, err := e.Hub.Import(ctx, o.Plan, "", night.FromSystem); err != nil {
		t.Fatal(err)
	}
	if !o.NoLive {
		if err := e.Hub.SetLive(ctx, o.Plan.ID); err != nil {
			t.Fatal(err)
		}
	}
	if o.Start {
		svc.Start(context.Background())
		t.Cleanup(svc.Close)
	}
	e.opts = o
	return e
}

// Twin starts another hub process on the same Redis, prefix and clock: its
// own hub and SMS service, sending through sender.
func (e *Env) Twin(sender sms.Sender) *sms.Service {
	e.T.Helper()
	h := hub.New(hub.NewStore(e.RDB, e.Prefix), hub.Options{Clock: e.Clock.Now, Block: 100 * time.Millisecond})
	e.T.Cleanup(h.Close)
	opts := e.baseOptions(h, sender)
	if e.opts.Options != nil {
		e.opts.Options(&opts)
	}
	svc, err := sms.New(opts)
	if err != nil {
		e.T.Fatal(err)
	}
	svc.Start(context.Background())
	e.T.Cleanup(svc.Close)
	return svc
}

func (e *Env) baseOptions(h *hub.Hub, sender sms.Sender) sms.Options {
	o := smstest.Options(h, e.Config, e.Clock.Now, smstest.Logger(nil, "SMS_TEST_LOG"))
	o.Sender = sender
	o.SharedClock = e.Clock.Shared
	return o
}

// MustApply applies a command as if from the kiosk.
func (e *Env) MustApply(c night.Command) *hub.Result {
	e.T.Helper()
	if c.Source == "" {
		c.Source = night.FromKiosk
	}
	return e.LiveNight.MustApply(c)
}

// Response is one webhook answer.
type Response struct {
	Status   int
	Raw      string
	Messages []string
}

// Post sends form to path, signed when the Env has a token.
func (e *Env) Post(path string, form url.Values) Response {
	e.T.Helper()
	return e.PostSigned(path, form, e.Token != "")
}

// PostSigned sends form to path with a correct signature when sign is set.
func (e *Env) PostSigned(path string, form url.Values, sign bool) Response {
	e.T.Helper()
	sig := ""
	if sign {
		sig = twiliosig.Sign(e.Token, e.Config.PublicURL+path, form)
	}
	return e.PostSig(path, form, sig)
}

// PostSig sends form to path with sig as its signature ("" for none) and
// reads the TwiML answer.
func (e *Env) PostSig(path string, form url.Values, sig string) Response {
	e.T.Helper()
	status, header, body := smstest.Post(e.T, e.Server.URL+path, form, sig)
	out := Response{Status: status, Raw: string(body)}
	if status == http.StatusOK && strings.Contains(header.Get("Content-Type"), "xml") {
		var doc struct {
			XMLName  xml.Name `xml:"Response"`
			Messages []string `xml:"Message"`
		}
		if err := xml.Unmarshal(body, &doc); err != nil {
			e.T.Fatalf("the reply is not TwiML: %v\n%s", err, body)
		}
		out.Messages = doc.Messages
	}
	return out
}

var sidSeq struct {
	sync.Mutex
	n int
}

// NewSID returns a fresh MessageSid.
func NewSID() string {
	sidSeq.Lock()
	defer sidSeq.Unlock()
	sidSeq.n++
	return "SM" + strings.Repeat("0", 32-len(itoa(sidSeq.n))) + itoa(sidSeq.n)
}

// TextForm is the form Twilio posts for one text.
func TextForm(from, body, sid string) url.Values {
	return url.Values{"From": {from}, "To": {"+447700900999"}, "Body": {body}, "MessageSid": {sid},
		"AccountSid": {"AC0123456789abcdef0123456789abcdef"}, "NumMedia": {"0"}, "SmsStatus": {"received"}}
}

// Text sends a text from a person of the fixture and returns the one reply.
func (e *Env) Text(person, body string) string {
	e.T.Helper()
	res := e.Post(sms.InboundPath, TextForm(numbers[person], body, NewSID()))
	if res.Status != http.StatusOK {
		e.T.Fatalf("text %q from %s: status %d: %s", body, person, res.Status, res.Raw)
	}
	if len(res.Messages) != 1 {
		e.T.Fatalf("text %q from %s: want one message, got %d: %s", body, person, len(res.Messages), res.Raw)
	}
	CheckSMS(e.T, res.Messages[0])
	return res.Messages[0]
}

// CheckSMS fails when s is not one plain GSM-7 text of at most 160.
func CheckSMS(t testing.TB, s string) {
	t.Helper()
	if s == "" {
		t.Errorf("empty text")
	}
	if !understand.GSM7(s) {
		t.Errorf("not GSM-7: %q", s)
	}
	if n := understand.Septets(s); n > 160 {
		t.Errorf("%d characters, more than 160: %q", n, s)
	}
	if strings.ContainsAny(s, "\u2018\u2019\u201c\u201d") {
		t.Errorf("curly quotes: %q", s)
	}
}

// Recorder is a Sender that keeps every text.
type Recorder struct {
	mu   sync.Mutex
	msgs []sms.Message
	fail func(sms.Message) error
}

func (r *Recorder) Send(_ context.Context, m sms.Message) (sms.Sent, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail != nil {
		if err := r.fail(m); err != nil {
			return sms.Sent{}, err
		}
	}
	r.msgs = append(r.msgs, m)
	return sms.Sent{SID: "SMrec" + itoa(len(r.msgs)), Status: "queued"}, nil
}

// Sent returns the texts sent so far.
func (r *Recorder) Sent() []sms.Message {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]sms.Message(nil), r.msgs...)
}

// To returns the texts sent to person.
func (r *Recorder) To(person string) []sms.Message {
	var out []sms.Message
	for _, m := range r.Sent() {
		if m.Person == person {
			out = append(out, m)
		}
	}
	return out
}

// Alerts returns the alerts sent, by step, as person ids.
func (r *Recorder) Alerts() map[int][]string {
	out := map[int][]string{}
	for _, m := range r.Sent() {
		if m.Kind == sms.KindAlert {
			out[m.Step] = append(out[m.Step], m.Person)
		}
	}
	return out
}

func textFor(from, body string) sms.Text {
	return sms.Text{From: from, Body: body, SID: NewSID()}
}
