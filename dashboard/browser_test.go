package dashboard_test

// Walks through the dashboard in a real headless Chromium against a real
// hub, /ws and JSON API: signing in with a texted code, a change made
// elsewhere showing up live, acting from the page, editing and copying a
// plan, and the report. Every screen is checked with axe-core under the
// rules of ACCESSIBILITY.md, and screenshots of the live view, the editor
// and the report are saved as artefacts (see browsertest.ArtefactsDir).

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/clubnight/clubnight/dashboard"
	"github.com/clubnight/clubnight/internal/browsertest"
	"github.com/clubnight/clubnight/night"
)

type page struct {
	t   *testing.T
	ctx context.Context
	e   *env
}

func newPage(t *testing.T, e *env, w, h int) *page {
	t.Helper()
	return &page{t: t, ctx: browsertest.NewWithSize(t, w, h), e: e}
}

func (p *page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 15*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		p.t.Fatalf("browser: %v", err)
	}
}

func (p *page) nav(path string) {
	p.t.Helper()
	p.do(chromedp.Navigate(p.e.srv.URL + path))
}

func (p *page) eval(js string, out any) {
	p.t.Helper()
	raw := browsertest.Eval[json.RawMessage](p.t, p.ctx, js)
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			p.t.Fatalf("eval %s: %v", js, err)
		}
	}
}

