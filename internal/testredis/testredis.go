// Package testredis starts real redis-server processes for tests.
//
// Tests in this repository talk to a real Redis, never to a fake. Start runs
// one redis-server and StartCluster runs a three-node Redis Cluster. Each
// server listens on 127.0.0.1 on a free port and keeps its files in a fresh
// directory from t.TempDir, so tests can run in parallel and share nothing.
//
// Every helper calls t.Helper and registers its own cleanup with t.Cleanup:
// a test never stops a server by hand, and a failed test leaves no process
// behind. On Linux the servers also die with the test binary, even when it
// crashes or hits the go test timeout.
//
// # Missing binaries
//
// The helpers need redis-server, and StartCluster also needs redis-cli. Both
// come from the Debian package redis-server. When a binary is missing, the
// test is skipped with one line that says what to install. When the
// environment variable CLUBNIGHT_REQUIRE_REAL is 1 (as in CI), the test fails
// instead, so that a missing binary can never hide behind a skip.
//
// # Example
//
//	func TestRecovery(t *testing.T) {
//		srv := testredis.Start(t, testredis.WithAOF())
//		rdb := srv.Client(t)
//		// ... write through rdb ...
//		srv.Kill()
//		srv.Restart(t) // same port, same data directory
//		// ... check that the data survived ...
//	}
//
// The log of each server (its stdout and stderr) goes to redis.log in
// Server.Dir. When a server fails to start, the failure message includes the
// end of that log.
package testredis

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/internal/testreal"
)

const (
	// startTimeout bounds one attempt to start a server and see it answer.
	startTimeout = 15 * time.Second
	// startAttempts is how often Start picks a new port after a bind failure.
	startAttempts = 5
	// restartWindow is how long Restart retries a port that is still in use.
	restartWindow = 10 * time.Second
	// logName is the name of the log file in Server.Dir.
	logName = "redis.log"
)

// errAddrInUse marks a start that failed because the port was taken.
var errAddrInUse = errors.New("address already in use")

// Need returns the path of the redis-server binary. When it is missing, Need
// skips the test, or fails it when CLUBNIGHT_REQUIRE_REAL=1.
func Need(t testing.TB) string {
	t.Helper()
	return need(t, "redis-server")
}

// NeedCLI returns the path of the redis-cli binary, which StartCluster uses to
// create the cluster. When it is missing, NeedCLI skips the test, or fails it
// when CLUBNIGHT_REQUIRE_REAL=1.
func NeedCLI(t testing.TB) string {
	t.Helper()
	return need(t, "redis-cli")
}

// need looks up a binary of the Debian package redis-server.
func need(t testing.TB, name string) string {
	t.Helper()
	if p, ok := findBinary(name); ok {
		return p
	}
	testreal.Missing(t, fmt.Sprintf("testredis: %s not found (install the Debian package redis-server)", name))
	return ""
}

// findBinary looks for name in PATH and then in the usual system folders,
// which PATH can lack in minimal environments.
func findBinary(name string) (string, bool) {
	if p, err := exec.LookPath(name); err == nil {
		return p, true
	}
	for _, dir := range []string{"/usr/bin", "/usr/sbin", "/usr/local/bin"} {
		p := filepath.Join(dir, name)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0 {
			return p, true
		}
	}
	return "", false
}

// Option changes how Start runs redis-server.
type Option func(*config)

// config holds the settings that the options change.
type config struct {
	aof      bool
	cluster  bool
	sentinel string // "host:port" of the master a sentinel watches
	args     []string
}

// WithAOF turns on the append-only file with an fsync after every write
// (--appendonly yes --appendfsync always), so that every acknowledged write
// survives Kill and Restart.
func WithAOF() Option {
	return func(c *config) { c.aof = true }
}

// WithArgs adds command-line arguments for redis-server, for example
// WithArgs("--maxmemory", "10mb"). They come after the arguments of the
// package, so they can override them.
func WithArgs(args ...string) Option {
	return func(c *config) { c.args = append(c.args, args...) }
}

// withCluster runs the server as a cluster node with its own bus port.
func withCluster() Option {
	return func(c *config) { c.cluster = true }
}

