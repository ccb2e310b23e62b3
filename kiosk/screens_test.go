package kiosk_test

// A walk through every kiosk screen in headless Chromium against the fake
// hub in devserver_test.go: pairing, a job done and undone, a problem raised
// and claimed, the briefing, home time, the Wi-Fi dropping (taps kept and
// sent exactly once, also across a reload), and the quiet-minute warning.
// It saves a screenshot of each screen for a person to look at:
//
//	KIOSK_SHOTS=/tmp/shots AXE_JS=/path/to/axe.min.js go test ./kiosk -run TestScreens -v
//
// With AXE_JS it also runs axe-core on each screen with the rules of
// ACCESSIBILITY.md. Without chromium it skips (fails when
// CLUBNIGHT_REQUIRE_REAL=1). KIOSK_PORTRAIT=1 walks it at 800x1280.
//
// The browser tests against the real hub live elsewhere.

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/clubnight/clubnight/internal/browsertest"
	"github.com/clubnight/clubnight/night"
)

type walker struct {
	t    *testing.T
	ctx  context.Context
	dir  string
	axe  string
	base string
}

func (w *walker) do(steps ...chromedp.Action[chromedp.Void]) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, 15*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		w.t.Fatalf("browser: %v", err)
	}
}

func (w *walker) eval(js string, out any) {
	w.t.Helper()
	raw := browsertest.Eval[json.RawMessage](w.t, w.ctx, js)
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			w.t.Fatalf("eval %s: %v", js, err)
		}
	}
}

func (w *walker) tap(testid string) {
	w.t.Helper()
	w.do(chromedp.Click(chromedp.CSS(`[data-testid="`+testid+`"]`), chromedp.NodeVisible))
	w.do(chromedp.Sleep(150 * time.Millisecond))
}

func (w *walker) waitFor(testid string) {
	w.t.Helper()
	w.do(chromedp.WaitVisible(chromedp.CSS(`[data-testid="` + testid + `"]`)))
}

