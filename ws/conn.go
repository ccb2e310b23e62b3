package ws

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
)

// conn is one screen.
type conn struct {
	srv         *Server
	ws          *websocket.Conn
	principal   auth.Principal
	night       string
	followLive  bool
	unsubscribe func()

	events chan *hub.RawEvent // from the stream follower; full means slow
	out    chan []byte        // acks and notices from the reader
	pongs  chan string        // pings from the screen to answer; the writer answers
	kick   chan closeReason   // why to close, from anywhere
	done   chan struct{}      // closed when the writer has finished
	once   sync.Once

	last int64 // the newest seq this screen has; writer only

	// A screen that stops reading answers no pings. While events flow the
	// writer keeps one ping outstanding (at most one a StallAfter) and drops
	// the screen when it stays unanswered longer than that.
	pingAt time.Time    // when the outstanding ping went; writer only
	pongAt atomic.Int64 // unix nanos of the newest pong; reader only writes

	// armed is when the writer last set the write deadline (to armed plus
	// WriteWait); writer only. The writer sets every deadline but one:
	// deliver pulls it to now to unblock a write to a stalled screen, which
	// is dropped anyway.
	armed time.Time
	// broken is set when a write failed part-way: the stream may end inside
	// a frame, so nothing more is written to it, not even a close frame.
	broken bool
}

// deliver is called by the follower. It never blocks: a full queue drops
// the screen.
func (c *conn) deliver(ev *hub.RawEvent) {
	select {
	case c.events <- ev:
	default:
		c.srv.metrics.SlowScreens.Inc()
		// Unblock a writer stuck on a stalled socket at once.
		_ = c.ws.NetConn().SetWriteDeadline(time.Now())
		c.kickWith(fellBehind)
	}
}

// closeReason is a close code and the plain words sent with it.
type closeReason struct {
	code int
	text string
}

var (
	fellBehind  = closeReason{websocket.CloseTryAgainLater, "This screen fell behind. Reconnecting."}
	liveChanged = closeReason{websocket.CloseServiceRestart, "The live night changed. Loading it now."}
	restarting  = closeReason{websocket.CloseGoingAway, "The hub is restarting. Reconnecting soon."}
	goodbye     = closeReason{websocket.CloseNormalClosure, "Goodbye."}
	unpaired    = closeReason{websocket.ClosePolicyViolation, "This screen's key was changed. Open the new pairing link from the dashboard."}
	signedOut   = closeReason{websocket.ClosePolicyViolation, "You are signed out. Please sign in again."}
)

// revokedFor is the close for a screen whose credential no longer stands.
func revokedFor(p auth.Principal) closeReason {
	if p.Kind == auth.Kiosk {
		return unpaired
	}
	return signedOut
}

func (c *conn) kickWith(r closeReason) {
	select {
	case c.kick <- r:
	default:
	}
}

func (c *conn) send(msg []byte) {
	select {
	case c.out <- msg:
	default:
		c.kickWith(fellBehind)
	}
}

// closeWith sends a close frame (best effort, unless a write broke off
// part-way) and closes the socket.
func (c *conn) closeWith(code int, reason string) {
	c.once.Do(func() {
		if !c.broken {
			_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason),
				time.Now().Add(250*time.Millisecond))
		}
		_ = c.ws.Close()
	})
}

// write sends one message through gorilla.
func (c *conn) write(data []byte) error {
	c.armed = time.Now()
	_ = c.ws.SetWriteDeadline(c.armed.Add(c.srv.opts.WriteWait))
	err := c.ws.WriteMessage(websocket.TextMessage, data)
	c.broken = c.broken || err != nil
	return err
}

// control sends a ping or a pong.
func (c *conn) control(kind int, data []byte) error {
	c.armed = time.Now()
	err := c.ws.WriteControl(kind, data, c.armed.Add(c.srv.opts.WriteWait))
	c.broken = c.broken || err != nil
	return err
}

// resume is where a screen asked to carry on from: since is -1 for a fresh
// start, and epoch "" when it did not say (it is then believed to be the
// night's).
type resume struct {
	since int64
	epoch string
}

