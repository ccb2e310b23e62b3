//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package hub

import "syscall"

// rawGone cannot look at a socket here; a drop is seen when a read fails.
func rawGone(syscall.Conn) bool { return false }
