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

// ServeHTTP upgrades GET /ws.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p, ok := s.auth.Authenticate(r)
	if !ok {
		if s.auth.Throttled(r) {
			web.WriteJSON(w, http.StatusTooManyRequests, map[string]string{"error": "Too many wrong keys from here. Please wait a few minutes."})
			return
		}
		web.WriteJSON(w, http.StatusUnauthorized, map[string]string{"error": "This screen is not paired. Open the pairing link from the dashboard."})
		return
	}
	q := r.URL.Query()
	since := int64(-1)
	if v := q.Get("since"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			web.WriteJSON(w, http.StatusBadRequest, map[string]string{"error": "since must be a whole number of 0 or more."})
			return
		}
		since = n
	}
	// epoch names the history since counts in (from the screen's last
	// snapshot); another one than the night's means a snapshot.
	epoch := q.Get("epoch")
	if !validEpoch(epoch) {
		web.WriteJSON(w, http.StatusBadRequest, map[string]string{"error": "epoch must be the epoch from a snapshot."})
		return
	}
	followLive := q.Get("night") == ""
	id := q.Get("night")
	if followLive {
		live, err := s.hub.LiveID(r.Context())
		if err != nil {
			status := http.StatusServiceUnavailable
			if night.ErrorCode(err) == night.NotFound {
				status = http.StatusNotFound
			}
			web.WriteJSON(w, status, map[string]string{"error": night.ErrorMessage(err)})
			return
		}
		id = live
	} else if !night.ValidID(id) {
		web.WriteJSON(w, http.StatusBadRequest, map[string]string{"error": "That is not a night id."})
		return
	} else if p.Kind == auth.Kiosk {
		// A venue screen follows tonight only: past nights hold rides and
		// notes it has no business with.
		if live, err := s.hub.LiveID(r.Context()); err != nil || live != id {
			web.WriteJSON(w, http.StatusForbidden, map[string]string{"error": "The venue screen only shows tonight's night."})
			return
		}
	}
	// Where this hub stands, from memory when it follows the night; a
	// screen that has seen further (on another hub) waits for Redis.
	pos, err := s.hub.CachedPosition(r.Context(), id)
	if err == nil && since > pos.Seq {
		pos, err = s.hub.PositionFromRedis(r.Context(), id)
	}
	if err != nil {
		status := http.StatusServiceUnavailable
		if night.ErrorCode(err) == night.NotFound {
			status = http.StatusNotFound
		}
		web.WriteJSON(w, status, map[string]string{"error": night.ErrorMessage(err)})
		return
	}
	if followLive {
		s.liveOnce.Do(func() { s.hub.WatchLive(context.Background(), s.liveChanged) })
	}

	wsConn, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader has answered
	}
	if s.opts.SendBuffer > 0 {
		if tcp, ok := wsConn.NetConn().(*net.TCPConn); ok {
			_ = tcp.SetWriteBuffer(s.opts.SendBuffer)
		}
	}
	c := &conn{
		srv: s, ws: wsConn, principal: p, night: id, followLive: followLive,
		events: make(chan *hub.RawEvent, s.opts.Queue),
		out:    make(chan []byte, 8),
		pongs:  make(chan string, 1),
		kick:   make(chan closeReason, 1),
		done:   make(chan struct{}),
		last:   -1,
	}
	if !s.add(c) {
		c.closeWith(restarting.code, restarting.text)
		return
	}
	if followLive {
		// The live night may have changed after it was read above and
		// before this screen was added where liveChanged can find it.
		if now, err := s.hub.LiveID(r.Context()); err == nil && now != id {
			c.kickWith(liveChanged)
		}
	}
	// Follow from the seq read above, so nothing committed since is
	// missed: the writer drops what it has and fills any gap.
	c.unsubscribe = s.hub.Subscribe(id, pos.Seq, c.deliver)
	// An event this hub delivered between the look at seq and Subscribe
	// did not reach c; where the hub stands now it has or will be sent.
	if now, err := s.hub.CachedPosition(r.Context(), id); err == nil && now.Epoch == pos.Epoch && now.Seq > pos.Seq {
		pos = now
	}
	go c.writeLoop(pos, resume{since: since, epoch: epoch})
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
