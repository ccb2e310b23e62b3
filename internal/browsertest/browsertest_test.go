package browsertest

import (
	"bytes"
	"fmt"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/clubnight/clubnight/internal/testreal"
)

// goodPage meets every rule that Axe checks: landmarks, a heading, text at
// 21:1 contrast, an image with alt text and a 48px button.
const goodPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clubnight: tonight</title>
<style>
body { margin: 0; padding: 24px; font: 18px/1.5 sans-serif; color: #000; background: #fff; }
button { min-width: 48px; min-height: 48px; padding: 12px 20px; font-size: 18px; color: #fff; background: #000; border: 2px solid #000; }
</style>
</head>
<body>
<header><p>Clubnight</p></header>
<main>
<h1>Tonight</h1>
<img alt="Clubnight logo" width="48" height="48" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='48' height='48'%3E%3Crect width='48' height='48'/%3E%3C/svg%3E">
<p>Doors open at 22:00.</p>
<button type="button">Join the queue</button>
</main>
</body>
</html>`

// badPage breaks rules on purpose: an image without alt text, text that
// passes the 4.5:1 contrast of AA but fails the 7:1 of AAA, 10px buttons that
// touch, and 30px buttons that pass the default target size of 24px but not
// the 44px of Axe.
const badPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Clubnight: broken</title>
<style>
body { margin: 0; padding: 24px; font: 18px/1.5 sans-serif; color: #000; background: #fff; }
.row { display: flex; gap: 0; margin: 16px 0; }
.row.mid { gap: 4px; }
.tiny { width: 10px; height: 10px; min-width: 0; padding: 0; margin: 0; border: 1px solid #000; background: #fff; }
.mid button { box-sizing: border-box; width: 30px; height: 30px; padding: 0; margin: 0; font-size: 14px; color: #000; background: #fff; border: 1px solid #000; }
</style>
</head>
<body>
<main>
<h1>Broken</h1>
<img width="48" height="48" src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='48' height='48'%3E%3Crect width='48' height='48'/%3E%3C/svg%3E">
<p style="color: #767676">Grey text at 4.54:1.</p>
<div class="row"><button class="tiny" aria-label="one"></button><button class="tiny" aria-label="two"></button><button class="tiny" aria-label="three"></button></div>
<div class="row mid"><button id="mid-a">A</button><button id="mid-b">B</button></div>
</main>
</body>
</html>`

// serve serves the HTML at / and returns the URL. The strict Content
// Security Policy, which allows no script, shows that Axe works on pages
// that forbid scripts, as the pages of the hub do.
func serve(t *testing.T, html string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:")
		fmt.Fprint(w, html)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestAxeAccessiblePageHasNoViolations(t *testing.T) {
	t.Parallel()
	AxeSource(t) // install axe-core before the browser budget starts
	url := serve(t, goodPage)
	ctx := New(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	if v := Axe(t, ctx); len(v) > 0 {
		t.Fatalf("the accessible page has violations:\n%s", FormatViolations(v))
	}
	// A second run on the same page reuses the injected axe-core.
	if v := Axe(t, ctx); len(v) > 0 {
		t.Fatalf("second run:\n%s", FormatViolations(v))
	}
}

func TestAxeFindsViolations(t *testing.T) {
	t.Parallel()
	AxeSource(t)
	url := serve(t, badPage)
	ctx := New(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	violations := Axe(t, ctx)
	report := FormatViolations(violations)
	t.Logf("%s", report)

	byID := map[string]Violation{}
	for _, v := range violations {
		byID[v.ID] = v
	}
	for _, id := range []string{"image-alt", "target-size", "color-contrast-enhanced"} {
		if _, ok := byID[id]; !ok {
			t.Errorf("no %s violation, want one; got:\n%s", id, report)
		}
	}
	// The 30px buttons pass the default of 24px, so their violation shows
	// that the minimum size is 44px.
	var targets []string
	for _, n := range byID["target-size"].Nodes {
		targets = append(targets, n.Target...)
	}
	for _, want := range []string{"#mid-a", "#mid-b"} {
		if !slices.Contains(targets, want) {
			t.Errorf("target-size does not flag %s; flagged %v", want, targets)
		}
	}
	if v := byID["image-alt"]; len(v.Nodes) != 1 || !strings.HasPrefix(v.Nodes[0].HTML, "<img") || v.Impact == "" || v.Help == "" {
		t.Errorf("image-alt violation is incomplete: %+v", v)
	}
	if !strings.Contains(report, "image-alt") || !strings.Contains(report, "#mid-a") {
		t.Errorf("FormatViolations misses details:\n%s", report)
	}
}

func TestScreenshot(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(artefactsEnv, dir)
	url := serve(t, goodPage)
	ctx := NewWithSize(t, 640, 480)
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate: %v", err)
	}
	Screenshot(t, ctx, "good page/1")

	path := filepath.Join(dir, "TestScreenshot--good_page_1.png")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("screenshot not saved: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	if w := img.Bounds().Dx(); w != 640 {
		t.Errorf("screenshot is %d px wide, want 640 (the window width)", w)
	}
}

func TestNewReportsABrokenBrowser(t *testing.T) {
	r := &testreal.Recorder{TB: t}
	start := time.Now()
	newBrowser(r, "/bin/false", 800, 600)
	if !r.DidFail || !strings.Contains(r.Msg, "browsertest: start /bin/false") {
		t.Fatalf("failed=%v msg=%q; want a failure about starting /bin/false", r.DidFail, r.Msg)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("the failure took %v", d)
	}
}

func TestFormatViolations(t *testing.T) {
	if got := FormatViolations(nil); got != "no accessibility violations" {
		t.Errorf("FormatViolations(nil) = %q", got)
	}
	got := FormatViolations([]Violation{{
		ID: "image-alt", Impact: "critical", Help: "Images must have alternative text", HelpURL: "https://example.com/image-alt",
		Nodes: []ViolationNode{{Target: []string{"img"}, HTML: `<img src="x">`, FailureSummary: "Fix any of the following:\n  Element has no alt attribute"}},
	}})
	for _, want := range []string{"1 accessibility violation", "[critical] image-alt", `img  <img src="x">`, "Element has no alt attribute"} {
		if !strings.Contains(got, want) {
			t.Errorf("FormatViolations output lacks %q:\n%s", want, got)
		}
	}
}

func TestModuleRoot(t *testing.T) {
	root := ModuleRoot(t)
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("ModuleRoot = %s, which has no go.mod", root)
	}
	if _, err := os.Stat(filepath.Join(root, "internal", "browsertest")); err != nil {
		t.Fatalf("ModuleRoot = %s, which does not hold internal/browsertest", root)
	}
}
