package sms

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
	"github.com/clubnight/clubnight/metrics"
	"github.com/clubnight/clubnight/outbox"
	"github.com/clubnight/clubnight/sms/simpage"
	"github.com/clubnight/clubnight/twilioapi"
	"github.com/clubnight/clubnight/twiliosig"
)

type redisPipe = redis.Pipeliner

// Options configure a Service. Hub and Config are required.
type Options struct {
	Hub     *hub.Hub
	Config  *config.Config
	Logger  *slog.Logger
	Metrics *metrics.Metrics
	// Clock is this hub's own clock, for what no other hub compares
	// (timestamps of its own records); tests move it by hand.
	Clock func() time.Time
	// SharedClock is the clock every hub shares, for what one hub writes
	// and another compares: escalation due times and leases, and how old
	// a change is. Nil means Redis's TIME (outbox.Now). Tests that move a
	// clock by hand give every hub the same one here.
	SharedClock func(context.Context) (time.Time, error)
	// Sender sends texts. Nil means Twilio when Config has Twilio settings,
	// else the simulator (and /sim is served).
	Sender Sender
	// TickEvery is how often due escalations are checked (default 1s).
	TickEvery time.Duration
	// Location is the venue's time zone, for WHAT'S NEXT (default Local).
	Location *time.Location

	// SendTimeout bounds one Twilio request (default 10s).
	SendTimeout time.Duration
	// RetryBase is the first wait before a failed send is tried again; it
	// doubles each time up to RetryMax (defaults 2s and 2m).
	RetryBase, RetryMax time.Duration
	// MaxAttempts bounds the tries of one text (default 10).
	MaxAttempts int
	// Lease is how long a worker may hold a text before another hub takes
	// it over (default 1m).
	Lease time.Duration
	// Workers is how many loops take texts off the queue (default 2).
	Workers int
	// InFlight bounds how many texts this hub is sending at once, across
	// workers (default 8): each send has its own slot, so requests that
	// hang until their timeout do not hold up the texts behind them.
	InFlight int
	// PollEvery is how often an idle worker looks for texts queued by
	// other hubs (default 250ms).
	PollEvery time.Duration
	// SimGuard, when set, wraps every /sim route, for example to ask for
	// a signed-in organiser. Nil leaves the simulator open, as the
	// embedded default expects.
	SimGuard func(http.Handler) http.Handler
}

// Service is the SMS side of Clubnight.
type Service struct {
	hub    *hub.Hub
	cfg    *config.Config
	log    *slog.Logger
	m      *metrics.Metrics
	clock  func() time.Time
	loc    *time.Location
	rdb    redis.UniversalClient
	k      keys
	sender Sender
	sim    *Simulator // nil when Twilio is configured
	sig    *twiliosig.Checker
	q      *queue
	opts   Options

	wake    chan struct{} // a text was queued by this hub
	slots   chan struct{} // one per text being sent now
	escWake chan struct{} // an escalation is due now

	bg background.Group // the loops Start runs and Close stops

	// afterDeliver, when set (by tests, before Start), is told each text
	// deliver is done with, so a test can order a change after a send's
	// last write.
	afterDeliver func(id string)

	// reader, when set (by tests), reads texts in place of the rules.
	reader readFunc
}

// New builds the service. It starts nothing: call Register for the HTTP
// routes and Start for the background work.
func New(o Options) (*Service, error) {
	if o.Hub == nil || o.Config == nil {
		return nil, errors.New("sms: Options.Hub and Options.Config are required")
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Metrics == nil {
		o.Metrics = metrics.Discard()
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Location == nil {
		o.Location = time.Local
	}
	if o.SharedClock == nil {
		rdb := o.Hub.Store().Client()
		o.SharedClock = func(ctx context.Context) (time.Time, error) { return outbox.Now(ctx, rdb) }
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.TickEvery, time.Second)
	def(&o.SendTimeout, 10*time.Second)
	def(&o.RetryBase, 2*time.Second)
	def(&o.RetryMax, 2*time.Minute)
	def(&o.Lease, time.Minute)
	def(&o.PollEvery, 250*time.Millisecond)
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 10
	}
	if o.Workers <= 0 {
		o.Workers = 2
	}
	if o.InFlight <= 0 {
		o.InFlight = 8
	}
	st := o.Hub.Store()
	s := &Service{
		hub: o.Hub, cfg: o.Config, log: o.Logger, m: o.Metrics, clock: o.Clock, loc: o.Location,
		rdb: st.Client(), k: keys{p: st.Prefix() + "sms:"}, opts: o,
		wake: make(chan struct{}, 1), escWake: make(chan struct{}, 1), slots: make(chan struct{}, o.InFlight),
	}
	s.q = newQueue(s.rdb, s.k, o.Lease, 48*time.Hour)
	s.sig = twiliosig.NewChecker(o.Config.TwilioAuthToken, o.Config.PublicURL, o.Logger)
	switch {
	case o.Sender != nil:
		s.sender = o.Sender
		if sim, ok := o.Sender.(*Simulator); ok {
			s.sim = sim
		}
	case o.Config.Twilio():
		c, err := twilioapi.New(twilioapi.Options{
			AccountSID: o.Config.TwilioAccountSID, AuthToken: o.Config.TwilioAuthToken,
			From: o.Config.TwilioFrom, APIURL: o.Config.TwilioAPIURL,
			StatusCallback: o.Config.PublicURL + StatusPath, Timeout: o.SendTimeout,
		})
		if err != nil {
			return nil, err
		}
		s.sender = twilioSender{c}
	default:
		s.sim = s.NewSimulator()
		s.sender = s.sim
	}
	return s, nil
}

// NewSimulator returns a simulator sender on the service's Redis, for
// tests and tools that want one explicitly.
func (s *Service) NewSimulator() *Simulator {
	return &Simulator{rdb: s.rdb, k: s.k, clock: s.clock}
}

// Simulated reports whether texts go to the simulator instead of Twilio.
func (s *Service) Simulated() bool { return s.sim != nil }

// Paths of the Twilio webhooks.
const (
	InboundPath = "/sms/inbound"
	StatusPath  = "/sms/status"
)

// Register adds the webhooks, and the simulator's page and API when texts
// go to the simulator.
func (s *Service) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST "+InboundPath, s.serveInbound)
	mux.HandleFunc("POST "+StatusPath, s.serveStatus)
	if s.sim != nil {
		if err := simpage.Register(mux, simBackend{s}, s.opts.SimGuard); err != nil {
			s.log.Error("sms: the simulator page is broken", "err", err)
		}
	}
}

// Start runs the alert follower, the escalation ticker and the send
// workers until Close (or ctx ends).
func (s *Service) Start(ctx context.Context) {
	loops := []func(context.Context){s.followLive, s.escalateLoop}
	for range s.opts.Workers {
		loops = append(loops, s.sendLoop)
	}
	s.bg.Start(ctx, loops...)
}

// Close stops the background work and waits for it. Texts still queued stay
// in Redis for the next hub to send.
func (s *Service) Close() { s.bg.Close() }
