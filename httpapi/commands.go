package httpapi

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/clubnight/clubnight/night"
)

// commandReply is the answer to a command.
type commandReply struct {
	Seq       int64        `json:"seq"`
	Duplicate bool         `json:"duplicate,omitempty"`
	Event     *night.Event `json:"event,omitempty"`
}

// postCommand applies one command. The admin token and members may send
// any command; a kiosk only what a kiosk may do.
func (a *API) postCommand(w http.ResponseWriter, r *http.Request) {
	p, ok := a.auth.Authenticate(r)
	if !ok {
		WriteError(w, a.log, night.Errorf(night.Forbidden, "Please sign in first."))
		return
	}
	var c night.Command
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			WriteError(w, a.log, night.Errorf(night.Invalid, "The command is too big."))
			return
		}
		WriteError(w, a.log, night.Errorf(night.Invalid, "The command is not valid JSON: %v", err))
		return
	}
	if err := p.Authorize(&c); err != nil {
		WriteError(w, a.log, err)
		return
	}
	res, err := a.hub.Apply(r.Context(), r.PathValue("id"), c)
	if err != nil {
		WriteError(w, a.log, err)
		return
	}
	reply := commandReply{Seq: res.Night.Seq, Duplicate: res.Duplicate, Event: res.Event}
	if res.Event != nil {
		reply.Seq = res.Event.Seq
	}
	WriteJSON(w, http.StatusOK, reply)
}
