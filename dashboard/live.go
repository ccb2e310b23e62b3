package dashboard

import (
	"net/http"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/web"
)

// liveConfig is what live.js needs.
type liveConfig struct {
	WS    string `json:"ws"`
	Night string `json:"night"` // "" follows the live night
	CSRF  string `json:"csrf"`
	Me    *me    `json:"me"`
	Inbox string `json:"inbox"`
	// Resolve is where to say what a passed-on text meant; "" hides it.
	Resolve string            `json:"resolve,omitempty"`
	Icons   map[string]string `json:"icons"`
	Kinds   []kindWord        `json:"kinds"`
}

type kindWord struct {
	Kind  night.ProblemKind `json:"kind"`
	Words string            `json:"words"`
}

func kindWords() []kindWord {
	var out []kindWord
	for _, k := range night.ProblemKinds {
		out = append(out, kindWord{Kind: k, Words: night.KindWords[k]})
	}
	return out
}

type liveBody struct {
	Night   string // the night asked for, or ""
	NoLive  bool   // no night is live and none was asked for
	Missing bool   // the night asked for does not exist
}

// serveLive is the live view. It follows the live night unless ?night=
// names another.
func (d *Dashboard) serveLive(w http.ResponseWriter, r *http.Request, v *viewer) {
	id := r.URL.Query().Get("night")
	body := liveBody{Night: id}
	if id == "" {
		if _, err := d.hub.LiveID(r.Context()); err != nil {
			body.NoLive = true
		}
	} else if !night.ValidID(id) {
		body.Missing = true
	} else if _, err := d.hub.SeqFromRedis(r.Context(), id); err != nil {
		body.Missing = true
	}
	cfg := liveConfig{WS: "/ws", Night: id, CSRF: v.sess.CSRF, Me: meOf(v), Inbox: "/dashboard/api/inbox",
		Icons: icons, Kinds: kindWords()}
	if d.opts.Resolver != nil {
		cfg.Resolve = "/dashboard/api/inbox/resolve"
	}
	d.render(w, r, v, http.StatusOK, "live", pageData{Title: "Live now", Nav: "live", JS: []string{"live.js"},
		Config: pageConfig(cfg), Body: body})
}

type inboxReply struct {
	Connected bool        `json:"connected"`
	Night     string      `json:"night"`
	Items     []InboxItem `json:"items"`
}

// getInbox lists the texts a person should read: unknown numbers, texts
// not understood, failed deliveries and opt-outs.
func (d *Dashboard) getInbox(w http.ResponseWriter, r *http.Request, _ *viewer) {
	id := r.URL.Query().Get("night")
	if id == "" {
		live, err := d.hub.LiveID(r.Context())
		if err != nil {
			web.WriteError(w, nil, err)
			return
		}
		id = live
	}
	if !night.ValidID(id) {
		web.WriteError(w, nil, night.Errorf(night.Invalid, "That is not a night."))
		return
	}
	reply := inboxReply{Night: id, Items: []InboxItem{}}
	if d.opts.Inbox != nil {
		items, err := d.opts.Inbox.Inbox(r.Context(), id)
		if err != nil {
			d.log.Error("dashboard: inbox", "night", id, "err", err)
			web.WriteError(w, nil, &night.Error{Code: night.Busy, Message: "We could not load the texts just now."})
			return
		}
		reply.Connected = true
		if items != nil {
			reply.Items = items
		}
	}
	web.WriteJSON(w, http.StatusOK, reply)
}

func (d *Dashboard) getMe(w http.ResponseWriter, _ *http.Request, v *viewer) {
	web.WriteJSON(w, http.StatusOK, map[string]any{"me": meOf(v), "csrf": v.sess.CSRF})
}

// serveHelp is open to everyone, signed in or not: help is in the same
// place on every page.
func (d *Dashboard) serveHelp(w http.ResponseWriter, r *http.Request) {
	v, _ := d.viewerOf(r)
	d.render(w, r, v, http.StatusOK, "help", pageData{Title: "Help", Nav: "help"})
}
