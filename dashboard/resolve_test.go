package dashboard_test

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/dashboard"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/twiliosig"
)

// realTexts is the real SMS service on the dashboard's hub, with its signed
// webhook on its own server. The dashboard is built before the service, so
// it reaches it through this late-bound adapter.
type realTexts struct {
	svc   *sms.Service
	srv   *httptest.Server
	cfg   *config.Config
	token string
}

func (r *realTexts) Inbox(ctx context.Context, nightID string) ([]dashboard.InboxItem, error) {
	items, err := r.svc.Inbox(ctx, nightID)
	out := make([]dashboard.InboxItem, len(items))
	for i, it := range items {
		out[i] = dashboard.InboxItem(it)
	}
	return out, err
}

func (r *realTexts) ResolveText(ctx context.Context, nightID, itemID string, m dashboard.Meaning, by string) (string, error) {
	in := understand.Intent{Kind: understand.Kind(m.Kind), Job: m.Job, ProblemKind: night.ProblemKind(m.ProblemKind)}
	res, err := r.svc.Resolve(ctx, nightID, itemID, in, by)
	return res.Reply, err
}

// text sends body from e164 through the signed webhook and returns the reply.
func (r *realTexts) text(t *testing.T, e164, body string) string {
	t.Helper()
	form := url.Values{"From": {e164}, "To": {"+447700900999"}, "Body": {body},
		"MessageSid": {"SM" + strings.Repeat("0", 20) + time.Now().Format("150405.000000")[7:] + strings.Repeat("1", 6)},
		"AccountSid": {"AC0123456789abcdef0123456789abcdef"}}
	req, _ := http.NewRequest(http.MethodPost, r.srv.URL+sms.InboundPath, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Twilio-Signature", twiliosig.Sign(r.token, r.cfg.PublicURL+sms.InboundPath, form))
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	var doc struct {
		XMLName  xml.Name `xml:"Response"`
		Messages []string `xml:"Message"`
	}
	if res.StatusCode != http.StatusOK || xml.Unmarshal(data, &doc) != nil || len(doc.Messages) != 1 {
		t.Fatalf("text %q: %d %s", body, res.StatusCode, data)
	}
	return doc.Messages[0]
}

// TestDashboard_ResolveTeachesWords: a text nobody understood is passed on
// to "Texts to read"; a committee member says on the dashboard what it
// meant, once; then the same words from another member, about another
// person, are understood without anyone reading them.
func TestDashboard_ResolveTeachesWords(t *testing.T) {
	rt := &realTexts{token: "test-auth-token-123"}
	e := newEnv(t, envOptions{inbox: rt, resolver: rt})
	mux := http.NewServeMux()
	rt.srv = httptest.NewServer(mux)
	t.Cleanup(rt.srv.Close)
	rt.cfg = &config.Config{PublicURL: rt.srv.URL, TwilioAuthToken: rt.token, SMSRate: 1000, SMSPer: time.Minute}
	svc, err := sms.New(sms.Options{Hub: e.hub, Config: rt.cfg, Location: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	rt.svc = svc
	svc.Register(mux)
	const tom, priya = "+447700900103", "+447700900102"
	words := "%s says the bogs are minging"

	// 1. Nobody can read it: it is passed on, and nothing changes.
	before := e.state(e.night.ID)
	reply := rt.text(t, tom, strings.Replace(words, "%s", "Jade", 1))
	if !strings.Contains(reply, "read it") {
		t.Fatalf("want the text passed on, got %q", reply)
	}
	if n := e.state(e.night.ID); n.Seq != before.Seq {
		t.Fatalf("a text nobody understood changed the night")
	}

	// 2. Jade, a committee member, reads it on the dashboard and says it
	// is a problem of the other kind.
	c := e.client()
	c.signIn("+447700900104")
	inbox := c.get("/dashboard/api/inbox")
	var got struct {
		Items []dashboard.InboxItem `json:"items"`
	}
	if err := json.Unmarshal([]byte(inbox.Body), &got); err != nil || len(got.Items) != 1 || got.Items[0].ID == "" {
		t.Fatalf("inbox: %d %s", inbox.Status, inbox.Body)
	}
	me := c.get("/dashboard/api/me")
	var m struct{ CSRF string }
	_ = json.Unmarshal([]byte(me.Body), &m)
	c.csrf = m.CSRF
	body := `{"night":"` + e.night.ID + `","id":"` + got.Items[0].ID + `","meaning":{"kind":"problem","problem_kind":"other"}}`
	if r := c.postJSON("/dashboard/api/inbox/resolve", body, true); r.Status != http.StatusOK {
		t.Fatalf("resolve: %d %s", r.Status, r.Body)
	}
	n := e.state(e.night.ID)
	if len(n.Problems) != 1 || n.Problems[0].Kind != night.Other || n.Problems[0].RaisedBy != "tom" {
		t.Fatalf("resolving did not raise Tom's problem: %+v", n.Problems)
	}
	// Saying it twice does nothing more.
	if r := c.postJSON("/dashboard/api/inbox/resolve", body, true); r.Status != http.StatusConflict {
		t.Fatalf("resolve again: %d %s", r.Status, r.Body)
	}
	if r := c.get("/dashboard/api/inbox"); !strings.Contains(r.Body, `"resolved":true`) {
		t.Fatalf("the item is not shown as read: %s", r.Body)
	}

	// 3. Priya texts the same words about someone else: understood.
	reply = rt.text(t, priya, strings.Replace(words, "%s", "Marcus", 1))
	n = e.state(e.night.ID)
	if len(n.Problems) != 2 || n.Problems[1].Kind != night.Other || n.Problems[1].RaisedBy != "priya" {
		t.Fatalf("the same words were not understood: %q, problems %+v", reply, n.Problems)
	}
	if strings.Contains(reply, "read it") {
		t.Fatalf("passed on again: %q", reply)
	}
	items, _ := rt.svc.Inbox(context.Background(), e.night.ID)
	if len(items) != 1 {
		t.Fatalf("want only the first text on the list, have %d", len(items))
	}

	// A bad choice changes nothing and says why in plain words.
	bad := `{"night":"` + e.night.ID + `","id":"` + got.Items[0].ID + `","meaning":{"kind":"fly"}}`
	if r := c.postJSON("/dashboard/api/inbox/resolve", bad, true); r.Status < 400 || r.Status >= 500 {
		t.Fatalf("bad meaning: %d %s", r.Status, r.Body)
	}
	// Without the CSRF token, nothing happens.
	if r := c.postJSON("/dashboard/api/inbox/resolve", body, false); r.Status != http.StatusForbidden {
		t.Fatalf("no csrf: %d", r.Status)
	}
}
