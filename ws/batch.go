package ws

import (
	"encoding/binary"
	"time"

	"github.com/clubnight/clubnight/hub"
)

// writeBatch sends several events as consecutive websocket text frames in
// one write to the socket, instead of one write (and one system call, and
// often one packet) per event. A crowd of screens resuming after a Wi-Fi
// drop is dominated by those writes.
//
// Events go to the socket as frames built here, not through gorilla's
// writer: that is one system call per event and nothing copied per screen.
// The writer goroutine is the only one that writes to the socket (the
// reader hands it pongs and closes to send), and it writes whole messages,
// so frames cannot interleave; after a write that broke off part-way it
// writes nothing more.
func (c *conn) writeBatch(evs []*hub.RawEvent) error {
	size := 0
	for _, ev := range evs {
		size += len(ev.JSON) + 10
	}
	buf := make([]byte, 0, size)
	for _, ev := range evs {
		buf = appendTextFrame(buf, ev.JSON)
	}
	return c.writeRaw(buf)
}

// writeRaw writes whole websocket frames straight to the socket. Only the
// writer goroutine calls it. The write deadline is re-armed only once half
// of it has gone, not before every write: on a busy night that is one
// timer change a second per screen instead of one per event.
func (c *conn) writeRaw(frames []byte) error {
	nc := c.ws.NetConn()
	now := time.Now()
	if now.Sub(c.armed) > c.srv.opts.WriteWait/2 {
		c.armed = now
		_ = nc.SetWriteDeadline(now.Add(c.srv.opts.WriteWait))
	}
	_, err := nc.Write(frames)
	c.broken = c.broken || err != nil
	return err
}

// framed is an event with its websocket frame.
type framed struct {
	ev    *hub.RawEvent
	frame []byte
}

// frame returns ev as one websocket text frame. Every screen of a night is
// handed the same event in turn, so the newest one framed is kept and the
// frame is built once for all of them, not once each.
func (s *Server) frame(ev *hub.RawEvent) []byte {
	if f := s.lastFramed.Load(); f != nil && f.ev == ev {
		return f.frame
	}
	f := &framed{ev: ev, frame: appendTextFrame(make([]byte, 0, len(ev.JSON)+10), ev.JSON)}
	s.lastFramed.Store(f)
	return f.frame
}

// appendTextFrame appends one final, unmasked text frame (RFC 6455 5.2), as
// a server sends.
func appendTextFrame(buf, payload []byte) []byte {
	const finText = 0x81
	n := len(payload)
	switch {
	case n < 126:
		buf = append(buf, finText, byte(n))
	case n <= 0xFFFF:
		buf = append(buf, finText, 126)
		buf = binary.BigEndian.AppendUint16(buf, uint16(n))
	default:
		buf = append(buf, finText, 127)
		buf = binary.BigEndian.AppendUint64(buf, uint64(n))
	}
	return append(buf, payload...)
}
