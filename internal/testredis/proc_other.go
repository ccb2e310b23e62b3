//go:build !linux

package testredis

import (
	"os"
	"syscall"
)

// sysProcAttr returns nil: outside Linux there is no parent-death signal.
func sysProcAttr() *syscall.SysProcAttr { return nil }

// killProcess sends SIGKILL to p.
func killProcess(p *os.Process) { _ = p.Kill() }
