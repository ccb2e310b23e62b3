package dashboard

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/night"
)

// Report is what happened on a night, for the committee meeting. A wiped
// night keeps its report, anonymised, under the dashboard's keys.
type Report struct {
	Night      string    `json:"night"`
	Title      string    `json:"title"`
	Date       string    `json:"date"`
	Venue      string    `json:"venue"`
	Anonymised bool      `json:"anonymised,omitempty"`
	WipedAt    time.Time `json:"wiped_at,omitzero"`
	MadeAt     time.Time `json:"made_at"`

	Activity []ReportLine    `json:"activity"`
	Jobs     []ReportJob     `json:"jobs"`
	Problems []ReportProblem `json:"problems"`
	Rides    []ReportRide    `json:"rides"`
	Summary  Summary         `json:"summary"`
}

// ReportLine is one thing that happened, as it happened.
type ReportLine struct {
	At     time.Time    `json:"at"`
	Who    string       `json:"who"`
	Source night.Source `json:"source"`
	Text   string       `json:"text"`
}

// ReportJob is a job and who did it.
type ReportJob struct {
	Number    int       `json:"number"`
	Title     string    `json:"title"`
	Phase     string    `json:"phase"`
	Planned   []string  `json:"planned"` // names
	Status    string    `json:"status"`
	DoneBy    string    `json:"done_by,omitempty"`
	DoneAt    time.Time `json:"done_at,omitzero"`
	Committee bool      `json:"committee,omitempty"` // done by a committee member
}

// ReportProblem is a problem, who helped and how quickly.
type ReportProblem struct {
	Kind      string    `json:"kind"`
	Text      string    `json:"text"`
	RaisedBy  string    `json:"raised_by"`
	RaisedAt  time.Time `json:"raised_at"`
	ClaimedBy string    `json:"claimed_by,omitempty"`
	ClaimedAt time.Time `json:"claimed_at,omitzero"`
	SortedBy  string    `json:"sorted_by,omitempty"`
	SortedAt  time.Time `json:"sorted_at,omitzero"`
	Status    string    `json:"status"`
	// ToClaim and ToSort are seconds from raising; -1 when it never happened.
	ToClaim int64 `json:"to_claim"`
	ToSort  int64 `json:"to_sort"`
}

// ReportRide is a ride home and when the person left.
type ReportRide struct {
	Name   string    `json:"name"`
	Pickup string    `json:"pickup"`
	At     string    `json:"at"`
	Status string    `json:"status"`
	GoneAt time.Time `json:"gone_at,omitzero"`
	Late   bool      `json:"late,omitempty"`
}

// Summary is the counts the Easy Read page tells.
type Summary struct {
	Jobs          int `json:"jobs"`
	JobsDone      int `json:"jobs_done"`
	CommitteeDone int `json:"committee_done"`
	Problems      int `json:"problems"`
	Sorted        int `json:"sorted"`
	// ClaimSeconds is the average time until someone was on a problem,
	// over the Claimed problems someone came to.
	ClaimSeconds int64 `json:"claim_seconds"`
	Claimed      int   `json:"claimed,omitempty"`
	// Withdrawn problems were taken back by the person who raised them, and
	// Repeats were marked the same as another: neither is counted in
	// Problems or Sorted.
	Withdrawn int `json:"withdrawn,omitempty"`
	Repeats   int `json:"repeats,omitempty"`
	Rides     int `json:"rides"`
	RidesGone int `json:"rides_gone"`
	RidesLate int `json:"rides_late"`
	Helpers   int `json:"helpers"`
}

// lateAfter is how long after its time a ride counts as late.
const lateAfter = 10 * time.Minute