func (w *walker) until(js string) {
	w.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var ok bool
		w.eval("!!("+js+")", &ok)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			w.t.Fatalf("timed out waiting for %s", js)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (w *walker) shot(name string) {
	w.t.Helper()
	ctx, cancel := context.WithTimeout(w.ctx, 15*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		w.t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(filepath.Join(w.dir, name+".png"), png, 0o644); err != nil {
		w.t.Fatal(err)
	}
	w.checkAxe(name)
}

func (w *walker) checkAxe(name string) {
	w.t.Helper()
	if w.axe == "" {
		return
	}
	var loaded bool
	w.eval(`typeof axe !== "undefined"`, &loaded)
	if !loaded {
		w.eval(w.axe+";true", nil)
	}
	var res []struct {
		ID    string `json:"id"`
		Help  string `json:"help"`
		Nodes []struct {
			Target  []any  `json:"target"`
			Summary string `json:"failureSummary"`
		} `json:"nodes"`
	}
	w.eval(`(function(){
	  axe.configure({checks:[{id:'target-size',options:{minSize:44}},{id:'target-offset',options:{minOffset:44}}]});
	  return axe.run(document, {runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa','best-practice']},
	    rules:{'color-contrast-enhanced':{enabled:true},'target-size':{enabled:true}}})
	  .then(function(r){return r.violations.map(function(v){return {id:v.id,help:v.help,nodes:v.nodes.slice(0,3).map(function(n){return {target:n.target,failureSummary:n.failureSummary}})}})});
	})()`, &res)
	for _, v := range res {
		for _, n := range v.Nodes {
			w.t.Errorf("axe %s: %s (%s) at %v: %s", name, v.ID, v.Help, n.Target, strings.ReplaceAll(n.Summary, "\n", " "))
		}
	}
}

func post(t *testing.T, url, body string) {
	t.Helper()
	res, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
}

func TestScreens(t *testing.T) {
	if testing.Short() {
		t.Skip("browser walk skipped in -short mode")
	}
	chrome := browsertest.Chromium(t)
	dir := os.Getenv("KIOSK_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var axeJS string
	if p := os.Getenv("AXE_JS"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		axeJS = string(b)
	}
	base, hub, stop := startDev(t, "127.0.0.1:0", os.Getenv("KIOSK_DEV_SYMBOLS"))
	defer stop()

	width, height := 1280, 800
	if os.Getenv("KIOSK_PORTRAIT") == "1" {
		width, height = 800, 1280
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chrome), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(width, height),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true))
	defer cancel()
	ctx, cancel2 := chromedp.NewContext(actx)
	defer cancel2()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height))); err != nil {
		t.Fatal(err)
	}
	w := &walker{t: t, ctx: ctx, dir: dir, axe: axeJS, base: base}

	// Not paired.
	w.do(chromedp.Navigate(base + "/kiosk"))
	w.waitFor("pairing")
	w.shot("00-pairing")

	// Paired: the key leaves the address bar.
	w.do(chromedp.Navigate(base + "/kiosk?key=dev-key"))
	w.waitFor("person-sam")
	var href string
	w.eval(`location.href`, &href)
	if strings.Contains(href, "key=") {
		t.Errorf("key still in the address: %s", href)
	}
	w.eval(`window.__speechLog = []; clubnightKiosk.setClock("19:20"); true`, nil)
	w.shot("01-home")
	var words string
	w.eval(`clubnightKiosk.words("phase-setup")`, &words)
	if words != "Set up: 0 of 6 done." {
		t.Errorf("words of the set-up row = %q", words)
	}
	w.eval(`clubnightKiosk.words("tl-now")`, &words)
	if words != "Now, from 19:15. DJ Sam." {
		t.Errorf("words of now = %q", words)
	}

	// Sam's jobs, one done, with Undo.
	w.tap("person-sam")
	w.waitFor("btn-check-in")
	w.shot("02-sam-jobs")
	w.tap("btn-check-in")
	w.waitFor("confirm")
	w.tap("btn-ok")
	w.waitFor("job-3")
	w.tap("job-3")
	w.waitFor("btn-done")
	w.shot("03-job")
	w.tap("btn-done")
	w.waitFor("btn-undo")
	w.shot("04-done")
	w.until(`clubnightKiosk.outbox().length === 0 && clubnightKiosk.state().jobs[2].status === "done"`)
	w.tap("btn-read-aloud")
	var spoken []struct{ Text, Lang string }
	w.eval(`window.__speechLog`, &spoken)
	if len(spoken) == 0 || spoken[len(spoken)-1].Lang != "en-GB" || !strings.Contains(spoken[len(spoken)-1].Text, "Done") {
		t.Errorf("read aloud: %+v", spoken)
	}
	w.tap("btn-undo")
	w.until(`clubnightKiosk.state().jobs[2].status === "todo" && clubnightKiosk.outbox().length === 0`)
	w.shot("05-after-undo")

	// Get help: what is wrong, then (Sam already chosen) who was told.
	w.tap("btn-help")
	w.waitFor("problem-kind-taxi")
	w.shot("06-help")
	w.tap("problem-kind-taxi")
	w.waitFor("told-message")
	w.until(`document.querySelector('[data-testid="told-message"]').textContent.indexOf("We told") === 0`)
	w.shot("07-told")
	post(t, base+"/dev/apply", `{"type":"claim","by":"kim","problem":"p1","source":"sms"}`)
	w.until(`document.querySelector('[data-testid="told-message"]').textContent === "Kim is coming."`)
	w.shot("08-kim-coming")

	// Home again: a new visit must say who they are.
	w.tap("btn-home")
	w.tap("btn-help")
	w.tap("problem-kind-unwell")
	w.waitFor("person-sam")
	w.shot("09-who")
	w.tap("btn-home")
	w.shot("10-home-problem")

	// Briefing.
	w.tap("btn-briefing")
	w.waitFor("btn-briefed")
	w.shot("11-briefing")
	w.tap("btn-briefed")
	w.waitFor("person-jade")
	w.tap("person-jade")
	w.until(`clubnightKiosk.state().briefing[0].delivered`)
	w.shot("12-briefed")
	w.tap("briefing-next")
	w.shot("13-briefing-2")

	// Near the end: the home-time board and the home-time screen.
	w.tap("btn-home")
	w.eval(`clubnightKiosk.setClock("21:40"); true`, nil)
	w.waitFor("home-board")
	w.shot("14-home-late")
	w.tap("btn-hometime")
	w.waitFor("btn-gone-r1")
	w.tap("btn-late-r3")
	w.waitFor("person-priya")
	w.tap("person-priya")
	w.until(`clubnightKiosk.state().rides[2].status === "late"`)
	w.tap("btn-gone-r1")
	w.until(`clubnightKiosk.state().rides[0].status === "gone" && clubnightKiosk.outbox().length === 0`)
	w.shot("15-hometime")

	// The Wi-Fi drops: banner, a tap kept, sent once when back.
	post(t, base+"/dev/down?s=6", "")
	w.waitFor("banner-offline")
	w.tap("btn-gone-r2")
	var n int
	w.eval(`clubnightKiosk.outbox().length`, &n)
	if n != 1 {
		t.Errorf("outbox while offline = %d, want 1", n)
	}
	w.shot("16-offline")
	w.until(`clubnightKiosk.connected() && clubnightKiosk.outbox().length === 0`)
	w.until(`clubnightKiosk.serverState().rides[1].status === "gone"`)
	if n := hub.count(func(ev *night.Event) bool {
		return ev.Kind == night.CmdRideGone && ev.Ride != nil && ev.Ride.ID == "r2"
	}); n != 1 {
		t.Errorf("ride r2 went home %d times, want exactly 1", n)
	}
	w.shot("17-back-online")

	// Offline again, a tap, then the page is reloaded: the night shows from
	// what the tablet kept, and the tap still goes exactly once.
	post(t, base+"/dev/down?s=6", "")
	w.waitFor("banner-offline")
	w.tap("btn-gone-r4")
	w.do(chromedp.Navigate(base + "/kiosk"))
	w.waitFor("btn-home")
	w.eval(`clubnightKiosk.outbox().length`, &n)
	if n != 1 {
		t.Errorf("outbox after a reload = %d, want 1", n)
	}
	w.until(`clubnightKiosk.connected() && clubnightKiosk.outbox().length === 0`)
	w.until(`clubnightKiosk.serverState().rides[3].status === "gone"`)
	if n := hub.count(func(ev *night.Event) bool {
		return ev.Kind == night.CmdRideGone && ev.Ride != nil && ev.Ride.ID == "r4"
	}); n != 1 {
		t.Errorf("ride r4 went home %d times, want exactly 1", n)
	}

	// Jade has six jobs: all on her page, with no "More" to find.
	w.tap("btn-home")
	w.tap("person-jade")
	w.waitFor("job-15")
	w.waitFor("job-1")
	w.shot("20-jade-jobs")
	w.tap("btn-home")
	w.waitFor("person-leon")
	var more bool
	w.eval(`!!document.querySelector('[data-testid="btn-more"]')`, &more)
	if more {
		t.Errorf("Home hides people behind a More button")
	}
	w.shot("21-whole-team")

	// A quiet minute.
	w.tap("btn-home")
	w.tap("person-tom")
	w.eval(`clubnightKiosk.idleNow(); true`, nil)
	w.waitFor("btn-still-here")
	w.shot("18-idle")
	w.tap("btn-still-here")

	// A key that is not right.
	w.do(chromedp.Navigate(base + "/kiosk?key=wrong"))
	w.waitFor("pairing")
	w.shot("19-bad-key")
}
