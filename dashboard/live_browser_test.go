package dashboard_test

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/clubnight/clubnight/internal/browsertest"
	"github.com/clubnight/clubnight/night"
)

// The live page at a glance, for the member of staff: what needs someone
// now is at the top (problems nobody is on, oldest first; late rides; texts
// to read), done jobs fold away, and a repeat of a problem can be marked
// the same as the first, which stops it being chased twice.
func TestBrowser_LiveAtAGlance(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t), inbox: fakeInbox()})
	p := newPage(t, e, 1280, 900)
	p.signIn("07700 900106", kimPhone)
	p.until(`window.clubnightDash && clubnightDash.connected() && clubnightDash.state()`)

	e.apply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "jos taxi hasnt come", Source: night.FromSMS})
	time.Sleep(20 * time.Millisecond)
	e.apply(night.Command{Type: night.CmdRaise, By: "sam", Kind: night.Spill, Source: night.FromKiosk})
	time.Sleep(20 * time.Millisecond)
	e.apply(night.Command{Type: night.CmdRaise, By: "tom", Kind: night.Taxi, Text: "taxi for jo not here", Source: night.FromSMS})
	e.apply(night.Command{Type: night.CmdClaim, By: "tom", Problem: "p2", Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdRideLate, By: "priya", Ride: "r4", Source: night.FromKiosk})
	for j := 1; j <= 6; j++ {
		e.apply(night.Command{Type: night.CmdDone, By: "tom", Job: j, Source: night.FromKiosk})
	}
	p.until(`document.querySelector('[data-testid="now-problem-p3"]') && document.querySelector('[data-testid="now-ride-r4"]') && document.querySelector('[data-testid="now-texts"]')`)

	// At the top, before everything else: unclaimed problems oldest first,
	// then the late ride, then the texts.
	var order []string
	p.eval(`Array.prototype.map.call(document.querySelectorAll('#needsnow li'), function (li) { return li.getAttribute('data-testid'); })`, &order)
	want := []string{"now-problem-p1", "now-problem-p3", "now-ride-r4", "now-texts"}
	if len(order) != len(want) {
		t.Fatalf("needs someone now lists %v, want %v", order, want)
	}
	for i := range want {
		if order[i] != want[i] {
			t.Fatalf("needs someone now lists %v, want %v", order, want)
		}
	}
	var first bool
	p.eval(`(function () {
		var needs = document.querySelector('[data-testid="needs-now"]').getBoundingClientRect();
		var probs = document.querySelector('[data-testid="problems"]').getBoundingClientRect();
		return needs.top < probs.top && needs.top < innerHeight;
	})()`, &first)
	if !first {
		t.Errorf("needs someone now is not at the top of the page")
	}
	// Done jobs fold away: the setting-up jobs are all done, so they hide.
	var shown bool
	p.eval(`document.querySelector('[data-testid="job-1"]').checkVisibility()`, &shown)
	if shown {
		t.Errorf("a done job is still shown unfolded")
	}
	browsertest.Screenshot(t, p.ctx, "live-at-a-glance")
	p.axe("live at a glance")

	// p3 repeats p1: mark it the same, from the page.
	p.click("same-as-p3")
	p.click("same-p3-p1")
	p.axe("live, marking a problem the same")
	p.click("same-p3")
	p.until(`!document.querySelector('[data-testid="now-problem-p3"]')`)
	pr, _ := e.state(e.night.ID).Problem("p3")
	if pr.Status != night.Sorted || pr.SameAs != "p1" || pr.SortedBy != "kim" {
		t.Fatalf("p3 is %s, same as %q, by %q; want sorted as the same as p1 by kim", pr.Status, pr.SameAs, pr.SortedBy)
	}
	p.until(`document.querySelector('[data-testid="problem-p1"]').innerText.includes('Also raised by Tom.')`)
	p.do(chromedp.Sleep(200 * time.Millisecond))
	p.axe("live after marking the same")
}