// buildReport makes the report of n as it is now.
func (d *Dashboard) buildReport(n *night.Night) *Report {
	rep := &Report{Night: n.ID, Title: n.Title, Date: n.Date, Venue: n.Venue, MadeAt: d.clock(),
		Activity: []ReportLine{}, Jobs: []ReportJob{}, Problems: []ReportProblem{}, Rides: []ReportRide{}}
	name := func(id string) string {
		if id == "" {
			return ""
		}
		return n.Name(id)
	}
	committee := func(id string) bool {
		p, ok := n.Person(id)
		return ok && p.HasRole(night.RoleCommittee)
	}
	helpers := map[string]bool{}
	for _, a := range n.Activity {
		who := name(a.By)
		if a.Type == string(night.CmdReplace) {
			continue
		}
		if a.By != "" {
			helpers[a.By] = true
		}
		rep.Activity = append(rep.Activity, ReportLine{At: a.At, Who: who, Source: a.Source, Text: a.Text})
	}
	for _, p := range n.People {
		if p.CheckedIn {
			helpers[p.ID] = true
		}
	}
	rep.Summary.Helpers = len(helpers)
	for _, j := range n.Jobs {
		rj := ReportJob{Number: j.Number, Title: j.Title, Phase: string(j.Phase), Status: string(j.Status),
			DoneBy: name(j.DoneBy), DoneAt: j.DoneAt, Planned: []string{}}
		for _, w := range j.Who {
			rj.Planned = append(rj.Planned, name(w))
		}
		rep.Summary.Jobs++
		if j.Status == night.Done {
			rep.Summary.JobsDone++
			if committee(j.DoneBy) {
				rj.Committee = true
				rep.Summary.CommitteeDone++
			}
		}
		rep.Jobs = append(rep.Jobs, rj)
	}
	var claimTotal int64
	var claimed int64
	for _, p := range n.Problems {
		rp := ReportProblem{Kind: string(p.Kind), Text: p.Text, RaisedBy: name(p.RaisedBy), RaisedAt: p.RaisedAt,
			ClaimedBy: name(p.ClaimedBy), ClaimedAt: p.ClaimedAt, SortedBy: name(p.SortedBy), SortedAt: p.SortedAt,
			Status: string(p.Status), ToClaim: -1, ToSort: -1}
		if rp.RaisedBy == "" {
			rp.RaisedBy = "Someone"
		}
		if !p.SortedAt.IsZero() {
			rp.ToSort = int64(p.SortedAt.Sub(p.RaisedAt) / time.Second)
		}
		switch {
		case withdrawn(p):
			rep.Summary.Withdrawn++
		case p.SameAs != "":
			rep.Summary.Repeats++
		default:
			if !p.ClaimedAt.IsZero() {
				rp.ToClaim = int64(p.ClaimedAt.Sub(p.RaisedAt) / time.Second)
				claimTotal += rp.ToClaim
				claimed++
			}
			rep.Summary.Problems++
			if p.Status == night.Sorted {
				rep.Summary.Sorted++
			}
		}
		rep.Problems = append(rep.Problems, rp)
	}
	if claimed > 0 {
		rep.Summary.ClaimSeconds = claimTotal / claimed
		rep.Summary.Claimed = int(claimed)
	}
	for _, r := range n.Rides {
		rr := ReportRide{Name: r.Name, Pickup: r.Pickup, At: r.At, Status: string(r.Status), GoneAt: r.GoneAt,
			Late: r.Status == night.Late}
		if !r.GoneAt.IsZero() && d.rideLate(r.At, r.GoneAt) {
			rr.Late = true
		}
		rep.Summary.Rides++
		if r.Status == night.Gone {
			rep.Summary.RidesGone++
		}
		if rr.Late {
			rep.Summary.RidesLate++
		}
		rep.Rides = append(rep.Rides, rr)
	}
	return rep
}

// withdrawn reports whether p was taken back by the person who raised it
// (an undone raise is kept, sorted by them, with nobody ever on it).
func withdrawn(p night.Problem) bool {
	return p.Status == night.Sorted && p.ClaimedBy == "" && p.SortedBy == p.RaisedBy
}