// until waits for a JavaScript condition to hold.
func (p *page) until(js string) {
	p.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		// A page that is loading has no document to ask yet: try again.
		ctx, cancel := context.WithTimeout(p.ctx, 5*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("(() => { try { return !!("+js+") } catch (e) { return false } })()"))
		cancel()
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			var body string
			p.eval(`(document.querySelector('#feedback') ? 'feedback: ' + document.querySelector('#feedback').innerText + '\n' : '') + (document.querySelector('main') ? document.querySelector('main').innerText.slice(0, 1500) : '')`, &body)
			p.t.Fatalf("timed out waiting for %s\npage: %s", js, body)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (p *page) click(testid string) {
	p.t.Helper()
	p.do(chromedp.Click(chromedp.CSS(`[data-testid="`+testid+`"]`), chromedp.NodeVisible))
}

func (p *page) typeInto(testid, text string) {
	p.t.Helper()
	p.do(chromedp.SendKeys(chromedp.CSS(`[data-testid="`+testid+`"]`), text, chromedp.NodeVisible))
}

// setInput sets a field's value as if typed: the page hears an input event.
func (p *page) setInput(testid, value string) {
	p.t.Helper()
	p.eval(`(() => { const el = document.querySelector('[data-testid="`+testid+`"]'); el.focus(); el.value = `+jsString(value)+
		`; el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true})); return true })()`, nil)
}

func (p *page) axe(name string) {
	p.t.Helper()
	if v := browsertest.Axe(p.t, p.ctx); len(v) > 0 {
		p.t.Errorf("%s: %s", name, browsertest.FormatViolations(v))
	}
}

func (p *page) text(sel string) string {
	p.t.Helper()
	var s string
	p.eval(`(document.querySelector(`+jsString(sel)+`) || {innerText: ''}).innerText`, &s)
	return s
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// signIn signs in through the pages, as a person does, with the code the
// fake texter caught.
func (p *page) signIn(phone, e164 string) {
	p.t.Helper()
	p.nav("/dashboard")
	p.typeInto("phone", phone)
	p.click("send-code")
	p.do(chromedp.WaitVisible(chromedp.CSS(`[data-testid="code"]`)))
	p.typeInto("code", p.e.texts.lastCode(p.t, e164))
	p.click("verify")
	p.do(chromedp.WaitVisible(chromedp.CSS(`[data-testid="me"]`)))
}

func TestBrowser_SignInAndLive(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t), inbox: fakeInbox()})
	p := newPage(t, e, 1280, 900)

	p.nav("/dashboard")
	p.axe("sign-in")
	browsertest.Screenshot(t, p.ctx, "sign-in")
	p.typeInto("phone", "07700 900106")
	p.click("send-code")
	p.do(chromedp.WaitVisible(chromedp.CSS(`[data-testid="code"]`)))
	if s := p.text(`[data-testid="sent"]`); !strings.Contains(s, "6-digit code is on its way") {
		t.Fatalf("code page says %q", s)
	}
	p.axe("code")
	browsertest.Screenshot(t, p.ctx, "code")
	p.typeInto("code", "000000x")
	p.click("verify")
	p.do(chromedp.WaitVisible(chromedp.CSS(`[data-testid="error"]`)))
	p.axe("wrong code")
	p.typeInto("code", e.texts.lastCode(t, kimPhone))
	p.click("verify")
	p.until(`window.clubnightDash && clubnightDash.connected() && clubnightDash.state()`)
	if me := p.text(`[data-testid="me"]`); me != "Kim" {
		t.Fatalf("signed in as %q", me)
	}

	// Things happen elsewhere: the kiosk, texts, another screen.
	e.apply(night.Command{Type: night.CmdCheckIn, By: "tom", Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdCheckIn, By: "sam", Source: night.FromSMS})
	e.apply(night.Command{Type: night.CmdCheckIn, By: "kim", Source: night.FromDashboard})
	e.apply(night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
	p.until(`document.querySelector('[data-testid="job-1"]').textContent.includes('Done by Tom')`)
	e.apply(night.Command{Type: night.CmdDoing, By: "marcus", Job: 2, Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdDone, By: "sam", Job: 3, Source: night.FromSMS})
	e.apply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Jo's taxi has not come", Source: night.FromSMS})
	e.apply(night.Command{Type: night.CmdRaise, By: "sam", Kind: night.Spill, Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdClaim, By: "tom", Problem: "p2", Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdRideLate, By: "priya", Ride: "r4", Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdRideGone, By: "kim", Ride: "r3", Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdOptOut, By: "leon", Source: night.FromSMS})
	p.until(`document.querySelector('[data-testid="problem-p1"]') && document.querySelector('[data-testid="person-leon"]').innerText.includes('No texts')`)
	p.until(`document.querySelector('[data-testid="texts"]').innerText.includes('where is the party')`)
	// The alert went out: the page says to whom, and how wide.
	e.apply(night.Command{Type: night.CmdAlerted, Problem: "p1", Who: []string{"tom", "sam"}, Step: 0, Source: night.FromSystem})
	p.until(`document.querySelector('[data-testid="problem-p1"]').innerText.includes('Texted so far: Tom, Sam. The alert has gone to the team on duty.')`)
	if s := p.text(`[data-testid="sum-committee"]`); !strings.Contains(s, "2 of 2") {
		t.Errorf("committee share says %q, want 2 of 2", s)
	}

	// Acting from the page is recorded under the person signed in.
	p.click("done-4")
	p.until(`document.querySelector('[data-testid="feedback"]').innerText.includes('Job 4')`)
	j, _ := e.state(e.night.ID).Job(4)
	if j.Status != night.Done || j.DoneBy != "kim" {
		t.Fatalf("job 4: %s by %q", j.Status, j.DoneBy)
	}
	n := e.state(e.night.ID)
	if a := n.Activity[len(n.Activity)-1]; a.By != "kim" || a.Source != night.FromDashboard {
		t.Fatalf("recorded as %q from %q", a.By, a.Source)
	}
	// One tap takes it back.
	p.click("feedback-action")
	p.until(`document.querySelector('[data-testid="job-4"]').innerText.includes('Not started')`)
	p.click("done-4")
	p.until(`document.querySelector('[data-testid="job-4"]').textContent.includes('Done by Kim')`)
	p.click("undo")
	p.until(`document.querySelector('[data-testid="job-4"]').innerText.includes('Not started')`)
	p.click("claim-p1")
	p.until(`document.querySelector('[data-testid="problem-p1"]').innerText.includes('Kim is on it')`)
	p.do(chromedp.Sleep(300 * time.Millisecond))

	browsertest.Screenshot(t, p.ctx, "live")
	p.axe("live")

	// Reassign a job from the page.
	p.click("change-who-5")
	p.do(chromedp.Click(chromedp.CSS(`[data-testid="job-5"] input[data-person="sam"]`), chromedp.NodeVisible))
	p.click("assign-5")
	p.until(`document.querySelector('[data-testid="job-5"]').innerText.includes('For Sam and Priya')`)
	p.axe("live after assigning")
}

type (
	inboxFunc = dashboard.InboxFunc
	inboxItem = dashboard.InboxItem
)

func fakeInbox() inboxFunc {
	return func(_ context.Context, _ string) ([]inboxItem, error) {
		at := time.Now().Add(-3 * time.Minute)
		return []inboxItem{
			{Kind: "unknown_number", At: at, From: "+44*******555", Text: "where is the party tonight??"},
			{Kind: "not_understood", At: at, Person: "marcus", Name: "Marcus", Text: "the thing by the door is wobbly"},
			{Kind: "failed", At: at, Person: "leon", Name: "Leon", Detail: "The phone was switched off."},
		}, nil
	}
}

