// Package webasset serves a page's embedded files under content-hashed
// names ("app.3f9a1c2b7d.js") with long, immutable caching, an ETag, and
// gzip for browsers that take it. The kiosk, the dashboard and the SMS
// simulator share it, so a changed file always gets a new URL and an old
// or unknown one is never served.
package webasset

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Asset is one embedded file.
type Asset struct {
	Name   string // app.js
	Hashed string // app.3f9a1c2b7d.js
	Type   string // Content-Type
	Body   []byte
	Gzip   []byte
	ETag   string
}

// Set is the assets of one page, served under one URL prefix.
type Set struct {
	prefix   string
	byName   map[string]*Asset
	byHashed map[string]*Asset
	order    []*Asset
}

// New reads names from fsys (paths inside it, such as "static/app.js") and
// serves each under prefix + its hashed base name.
//
// A JavaScript module among them may import another file of the set by its
// plain name (import { S } from './state.js'). The served copy names the
// hashed file instead, so the browser resolves it, relative to the module's
// own hashed URL, to a file that is served and cached for ever; no import
// map or build step is needed. A module is hashed after the files it
// imports, so a change to one module gives it and every module importing
// it, directly or not, a new URL, while the rest keep theirs. An import of a
// file outside the set, or a cycle, fails here, at start.
func New(fsys fs.FS, prefix string, names ...string) (*Set, error) {
	src := map[string][]byte{}
	for _, name := range names {
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("embedded asset %s: %w", name, err)
		}
		src[path.Base(name)] = body
	}
	s := &Set{prefix: prefix, byName: map[string]*Asset{}, byHashed: map[string]*Asset{}}
	for _, name := range names {
		a, err := s.add(src, path.Base(name), nil)
		if err != nil {
			return nil, err
		}
		s.order = append(s.order, a)
	}
	return s, nil
}

// add hashes the file base, after the modules it imports; importing lists
// the modules on the way to it, to find a cycle.
func (s *Set) add(src map[string][]byte, base string, importing []string) (*Asset, error) {
	if a, ok := s.byName[base]; ok {
		return a, nil
	}
	if slices.Contains(importing, base) {
		return nil, fmt.Errorf("embedded asset %s: imports itself through %s", base, strings.Join(importing, " > "))
	}
	body, ok := src[base]
	if !ok {
		return nil, fmt.Errorf("embedded asset %s imports %s, which is not one of the page's files", importing[len(importing)-1], base)
	}
	ext := path.Ext(base)
	if ext == ".js" {
		var err error
		body, err = s.linkImports(src, base, body, append(importing, base))
		if err != nil {
			return nil, err
		}
	}
	sum := sha256.Sum256(body)
	hash := hex.EncodeToString(sum[:])[:12]
	ctype := mime.TypeByExtension(ext)
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	a := &Asset{Name: base, Hashed: strings.TrimSuffix(base, ext) + "." + hash + ext, Type: ctype,
		Body: body, Gzip: Gzip(body), ETag: `"` + hash + `"`}
	s.byName[base] = a
	s.byHashed[a.Hashed] = a
	return a, nil
}

// importSpec finds the specifier of an import or export ... from statement
// that starts a line and names a file beside the module ('./state.js').
var importSpec = regexp.MustCompile(`(?m)^((?:import|export)\b[^;'"]*?)(['"])\./([A-Za-z0-9_-]+\.js)(['"])`)

// linkImports rewrites each import of a file of the set to its hashed name.
func (s *Set) linkImports(src map[string][]byte, base string, body []byte, importing []string) ([]byte, error) {
	var err error
	out := importSpec.ReplaceAllFunc(body, func(m []byte) []byte {
		sub := importSpec.FindSubmatch(m)
		dep, e := s.add(src, string(sub[3]), importing)
		if e != nil {
			if err == nil {
				err = e
			}
			return m
		}
		return []byte(string(sub[1]) + string(sub[2]) + "./" + dep.Hashed + string(sub[4]))
	})
	return out, err
}

// URL returns the hashed URL of the file named name ("app.js").
func (s *Set) URL(name string) string {
	if a, ok := s.byName[name]; ok {
		return s.prefix + a.Hashed
	}
	return ""
}

// Assets returns the files in the order given to New.
func (s *Set) Assets() []*Asset { return s.order }

// Size is the bytes of all the files, uncompressed.
func (s *Set) Size() int {
	n := 0
	for _, a := range s.order {
		n += len(a.Body)
	}
	return n
}

// ServeHTTP serves prefix + hashed name.
func (s *Set) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a, ok := s.byHashed[strings.TrimPrefix(r.URL.Path, s.prefix)]
	if !ok {
		// An old or unknown hash: never serve other bytes under a name that
		// says it is forever.
		w.Header().Set("Cache-Control", "no-store")
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", a.Type)
	hd.Set("Cache-Control", "public, max-age=31536000, immutable")
	hd.Set("ETag", a.ETag)
	hd.Set("X-Content-Type-Options", "nosniff")
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, a.ETag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	WriteMaybeGzip(w, r, a.Body, a.Gzip)
}

// Gzip compresses b as well as gzip can.
func Gzip(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return buf.Bytes()
}

// AcceptsGzip reports whether the request takes a gzipped body.
func AcceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			continue
		}
		params = strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		if q, ok := strings.CutPrefix(params, "q="); ok {
			if v, err := strconv.ParseFloat(q, 64); err == nil && v == 0 {
				return false
			}
		}
		return true
	}
	return false
}

// WriteMaybeGzip writes body, or gz when the client takes gzip.
func WriteMaybeGzip(w http.ResponseWriter, r *http.Request, body, gz []byte) {
	hd := w.Header()
	hd.Add("Vary", "Accept-Encoding")
	if gz != nil && AcceptsGzip(r) {
		hd.Set("Content-Encoding", "gzip")
		body = gz
	}
	hd.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}
