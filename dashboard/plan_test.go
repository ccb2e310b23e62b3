package dashboard_test

import (
	"bytes"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
)

func TestPlan_CopyStartsFresh(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t)})
	e.apply(night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
	e.apply(night.Command{Type: night.CmdRaise, By: "sam", Kind: night.Spill, Source: night.FromSMS})
	c := e.client()
	c.signIn(samPhone)
	r := c.post("/dashboard/nights/copy", url.Values{"from": {e.night.ID}, "date": {"2027-01-09"}, "title": {"January Club Night"}})
	if r.Status != http.StatusSeeOther || r.Location != "/dashboard/plan/2027-01-09?msg=copied" {
		t.Fatalf("copy: %d %q %s", r.Status, r.Location, snippet(r.Body))
	}
	n := e.state("2027-01-09")
	if n.Title != "January Club Night" || n.Date != "2027-01-09" || len(n.Jobs) != len(e.night.Jobs) {
		t.Fatalf("copy: %q %q %d jobs", n.Title, n.Date, len(n.Jobs))
	}
	if started := len(n.Problems) > 0 || n.Jobs[0].Status != night.Todo || len(n.Activity) != 1; started {
		t.Fatalf("the copy is not fresh: %+v", n.Jobs[0])
	}
	if p, _ := n.Person("kim"); p.Phone != kimPhone {
		t.Fatalf("phones were not copied: %q", p.Phone)
	}
	// The same date again gets its own name.
	c.post("/dashboard/nights/copy", url.Values{"from": {e.night.ID}, "date": {"2027-01-09"}})
	if _, err := e.hub.NightFromRedis(t.Context(), "2027-01-09-2"); err != nil {
		t.Fatalf("second copy on the same date: %v", err)
	}
}

func TestPlan_SaveFromEditor(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t)})
	c := e.client()
	c.signIn(kimPhone)

	t.Run("CreateNew", func(t *testing.T) {
		body := `{"create":true,"plan":{"id":"2027-02-06","title":"February","date":"2027-02-06","venue":"Hall",
			"people":[{"id":"ann","name":"Ann","phone":"07700 900444","roles":["committee","organiser"]}],
			"jobs":[{"id":"chairs","title":"Chairs","phase":"setup","who":["ann"]}],
			"timeline":[{"at":"19:00","title":"Doors open"}],"briefing":[{"title":"Hello","who":["ann"]}],
			"rides":[{"id":"r1","name":"Jo","pickup":"taxi","at":"22:00","note":""}]}}`
		r := c.postJSON("/dashboard/api/plan/2027-02-06", body, true)
		if r.Status != http.StatusOK {
			t.Fatalf("%d %s", r.Status, r.Body)
		}
		n := e.state("2027-02-06")
		if p, _ := n.Person("ann"); p.Phone != "+447700900444" {
			t.Fatalf("phone not normalised: %q", p.Phone)
		}
		if r := c.postJSON("/dashboard/api/plan/2027-02-06", body, true); r.Status != http.StatusConflict {
			t.Fatalf("creating it twice: %d", r.Status)
		}
	})
	t.Run("BadPlanNamesEachProblem", func(t *testing.T) {
		body := `{"plan":{"id":"2027-02-06","title":"","date":"2027-02-06","venue":"",
			"people":[{"id":"ann","name":"Ann","phone":"12","roles":[]}],
			"jobs":[{"id":"x","title":"X","phase":"later","who":["bob"]}],"timeline":[],"briefing":[],"rides":[]}}`
		r := c.postJSON("/dashboard/api/plan/2027-02-06", body, true)
		if r.Status != http.StatusBadRequest {
			t.Fatalf("%d %s", r.Status, r.Body)
		}
		for _, want := range []string{"title is missing", "Team member 1: Phone", "Job 1", `unknown person id \"bob\"`} {
			if !strings.Contains(r.Body, want) {
				t.Errorf("reply lacks %q: %s", want, r.Body)
			}
		}
		if n := e.state("2027-02-06"); n.Title != "February" {
			t.Fatalf("a bad plan changed the night: %q", n.Title)
		}
	})
	t.Run("StartedNightNeedsRestart", func(t *testing.T) {
		e.apply(night.Command{Type: night.CmdDone, By: "tom", Job: 2, Source: night.FromKiosk})
		var got struct {
			Plan night.Plan `json:"plan"`
		}
		_ = json.Unmarshal([]byte(c.get("/dashboard/api/plan/"+e.night.ID).Body), &got)
		got.Plan.Venue = "New venue"
		body, _ := json.Marshal(map[string]any{"plan": got.Plan})
		r := c.postJSON("/dashboard/api/plan/"+e.night.ID, string(body), true)
		if r.Status != http.StatusConflict || !strings.Contains(r.Body, "started") {
			t.Fatalf("%d %s", r.Status, r.Body)
		}
		body, _ = json.Marshal(map[string]any{"plan": got.Plan, "restart": true})
		if r := c.postJSON("/dashboard/api/plan/"+e.night.ID, string(body), true); r.Status != http.StatusOK {
			t.Fatalf("restart: %d %s", r.Status, r.Body)
		}
		if n := e.state(e.night.ID); n.Venue != "New venue" || n.Jobs[1].Status != night.Todo {
			t.Fatalf("%q %s", n.Venue, n.Jobs[1].Status)
		}
	})
}

