// Package testreal decides what a test does when a real part it needs
// (redis-server, chromium, npm) is missing from the machine: skip with one
// clear line, or, under CLUBNIGHT_REQUIRE_REAL=1 as in CI, fail, so a
// missing install step can never hide behind a skip.
package testreal

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// Env names the environment variable that turns a skip into a failure.
const Env = "CLUBNIGHT_REQUIRE_REAL"

// Required reports whether Env asks for every real part.
func Required() bool {
	v, err := strconv.ParseBool(os.Getenv(Env))
	return err == nil && v
}

// Missing reports a missing prerequisite in one line: a skip, or a failure
// when Required. With a real *testing.T it does not return.
func Missing(t testing.TB, msg string) {
	t.Helper()
	if Required() {
		t.Fatalf("%s; failing because %s=1", msg, Env)
		return
	}
	t.Skipf("%s; skipping (set %s=1 to fail instead)", msg, Env)
}

// Tail returns the last n lines of the log at path, indented, for the
// message of a test whose server would not start.
func Tail(path string, n int) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Sprintf("    (no log: %v)", err)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return fmt.Sprintf("    (%s is empty)", path)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return fmt.Sprintf("--- last lines of %s ---\n    %s", path, strings.Join(lines, "\n    "))
}

// Recorder is a testing.TB that records Skipf and Fatalf instead of
// stopping the test, for testing helpers that skip or fail.
type Recorder struct {
	testing.TB
	DidSkip, DidFail bool
	Msg              string
}

// Helper does nothing.
func (r *Recorder) Helper() {}

// Skipf records a skip.
func (r *Recorder) Skipf(format string, args ...any) {
	r.DidSkip, r.Msg = true, fmt.Sprintf(format, args...)
}

// Fatalf records a failure.
func (r *Recorder) Fatalf(format string, args ...any) {
	r.DidFail, r.Msg = true, fmt.Sprintf(format, args...)
}
