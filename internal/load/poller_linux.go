//go:build linux

package load

import (
	"net"
	"sync"
	"syscall"
	"time"
)

// The load generator shares the machine with the hub it measures, so its
// screens must cost as little as they can: on Linux they are read by a
// couple of epoll loops (one read per wake-up, no goroutine per screen)
// instead of one gorilla reader goroutine each. What is measured is then
// mostly the hub.
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
	for {
		select {
		case <-p.stop:
			return
		default:
		}
		n, err := syscall.EpollWait(p.epfd, events, 100)
		if err != nil && err != syscall.EINTR {
			return
		}
		for i := 0; i < n; i++ {
			fd := int(events[i].Fd)
			p.mu.Lock()
			s := p.screens[fd]
			p.mu.Unlock()
			if s == nil {
				continue
			}
			r, err := syscall.Read(fd, buf)
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
			s.feed(buf[:r], now)
		}
	}
}

// pong answers a ping on the raw socket.
func (s *screen) pong(payload []byte) {
	_, _ = syscall.Write(s.fd, pongFrame(payload))
}
