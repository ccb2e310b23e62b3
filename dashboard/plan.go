package dashboard

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/web"
)

// MaxPlanBytes bounds a plan sent to the dashboard.
const MaxPlanBytes = 1 << 20

// nightSummary is one night on the nights page.
type nightSummary struct {
	ID, Title, Date, Venue string
	Live, Started, Past    bool
	Wiped                  bool
	WipedAt                string
	Jobs, Done, People     int
}

type nightsBody struct {
	Nights   []nightSummary
	Live     *nightSummary
	Latest   string // the newest night, the default to copy from
	NextDate string
	Message  string
	Error    string
	Problems []string
}

// flashes are the fixed messages a redirect may ask the nights page to
// show, so no text from a link is ever shown.
var flashes = map[string]string{
	"live":     "The live night is changed. Kiosks and texts follow it now.",
	"imported": "The plan is loaded.",
	"wiped":    "Phone numbers and ride details are wiped. The report is kept, without them.",
}

func (d *Dashboard) summaries(ctx context.Context) ([]nightSummary, string, error) {
	ids, err := d.hub.Store().Nights(ctx)
	if err != nil {
		return nil, "", err
	}
	live, _ := d.hub.Store().Live(ctx)
	today := d.clock().In(d.loc).Format("2006-01-02")
	var out []nightSummary
	for _, id := range ids {
		n, err := d.hub.NightFromRedis(ctx, id)
		if err != nil {
			if night.ErrorCode(err) == night.NotFound {
				continue
			}
			return nil, "", err
		}
		s := nightSummary{ID: n.ID, Title: n.Title, Date: n.Date, Venue: n.Venue, Live: n.ID == live,
			Started: started(n), Past: n.Date != "" && n.Date < today, Jobs: len(n.Jobs), People: len(n.People)}
		for _, j := range n.Jobs {
			if j.Status == night.Done {
				s.Done++
			}
		}
		if at, err := d.wipedAt(ctx, n.ID); err == nil && !at.IsZero() {
			s.Wiped, s.WipedAt = true, at.In(d.loc).Format("2 January 2006")
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date > out[j].Date
		}
		return out[i].ID > out[j].ID
	})
	return out, live, nil
}

func (d *Dashboard) serveNights(w http.ResponseWriter, r *http.Request, v *viewer) {
	d.renderNights(w, r, v, http.StatusOK, nightsBody{Message: flashes[r.URL.Query().Get("msg")]})
}

func (d *Dashboard) renderNights(w http.ResponseWriter, r *http.Request, v *viewer, code int, body nightsBody) {
	list, _, err := d.summaries(r.Context())
	if err != nil {
		d.log.Error("dashboard: list nights", "err", err)
		d.renderError(w, r, v, http.StatusServiceUnavailable, "We could not load the nights.", "Please try again in a minute.")
		return
	}
	body.Nights = list
	for i := range list {
		if list[i].Live {
			body.Live = &list[i]
		}
	}
	body.NextDate = d.clock().In(d.loc).AddDate(0, 0, 7).Format("2006-01-02")
	if len(list) > 0 {
		body.Latest = list[0].ID
		// Club nights are monthly, on the same day of the week.
		if t, err := time.Parse("2006-01-02", list[0].Date); err == nil {
			if next := t.AddDate(0, 0, 28).Format("2006-01-02"); next > body.NextDate {
				body.NextDate = next
			}
		}
	}
	d.render(w, r, v, code, "nights", pageData{Title: "Nights", Nav: "nights", Body: body})
}

// started reports whether anything has happened on a night since its
// plan was loaded.
func started(n *night.Night) bool {
	for _, a := range n.Activity {
		if a.Type != string(night.CmdReplace) {
			return true
		}
	}
	return false
}

func (d *Dashboard) postLive(w http.ResponseWriter, r *http.Request, v *viewer) {
	id := r.PostFormValue("night")
	if err := d.checkMakeLive(r.Context(), v.principal, id); err != nil {
		d.renderNights(w, r, v, web.Status(err), nightsBody{Error: night.ErrorMessage(d.internal("set live", err))})
		return
	}
	if !confirmed(r) {
		n, err := d.hub.NightFromRedis(r.Context(), id)
		if err != nil {
			d.renderNights(w, r, v, web.Status(err), nightsBody{Error: night.ErrorMessage(d.internal("set live", err))})
			return
		}
		d.askFirst(w, r, v, d.liveQuestion(r.Context(), n))
		return
	}
	if err := d.hub.SetLive(r.Context(), id); err != nil {
		d.renderNights(w, r, v, web.Status(err), nightsBody{Error: night.ErrorMessage(d.internal("set live", err))})
		return
	}
	http.Redirect(w, r, "/dashboard/nights?msg=live", http.StatusSeeOther)
}

