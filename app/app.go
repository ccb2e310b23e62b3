// Package app wires Clubnight together from a Config: the store (Redis or
// the embedded one), the hub, the HTTP API, the websocket stream, the
// kiosk, SMS and the dashboard. It holds no logic of its own. The
// clubnight command and end-to-end tests both start it.
package app

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/httpapi"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/metrics"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/outbox"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/voice"
	"github.com/clubnight/clubnight/web"
	"github.com/clubnight/clubnight/ws"
)

//go:embed sample-night.json
var samplePlan []byte

// App is one running Clubnight process.
type App struct {
	Config  *config.Config
	Log     *slog.Logger
	Metrics *metrics.Metrics
	Hub     *hub.Hub
	Auth    *auth.Authenticator
	WS      *ws.Server
	SMS     *sms.Service
	Voice   *voice.Service

	registry *prometheus.Registry
	embedded *hub.Embedded
	rdb      redis.UniversalClient
	store    *hub.Store // made with the client, so it watches every connection
	ln       net.Listener
	server   *http.Server
	mux      *http.ServeMux
	closers  []func()
}

// Options are the parts a caller may set beyond the Config.
type Options struct {
	Out       io.Writer        // where the start-up banner goes (stdout)
	Logger    *slog.Logger     // default: text to stderr
	Clock     func() time.Time // default: time.Now
	WSOptions ws.Options
	// RedisWait bounds how long start waits for Redis (0: keep trying).
	RedisWait time.Duration
	// BodyTimeout is how long a request (other than a websocket) may take
	// to send its body (30s; uploads get four times as long).
	BodyTimeout time.Duration
}

// New builds the app and listens on cfg.Addr, so a taken port fails here.
func New(ctx context.Context, cfg *config.Config, opts Options) (*App, error) {
	if opts.Out == nil {
		opts.Out = io.Discard
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	a := &App{Config: cfg, Log: opts.Logger, registry: prometheus.NewRegistry(), mux: http.NewServeMux()}
	a.registry.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	a.Metrics = metrics.New(a.registry)
	ok := false
	defer func() {
		if !ok {
			a.Close()
		}
	}()

	if err := a.openRedis(ctx, opts); err != nil {
		return nil, err
	}
	store := a.startHub(opts)
	var saver backupSaver
	if cfg.Embedded() {
		b, err := a.startBackup(ctx, store)
		if err != nil {
			return nil, err
		}
		saver = b
	}
	if err := a.startAuth(ctx, store); err != nil {
		return nil, err
	}
	if cfg.Embedded() {
		if err := a.loadSample(ctx); err != nil {
			return nil, err
		}
	}
	if err := a.registerServices(ctx, opts, saver); err != nil {
		return nil, err
	}
	if err := a.listen(opts); err != nil {
		return nil, err
	}
	if cfg.DebugAddr != "" {
		if err := a.serveDebug(cfg.DebugAddr); err != nil {
			return nil, err
		}
	}
	ok = true
	if saver != nil {
		if err := saver.SaveMeta(ctx); err != nil {
			a.Log.Error("backup failed", "err", err)
		}
	}
	return a, nil
}

// startHub makes the store on the open Redis and the hub on top of it.
func (a *App) startHub(opts Options) *hub.Store {
	store := a.store
	if a.Config.Durable == "replica" {
		store.RequireReplica(time.Second)
	}
	ho := hub.Options{Logger: a.Log, Metrics: a.Metrics, Clock: opts.Clock}
	if opts.Clock == nil {
		// Changes are stamped with Redis's clock, the one every hub shares
		// (a test's fake clock stamps them itself).
		ho.SharedClock = func(ctx context.Context) (time.Time, error) { return outbox.Now(ctx, a.rdb) }
	}
	a.Hub = hub.New(store, ho)
	a.closers = append(a.closers, a.Hub.Close)
	return store
}

// startBackup restores the embedded store from the data folder and keeps
// the backup up to date from then on: on every commit, and every 2 s.
func (a *App) startBackup(ctx context.Context, store *hub.Store) (backupSaver, error) {
	backup, err := hub.NewBackup(a.Config.DataDir, store, a.Log)
	if err != nil {
		return nil, err
	}
	restored, err := backup.Load(ctx)
	if err != nil {
		return nil, fmt.Errorf("CLUBNIGHT_DATA: cannot load the backup in %s: %w", a.Config.DataDir, err)
	}
	if restored > 0 {
		a.Log.Info("restored nights from the backup", "nights", restored, "dir", a.Config.DataDir)
	}
	a.Hub.OnCommit(backup.Hook())
	a.Hub.OnNightKeys(backup.KeysHook())
	a.Hub.GuardWrites(backup.Err)
	bctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		backup.Run(bctx, 2*time.Second)
	}()
	// Runs after SMS and the dashboard have stopped (closers run last
	// first), so the final save has everything.
	a.closers = append(a.closers, func() { stop(); <-done })
	return backup, nil
}

