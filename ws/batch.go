package ws

import (
	"encoding/binary"
	"time"

	"github.com/clubnight/clubnight/hub"
)

// writeBatch sends several events as consecutive websocket text frames in
// one write to the socket, instead of one write (and one system call, and
// often one packet) per event. A crowd of screens resuming after a Wi-Fi
// drop is dominated by those writes. Only the writer goroutine calls it,
// between whole gorilla messages, so the frames cannot interleave.
func (c *conn) writeBatch(evs []*hub.RawEvent) error {
	size := 0
	for _, ev := range evs {
		size += len(ev.JSON) + 10
	}
	buf := make([]byte, 0, size)
	for _, ev := range evs {
		buf = appendTextFrame(buf, ev.JSON)
	}
	nc := c.ws.NetConn()
	_ = nc.SetWriteDeadline(time.Now().Add(c.srv.opts.WriteWait))
	_, err := nc.Write(buf)
	return err
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
