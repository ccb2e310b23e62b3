package dashboard_test

import (
	"context"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/clubnight/clubnight/internal/browsertest"
	"github.com/clubnight/clubnight/night"
)

// TestBrowser_OddStateDoesNotBlankThePage is issue 11 point 6: whatever
// lists the hub sends as null or leaves out, the live page keeps showing
// the night and throws nothing.
func TestBrowser_OddStateDoesNotBlankThePage(t *testing.T) {
	e := newEnv(t, envOptions{})
	p := newPage(t, e, 1280, 900)
	ctx, cancel := context.WithTimeout(p.ctx, 15*time.Second)
	defer cancel()
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument,
		cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: browsertest.OddState}); err != nil {
		t.Fatal(err)
	}
	p.signIn("07700 900106", kimPhone)
	p.until(`window.clubnightDash && clubnightDash.connected() && clubnightDash.state()`)
	e.apply(night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
	p.until(`clubnightDash.state().jobs[0].status === 'done'`)
	// The jobs and the team still show.
	p.until(`document.body.innerText.includes('Put out tables and chairs') && document.body.innerText.includes('Marcus')`)
	var errs []string
	p.eval(`window.__errors`, &errs)
	if len(errs) > 0 {
		t.Fatalf("the page threw: %v", errs)
	}
}
