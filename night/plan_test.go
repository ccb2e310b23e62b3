package night_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// MustInvalid checks err is one *night.Error with code Invalid, and returns it.
func MustInvalid(t *testing.T, err error) *night.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error; want an invalid plan")
	}
	var e *night.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %T %v is not a *night.Error", err, err)
	}
	if e.Code != night.Invalid || night.ErrorCode(err) != night.Invalid {
		t.Fatalf("code = %q; want %q", e.Code, night.Invalid)
	}
	if len(e.Problems) == 0 {
		t.Fatalf("error %q lists no problems", e.Message)
	}
	for _, p := range e.Problems {
		if !strings.Contains(e.Message, p) {
			t.Fatalf("message %q does not name problem %q", e.Message, p)
		}
	}
	return e
}

func TestParsePlan_Fixture(t *testing.T) {
	p := MustPlan(t)
	if p.ID != "2026-12-05" || p.Title != "December Club Night" || len(p.People) != 7 || len(p.Jobs) != 15 ||
		len(p.Timeline) != 8 || len(p.Briefing) != 4 || len(p.Rides) != 5 {
		t.Fatalf("fixture plan = %+v", p)
	}
	want := map[string]string{
		"sam": "+447700900101", "priya": "+447700900102", "tom": "+447700900103", "jade": "+447700900104",
		"marcus": "+447700900105", "kim": "+447700900106", "leon": "+447700900107",
	}
	for _, pp := range p.People {
		if pp.Phone != want[pp.ID] {
			t.Errorf("%s's phone = %q; want E.164 %q", pp.ID, pp.Phone, want[pp.ID])
		}
	}
	n := night.NewNight(p)
	for i, j := range n.Jobs {
		if j.Number != i+1 || j.Status != night.Todo || j.ID != p.Jobs[i].ID {
			t.Errorf("job %d = %+v", i+1, j)
		}
	}
	for _, r := range n.Rides {
		if r.Status != night.Waiting {
			t.Errorf("ride %s = %s; want waiting", r.ID, r.Status)
		}
	}
	if n.Seq != 0 || n.Problems == nil || len(n.Problems) != 0 || n.Activity == nil || n.EscalateAfter() != night.DefaultEscalateAfter {
		t.Fatalf("new night = seq %d problems %v activity %v escalate %v", n.Seq, n.Problems, n.Activity, n.EscalateAfter())
	}
	if p2, _ := n.Person("tom"); p2.Phone != "+447700900103" {
		t.Fatalf("night has tom's phone as %q", p2.Phone)
	}
	if got, ok := n.PersonByPhone("+447700900104"); !ok || got.ID != "jade" {
		t.Fatalf("PersonByPhone(jade) = %v, %v", got, ok)
	}
}

// manyProblems is a plan with something wrong in every part.
const manyProblems = `{
  "id": "bad id!",
  "title": "  ",
  "date": "5/12/2026",
  "venue": "Hall",
  "escalate_after_seconds": 5000,
  "people": [
    {"id": "sam", "name": "Sam", "phone": "+447700900101", "roles": ["committee"]},
    {"id": "sam", "name": "Sam again", "phone": "+447700900111", "roles": []},
    {"id": "tom", "name": "Tom", "phone": "hello", "roles": []},
    {"id": "kim", "name": "Kim", "phone": "07700 900101", "roles": []},
    {"id": "", "name": "Nobody", "phone": "", "roles": []},
    {"id": "leon", "name": " ", "phone": "", "roles": []}
  ],
  "jobs": [
    {"id": "hall", "title": "Tables", "phase": "setup", "who": ["sam", "ghost"]},
    {"id": "hall", "title": "Chairs", "phase": "setup", "who": []},
    {"id": "bar", "title": "Bar", "phase": "party", "who": ["tom"]},
    {"id": "door", "title": "", "phase": "during", "who": []}
  ],
  "timeline": [
    {"at": "25:00", "title": "Late"},
    {"at": "7pm", "title": "Doors"},
    {"at": "19:00", "title": ""}
  ],
  "briefing": [
    {"title": "Welcome", "who": ["nobody"]},
    {"title": "", "who": []}
  ],
  "rides": [
    {"id": "r1", "name": "Jo", "pickup": "taxi", "at": "22:00"},
    {"id": "r1", "name": "Alex", "pickup": "parent", "at": "7pm"},
    {"id": "r2", "name": "", "pickup": "taxi", "at": "24:00"}
  ]
}`

