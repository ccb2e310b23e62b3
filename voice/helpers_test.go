package voice_test

import (
	"context"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/faketwilio"
	"github.com/clubnight/clubnight/internal/smstest"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/twiliosig"
	"github.com/clubnight/clubnight/voice"
)

// The fixture night's numbers.
var numbers = testhub.Numbers()

const token = "voicetestauthtoken0123"

// Env is one hub with the SMS and voice services on a test HTTP server.
type Env struct {
	testhub.LiveNight
	RDB    redis.UniversalClient
	Prefix string
	SMS    *sms.Service
	Voice  *voice.Service
	Server *httptest.Server
	Config *config.Config
	Clock  *testhub.Clock
	Twilio *faketwilio.Server
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
	Twilio *faketwilio.Server
	Start  bool
	NoLive bool
	// Log, when set, gets every log line of the services.
	Log   io.Writer
	Voice func(o *voice.Options)
}

func NewEnv(t testing.TB, o EnvOptions) *Env {
	t.Helper()
	if o.RDB == nil {
		o.RDB = testhub.Embedded(t)
	}
	if o.Prefix == "" {
		o.Prefix = testhub.Prefix(t)
	}
	plan := testhub.Plan(t)
	if o.Plan != nil {
		o.Plan(plan)
		if err := plan.Validate(); err != nil {
			t.Fatal(err)
		}
	}
	e := &Env{LiveNight: testhub.LiveNight{T: t, Night: plan.ID}, RDB: o.RDB, Prefix: o.Prefix, Twilio: o.Twilio, opts: o,
		Clock: testhub.NightClock()}
	mux := http.NewServeMux()
	e.Server = httptest.NewServer(mux)
	t.Cleanup(e.Server.Close)
	e.Config = &config.Config{PublicURL: e.Server.URL, TwilioAuthToken: token, SMSRate: 1000, SMSPer: time.Minute}
	if o.Twilio != nil {
		o.Twilio.Configure(e.Config)
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
	log := smstest.Logger(e.opts.Log, "VOICE_TEST_LOG")
	h := hub.New(hub.NewStore(e.RDB, e.Prefix), hub.Options{Clock: e.Clock.Now, Block: 100 * time.Millisecond})
	t.Cleanup(h.Close)
	o := smstest.Options(h, e.Config, e.Clock.Now, log)
	o.SharedClock = e.Clock.Shared
	s, err := sms.New(o)
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

// Post sends a webhook form to path (with its query) as Twilio would:
// signed over PUBLIC_URL + path.
func (e *Env) Post(path string, form url.Values) (int, string) {
	e.T.Helper()
	return e.post(path, form, twiliosig.Sign(e.Config.TwilioAuthToken, e.Config.PublicURL+path, form))
}

func (e *Env) post(path string, form url.Values, sig string) (int, string) {
	e.T.Helper()
	status, _, body := smstest.Post(e.T, e.Server.URL+path, form, sig)
	return status, string(body)
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
var Eventually = testhub.Eventually

func httptestServer(t testing.TB, h http.Handler) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

func stringsReader(s string) io.Reader { return strings.NewReader(s) }

func signFor(e *Env, path string, form url.Values) string {
	return twiliosig.Sign(e.Config.TwilioAuthToken, e.Config.PublicURL+path, form)
}

func readAll(res *http.Response) string {
	b, _ := io.ReadAll(res.Body)
	return string(b)
}
