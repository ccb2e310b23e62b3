package testredis

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// SentinelMaster is the master name StartSentinel monitors.
const SentinelMaster = "clubnight"

// StartSentinel starts one Redis Sentinel (redis-server --sentinel) that
// watches master under the name SentinelMaster. Clients given the
// sentinel's address and that name find the master through it.
func StartSentinel(t testing.TB, master *Server) *Server {
	t.Helper()
	bin := Need(t)
	s := &Server{Dir: t.TempDir(), bin: bin, cfg: config{sentinel: master.Addr}}
	t.Cleanup(s.Kill)
	var err error
	for range startAttempts {
		ports, perr := freePorts(1)
		if perr != nil {
			t.Fatalf("testredis: find a free port: %v", perr)
		}
		s.Port = ports[0]
		s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(s.Port))
		if err = s.writeSentinelConf(); err != nil {
			t.Fatalf("testredis: %v", err)
		}
		if err = s.launch(); err == nil {
			return s
		}
		if !errors.Is(err, errAddrInUse) {
			break
		}
	}
	t.Fatalf("testredis: redis sentinel did not start: %v\n%s", err, s.LogTail())
	return nil
}

func (s *Server) sentinelConf() string { return filepath.Join(s.Dir, "sentinel.conf") }

// writeSentinelConf writes the sentinel's config file, which Sentinel
// insists on being able to rewrite.
func (s *Server) writeSentinelConf() error {
	host, port, err := net.SplitHostPort(s.cfg.sentinel)
	if err != nil {
		return err
	}
	conf := fmt.Sprintf("port %d\nbind 127.0.0.1\ndir %s\nsentinel monitor %s %s %s 1\n"+
		"sentinel down-after-milliseconds %s 2000\n", s.Port, s.Dir, SentinelMaster, host, port, SentinelMaster)
	return os.WriteFile(s.sentinelConf(), []byte(conf), 0o644)
}

func (s *Server) sentinelArgs() []string {
	return []string{s.sentinelConf(), "--sentinel", "--daemonize", "no", "--logfile", ""}
}