// startAuth sets up who may do what, with the kiosk key from the settings
// or, when there is none, the one the hub keeps.
func (a *App) startAuth(ctx context.Context, store *hub.Store) error {
	kioskKey := a.Config.KioskKey
	if kioskKey == "" {
		k, err := hub.KioskKey(ctx, store, hub.KioskKeyOptions{DataDir: a.Config.DataDir, Secret: a.Config.AdminToken, New: auth.NewKey,
			Warn: func(msg string, err error) { a.Log.Warn(msg, "err", err) }})
		if err != nil {
			return err
		}
		kioskKey = k
	}
	a.Auth = auth.New(a.Config.AdminToken, kioskKey, nil)
	return nil
}

// registerServices puts every part on the mux: the websocket stream, the
// HTTP API, SMS, voice, and the pages. SMS and voice start working here.
func (a *App) registerServices(ctx context.Context, opts Options, saver backupSaver) error {
	cfg := a.Config
	wsOpts := opts.WSOptions
	wsOpts.Logger, wsOpts.Metrics = a.Log, a.Metrics
	a.WS = ws.New(a.Hub, a.Auth, wsOpts)
	a.mux.Handle("GET /ws", a.WS)
	httpapi.New(a.Hub, a.Auth, a.Log, a.registry).Register(a.mux)
	trusted := cfg.TrustedProxies
	a.Auth.SetClientKey(func(r *http.Request) string { return web.LimitKey(web.ClientAddr(r, trusted)) })
	smsSvc, err := sms.New(sms.Options{Hub: a.Hub, Config: cfg, Logger: a.Log, Metrics: a.Metrics,
		Clock: opts.Clock, Location: cfg.TimeZone, SimGuard: a.simGuard})
	if err != nil {
		return err
	}
	smsSvc.Register(a.mux)
	smsSvc.Start(context.Background())
	a.SMS = smsSvc
	// Closers run last first: SMS stops before the hub and Redis.
	a.closers = append(a.closers, smsSvc.Close)
	voiceSvc, err := voice.New(voice.Options{Hub: a.Hub, SMS: smsSvc, Config: cfg, Logger: a.Log,
		Clock: opts.Clock, Location: cfg.TimeZone})
	if err != nil {
		return err
	}
	voiceSvc.Register(a.mux)
	voiceSvc.RegisterSim(a.mux, nil) // the practice call, beside /sim (open like it)
	voiceSvc.Start(context.Background())
	a.Voice = voiceSvc
	a.closers = append(a.closers, voiceSvc.Close)
	return a.registerPages(ctx, saver)
}

// listen takes cfg.Addr (so a taken port fails at start) and makes the
// server that will serve it.
func (a *App) listen(opts Options) error {
	ln, err := net.Listen("tcp", a.Config.Addr)
	if err != nil {
		return fmt.Errorf("CLUBNIGHT_ADDR: cannot listen on %s: %w", a.Config.Addr, err)
	}
	a.ln = ln
	bodyTimeout := opts.BodyTimeout
	if bodyTimeout <= 0 {
		bodyTimeout = 30 * time.Second
	}
	a.server = &http.Server{
		Handler:           httpapi.Deadlines(bodyTimeout, 4*bodyTimeout, httpapi.Logging(a.Log, a.Metrics, a.mux)),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       120 * time.Second,
		ErrorLog:          slog.NewLogLogger(a.Log.Handler(), slog.LevelWarn),
	}
	return nil
}