// rideLate reports whether someone due at hhmm left more than lateAfter
// later, by the clock of the venue.
func (d *Dashboard) rideLate(hhmm string, gone time.Time) bool {
	t, err := time.Parse("15:04", hhmm)
	if err != nil {
		return false
	}
	g := gone.In(d.loc)
	due := t.Hour()*60 + t.Minute()
	left := g.Hour()*60 + g.Minute()
	if left < due-12*60 { // past midnight
		left += 24 * 60
	}
	return time.Duration(left-due)*time.Minute > lateAfter
}

// anonymise takes ride details out of a report: guests become "Guest 1",
// "Guest 2", ..., and their names are taken out of every text too.
func anonymise(rep *Report) {
	rep.Anonymised = true
	// A problem's words can say anything ("Jo is at 22 Oak Lane"): only its
	// kind is kept, here and in the activity that quoted it.
	for i := range rep.Problems {
		said := rep.Problems[i].Text
		kind := night.KindWords[night.ProblemKind(rep.Problems[i].Kind)]
		if kind == "" {
			kind = "A problem"
		}
		if strings.TrimSpace(said) != "" {
			for j := range rep.Activity {
				rep.Activity[j].Text = strings.ReplaceAll(rep.Activity[j].Text, said, kind)
			}
		}
		rep.Problems[i].Text = kind
	}
	for i := range rep.Rides {
		rep.Rides[i].Pickup = ""
	}
	type swap struct{ from, to string }
	var swaps []swap
	for i := range rep.Rides {
		guest := "Guest " + strconv.Itoa(i+1)
		if n := strings.TrimSpace(rep.Rides[i].Name); n != "" {
			swaps = append(swaps, swap{n, guest})
		}
		rep.Rides[i].Name = guest
	}
	// Longer names first, so "Jo" never eats into "Joanne".
	sort.Slice(swaps, func(i, j int) bool { return len(swaps[i].from) > len(swaps[j].from) })
	// A name is also caught in its possessive, written as people text it:
	// "Jo's taxi", "jos taxi", "Jos taxi".
	scrub := func(s string) string {
		for _, sw := range swaps {
			s = replaceWord(s, sw.from+"'s", sw.to+"'s")
			s = replaceWord(s, sw.from+"’s", sw.to+"'s")
			s = replaceWord(s, sw.from+"s", sw.to+"'s")
			s = replaceWord(s, sw.from, sw.to)
		}
		return s
	}
	for i := range rep.Activity {
		rep.Activity[i].Text = scrub(rep.Activity[i].Text)
	}
	for i := range rep.Problems {
		rep.Problems[i].Text = scrub(rep.Problems[i].Text)
	}
}

