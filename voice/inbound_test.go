package voice_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/twiliosig"
	"github.com/clubnight/clubnight/voice"
)

func mustSay(t *testing.T, n *Node, want ...string) {
	t.Helper()
	said := n.Said()
	for _, w := range want {
		if !strings.Contains(said, w) {
			t.Fatalf("heard %q\nwant it to contain %q", said, w)
		}
	}
}

func TestInbound_KnownCallerGreetedByName(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	c := e.Call(numbers["tom"])
	if got := strings.Join(c.Last.Verbs(), ","); got != "Gather,Redirect" {
		t.Fatalf("verbs = %s; want Gather,Redirect:\n%s", got, c.Doc)
	}
	mustSay(t, c.Last, "Hi Tom. You have 3 jobs: job 1, Put out tables and chairs; job 4, Set up the bar; job 13, Clean up the hall.",
		"Say what you want to tell us, or press 1 for help.")
	g := c.Last.Find("Gather")
	if g.Attr("input") != "speech dtmf" || g.Attr("language") != "en-GB" || g.Attr("numDigits") != "1" {
		t.Fatalf("gather = %+v", g.Attrs)
	}
	if say := g.Find("Say"); say == nil || say.Attr("language") != "en-GB" {
		t.Fatalf("the greeting is not said inside the Gather in British English:\n%s", c.Doc)
	}
	// The night's own words help the recogniser.
	for _, w := range []string{"Tom", "Priya", "Set up the bar", "Jo", "City Cars", "Raffle"} {
		if !strings.Contains(g.Attr("hints"), w) {
			t.Errorf("hints %q lack %q", g.Attr("hints"), w)
		}
	}
}

func TestInbound_WrongSignatureRefused(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	before := e.MustNight().Seq
	form := url.Values{"CallSid": {"CA0001"}, "From": {numbers["tom"]}, "Digits": {"1"}}
	for _, path := range []string{voice.InboundPath, voice.GatherPath + "?turn=1", voice.PressPath + "?call=x&turn=1", voice.StatusPath + "?call=x"} {
		code, _ := e.post(path, form, twiliosig.Sign("wrong-token", e.Config.PublicURL+path, form))
		if code != http.StatusForbidden {
			t.Errorf("POST %s with a wrong signature = %d; want 403", path, code)
		}
		code, _ = e.post(path, form, "")
		if code != http.StatusForbidden {
			t.Errorf("POST %s unsigned = %d; want 403", path, code)
		}
	}
	if e.MustNight().Seq != before {
		t.Fatalf("a refused webhook changed the night")
	}
}

func TestInbound_UnknownNumberEndsPolitely(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	before := e.MustNight().Seq
	c := e.Call("+447700900555")
	if got := strings.Join(c.Last.Verbs(), ","); got != "Say,Hangup" {
		t.Fatalf("verbs = %s; want Say,Hangup (no hold, no listening):\n%s", got, c.Doc)
	}
	mustSay(t, c.Last, "This line is for the Clubnight team.", "Goodbye.")
	if e.MustNight().Seq != before {
		t.Fatalf("an unknown caller changed the night")
	}
}

func TestInbound_NoNight(t *testing.T) {
	e := NewEnv(t, EnvOptions{NoLive: true})
	c := e.Call(numbers["tom"])
	if got := strings.Join(c.Last.Verbs(), ","); got != "Say,Hangup" {
		t.Fatalf("verbs = %s; want Say,Hangup", got)
	}
	mustSay(t, c.Last, "There is no club night on just now.")
}

func TestGather_SpeechDoneReadBackAndNineTakesBack(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	c := e.Call(numbers["tom"])
	c.Say("the bar is done", 0.93)
	if j, _ := e.MustNight().Job(4); j.Status != night.Done || j.DoneBy != "tom" {
		t.Fatalf("job 4 = %+v; want done by tom", j)
	}
	mustSay(t, c.Last, "Thanks Tom. Job 4, Set up the bar, is done. Press 9 to take that back.", "press 1 for help")
	c.Press("9")
	if j, _ := e.MustNight().Job(4); j.Status != night.Todo {
		t.Fatalf("job 4 = %s after 9; want todo", j.Status)
	}
	mustSay(t, c.Last, "OK Tom. We took that back. Job 4, Set up the bar, is not started.")
}

