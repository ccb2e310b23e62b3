package testredis

import (
	"os"
	"syscall"
)

// sysProcAttr puts redis-server in its own process group, so that killProcess
// also reaches a child that it forked (for an AOF rewrite), and asks the
// kernel to kill it when the test binary dies.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// killProcess sends SIGKILL to the process group of p.
func killProcess(p *os.Process) {
	if err := syscall.Kill(-p.Pid, syscall.SIGKILL); err != nil {
		_ = p.Kill()
	}
}
