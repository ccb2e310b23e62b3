// Package simpage is the practice phones at /sim: a page where anyone can
// pick a team member and text Clubnight as them, seeing the replies and
// alerts they would get, when Twilio is not configured. It owns the page,
// its assets and its JSON API; what a text does, and where the texts are
// kept, is the Backend's (the sms service, through the same code as
// Twilio's webhook).
package simpage

import (
	"bytes"
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/web"
	"github.com/clubnight/clubnight/webasset"
)

//go:embed static
var simFS embed.FS

// Text is one text on a simulated phone, in or out, as the Backend keeps
// it.
type Text struct {
	N      int64     `json:"n"`
	Phone  string    `json:"phone"` // E.164; stays inside the server
	Person string    `json:"person,omitempty"`
	In     bool      `json:"in"` // typed on the phone (true) or sent to it
	Body   string    `json:"body"`
	Kind   string    `json:"kind,omitempty"`
	At     time.Time `json:"at"`
}

// Backend is what the page needs of the SMS side.
type Backend interface {
	// LiveNight is the night on now, with its team's numbers.
	LiveNight(ctx context.Context) (*night.Night, error)
	// Texts returns the kept texts numbered after after, oldest first.
	Texts(ctx context.Context, after int64) ([]Text, error)
	// Send texts body as p, exactly as if it came through Twilio, keeps
	// it and the reply on p's phone, and returns the reply ("" for none).
	Send(ctx context.Context, p *night.Person, body string) (reply string, err error)
}

// simSite is the simulator's page, rendered once, and its assets.
type simSite struct {
	page   []byte
	assets *webasset.Set
}

func loadSimSite() (*simSite, error) {
	assets, err := webasset.New(simFS, "/sim/assets/", "static/sim.css", "static/sim.js")
	if err != nil {
		return nil, fmt.Errorf("simpage: assets: %w", err)
	}
	tmpl, err := template.ParseFS(simFS, "static/sim.html")
	if err != nil {
		return nil, fmt.Errorf("simpage: page: %w", err)
	}
	var b bytes.Buffer
	if err := tmpl.Execute(&b, map[string]any{"CSS": assets.URL("sim.css"), "JS": assets.URL("sim.js")}); err != nil {
		return nil, err
	}
	return &simSite{page: b.Bytes(), assets: assets}, nil
}

// Register serves the page and its API on mux, each route wrapped in guard
// (nil: open, as the embedded default expects).
func Register(mux *http.ServeMux, b Backend, guard func(http.Handler) http.Handler) error {
	site, err := loadSimSite()
	if err != nil {
		return err
	}
	if guard == nil {
		guard = func(h http.Handler) http.Handler { return h }
	}
	a := api{b}
	handle := func(pattern string, h http.HandlerFunc) { mux.Handle(pattern, guard(h)) }
	handle("GET /sim", func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", "no-cache")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: https:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		_, _ = w.Write(site.page)
	})
	mux.Handle("GET /sim/assets/{name}", guard(site.assets))
	handle("GET /sim/api/people", a.people)
	handle("GET /sim/api/messages", a.messages)
	handle("POST /sim/api/send", a.send)
	return nil
}

// api answers the page's requests.
type api struct{ b Backend }

// simPerson is a team member as the simulator shows them: never the full
// number.
type simPerson struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Initial   string `json:"initial"`
	Photo     string `json:"photo,omitempty"`
	Number    string `json:"number,omitempty"` // masked
	CheckedIn bool   `json:"checked_in"`
	OptedOut  bool   `json:"opted_out"`
}

func (a api) people(w http.ResponseWriter, r *http.Request) {
	n, err := a.b.LiveNight(r.Context())
	if err != nil {
		simError(w, err)
		return
	}
	out := struct {
		Night  string      `json:"night"`
		People []simPerson `json:"people"`
	}{Night: n.Title, People: []simPerson{}}
	for _, p := range n.People {
		if p.Phone == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(p.Name)
		out.People = append(out.People, simPerson{ID: p.ID, Name: p.Name, Initial: strings.ToUpper(string(first)),
			Photo: p.Photo, Number: phone.Mask(p.Phone), CheckedIn: p.CheckedIn, OptedOut: p.OptedOut})
	}
	web.WriteJSON(w, http.StatusOK, out)
}

// simShown is a text as the page gets it.
type simShown struct {
	N      int64     `json:"n"`
	Person string    `json:"person"`
	In     bool      `json:"in"`
	Body   string    `json:"body"`
	Kind   string    `json:"kind,omitempty"`
	At     time.Time `json:"at"`
}

// messages returns texts numbered after ?after=N, for one ?person= or
// for everyone.
func (a api) messages(w http.ResponseWriter, r *http.Request) {
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	who := r.URL.Query().Get("person")
	n, err := a.b.LiveNight(r.Context())
	if err != nil {
		simError(w, err)
		return
	}
	texts, err := a.b.Texts(r.Context(), after)
	if err != nil {
		simError(w, err)
		return
	}
	out := struct {
		Last     int64      `json:"last"`
		Messages []simShown `json:"messages"`
	}{Last: after, Messages: []simShown{}}
	for _, t := range texts {
		out.Last = max(out.Last, t.N)
		person := t.Person
		if p, ok := n.PersonByPhone(t.Phone); ok {
			person = p.ID
		}
		if person == "" || (who != "" && person != who) {
			continue
		}
		out.Messages = append(out.Messages, simShown{N: t.N, Person: person, In: t.In, Body: t.Body, Kind: t.Kind, At: t.At})
	}
	web.WriteJSON(w, http.StatusOK, out)
}

// send texts as a team member, through the very code the webhook runs.
func (a api) send(w http.ResponseWriter, r *http.Request) {
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		// A form from another site cannot send JSON without asking first.
		web.WriteJSON(w, http.StatusUnsupportedMediaType, map[string]string{"error": "Please send JSON."})
		return
	}
	var in struct {
		Person string `json:"person"`
		Text   string `json:"text"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&in); err != nil {
		web.WriteJSON(w, http.StatusBadRequest, map[string]string{"error": "We could not read that."})
		return
	}
	n, err := a.b.LiveNight(r.Context())
	if err != nil {
		simError(w, err)
		return
	}
	p, ok := n.Person(in.Person)
	if !ok || p.Phone == "" {
		web.WriteJSON(w, http.StatusNotFound, map[string]string{"error": "Please choose a person with a phone number."})
		return
	}
	reply, err := a.b.Send(r.Context(), p, in.Text)
	if err != nil {
		simError(w, err)
		return
	}
	web.WriteJSON(w, http.StatusOK, map[string]string{"reply": reply})
}

func simError(w http.ResponseWriter, err error) {
	status := http.StatusServiceUnavailable
	if night.ErrorCode(err) == night.NotFound {
		status = http.StatusNotFound
	}
	web.WriteJSON(w, status, map[string]string{"error": night.ErrorMessage(err)})
}
