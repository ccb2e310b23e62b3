package dashboard

import (
	"context"
	"net/http"
	"time"

	"github.com/clubnight/clubnight/night"
)

// Actions that cannot be taken back (wiping a night, a new kiosk key,
// changing the live night) ask first, on a page of their own that says in
// plain words what will happen. It needs no script, so it works on every
// phone. A form posts once without confirm=yes to get that page, and again
// with it to act.

// confirmBody is what confirm.html shows.
type confirmBody struct {
	Title  string
	Icon   string
	What   []string // what will happen, one short sentence each
	Action string   // where "yes" posts
	Fields map[string]string
	Yes    string // the words on the yes button
	Class  string // "danger" for a button that destroys
	Back   string // where "No, go back" goes
}

// confirmed reports whether the person has said yes to the action.
func confirmed(r *http.Request) bool { return r.PostFormValue("confirm") == "yes" }

func (d *Dashboard) askFirst(w http.ResponseWriter, r *http.Request, v *viewer, b confirmBody) {
	nav := "nights"
	if b.Back == "/dashboard/kiosk" {
		nav = "kiosk"
	}
	d.render(w, r, v, http.StatusOK, "confirm", pageData{Title: b.Title, Nav: nav, Body: b})
}

// checkWipe refuses to wipe a night that is live or still to come: its
// phone numbers and rides are needed on the night.
func (d *Dashboard) checkWipe(ctx context.Context, id string) (*night.Night, error) {
	if at, err := d.wipedAt(ctx, id); err != nil {
		return nil, err
	} else if !at.IsZero() {
		return nil, night.Errorf(night.Conflict, "This night was wiped already.")
	}
	n, err := d.hub.NightFromRedis(ctx, id)
	if err != nil {
		return nil, err
	}
	if live, _ := d.hub.Store().Live(ctx); live == id {
		return nil, night.Errorf(night.Conflict, "This is the live night. It cannot be wiped. Choose another live night first.")
	}
	today := d.clock().In(d.loc).Format(time.DateOnly)
	if n.Date != "" && n.Date >= today {
		return nil, night.Errorf(night.Conflict, "This night is today or still to come. Its phone numbers and rides are needed, so it cannot be wiped yet.")
	}
	return n, nil
}

// nightTitle is a night's name for a sentence.
func nightTitle(n *night.Night) string {
	if n.Title != "" {
		return n.Title
	}
	return "this night"
}

// liveQuestion asks before n becomes the live night: every kiosk and text
// moves to it.
func (d *Dashboard) liveQuestion(ctx context.Context, n *night.Night) confirmBody {
	what := []string{"Every kiosk and the live page will show " + nightTitle(n) + ".",
		"Ticks and texts from the team will go to " + nightTitle(n) + "."}
	if live, err := d.hub.LiveID(ctx); err == nil && live != n.ID {
		if cur, err := d.hub.NightFromRedis(ctx, live); err == nil {
			what = append(what, nightTitle(cur)+" stops being live. Its ticks are kept.")
		}
	}
	return confirmBody{Title: "Make " + nightTitle(n) + " the live night?", Icon: "live", What: what,
		Action: "/dashboard/nights/live", Fields: map[string]string{"night": n.ID},
		Yes: "Yes, make it live", Back: "/dashboard/nights"}
}