// checkMakeLive asks auth whether p may make night id live.
func (d *Dashboard) checkMakeLive(ctx context.Context, p auth.Principal, id string) error {
	next, err := d.hub.NightFromRedis(ctx, id)
	if err != nil {
		return err
	}
	var live *night.Night
	if liveID, err := d.hub.LiveID(ctx); err == nil {
		if live, err = d.hub.NightFromRedis(ctx, liveID); err != nil && night.ErrorCode(err) != night.NotFound {
			return err
		}
	} else if night.ErrorCode(err) != night.NotFound {
		return err
	}
	return p.CheckMakeLive(live, next)
}

// byOf is who a change from v is recorded under.
func byOf(v *viewer) string { return v.principal.Person }

// freeID returns base, or base-2, base-3, ... when taken.
func (d *Dashboard) freeID(ctx context.Context, base string) (string, error) {
	for i := 1; i < 100; i++ {
		id := base
		if i > 1 {
			id = base + "-" + strconv.Itoa(i)
		}
		_, err := d.hub.SeqFromRedis(ctx, id)
		if night.ErrorCode(err) == night.NotFound {
			return id, nil
		}
		if err != nil {
			return "", err
		}
	}
	return "", night.Errorf(night.Conflict, "There are too many nights on that date.")
}

// postCopy starts a new night from another's plan: the same team, jobs,
// running order, briefing and rides, with a new date and nothing done.
func (d *Dashboard) postCopy(w http.ResponseWriter, r *http.Request, v *viewer) {
	ctx := r.Context()
	from := r.PostFormValue("from")
	date := strings.TrimSpace(r.PostFormValue("date"))
	fail := func(code int, msg string) {
		d.renderNights(w, r, v, code, nightsBody{Error: msg})
	}
	src, err := d.hub.NightFromRedis(ctx, from)
	if err != nil {
		fail(web.Status(err), "Choose a night to copy.")
		return
	}
	if _, err := time.Parse("2006-01-02", date); err != nil {
		fail(http.StatusBadRequest, "Please give the date of the new night.")
		return
	}
	id, err := d.freeID(ctx, date)
	if err != nil {
		fail(web.Status(err), night.ErrorMessage(d.internal("copy", err)))
		return
	}
	p := src.Plan()
	p.ID, p.Date = id, date
	if t := strings.TrimSpace(r.PostFormValue("title")); t != "" {
		p.Title = t
	}
	if err := p.Validate(); err != nil {
		fail(http.StatusBadRequest, night.ErrorMessage(err))
		return
	}
	if err := v.principal.CheckRoles(src.Plan().People, p.People); err != nil {
		fail(web.Status(err), night.ErrorMessage(err))
		return
	}
	if _, err := d.hub.Import(ctx, p, byOf(v), night.FromDashboard); err != nil {
		fail(web.Status(err), night.ErrorMessage(d.internal("copy", err)))
		return
	}
	http.Redirect(w, r, "/dashboard/plan/"+url.PathEscape(id)+"?msg=copied", http.StatusSeeOther)
}

// keepPhones puts the stored phone numbers back into a plan from someone
// who is not an organiser: they never see numbers, so they cannot change
// them. A new person gets no number.
func keepPhones(p *night.Plan, old *night.Night) {
	for i := range p.People {
		p.People[i].Phone = ""
		if old == nil {
			continue
		}
		if op, ok := old.Person(p.People[i].ID); ok {
			p.People[i].Phone = op.Phone
		}
	}
}

// postImport loads a plan file (or pasted JSON).
func (d *Dashboard) postImport(w http.ResponseWriter, r *http.Request, v *viewer) {
	ctx := r.Context()
	var data []byte
	if f, _, err := r.FormFile("file"); err == nil {
		data, err = io.ReadAll(io.LimitReader(f, MaxPlanBytes+1))
		f.Close()
		if err != nil {
			d.renderNights(w, r, v, http.StatusBadRequest, nightsBody{Error: "We could not read that file."})
			return
		}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		data = []byte(r.PostFormValue("plan"))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		d.renderNights(w, r, v, http.StatusBadRequest, nightsBody{Error: "Choose a plan file first."})
		return
	}
	if len(data) > MaxPlanBytes {
		d.renderNights(w, r, v, http.StatusBadRequest, nightsBody{Error: "That file is too big for a plan."})
		return
	}
	res, err := d.savePlan(ctx, v, data, false, r.PostFormValue("restart") == "yes")
	if err != nil {
		body := nightsBody{Error: night.ErrorMessage(err)}
		var ne *night.Error
		if errors.As(err, &ne) && len(ne.Problems) > 0 {
			body.Error = "The plan was not loaded. Please fix these things and try again:"
			body.Problems = ne.Problems
		}
		d.renderNights(w, r, v, web.Status(err), body)
		return
	}
	http.Redirect(w, r, "/dashboard/plan/"+url.PathEscape(res.ID)+"?msg=imported", http.StatusSeeOther)
}