// replaceWord replaces whole-word, case-insensitive matches of word in s.
func replaceWord(s, word, with string) string {
	if word == "" {
		return s
	}
	lower, lw := strings.ToLower(s), strings.ToLower(word)
	var b strings.Builder
	i := 0
	for {
		k := strings.Index(lower[i:], lw)
		if k < 0 {
			b.WriteString(s[i:])
			return b.String()
		}
		k += i
		end := k + len(lw)
		if (k == 0 || !isWordByte(s[k-1])) && (end == len(s) || !isWordByte(s[end])) {
			b.WriteString(s[i:k])
			b.WriteString(with)
		} else {
			b.WriteString(s[i:end])
		}
		i = end
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func (d *Dashboard) reportKey(id string) string { return d.key("report", id) }

// report returns the stored report of a wiped night, or makes one.
func (d *Dashboard) report(ctx context.Context, id string) (*Report, error) {
	data, err := d.rdb.Get(ctx, d.reportKey(id)).Bytes()
	if err == nil {
		var rep Report
		if err := json.Unmarshal(data, &rep); err != nil {
			return nil, fmt.Errorf("decode report %s: %w", id, err)
		}
		return &rep, nil
	}
	if !errors.Is(err, redis.Nil) {
		return nil, err
	}
	n, err := d.hub.NightFromRedis(ctx, id)
	if err != nil {
		return nil, err
	}
	return d.buildReport(n), nil
}

// easyLine is one sentence of the Easy Read summary, with its picture.
type easyLine struct {
	Icon, Text string
}

// easyRead says the summary in short sentences, one idea each.
func easyRead(s Summary) []easyLine {
	var out []easyLine
	if s.Jobs > 0 {
		out = append(out, easyLine{"tick", fmt.Sprintf("We did %d of %d jobs.", s.JobsDone, s.Jobs)})
		if s.JobsDone > 0 {
			out = append(out, easyLine{"people", fmt.Sprintf("Committee members did %d of them.", s.CommitteeDone)})
		}
	}
	if s.Helpers == 1 {
		out = append(out, easyLine{"person", "1 person from the team helped."})
	} else if s.Helpers > 1 {
		out = append(out, easyLine{"person", fmt.Sprintf("%d people from the team helped.", s.Helpers)})
	}
	switch {
	case s.Problems == 0:
		out = append(out, easyLine{"star", "There were no problems."})
	case s.Problems == 1 && s.Sorted == 1:
		out = append(out, easyLine{"problem", "There was 1 problem. We sorted it."})
	case s.Problems == 1:
		out = append(out, easyLine{"problem", "There was 1 problem. It was not sorted."})
	case s.Sorted == s.Problems:
		out = append(out, easyLine{"problem", fmt.Sprintf("There were %d problems. We sorted all of them.", s.Problems)})
	case s.Sorted == 0:
		out = append(out, easyLine{"problem", fmt.Sprintf("There were %d problems. None was sorted.", s.Problems)})
	default:
		out = append(out, easyLine{"problem", fmt.Sprintf("There were %d problems. We sorted %d.", s.Problems, s.Sorted)})
	}
	if s.Repeats == 1 {
		out = append(out, easyLine{"copy", "1 problem was told twice."})
	} else if s.Repeats > 1 {
		out = append(out, easyLine{"copy", fmt.Sprintf("%d problems were told twice.", s.Repeats)})
	}
	if s.Withdrawn == 1 {
		out = append(out, easyLine{"undo", "1 call for help was taken back."})
	} else if s.Withdrawn > 1 {
		out = append(out, easyLine{"undo", fmt.Sprintf("%d calls for help were taken back.", s.Withdrawn)})
	}
	if s.Problems > 0 && s.Claimed == 0 {
		out = append(out, easyLine{"clock", "Nobody said they were on a problem."})
	} else if s.Claimed > 0 {
		m := (s.ClaimSeconds + 30) / 60
		switch {
		case m < 1:
			out = append(out, easyLine{"clock", "Someone came to help in less than 1 minute."})
		case m == 1:
			out = append(out, easyLine{"clock", "Someone came to help in about 1 minute."})
		default:
			out = append(out, easyLine{"clock", fmt.Sprintf("Someone came to help in about %d minutes.", m)})
		}
	}
	if s.Rides > 0 {
		if s.Rides == 1 {
			out = append(out, easyLine{"car", fmt.Sprintf("%d of 1 person got their ride home.", s.RidesGone)})
		} else {
			out = append(out, easyLine{"car", fmt.Sprintf("%d of %d people got their ride home.", s.RidesGone, s.Rides)})
		}
		switch s.RidesLate {
		case 0:
			out = append(out, easyLine{"home", "No ride home was late."})
		case 1:
			out = append(out, easyLine{"late", "1 ride home was late."})
		default:
			out = append(out, easyLine{"late", fmt.Sprintf("%d rides home were late.", s.RidesLate)})
		}
	}
	return out
}

type reportBody struct {
	R        *Report
	Easy     []easyLine
	Phases   []phaseJobs
	CSV      string
	WipedOn  string
	Sources  map[night.Source]string
	Duration func(int64) string
}

type phaseJobs struct {
	Name string
	Jobs []ReportJob
}

var phaseNames = map[string]string{"setup": "Setting up", "briefing": "Briefing", "during": "During the night", "close": "Closing"}

var sourceWords = map[night.Source]string{night.FromKiosk: "kiosk", night.FromSMS: "text",
	night.FromDashboard: "dashboard", night.FromAPI: "organiser", night.FromSystem: "Clubnight"}

func secondsText(s int64) string {
	if s < 0 {
		return "Nobody yet"
	}
	return minutesText(time.Duration(s) * time.Second)
}

// serveReport is /dashboard/report/{night}, or its CSV with ".csv".
func (d *Dashboard) serveReport(w http.ResponseWriter, r *http.Request, v *viewer) {
	file := r.PathValue("file")
	id, isCSV := strings.CutSuffix(file, ".csv")
	if isCSV {
		if _, err := d.hub.SeqFromRedis(r.Context(), file); err == nil {
			id, isCSV = file, false // a night whose name ends in .csv
		}
	}
	rep, err := d.report(r.Context(), id)
	if err != nil {
		if night.ErrorCode(err) == night.NotFound {
			d.renderError(w, r, v, http.StatusNotFound, "There is no such night.", "Go to Nights to choose one.")
			return
		}
		d.log.Error("dashboard: report", "night", id, "err", err)
		d.renderError(w, r, v, http.StatusServiceUnavailable, "We could not make the report.", "Please try again in a minute.")
		return
	}
	if isCSV {
		d.writeReportCSV(w, rep)
		return
	}
	body := reportBody{R: rep, Easy: easyRead(rep.Summary), CSV: "/dashboard/report/" + rep.Night + ".csv",
		Sources: sourceWords, Duration: secondsText}
	for _, ph := range night.Phases {
		pj := phaseJobs{Name: phaseNames[string(ph)]}
		for _, j := range rep.Jobs {
			if j.Phase == string(ph) {
				pj.Jobs = append(pj.Jobs, j)
			}
		}
		if len(pj.Jobs) > 0 {
			body.Phases = append(body.Phases, pj)
		}
	}
	if !rep.WipedAt.IsZero() {
		body.WipedOn = rep.WipedAt.In(d.loc).Format("2 January 2006")
	}
	d.render(w, r, v, http.StatusOK, "report", pageData{Title: "Report: " + rep.Title, Nav: "nights", Body: body})
}

// csvSafe stops a spreadsheet from running a cell as a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func (d *Dashboard) writeReportCSV(w http.ResponseWriter, rep *Report) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="report-`+rep.Night+`.csv"`)
	w.Header().Set("Cache-Control", "no-store")
	cw := csv.NewWriter(w)
	row := func(cells ...string) {
		for i := range cells {
			cells[i] = csvSafe(cells[i])
		}
		_ = cw.Write(cells)
	}
	clock := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(d.loc).Format("15:04")
	}
	mins := func(s int64) string {
		if s < 0 {
			return ""
		}
		return strconv.FormatInt((s+30)/60, 10)
	}
	row("section", "number", "time", "what", "who", "status", "detail")
	for _, l := range easyRead(rep.Summary) {
		row("summary", "", "", l.Text, "", "", "")
	}
	for _, a := range rep.Activity {
		row("timeline", "", clock(a.At), a.Text, a.Who, "", sourceWords[a.Source])
	}
	for _, j := range rep.Jobs {
		row("job", strconv.Itoa(j.Number), clock(j.DoneAt), j.Title, j.DoneBy, j.Status,
			"planned: "+strings.Join(j.Planned, ", "))
	}
	for i, p := range rep.Problems {
		row("problem", strconv.Itoa(i+1), clock(p.RaisedAt), p.Text, p.RaisedBy, p.Status,
			fmt.Sprintf("on it: %s after %s min; sorted by %s after %s min", orNobody(p.ClaimedBy), mins(p.ToClaim),
				orNobody(p.SortedBy), mins(p.ToSort)))
	}
	for i, r := range rep.Rides {
		detail := r.Pickup + " at " + r.At
		if r.Late {
			detail += "; late"
		}
		row("ride", strconv.Itoa(i+1), clock(r.GoneAt), r.Name, "", r.Status, detail)
	}
	cw.Flush()
}

func orNobody(s string) string {
	if s == "" {
		return "nobody"
	}
	return s
}
