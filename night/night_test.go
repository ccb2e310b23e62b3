package night_test

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
)

func TestNowAndNext(t *testing.T) {
	n := MustFixture(t)
	cases := []struct {
		name      string
		at        string
		now, next string // titles; "" for none
		whatsNext string
	}{
		{"BeforeTheNight", "17:59", "", "Team arrives and sets up", "Team arrives and sets up"},
		{"Midnight", "00:00", "", "Team arrives and sets up", "Team arrives and sets up"},
		{"FirstItem", "18:00", "Team arrives and sets up", "Team briefing", "Team briefing"},
		{"During", "19:20", "DJ Sam", "Raffle", "Raffle"},
		{"JustBeforeAnItem", "20:14", "DJ Sam", "Raffle", "Raffle"},
		{"OnAnItem", "20:15", "Raffle", "DJ Marcus", "DJ Marcus"},
		{"LastItem", "22:00", "Home time", "", "Home time"},
		{"AfterTheNight", "23:30", "Home time", "", "Home time"},
	}
	title := func(it *night.TimelineItem) string {
		if it == nil {
			return ""
		}
		return it.Title
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			now, next := n.NowAndNext(tc.at)
			if title(now) != tc.now || title(next) != tc.next {
				t.Fatalf("NowAndNext(%s) = %q, %q; want %q, %q", tc.at, title(now), title(next), tc.now, tc.next)
			}
			if got := title(n.WhatsNext(tc.at)); got != tc.whatsNext {
				t.Fatalf("WhatsNext(%s) = %q; want %q", tc.at, got, tc.whatsNext)
			}
		})
	}
	t.Run("EmptyTimeline", func(t *testing.T) {
		e := night.NewNight(&night.Plan{ID: "n", Title: "T"})
		for _, at := range []string{"00:00", "19:00", "23:59"} {
			if now, next := e.NowAndNext(at); now != nil || next != nil {
				t.Fatalf("NowAndNext(%s) = %v, %v; want nothing", at, now, next)
			}
			if got := e.WhatsNext(at); got != nil {
				t.Fatalf("WhatsNext(%s) = %v; want nil", at, got)
			}
		}
	})
	t.Run("OneItem", func(t *testing.T) {
		e := night.NewNight(&night.Plan{ID: "n", Title: "T", Timeline: []night.TimelineItem{{At: "19:00", Title: "Doors"}}})
		for _, at := range []string{"18:00", "19:00", "21:00"} {
			if got := e.WhatsNext(at); got == nil || got.Title != "Doors" {
				t.Fatalf("WhatsNext(%s) = %v; want Doors", at, got)
			}
		}
	})
}

// MustBusyNight is the fixture with something in every part, including
// undo entries and problems.
func MustBusyNight(t *testing.T) *night.Night {
	t.Helper()
	n := MustFixture(t)
	for _, c := range []night.Command{
		checkIn("sam"), doing(1, "tom"), raise("kim"), claim("p1", "sam"),
		ride(night.CmdWaitWith, "r2", "leon"), briefed(0, "jade"), done(2, "marcus"),
	} {
		n, _ = MustApply(t, n, c)
	}
	return n
}

func TestPublic(t *testing.T) {
	n := MustBusyNight(t)
	before := MustJSON(t, n)
	pub := n.Public()
	if MustJSON(t, n) != before {
		t.Fatalf("Public changed the night")
	}
	AssertNoPhone(t, "public night", pub)
	if pub.Undo != nil || strings.Contains(MustJSON(t, pub), `"undo"`) {
		t.Fatalf("public night keeps undo: %v", pub.Undo)
	}
	if len(n.Undo) == 0 || n.People[0].Phone == "" {
		t.Fatalf("the night itself lost its phones or undo")
	}
	// Everything else is the same.
	priv := n.Clone()
	for i := range priv.People {
		priv.People[i].Phone = ""
	}
	priv.Undo = nil
	if !reflect.DeepEqual(pub, priv) {
		t.Fatalf("Public dropped more than phones and undo")
	}
}

