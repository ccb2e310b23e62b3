package loadtest

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"net"
	"net/url"
	"strings"
	"time"
)

// WebSocket opcodes (RFC 6455 5.2).
const (
	opText  = 0x1
	opClose = 0x8
	opPing  = 0x9
	opPong  = 0xA
)

// nextFrame takes one whole frame from the front of buf. Servers never mask
// and Clubnight never fragments, so a frame is one message.
func nextFrame(buf []byte) (op byte, payload, rest []byte, ok bool) {
	if len(buf) < 2 {
		return 0, nil, buf, false
	}
	op = buf[0] & 0x0f
	n := uint64(buf[1] & 0x7f)
	head := 2
	switch n {
	case 126:
		if len(buf) < 4 {
			return 0, nil, buf, false
		}
		n, head = uint64(binary.BigEndian.Uint16(buf[2:4])), 4
	case 127:
		if len(buf) < 10 {
			return 0, nil, buf, false
		}
		n, head = binary.BigEndian.Uint64(buf[2:10]), 10
	}
	if buf[1]&0x80 != 0 { // masked: not from a server, but skip the key
		head += 4
	}
	if uint64(len(buf)-head) < n {
		return 0, nil, buf, false
	}
	end := head + int(n)
	return op, buf[head:end], buf[end:], true
}

// pongFrame is the masked pong a client sends back for a ping.
func pongFrame(payload []byte) []byte {
	var mask [4]byte
	_, _ = rand.Read(mask[:])
	f := make([]byte, 0, 6+len(payload))
	f = append(f, 0x80|opPong, 0x80|byte(len(payload)))
	f = append(f, mask[:]...)
	for i, b := range payload {
		f = append(f, b^mask[i%4])
	}
	return f
}

// dialRaw opens a websocket by hand: the handshake over a plain TCP
// connection, then the connection and whatever came after the handshake.
func dialRaw(ctx context.Context, wsURL string) (net.Conn, []byte, error) {
	u, err := url.Parse(wsURL)
	if err != nil {
		return nil, nil, err
	}
	d := net.Dialer{Timeout: 30 * time.Second}
	conn, err := d.DialContext(ctx, "tcp", u.Host)
	if err != nil {
		return nil, nil, err
	}
	var k [16]byte
	_, _ = rand.Read(k[:])
	key := base64.StdEncoding.EncodeToString(k[:])
	req := "GET " + u.RequestURI() + " HTTP/1.1\r\nHost: " + u.Host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
		"Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n"
	_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
	if _, err := conn.Write([]byte(req)); err != nil {
		conn.Close()
		return nil, nil, err
	}
	br := bufio.NewReaderSize(conn, 16<<10)
	status, err := br.ReadString('\n')
	if err != nil || !strings.Contains(status, " 101 ") {
		conn.Close()
		return nil, nil, fmt.Errorf("websocket handshake: %q %v", strings.TrimSpace(status), err)
	}
	sum := sha1.Sum([]byte(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"))
	want := base64.StdEncoding.EncodeToString(sum[:])
	accepted := false
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			conn.Close()
			return nil, nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if name, value, ok := strings.Cut(line, ":"); ok && strings.EqualFold(name, "Sec-WebSocket-Accept") {
			accepted = strings.TrimSpace(value) == want
		}
	}
	if !accepted {
		conn.Close()
		return nil, nil, fmt.Errorf("websocket handshake: wrong Sec-WebSocket-Accept")
	}
	_ = conn.SetDeadline(time.Time{})
	rest, _ := br.Peek(br.Buffered())
	return conn, append([]byte(nil), rest...), nil
}
