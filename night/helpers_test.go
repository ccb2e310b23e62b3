package night_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
)

// T0 is the clock every test command carries.
var T0 = time.Date(2026, 12, 5, 19, 30, 0, 0, time.UTC)

// phoneDigits matches any of the fixture's numbers in E.164 or national
// form, so a leak is caught however it was written.
var phoneDigits = regexp.MustCompile(`\+447|7700 ?900`)

// MustFixtureJSON reads the contract's fixture plan.
func MustFixtureJSON(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "night.json"))
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	return data
}

// MustPlan parses the fixture plan.
func MustPlan(t testing.TB) *night.Plan {
	t.Helper()
	p, err := night.ParsePlan(MustFixtureJSON(t))
	if err != nil {
		t.Fatalf("ParsePlan(fixture): %v", err)
	}
	return p
}

// MustFixture is the fixture night as it starts, seq 0.
func MustFixture(t testing.TB) *night.Night {
	t.Helper()
	return night.NewNight(MustPlan(t))
}

// MustJSON marshals v or fails the test.
func MustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %T: %v", v, err)
	}
	return string(b)
}

// Fill gives a command the clock and, when unset, the kiosk as source.
func Fill(c night.Command) night.Command {
	if c.At.IsZero() {
		c.At = T0
	}
	if c.Source == "" {
		c.Source = night.FromKiosk
	}
	return c
}

// MustApply applies c, checks everything that holds for any change, and
// returns the new night and its event.
func MustApply(t testing.TB, n *night.Night, c night.Command) (*night.Night, *night.Event) {
	t.Helper()
	c = Fill(c)
	before := MustJSON(t, n)
	m, ev, err := night.Apply(n, c)
	if after := MustJSON(t, n); after != before {
		t.Fatalf("Apply(%s) changed its input night", c.Type)
	}
	if err != nil {
		t.Fatalf("Apply(%s by %q): %v", c.Type, c.By, err)
	}
	AssertChange(t, n, m, ev, c)
	return m, ev
}

// AssertChange checks what every applied command must hold: seq rises by
// one, the event describes the command, no phone number leaks, and one
// activity line records who did it, from where.
func AssertChange(t testing.TB, n, m *night.Night, ev *night.Event, c night.Command) {
	t.Helper()
	if m == nil || ev == nil {
		t.Fatalf("Apply(%s) returned night %v, event %v; want both", c.Type, m != nil, ev != nil)
	}
	if m.Seq != n.Seq+1 || ev.Seq != m.Seq {
		t.Fatalf("seq: night %d -> %d, event %d; want %d", n.Seq, m.Seq, ev.Seq, n.Seq+1)
	}
	if ev.Type != "event" || ev.Kind != c.Type || ev.Night != n.ID || ev.By != c.By ||
		ev.Source != c.Source || ev.CommandID != c.ID || !ev.At.Equal(c.At) {
		t.Fatalf("event header = %+v; want kind %s by %q from %s at %v id %q on %s",
			ev, c.Type, c.By, c.Source, c.At, c.ID, n.ID)
	}
	AssertNoPhone(t, "event", ev)
	AssertNoPhone(t, "public night", m.Public())
	wantLen := min(len(n.Activity)+1, night.MaxActivity)
	if len(m.Activity) != wantLen {
		t.Fatalf("activity has %d lines; want %d", len(m.Activity), wantLen)
	}
	last := m.Activity[len(m.Activity)-1]
	if last.Seq != m.Seq || last.By != c.By || last.Source != c.Source || last.Type != string(c.Type) ||
		!last.At.Equal(c.At) || last.Text == "" {
		t.Fatalf("last activity = %+v; want seq %d by %q from %s type %s with text", last, m.Seq, c.By, c.Source, c.Type)
	}
	if ev.Activity == nil || !reflect.DeepEqual(*ev.Activity, last) {
		t.Fatalf("event activity = %+v; want %+v", ev.Activity, last)
	}
	AssertNoPhone(t, "activity", last)
}

// AssertNoPhone fails when v's JSON holds anything like a phone number.
func AssertNoPhone(t testing.TB, what string, v any) {
	t.Helper()
	if s := MustJSON(t, v); phoneDigits.MatchString(s) {
		t.Fatalf("%s carries a phone number: %s", what, s)
	}
}

// AssertRefused checks that Apply refused with code and the exact message.
func AssertRefused(t testing.TB, m *night.Night, ev *night.Event, err error, code night.Code, msg string) {
	t.Helper()
	if err == nil {
		t.Fatalf("Apply succeeded (event %+v); want %s %q", ev, code, msg)
	}
	if m != nil || ev != nil {
		t.Fatalf("a refused command returned night %v, event %v", m != nil, ev != nil)
	}
	if got := night.ErrorCode(err); got != code {
		t.Fatalf("code = %q (%v); want %q", got, err, code)
	}
	if got := night.ErrorMessage(err); got != msg {
		t.Fatalf("message = %q; want %q", got, msg)
	}
	if err.Error() != msg {
		t.Fatalf("Error() = %q; want %q", err.Error(), msg)
	}
}

// Ptr returns a pointer to v.
func Ptr[T any](v T) *T { return &v }
