package night_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
)

func TestPlan_CallFields(t *testing.T) {
	t.Run("Accepted", func(t *testing.T) {
		cases := []struct {
			name string
			edit func(p *night.PlanPerson)
		}{
			{"MayCallAnyTime", func(p *night.PlanPerson) { p.MayCall = true }},
			{"Window", func(p *night.PlanPerson) { p.MayCall, p.CallFrom, p.CallTo = true, "18:00", "22:30" }},
			{"PastMidnight", func(p *night.PlanPerson) { p.MayCall, p.CallFrom, p.CallTo = true, "22:00", "01:00" }},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				p := MustPlan(t)
				tc.edit(&p.People[0])
				if err := p.Validate(); err != nil {
					t.Fatalf("Validate: %v", err)
				}
			})
		}
	})
	t.Run("Refused", func(t *testing.T) {
		cases := []struct {
			name string
			edit func(p *night.PlanPerson)
			want string
		}{
			{"BadFrom", func(p *night.PlanPerson) { p.MayCall, p.CallFrom, p.CallTo = true, "6pm", "22:00" },
				`people[0] (sam): call_from "6pm" must be HH:MM`},
			{"BadTo", func(p *night.PlanPerson) { p.MayCall, p.CallFrom, p.CallTo = true, "18:00", "24:00" },
				`people[0] (sam): call_to "24:00" must be HH:MM`},
			{"OnlyFrom", func(p *night.PlanPerson) { p.MayCall, p.CallFrom = true, "18:00" },
				"people[0] (sam): set both call_from and call_to, or neither"},
			{"Empty", func(p *night.PlanPerson) { p.MayCall, p.CallFrom, p.CallTo = true, "20:00", "20:00" },
				"people[0] (sam): call_from and call_to are the same time"},
			{"NoPhone", func(p *night.PlanPerson) { p.MayCall, p.Phone = true, "" },
				"people[0] (sam): may_call needs a phone number"},
		}
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				p := MustPlan(t)
				tc.edit(&p.People[0])
				e := MustInvalid(t, p.Validate())
				if len(e.Problems) != 1 || !strings.Contains(e.Problems[0], tc.want) {
					t.Fatalf("problems = %q; want just %q", e.Problems, tc.want)
				}
			})
		}
	})
	t.Run("RoundTrip", func(t *testing.T) {
		p := MustPlan(t)
		p.People[0].MayCall, p.People[0].CallFrom, p.People[0].CallTo = true, "18:00", "22:30"
		n := night.NewNight(p)
		if q := n.People[0]; !q.MayCall || q.CallFrom != "18:00" || q.CallTo != "22:30" {
			t.Fatalf("night person = %+v", q)
		}
		data, err := json.Marshal(n.Plan())
		if err != nil {
			t.Fatal(err)
		}
		again, err := night.ParsePlan(data)
		if err != nil {
			t.Fatal(err)
		}
		if q := again.People[0]; !q.MayCall || q.CallFrom != "18:00" || q.CallTo != "22:30" {
			t.Fatalf("exported person = %+v", q)
		}
		// A plan that says nothing about calls exports nothing about them.
		plain, _ := json.Marshal(night.NewNight(MustPlan(t)).Plan())
		if strings.Contains(string(plain), "call") {
			t.Fatalf("plan without calls exports call fields: %s", plain)
		}
	})
}

func TestPerson_Callable(t *testing.T) {
	cases := []struct {
		may      bool
		from, to string
		at       string
		want     bool
	}{
		{false, "", "", "20:00", false},
		{true, "", "", "03:00", true},
		{true, "18:00", "22:30", "18:00", true},
		{true, "18:00", "22:30", "22:29", true},
		{true, "18:00", "22:30", "22:30", false},
		{true, "18:00", "22:30", "17:59", false},
		{true, "22:00", "01:00", "23:30", true},
		{true, "22:00", "01:00", "00:30", true},
		{true, "22:00", "01:00", "01:00", false},
		{true, "22:00", "01:00", "21:00", false},
	}
	for _, tc := range cases {
		p := night.Person{ID: "kim", Phone: "+447700900106", CallRules: night.CallRules{MayCall: tc.may, CallFrom: tc.from, CallTo: tc.to}}
		if got := p.Callable(tc.at); got != tc.want {
			t.Errorf("may %v %s-%s at %s: Callable = %v; want %v", tc.may, tc.from, tc.to, tc.at, got, tc.want)
		}
	}
	if (&night.Person{ID: "x", CallRules: night.CallRules{MayCall: true}}).Callable("20:00") {
		t.Errorf("a person with no number is callable")
	}
}

// no_calls stops calls to a person for the night and leaves texts alone;
// asking twice changes nothing.
func TestApply_NoCalls(t *testing.T) {
	n := MustFixture(t)
	for i := range n.People {
		if n.People[i].ID == "kim" {
			n.People[i].MayCall = true
		}
	}
	m, ev, err := night.Apply(n, night.Command{Type: night.CmdNoCalls, By: "kim", Source: night.FromSMS})
	if err != nil {
		t.Fatal(err)
	}
	kim, _ := m.Person("kim")
	if kim.MayCall || kim.OptedOut || ev.Person == nil || ev.Person.MayCall || ev.Person.Phone != "" {
		t.Fatalf("after no_calls: %+v, event person %+v", kim, ev.Person)
	}
	if before, _ := n.Person("kim"); !before.MayCall {
		t.Fatal("Apply changed its input")
	}
	if _, _, err := night.Apply(m, night.Command{Type: night.CmdNoCalls, By: "kim", Source: night.FromSMS}); night.ErrorCode(err) != night.Conflict {
		t.Fatalf("no_calls twice: %v, want a conflict", err)
	}
}
