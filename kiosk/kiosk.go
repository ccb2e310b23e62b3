// Package kiosk owns what the venue touchscreen's browser sees: one page at
// /kiosk, its embedded assets under content-hashed URLs, a key check, and an
// optional folder of symbol pictures the organisation provides.
//
// The page itself talks to the hub over /ws; this package serves no night
// data at all, so a kiosk can never be handed a phone number from here.
//
// The page (static/) is plain ES2017 in ES modules, with no build step:
// app.js starts it, state.js holds all it remembers, connection.js is the
// link to the hub, and each screen or group of taps has its own module.
// webasset serves every module under a content-hashed name and rewrites
// their imports to those names. The night's rules the page needs (what a
// tap changes, and when the hub would refuse it) are worked out here, from
// night.Apply, and put in the page (rules.go); the page states none of its
// own. What the page decides:
//
//   - Every change a person makes carries a fresh command id and waits in an
//     outbox in localStorage until the hub answers ack or error, so a tap
//     made with no Wi-Fi is sent once it is back, and applied exactly once.
//   - Lists keep plan order and are patched in place (never rebuilt), and an
//     update waits while a finger is down, so nothing moves under a finger.
//   - "What is wrong?" shows the eight problem kinds as one grid of pictures
//     (the one allowed exception to five choices): a second page would hide
//     "Something else", and help must be one look away.
//   - A change needs a person: the page asks "Who are you?" once per visit
//     (a visit ends at Home or after the quiet-minute warning), and a
//     briefing point or ride is done in that person's name.
//
// window.clubnightKiosk exposes state(), outbox(), connected() and a few
// more for browser tests; every control has a stable data-testid.
package kiosk

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/clubnight/clubnight/webasset"
)

// Config is what the kiosk handler needs from the wiring.
type Config struct {
	// CheckKey reports whether key is the kiosk key. Required.
	CheckKey func(key string) bool
	// SymbolsDir, when set, is a folder of <name>.svg pictures (for example
	// Mulberry Symbols) served at /kiosk/symbols/<name>.svg. The page prefers
	// them to its own drawings for every name it knows.
	SymbolsDir string
	// Logger gets internal errors; nil means slog.Default().
	Logger *slog.Logger
}

// Handler serves the kiosk page. Build it with New.
type Handler struct {
	checkKey func(string) bool
	log      *slog.Logger
	assets   *webasset.Set
	index    []byte // rendered once at start
	indexGz  []byte
	weight   int
	symbols  *symbols
}

// pageConfig is injected into the page as JSON.
type pageConfig struct {
	// Symbols lists the names the page may load from SymbolsBase.
	Symbols     []string `json:"symbols"`
	SymbolsBase string   `json:"symbolsBase"`
	// CheckURL is the key check, WS the websocket path.
	CheckURL string `json:"checkURL"`
	WS       string `json:"ws"`
	// The night's rules the page needs (changes, kinds, kindText), worked
	// out from the night package (see rules.go).
	rules
}

// New loads the embedded assets, hashes them, lists the symbols folder and
// renders the page once.
func New(cfg Config) (*Handler, error) {
	if cfg.CheckKey == nil {
		return nil, errors.New("kiosk: Config.CheckKey is required")
	}
	h := &Handler{checkKey: cfg.CheckKey, log: cfg.Logger}
	if h.log == nil {
		h.log = slog.Default()
	}
	names, err := assetNames()
	if err != nil {
		return nil, err
	}
	h.assets, err = webasset.New(staticFS, assetPrefix, names...)
	if err != nil {
		return nil, fmt.Errorf("kiosk: %w", err)
	}
	known, err := iconNames()
	if err != nil {
		return nil, err
	}
	h.symbols, err = openSymbols(cfg.SymbolsDir, known)
	if err != nil {
		return nil, err
	}
	rs, err := newRules()
	if err != nil {
		return nil, err
	}
	pc := pageConfig{Symbols: h.symbols.available(), SymbolsBase: symbolsPrefix,
		CheckURL: "/kiosk/api/check", WS: "/ws", rules: rs}
	if pc.Symbols == nil {
		pc.Symbols = []string{}
	}
	cj, err := json.Marshal(pc)
	if err != nil {
		return nil, fmt.Errorf("kiosk: page config: %w", err)
	}
	tmpl, err := template.ParseFS(staticFS, "static/index.html")
	if err != nil {
		return nil, fmt.Errorf("kiosk: page template: %w", err)
	}
	// Every module is named in the page (modulepreload) so the browser
	// fetches them all at once instead of one import level at a time.
	var preload []string
	for _, a := range h.assets.Assets() {
		if a.Name != entryModule && strings.HasSuffix(a.Name, ".js") {
			preload = append(preload, h.assets.URL(a.Name))
		}
	}
	var buf bytes.Buffer
	err = tmpl.Execute(&buf, map[string]any{
		"CSS":     h.assets.URL("app.css"),
		"Preload": preload,
		"App":     h.assets.URL(entryModule),
		"Config":  template.JS(cj), // json.Marshal escapes <, > and &
	})
	if err != nil {
		return nil, fmt.Errorf("kiosk: page template: %w", err)
	}
	h.index = buf.Bytes()
	h.indexGz = webasset.Gzip(h.index)
	h.weight = len(h.index) + h.assets.Size()
	return h, nil
}

// Register adds the kiosk's routes to mux.
func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /kiosk", h.serveIndex)
	mux.HandleFunc("GET /kiosk/{$}", h.serveIndex)
	mux.Handle("GET "+assetPrefix, h.assets)
	mux.HandleFunc("GET /kiosk/api/check", h.serveCheck)
	mux.HandleFunc("GET "+symbolsPrefix, h.serveSymbol)
	registerFavicon(mux)
}

// PageWeight is the number of bytes (uncompressed) a kiosk downloads on its
// first load: the page and every asset it names.
func (h *Handler) PageWeight() int { return h.weight }

// The page's policy: nothing from outside except people's photos, which
// the plan may give as URLs; the key in the address must never leak in a
// Referer.
const pageCSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob: https: http:; connect-src 'self' ws: wss:; media-src 'self' data:; " +
	"font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func (h *Handler) serveIndex(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Cache-Control", "no-cache")
	hd.Set("Content-Security-Policy", pageCSP)
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
	webasset.WriteMaybeGzip(w, r, h.index, h.indexGz)
}

func (h *Handler) serveCheck(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Type", "application/json")
	hd.Set("Cache-Control", "no-store")
	hd.Set("X-Content-Type-Options", "nosniff")
	key := r.Header.Get("X-Kiosk-Key")
	if key == "" || !h.checkKey(key) {
		w.WriteHeader(http.StatusUnauthorized)
		io.WriteString(w, `{"ok":false}`)
		return
	}
	io.WriteString(w, `{"ok":true}`)
}
