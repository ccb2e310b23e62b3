package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/web"
)

// commandReply is the answer to a command.
type commandReply struct {
	Seq       int64        `json:"seq"`
	Duplicate bool         `json:"duplicate,omitempty"`
	Event     *night.Event `json:"event,omitempty"`
}

// liveOnly refuses a kiosk any night but the live one: a venue screen
// has no business with past nights' rides and notes.
func (a *API) liveOnly(ctx context.Context, id string) error {
	live, err := a.hub.LiveID(ctx)
	if err != nil && night.ErrorCode(err) != night.NotFound {
		// The store cannot say (Redis is down): the command fails on its
		// own with a plain "try again".
		return nil
	}
	if live != id {
		return night.Errorf(night.Forbidden, "The venue screen only works on tonight's night.")
	}
	return nil
}

// postCommand applies one command. The admin token and members may send
// any command; a kiosk only what a kiosk may do.
func (a *API) postCommand(w http.ResponseWriter, r *http.Request) {
	p, ok := a.auth.Authenticate(r)
	if !ok {
		a.refuse(w, r)
		return
	}
	var c night.Command
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			web.WriteError(w, a.log, night.Errorf(night.Invalid, "The command is too big."))
			return
		}
		web.WriteError(w, a.log, night.Errorf(night.Invalid, "The command is not valid JSON: %v", err))
		return
	}
	if err := p.Authorize(&c); err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	id := r.PathValue("id")
	if p.Kind == auth.Kiosk {
		if err := a.liveOnly(r.Context(), id); err != nil {
			web.WriteError(w, a.log, err)
			return
		}
	}
	if err := a.auth.Admit(p, &c); err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	res, err := a.hub.Apply(r.Context(), id, c)
	if err != nil {
		web.WriteError(w, a.log, err)
		return
	}
	reply := commandReply{Seq: res.Night.Seq, Duplicate: res.Duplicate, Event: res.Event}
	if res.Event != nil {
		reply.Seq = res.Event.Seq
	}
	web.WriteJSON(w, http.StatusOK, reply)
}
