package webasset_test

import (
	"io"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/clubnight/clubnight/webasset"
)

// modules is a page of three ES modules: app imports view and state, view
// imports state.
func modules(state string) fstest.MapFS {
	return fstest.MapFS{
		"static/state.js": {Data: []byte(state)},
		"static/view.js":  {Data: []byte("import { S } from './state.js';\nexport function view() { return S; }\n")},
		"static/app.js": {Data: []byte("import {\n  view\n} from './view.js';\nimport { S } from \"./state.js\";\n" +
			"// a comment naming './view.js' is left alone\nview(S);\n")},
	}
}

var modNames = []string{"static/state.js", "static/view.js", "static/app.js"}

func body(t *testing.T, s *webasset.Set, url string) string {
	t.Helper()
	w := httptest.NewRecorder()
	s.ServeHTTP(w, httptest.NewRequest("GET", url, nil))
	if w.Code != 200 {
		t.Fatalf("GET %s: %d", url, w.Code)
	}
	b, _ := io.ReadAll(w.Result().Body)
	return string(b)
}

var specifier = regexp.MustCompile(`from\s*['"]\./([^'"]+)['"]`)

// A module's imports of other files of the set name their hashed files, so
// a browser that resolves them relative to the module's own hashed URL gets
// a file that is served, and cached for ever.
func TestModules_ImportsNameHashedFiles(t *testing.T) {
	s, err := webasset.New(modules("export var S = {};\n"), "/x/assets/", modNames...)
	if err != nil {
		t.Fatal(err)
	}
	app := body(t, s, s.URL("app.js"))
	got := specifier.FindAllStringSubmatch(app, -1)
	if len(got) != 2 {
		t.Fatalf("app.js imports %d files, want 2:\n%s", len(got), app)
	}
	for i, want := range []string{"view.js", "state.js"} {
		if "/x/assets/"+got[i][1] != s.URL(want) {
			t.Errorf("import %d names %q, want the hashed %s", i, got[i][1], s.URL(want))
		}
		body(t, s, "/x/assets/"+got[i][1]) // served
	}
	if !strings.Contains(app, "naming './view.js' is left alone") {
		t.Errorf("only import statements change:\n%s", app)
	}
	if v := body(t, s, s.URL("view.js")); !strings.Contains(v, "'./"+strings.TrimPrefix(s.URL("state.js"), "/x/assets/")+"'") {
		t.Errorf("view.js does not import the hashed state.js:\n%s", v)
	}
	// Size is what is served: the rewritten bodies.
	n := 0
	for _, a := range s.Assets() {
		n += len(body(t, s, s.URL(a.Name)))
	}
	if n != s.Size() {
		t.Errorf("Size %d, served %d", s.Size(), n)
	}
}

// A change to one module gives it, and every module that imports it
// directly or not, a new URL; a module that does not depend on it keeps its
// URL (and its place in the browser's cache).
func TestModules_ChangeOneRenamesItsImporters(t *testing.T) {
	a, err := webasset.New(modules("export var S = {};\n"), "/x/assets/", modNames...)
	if err != nil {
		t.Fatal(err)
	}
	fsys := modules("export var S = { changed: true };\n")
	fsys["static/other.js"] = &fstest.MapFile{Data: []byte("export var other = 1;\n")}
	b, err := webasset.New(fsys, "/x/assets/", append(modNames, "static/other.js")...)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"state.js", "view.js", "app.js"} {
		if a.URL(name) == b.URL(name) {
			t.Errorf("%s kept its URL %s after state.js changed", name, a.URL(name))
		}
	}
	c, err := webasset.New(fsys, "/x/assets/", append(modNames, "static/other.js")...)
	if err != nil {
		t.Fatal(err)
	}
	if b.URL("app.js") != c.URL("app.js") {
		t.Error("the same files must give the same URLs")
	}
}

func TestModules_BadImportsFailAtStart(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"unknown file": {"static/app.js": {Data: []byte("import { x } from './missing.js';\n")}},
		"cycle": {
			"static/app.js":  {Data: []byte("import { b } from './b.js';\nexport var a = 1;\n")},
			"static/b.js":    {Data: []byte("import { a } from './app.js';\nexport var b = 2;\n")},
			"static/misc.js": {Data: []byte("")},
		},
	} {
		names := []string{"static/app.js"}
		if _, ok := fsys["static/b.js"]; ok {
			names = append(names, "static/b.js")
		}
		if _, err := webasset.New(fsys, "/x/", names...); err == nil {
			t.Errorf("%s: want an error at start", name)
		}
	}
}
