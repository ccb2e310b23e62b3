package kiosk

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
)

//go:embed static
var staticFS embed.FS

const assetPrefix = "/kiosk/assets/"

// entryModule is the page's one script; it imports the other modules, and
// webasset names each import by its hashed file.
const entryModule = "app.js"

// assetNames are the files the page loads, besides itself: the style sheet
// and every ES module in static/, so a new module needs no list edited.
func assetNames() ([]string, error) {
	mods, err := fs.Glob(staticFS, "static/*.js")
	if err != nil {
		return nil, fmt.Errorf("kiosk: modules: %w", err)
	}
	return append([]string{"static/app.css"}, mods...), nil
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
