// Package ws owns the live websocket stream at /ws: a snapshot or the missed
// events first, then every event of the night in seq order. Each connection
// has exactly one reader and one writer goroutine, a bounded queue, pings,
// deadlines and a read limit; a screen that cannot keep up is dropped
// without slowing anyone else. Commands may come in over the same socket.
package ws

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/metrics"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/web"
)

// Options tune a Server; zero values take the defaults in brackets.
type Options struct {
	WriteWait  time.Duration // deadline for one write (2s)
	PongWait   time.Duration // how long without a pong before the screen is gone (60s)
	PingPeriod time.Duration // how often to ping (PongWait*9/10)
	// StallAfter is how long a screen may leave a ping unanswered while
	// events are flowing to it before it counts as stalled and is dropped
	// (1s). While events flow, a screen is pinged at most once a StallAfter.
	StallAfter time.Duration
	MaxMessage int64 // largest frame a client may send, bytes (8 KiB)
	Queue      int   // events held for one screen before it counts as slow (32)
	// ResumeLimit is the most events a resume sends before it falls back
	// to a snapshot (20,000).
	ResumeLimit int64
	// SendBuffer, when set, bounds the kernel's send buffer per socket in
	// bytes, so a stalled screen fills its queue (and is dropped) sooner
	// and idle screens hold less memory.
	SendBuffer int
	// Recheck is how often every screen's credential is checked again, so
	// a replaced kiosk key, a sign-out or an expired session closes the
	// sockets that used it (2s).
	Recheck time.Duration
	Logger  *slog.Logger
	Metrics *metrics.Metrics
}

// Server serves /ws.
type Server struct {
	hub      *hub.Hub
	auth     *auth.Authenticator
	opts     Options
	log      *slog.Logger
	metrics  *metrics.Metrics
	upgrader websocket.Upgrader

	snaps      snapshots
	lastFramed atomic.Pointer[framed]
	mu         sync.Mutex
	conns      map[*conn]struct{}
	closing    bool
	liveOnce   sync.Once
	checkOnce  sync.Once
	stop       chan struct{}
}

// New returns a websocket server on h.
func New(h *hub.Hub, a *auth.Authenticator, opts Options) *Server {
	if opts.WriteWait <= 0 {
		opts.WriteWait = 2 * time.Second
	}
	if opts.PongWait <= 0 {
		opts.PongWait = 60 * time.Second
	}
	if opts.PingPeriod <= 0 || opts.PingPeriod >= opts.PongWait {
		opts.PingPeriod = opts.PongWait * 9 / 10
	}
	if opts.StallAfter <= 0 {
		opts.StallAfter = time.Second
	}
	if opts.MaxMessage <= 0 {
		opts.MaxMessage = 8 << 10
	}
	if opts.Queue <= 0 {
		opts.Queue = 32
	}
	if opts.ResumeLimit <= 0 {
		opts.ResumeLimit = 20000
	}
	if opts.Recheck <= 0 {
		opts.Recheck = 2 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Metrics == nil {
		opts.Metrics = metrics.Discard()
	}
	s := &Server{hub: h, auth: a, opts: opts, log: opts.Logger, metrics: opts.Metrics, conns: map[*conn]struct{}{},
		stop: make(chan struct{})}
	s.upgrader = websocket.Upgrader{
		ReadBufferSize:   512,
		WriteBufferSize:  2048,
		WriteBufferPool:  &sync.Pool{},
		HandshakeTimeout: 10 * time.Second,
		CheckOrigin:      sameHost,
	}
	return s
}

// sameHost accepts requests without an Origin (not a browser) and browser
// requests whose Origin host is the Host they asked.
func sameHost(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	return strings.EqualFold(u.Host, r.Host)
}

// ServeHTTP upgrades GET /ws: it checks who is asking, which night they
// may watch and where they resume from, and answers with a plain error for
// anything wrong before any socket is opened; then it opens the socket and
// starts the screen's reader and writer.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	req, refused := s.admitRequest(r)
	if refused != nil {
		web.WriteJSON(w, refused.status, map[string]string{"error": refused.text})
		return
	}
	if req.followLive {
		s.liveOnce.Do(func() { s.hub.WatchLive(context.Background(), s.liveChanged) })
	}
	c := s.upgrade(w, r, req)
	if c == nil {
		return
	}
	s.startScreen(r.Context(), c, req)
}