func TestGather_LowConfidenceAsksFirst(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	c := e.Call(numbers["tom"])
	before := e.MustNight().Seq
	c.Say("the bar is done", 0.31)
	if e.MustNight().Seq != before {
		t.Fatalf("words heard with low confidence changed the night")
	}
	mustSay(t, c.Last, "I think you said: the bar is done. Press 2 if that is right. Or say it again.")
	c.Press("2")
	if j, _ := e.MustNight().Job(4); j.Status != night.Done {
		t.Fatalf("job 4 = %s after confirming; want done", j.Status)
	}
	mustSay(t, c.Last, "Job 4, Set up the bar, is done.")
}

func TestGather_PressOneIsHelpAtOnce(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	c := e.Call(numbers["jade"])
	c.Press("1")
	open := e.MustNight().OpenProblems()
	if len(open) != 1 || open[0].RaisedBy != "jade" || open[0].Status != night.Open {
		t.Fatalf("open problems = %+v; want one raised by jade", open)
	}
	mustSay(t, c.Last, "Thanks Jade. We have told the team you need help.", "call 999", "Press 9 to take that back.")
	// Even in the middle of a question, 1 is help.
	c2 := e.Call(numbers["tom"])
	c2.Say("the bar is done", 0.2)
	c2.Press("1")
	if n := len(e.MustNight().OpenProblems()); n != 2 {
		t.Fatalf("%d open problems; want 2", n)
	}
}

func TestGather_QuestionsAndNegationsChangeNothing(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	c := e.Call(numbers["tom"])
	before := e.MustNight().Seq
	for _, words := range []string{"is the bar done", "the bar is not done yet"} {
		c.Say(words, 0.95)
		if e.MustNight().Seq != before {
			t.Fatalf("%q changed the night", words)
		}
	}
}

func TestGather_NotUnderstoodGoesToTextsToRead(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	c := e.Call(numbers["tom"])
	c.Say("the thing by the stuff is all wonky", 0.95)
	mustSay(t, c.Last, "I could not tell what you meant. A person will look at your words on the screen.")
	items, err := e.SMS.Inbox(context.Background(), e.Night)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Kind != sms.InboxNotUnderstood || items[0].Person != "tom" ||
		items[0].Text != "the thing by the stuff is all wonky" || strings.Contains(items[0].From, "900103") {
		t.Fatalf("inbox = %+v", items)
	}
}

func TestGather_SameTurnTwiceActsOnce(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	c := e.Call(numbers["tom"])
	again := e.Call(numbers["tom"])
	again.SID = c.SID // Twilio retrying the same call's webhook
	again.post(voice.InboundPath, url.Values{})
	if again.Doc != c.Doc {
		t.Fatalf("a retried inbound webhook answered differently")
	}
	path := c.next()
	form := url.Values{"CallSid": {c.SID}, "From": {c.From}, "SpeechResult": {"the bar is done"}, "Confidence": {"0.9"}}
	_, first := e.Post(path, form)
	seq := e.MustNight().Seq
	_, second := e.Post(path, form)
	if first != second || e.MustNight().Seq != seq {
		t.Fatalf("a retried turn was handled twice")
	}
}

func TestGather_SilenceTwiceEnds(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	c := e.Call(numbers["tom"])
	c.Silence()
	mustSay(t, c.Last, "I did not hear anything.")
	c.Silence()
	if got := strings.Join(c.Last.Verbs(), ","); got != "Say,Hangup" {
		t.Fatalf("verbs after two silences = %s", got)
	}
}

func TestGather_UnsureAsksWithKeys(t *testing.T) {
	e := NewEnv(t, EnvOptions{})
	c := e.Call(numbers["tom"])
	before := e.MustNight().Seq
	c.Say("done", 0.9)
	if e.MustNight().Seq != before {
		t.Fatalf("an unclear 'done' changed the night")
	}
	said := c.Last.Said()
	if !strings.Contains(said, "Press 2 for") || !strings.Contains(said, "Press 3 for") || strings.Contains(said, "Press 1 for") {
		t.Fatalf("heard %q; want choices on keys 2 and up (1 stays help)", said)
	}
	// Press 3: the second option.
	second := said[strings.Index(said, "Press 3 for ")+len("Press 3 for "):]
	second = second[:strings.Index(second, ".")]
	c.Press("3")
	n := e.MustNight()
	var done []string
	for _, j := range n.Jobs {
		if j.Status == night.Done {
			done = append(done, j.Title)
		}
	}
	if len(done) != 1 || done[0] != second {
		t.Fatalf("done jobs = %q; want just %q", done, second)
	}
}