// writeLoop is the only goroutine that writes to the socket.
func (c *conn) writeLoop(pos hub.Position, from resume) {
	ticker := time.NewTicker(c.srv.opts.PingPeriod)
	defer func() {
		ticker.Stop()
		c.unsubscribe()
		c.srv.remove(c)
		close(c.done)
	}()
	if err := c.start(pos, from); err != nil {
		c.closeWith(websocket.CloseTryAgainLater, "We could not load the night. Trying again.")
		return
	}
	for {
		select {
		case ev := <-c.events:
			if err := c.forward(ev); err != nil {
				r := closeFor(err)
				c.closeWith(r.code, r.text)
				return
			}
			if err := c.checkStall(); err != nil {
				c.srv.metrics.SlowScreens.Inc()
				c.closeWith(fellBehind.code, fellBehind.text)
				return
			}
		case msg := <-c.out:
			if err := c.write(msg); err != nil {
				c.closeWith(websocket.CloseGoingAway, "write failed")
				return
			}
		case data := <-c.pongs:
			if err := c.control(websocket.PongMessage, []byte(data)); err != nil {
				c.closeWith(websocket.CloseGoingAway, "write failed")
				return
			}
		case r := <-c.kick:
			c.closeWith(r.code, r.text)
			return
		case <-ticker.C:
			if err := c.ping(); err != nil {
				c.closeWith(websocket.CloseGoingAway, "ping failed")
				return
			}
		}
	}
}

func (c *conn) ping() error {
	c.pingAt = time.Now()
	return c.control(websocket.PingMessage, nil)
}

// checkStall runs after each event: it sends a ping when none is
// outstanding (at most one a StallAfter), and reports errSlow when one has
// waited longer than StallAfter for its pong.
func (c *conn) checkStall() error {
	now := time.Now()
	answered := c.pingAt.IsZero() || c.pongAt.Load() >= c.pingAt.UnixNano()
	if !answered && now.Sub(c.pingAt) > c.srv.opts.StallAfter {
		return errSlow
	}
	if answered && now.Sub(c.pingAt) >= c.srv.opts.StallAfter {
		return c.ping()
	}
	return nil
}

// start sends the snapshot, or the events missed since `since`. pos is
// where the night stood when the screen connected. A screen that saw
// another history (another epoch) gets a snapshot.
func (c *conn) start(pos hub.Position, from resume) error {
	since, seq := from.since, pos.Seq
	sameHistory := from.epoch == "" || from.epoch == pos.Epoch
	if since >= 0 && !sameHistory {
		c.srv.metrics.Resumes.WithLabelValues("snapshot").Inc()
		return c.snapshot()
	}
	if since >= 0 && since <= seq && seq-since <= c.srv.opts.ResumeLimit {
		evs, ok, err := c.missed(since, seq)
		if err != nil {
			return err
		}
		if ok {
			c.srv.metrics.Resumes.WithLabelValues("events").Inc()
			c.last = since
			if len(evs) == 0 {
				return nil
			}
			if err := c.writeBatch(evs); err != nil {
				return err
			}
			c.last = evs[len(evs)-1].Seq
			return nil
		}
		c.srv.metrics.Resumes.WithLabelValues("snapshot").Inc()
	}
	return c.snapshot()
}

func (c *conn) snapshot() error {
	pos, data, err := c.srv.snapshotMessage(context.Background(), c.night)
	if err != nil {
		return err
	}
	if err := c.write(data); err != nil {
		return err
	}
	c.last = pos.Seq
	return nil
}

// forward writes ev, first filling any gap from the event log; when the
// log cannot fill it, a fresh snapshot takes its place. When the hub found
// the night's history changed in Redis (it lost changes), the screen gets
// a fresh snapshot of the new one.
func (c *conn) forward(ev *hub.RawEvent) error {
	if ev.Reset {
		return c.snapshot()
	}
	if ev.Seq <= c.last {
		return nil
	}
	if ev.Seq > c.last+1 {
		evs, ok, err := c.missed(c.last, ev.Seq-1)
		if err != nil {
			return err
		}
		if !ok {
			return c.snapshot()
		}
		if err := c.writeBatch(evs); err != nil {
			return err
		}
		c.last = ev.Seq - 1
	}
	if err := c.writeRaw(c.srv.frame(ev)); err != nil {
		return err
	}
	c.last = ev.Seq
	return nil
}

// missed returns the events after < seq <= upto, from the hub's memory
// when it has them, else from the Redis log; ok is false when they are no
// longer all held anywhere.
func (c *conn) missed(after, upto int64) ([]*hub.RawEvent, bool, error) {
	if evs, ok := c.srv.hub.EventsFromMemory(c.night, after, upto); ok {
		return evs, true, nil
	}
	evs, complete, err := c.srv.hub.EventsFromRedis(context.Background(), c.night, after, upto-after)
	if err != nil {
		return nil, false, err
	}
	if !complete || int64(len(evs)) != upto-after {
		return nil, false, nil
	}
	out := make([]*hub.RawEvent, len(evs))
	for i := range evs {
		out[i] = &evs[i]
	}
	return out, true, nil
}