func TestParsePlan_ManyProblems(t *testing.T) {
	p, err := night.ParsePlan([]byte(manyProblems))
	if p != nil {
		t.Fatalf("an invalid plan was returned: %+v", p)
	}
	e := MustInvalid(t, err)
	want := []string{
		`id "bad id!" must be letters, digits, '-', '_' or '.' (up to 64)`,
		`title is missing`,
		`date "5/12/2026" must be YYYY-MM-DD`,
		`escalate_after_seconds 5000 must be between 0 and 3600`,
		`people[1]: duplicate person id "sam"`,
		`people[2] (tom): phone "hello" is not a phone number we can read`,
		`people[3] (kim): phone is the same as sam's`,
		`people[4]: id "" is not a valid id`,
		`people[5] (leon): name is missing`,
		`jobs[0] (hall): unknown person id "ghost"`,
		`jobs[1]: duplicate job id "hall"`,
		`jobs[2] (bar): phase "party" must be one of setup, briefing, during, close`,
		`jobs[3] (door): title is missing`,
		`timeline[0]: time "25:00" must be HH:MM`,
		`timeline[1]: time "7pm" must be HH:MM`,
		`timeline[2]: title is missing`,
		`briefing[0]: unknown person id "nobody"`,
		`briefing[1]: title is missing`,
		`rides[1]: duplicate ride id "r1"`,
		`rides[1] (r1): time "7pm" must be HH:MM`,
		`rides[2] (r2): name is missing`,
		`rides[2] (r2): time "24:00" must be HH:MM`,
	}
	if !reflect.DeepEqual(e.Problems, want) {
		t.Errorf("problems:\n got %q\nwant %q", e.Problems, want)
	}
	if !strings.HasPrefix(e.Message, "The plan has 22 problems: ") {
		t.Errorf("message = %q", e.Message)
	}
	if strings.Contains(e.Message, "\n") {
		t.Errorf("message spans lines: %q", e.Message)
	}
}

func TestParsePlan_Malformed(t *testing.T) {
	valid := string(MustFixtureJSON(t))
	cases := []struct {
		name string
		data string
		want string // named in the message and in a problem
	}{
		{"UnknownField", `{"id": "x", "title": "T", "colour": "red"}`, `unknown field "colour"`},
		{"UnknownNestedField", `{"id": "x", "title": "T", "people": [{"id": "a", "name": "A", "mobile": "1"}]}`, `unknown field "mobile"`},
		{"TrailingText", valid + " xyz", "extra text after the JSON"},
		{"TrailingBrace", valid + "}", "extra text after the JSON"},
		{"TrailingBracket", valid + "]", "extra text after the JSON"},
		{"SecondObject", valid + "{}", "extra text after the JSON"},
		{"WrongTypeTitle", `{"id": "x", "title": 7}`, `"title" should be string, not number`},
		{"WrongTypePeople", `{"id": "x", "title": "T", "people": "sam"}`, `"people" should be []night.PlanPerson, not string`},
		{"WrongTypeWho", `{"id": "x", "title": "T", "jobs": [{"id": "j", "title": "J", "phase": "setup", "who": "sam"}]}`, `"jobs.who" should be []string, not string`},
		{"NotAnObject", `[1, 2]`, "should be night.Plan, not array"},
		{"Syntax", `{"id": "x",}`, "syntax error at byte"},
		{"Truncated", `{"id": "x"`, "unexpected EOF"},
		{"Empty", ``, "EOF"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, err := night.ParsePlan([]byte(tc.data))
			if p != nil {
				t.Fatalf("got a plan; want an error")
			}
			e := MustInvalid(t, err)
			if !strings.Contains(e.Message, tc.want) || !strings.Contains(strings.Join(e.Problems, "|"), tc.want) {
				t.Fatalf("error %q (problems %q) does not say %q", e.Message, e.Problems, tc.want)
			}
		})
	}
}