func TestPlan_ImportFile(t *testing.T) {
	e := newEnv(t, envOptions{plan: organiserPlan(t)})
	c := e.client()
	c.signIn(samPhone) // not an organiser
	p := mustPlan(t, nil)
	p.ID, p.Title = "imported", "Imported night"
	data, _ := json.Marshal(p)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("csrf", c.csrf)
	fw, _ := mw.CreateFormFile("file", "plan.json")
	_, _ = fw.Write(data)
	_ = mw.Close()
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/dashboard/nights/import", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", e.srv.URL)
	if r := c.do(req); r.Status != http.StatusSeeOther {
		t.Fatalf("import: %d %s", r.Status, snippet(r.Body))
	}
	n := e.state("imported")
	for _, pp := range n.People {
		if pp.Phone != "" {
			t.Fatalf("a non-organiser's import kept %s's phone", pp.ID)
		}
	}
	if r := c.post("/dashboard/nights/import", url.Values{"plan": {`{"id":"x"}`}}); r.Status != http.StatusBadRequest ||
		!strings.Contains(r.Body, "Title is missing") {
		t.Fatalf("bad import: %d %s", r.Status, snippet(r.Body))
	}
	// A 5,000-character name is refused, saying so in plain words, as the
	// editor would; nothing is cut short or loaded.
	p.ID, p.People[0].Name = "toolong", strings.Repeat("A", 5000)
	data, _ = json.Marshal(p)
	r := c.post("/dashboard/nights/import", url.Values{"plan": {string(data)}})
	if r.Status != http.StatusBadRequest || !strings.Contains(r.Body, "Team member 1: The name is 5000 characters long; the most is 80") {
		t.Fatalf("a 5,000-character name: %d %s", r.Status, snippet(r.Body))
	}
	if _, err := e.hub.NightFromRedis(t.Context(), "toolong"); night.ErrorCode(err) != night.NotFound {
		t.Fatalf("the plan with a 5,000-character name was loaded: %v", err)
	}
}

func testPNG(w, h int) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.NRGBA{R: uint8(x), G: uint8(y), B: 200, A: 255})
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

func (c *client) upload(path string, data []byte) reply {
	c.t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile("photo", "photo.png")
	_, _ = fw.Write(data)
	_ = mw.Close()
	req, _ := http.NewRequest(http.MethodPost, c.e.srv.URL+path, &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", c.e.srv.URL)
	req.Header.Set("X-CSRF-Token", c.csrf)
	return c.do(req)
}

func TestPhoto(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.signIn(samPhone)
	base := "/dashboard/api/photo/" + e.night.ID

	r := c.upload(base+"/person/sam", testPNG(1000, 500))
	if r.Status != http.StatusOK {
		t.Fatalf("upload: %d %s", r.Status, r.Body)
	}
	var got struct {
		URL   string `json:"url"`
		Saved bool   `json:"saved"`
	}
	_ = json.Unmarshal([]byte(r.Body), &got)
	if !got.Saved || !strings.HasPrefix(got.URL, "/media/"+e.night.ID+"/person/sam.jpg?v=") {
		t.Fatalf("reply %+v", got)
	}
	if p, _ := e.state(e.night.ID).Person("sam"); p.Photo != got.URL {
		t.Fatalf("plan photo %q, want %q", p.Photo, got.URL)
	}
	anon := e.client() // the kiosk has no session: the address is the key
	img := anon.get(got.URL)
	if img.Status != http.StatusOK || img.Header.Get("Content-Type") != "image/jpeg" {
		t.Fatalf("media: %d %s", img.Status, img.Header.Get("Content-Type"))
	}
	cfg, err := jpeg.DecodeConfig(strings.NewReader(img.Body))
	if err != nil || cfg.Width != 512 || cfg.Height != 256 {
		t.Fatalf("stored photo %dx%d (%v), want 512x256", cfg.Width, cfg.Height, err)
	}
	if r := anon.get("/media/" + e.night.ID + "/person/sam.jpg?v=guess"); r.Status != http.StatusNotFound {
		t.Fatalf("wrong v: %d", r.Status)
	}

	if r := c.upload(base+"/job/decks", testPNG(100, 300)); r.Status != http.StatusOK {
		t.Fatalf("job photo: %d %s", r.Status, r.Body)
	}
	if r := c.upload(base+"/person/sam", []byte("not a picture")); r.Status != http.StatusBadRequest {
		t.Fatalf("not a picture: %d", r.Status)
	}
	if r := c.upload(base+"/person/nobody", testPNG(10, 10)); r.Status != http.StatusNotFound {
		t.Fatalf("unknown person: %d", r.Status)
	}
	if r := c.upload(base+"/person/sam", bytes.Repeat([]byte{1}, 5<<20+10)); r.Status != http.StatusBadRequest ||
		!strings.Contains(r.Body, "too big") {
		t.Fatalf("too big: %d %s", r.Status, r.Body)
	}
	c.csrf = "wrong"
	if r := c.upload(base+"/person/sam", testPNG(10, 10)); r.Status != http.StatusForbidden {
		t.Fatalf("without the CSRF token: %d", r.Status)
	}
}
