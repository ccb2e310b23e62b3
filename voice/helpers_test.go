package voice_test

import (
	"context"
	"encoding/xml"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/twiliosig"
	"github.com/clubnight/clubnight/voice"
)

// The fixture night's numbers.
var numbers = map[string]string{
	"sam": "+447700900101", "priya": "+447700900102", "tom": "+447700900103", "jade": "+447700900104",
	"marcus": "+447700900105", "kim": "+447700900106", "leon": "+447700900107",
}

const token = "voicetestauthtoken0123"

// Env is one hub with the SMS and voice services on a test HTTP server.
type Env struct {
	T      testing.TB
	RDB    redis.UniversalClient
	Prefix string
	Hub    *hub.Hub
	SMS    *sms.Service
	Voice  *voice.Service
	Server *httptest.Server
	Config *config.Config
	Clock  *testhub.Clock
	Night  string
	Twilio *FakeTwilio
	opts   EnvOptions
}

// EnvOptions change how an Env is built.
type EnvOptions struct {
	RDB    redis.UniversalClient // default: the embedded store
	Prefix string
	// Plan edits the fixture plan before it is imported.
	Plan func(p *night.Plan)
	// Twilio sends texts and places calls through a local fake Twilio;
	// without it texts go to the simulator and no calls are placed.
	Twilio *FakeTwilio
	Start  bool
	NoLive bool
	// Log, when set, gets every log line of the services.
	Log   io.Writer
	Voice func(o *voice.Options)
}

var prefixSeq struct {
	sync.Mutex
	n int
}

func uniquePrefix(t testing.TB) string {
	prefixSeq.Lock()
	defer prefixSeq.Unlock()
	prefixSeq.n++
	name := strings.NewReplacer("/", "-", " ", "_", "{", "", "}", "").Replace(t.Name())
	return "t:" + name + ":" + strconv.Itoa(prefixSeq.n) + ":"
}

