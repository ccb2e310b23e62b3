package loadtest

import (
	"bytes"
	"strings"
	"testing"
)

func TestNextFrame(t *testing.T) {
	frame := func(op byte, p string) []byte {
		b := []byte{0x80 | op}
		switch n := len(p); {
		case n < 126:
			b = append(b, byte(n))
		case n < 1<<16:
			b = append(b, 126, byte(n>>8), byte(n))
		default:
			b = append(b, 127, 0, 0, 0, 0, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
		}
		return append(b, p...)
	}
	long, huge := strings.Repeat("a", 300), strings.Repeat("b", 70000)
	var buf []byte
	buf = append(buf, frame(opText, "hi")...)
	buf = append(buf, frame(opPing, "")...)
	buf = append(buf, frame(opText, long)...)
	buf = append(buf, frame(opText, huge)...)
	want := []struct {
		op byte
		p  string
	}{{opText, "hi"}, {opPing, ""}, {opText, long}, {opText, huge}}
	// Fed a byte at a time, frames come out whole and in order.
	var got []string
	var pending []byte
	for i := range buf {
		pending = append(pending, buf[i])
		for {
			op, p, rest, ok := nextFrame(pending)
			if !ok {
				break
			}
			got = append(got, string([]byte{op})+string(p))
			pending = rest
		}
	}
	if len(got) != len(want) || len(pending) != 0 {
		t.Fatalf("got %d frames, %d bytes left", len(got), len(pending))
	}
	for i, w := range want {
		if got[i] != string([]byte{w.op})+w.p {
			t.Fatalf("frame %d differs", i)
		}
	}
	pong := pongFrame([]byte("xy"))
	if pong[0] != 0x80|opPong || pong[1] != 0x80|2 || len(pong) != 8 || bytes.Contains(pong[6:], []byte("xy")) && pong[2] == 0 {
		t.Fatalf("pong frame % x", pong)
	}
}