// TestValidate_EachProblem breaks a valid plan in one way at a time.
func TestValidate_EachProblem(t *testing.T) {
	cases := []struct {
		name string
		edit func(p *night.Plan)
		want string
	}{
		{"NoID", func(p *night.Plan) { p.ID = "" }, `id "" must be letters, digits, '-', '_' or '.' (up to 64)`},
		{"LongID", func(p *night.Plan) { p.ID = strings.Repeat("a", 65) }, `must be letters, digits`},
		{"NoTitle", func(p *night.Plan) { p.Title = "" }, "title is missing"},
		{"BadDate", func(p *night.Plan) { p.Date = "2026-13-01" }, `date "2026-13-01" must be YYYY-MM-DD`},
		{"NegativeEscalation", func(p *night.Plan) { p.EscalateAfterSeconds = -1 }, "escalate_after_seconds -1 must be between 0 and 3600"},
		{"DuplicatePerson", func(p *night.Plan) { p.People = append(p.People, night.PlanPerson{ID: "sam", Name: "Sam B"}) },
			`people[7]: duplicate person id "sam"`},
		{"BadPersonID", func(p *night.Plan) { p.People = append(p.People, night.PlanPerson{ID: "sam smith", Name: "Sam S"}) },
			`people[7]: id "sam smith" is not a valid id`},
		{"NoName", func(p *night.Plan) { p.People[0].Name = "" }, "people[0] (sam): name is missing"},
		{"UnreadablePhone", func(p *night.Plan) { p.People[0].Phone = "not a phone" }, `people[0] (sam): phone "not a phone" is not a phone number we can read`},
		{"ShortPhone", func(p *night.Plan) { p.People[0].Phone = "123" }, `people[0] (sam): phone "123" does not have the right number of digits`},
		{"DuplicatePhone", func(p *night.Plan) { p.People[2].Phone = "00447700900101" }, "people[2] (tom): phone is the same as sam's"},
		{"DuplicateJob", func(p *night.Plan) { p.Jobs[1].ID = "hall" }, `jobs[1]: duplicate job id "hall"`},
		{"BadJobID", func(p *night.Plan) { p.Jobs[0].ID = "" }, `jobs[0]: id "" is not a valid id`},
		{"NoJobTitle", func(p *night.Plan) { p.Jobs[0].Title = " " }, "jobs[0] (hall): title is missing"},
		{"BadPhase", func(p *night.Plan) { p.Jobs[0].Phase = "Setup" }, `jobs[0] (hall): phase "Setup" must be one of setup, briefing, during, close`},
		{"NoPhase", func(p *night.Plan) { p.Jobs[0].Phase = "" }, `jobs[0] (hall): phase "" must be one of`},
		{"UnknownInJob", func(p *night.Plan) { p.Jobs[0].Who = []string{"zed"} }, `jobs[0] (hall): unknown person id "zed"`},
		{"UnknownInBriefing", func(p *night.Plan) { p.Briefing[2].Who = []string{"sam", "zed"} }, `briefing[2]: unknown person id "zed"`},
		{"NoBriefingTitle", func(p *night.Plan) { p.Briefing[0].Title = "" }, "briefing[0]: title is missing"},
		{"HourTooBig", func(p *night.Plan) { p.Timeline[0].At = "25:00" }, `timeline[0]: time "25:00" must be HH:MM`},
		{"TimeInWords", func(p *night.Plan) { p.Timeline[0].At = "7pm" }, `timeline[0]: time "7pm" must be HH:MM`},
		{"ShortHour", func(p *night.Plan) { p.Timeline[0].At = "7:00" }, `timeline[0]: time "7:00" must be HH:MM`},
		{"MinuteTooBig", func(p *night.Plan) { p.Timeline[0].At = "19:60" }, `timeline[0]: time "19:60" must be HH:MM`},
		{"NoTimelineTitle", func(p *night.Plan) { p.Timeline[0].Title = "" }, "timeline[0]: title is missing"},
		{"DuplicateRide", func(p *night.Plan) { p.Rides[1].ID = "r1" }, `rides[1]: duplicate ride id "r1"`},
		{"BadRideID", func(p *night.Plan) { p.Rides[1].ID = "r 2" }, `rides[1]: id "r 2" is not a valid id`},
		{"NoRideName", func(p *night.Plan) { p.Rides[0].Name = "" }, "rides[0] (r1): name is missing"},
		{"BadRideTime", func(p *night.Plan) { p.Rides[0].At = "10pm" }, `rides[0] (r1): time "10pm" must be HH:MM`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := MustPlan(t)
			tc.edit(p)
			e := MustInvalid(t, p.Validate())
			if len(e.Problems) != 1 || !strings.Contains(e.Problems[0], tc.want) {
				t.Fatalf("problems = %q; want just %q", e.Problems, tc.want)
			}
			if !strings.HasPrefix(e.Message, "The plan has 1 problem: ") {
				t.Fatalf("message = %q", e.Message)
			}
		})
	}
}

