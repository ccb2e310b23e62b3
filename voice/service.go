package voice

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/background"
	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/twiliosig"
)

// Paths of the Twilio voice webhooks. Only InboundPath is set in Twilio's
// console; the others are named in the TwiML and the Calls API requests.
const (
	InboundPath  = "/voice/inbound"  // a call to the Clubnight number
	GatherPath   = "/voice/gather"   // what a caller said or pressed
	OutboundPath = "/voice/outbound" // a call we placed was answered
	PressPath    = "/voice/press"    // what the person we rang pressed
	StatusPath   = "/voice/status"   // how a call we placed ended
)

// Options configure a Service. Hub, SMS and Config are required.
type Options struct {
	Hub    *hub.Hub
	SMS    *sms.Service
	Config *config.Config
	Logger *slog.Logger
	// Clock drives call windows and retries; tests move it by hand.
	Clock func() time.Time
	// Location is the venue's time zone, for call windows (default Local).
	Location *time.Location
	// Dialer places calls. Nil means Twilio's Calls API when Twilio is
	// configured, else no calls are placed (the simulator has no phones).
	Dialer Dialer
	// MinConfidence is the speech confidence (0 to 1) below which we check
	// what we heard before doing anything (default 0.5).
	MinConfidence float64
	// TickEvery is how often open problems are looked at for calls to
	// make (default 1s).
	TickEvery time.Duration
	// DialTimeout bounds one Calls API request (default 10s).
	DialTimeout time.Duration
	// RetryBase, RetryMax: the first wait before a failed dial is tried
	// again, doubling up to RetryMax (defaults 2s and 1m).
	RetryBase, RetryMax time.Duration
	// MaxAttempts bounds the tries of one call (default 5).
	MaxAttempts int
	// Lease is how long a worker may hold a call before another hub takes
	// it over (default 1m).
	Lease time.Duration
	// PollEvery is how often an idle worker looks for calls (default 250ms).
	PollEvery time.Duration
	// RingSeconds is how long a call rings before it counts as unanswered
	// (default 25).
	RingSeconds int
}

// Service is the phone side of Clubnight.
type Service struct {
	hub    *hub.Hub
	sms    *sms.Service
	sig    *twiliosig.Checker
	cfg    *config.Config
	log    *slog.Logger
	clock  func() time.Time
	loc    *time.Location
	rdb    redis.UniversalClient
	k      keys
	dialer Dialer
	q      *callQueue
	opts   Options

	wake chan struct{}

	bg background.Group // the loops Start runs and Close stops
}

// New builds the service. It starts nothing: Register adds the routes and
// Start the background work.
func New(o Options) (*Service, error) {
	if o.Hub == nil || o.SMS == nil || o.Config == nil {
		return nil, errors.New("voice: Options.Hub, Options.SMS and Options.Config are required")
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Location == nil {
		o.Location = time.Local
	}
	if o.MinConfidence <= 0 {
		o.MinConfidence = 0.5
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.TickEvery, time.Second)
	def(&o.DialTimeout, 10*time.Second)
	def(&o.RetryBase, 2*time.Second)
	def(&o.RetryMax, time.Minute)
	def(&o.Lease, time.Minute)
	def(&o.PollEvery, 250*time.Millisecond)
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 5
	}
	if o.RingSeconds <= 0 {
		o.RingSeconds = 25
	}
	st := o.Hub.Store()
	s := &Service{hub: o.Hub, sms: o.SMS, sig: twiliosig.NewChecker(o.Config.TwilioAuthToken, o.Config.PublicURL, o.Logger), cfg: o.Config, log: o.Logger, clock: o.Clock, loc: o.Location,
		rdb: st.Client(), k: keys{p: st.Prefix() + "voice:"}, opts: o, wake: make(chan struct{}, 1)}
	s.q = newCallQueue(s.rdb, s.k, o.Lease, 48*time.Hour)
	switch {
	case o.Dialer != nil:
		s.dialer = o.Dialer
	case o.Config.Twilio():
		d, err := NewTwilioDialer(TwilioDialerOptions{
			AccountSID: o.Config.TwilioAccountSID, AuthToken: o.Config.TwilioAuthToken, From: o.Config.TwilioFrom,
			APIURL: o.Config.TwilioAPIURL, PublicURL: o.Config.PublicURL, Timeout: o.DialTimeout, RingSeconds: o.RingSeconds,
		})
		if err != nil {
			return nil, err
		}
		s.dialer = d
	}
	return s, nil
}

// Register adds the voice webhooks.
func (s *Service) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST "+InboundPath, s.serveInbound)
	mux.HandleFunc("POST "+GatherPath, s.serveGather)
	mux.HandleFunc("POST "+OutboundPath, s.serveOutbound)
	mux.HandleFunc("POST "+PressPath, s.servePress)
	mux.HandleFunc("POST "+StatusPath, s.serveStatus)
}

// Start looks for problems that need a call, and places the calls, until
// Close. Without a dialer there is nothing to start.
func (s *Service) Start(ctx context.Context) {
	if s.dialer == nil {
		return
	}
	s.bg.Start(ctx, s.watchLoop, s.dialLoop)
}

// Close stops the background work and waits for it. Calls still queued
// stay in Redis for another hub.
func (s *Service) Close() { s.bg.Close() }

// url is PUBLIC_URL + p: Twilio signs the full address it calls.
func (s *Service) url(p string) string { return s.cfg.PublicURL + p }
