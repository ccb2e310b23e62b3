package sms

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/web"
	"github.com/clubnight/clubnight/webasset"
)

//go:embed static
var simFS embed.FS

// simSite is the simulator's page, rendered once, and its assets.
type simSite struct {
	page   []byte
	assets *webasset.Set
}

func loadSimSite() (*simSite, error) {
	assets, err := webasset.New(simFS, "/sim/assets/", "static/sim.css", "static/sim.js")
	if err != nil {
		return nil, fmt.Errorf("sms: simulator: %w", err)
	}
	tmpl, err := template.ParseFS(simFS, "static/sim.html")
	if err != nil {
		return nil, fmt.Errorf("sms: simulator page: %w", err)
	}
	var b bytes.Buffer
	if err := tmpl.Execute(&b, map[string]any{"CSS": assets.URL("sim.css"), "JS": assets.URL("sim.js")}); err != nil {
		return nil, err
	}
	return &simSite{page: b.Bytes(), assets: assets}, nil
}

func (s *Service) registerSim(mux *http.ServeMux) {
	site, err := loadSimSite()
	if err != nil {
		s.log.Error("sms: the simulator page is broken", "err", err)
		return
	}
	guard := s.opts.SimGuard
	if guard == nil {
		guard = func(h http.Handler) http.Handler { return h }
	}
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
	handle("GET /sim/api/people", s.simPeople)
	handle("GET /sim/api/messages", s.simMessages)
	handle("POST /sim/api/send", s.simSend)
}

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

func (s *Service) liveNight(r *http.Request) (*night.Night, error) {
	id, err := s.hub.LiveID(r.Context())
	if err != nil {
		return nil, err
	}
	return s.hub.NightFromRedis(r.Context(), id)
}

func (s *Service) simPeople(w http.ResponseWriter, r *http.Request) {
	n, err := s.liveNight(r)
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

// simMessages returns texts numbered after ?after=N, for one ?person= or
// for everyone.
func (s *Service) simMessages(w http.ResponseWriter, r *http.Request) {
	after, _ := strconv.ParseInt(r.URL.Query().Get("after"), 10, 64)
	who := r.URL.Query().Get("person")
	n, err := s.liveNight(r)
	if err != nil {
		simError(w, err)
		return
	}
	texts, err := s.sim.texts(r.Context(), after)
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

// simSend texts as a team member, through the very code the webhook runs.
func (s *Service) simSend(w http.ResponseWriter, r *http.Request) {
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
	n, err := s.liveNight(r)
	if err != nil {
		simError(w, err)
		return
	}
	p, ok := n.Person(in.Person)
	if !ok || p.Phone == "" {
		web.WriteJSON(w, http.StatusNotFound, map[string]string{"error": "Please choose a person with a phone number."})
		return
	}
	ctx := r.Context()
	if _, err := s.sim.add(ctx, simText{Phone: p.Phone, Person: p.ID, In: true, Body: cleanBody(in.Text)}); err != nil {
		simError(w, err)
		return
	}
	reply, err := s.receive(ctx, Text{From: p.Phone, Body: in.Text, SID: "SM" + hub.NewID()})
	if err != nil {
		simError(w, err)
		return
	}
	if reply != "" {
		if _, err := s.sim.add(ctx, simText{Phone: p.Phone, Person: p.ID, Body: reply, Kind: "reply"}); err != nil {
			simError(w, err)
			return
		}
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
