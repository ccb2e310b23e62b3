package dashboard

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"time"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/web"
)

// Wiping a night keeps what the committee needs and drops what identifies
// people:
//
//  1. The report is made from the night as it is, anonymised (guests become
//     "Guest 1", "Guest 2", ... everywhere, ride notes go), and stored under
//     the dashboard's keys, so the report page and CSV still work.
//  2. Texts of the night kept by SMS (its inbox, word for word) are
//     forgotten, through Options.ForgetTexts.
//  3. The night's plan is loaded again without phone numbers, guest names,
//     pickups or ride notes (problems and the activity log go with it). The hub owns the night's state, and loading a plan is the
//     one way it offers to change a plan; it starts the night afresh, which
//     is fine for a night that is over, since its report is kept.
//  4. The night's event log is trimmed to that last event: the older events
//     carry guest names (they never carry phone numbers). This is the one
//     place the dashboard touches a hub key (Store.LogKey); screens that ask
//     for older events get a fresh snapshot, as the contract allows.
//
// The live night, and a night still to come, are never wiped.

// Wipe wipes phone numbers and ride details of night id, keeping the
// anonymised report. by is the person who asked ("" for the automatic wipe).
func (d *Dashboard) Wipe(ctx context.Context, id, by string, src night.Source) error {
	if at, err := d.wipedAt(ctx, id); err != nil {
		return err
	} else if !at.IsZero() {
		return night.Errorf(night.Conflict, "This night was wiped already.")
	}
	lock := d.key("wiping", id)
	ok, err := d.rdb.SetNX(ctx, lock, "1", time.Minute).Result()
	if err != nil {
		return err
	}
	if !ok {
		return night.Errorf(night.Conflict, "This night is being wiped already.")
	}
	defer d.rdb.Del(context.WithoutCancel(ctx), lock)

	n, err := d.checkWipe(ctx, id)
	if err != nil {
		return err
	}
	now := d.clock()
	rep := d.buildReport(n)
	anonymise(rep)
	rep.WipedAt = now
	data, err := json.Marshal(rep)
	if err != nil {
		return err
	}
	if err := d.rdb.Set(ctx, d.reportKey(id), data, 0).Err(); err != nil {
		return err
	}
	if d.opts.ForgetTexts != nil {
		if err := d.opts.ForgetTexts(ctx, n); err != nil {
			return err
		}
	}
	p := n.Plan()
	for i := range p.People {
		p.People[i].Phone = ""
	}
	for i := range p.Rides {
		// A pickup can be an address ("Dad, 22 Oak Lane"): it goes too.
		p.Rides[i].Name = "Guest " + strconv.Itoa(i+1)
		p.Rides[i].Pickup, p.Rides[i].Note = "", ""
	}
	res, err := d.hub.Import(ctx, p, by, src)
	if err != nil {
		return err
	}
	if res.Event != nil {
		logKey := d.hub.Store().LogKey(id)
		if err := d.rdb.XTrimMinID(ctx, logKey, strconv.FormatInt(res.Event.Seq, 10)+"-0").Err(); err != nil {
			d.log.Error("dashboard: trim the event log of a wiped night", "night", id, "err", err)
		}
	}
	if err := d.rdb.Set(ctx, d.key("wiped", id), now.UnixMilli(), 0).Err(); err != nil {
		return err
	}
	d.log.Info("dashboard: wiped phone numbers and ride details", "night", id, "by", by)
	return nil
}

// WipeDue wipes every night whose date is WipeAfterDays or more ago, and
// returns how many it wiped.
func (d *Dashboard) WipeDue(ctx context.Context) (int, error) {
	if d.opts.WipeAfterDays <= 0 {
		return 0, nil
	}
	ids, err := d.hub.Store().Nights(ctx)
	if err != nil {
		return 0, err
	}
	live, _ := d.hub.Store().Live(ctx)
	today := d.clock().In(d.loc).Format("2006-01-02")
	wiped := 0
	for _, id := range ids {
		if id == live {
			continue
		}
		if at, err := d.wipedAt(ctx, id); err != nil {
			return wiped, err
		} else if !at.IsZero() {
			continue
		}
		n, err := d.hub.NightFromRedis(ctx, id)
		if err != nil {
			if night.ErrorCode(err) == night.NotFound {
				continue
			}
			return wiped, err
		}
		date, err := time.Parse("2006-01-02", n.Date)
		if err != nil {
			continue // no date: only a person can wipe it
		}
		if date.AddDate(0, 0, d.opts.WipeAfterDays).Format("2006-01-02") > today {
			continue
		}
		if err := d.Wipe(ctx, id, "", night.FromSystem); err != nil {
			if night.ErrorCode(err) == night.Conflict {
				continue
			}
			return wiped, err
		}
		wiped++
	}
	return wiped, nil
}

func (d *Dashboard) postWipe(w http.ResponseWriter, r *http.Request, v *viewer) {
	if !v.organiser() {
		d.renderError(w, r, v, http.StatusForbidden, "Only an organiser can wipe a night.",
			"Any team member can be an organiser: ask one to give you the role.")
		return
	}
	id := r.PostFormValue("night")
	if !confirmed(r) {
		n, err := d.checkWipe(r.Context(), id)
		if err != nil {
			d.renderNights(w, r, v, web.Status(err), nightsBody{Error: night.ErrorMessage(d.internal("wipe", err))})
			return
		}
		d.askFirst(w, r, v, confirmBody{Title: "Wipe " + nightTitle(n) + "?", Icon: "wipe",
			What: []string{"Every phone number in this night goes.", "The names and notes of rides home go.",
				"The report stays, without names.", "This cannot be undone."},
			Action: "/dashboard/nights/wipe", Fields: map[string]string{"night": id},
			Yes: "Yes, wipe phone numbers and rides", Class: "danger", Back: "/dashboard/nights"})
		return
	}
	if err := d.Wipe(r.Context(), id, byOf(v), night.FromDashboard); err != nil {
		d.renderNights(w, r, v, web.Status(err), nightsBody{Error: night.ErrorMessage(d.internal("wipe", err))})
		return
	}
	http.Redirect(w, r, "/dashboard/nights?msg=wiped", http.StatusSeeOther)
}