// wsRequest is what a screen asked for, once checked.
type wsRequest struct {
	principal  auth.Principal
	night      string
	followLive bool         // no night was named: follow whichever is live
	from       resume       // where the screen says it stands
	pos        hub.Position // where the night stood when it asked
}

// refusal is an HTTP status and the plain words sent with it.
type refusal struct {
	status int
	text   string
}

// admitRequest checks the credential, the resume position and the night,
// and reads where the night stands.
func (s *Server) admitRequest(r *http.Request) (wsRequest, *refusal) {
	p, ok := s.auth.Authenticate(r)
	if !ok {
		if s.auth.Throttled(r) {
			return wsRequest{}, &refusal{http.StatusTooManyRequests, "Too many wrong keys from here. Please wait a few minutes."}
		}
		return wsRequest{}, &refusal{http.StatusUnauthorized, "This screen is not paired. Open the pairing link from the dashboard."}
	}
	req := wsRequest{principal: p}
	var bad *refusal
	if req.from, bad = parseResume(r.URL.Query()); bad != nil {
		return wsRequest{}, bad
	}
	if req.night, req.followLive, bad = s.chooseNight(r, p); bad != nil {
		return wsRequest{}, bad
	}
	if req.pos, bad = s.position(r.Context(), req.night, req.from.since); bad != nil {
		return wsRequest{}, bad
	}
	return req, nil
}

// parseResume reads since (a seq, -1 when absent) and epoch (the history
// since counts in, from the screen's last snapshot).
func parseResume(q url.Values) (resume, *refusal) {
	from := resume{since: -1, epoch: q.Get("epoch")}
	if v := q.Get("since"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			return resume{}, &refusal{http.StatusBadRequest, "since must be a whole number of 0 or more."}
		}
		from.since = n
	}
	if !validEpoch(from.epoch) {
		return resume{}, &refusal{http.StatusBadRequest, "epoch must be the epoch from a snapshot."}
	}
	return from, nil
}

// chooseNight picks the night to stream: the one named, or the live one.
// A venue screen may only watch tonight's.
func (s *Server) chooseNight(r *http.Request, p auth.Principal) (id string, followLive bool, bad *refusal) {
	id = r.URL.Query().Get("night")
	if id == "" {
		live, err := s.hub.LiveID(r.Context())
		if err != nil {
			return "", false, storeRefusal(err)
		}
		return live, true, nil
	}
	if !night.ValidID(id) {
		return "", false, &refusal{http.StatusBadRequest, "That is not a night id."}
	}
	if p.Kind == auth.Kiosk {
		// A venue screen follows tonight only: past nights hold rides and
		// notes it has no business with.
		if live, err := s.hub.LiveID(r.Context()); err != nil || live != id {
			return "", false, &refusal{http.StatusForbidden, "The venue screen only shows tonight's night."}
		}
	}
	return id, false, nil
}

// position reads where night id stands: from the hub's memory when it
// follows the night; a screen that has seen further (on another hub) waits
// for Redis.
func (s *Server) position(ctx context.Context, id string, since int64) (hub.Position, *refusal) {
	pos, err := s.hub.CachedPosition(ctx, id)
	if err == nil && since > pos.Seq {
		pos, err = s.hub.PositionFromRedis(ctx, id)
	}
	if err != nil {
		return hub.Position{}, storeRefusal(err)
	}
	return pos, nil
}

// storeRefusal answers a failed read of the store: 404 for a night that is
// not there, else 503 (try again).
func storeRefusal(err error) *refusal {
	status := http.StatusServiceUnavailable
	if night.ErrorCode(err) == night.NotFound {
		status = http.StatusNotFound
	}
	return &refusal{status, night.ErrorMessage(err)}
}

// upgrade opens the socket and makes the screen, or returns nil when the
// upgrader has already answered.
func (s *Server) upgrade(w http.ResponseWriter, r *http.Request, req wsRequest) *conn {
	wsConn, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return nil // the upgrader has answered
	}
	if s.opts.SendBuffer > 0 {
		if tcp, ok := wsConn.NetConn().(*net.TCPConn); ok {
			_ = tcp.SetWriteBuffer(s.opts.SendBuffer)
		}
	}
	return &conn{
		srv: s, ws: wsConn, principal: req.principal, night: req.night, followLive: req.followLive,
		events: make(chan *hub.RawEvent, s.opts.Queue),
		out:    make(chan []byte, 8),
		pongs:  make(chan string, 1),
		kick:   make(chan closeReason, 1),
		done:   make(chan struct{}),
		last:   -1,
	}
}

