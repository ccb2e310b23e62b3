package testreal_test

import (
	"os"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/internal/testreal"
)

func TestMissingSkipsOrFails(t *testing.T) {
	for env, wantFailed := range map[string]bool{"": false, "0": false, "false": false, "1": true, "true": true} {
		t.Run(testreal.Env+"="+env, func(t *testing.T) {
			t.Setenv(testreal.Env, env)
			r := &testreal.Recorder{TB: t}
			testreal.Missing(r, "redis-server not found")
			if r.DidFail != wantFailed || r.DidSkip == wantFailed {
				t.Fatalf("failed=%v skipped=%v, want failed=%v", r.DidFail, r.DidSkip, wantFailed)
			}
			if strings.Count(r.Msg, "\n") != 0 || !strings.Contains(r.Msg, "redis-server not found") {
				t.Fatalf("want one line naming what is missing, got %q", r.Msg)
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
