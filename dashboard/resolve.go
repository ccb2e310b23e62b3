package dashboard

import (
	"encoding/json"
	"net/http"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/web"
)

// resolveRequest says what one passed-on text meant.
type resolveRequest struct {
	Night   string  `json:"night"`
	ID      string  `json:"id"`
	Meaning Meaning `json:"meaning"`
}

// postResolve is someone on the dashboard choosing what a text in "Texts
// to read" meant. Clubnight does it, and learns the words for next time.
// Any signed-in team member may: nothing needs staff approval.
func (d *Dashboard) postResolve(w http.ResponseWriter, r *http.Request, v *viewer) {
	if d.opts.Resolver == nil {
		web.WriteError(w, nil, night.Errorf(night.NotFound, "Texts are not connected on this Clubnight."))
		return
	}
	var req resolveRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4096)).Decode(&req); err != nil {
		web.WriteError(w, nil, night.Errorf(night.Invalid, "Please choose what the text meant."))
		return
	}
	if !night.ValidID(req.Night) || req.ID == "" || req.Meaning.Kind == "" {
		web.WriteError(w, nil, night.Errorf(night.Invalid, "Please choose what the text meant."))
		return
	}
	reply, err := d.opts.Resolver.ResolveText(r.Context(), req.Night, req.ID, req.Meaning, v.sess.Person)
	if err != nil {
		web.WriteError(w, nil, d.internal("resolve a text", err))
		return
	}
	web.WriteJSON(w, http.StatusOK, map[string]string{"reply": reply})
}
