//go:build linux

package loadtest

import (
	"encoding/binary"
	"net"
	"sync"
	"syscall"
	"time"
	"unsafe"
)

// The load generator shares the machine with the hub it measures, so its
// screens must cost as little as they can: on Linux they are read by a
// couple of epoll loops (no goroutine per screen) instead of one gorilla
// reader goroutine each, and the kernel stamps when each event arrives.
// What is measured is then mostly the hub.
const rawSupported = true

type poller struct {
	epfd    int
	mu      sync.Mutex
	screens map[int]*screen
	stop    chan struct{}
	done    chan struct{}
}

func newPoller() (*poller, error) {
	fd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if err != nil {
		return nil, err
	}
	p := &poller{epfd: fd, screens: map[int]*screen{}, stop: make(chan struct{}), done: make(chan struct{})}
	go p.loop()
	return p, nil
}

// add starts reading s's connection.
func (p *poller) add(s *screen, conn net.Conn) error {
	sc, err := conn.(*net.TCPConn).SyscallConn()
	if err != nil {
		return err
	}
	var fd int
	if err := sc.Control(func(f uintptr) { fd = int(f) }); err != nil {
		return err
	}
	s.fd = fd
	if err := stampArrivals(fd); err != nil {
		return err
	}
	p.mu.Lock()
	p.screens[fd] = s
	p.mu.Unlock()
	return syscall.EpollCtl(p.epfd, syscall.EPOLL_CTL_ADD, fd, &syscall.EpollEvent{Events: syscall.EPOLLIN | syscall.EPOLLRDHUP, Fd: int32(fd)})
}

func (p *poller) close() {
	close(p.stop)
	<-p.done
	syscall.Close(p.epfd)
}

func (p *poller) loop() {
	defer close(p.done)
	events := make([]syscall.EpollEvent, 256)
	buf := make([]byte, 64<<10)
	oob := make([]byte, syscall.CmsgSpace(16))
	for {
		select {
		case <-p.stop:
			return
		default:
		}
		n, err := syscall.EpollWait(p.epfd, events, 0)
		if err != nil && err != syscall.EINTR {
			return
		}
		if n == 0 {
			// Look again in a millisecond rather than sleep in the kernel
			// until the next byte: a burst of events is then read in one
			// wake-up, not one each, and the tool takes less of the CPU
			// the hub needs. The kernel stamps each arrival, so waiting
			// to read adds nothing to the latency measured.
			time.Sleep(time.Millisecond)
			continue
		}
		for i := 0; i < n; i++ {
			fd := int(events[i].Fd)
			p.mu.Lock()
			s := p.screens[fd]
			p.mu.Unlock()
			if s == nil {
				continue
			}
			r, oobn, _, _, err := syscall.Recvmsg(fd, buf, oob, 0)
			now := time.Now()
			if r <= 0 {
				if err == syscall.EAGAIN {
					continue
				}
				_ = syscall.EpollCtl(p.epfd, syscall.EPOLL_CTL_DEL, fd, nil)
				p.mu.Lock()
				delete(p.screens, fd)
				p.mu.Unlock()
				s.closed.Store(true)
				continue
			}
			s.feed(buf[:r], arrival(oob[:oobn], now), now)
		}
	}
}

// stampArrivals asks the kernel to stamp when data arrives on fd, so
// latency is measured to the event reaching the screen, not to this tool's
// turn to read it.
func stampArrivals(fd int) error {
	return syscall.SetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_TIMESTAMPNS, 1)
}

// arrival is the kernel's receive timestamp in oob (of the newest data
// read), or now when there is none. It reads the control message in place:
// it runs once per event per screen.
func arrival(oob []byte, now time.Time) time.Time {
	const hdr = syscall.SizeofCmsghdr
	for len(oob) >= hdr {
		h := (*syscall.Cmsghdr)(unsafe.Pointer(&oob[0]))
		size := int(h.Len)
		if size < hdr || size > len(oob) {
			break
		}
		if h.Level == syscall.SOL_SOCKET && h.Type == syscall.SCM_TIMESTAMPNS && size >= hdr+16 {
			sec := int64(binary.NativeEndian.Uint64(oob[hdr : hdr+8]))
			nsec := int64(binary.NativeEndian.Uint64(oob[hdr+8 : hdr+16]))
			if t := time.Unix(sec, nsec); !t.After(now) {
				return t
			}
			break
		}
		oob = oob[min(len(oob), syscall.CmsgSpace(size-hdr)):]
	}
	return now
}

// pong answers a ping on the raw socket.
func (s *screen) pong(payload []byte) {
	_, _ = syscall.Write(s.fd, pongFrame(payload))
}