// savePlan parses, checks and loads a plan for v. create refuses an
// existing night; restart allows resetting a night that has started.
func (d *Dashboard) savePlan(ctx context.Context, v *viewer, data []byte, create, restart bool) (*night.Night, error) {
	p, err := night.ParsePlan(data)
	if err != nil {
		var ne *night.Error
		if errors.As(err, &ne) {
			ne.Problems = plainProblems(ne.Problems, nil)
		}
		return nil, err
	}
	old, err := d.hub.NightFromRedis(ctx, p.ID)
	switch {
	case err == nil:
		if create {
			return nil, night.Errorf(night.Conflict, "There is already a night called %q. Choose another date or name.", p.ID)
		}
		if at, _ := d.wipedAt(ctx, p.ID); !at.IsZero() {
			return nil, night.Errorf(night.Conflict, "This night was wiped. Copy it to a new night instead.")
		}
		if started(old) && !restart {
			if !v.organiser() {
				keepPhones(p, old)
			}
			if err := v.principal.CheckRoles(old.Plan().People, p.People); err != nil {
				return nil, err
			}
			// Changes the live page could make are made the same way, so
			// nothing already ticked is lost.
			e := planLiveEdit(old, p)
			if len(e.blocked) == 0 {
				return d.applyLive(ctx, v, old, e)
			}
			return nil, &night.Error{Code: night.Conflict, Message: "This night has started. These changes need it started again, and every tick is lost: " +
				strings.Join(e.blocked, "; ") + ".", Problems: []string{"started"}}
		}
	case night.ErrorCode(err) == night.NotFound:
		old = nil
	default:
		return nil, d.internal("load night", err)
	}
	if !v.organiser() {
		keepPhones(p, old)
	}
	var before []night.PlanPerson
	if old != nil {
		before = old.Plan().People
	}
	if err := v.principal.CheckRoles(before, p.People); err != nil {
		return nil, err
	}
	res, err := d.hub.Import(ctx, p, byOf(v), night.FromDashboard)
	if err != nil {
		return nil, d.internal("import", err)
	}
	return res.Night, nil
}

// friendlyPhone writes a UK number the way people write it ("07700
// 900123"), and any other in international form.
func friendlyPhone(e164 string) string {
	if e164 == "" {
		return ""
	}
	num, err := phonenumbers.Parse(e164, phone.DefaultRegion)
	if err != nil {
		return e164
	}
	if int(num.GetCountryCode()) == phonenumbers.GetCountryCodeForRegion(phone.DefaultRegion) {
		return phonenumbers.Format(num, phonenumbers.NATIONAL)
	}
	return phonenumbers.Format(num, phonenumbers.INTERNATIONAL)
}

var problemPlace = regexp.MustCompile(`^(people|jobs|timeline|briefing|rides)\[(\d+)\]( \([^)]*\))?`)

// plainProblems says where each problem is the way the editor shows it.
func plainProblems(probs []string, _ *night.Plan) []string {
	words := map[string]string{"people": "Team member", "jobs": "Job", "timeline": "Running order line",
		"briefing": "Briefing point", "rides": "Ride home"}
	out := make([]string, len(probs))
	for i, p := range probs {
		out[i] = sentence(problemPlace.ReplaceAllStringFunc(p, func(m string) string {
			sm := problemPlace.FindStringSubmatch(m)
			n, _ := strconv.Atoi(sm[2])
			return fmt.Sprintf("%s %d", words[sm[1]], n+1)
		}))
	}
	return out
}

// sentence starts a problem, and what follows its place ("Job 3: "), with
// a capital letter, as a sentence does.
func sentence(s string) string {
	up := func(s string) string {
		r, n := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(r)) + s[n:]
	}
	if s == "" {
		return s
	}
	s = up(s)
	if i := strings.Index(s, ": "); i > 0 && i+2 < len(s) {
		s = s[:i+2] + up(s[i+2:])
	}
	return s
}

// planReply is the editor's view of a night's plan.
type planReply struct {
	Plan      *night.Plan `json:"plan"`
	Started   bool        `json:"started"`
	Live      bool        `json:"live"`
	Wiped     bool        `json:"wiped"`
	Organiser bool        `json:"organiser"`
	Seq       int64       `json:"seq"`
}

