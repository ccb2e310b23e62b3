package sms_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/clubnight/clubnight/internal/browsertest"
	"github.com/clubnight/clubnight/internal/faketwilio"
	"github.com/clubnight/clubnight/night"
)

func getJSON(t *testing.T, url string, v any) int {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if v != nil {
		if err := json.NewDecoder(res.Body).Decode(v); err != nil {
			t.Fatal(err)
		}
	}
	return res.StatusCode
}

func simSend(t *testing.T, e *Env, person, text string) string {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"person": person, "text": text})
	res, err := http.Post(e.Server.URL+"/sim/api/send", "application/json", strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct {
		Reply string `json:"reply"`
		Error string `json:"error"`
	}
	_ = json.NewDecoder(res.Body).Decode(&out)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("send: %d %s", res.StatusCode, out.Error)
	}
	return out.Reply
}

type simMessages struct {
	Last     int64 `json:"last"`
	Messages []struct {
		N      int64  `json:"n"`
		Person string `json:"person"`
		In     bool   `json:"in"`
		Body   string `json:"body"`
		Kind   string `json:"kind"`
	} `json:"messages"`
}

func TestSim_API(t *testing.T) {
	e := NewEnv(t, EnvOptions{Start: true})
	if !e.SMS.Simulated() {
		t.Fatal("without Twilio settings the simulator must be used")
	}
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "kim"})

	var people struct {
		Night  string `json:"night"`
		People []struct {
			ID, Name, Number string
		} `json:"people"`
	}
	if code := getJSON(t, e.Server.URL+"/sim/api/people", &people); code != 200 || len(people.People) != 7 {
		t.Fatalf("people: %d %+v", code, people)
	}
	for _, p := range people.People {
		if strings.Contains(p.Number, "7700900") {
			t.Fatalf("a full number reached the simulator: %q", p.Number)
		}
	}

	reply := simSend(t, e, "tom", "music stopped")
	if !strings.Contains(reply, "We told Kim") {
		t.Fatalf("reply %q", reply)
	}
	// Tom's phone shows his text and the reply; Kim's phone gets the alert.
	var tom simMessages
	getJSON(t, e.Server.URL+"/sim/api/messages?person=tom&after=0", &tom)
	if len(tom.Messages) != 2 || !tom.Messages[0].In || tom.Messages[1].Body != reply {
		t.Fatalf("tom's phone: %+v", tom)
	}
	Eventually(t, 5*time.Second, "the alert on kim's phone", func() bool {
		var kim simMessages
		getJSON(t, e.Server.URL+"/sim/api/messages?person=kim&after=0", &kim)
		return len(kim.Messages) == 1 && kim.Messages[0].Body == "Problem: music stopped (Tom). Can you help? Reply ON IT."
	})
	var after simMessages
	getJSON(t, e.Server.URL+"/sim/api/messages?after="+itoa(int(tom.Messages[1].N)), &after)
	for _, m := range after.Messages {
		if m.N <= tom.Messages[1].N {
			t.Fatalf("after= returned old texts")
		}
	}

	// A form from another site cannot text as someone.
	res, err := http.Post(e.Server.URL+"/sim/api/send", "application/x-www-form-urlencoded", strings.NewReader("person=tom&text=UNDO"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusUnsupportedMediaType {
		t.Fatalf("form post: %d", res.StatusCode)
	}
	// STOP in the simulator says what happened, and START undoes it.
	if reply := simSend(t, e, "sam", "STOP"); !strings.Contains(reply, "no more texts") {
		t.Fatalf("stop reply %q", reply)
	}
	if p, _ := e.MustNight().Person("sam"); !p.OptedOut {
		t.Fatal("sam not opted out")
	}
	if reply := simSend(t, e, "sam", "start"); !strings.Contains(reply, "again") {
		t.Fatalf("start reply %q", reply)
	}
}

func TestSim_AbsentWithTwilio(t *testing.T) {
	f := faketwilio.New(t)
	e := twilioEnv(t, f, EnvOptions{})
	res, err := http.Get(e.Server.URL + "/sim")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound {
		t.Fatalf("/sim answered %d with Twilio configured", res.StatusCode)
	}
}

// TestSim_Page drives the page in Chromium: choose a person, tap JOBS, see
// the reply; raise a problem and see the alert arrive on another phone.
// axe-core checks it at WCAG 2.2 AA, best practice and 7:1 contrast.
func TestSim_Page(t *testing.T) {
	e := NewEnv(t, EnvOptions{Start: true})
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "kim"})
	ctx := browsertest.New(t)
	axe := func() {
		t.Helper()
		if v := browsertest.Axe(t, ctx); len(v) > 0 {
			t.Fatal(browsertest.FormatViolations(v))
		}
	}
	browsertest.Do(t, ctx, "open", chromedp.Navigate(e.Server.URL+"/sim"), chromedp.WaitVisible(chromedp.CSS(`.person`)))
	axe()
	browsertest.Do(t, ctx, "choose tom", chromedp.Click(chromedp.Search(`//button[contains(., "Tom")]`), chromedp.NodeVisible),
		chromedp.WaitVisible(chromedp.ID("phone")))
	browsertest.Do(t, ctx, "tap JOBS", chromedp.Click(chromedp.CSS(`button[data-text="JOBS"]`), chromedp.NodeVisible))
	browsertest.WaitFor(t, ctx, "the reply", `document.querySelector('#text-list').innerText.includes('your jobs')`)
	texts, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID("text-list")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(texts, "Tom, your jobs: 1 Put out tables and chairs") {
		t.Fatalf("tom's phone shows %q", texts)
	}
	browsertest.Do(t, ctx, "type a problem", chromedp.SendKeys(chromedp.ID("body"), "the music has stopped"),
		chromedp.Click(chromedp.CSS(`.send-btn`), chromedp.NodeVisible))
	browsertest.WaitFor(t, ctx, "the reply", `document.querySelector('#text-list').innerText.includes('We told Kim')`)
	browsertest.WaitFor(t, ctx, "kim's badge", `[...document.querySelectorAll('.person')].some(b => b.innerText.includes('Kim') && b.innerText.includes('1 new'))`)
	browsertest.Screenshot(t, ctx, "tom")
	axe()
	browsertest.Do(t, ctx, "choose kim", chromedp.Click(chromedp.Search(`//button[contains(., "Kim")]`), chromedp.NodeVisible))
	browsertest.WaitFor(t, ctx, "the alert", `document.querySelector('#text-list').innerText.includes('Problem: the music has stopped (Tom)')`)
	// Each text shows once, however the page's polls overlap.
	browsertest.WaitFor(t, ctx, "the alert once", `document.querySelector('#text-list').innerText.split('Problem: the music has stopped (Tom)').length === 2`)
	html, err := chromedp.Run(ctx, chromedp.OuterHTML(chromedp.CSS(`html`)))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(html, "7700900") {
		t.Fatal("a full phone number is on the page")
	}
	browsertest.Screenshot(t, ctx, "kim")
	axe()
}