// closeFor picks the close to send when writing to a screen failed: a
// timeout or a stall means it fell behind.
func closeFor(err error) closeReason {
	var ne interface{ Timeout() bool }
	if errors.Is(err, errSlow) || (errors.As(err, &ne) && ne.Timeout()) {
		return fellBehind
	}
	return closeReason{websocket.CloseGoingAway, "Reconnecting."}
}

// readLoop is the only goroutine that reads from the socket.
func (c *conn) readLoop() {
	defer c.kickWith(goodbye)
	// gorilla closes frames over its limit without a reason, so its limit
	// is a hard ceiling and ours, below it, closes with words.
	c.ws.SetReadLimit(max(c.srv.opts.MaxMessage*8, 64<<10))
	_ = c.ws.SetReadDeadline(time.Now().Add(c.srv.opts.PongWait))
	c.ws.SetPongHandler(func(string) error {
		c.pongAt.Store(time.Now().UnixNano())
		return c.ws.SetReadDeadline(time.Now().Add(c.srv.opts.PongWait))
	})
	// gorilla answers pings and closes from the reader by default; here the
	// writer answers, as the one goroutine that writes and sets deadlines.
	c.ws.SetPingHandler(func(data string) error {
		select {
		case c.pongs <- data:
		default: // one answer waiting is enough
		}
		return c.ws.SetReadDeadline(time.Now().Add(c.srv.opts.PongWait))
	})
	c.ws.SetCloseHandler(func(int, string) error { return nil }) // NextReader ends; goodbye follows
	for {
		typ, r, err := c.ws.NextReader()
		if err != nil {
			return
		}
		data, err := io.ReadAll(io.LimitReader(r, c.srv.opts.MaxMessage+1))
		if err != nil {
			return
		}
		if int64(len(data)) > c.srv.opts.MaxMessage {
			c.kickWith(closeReason{websocket.CloseMessageTooBig, "That message is too big."})
			return
		}
		_ = c.ws.SetReadDeadline(time.Now().Add(c.srv.opts.PongWait))
		if typ != websocket.TextMessage {
			c.kickWith(closeReason{websocket.CloseUnsupportedData, "Please send JSON text messages."})
			return
		}
		var m clientMessage
		if err := json.Unmarshal(data, &m); err != nil || m.Type == "" {
			c.kickWith(closeReason{websocket.CloseInvalidFramePayloadData, "That message is not valid JSON with a type."})
			return
		}
		switch m.Type {
		case "command":
			c.command(m.Command)
		case "ping":
			// Browsers cannot see websocket pings, so screens ask in words.
			c.send([]byte(`{"type":"pong"}`))
		case "hello":
		default:
			// Clients may send types we do not know yet; ignore them as
			// clients ignore ours.
		}
	}
}

func (c *conn) command(cmd *night.Command) {
	if cmd == nil || cmd.Type == "" {
		c.reply(ack{Type: "error", Message: "The command is missing.", Code: string(night.Invalid)})
		return
	}
	id := cmd.ID
	if err := c.principal.Authorize(cmd); err != nil {
		c.reply(ack{Type: "error", ID: id, Message: night.ErrorMessage(err), Code: string(night.ErrorCode(err))})
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := c.admit(ctx, cmd); err != nil {
		c.reply(ack{Type: "error", ID: id, Message: night.ErrorMessage(err), Code: string(night.ErrorCode(err))})
		return
	}
	res, err := c.srv.hub.Apply(ctx, c.night, *cmd)
	if err != nil {
		c.reply(ack{Type: "error", ID: id, Message: night.ErrorMessage(err), Code: string(night.ErrorCode(err))})
		return
	}
	a := ack{Type: "ack", ID: id, Seq: res.Night.Seq}
	if res.Event != nil {
		a.Seq = res.Event.Seq
	}
	c.reply(a)
}

// admit refuses a kiosk's command for a night that is no longer live (the
// screen is told to reload it), and applies the command rate limits.
func (c *conn) admit(ctx context.Context, cmd *night.Command) error {
	if !c.srv.auth.StillValid(ctx, c.principal) {
		r := revokedFor(c.principal)
		c.kickWith(r)
		return night.Errorf(night.Forbidden, "%s", r.text)
	}
	if c.principal.Kind == auth.Kiosk {
		// When the store cannot say (Redis is down), the command fails on
		// its own with a plain "try again"; the screen is not sent away.
		if live, err := c.srv.hub.LiveID(ctx); err == nil && live != c.night {
			c.kickWith(liveChanged)
			return night.Errorf(night.Forbidden, "The venue screen only works on tonight's night.")
		}
	}
	return c.srv.auth.Admit(c.principal, cmd)
}

func (c *conn) reply(a ack) {
	data, _ := json.Marshal(a)
	c.send(data)
}
