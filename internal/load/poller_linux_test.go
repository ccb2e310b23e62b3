//go:build linux

package load

import (
	"net"
	"syscall"
	"testing"
	"time"
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
