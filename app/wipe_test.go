package app_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// personal are the strings of the wiped night that must be gone from
// everywhere the hub keeps anything.
var personal = []string{"Oak Lane", "AB1 2CD", "gate code 4321", "Birch Close", "7700900199", "Zara Quince"}

const wipedPlan = `{"id":"2026-10-03","title":"October","date":"2026-10-03","venue":"Hall",
 "people":[{"id":"kim","name":"Kim","phone":"07700 900106","roles":["staff","organiser"]},
           {"id":"zara","name":"Zara","phone":"07700 900199","roles":[]}],
 "jobs":[{"id":"a","title":"Tables","phase":"setup","who":["kim"]}],
 "timeline":[],"briefing":[],
 "rides":[{"id":"r1","name":"Zara Quince","pickup":"Dad, 22 Oak Lane, AB1 2CD","at":"22:00","note":"gate code 4321"}]}`

const nextPlan = `{"id":"2026-12-05","title":"December","date":"2026-12-05","venue":"Hall",
 "people":[{"id":"kim","name":"Kim","phone":"07700 900106","roles":["staff","organiser"]}],
 "jobs":[],"timeline":[],"briefing":[],"rides":[]}`

// TestWipe_LeavesNothingPersonal is issue 11 point 9: after a wipe, no
// address, ride note, phone number or text of that night is left in Redis
// or the embedded store's backup, and the report keeps no pickup.
func TestWipe_LeavesNothingPersonal(t *testing.T) {
	a := startApp(t)
	go func() { _ = a.Serve() }()
	base := a.URL()
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	do := func(method, path, body string, hdr ...string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		res, err := c.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	bearer := []string{"Authorization", "Bearer " + adminToken}
	for _, step := range []struct{ method, path, body string }{
		{"PUT", "/api/nights/2026-10-03", wipedPlan},
		{"POST", "/api/nights/2026-10-03/live", ""},
		{"POST", "/api/nights/2026-10-03/commands", `{"type":"raise","by":"zara","text":"Zara Quince is at 22 Oak Lane"}`},
	} {
		if code, body := do(step.method, step.path, step.body, bearer...); code != http.StatusOK {
			t.Fatalf("%s %s: %d %s", step.method, step.path, code, body)
		}
	}
	// A text nobody understands goes to the night's inbox word for word.
	if code, body := do("POST", "/sim/api/send", `{"person":"zara","text":"Jo lives at 9 Birch Close"}`, "Content-Type", "application/json"); code != http.StatusOK {
		t.Fatalf("sim send: %d %s", code, body)
	}
	for _, step := range []struct{ method, path, body string }{
		{"PUT", "/api/nights/2026-12-05", nextPlan},
		{"POST", "/api/nights/2026-12-05/live", ""},
	} {
		if code, body := do(step.method, step.path, step.body, bearer...); code != http.StatusOK {
			t.Fatalf("%s %s: %d %s", step.method, step.path, code, body)
		}
	}
	// Sign in with the admin token and wipe October.
	csrf := regexp.MustCompile(`name="csrf" value="([^"]+)"`)
	form := func(path string, vals url.Values) (int, string) {
		_, page := do("GET", "/dashboard/nights", "")
		if m := csrf.FindStringSubmatch(page); m == nil {
			_, page = do("GET", "/dashboard", "")
			vals.Set("csrf", csrf.FindStringSubmatch(page)[1])
		} else {
			vals.Set("csrf", m[1])
		}
		return do("POST", path, vals.Encode(), "Content-Type", "application/x-www-form-urlencoded", "Origin", base)
	}
	if code, body := form("/dashboard/signin/token", url.Values{"token": {adminToken}}); code != http.StatusSeeOther {
		t.Fatalf("sign in: %d %s", code, body)
	}
	if code, body := form("/dashboard/nights/wipe", url.Values{"night": {"2026-10-03"}, "confirm": {"yes"}}); code != http.StatusSeeOther {
		t.Fatalf("wipe: %d %s", code, body)
	}

	// Every value of every key in the store.
	ctx := t.Context()
	rdb := a.Hub.Store().Client()
	keys, err := rdb.Keys(ctx, "*").Result()
	if err != nil {
		t.Fatal(err)
	}
	var all bytes.Buffer
	for _, k := range keys {
		typ, _ := rdb.Type(ctx, k).Result()
		var v any
		switch typ {
		case "string":
			v, _ = rdb.Get(ctx, k).Result()
		case "list":
			v, _ = rdb.LRange(ctx, k, 0, -1).Result()
		case "hash":
			v, _ = rdb.HGetAll(ctx, k).Result()
		case "set":
			v, _ = rdb.SMembers(ctx, k).Result()
		case "zset":
			v, _ = rdb.ZRange(ctx, k, 0, -1).Result()
		case "stream":
			v, _ = rdb.XRange(ctx, k, "-", "+").Result()
		}
		data, _ := json.Marshal(v)
		all.WriteString(k + " " + string(data) + "\n")
	}
	for _, s := range personal {
		for _, line := range strings.Split(all.String(), "\n") {
			if strings.Contains(line, s) {
				t.Errorf("after the wipe, Redis still holds %q: %.300s", s, line)
			}
		}
	}
	// And the embedded store's backup files, once they are written.
	deadline := time.Now().Add(10 * time.Second)
	for {
		var found []string
		files, _ := filepath.Glob(filepath.Join(a.Config.DataDir, "*"))
		for _, f := range files {
			data, _ := os.ReadFile(f)
			for _, s := range personal {
				if bytes.Contains(data, []byte(s)) {
					found = append(found, filepath.Base(f)+": "+s)
				}
			}
		}
		if len(found) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the backup still holds %v", found)
		}
		time.Sleep(200 * time.Millisecond)
	}
	// The report is still there, without the pickup.
	if code, body := do("GET", "/dashboard/report/2026-10-03.csv", ""); code != http.StatusOK || strings.Contains(body, "Oak Lane") {
		t.Fatalf("report: %d %s", code, body)
	}
}
