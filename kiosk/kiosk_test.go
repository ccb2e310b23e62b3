package kiosk_test

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/kiosk"
)

const testKey = "k-secret-123"

func mustServer(t *testing.T, cfg kiosk.Config) (*kiosk.Handler, *httptest.Server) {
	t.Helper()
	if cfg.CheckKey == nil {
		cfg.CheckKey = func(k string) bool { return k == testKey }
	}
	h, err := kiosk.New(cfg)
	if err != nil {
		t.Fatalf("kiosk.New: %v", err)
	}
	mux := http.NewServeMux()
	h.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return h, srv
}

func mustGet(t *testing.T, url string, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	// Ask for plain bytes unless the test says otherwise.
	if _, ok := hdr["Accept-Encoding"]; !ok {
		req.Header.Set("Accept-Encoding", "identity")
	}
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, string(b)
}

var assetURL = regexp.MustCompile(`/kiosk/assets/[a-z]+\.[0-9a-f]{12}\.(?:js|css)`)

func TestNew_NeedsCheckKey(t *testing.T) {
	if _, err := kiosk.New(kiosk.Config{}); err == nil {
		t.Fatal("New without CheckKey: want an error")
	}
}

func TestIndex(t *testing.T) {
	_, srv := mustServer(t, kiosk.Config{})
	res, body := mustGet(t, srv.URL+"/kiosk", nil)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /kiosk: %d", res.StatusCode)
	}
	for _, want := range []string{`<html lang="en-GB">`, "<title>", "<main", `id="kiosk-config"`, `aria-live="polite"`} {
		if !strings.Contains(body, want) {
			t.Errorf("index lacks %q", want)
		}
	}
	if got := res.Header.Get("Cache-Control"); got != "no-cache" {
		t.Errorf("index Cache-Control = %q, want no-cache", got)
	}
	if got := res.Header.Get("Content-Type"); !strings.HasPrefix(got, "text/html") {
		t.Errorf("index Content-Type = %q", got)
	}
	if got := res.Header.Get("Referrer-Policy"); got != "no-referrer" {
		t.Errorf("Referrer-Policy = %q: the key in the address must not leak", got)
	}
	if strings.Contains(body, "http://") || strings.Contains(body, "https://") {
		t.Error("index names an outside address: no CDNs or outside fonts")
	}
	// Every file of static/ but the page itself, each once: the style sheet
	// and the modules (the entry script and a modulepreload for each other).
	files, err := filepath.Glob(filepath.Join("static", "*.[jc]s*"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(assetURL.FindAllString(body, -1)); n != len(files) || n < 3 {
		t.Errorf("index names %d hashed assets, want %d (static/%v)", n, len(files), files)
	}
}

func TestAssets_HashedAndImmutable(t *testing.T) {
	_, srv := mustServer(t, kiosk.Config{})
	_, body := mustGet(t, srv.URL+"/kiosk", nil)
	for _, u := range assetURL.FindAllString(body, -1) {
		res, b := mustGet(t, srv.URL+u, nil)
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", u, res.StatusCode)
			continue
		}
		if got := res.Header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
			t.Errorf("%s Cache-Control = %q", u, got)
		}
		ct := res.Header.Get("Content-Type")
		if strings.HasSuffix(u, ".js") && !strings.HasPrefix(ct, "text/javascript") ||
			strings.HasSuffix(u, ".css") && !strings.HasPrefix(ct, "text/css") {
			t.Errorf("%s Content-Type = %q", u, ct)
		}
		if len(b) == 0 {
			t.Errorf("%s is empty", u)
		}
		// The same bytes, gzipped, for a client that asks.
		gres, gb := mustGet(t, srv.URL+u, map[string]string{"Accept-Encoding": "gzip"})
		if gres.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: no gzip for a client that accepts it", u)
			continue
		}
		zr, err := gzip.NewReader(strings.NewReader(gb))
		if err != nil {
			t.Fatalf("%s: %v", u, err)
		}
		plain, _ := io.ReadAll(zr)
		if string(plain) != b {
			t.Errorf("%s: gzipped body differs from the plain one", u)
		}
	}
}

func TestAssets_UnknownHash404(t *testing.T) {
	_, srv := mustServer(t, kiosk.Config{})
	for _, p := range []string{
		"/kiosk/assets/app.000000000000.js",
		"/kiosk/assets/app.js",
		"/kiosk/assets/",
		"/kiosk/assets/../kiosk.go",
		"/kiosk/assets/static/app.js",
	} {
		res, _ := mustGet(t, srv.URL+p, nil)
		// The mux answers a path with ".." by redirecting to its clean form,
		// which is outside /kiosk/assets/; anything else must be a 404.
		if res.StatusCode != http.StatusNotFound && !(strings.Contains(p, "..") && res.StatusCode/100 == 3) {
			t.Errorf("GET %s: %d, want 404", p, res.StatusCode)
		}
		if cc := res.Header.Get("Cache-Control"); strings.Contains(cc, "immutable") {
			t.Errorf("GET %s: a 404 must not be cached forever (%q)", p, cc)
		}
	}
}