func TestBrowser_PlanEditAndCopy(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t)})
	p := newPage(t, e, 1280, 900)
	p.signIn("07700 900106", kimPhone)

	p.nav("/dashboard/nights")
	p.axe("nights")
	browsertest.Screenshot(t, p.ctx, "nights")
	// Copy this night to start the next.
	p.do(chromedp.SetValue(chromedp.CSS(`#copy-date`), "2027-01-09"))
	p.do(chromedp.SendKeys(chromedp.CSS(`#copy-title`), "January Club Night"))
	p.click("copy")
	p.until(`window.clubnightPlan && clubnightPlan.plan() && clubnightPlan.plan().id === '2027-01-09'`)
	p.until(`document.querySelector('#plan-note').innerText.includes('This is a copy')`)
	p.axe("editor")

	// Change a name, add a job for a new person, save.
	p.setInput("f-title", "January Party")
	p.click("add-people")
	p.do(chromedp.SendKeys(chromedp.CSS(`[data-testid="row-people-7"] input[data-path="people.7.name"]`), "Ann"))
	p.do(chromedp.SendKeys(chromedp.CSS(`[data-testid="row-people-7"] input[type=tel]`), "07700 900444"))
	p.do(chromedp.Click(chromedp.CSS(`[data-testid="row-people-7"] input[data-role="7"][value="committee"]`)))
	p.click("add-jobs")
	p.do(chromedp.SendKeys(chromedp.CSS(`[data-testid="row-jobs-15"] input[data-path="jobs.15.title"]`), "Put up balloons"))
	p.do(chromedp.Click(chromedp.CSS(`[data-testid="row-jobs-15"] input[data-who="jobs.15"][value="ann"]`), chromedp.NodeVisible))
	p.click("save")
	p.until(`document.querySelector('[data-testid="savestate"]').innerText === 'Saved.'`)
	n := e.state("2027-01-09")
	if n.Title != "January Party" || len(n.Jobs) != 16 {
		t.Fatalf("saved %q with %d jobs", n.Title, len(n.Jobs))
	}
	ann, ok := n.Person("ann")
	if !ok || ann.Phone != "+447700900444" || !ann.HasRole(night.RoleCommittee) {
		t.Fatalf("Ann: %+v", ann)
	}
	if j := n.Jobs[15]; j.Title != "Put up balloons" || len(j.Who) != 1 || j.Who[0] != "ann" || j.Phase != night.Setup {
		t.Fatalf("new job: %+v", j)
	}
	// A photo for Sam, from a file.
	photo := filepath.Join(t.TempDir(), "sam.png")
	if err := os.WriteFile(photo, testPNG(900, 700), 0o644); err != nil {
		t.Fatal(err)
	}
	p.do(chromedp.SetUploadFiles(chromedp.CSS(`#ph-people-0`), []string{photo}))
	p.until(`document.querySelector('[data-testid="row-people-0"] img.photo') && document.querySelector('[data-testid="row-people-0"] img.photo').naturalWidth === 512`)
	if sam, _ := e.state("2027-01-09").Person("sam"); !strings.HasPrefix(sam.Photo, "/media/2027-01-09/person/sam.jpg?v=") {
		t.Fatalf("Sam's photo is %q", sam.Photo)
	}
	// Remove a line, then take it back with one tap.
	p.click("remove-timeline-0")
	p.until(`clubnightPlan.plan().timeline.length === 7`)
	p.click("feedback-action")
	p.until(`clubnightPlan.plan().timeline.length === 8 && clubnightPlan.plan().timeline[0].at === '18:00'`)

	// A bad phone number is named, and nothing is saved.
	p.setInput("f-people-7-phone", "99")
	p.click("save")
	p.until(`document.querySelector('[data-testid="plan-errors"]') && document.querySelector('[data-testid="plan-errors"]').innerText.includes('Team member 8')`)
	p.axe("editor with errors")
	browsertest.Screenshot(t, p.ctx, "editor")

	// Make it the live night from the editor.
	p.setInput("f-people-7-phone", "07700 900444")
	p.click("save")
	p.until(`document.querySelector('[data-testid="savestate"]').innerText === 'Saved.'`)
	p.click("golive")
	// It asks first, saying what will happen.
	p.until(`!!document.querySelector('[data-testid="confirm-yes"]') && document.body.innerText.includes('Every kiosk and the live page will show')`)
	p.axe("make live: are you sure")
	browsertest.Screenshot(t, p.ctx, "confirm-live")
	p.click("confirm-yes")
	p.until(`location.pathname === '/dashboard/nights' && document.body.innerText.includes('live night is changed')`)
	if id, _ := e.hub.LiveID(t.Context()); id != "2027-01-09" {
		t.Fatalf("live is %q", id)
	}

	// A new night from nothing.
	p.nav("/dashboard/plan/new")
	p.until(`document.querySelector('[data-testid="f-title"]')`)
	p.axe("new night")
	p.setInput("f-date", "2027-03-06")
	p.typeInto("f-title", "March Club Night")
	p.click("save")
	p.until(`document.querySelector('[data-testid="savestate"]').innerText === 'Saved.'`)
	if n := e.state("2027-03-06"); n.Title != "March Club Night" {
		t.Fatalf("new night %q", n.Title)
	}
}

