package dashboard

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"net/http"
	"path"
	"strconv"
	"strings"
)

//go:embed static
var staticFS embed.FS

const assetPrefix = "/dashboard/assets/"

// assetNames are the files pages load besides themselves.
var assetNames = []string{"dash.css", "common.js", "live.js", "plan.js"}

// asset is one embedded file served under a content-hashed name, so it can
// be cached forever and a new build is never mixed with an old one.
type asset struct {
	name   string
	hashed string
	ctype  string
	body   []byte
	gz     []byte
	etag   string
}

func (d *Dashboard) loadAssets() error {
	d.assets = map[string]*asset{}
	d.urls = map[string]string{}
	for _, name := range assetNames {
		body, err := staticFS.ReadFile("static/" + name)
		if err != nil {
			return fmt.Errorf("dashboard: embedded asset %s: %w", name, err)
		}
		sum := sha256.Sum256(body)
		hash := hex.EncodeToString(sum[:])[:12]
		ext := path.Ext(name)
		a := &asset{name: name, hashed: strings.TrimSuffix(name, ext) + "." + hash + ext,
			body: body, gz: gzipBytes(body), etag: `"` + hash + `"`}
		switch ext {
		case ".js":
			a.ctype = "text/javascript; charset=utf-8"
		case ".css":
			a.ctype = "text/css; charset=utf-8"
		default:
			a.ctype = "application/octet-stream"
		}
		d.assets[a.hashed] = a
		d.urls[name] = assetPrefix + a.hashed
	}
	return nil
}

func (d *Dashboard) serveAsset(w http.ResponseWriter, r *http.Request) {
	a, ok := d.assets[r.PathValue("file")]
	if !ok {
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
	_, _ = zw.Write(b)
	_ = zw.Close()
	return buf.Bytes()
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		if v, ok := strings.CutPrefix(q, "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil && f == 0 {
				return false
			}
		}
		return true
	}
	return false
}

func writeMaybeGzip(w http.ResponseWriter, r *http.Request, body, gz []byte) {
	hd := w.Header()
	hd.Add("Vary", "Accept-Encoding")
	if gz != nil && acceptsGzip(r) {
		hd.Set("Content-Encoding", "gzip")
		body = gz
	}
	hd.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}