// startScreen registers c, subscribes it to its night from where the
// night stood, and starts its writer and reader.
func (s *Server) startScreen(ctx context.Context, c *conn, req wsRequest) {
	if !s.add(c) {
		c.closeWith(restarting.code, restarting.text)
		return
	}
	if req.followLive {
		// The live night may have changed after it was read and before
		// this screen was added where liveChanged can find it.
		if now, err := s.hub.LiveID(ctx); err == nil && now != req.night {
			c.kickWith(liveChanged)
		}
	}
	// Follow from the position read before, so nothing committed since is
	// missed: the writer drops what it has and fills any gap.
	pos := req.pos
	c.unsubscribe = s.hub.Subscribe(req.night, pos.Seq, c.deliver)
	// An event this hub delivered between the look at the position and
	// Subscribe did not reach c; where the hub stands now it has or will be
	// sent.
	if now, err := s.hub.CachedPosition(ctx, req.night); err == nil && now.Epoch == pos.Epoch && now.Seq > pos.Seq {
		pos = now
	}
	go c.writeLoop(pos, req.from)
	go c.readLoop()
}

func (s *Server) kind(c *conn) string {
	if c.principal.Kind == auth.Kiosk {
		return "kiosk"
	}
	return "dashboard"
}

func (s *Server) add(c *conn) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closing {
		return false
	}
	s.conns[c] = struct{}{}
	s.metrics.Screens.WithLabelValues(s.kind(c)).Inc()
	s.checkOnce.Do(func() { go s.recheckLoop() })
	return true
}

// recheckLoop runs Recheck every opts.Recheck until Shutdown.
func (s *Server) recheckLoop() {
	t := time.NewTicker(s.opts.Recheck)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			ctx, cancel := context.WithTimeout(context.Background(), s.opts.Recheck*2)
			s.Recheck(ctx)
			cancel()
		}
	}
}

// Recheck closes every screen whose credential no longer stands: the kiosk
// key was replaced, the person signed out or their session ended, or the
// admin token changed. It runs every few seconds by itself; call it to act
// at once (after a new kiosk key).
func (s *Server) Recheck(ctx context.Context) {
	s.mu.Lock()
	conns := make([]*conn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		if !s.auth.StillValid(ctx, c.principal) {
			c.kickWith(revokedFor(c.principal))
		}
	}
}

func (s *Server) remove(c *conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.conns[c]; ok {
		delete(s.conns, c)
		s.metrics.Screens.WithLabelValues(s.kind(c)).Dec()
	}
}

// Count returns how many screens are connected.
func (s *Server) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.conns)
}

// liveChanged tells every screen that follows the live night to reconnect.
func (s *Server) liveChanged(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.conns {
		if c.followLive && c.night != id {
			c.kickWith(liveChanged)
		}
	}
}

// Shutdown sends every screen a close frame ("going away"), so it
// reconnects to another hub or to this one when it is back.
func (s *Server) Shutdown(ctx context.Context) {
	s.mu.Lock()
	if !s.closing {
		close(s.stop)
	}
	s.closing = true
	conns := make([]*conn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.kickWith(restarting)
	}
	for _, c := range conns {
		select {
		case <-c.done:
		case <-ctx.Done():
			return
		}
	}
}

// clientMessage is a frame a screen sends.
type clientMessage struct {
	Type    string         `json:"type"`
	Command *night.Command `json:"command,omitempty"`
}

type ack struct {
	Type    string `json:"type"`
	ID      string `json:"id"`
	Seq     int64  `json:"seq,omitempty"`
	Message string `json:"message,omitempty"`
	Code    string `json:"code,omitempty"`
}

type snapshot struct {
	Type  string       `json:"type"`
	Seq   int64        `json:"seq"`
	Epoch string       `json:"epoch"`
	Night *night.Night `json:"night"`
}

var errSlow = errors.New("slow screen")

// validEpoch accepts no epoch or one that could be ours (hex, short).
func validEpoch(e string) bool {
	if len(e) > 64 {
		return false
	}
	for _, r := range e {
		if !('0' <= r && r <= '9' || 'a' <= r && r <= 'f') {
			return false
		}
	}
	return true
}