func TestClone(t *testing.T) {
	n := MustBusyNight(t)
	before := MustJSON(t, n)
	c := n.Clone()
	if !reflect.DeepEqual(c, n) {
		t.Fatalf("clone differs from the original")
	}
	mutations := []struct {
		name string
		do   func(c *night.Night)
	}{
		{"Person", func(c *night.Night) { c.People[0].Name = "X"; c.People[0].CheckedIn = false }},
		{"Roles", func(c *night.Night) { c.People[0].Roles[0] = "X" }},
		{"Job", func(c *night.Night) { c.Jobs[0].Status = night.Done }},
		{"JobWho", func(c *night.Night) { c.Jobs[0].Who[0] = "X" }},
		{"Problem", func(c *night.Night) { c.Problems[0].Status = night.Sorted }},
		{"Ride", func(c *night.Night) { c.Rides[0].Status = night.Gone }},
		{"WaitingWith", func(c *night.Night) { c.Rides[1].WaitingWith[0] = "X" }},
		{"Timeline", func(c *night.Night) { c.Timeline[0].Title = "X" }},
		{"Briefing", func(c *night.Night) { c.Briefing[0].Delivered = false }},
		{"BriefingWho", func(c *night.Night) { c.Briefing[0].Who[0] = "X" }},
		{"Activity", func(c *night.Night) { c.Activity[0].Text = "X" }},
		{"UndoEntry", func(c *night.Night) { delete(c.Undo, "sam"); c.Undo["zed"] = night.UndoEntry{} }},
		{"Appends", func(c *night.Night) {
			c.People = append(c.People, night.Person{ID: "x"})
			c.Jobs[0].Who = append(c.Jobs[0].Who, "x")
			c.Problems = append(c.Problems, night.Problem{ID: "x"})
			c.Activity = append(c.Activity, night.Activity{})
		}},
	}
	for _, m := range mutations {
		t.Run(m.name, func(t *testing.T) {
			c := n.Clone()
			m.do(c)
			if MustJSON(t, n) != before {
				t.Fatalf("changing the clone's %s changed the original", m.name)
			}
		})
	}
	t.Run("KeepsEmptyListsEmpty", func(t *testing.T) {
		e := night.NewNight(&night.Plan{ID: "n", Title: "T"})
		s := MustJSON(t, e.Clone())
		for _, field := range []string{"people", "jobs", "problems", "rides", "timeline", "briefing", "activity"} {
			if !strings.Contains(s, `"`+field+`":[]`) {
				t.Errorf("clone of an empty night has %s as null, not []: %s", field, s)
			}
		}
	})
}

func TestNight_Lookups(t *testing.T) {
	n := MustBusyNight(t)
	if p, ok := n.Person("kim"); !ok || p.Name != "Kim" || !p.HasRole(night.RoleStaff) || p.HasRole(night.RoleCommittee) {
		t.Errorf("Person(kim) = %+v, %v", p, ok)
	}
	if _, ok := n.Person("zed"); ok {
		t.Errorf("Person(zed) found")
	}
	if _, ok := n.PersonByPhone(""); ok {
		t.Errorf("PersonByPhone(\"\") found someone")
	}
	if _, ok := n.PersonByPhone("07700 900101"); ok {
		t.Errorf("PersonByPhone takes only E.164")
	}
	for _, num := range []int{0, -1, 16} {
		if _, ok := n.Job(num); ok {
			t.Errorf("Job(%d) found", num)
		}
	}
	if j, ok := n.Job(15); !ok || j.ID != "lostprop" {
		t.Errorf("Job(15) = %+v, %v", j, ok)
	}
	if p, ok := n.Problem("p1"); !ok || p.Status != night.Claimed {
		t.Errorf("Problem(p1) = %+v, %v", p, ok)
	}
	if r, ok := n.Ride("r5"); !ok || r.Name != "Ravi" {
		t.Errorf("Ride(r5) = %+v, %v", r, ok)
	}
	for id, want := range map[string]string{"sam": "Sam", "zed": "zed", "": "Someone"} {
		if got := n.Name(id); got != want {
			t.Errorf("Name(%q) = %q; want %q", id, got, want)
		}
	}
	if got := n.JobsOf("jade"); !slices.Equal(got, []int{1, 6, 7, 9, 13, 15}) {
		t.Errorf("JobsOf(jade) = %v", got)
	}
	if got := n.JobsOf("zed"); got != nil {
		t.Errorf("JobsOf(zed) = %v", got)
	}
	if got := n.OpenProblems(); len(got) != 1 || got[0].ID != "p1" {
		t.Errorf("OpenProblems = %+v", got)
	}
	n, _ = MustApply(t, n, sortP("p1", "sam"))
	if got := n.OpenProblems(); len(got) != 0 {
		t.Errorf("OpenProblems after sorting = %+v", got)
	}
	for secs, want := range map[int]time.Duration{0: 3 * time.Minute, -5: 3 * time.Minute, 90: 90 * time.Second} {
		n.EscalateAfterSeconds = secs
		if got := n.EscalateAfter(); got != want {
			t.Errorf("EscalateAfter with %d = %v; want %v", secs, got, want)
		}
	}
}

