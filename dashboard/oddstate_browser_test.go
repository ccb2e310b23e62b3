package dashboard_test

import (
	"context"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/clubnight/clubnight/night"
)

// oddState turns every snapshot and event the page receives into the
// oddest state an older hub or a bad command could have sent: lists as
// null or missing.
const oddState = `
window.__errors = [];
window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });
(function () {
  var WS = window.WebSocket;
  function odd(d) {
    if (d.type === 'snapshot' && d.night) {
      (d.night.jobs || []).forEach(function (j) { j.who = null; });
      (d.night.people || []).forEach(function (p) { p.roles = null; });
      (d.night.briefing || []).forEach(function (b) { b.who = null; });
      delete d.night.problems;
      d.night.rides = null;
    }
    if (d.type === 'event' && d.job) d.job.who = null;
    return d;
  }
  function Odd(url, protocols) {
    var s = protocols ? new WS(url, protocols) : new WS(url);
    var desc = Object.getOwnPropertyDescriptor(WS.prototype, 'onmessage');
    Object.defineProperty(s, 'onmessage', {
      get: function () { return desc.get.call(s); },
      set: function (fn) {
        desc.set.call(s, function (m) {
          var d;
          try { d = JSON.parse(m.data); } catch (e) { return fn.call(s, m); }
          return fn.call(s, new MessageEvent('message', { data: JSON.stringify(odd(d)) }));
        });
      }
    });
    return s;
  }
  Odd.prototype = WS.prototype;
  Odd.CONNECTING = 0; Odd.OPEN = 1; Odd.CLOSING = 2; Odd.CLOSED = 3;
  window.WebSocket = Odd;
})();
`

// TestBrowser_OddStateDoesNotBlankThePage is issue 11 point 6: whatever
// lists the hub sends as null or leaves out, the live page keeps showing
// the night and throws nothing.
func TestBrowser_OddStateDoesNotBlankThePage(t *testing.T) {
	e := newEnv(t, envOptions{})
	p := newPage(t, e, 1280, 900)
	ctx, cancel := context.WithTimeout(p.ctx, 15*time.Second)
	defer cancel()
	if _, err := chromedp.Call(ctx, cdppage.AddScriptToEvaluateOnNewDocument,
		cdppage.AddScriptToEvaluateOnNewDocumentParams{Source: oddState}); err != nil {
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
