package hub

import (
	"context"
	"errors"
	"io"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/redis/go-redis/v9"
)

// connWatch keeps the store's open connections to Redis, so the hub learns
// that Redis went away the moment the kernel knows, not when the goroutine
// blocked on that connection gets to run (milliseconds, more on a loaded
// machine). In that moment a failover or a Redis restarted without its data
// may already answer on the new connection, and a follower's memory of the
// night would be a position Redis no longer has.
//
// drops counts connections found dropped: by a read that failed, by a
// look at the socket, or closed by the client. A follower trusts its
// memory only while drops is what it was when it last read where the
// night stands in Redis.
type connWatch struct {
	mu    sync.Mutex
	conns map[*watchedConn]struct{}
	drops atomic.Uint64
}

func newConnWatch() *connWatch {
	return &connWatch{conns: map[*watchedConn]struct{}{}}
}

// generation is the number of drops seen so far.
func (w *connWatch) generation() uint64 { return w.drops.Load() }

// recentUse is how long after its last use a connection is still looked
// at. One idle longer in the pool carries nobody's view of a night (a
// follower's connection is always waiting on a read); go-redis checks its
// socket before it is used again.
const recentUse = time.Second

// look asks the kernel about every connection in use (waiting on a read,
// or used in the last recentUse), counts each that is gone and stops
// watching it, and returns the generation afterwards. A socket look is
// one non-blocking system call; it never waits for Redis.
func (w *connWatch) look() uint64 {
	since := time.Now().Add(-recentUse).UnixNano()
	w.mu.Lock()
	for c := range w.conns {
		if !c.reading.Load() && c.used.Load() < since {
			continue
		}
		if socketGone(c.Conn) {
			delete(w.conns, c)
			w.drops.Add(1)
		}
	}
	w.mu.Unlock()
	return w.drops.Load()
}

func (w *connWatch) add(c *watchedConn) {
	w.mu.Lock()
	w.conns[c] = struct{}{}
	w.mu.Unlock()
}

// remove stops watching c and reports whether it was watched.
func (w *connWatch) remove(c *watchedConn) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	_, ok := w.conns[c]
	delete(w.conns, c)
	return ok
}

// DialHook wraps every new connection so it is watched.
func (w *connWatch) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		conn, err := next(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		c := &watchedConn{Conn: conn, w: w}
		c.used.Store(time.Now().UnixNano())
		w.add(c)
		if sc, ok := conn.(syscall.Conn); ok {
			// go-redis checks an idle connection's socket before reusing it;
			// keep that working.
			return &watchedSysConn{watchedConn: c, sys: sc}, nil
		}
		return c, nil
	}
}

// ProcessHook and ProcessPipelineHook change nothing.
func (w *connWatch) ProcessHook(next redis.ProcessHook) redis.ProcessHook { return next }

// ProcessPipelineHook changes nothing.
func (w *connWatch) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return next
}

// watchedConn is a connection to Redis that tells its watch when a read
// finds it dropped and when it is closed.
type watchedConn struct {
	net.Conn
	w       *connWatch
	reading atomic.Bool  // a read is waiting
	used    atomic.Int64 // when a read or write last ended, Unix ns
}

func (c *watchedConn) Read(p []byte) (int, error) {
	c.reading.Store(true)
	n, err := c.Conn.Read(p)
	c.used.Store(time.Now().UnixNano())
	c.reading.Store(false)
	if err != nil && dropErr(err) && c.w.remove(c) {
		c.w.drops.Add(1)
	}
	return n, err
}

func (c *watchedConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.used.Store(time.Now().UnixNano())
	return n, err
}

// Close counts as a drop too, unless the drop was already counted: the
// client closes a connection when it found it broken, or when a Sentinel
// failover moved it to another server (the old master may be cut off
// rather than dead, so its socket says nothing). Closing an idle one
// (after half an hour) costs each follower one look at Redis.
func (c *watchedConn) Close() error {
	if c.w.remove(c) {
		c.w.drops.Add(1)
	}
	return c.Conn.Close()
}

// NetConn returns the connection underneath, as crypto/tls.Conn does.
func (c *watchedConn) NetConn() net.Conn { return c.Conn }

// watchedSysConn is a watchedConn whose socket can be looked at.
type watchedSysConn struct {
	*watchedConn
	sys syscall.Conn
}

func (c *watchedSysConn) SyscallConn() (syscall.RawConn, error) { return c.sys.SyscallConn() }

// dropErr reports whether a read error means the connection is gone (the
// server closed or reset it), rather than a deadline (a Redis that is slow
// or frozen still holds what it held) or this side closing it.
func dropErr(err error) bool {
	if errors.Is(err, net.ErrClosed) || errors.Is(err, os.ErrDeadlineExceeded) {
		return false
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return false
	}
	return errors.Is(err, io.EOF) || errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNABORTED) ||
		errors.Is(err, syscall.EPIPE) || errors.As(err, new(*net.OpError))
}

// socketGone reports whether the kernel says conn's peer closed or reset it.
func socketGone(conn net.Conn) bool {
	for range 8 {
		if sc, ok := conn.(syscall.Conn); ok {
			return rawGone(sc)
		}
		u, ok := conn.(interface{ NetConn() net.Conn })
		if !ok {
			return false
		}
		if conn = u.NetConn(); conn == nil {
			return false
		}
	}
	return false
}
