package dashboard

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"time"
)

// pageNames are the page templates; each is parsed with layout.html.
var pageNames = []string{"signin", "code", "live", "nights", "plan", "report", "kiosk", "help", "error", "confirm"}

// pageData is what every page template gets.
type pageData struct {
	Title string
	Nav   string // which part of the menu is current
	Me    *me    // nil when signed out
	CSRF  string
	CSS   string
	JS    []string // scripts, after common.js
	// Config is JSON for the page's script.
	Config template.JS
	Body   any
	Flash  string
}

// me is the signed-in person as pages show them.
type me struct {
	Person    string `json:"person"`
	Name      string `json:"name"`
	Organiser bool   `json:"organiser"`
	Bootstrap bool   `json:"bootstrap"`
}

func meOf(v *viewer) *me {
	if v == nil {
		return nil
	}
	return &me{Person: v.principal.Person, Name: v.name, Organiser: v.organiser(), Bootstrap: v.bootstrap}
}

func (d *Dashboard) funcs() template.FuncMap {
	return template.FuncMap{
		"clock": func(t any) string {
			switch x := t.(type) {
			case time.Time:
				if x.IsZero() {
					return ""
				}
				return x.In(d.loc).Format("15:04")
			case *time.Time:
				if x == nil || x.IsZero() {
					return ""
				}
				return x.In(d.loc).Format("15:04")
			}
			return ""
		},
		"longdate": longDate,
		"icon":     icon,
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return fmt.Sprintf("%d %s", n, one)
			}
			return fmt.Sprintf("%d %s", n, many)
		},
		"minutes": minutesText,
		"join":    strings.Join,
		"inc":     func(i int) int { return i + 1 },
	}
}

func (d *Dashboard) loadPages() error {
	d.pages = map[string]*template.Template{}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(d.funcs()).ParseFS(staticFS,
			"static/templates/layout.html", "static/templates/"+name+".html")
		if err != nil {
			return fmt.Errorf("dashboard: page %s: %w", name, err)
		}
		d.pages[name] = t
	}
	return nil
}

// pageCSP allows nothing from elsewhere but pictures (plans may link
// photos) and the websocket.
const pageCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: https:; " +
	"connect-src 'self' ws: wss:; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; " +
	"frame-ancestors 'none'"

func (d *Dashboard) render(w http.ResponseWriter, r *http.Request, v *viewer, code int, page string, data pageData) {
	t, ok := d.pages[page]
	if !ok {
		http.Error(w, "no such page", http.StatusInternalServerError)
		return
	}
	data.Me = meOf(v)
	if v != nil {
		data.CSRF = v.sess.CSRF
	}
	data.CSS = d.assets.URL("dash.css")
	js := []string{d.assets.URL("common.js")}
	for _, s := range data.JS {
		js = append(js, d.assets.URL(s))
	}
	data.JS = js
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		d.log.Error("dashboard: render page", "page", page, "err", err)
		http.Error(w, "Something went wrong on our side. Please try again.", http.StatusInternalServerError)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Cache-Control", "no-store")
	hd.Set("Content-Security-Policy", pageCSP)
	hd.Set("Referrer-Policy", "same-origin")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("X-Frame-Options", "DENY")
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

type errorPage struct {
	Heading, Text string
}

func (d *Dashboard) renderError(w http.ResponseWriter, r *http.Request, v *viewer, code int, heading, text string) {
	d.render(w, r, v, code, "error", pageData{Title: heading, Body: errorPage{Heading: heading, Text: text}})
}

// pageConfig turns v into JSON for a page script. json.Marshal escapes <,
// > and &, so it is safe inside a script element.
func pageConfig(v any) template.JS {
	b, _ := json.Marshal(v)
	return template.JS(b)
}

func longDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return t.Format("Monday 2 January 2006")
}

func minutesText(d time.Duration) string {
	m := int(d.Round(time.Minute) / time.Minute)
	switch {
	case d < time.Minute:
		return "less than 1 minute"
	case m == 1:
		return "1 minute"
	case m < 120:
		return fmt.Sprintf("%d minutes", m)
	}
	return fmt.Sprintf("%d hours %d minutes", m/60, m%60)
}