func TestErrors(t *testing.T) {
	e := night.Errorf(night.NotFound, "There is no job %d.", 99)
	wrapped := fmt.Errorf("hub: apply: %w", e)
	cases := []struct {
		name string
		err  error
		code night.Code
		msg  string
	}{
		{"Nil", nil, "", "Something went wrong on our side. Please try again."},
		{"Typed", e, night.NotFound, "There is no job 99."},
		{"Wrapped", wrapped, night.NotFound, "There is no job 99."},
		{"Plain", errors.New("redis: connection refused"), night.Internal, "Something went wrong on our side. Please try again."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := night.ErrorCode(tc.err); got != tc.code {
				t.Errorf("ErrorCode = %q; want %q", got, tc.code)
			}
			if got := night.ErrorMessage(tc.err); got != tc.msg {
				t.Errorf("ErrorMessage = %q; want %q", got, tc.msg)
			}
		})
	}
}

func TestKioskAllowed(t *testing.T) {
	allowed := []night.CommandType{night.CmdDone, night.CmdDoing, night.CmdUndo, night.CmdCheckIn, night.CmdCheckOut,
		night.CmdRaise, night.CmdClaim, night.CmdSort, night.CmdRideGone, night.CmdRideLate, night.CmdRideWait,
		night.CmdWaitWith, night.CmdBriefed}
	refused := []night.CommandType{night.CmdAssignJob, night.CmdAddJob, night.CmdAddRide, night.CmdAddPerson,
		night.CmdOptOut, night.CmdOptIn, night.CmdEscalate, night.CmdReplace, "fly", ""}
	for _, c := range allowed {
		if !c.KioskAllowed() {
			t.Errorf("a kiosk may not %q", c)
		}
	}
	for _, c := range refused {
		if c.KioskAllowed() {
			t.Errorf("a kiosk may %q", c)
		}
	}
}

func TestValidKindAndTime(t *testing.T) {
	for _, k := range night.ProblemKinds {
		if !night.ValidKind(k) || night.KindWords[k] == "" {
			t.Errorf("kind %q not valid or has no words", k)
		}
	}
	for _, k := range []night.ProblemKind{"", "Taxi", "fire"} {
		if night.ValidKind(k) {
			t.Errorf("ValidKind(%q)", k)
		}
	}
	for s, want := range map[string]bool{"00:00": true, "09:05": true, "23:59": true, "24:00": false, "25:00": false,
		"7pm": false, "7:00": false, "19:60": false, "": false, "19:00 ": false} {
		if got := night.ValidTime(s); got != want {
			t.Errorf("ValidTime(%q) = %v", s, got)
		}
	}
}

