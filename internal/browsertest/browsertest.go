// Package browsertest drives a real headless Chromium for tests, and checks
// pages for accessibility problems with axe-core.
//
// New starts a fresh Chromium with its own profile in t.TempDir and returns a
// chromedp context for it. The browser has an overall budget of 60 seconds,
// and the cleanup of t closes it. Screenshot saves a full-page PNG into the
// artefacts folder, and Axe runs axe-core on the current page.
//
//	func TestHomePage(t *testing.T) {
//		ctx := browsertest.New(t)
//		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL)); err != nil {
//			t.Fatal(err)
//		}
//		browsertest.Screenshot(t, ctx, "home")
//		if v := browsertest.Axe(t, ctx); len(v) > 0 {
//			t.Fatal(browsertest.FormatViolations(v))
//		}
//	}
//
// # Missing binaries
//
// New needs Chromium (Debian package chromium), and AxeSource needs npm the
// first time (Debian package npm). When one is missing, the test is skipped
// with one line that says what to install. When the environment variable
// CLUBNIGHT_REQUIRE_REAL is 1 (as in CI), the test fails instead, so that a
// missing binary can never hide behind a skip.
//
// # Files outside the test's temporary directory
//
// axe-core is not part of the repository. AxeSource installs it from npm into
// .cache/axe at the module root on first use, and later runs reuse it. Set
// CLUBNIGHT_AXE_JS to the path of an axe.min.js to use another copy, for
// example on a machine without network access.
//
// Screenshots go to the folder named by CLUBNIGHT_ARTEFACTS, or to
// clubnight-artefacts in the system temporary directory. The repository's
// .gitignore ignores .cache/ and testdata/artefacts/, so neither the
// axe-core install nor artefacts saved inside the repository get committed.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/clubnight/clubnight/internal/testreal"
)

const (
	// artefactsEnv names the environment variable with the artefacts folder.
	artefactsEnv = "CLUBNIGHT_ARTEFACTS"

	// budget is the overall time that one browser of New may run.
	budget = 60 * time.Second
	// closeTimeout bounds the graceful close of the browser in the cleanup.
	closeTimeout = 5 * time.Second

	// DefaultWidth and DefaultHeight are the window size that New uses.
	DefaultWidth  = 1280
	DefaultHeight = 800
)

// Chromium returns the path of the Chromium binary: /usr/bin/chromium, or
// chromium or chromium-browser from PATH. When there is none, Chromium skips
// the test, or fails it when CLUBNIGHT_REQUIRE_REAL=1.
func Chromium(t testing.TB) string {
	t.Helper()
	if isExecutable("/usr/bin/chromium") {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	testreal.Missing(t, "browsertest: chromium not found (install the Debian package chromium)")
	return ""
}

// New starts a headless Chromium with a window of 1280x800 and returns a
// chromedp context for its first tab. See NewWithSize.
func New(t testing.TB) context.Context {
	t.Helper()
	return NewWithSize(t, DefaultWidth, DefaultHeight)
}

// NewWithSize starts a headless Chromium with a window of width x height CSS
// pixels and returns a chromedp context for its first tab.
//
// The browser runs without sandbox (the tests run as root), GPU, QUIC, first
// run screens, background networking, component updates and sync, with a
// fresh profile in t.TempDir. It starts before NewWithSize returns, so that a
// broken browser fails here with its output. The context ends after 60
// seconds, which stops the browser; the cleanup of t closes the browser and
// waits for it to exit.
func NewWithSize(t testing.TB, width, height int) context.Context {
	t.Helper()
	return newBrowser(t, Chromium(t), width, height)
}

// newBrowser starts the browser bin for NewWithSize.
func newBrowser(t testing.TB, bin string, width, height int) context.Context {
	t.Helper()
	dir := t.TempDir()
	profile := filepath.Join(dir, "profile")
	logPath := filepath.Join(dir, "chromium.log")
	logf, err := os.Create(logPath)
	if err != nil {
		t.Fatalf("browsertest: %v", err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-crash-reporter", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(width, height),
		chromedp.CombinedOutput(logf),
	)
	base, cancelBudget := context.WithTimeout(context.Background(), budget)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(base, opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		// Close the browser gracefully, so that its helper processes exit
		// with it, then make sure it is gone.
		cctx, cancel := context.WithTimeout(ctx, closeTimeout)
		_ = chromedp.Cancel(cctx)
		cancel()
		cancelCtx()
		cancelAlloc() // waits for the browser process
		cancelBudget()
		_ = logf.Close()
		// Late writes of helper processes can make the RemoveAll of
		// t.TempDir fail, so remove the profile first, with retries.
		removeAllRetry(profile)
	})

	// An empty action starts the browser and opens the tab.
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("browsertest: start %s: %v\n%s", bin, err, testreal.Tail(logPath, 30))
	}
	return ctx
}

// Screenshot saves a full-page PNG of the current page of ctx as
// "<test name>--<name>.png" in the artefacts folder (see ArtefactsDir), and
// logs its path.
func Screenshot(t testing.TB, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("browsertest: screenshot %q: %v", name, err)
	}
	path := filepath.Join(ArtefactsDir(t), fileName(t.Name())+"--"+fileName(name)+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatalf("browsertest: save screenshot: %v", err)
	}
	t.Logf("browsertest: screenshot %s", path)
}

// ArtefactsDir returns the folder for test artefacts such as screenshots, and
// creates it: $CLUBNIGHT_ARTEFACTS if set, else clubnight-artefacts in the
// system temporary directory.
func ArtefactsDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv(artefactsEnv)
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "clubnight-artefacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("browsertest: create the artefacts folder: %v", err)
	}
	return dir
}

// fileName turns s into a safe file name: letters, digits, '-', '_' and '.'
// stay, everything else becomes '_'.
func fileName(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			return r
		}
		return '_'
	}, s)
	s = strings.Trim(s, ".")
	if s == "" {
		s = "_"
	}
	return s
}

// isExecutable reports whether path is an executable regular file.
func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

// findBinary looks for name in PATH and then in /usr/bin, which PATH can lack
// in minimal environments.
func findBinary(name string) (string, bool) {
	if p, err := exec.LookPath(name); err == nil {
		return p, true
	}
	if p := filepath.Join("/usr/bin", name); isExecutable(p) {
		return p, true
	}
	return "", false
}

// removeAllRetry removes dir, and retries for a short time while processes
// that are about to exit still write into it.
func removeAllRetry(dir string) {
	deadline := time.Now().Add(2 * time.Second)
	for os.RemoveAll(dir) != nil && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
}

// Eval runs js in the page (awaiting a promise it returns) and decodes the
// result as T, failing the test when it throws or takes over 15 seconds.
func Eval[T any](t testing.TB, ctx context.Context, js string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("eval %.200s: %v", js, err)
	}
	return v
}

// Do runs steps in the page, failing the test with what when one fails.
func Do(t testing.TB, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// WaitFor polls js in the page until it is true, failing the test with
// what after 10 seconds.
func WaitFor(t testing.TB, ctx context.Context, what, js string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("waiting for %s: %v", what, err)
	}
}