// Server is one redis-server process that a test started. Its port and data
// directory stay the same across Kill and Restart.
type Server struct {
	// Addr is the address of the server, "127.0.0.1:<port>".
	Addr string
	// Port is the TCP port of the server.
	Port int
	// Dir is the data directory of the server (--dir). It holds the AOF
	// files, nodes.conf for a cluster node, and the log file redis.log.
	Dir string

	bin     string
	cfg     config
	busPort int // cluster bus port, or 0

	mu   sync.Mutex
	proc *process // the running process, or nil
}

// process is a started redis-server.
type process struct {
	cmd  *exec.Cmd
	done chan struct{} // closed when the process has exited
	err  error         // the error of cmd.Wait, valid after done closes
}

// Start starts redis-server on 127.0.0.1 on a free port, with a fresh data
// directory and no RDB snapshots (--save ""), and waits until it answers
// PING. If the port is taken before the server binds it, Start tries another
// one. The cleanup of t kills the server.
func Start(t testing.TB, opts ...Option) *Server {
	t.Helper()
	bin := Need(t)
	s := &Server{Dir: t.TempDir(), bin: bin}
	for _, o := range opts {
		o(&s.cfg)
	}
	t.Cleanup(s.Kill)

	var err error
	for range startAttempts {
		var ports []int
		n := 1
		if s.cfg.cluster {
			n = 2
		}
		if ports, err = freePorts(n); err != nil {
			t.Fatalf("testredis: find a free port: %v", err)
		}
		s.Port = ports[0]
		s.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(s.Port))
		if s.cfg.cluster {
			s.busPort = ports[1]
		}
		if err = s.launch(); err == nil {
			return s
		}
		if !errors.Is(err, errAddrInUse) {
			break
		}
	}
	t.Fatalf("testredis: redis-server did not start: %v\n%s", err, s.LogTail())
	return nil
}

// Kill stops the server with SIGKILL, as a crash would, and waits until the
// process has exited. It does nothing when the server is not running.
func (s *Server) Kill() {
	s.mu.Lock()
	p := s.proc
	s.proc = nil
	s.mu.Unlock()
	if p != nil {
		p.kill()
	}
}