func TestBrowser_Report(t *testing.T) {
	clock := newFakeClock()
	e := newEnv(t, envOptions{clock: clock.Now, plan: organiserPlan(t)})
	playNight(e, clock)
	p := newPage(t, e, 1280, 900)
	p.signIn("07700 900101", samPhone)
	p.nav("/dashboard/report/" + e.night.ID)
	p.do(chromedp.WaitVisible(chromedp.CSS(`[data-testid="easy"]`)))
	if s := p.text(`[data-testid="easy"]`); !strings.Contains(s, "We did 3 of 15 jobs.") || !strings.Contains(s, "Committee members did 2 of them.") {
		t.Fatalf("Easy Read says %q", s)
	}
	p.axe("report")
	browsertest.Screenshot(t, p.ctx, "report")
	p.nav("/dashboard/kiosk")
	p.axe("kiosk")
	browsertest.Screenshot(t, p.ctx, "kiosk")
	p.nav("/dashboard/help")
	p.axe("help")
}

// A tablet held upright: one column, and still clean.
func TestBrowser_LiveOnATablet(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t)})
	e.apply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Unwell, Source: night.FromSMS})
	e.apply(night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
	p := newPage(t, e, 800, 1280)
	p.signIn("07700 900101", samPhone)
	p.until(`window.clubnightDash && clubnightDash.state() && document.querySelector('[data-testid="problem-p1"]')`)
	p.axe("live on a tablet")
	browsertest.Screenshot(t, p.ctx, "live-tablet")
	p.nav("/dashboard/plan/" + e.night.ID)
	p.until(`window.clubnightPlan && clubnightPlan.plan()`)
	p.axe("editor on a tablet")
}

// fakeResolver records what people said passed-on texts meant.
type fakeResolver struct {
	mu  sync.Mutex
	got []dashboard.Meaning
}

func (f *fakeResolver) ResolveText(_ context.Context, _, itemID string, m dashboard.Meaning, _ string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if itemID != "i1" {
		return "", night.Errorf(night.NotFound, "That text is not on the list any more.")
	}
	f.got = append(f.got, m)
	return "Thanks Marcus. Job 2 is done.", nil
}

func (f *fakeResolver) meanings() []dashboard.Meaning {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]dashboard.Meaning(nil), f.got...)
}

// TestBrowser_SayWhatATextMeant: under "Texts to read", anyone signed in
// chooses what a text nobody understood meant, from plain words, and the
// page says Clubnight will know the words next time.
func TestBrowser_SayWhatATextMeant(t *testing.T) {
	res := &fakeResolver{}
	inbox := func(_ context.Context, _ string) ([]inboxItem, error) {
		it := inboxItem{ID: "i1", Kind: "not_understood", At: time.Now().Add(-time.Minute), Person: "marcus",
			Name: "Marcus", Text: "disco lites r sweet as"}
		it.Resolved = len(res.meanings()) > 0
		return []inboxItem{it}, nil
	}
	e := newEnv(t, envOptions{plan: organiserPlan(t), inbox: inboxFunc(inbox), resolver: res})
	p := newPage(t, e, 1280, 900)
	p.signIn("07700 900106", kimPhone)
	p.until(`document.querySelector('form.resolve select')`)
	p.axe("a text to say the meaning of")
	p.do(chromedp.SetValue(chromedp.CSS(`#meaning-i1`), "done:2"))
	p.do(chromedp.Click(chromedp.CSS(`form.resolve button`), chromedp.NodeVisible))
	p.until(`document.querySelector('[data-testid="feedback"]').innerText.includes('understand these words next time')`)
	if got := res.meanings(); len(got) != 1 || got[0].Kind != "done" || got[0].Job != 2 {
		t.Fatalf("the resolver got %+v", got)
	}
	p.until(`document.querySelector('[data-testid="texts"]').innerText.includes('Clubnight knows these words now')`)
}
