package kiosk

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"net/http"
	"path"
	"regexp"
	"sort"
	"strings"
)

//go:embed static
var staticFS embed.FS

const assetPrefix = "/kiosk/assets/"

// assetNames are the files the page loads, besides itself.
var assetNames = []string{"app.css", "icons.js", "app.js"}

type asset struct {
	name   string // app.js
	hashed string // app.3f9a1c2b7d.js
	ctype  string
	body   []byte
	gz     []byte
	etag   string
}

func loadAssets() ([]*asset, error) {
	var out []*asset
	for _, name := range assetNames {
		body, err := staticFS.ReadFile("static/" + name)
		if err != nil {
			return nil, fmt.Errorf("kiosk: embedded asset %s: %w", name, err)
		}
		sum := sha256.Sum256(body)
		hash := hex.EncodeToString(sum[:])[:12]
		ext := path.Ext(name)
		a := &asset{
			name:   name,
			hashed: strings.TrimSuffix(name, ext) + "." + hash + ext,
			body:   body,
			gz:     gzipBytes(body),
			etag:   `"` + hash + `"`,
		}
		switch ext {
		case ".js":
			a.ctype = "text/javascript; charset=utf-8"
		case ".css":
			a.ctype = "text/css; charset=utf-8"
		default:
			a.ctype = "application/octet-stream"
		}
		out = append(out, a)
	}
	return out, nil
}

func (h *Handler) serveAsset(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, assetPrefix)
	a, ok := h.assets[name]
	if !ok {
		// An old or unknown hash: never serve other bytes under a name that
		// says it is forever.
		w.Header().Set("Cache-Control", "no-store")
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", a.ctype)
	hd.Set("Cache-Control", "public, max-age=31536000, immutable")
	hd.Set("ETag", a.etag)
	hd.Set("X-Content-Type-Options", "nosniff")
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	writeMaybeGzip(w, r, a.body, a.gz)
}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			continue
		}
		params = strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		if params == "q=0" || params == "q=0.0" || params == "q=0.00" || params == "q=0.000" {
			return false
		}
		return true
	}
	return false
}

// iconKey matches one entry of the drawings table in icons.js.
var (
	iconBlock = regexp.MustCompile(`(?s)// BEGIN ICONS\n(.*?)// END ICONS`)
	iconKey   = regexp.MustCompile(`(?m)^\s*'?([a-z][a-z0-9-]*)'?\s*:`)
)

// iconNames lists the pictures the page draws itself, so that only those
// names are looked for in a symbols folder (a full symbol set has thousands).
func iconNames() ([]string, error) {
	src, err := staticFS.ReadFile("static/icons.js")
	if err != nil {
		return nil, fmt.Errorf("kiosk: icons: %w", err)
	}
	m := iconBlock.FindSubmatch(src)
	if m == nil {
		return nil, fmt.Errorf("kiosk: icons.js has no // BEGIN ICONS ... // END ICONS block")
	}
	var names []string
	for _, k := range iconKey.FindAllSubmatch(m[1], -1) {
		names = append(names, string(k[1]))
	}
	sort.Strings(names)
	return names, nil
}