func TestApply_ReplacePlan(t *testing.T) {
	replace := func(p *night.Plan) night.Command {
		return night.Command{Type: night.CmdReplace, Plan: p, Source: night.FromAPI, At: T0, ID: "put-1"}
	}
	check := func(t *testing.T, m *night.Night, ev *night.Event, seq int64) {
		t.Helper()
		if m.Seq != seq || ev.Seq != seq || ev.Kind != night.CmdReplace || ev.Type != "event" || ev.CommandID != "put-1" {
			t.Fatalf("replace gave seq %d, event %+v; want seq %d", m.Seq, ev, seq)
		}
		if ev.State == nil || !reflect.DeepEqual(ev.State, m.Public()) {
			t.Fatalf("event state is not the new public night")
		}
		AssertNoPhone(t, "replace event", ev)
		if s := MustJSON(t, ev.State); strings.Contains(s, `"problems":null`) {
			t.Fatalf("event state has problems null: %s", s)
		}
		if len(m.Activity) != 1 || m.Activity[0].Seq != seq || ev.Activity == nil || *ev.Activity != m.Activity[0] ||
			m.Activity[0].Text != "The plan for the night was loaded." {
			t.Fatalf("activity = %+v", m.Activity)
		}
		if p, _ := m.Person("tom"); p.Phone != "+447700900103" {
			t.Fatalf("the night lost tom's phone: %q", p.Phone)
		}
	}

	t.Run("NewNight", func(t *testing.T) {
		m, ev, err := night.Apply(nil, replace(MustPlan(t)))
		if err != nil {
			t.Fatal(err)
		}
		check(t, m, ev, 1)
	})
	t.Run("KeepsSeqGoing", func(t *testing.T) {
		n := MustBusyNight(t)
		before := MustJSON(t, n)
		p := MustPlan(t)
		p.Title = "December Club Night (moved)"
		m, ev, err := night.Apply(n, replace(p))
		if MustJSON(t, n) != before {
			t.Fatalf("Apply changed its input")
		}
		if err != nil {
			t.Fatal(err)
		}
		check(t, m, ev, n.Seq+1)
		if m.Title != p.Title || len(m.Problems) != 0 || m.Undo != nil || m.Jobs[0].Status != night.Todo || m.People[0].CheckedIn {
			t.Fatalf("replaced night keeps old state: %+v", m)
		}
	})
	t.Run("NormalisesPhones", func(t *testing.T) {
		p := MustPlan(t)
		p.People[0].Phone = "07700 900101"
		m, _, err := night.Apply(MustFixture(t), replace(p))
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := m.PersonByPhone("+447700900101"); !ok || got.ID != "sam" {
			t.Fatalf("phone not normalised")
		}
	})
	refusals := []struct {
		name string
		n    *night.Night
		plan func(t *testing.T) *night.Plan
		msg  string // exact, or a prefix ending in ": "
	}{
		{"IDMismatch", MustFixture(t), func(t *testing.T) *night.Plan {
			p := MustPlan(t)
			p.ID = "2026-12-12"
			return p
		}, `The plan is for night "2026-12-12", not "2026-12-05".`},
		{"InvalidPlan", MustFixture(t), func(t *testing.T) *night.Plan {
			p := MustPlan(t)
			p.Title = ""
			p.Jobs[0].Who = []string{"zed"}
			return p
		}, `The plan has 2 problems: title is missing; jobs[0] (hall): unknown person id "zed"`},
		{"InvalidNewNight", nil, func(t *testing.T) *night.Plan { return &night.Plan{ID: "n"} }, "The plan has 1 problem: title is missing"},
		{"NoPlan", MustFixture(t), func(t *testing.T) *night.Plan { return nil }, "A new plan is needed."},
	}
	for _, tc := range refusals {
		t.Run(tc.name, func(t *testing.T) {
			var before string
			if tc.n != nil {
				before = MustJSON(t, tc.n)
			}
			m, ev, err := night.Apply(tc.n, replace(tc.plan(t)))
			AssertRefused(t, m, ev, err, night.Invalid, tc.msg)
			if tc.n != nil && MustJSON(t, tc.n) != before {
				t.Fatalf("a refused replace changed the night")
			}
		})
	}
}
