package kiosk

import (
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strings"
)

const symbolsPrefix = "/kiosk/symbols/"

// symbolName is the only shape of file name served from the symbols folder:
// no slashes, no dots but the one before svg, so nothing outside the folder
// can be named.
var symbolName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,99}\.svg$`)

// symbols is an optional folder of SVG pictures.
type symbols struct {
	root  *os.Root // nil when no folder is set
	names []string // known picture names present in the folder
}

func openSymbols(dir string, known []string) (*symbols, error) {
	s := &symbols{}
	if dir == "" {
		return s, nil
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("kiosk: symbols folder: %w", err)
	}
	s.root = root
	entries, err := fs.ReadDir(root.FS(), ".")
	if err != nil {
		return nil, fmt.Errorf("kiosk: symbols folder: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() || !symbolName.MatchString(e.Name()) {
			continue
		}
		name := strings.TrimSuffix(e.Name(), ".svg")
		if slices.Contains(known, name) {
			s.names = append(s.names, name)
		}
	}
	slices.Sort(s.names)
	return s, nil
}

func (s *symbols) available() []string { return slices.Clone(s.names) }

func (h *Handler) serveSymbol(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, symbolsPrefix)
	if h.symbols.root == nil || !symbolName.MatchString(name) {
		http.NotFound(w, r)
		return
	}
	// os.Root refuses anything that would leave the folder, symlinks included.
	f, err := h.symbols.root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "image/svg+xml")
	hd.Set("Cache-Control", "public, max-age=3600")
	hd.Set("X-Content-Type-Options", "nosniff")
	// An SVG opened on its own could run script; these never need to.
	hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox")
	http.ServeContent(w, r, name, st.ModTime(), f)
}