func TestCheck(t *testing.T) {
	_, srv := mustServer(t, kiosk.Config{})
	cases := []struct {
		name string
		hdr  map[string]string
		want int
		body string
	}{
		{"good key", map[string]string{"X-Kiosk-Key": testKey}, 200, `{"ok":true}`},
		{"wrong key", map[string]string{"X-Kiosk-Key": "nope"}, 401, `{"ok":false}`},
		{"no key", nil, 401, `{"ok":false}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, body := mustGet(t, srv.URL+"/kiosk/api/check", c.hdr)
			if res.StatusCode != c.want || body != c.body {
				t.Errorf("got %d %s, want %d %s", res.StatusCode, body, c.want, c.body)
			}
			if res.Header.Get("Cache-Control") != "no-store" {
				t.Errorf("check answers must not be cached")
			}
		})
	}
	t.Run("key in the address is not enough", func(t *testing.T) {
		res, _ := mustGet(t, srv.URL+"/kiosk/api/check?key="+testKey, nil)
		if res.StatusCode != 401 {
			t.Errorf("got %d, want 401", res.StatusCode)
		}
	})
}

func TestPageWeight(t *testing.T) {
	h, srv := mustServer(t, kiosk.Config{})
	const limit = 150 * 1024
	if w := h.PageWeight(); w <= 0 || w >= limit {
		t.Fatalf("PageWeight = %d bytes, want under %d", w, limit)
	}
	// PageWeight is what a first load really downloads.
	_, body := mustGet(t, srv.URL+"/kiosk", nil)
	total := len(body)
	for _, u := range assetURL.FindAllString(body, -1) {
		_, b := mustGet(t, srv.URL+u, nil)
		total += len(b)
	}
	if total != h.PageWeight() {
		t.Errorf("first load is %d bytes, PageWeight says %d", total, h.PageWeight())
	}
	t.Logf("page weight: %d bytes", h.PageWeight())
}

func TestIndex_Gzip(t *testing.T) {
	_, srv := mustServer(t, kiosk.Config{})
	res, _ := mustGet(t, srv.URL+"/kiosk", map[string]string{"Accept-Encoding": "gzip, deflate"})
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Error("index not gzipped for a client that accepts gzip")
	}
	res, _ = mustGet(t, srv.URL+"/kiosk", map[string]string{"Accept-Encoding": "gzip;q=0"})
	if res.Header.Get("Content-Encoding") == "gzip" {
		t.Error("index gzipped for a client that refused gzip")
	}
}

func TestSymbols(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	svg := `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>`
	for _, n := range []string{"taxi.svg", "bar.svg", "not-a-kiosk-picture.svg"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(svg), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(outside, "secret.svg"), []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A link that points out of the folder must not be followed.
	if err := os.Symlink(filepath.Join(outside, "secret.svg"), filepath.Join(dir, "escape.svg")); err != nil {
		t.Fatal(err)
	}
	_, srv := mustServer(t, kiosk.Config{SymbolsDir: dir})

	t.Run("served", func(t *testing.T) {
		res, body := mustGet(t, srv.URL+"/kiosk/symbols/taxi.svg", nil)
		if res.StatusCode != 200 || body != svg {
			t.Fatalf("GET taxi.svg: %d %q", res.StatusCode, body)
		}
		if ct := res.Header.Get("Content-Type"); ct != "image/svg+xml" {
			t.Errorf("Content-Type = %q", ct)
		}
		if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "sandbox") {
			t.Errorf("symbols need a sandboxing CSP, got %q", csp)
		}
	})
	t.Run("listed in the page", func(t *testing.T) {
		_, body := mustGet(t, srv.URL+"/kiosk", nil)
		if !strings.Contains(body, `"symbols":["bar","taxi"]`) {
			t.Errorf("page config does not list bar and taxi only: %s", regexp.MustCompile(`\{"symbols[^<]*`).FindString(body))
		}
	})
	for _, p := range []string{
		"/kiosk/symbols/../kiosk.go",
		"/kiosk/symbols/..%2fkiosk.go",
		"/kiosk/symbols/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
		"/kiosk/symbols/..%2F" + filepath.Base(outside) + "%2Fsecret.svg",
		"/kiosk/symbols/escape.svg",
		"/kiosk/symbols/notes.txt",
		"/kiosk/symbols/missing.svg",
		"/kiosk/symbols/.svg",
		"/kiosk/symbols/sub/taxi.svg",
	} {
		t.Run("refused "+p, func(t *testing.T) {
			res, body := mustGet(t, srv.URL+p, nil)
			if res.StatusCode == 200 {
				t.Errorf("GET %s: 200 %q, want refused", p, body)
			}
			if strings.Contains(body, "secret") || strings.Contains(body, "package kiosk") {
				t.Errorf("GET %s leaked a file outside the folder", p)
			}
		})
	}
}