func TestValidate_Accepts(t *testing.T) {
	cases := []struct {
		name string
		edit func(p *night.Plan)
	}{
		{"NoDate", func(p *night.Plan) { p.Date = "" }},
		{"NoPhone", func(p *night.Plan) { p.People[0].Phone = "" }},
		{"NoPeopleOrJobs", func(p *night.Plan) { *p = night.Plan{ID: "n", Title: "Empty night"} }},
		{"Midnight", func(p *night.Plan) { p.Timeline[0].At = "00:00" }},
		{"LastMinute", func(p *night.Plan) { p.Rides[0].At = "23:59" }},
		{"LongestID", func(p *night.Plan) { p.ID = strings.Repeat("a", 64) }},
		{"IDPunctuation", func(p *night.Plan) { p.ID = "2026.12_05-b" }},
		{"EscalationLimits", func(p *night.Plan) { p.EscalateAfterSeconds = 3600 }},
		{"InternationalPhone", func(p *night.Plan) { p.People[0].Phone = "+1 415 555 2671" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := MustPlan(t)
			tc.edit(p)
			if err := p.Validate(); err != nil {
				t.Fatalf("Validate: %v", err)
			}
		})
	}
}

func TestValidate_NormalisesPhonesInPlace(t *testing.T) {
	p := &night.Plan{ID: "n", Title: "T", People: []night.PlanPerson{
		{ID: "a", Name: "A", Phone: "07700 900103"},
		{ID: "b", Name: "B", Phone: "(07700) 900-105"},
		{ID: "c", Name: "C", Phone: "00447700900106"},
	}}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"+447700900103", "+447700900105", "+447700900106"} {
		if p.People[i].Phone != want {
			t.Errorf("people[%d].phone = %q; want %q", i, p.People[i].Phone, want)
		}
	}
}

func TestPlan_RoundTrip(t *testing.T) {
	p := MustPlan(t)
	got := night.NewNight(p).Plan()
	if err := got.Validate(); err != nil {
		t.Fatalf("exported plan does not validate: %v", err)
	}
	if !reflect.DeepEqual(got, p) {
		t.Fatalf("round trip changed the plan:\n got %+v\nwant %+v", got, p)
	}
	// Through JSON too, as export then import would go.
	data, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	again, err := night.ParsePlan(data)
	if err != nil {
		t.Fatalf("ParsePlan(exported): %v", err)
	}
	if !reflect.DeepEqual(again, p) {
		t.Fatalf("export/import changed the plan")
	}
}

func TestPlan_KeepsWhatWasAddedNotLiveState(t *testing.T) {
	n := MustFixture(t)
	n, _ = MustApply(t, n, done(1, "tom"))
	n, _ = MustApply(t, n, raise("kim"))
	n, _ = MustApply(t, n, api(night.Command{Type: night.CmdAddJob, Title: "Tea", Phase: night.Close, Who: []string{"kim"}}))
	n, _ = MustApply(t, n, api(night.Command{Type: night.CmdAddRide, Name: "Sol", Pickup: "bus", Time: "22:30"}))
	n, _ = MustApply(t, n, api(night.Command{Type: night.CmdAddPerson, Name: "Ana", Phone: "07700 900199"}))
	n, _ = MustApply(t, n, api(night.Command{Type: night.CmdAssignJob, Job: 2, Who: []string{"ana"}}))
	p := n.Plan()
	if err := p.Validate(); err != nil {
		t.Fatalf("exported plan does not validate: %v", err)
	}
	if len(p.Jobs) != 16 || p.Jobs[15].ID != "job16" || len(p.Rides) != 6 || p.Rides[5].ID != "r6" ||
		len(p.People) != 8 || p.People[7].Phone != "+447700900199" || !reflect.DeepEqual(p.Jobs[1].Who, []string{"ana"}) {
		t.Fatalf("exported plan misses what was added: %+v", p)
	}
	fresh := night.NewNight(p)
	if j, _ := fresh.Job(1); j.Status != night.Todo || len(fresh.Problems) != 0 {
		t.Fatalf("live state leaked into the plan")
	}
}
