package httpapi

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/web"
)

// MaxPlanBytes bounds an imported plan.
const MaxPlanBytes = 1 << 20

// API serves the JSON API and the health endpoints.
type API struct {
	hub      *hub.Hub
	auth     *auth.Authenticator
	log      *slog.Logger
	gatherer prometheus.Gatherer
}

// New returns the API.
func New(h *hub.Hub, a *auth.Authenticator, log *slog.Logger, g prometheus.Gatherer) *API {
	// Wrong tokens and keys are counted per address (IPv6 by its /64);
	// the app names the device behind a trusted HTTPS front instead.
	a.SetClientKey(func(r *http.Request) string { return web.LimitKey(web.ClientAddr(r, nil)) })
	return &API{hub: h, auth: a, log: log, gatherer: g}
}

// Register adds the API's routes to mux.
func (a *API) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", a.healthz)
	mux.HandleFunc("GET /readyz", a.readyz)
	mux.Handle("GET /metrics", a.metricsGuard(promhttp.HandlerFor(a.gatherer, promhttp.HandlerOpts{})))
	mux.HandleFunc("GET /api/nights", a.organiser(a.listNights))
	mux.HandleFunc("PUT /api/nights/{id}", a.organiser(a.putNight))
	mux.HandleFunc("GET /api/nights/{id}", a.member(a.getNight))
	mux.HandleFunc("GET /api/nights/{id}/plan", a.member(a.getPlan))
	mux.HandleFunc("POST /api/nights/{id}/live", a.member(a.postLive))
	mux.HandleFunc("POST /api/nights/{id}/commands", a.postCommand)
	mux.HandleFunc("GET /api/live", a.member(a.getLive))
}

func (a *API) healthz(w http.ResponseWriter, _ *http.Request) {
	web.WriteJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (a *API) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := a.hub.Ready(ctx); err != nil {
		web.WriteJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "not ready", "reason": err.Error()})
		return
	}
	web.WriteJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

// metricsGuard serves the metrics to this computer (Prometheus beside the
// hub, the load tool) and to the admin token (a scraper elsewhere), and to
// nobody else: they say how busy the night is and when.
func (a *API) metricsGuard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !web.FromThisComputer(r) {
			if p, ok := a.auth.Authenticate(r); !ok || p.Kind != auth.Admin || r.Header.Get("Authorization") == "" {
				a.refuse(w, r)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// refuse answers a request without good credentials: 429 when its sender
// has made too many wrong tries, else 403.
func (a *API) refuse(w http.ResponseWriter, r *http.Request) {
	if a.auth.Throttled(r) {
		web.WriteError(w, a.log, night.Errorf(night.TooMany, "Too many wrong tries. Please wait a few minutes."))
		return
	}
	web.WriteError(w, a.log, night.Errorf(night.Forbidden, "Please sign in first."))
}

type handler func(w http.ResponseWriter, r *http.Request, p auth.Principal)

// member lets in the admin token and signed-in team members.
func (a *API) member(next handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, ok := a.auth.Authenticate(r)
		if !ok {
			a.refuse(w, r)
			return
		}
		if p.Kind == auth.Kiosk {
			web.WriteError(w, a.log, night.Errorf(night.Forbidden, "A venue screen cannot do that."))
			return
		}
		next(w, r, p)
	}
}

// organiser lets in the admin token and members with the organiser role:
// these routes show or change phone numbers.
func (a *API) organiser(next handler) http.HandlerFunc {
	return a.member(func(w http.ResponseWriter, r *http.Request, p auth.Principal) {
		if !p.Organiser {
			web.WriteError(w, a.log, night.Errorf(night.Forbidden, "Only an organiser can do that. Any team member can be one."))
			return
		}
		next(w, r, p)
	})
}

func source(p auth.Principal) night.Source {
	if p.Kind == auth.Admin {
		return night.FromAPI
	}
	return night.FromDashboard
}

func (a *API) listNights(w http.ResponseWriter, r *http.Request, _ auth.Principal) {
	ids, err := a.hub.Store().Nights(r.Context())
	if err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	live, _ := a.hub.Store().Live(r.Context())
	web.WriteJSON(w, http.StatusOK, map[string]any{"nights": ids, "live": live})
}

func (a *API) putNight(w http.ResponseWriter, r *http.Request, p auth.Principal) {
	id := r.PathValue("id")
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxPlanBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			web.WriteError(w, a.log, night.Errorf(night.Invalid, "The plan is too big (more than 1 MB)."))
			return
		}
		web.WriteError(w, a.log, night.Errorf(night.Invalid, "We could not read the plan."))
		return
	}
	plan, err := night.ParsePlan(data)
	if err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	if plan.ID != id {
		web.WriteError(w, a.log, &night.Error{Code: night.Invalid, Message: "The plan's id must match the address.",
			Problems: []string{"id " + plan.ID + " does not match " + id}})
		return
	}
	by := ""
	if p.Kind == auth.Member {
		by = p.Person
	}
	res, err := a.hub.Import(r.Context(), plan, by, source(p))
	if err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	web.WriteJSON(w, http.StatusOK, res.Night)
}

func (a *API) getNight(w http.ResponseWriter, r *http.Request, p auth.Principal) {
	n, err := a.hub.NightFromRedis(r.Context(), r.PathValue("id"))
	if err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	a.writeState(w, n, p)
}

func (a *API) getLive(w http.ResponseWriter, r *http.Request, p auth.Principal) {
	id, err := a.hub.LiveID(r.Context())
	if err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	n, err := a.hub.NightFromRedis(r.Context(), id)
	if err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	a.writeState(w, n, p)
}

// writeState sends the night; phone numbers only to organisers. It builds
// a new value to send: n may be held by others, and its undo entries are
// everyone's to keep.
func (a *API) writeState(w http.ResponseWriter, n *night.Night, p auth.Principal) {
	if p.Organiser {
		n = n.Clone()
		n.Undo = nil
	} else {
		n = n.Public()
	}
	web.WriteJSON(w, http.StatusOK, n)
}

func (a *API) getPlan(w http.ResponseWriter, r *http.Request, p auth.Principal) {
	n, err := a.hub.NightFromRedis(r.Context(), r.PathValue("id"))
	if err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	plan := n.Plan()
	if !p.Organiser {
		for i := range plan.People {
			plan.People[i].Phone = ""
		}
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+n.ID+`.json"`)
	web.WriteJSON(w, http.StatusOK, plan)
}

func (a *API) postLive(w http.ResponseWriter, r *http.Request, p auth.Principal) {
	id := r.PathValue("id")
	next, err := a.hub.NightFromRedis(r.Context(), id)
	if err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	var live *night.Night
	if liveID, err := a.hub.LiveID(r.Context()); err == nil {
		live, _ = a.hub.NightFromRedis(r.Context(), liveID)
	}
	if err := p.CheckMakeLive(live, next); err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	if err := a.hub.SetLive(r.Context(), id); err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	web.WriteJSON(w, http.StatusOK, map[string]string{"live": id})
}
