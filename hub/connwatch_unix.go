//go:build linux || darwin || freebsd || netbsd || openbsd

package hub

import "syscall"

// rawGone peeks at the socket without waiting and without taking the
// read lock, which the goroutine blocked on this connection holds: end of
// stream or an error other than "nothing yet" means the peer is gone; a
// reply waiting to be read means it is not.
func rawGone(sc syscall.Conn) bool {
	raw, err := sc.SyscallConn()
	if err != nil {
		return false
	}
	gone := false
	if err := raw.Control(func(fd uintptr) {
		var b [1]byte
		n, _, err := syscall.Recvfrom(int(fd), b[:], syscall.MSG_PEEK|syscall.MSG_DONTWAIT)
		switch {
		case n > 0:
		case err == syscall.EAGAIN || err == syscall.EWOULDBLOCK || err == syscall.EINTR:
		default:
			gone = true
		}
	}); err != nil {
		return false // closed here meanwhile: not a drop
	}
	return gone
}
