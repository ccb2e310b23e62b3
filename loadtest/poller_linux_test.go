//go:build linux

package loadtest

import (
	"encoding/binary"
	"net"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// The kernel's receive timestamp says when bytes arrived, however late
// they are read: the load tool's own wait for the CPU is not the hub's.
func TestArrival_IsWhenTheBytesCameNotWhenTheyWereRead(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	client, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	server, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()

	sc, err := client.(*net.TCPConn).SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	var serr error
	if err := sc.Control(func(fd uintptr) { serr = stampArrivals(int(fd)) }); err != nil || serr != nil {
		t.Fatal(err, serr)
	}

	// The kernel turns stamping on a moment after it is first asked, so
	// the first bytes may come unstamped; a stamped read comes soon after.
	buf, oob := make([]byte, 64), make([]byte, syscall.CmsgSpace(16))
	var now time.Time
	for attempt := 0; ; attempt++ {
		sent := time.Now()
		if _, err := server.Write([]byte("hello")); err != nil {
			t.Fatal(err)
		}
		time.Sleep(60 * time.Millisecond) // the reader is busy elsewhere
		var n, oobn int
		var rerr error
		if err := sc.Read(func(fd uintptr) bool {
			n, oobn, _, _, rerr = syscall.Recvmsg(int(fd), buf, oob, 0)
			return rerr != syscall.EAGAIN
		}); err != nil || rerr != nil {
			t.Fatal(err, rerr)
		}
		now = time.Now()
		if string(buf[:n]) != "hello" {
			t.Fatalf("read %q", buf[:n])
		}
		if oobn == 0 {
			if attempt == 20 {
				t.Fatal("the kernel never stamped an arrival")
			}
			continue
		}
		got := arrival(oob[:oobn], now)
		if got.Before(sent) || got.Sub(sent) > 30*time.Millisecond {
			t.Fatalf("arrival %s after the write, read %s after: want the arrival near the write",
				got.Sub(sent), now.Sub(sent))
		}
		break
	}
	if arrival(nil, now) != now {
		t.Fatal("without a timestamp the read time must stand")
	}
}

// arrival reads the timestamp among other control messages, and falls back
// to the read time on anything malformed rather than trusting it.
func TestArrival_ControlMessages(t *testing.T) {
	now := time.Now()
	at := now.Add(-3 * time.Millisecond)
	msg := func(level, typ int32, data []byte) []byte {
		b := make([]byte, syscall.CmsgSpace(len(data)))
		h := (*syscall.Cmsghdr)(unsafe.Pointer(&b[0]))
		h.Level, h.Type = level, typ
		h.SetLen(syscall.CmsgLen(len(data)))
		copy(b[syscall.CmsgLen(0):], data)
		return b
	}
	stamp := func(t time.Time) []byte {
		b := make([]byte, 16)
		binary.NativeEndian.PutUint64(b[0:8], uint64(t.Unix()))
		binary.NativeEndian.PutUint64(b[8:16], uint64(t.Nanosecond()))
		return b
	}
	ts := msg(syscall.SOL_SOCKET, syscall.SCM_TIMESTAMPNS, stamp(at))
	other := msg(syscall.SOL_IP, 8, []byte{1, 2, 3, 4, 5})
	for _, tc := range []struct {
		name string
		oob  []byte
		want time.Time
	}{
		{"the timestamp alone", ts, at},
		{"after another message", append(append([]byte{}, other...), ts...), at},
		{"none", other, now},
		{"cut short", ts[:20], now},
		{"a length past the end", func() []byte {
			b := append([]byte{}, ts...)
			(*syscall.Cmsghdr)(unsafe.Pointer(&b[0])).SetLen(200)
			return b
		}(), now},
		{"a stamp from the future", msg(syscall.SOL_SOCKET, syscall.SCM_TIMESTAMPNS, stamp(now.Add(time.Hour))), now},
	} {
		if got := arrival(tc.oob, now); !got.Equal(tc.want) {
			t.Errorf("%s: arrival %v, want %v", tc.name, got, tc.want)
		}
	}
}