func NewEnv(t testing.TB, o EnvOptions) *Env {
	t.Helper()
	if o.RDB == nil {
		o.RDB = testhub.Embedded(t)
	}
	if o.Prefix == "" {
		o.Prefix = uniquePrefix(t)
	}
	plan := testhub.Plan(t)
	if o.Plan != nil {
		o.Plan(plan)
		if err := plan.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	e := &Env{T: t, RDB: o.RDB, Prefix: o.Prefix, Night: plan.ID, Twilio: o.Twilio, opts: o,
		Clock: testhub.NewClock(time.Date(2026, 12, 5, 19, 30, 0, 0, time.Local))}
	mux := http.NewServeMux()
	e.Server = httptest.NewServer(mux)
	t.Cleanup(e.Server.Close)
	e.Config = &config.Config{PublicURL: e.Server.URL, TwilioAuthToken: token, SMSRate: 1000, SMSPer: time.Minute}
	if f := o.Twilio; f != nil {
		e.Config.TwilioAccountSID, e.Config.TwilioAuthToken, e.Config.TwilioFrom, e.Config.TwilioAPIURL =
			f.SID, f.Token, "+447700900999", f.URL
	}
	e.Hub, e.SMS, e.Voice = e.services()
	e.SMS.Register(mux)
	e.Voice.Register(mux)
	ctx := context.Background()
	if _, err := e.Hub.Import(ctx, plan, "", night.FromSystem); err != nil {
		t.Fatal(err)
	}
	if !o.NoLive {
		if err := e.Hub.SetLive(ctx, plan.ID); err != nil {
			t.Fatal(err)
		}
	}
	if o.Start {
		e.start(e.SMS, e.Voice)
	}
	return e
}

// services builds one hub process: a hub, its SMS and its voice service.
func (e *Env) services() (*hub.Hub, *sms.Service, *voice.Service) {
	t := e.T
	var log *slog.Logger
	switch {
	case e.opts.Log != nil:
		log = slog.New(slog.NewTextHandler(e.opts.Log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	case os.Getenv("VOICE_TEST_LOG") != "":
		log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	h := hub.New(hub.NewStore(e.RDB, e.Prefix), hub.Options{Clock: e.Clock.Now, Block: 100 * time.Millisecond})
	t.Cleanup(h.Close)
	s, err := sms.New(sms.Options{Hub: h, Config: e.Config, Clock: e.Clock.Now, SharedClock: e.Clock.Shared, Logger: log, Location: time.Local,
		TickEvery: 20 * time.Millisecond, PollEvery: 20 * time.Millisecond, RetryBase: 50 * time.Millisecond,
		RetryMax: 200 * time.Millisecond, SendTimeout: 2 * time.Second, Lease: 3 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	vo := voice.Options{Hub: h, SMS: s, Config: e.Config, Clock: e.Clock.Now, Logger: log, Location: time.Local,
		TickEvery: 20 * time.Millisecond, PollEvery: 20 * time.Millisecond, RetryBase: 50 * time.Millisecond,
		RetryMax: 200 * time.Millisecond, DialTimeout: time.Second, Lease: 3 * time.Second}
	if e.opts.Voice != nil {
		e.opts.Voice(&vo)
	}
	v, err := voice.New(vo)
	if err != nil {
		t.Fatal(err)
	}
	return h, s, v
}

func (e *Env) start(s *sms.Service, v *voice.Service) {
	s.Start(context.Background())
	e.T.Cleanup(s.Close)
	v.Start(context.Background())
	e.T.Cleanup(v.Close)
}

// Twin starts another hub process on the same Redis and prefix.
func (e *Env) Twin() *voice.Service {
	_, s, v := e.services()
	e.start(s, v)
	return v
}

// MustNight is the night as it is now.
func (e *Env) MustNight() *night.Night {
	e.T.Helper()
	n, err := e.Hub.Night(context.Background(), e.Night)
	if err != nil {
		e.T.Fatal(err)
	}
	return n
}

func (e *Env) MustApply(c night.Command) *hub.Result {
	e.T.Helper()
	res, err := e.Hub.Apply(context.Background(), e.Night, c)
	if err != nil {
		e.T.Fatalf("apply %s: %v", c.Type, err)
	}
	return res
}

// Post sends a webhook form to path (with its query) as Twilio would:
// signed over PUBLIC_URL + path.
func (e *Env) Post(path string, form url.Values) (int, string) {
	e.T.Helper()
	return e.post(path, form, twiliosig.Sign(e.Config.TwilioAuthToken, e.Config.PublicURL+path, form))
}

func (e *Env) post(path string, form url.Values, sig string) (int, string) {
	e.T.Helper()
	req, err := http.NewRequest(http.MethodPost, e.Server.URL+path, strings.NewReader(form.Encode()))
	if err != nil {
		e.T.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if sig != "" {
		req.Header.Set("X-Twilio-Signature", sig)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.T.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}

// Node is one TwiML element.
type Node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Kids    []Node     `xml:",any"`
}

// MustTwiML parses a TwiML document.
func MustTwiML(t testing.TB, doc string) *Node {
	t.Helper()
	var n Node
	if err := xml.Unmarshal([]byte(doc), &n); err != nil {
		t.Fatalf("not TwiML: %v\n%s", err, doc)
	}
	if n.XMLName.Local != "Response" {
		t.Fatalf("root is %s, want Response:\n%s", n.XMLName.Local, doc)
	}
	return &n
}

func (n *Node) Attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// Verbs names the top-level verbs.
func (n *Node) Verbs() []string {
	var out []string
	for _, k := range n.Kids {
		out = append(out, k.XMLName.Local)
	}
	return out
}

// Find returns the first element named name, at any depth.
func (n *Node) Find(name string) *Node {
	for i := range n.Kids {
		if n.Kids[i].XMLName.Local == name {
			return &n.Kids[i]
		}
		if f := n.Kids[i].Find(name); f != nil {
			return f
		}
	}
	return nil
}

// Said is everything the caller hears, in order.
func (n *Node) Said() string {
	var parts []string
	var walk func(*Node)
	walk = func(x *Node) {
		if x.XMLName.Local == "Say" {
			parts = append(parts, strings.TrimSpace(x.Text))
		}
		for i := range x.Kids {
			walk(&x.Kids[i])
		}
	}
	walk(n)
	return strings.Join(parts, " ")
}

// Phone is one call in to the Clubnight number, driven like Twilio does.
type Phone struct {
	e    *Env
	SID  string
	From string
	Last *Node
	Doc  string
}

var callSeq struct {
	sync.Mutex
	n int
}

// Call rings the Clubnight number from number and returns the answer.
func (e *Env) Call(number string) *Phone {
	e.T.Helper()
	callSeq.Lock()
	callSeq.n++
	sid := "CA" + strings.Repeat("0", 24) + strconv.Itoa(100000+callSeq.n)
	callSeq.Unlock()
	p := &Phone{e: e, SID: sid, From: number}
	p.post(voice.InboundPath, url.Values{})
	return p
}

func (p *Phone) post(path string, extra url.Values) *Node {
	p.e.T.Helper()
	form := url.Values{"CallSid": {p.SID}, "AccountSid": {"AC0123456789abcdef0123456789abcdef"}, "From": {p.From},
		"To": {"+447700900999"}, "CallStatus": {"in-progress"}, "Direction": {"inbound"}, "ApiVersion": {"2010-04-01"}}
	for k, v := range extra {
		form[k] = v
	}
	code, body := p.e.Post(path, form)
	if code != http.StatusOK {
		p.e.T.Fatalf("POST %s = %d: %s", path, code, body)
	}
	p.Doc, p.Last = body, MustTwiML(p.e.T, body)
	return p.Last
}

// next is the path the last answer sends the caller's words to.
func (p *Phone) next() string {
	p.e.T.Helper()
	g := p.Last.Find("Gather")
	if g == nil {
		p.e.T.Fatalf("the last answer does not listen:\n%s", p.Doc)
	}
	action := g.Attr("action")
	if !strings.HasPrefix(action, p.e.Config.PublicURL+"/") {
		p.e.T.Fatalf("gather action %q is not under PUBLIC_URL", action)
	}
	return strings.TrimPrefix(action, p.e.Config.PublicURL)
}

// Say speaks words heard with confidence (0 to 1).
func (p *Phone) Say(words string, confidence float64) *Node {
	p.e.T.Helper()
	return p.post(p.next(), url.Values{"SpeechResult": {words}, "Confidence": {strconv.FormatFloat(confidence, 'f', 6, 64)}})
}

// Press presses keypad digits.
func (p *Phone) Press(digits string) *Node {
	p.e.T.Helper()
	return p.post(p.next(), url.Values{"Digits": {digits}})
}

// Silence lets the Gather time out.
func (p *Phone) Silence() *Node {
	p.e.T.Helper()
	return p.post(p.next(), url.Values{})
}

// Eventually polls cond until it holds or d passes.
func Eventually(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func httptestServer(t testing.TB, h http.Handler) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

// syncBuffer is a log sink safe for the services' goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func stringsReader(s string) io.Reader { return strings.NewReader(s) }

func signFor(e *Env, path string, form url.Values) string {
	return twiliosig.Sign(e.Config.TwilioAuthToken, e.Config.PublicURL+path, form)
}

func readAll(res *http.Response) string {
	b, _ := io.ReadAll(res.Body)
	return string(b)
}