func TestSymbols_None(t *testing.T) {
	_, srv := mustServer(t, kiosk.Config{})
	res, _ := mustGet(t, srv.URL+"/kiosk/symbols/taxi.svg", nil)
	if res.StatusCode != 404 {
		t.Errorf("no symbols folder: got %d, want 404", res.StatusCode)
	}
	_, body := mustGet(t, srv.URL+"/kiosk", nil)
	if !strings.Contains(body, `"symbols":[]`) {
		t.Error("page config should list no symbols")
	}
}

func TestNew_BadSymbolsDir(t *testing.T) {
	_, err := kiosk.New(kiosk.Config{CheckKey: func(string) bool { return true }, SymbolsDir: filepath.Join(t.TempDir(), "nope")})
	if err == nil {
		t.Fatal("a symbols folder that does not exist should stop the start")
	}
}

// The page must run on a five-year-old tablet browser: no syntax newer than
// ES2017 that such browsers choke on. Static ES modules are as old as
// ES2017 in browsers (Safari 11, Chrome 61); an import map (Safari 16.4),
// import(), import.meta and top-level await are not, so none is used.
func TestAssets_OldBrowserSyntax(t *testing.T) {
	_, srv := mustServer(t, kiosk.Config{})
	_, body := mustGet(t, srv.URL+"/kiosk", nil)
	if strings.Contains(body, `type="importmap"`) {
		t.Error("the page uses an import map")
	}
	for _, u := range assetURL.FindAllString(body, -1) {
		if !strings.HasSuffix(u, ".js") {
			continue
		}
		_, src := mustGet(t, srv.URL+u, nil)
		if i := strings.Index(src, "*/"); strings.HasPrefix(src, "/*") && i > 0 {
			src = src[i+2:] // the header comment may name what is not used
		}
		for _, bad := range []string{"?.", "??", "import(", "import.meta", "\nawait ", "async "} {
			if strings.Contains(src, bad) {
				t.Errorf("%s uses %q", u, bad)
			}
		}
	}
}

var importOf = regexp.MustCompile(`(?m)^(?:import|export)\b[^;'"]*?['"](\./[^'"]+)['"]`)

// The page is ES modules with no build step: the page names the entry
// module and preloads the rest, and every import inside a module names a
// hashed file that is served, so a browser resolving it relative to the
// module's own URL gets it, cached for ever. Every module is reached.
func TestModules_ImportsResolveToHashedFiles(t *testing.T) {
	_, srv := mustServer(t, kiosk.Config{})
	_, body := mustGet(t, srv.URL+"/kiosk", nil)
	entry := regexp.MustCompile(`<script type="module" src="([^"]+)"></script>`).FindStringSubmatch(body)
	if entry == nil || !assetURL.MatchString(entry[1]) {
		t.Fatalf("the page has no hashed entry module:\n%s", body)
	}
	named := map[string]bool{}
	for _, u := range assetURL.FindAllString(body, -1) {
		named[u] = true
	}
	seen := map[string]bool{}
	var walk func(u string)
	walk = func(u string) {
		if seen[u] {
			return
		}
		seen[u] = true
		res, src := mustGet(t, srv.URL+u, nil)
		if res.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d", u, res.StatusCode)
			return
		}
		for _, m := range importOf.FindAllStringSubmatch(src, -1) {
			dep := path.Join(path.Dir(u), m[1])
			if !assetURL.MatchString(dep) || !named[dep] {
				t.Errorf("%s imports %s: not a hashed file the page preloads", u, m[1])
				continue
			}
			walk(dep)
		}
	}
	walk(entry[1])
	for u := range named {
		if strings.HasSuffix(u, ".js") && !seen[u] {
			t.Errorf("%s is loaded but nothing imports it", u)
		}
	}
	if len(seen) < 10 {
		t.Errorf("the page is %d modules; app.js was to be split by its sections", len(seen))
	}
}