// serveDebug serves Go's profiler on its own address, for measuring a hub
// under load. Keep it on loopback.
func (a *App) serveDebug(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("CLUBNIGHT_DEBUG_ADDR: cannot listen on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	a.closers = append(a.closers, func() { _ = srv.Close() })
	return nil
}

// openRedis connects to REDIS_URL, or starts the embedded store.
func (a *App) openRedis(ctx context.Context, opts Options) error {
	if a.Config.Embedded() {
		e, err := hub.StartEmbedded()
		if err != nil {
			return err
		}
		a.embedded = e
		a.closers = append(a.closers, e.Close)
		a.rdb = redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{e.Addr()}})
		a.store = hub.NewStore(a.rdb, a.Config.KeyPrefix)
		a.closers = append(a.closers, func() { _ = a.rdb.Close() })
		return nil
	}
	ro, err := config.RedisOptions(a.Config.RedisURL)
	if err != nil {
		return fmt.Errorf("REDIS_URL: %w", err)
	}
	ro.PoolSize = 64
	a.rdb = redis.NewUniversalClient(ro)
	a.store = hub.NewStore(a.rdb, a.Config.KeyPrefix)
	a.closers = append(a.closers, func() { _ = a.rdb.Close() })
	deadline := time.Now().Add(opts.RedisWait)
	for attempt := 1; ; attempt++ {
		pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		err := a.rdb.Ping(pctx).Err()
		cancel()
		if err == nil {
			return nil
		}
		if opts.RedisWait > 0 && time.Now().After(deadline) {
			return fmt.Errorf("REDIS_URL: Redis at %s does not answer: %v", strings.Join(ro.Addrs, ","), err)
		}
		a.Log.Warn("waiting for Redis; retrying", "addrs", strings.Join(ro.Addrs, ","), "attempt", attempt, "err", err)
		wait := min(time.Duration(attempt)*500*time.Millisecond, 5*time.Second)
		select {
		case <-ctx.Done():
			return fmt.Errorf("REDIS_URL: gave up waiting for Redis: %w", ctx.Err())
		case <-time.After(wait):
		}
	}
}

// loadSample imports the sample night on the first run of the embedded
// store, so a newcomer sees something real at once.
func (a *App) loadSample(ctx context.Context) error {
	ids, err := a.Hub.Store().Nights(ctx)
	if err != nil || len(ids) > 0 {
		return err
	}
	plan, err := night.ParsePlan(samplePlan)
	if err != nil {
		return fmt.Errorf("the built-in sample night is broken: %w", err)
	}
	if _, err := a.Hub.Import(ctx, plan, "", night.FromSystem); err != nil {
		return err
	}
	a.Log.Info("loaded the sample night", "night", plan.ID)
	return a.Hub.SetLive(ctx, plan.ID)
}

// Addr is the address the app listens on.
func (a *App) Addr() string { return a.ln.Addr().String() }

// URL is the base URL of the app on this machine.
func (a *App) URL() string {
	host, port, _ := net.SplitHostPort(a.Addr())
	if host == "" || host == "::" || host == "0.0.0.0" {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}

// Handler is the app's HTTP handler, for in-process tests.
func (a *App) Handler() http.Handler { return a.server.Handler }

// Banner is what the app prints at start: where everything is.
func (a *App) Banner() string {
	var b strings.Builder
	if a.Config.Embedded() {
		fmt.Fprintf(&b, "Clubnight is using the embedded store; backups go to %s.\n", a.Config.DataDir)
	} else {
		fmt.Fprintf(&b, "Clubnight is using Redis.\n")
	}
	fmt.Fprintf(&b, "Kiosk:      %s/kiosk?key=%s\n", a.URL(), a.Auth.KioskKey())
	fmt.Fprintf(&b, "Dashboard:  %s/dashboard\n", a.URL())
	if !a.Config.Twilio() {
		fmt.Fprintf(&b, "Simulator:  %s/sim\n", a.URL())
		if a.Config.AddrDefaulted {
			fmt.Fprintf(&b, "Only this computer can open these: the simulator shows sign-in codes.\n"+
				"To let tablets on your network in, start with CLUBNIGHT_ADDR=:8080 (the simulator then needs an organiser).\n")
		}
	}
	fmt.Fprintf(&b, "Kiosk key:  %s\n", a.Auth.KioskKey())
	return b.String()
}

// Serve serves HTTP until Shutdown.
func (a *App) Serve() error {
	err := a.server.Serve(a.ln)
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops gracefully: screens get a close frame and reconnect,
// in-flight requests and commands finish, then the store closes.
func (a *App) Shutdown(ctx context.Context) error {
	a.WS.Shutdown(ctx)
	err := a.server.Shutdown(ctx)
	a.Close()
	return err
}

// Close releases everything without waiting.
func (a *App) Close() {
	if a.server != nil {
		_ = a.server.Close()
	} else if a.ln != nil {
		_ = a.ln.Close()
	}
	for i := len(a.closers) - 1; i >= 0; i-- {
		a.closers[i]()
	}
	a.closers = nil
}
