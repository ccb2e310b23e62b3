package escalation_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/clubnight/clubnight/escalation"
	"github.com/clubnight/clubnight/night"
)

var t0 = time.Date(2026, 12, 5, 19, 30, 0, 0, time.UTC)

// mustNight is the fixture night with the given people checked in and one
// problem, p1, raised by priya.
func mustNight(t *testing.T, checkedIn ...string) (*night.Night, *night.Problem) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "night.json"))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := night.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	n := night.NewNight(plan)
	for i := range n.People {
		n.People[i].CheckedIn = slices.Contains(checkedIn, n.People[i].ID)
	}
	n.Problems = append(n.Problems, night.Problem{ID: "p1", Kind: night.Taxi, Text: "Taxi for Jo", RaisedBy: "priya",
		Status: night.Open, RaisedAt: t0})
	return n, &n.Problems[len(n.Problems)-1]
}

func ids(people []*night.Person) []string {
	var out []string
	for _, p := range people {
		out = append(out, p.ID)
	}
	slices.Sort(out)
	return out
}

func TestRecipients(t *testing.T) {
	for _, tc := range []struct {
		name      string
		checkedIn []string
		step      int
		asked     escalation.Asked
		optOut    string
		want      []string
	}{
		{"the team on duty, not the raiser", []string{"tom", "sam", "priya"}, escalation.Team, nil, "", []string{"sam", "tom"}},
		{"nobody on duty: the staff", nil, escalation.Team, nil, "", []string{"kim"}},
		{"the staff next", []string{"tom"}, escalation.Staff, escalation.Asked{"tom": 0}, "", []string{"kim"}},
		{"then everyone not asked yet", []string{"tom"}, escalation.Everyone, escalation.Asked{"tom": 0, "kim": 1}, "", []string{"jade", "leon", "marcus", "sam"}},
		{"nobody opted out", []string{"tom", "sam"}, escalation.Team, nil, "sam", []string{"tom"}},
		{"the staff were asked first: nobody new", nil, escalation.Staff, escalation.Asked{"kim": 0}, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, p := mustNight(t, tc.checkedIn...)
			if tc.optOut != "" {
				q, _ := n.Person(tc.optOut)
				q.OptedOut = true
			}
			if got := ids(escalation.Recipients(n, p, tc.step, tc.asked)); !slices.Equal(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSkip(t *testing.T) {
	someone := []*night.Person{{ID: "tom"}}
	for _, tc := range []struct {
		step      int
		to        []*night.Person
		next      int
		skip      bool
		behaviour string
	}{
		{escalation.Team, nil, 0, false, "the first step runs even with nobody"},
		{escalation.Staff, someone, 0, false, "a step with someone runs"},
		{escalation.Staff, nil, escalation.Everyone, true, "nobody new: wider at once"},
		{escalation.Everyone, nil, -1, true, "nobody new at the widest: done (never wider for ever)"},
	} {
		if next, skip := escalation.Skip(tc.step, tc.to); next != tc.next || skip != tc.skip {
			t.Errorf("%s: Skip(%d) = %d, %v", tc.behaviour, tc.step, next, skip)
		}
	}
}

func TestDue(t *testing.T) {
	n, _ := mustNight(t)
	wait := n.EscalateAfter()
	if got := escalation.NextDue(n, t0); !got.Equal(t0.Add(wait)) {
		t.Errorf("NextDue = %v", got)
	}
	for _, tc := range []struct {
		name   string
		undone time.Time
		want   time.Time
	}{
		{"an undo just now", t0, t0.Add(wait)},
		{"an undo stamped by a hub ahead: from now", t0.Add(10 * time.Minute), t0.Add(wait)},
		{"an undo stamped by a hub far behind: now at the earliest", t0.Add(-10 * time.Minute), t0},
		{"an undo a minute ago, read late", t0.Add(-time.Minute), t0.Add(wait - time.Minute)},
	} {
		if got := escalation.ResumeDue(n, tc.undone, t0); !got.Equal(tc.want) {
			t.Errorf("%s: ResumeDue = %v, want %v", tc.name, got, tc.want)
		}
	}
	if escalation.Held(n, escalation.Staff) {
		t.Error("a step held while texts go out")
	}
	n.TextsDown = true
	if !escalation.Held(n, escalation.Staff) || !escalation.Held(n, escalation.Everyone) || escalation.Held(n, escalation.Team) {
		t.Error("while texts fail, later steps wait and the first does not")
	}
	if got := escalation.HeldUntil(n, t0); !got.Equal(t0.Add(wait)) {
		t.Errorf("HeldUntil = %v", got)
	}
}

func TestResume(t *testing.T) {
	_, p := mustNight(t)
	ran := map[int]bool{}
	did := func(step int) bool { return ran[step] }
	if step, ok := escalation.Resume(p, did); !ok || step != escalation.Team {
		t.Fatalf("nothing ran: %d %v", step, ok)
	}
	p.Alerted, p.Step = []string{"tom"}, escalation.Team
	ran[escalation.Team] = true
	if step, ok := escalation.Resume(p, did); !ok || step != escalation.Staff {
		t.Fatalf("after the team: %d %v", step, ok)
	}
	ran[escalation.Staff], ran[escalation.Everyone] = true, true
	if _, ok := escalation.Resume(p, did); ok {
		t.Fatal("every step ran, and one is still to come")
	}
}

func TestFollowUp(t *testing.T) {
	n, p := mustNight(t)
	p.Alerted = []string{"tom", "priya"}
	asked := escalation.Asked{"tom": 0, "jade": 0, "kim": 1}
	q, _ := n.Person("kim")
	q.OptedOut = true
	if got := ids(escalation.FollowUp(n, p, asked, "jade")); !slices.Equal(got, []string{"tom"}) {
		t.Fatalf("follow-up to %v, want tom only (not the one who picked it up, the raiser, or anyone opted out)", got)
	}
}

func TestStillOpen(t *testing.T) {
	n, _ := mustNight(t)
	n.Problems = append(n.Problems, night.Problem{ID: "p2", Kind: night.Spill, Status: night.Sorted, RaisedBy: "sam"},
		night.Problem{ID: "p3", Kind: night.Music, Status: night.Claimed, RaisedBy: "sam", ClaimedBy: "jade"})
	asked := map[string]escalation.Asked{"p1": {"tom": 0, "kim": 1}, "p2": {"tom": 0, "leon": 0}, "p3": {"tom": 0}}
	got := escalation.StillOpen(n, func(q *night.Problem) escalation.Asked { return asked[q.ID] })
	names := map[string][]string{}
	for who, ps := range got {
		for _, q := range ps {
			names[who] = append(names[who], q.ID)
		}
	}
	if len(names) != 2 || !slices.Equal(names["tom"], []string{"p1", "p3"}) || !slices.Equal(names["kim"], []string{"p1"}) {
		t.Fatalf("still open: %v (p2 is sorted, and leon was told only of it)", names)
	}
}

func TestWaitsFor(t *testing.T) {
	asked := escalation.Asked{"tom": 0, "jade": 0, "kim": 1}
	sorted := func(a []escalation.Alert) []escalation.Alert {
		slices.SortFunc(a, func(x, y escalation.Alert) int {
			if x.Person < y.Person {
				return -1
			}
			if x.Person > y.Person {
				return 1
			}
			return 0
		})
		return a
	}
	if got := escalation.WaitsFor(asked, escalation.Team, "tom"); len(got) != 0 {
		t.Errorf("a first alert waits for %v", got)
	}
	if got := sorted(escalation.WaitsFor(asked, escalation.Staff, "kim")); !slices.Equal(got, []escalation.Alert{{"jade", 0}, {"tom", 0}}) {
		t.Errorf("a staff alert waits for %v, want the team's", got)
	}
	if got := escalation.WaitsFor(asked, escalation.FollowUpStep, "kim"); !slices.Equal(got, []escalation.Alert{{"kim", 1}}) {
		t.Errorf("a follow-up to kim waits for %v, want her alert", got)
	}
}