func (d *Dashboard) planReplyFor(ctx context.Context, n *night.Night, v *viewer) planReply {
	p := n.Plan()
	for i := range p.People {
		if v.organiser() {
			p.People[i].Phone = friendlyPhone(p.People[i].Phone)
		} else {
			p.People[i].Phone = ""
		}
	}
	live, _ := d.hub.Store().Live(ctx)
	at, _ := d.wipedAt(ctx, n.ID)
	return planReply{Plan: p, Started: started(n), Live: live == n.ID, Wiped: !at.IsZero(), Organiser: v.organiser(), Seq: n.Seq}
}

func (d *Dashboard) getPlan(w http.ResponseWriter, r *http.Request, v *viewer) {
	n, err := d.hub.NightFromRedis(r.Context(), r.PathValue("night"))
	if err != nil {
		web.WriteError(w, nil, d.internal("load night", err))
		return
	}
	web.WriteJSON(w, http.StatusOK, d.planReplyFor(r.Context(), n, v))
}

type planSave struct {
	Plan    json.RawMessage `json:"plan"`
	Create  bool            `json:"create"`
	Restart bool            `json:"restart"`
}

// postPlan saves the editor's plan: create a night, or replace its plan.
func (d *Dashboard) postPlan(w http.ResponseWriter, r *http.Request, v *viewer) {
	var req planSave
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, MaxPlanBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil || len(req.Plan) == 0 {
		web.WriteError(w, nil, night.Errorf(night.Invalid, "We could not read the plan."))
		return
	}
	var head struct {
		ID string `json:"id"`
	}
	_ = json.Unmarshal(req.Plan, &head)
	if head.ID != r.PathValue("night") {
		web.WriteError(w, nil, night.Errorf(night.Invalid, "The plan is for another night."))
		return
	}
	n, err := d.savePlan(r.Context(), v, req.Plan, req.Create, req.Restart)
	if err != nil {
		web.WriteError(w, nil, err)
		return
	}
	web.WriteJSON(w, http.StatusOK, d.planReplyFor(r.Context(), n, v))
}

type editorConfig struct {
	Night string            `json:"night"` // "" for a new night
	CSRF  string            `json:"csrf"`
	Me    *me               `json:"me"`
	Date  string            `json:"date"` // a suggested date for a new night
	Icons map[string]string `json:"icons"`
	Msg   string            `json:"msg"`
}

type editorBody struct {
	New   bool
	Night string
}

func (d *Dashboard) servePlanEditor(w http.ResponseWriter, r *http.Request, v *viewer) {
	id := r.PathValue("night")
	cfg := editorConfig{CSRF: v.sess.CSRF, Me: meOf(v), Icons: icons,
		Date: d.clock().In(d.loc).AddDate(0, 0, 7).Format("2006-01-02")}
	body := editorBody{New: id == "new"}
	if !body.New {
		if _, err := d.hub.SeqFromRedis(r.Context(), id); err != nil {
			d.renderError(w, r, v, http.StatusNotFound, "There is no such night.", "Go to Nights to choose one.")
			return
		}
		cfg.Night, body.Night = id, id
	}
	switch r.URL.Query().Get("msg") {
	case "copied":
		cfg.Msg = "This is a copy. Check the date, the team and the jobs, then save."
	case "imported":
		cfg.Msg = "The plan is loaded."
	}
	title := "Plan a new night"
	if !body.New {
		title = "Change the plan"
	}
	d.render(w, r, v, http.StatusOK, "plan", pageData{Title: title, Nav: "nights", JS: []string{"plan.js"},
		Config: pageConfig(cfg), Body: body})
}

// serveExport downloads a night's plan as JSON, phone numbers and all, so
// only organisers may.
func (d *Dashboard) serveExport(w http.ResponseWriter, r *http.Request, v *viewer) {
	if !v.organiser() {
		d.renderError(w, r, v, http.StatusForbidden, "Only an organiser can download a plan.",
			"A plan file holds phone numbers. Any team member can be an organiser: ask one to give you the role.")
		return
	}
	id, ok := strings.CutSuffix(r.PathValue("file"), ".json")
	if !ok {
		http.NotFound(w, r)
		return
	}
	n, err := d.hub.NightFromRedis(r.Context(), id)
	if err != nil {
		d.renderError(w, r, v, web.Status(err), "There is no such night.", "Go to Nights to choose one.")
		return
	}
	w.Header().Set("Content-Disposition", `attachment; filename="`+n.ID+`.json"`)
	out, _ := json.MarshalIndent(n.Plan(), "", "  ")
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(append(out, '\n'))
}

// wipedAt returns when night id was wiped, or the zero time.
func (d *Dashboard) wipedAt(ctx context.Context, id string) (time.Time, error) {
	ms, err := d.rdb.Get(ctx, d.key("wiped", id)).Int64()
	if errors.Is(err, redis.Nil) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, err
	}
	return time.UnixMilli(ms), nil
}