// Restart starts the server again on the same port with the same data
// directory and options, and waits until it answers PING. A server that is
// still running is killed first. While the port is still in use, for example
// by a socket in TIME_WAIT, Restart retries for a few seconds.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	s.Kill()
	deadline := time.Now().Add(restartWindow)
	for {
		err := s.launch()
		if err == nil {
			return
		}
		if !errors.Is(err, errAddrInUse) || time.Now().After(deadline) {
			t.Fatalf("testredis: redis-server did not restart on %s: %v\n%s", s.Addr, err, s.LogTail())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// URL returns the URL of database 0, "redis://127.0.0.1:<port>/0".
func (s *Server) URL() string {
	return "redis://" + s.Addr + "/0"
}

// Client returns a new client for database 0. The cleanup of t closes it.
func (s *Server) Client(t testing.TB) *redis.Client {
	t.Helper()
	c := redis.NewClient(&redis.Options{Addr: s.Addr})
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// LogTail returns the last lines of the server log, for failure messages.
func (s *Server) LogTail() string {
	return testreal.Tail(filepath.Join(s.Dir, logName), 30)
}

// args returns the command-line arguments of redis-server.
func (s *Server) args() []string {
	if s.cfg.sentinel != "" {
		return s.sentinelArgs()
	}
	args := []string{
		"--port", strconv.Itoa(s.Port),
		"--bind", "127.0.0.1",
		"--dir", s.Dir,
		"--save", "",
		"--daemonize", "no",
		"--logfile", "",
	}
	if s.cfg.aof {
		args = append(args, "--appendonly", "yes", "--appendfsync", "always")
	}
	if s.cfg.cluster {
		args = append(args,
			"--cluster-enabled", "yes",
			"--cluster-config-file", "nodes.conf",
			"--cluster-node-timeout", "2000",
			"--cluster-port", strconv.Itoa(s.busPort),
		)
	}
	return append(args, s.cfg.args...)
}

// launch starts the process and waits until it answers. The error wraps
// errAddrInUse when the server could not bind its port.
func (s *Server) launch() error {
	logPath := filepath.Join(s.Dir, logName)
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer logf.Close() // the child has its own copy
	fi, err := logf.Stat()
	if err != nil {
		return err
	}
	offset := fi.Size()

	args := s.args()
	fmt.Fprintf(logf, "=== testredis: %s %s\n", s.bin, strings.Join(quoteArgs(args), " "))
	cmd := exec.Command(s.bin, args...)
	cmd.Dir = s.Dir
	cmd.Stdout = logf
	cmd.Stderr = logf
	cmd.SysProcAttr = sysProcAttr()
	p, err := startProcess(cmd)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.proc = p
	s.mu.Unlock()

	if err := waitReady(s.Addr, p, startTimeout); err != nil {
		s.Kill()
		if strings.Contains(readFrom(logPath, offset), "Address already in use") {
			return fmt.Errorf("%w: %v", errAddrInUse, err)
		}
		return err
	}
	return nil
}

// startProcess starts cmd and waits for it in a goroutine that stays locked
// to its OS thread. On Linux the kernel sends the parent-death signal when the
// thread that started the child exits, so the thread must live as long as the
// child (see https://go.dev/issue/27505).
func startProcess(cmd *exec.Cmd) (*process, error) {
	p := &process{cmd: cmd, done: make(chan struct{})}
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		p.err = cmd.Wait()
		close(p.done)
	}()
	if err := <-started; err != nil {
		return nil, err
	}
	return p, nil
}

// kill sends SIGKILL to the process (and anything it forked) and waits until
// it has exited.
func (p *process) kill() {
	select {
	case <-p.done:
		return
	default:
	}
	killProcess(p.cmd.Process)
	<-p.done
}

// exited reports whether the process has exited.
func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// waitReady waits until the process p answers PING on addr. It also checks
// the process id that the server reports, so that another server that holds
// the port cannot be taken for p.
func waitReady(addr string, p *process, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	var err error
	for {
		if p.exited() {
			return fmt.Errorf("redis-server exited: %v", p.err)
		}
		var pid int
		if pid, err = pingPID(addr); err == nil {
			if pid == p.cmd.Process.Pid {
				return nil
			}
			err = fmt.Errorf("%s is served by process %d, not by %d", addr, pid, p.cmd.Process.Pid)
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no PONG from %s within %v: %v", addr, timeout, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// pingPID sends PING and then INFO server over a raw connection, and returns
// the process id of the server once it answers +PONG. A server that still
// loads its data answers -LOADING, which is an error here.
func pingPID(addr string) (int, error) {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return 0, err
	}
	defer conn.Close()
	if err := conn.SetDeadline(time.Now().Add(2 * time.Second)); err != nil {
		return 0, err
	}
	if _, err := conn.Write([]byte("PING\r\nINFO server\r\n")); err != nil {
		return 0, err
	}
	r := bufio.NewReader(conn)
	line, err := r.ReadString('\n')
	if err != nil {
		return 0, err
	}
	if line = strings.TrimSpace(line); line != "+PONG" {
		return 0, fmt.Errorf("PING answered %q", line)
	}
	line, err = r.ReadString('\n')
	if err != nil {
		return 0, err
	}
	n, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(line), "$"))
	if err != nil || !strings.HasPrefix(line, "$") {
		return 0, fmt.Errorf("INFO answered %q", strings.TrimSpace(line))
	}
	buf := make([]byte, n)
	if _, err := io.ReadFull(r, buf); err != nil {
		return 0, err
	}
	for l := range strings.Lines(string(buf)) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(l), "process_id:"); ok {
			return strconv.Atoi(v)
		}
	}
	return 0, errors.New("INFO server has no process_id")
}

// freePorts returns n distinct TCP ports on 127.0.0.1 that were free a moment
// ago. Another process can take one before redis-server binds it, so callers
// retry on a bind failure.
func freePorts(n int) ([]int, error) {
	ports := make([]int, 0, n)
	var lns []net.Listener
	defer func() {
		for _, ln := range lns {
			ln.Close()
		}
	}()
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		lns = append(lns, ln)
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// readFrom returns the content of the file from offset on.
func readFrom(path string, offset int64) string {
	b, err := os.ReadFile(path)
	if err != nil || offset > int64(len(b)) {
		return ""
	}
	return string(b[offset:])
}

// quoteArgs quotes the empty arguments, so that a logged command line can be
// pasted into a shell.
func quoteArgs(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		if a == "" {
			a = `""`
		}
		out[i] = a
	}
	return out
}
