package webasset_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/clubnight/clubnight/webasset"
)

func TestSet(t *testing.T) {
	fsys := fstest.MapFS{
		"static/app.js":  {Data: []byte("console.log('hi')")},
		"static/app.css": {Data: []byte(strings.Repeat("body{color:#000}", 50))},
	}
	s, err := webasset.New(fsys, "/x/assets/", "static/app.js", "static/app.css")
	if err != nil {
		t.Fatal(err)
	}
	js := s.URL("app.js")
	if !strings.HasPrefix(js, "/x/assets/app.") || !strings.HasSuffix(js, ".js") || len(js) != len("/x/assets/app.123456789012.js") {
		t.Fatalf("hashed URL %q", js)
	}
	if s.Size() != len("console.log('hi')")+50*len("body{color:#000}") {
		t.Fatalf("size %d", s.Size())
	}
	get := func(path string, h ...string) *http.Response {
		r := httptest.NewRequest("GET", path, nil)
		for i := 0; i+1 < len(h); i += 2 {
			r.Header.Set(h[i], h[i+1])
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w.Result()
	}
	resp := get(js)
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || string(body) != "console.log('hi')" || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") ||
		!strings.HasPrefix(resp.Header.Get("Content-Type"), "text/javascript") {
		t.Fatalf("%d %q %v", resp.StatusCode, body, resp.Header)
	}
	if resp := get(js, "If-None-Match", resp.Header.Get("ETag")); resp.StatusCode != http.StatusNotModified {
		t.Fatalf("etag: %d", resp.StatusCode)
	}
	css := get(s.URL("app.css"), "Accept-Encoding", "br, gzip")
	if css.Header.Get("Content-Encoding") != "gzip" {
		t.Fatal("gzip not used")
	}
	zr, _ := gzip.NewReader(css.Body)
	plain, _ := io.ReadAll(zr)
	if !bytes.HasPrefix(plain, []byte("body{")) {
		t.Fatal("gzip body wrong")
	}
	if get(s.URL("app.css"), "Accept-Encoding", "gzip;q=0").Header.Get("Content-Encoding") != "" {
		t.Fatal("q=0 refuses gzip")
	}
	old := get("/x/assets/app.000000000000.js")
	if old.StatusCode != 404 || old.Header.Get("Cache-Control") != "no-store" {
		t.Fatalf("unknown hash: %d %s", old.StatusCode, old.Header.Get("Cache-Control"))
	}
	if _, err := webasset.New(fsys, "/x/", "static/missing.js"); err == nil {
		t.Fatal("a missing file must fail at start")
	}
}
