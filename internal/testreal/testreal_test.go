package testreal_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/internal/testreal"
)

// recorder is a testing.TB that records Skip and Fatal instead of stopping
// the goroutine.
type recorder struct {
	testing.TB
	skipped, failed bool
	msg             string
}

func (r *recorder) Helper() {}
func (r *recorder) Skipf(format string, args ...any) {
	r.skipped, r.msg = true, fmt.Sprintf(format, args...)
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed, r.msg = true, fmt.Sprintf(format, args...)
}

func TestMissingSkipsOrFails(t *testing.T) {
	for env, wantFailed := range map[string]bool{"": false, "0": false, "false": false, "1": true, "true": true} {
		t.Run(testreal.Env+"="+env, func(t *testing.T) {
			t.Setenv(testreal.Env, env)
			r := &recorder{TB: t}
			testreal.Missing(r, "redis-server not found")
			if r.failed != wantFailed || r.skipped == wantFailed {
				t.Fatalf("failed=%v skipped=%v, want failed=%v", r.failed, r.skipped, wantFailed)
			}
			if strings.Count(r.msg, "\n") != 0 || !strings.Contains(r.msg, "redis-server not found") {
				t.Fatalf("want one line naming what is missing, got %q", r.msg)
			}
		})
	}
}

func TestTail(t *testing.T) {
	dir := t.TempDir()
	p := dir + "/log"
	if got := testreal.Tail(p, 2); !strings.Contains(got, "no log") {
		t.Fatalf("missing file: %q", got)
	}
	if err := os.WriteFile(p, []byte("one\ntwo\nthree\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := testreal.Tail(p, 2)
	if strings.Contains(got, "one") || !strings.Contains(got, "two\n    three") {
		t.Fatalf("tail: %q", got)
	}
}
