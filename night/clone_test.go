package night_test

import (
	"reflect"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// busyNight is the fixture with a bit of everything in it: jobs done,
// problems claimed and alerted, rides gone, a briefing point delivered,
// and undo entries of every kind (each holding a *Job, *Problem, ...).
func busyNight(t testing.TB) *night.Night {
	t.Helper()
	n := MustFixture(t)
	for _, c := range []night.Command{
		{Type: night.CmdDone, By: "tom", Job: 4},
		{Type: night.CmdCheckIn, By: "jade"},
		{Type: night.CmdRaise, By: "sam", Kind: night.Spill},
		{Type: night.CmdAlerted, Problem: "p1", Who: []string{"kim", "jade"}, Source: night.FromSystem},
		{Type: night.CmdClaim, By: "priya", Problem: "p1"},
		{Type: night.CmdRideGone, By: "leon", Ride: "r1"},
		{Type: night.CmdBriefed, By: "kim", Index: Ptr(0)},
	} {
		n, _ = MustApply(t, n, c)
	}
	return n
}

// memory lists every pointer, slice backing array and map reachable from
// v, so two values can be checked for sharing any of them.
func memory(v reflect.Value, out map[uintptr]string, path string) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return
		}
		out[v.Pointer()] = path
		memory(v.Elem(), out, path+".*")
	case reflect.Slice:
		if v.IsNil() || v.Cap() == 0 {
			return
		}
		out[v.Index(0).Addr().Pointer()] = path
		for i := range v.Len() {
			memory(v.Index(i), out, path+"[]")
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		out[v.Pointer()] = path
		for _, k := range v.MapKeys() {
			memory(v.MapIndex(k), out, path+"["+k.String()+"]")
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				memory(v.Field(i), out, path+"."+v.Type().Field(i).Name)
			}
		}
	case reflect.Interface:
		if !v.IsNil() {
			memory(v.Elem(), out, path)
		}
	}
}

func TestClone_SharesNoMemory(t *testing.T) {
	n := busyNight(t)
	if len(n.Undo) < 5 {
		t.Fatalf("the test night needs undo entries of every kind, has %d", len(n.Undo))
	}
	c := n.Clone()
	if MustJSON(t, c) != MustJSON(t, n) {
		t.Fatal("the clone differs from the night")
	}
	orig, copied := map[uintptr]string{}, map[uintptr]string{}
	memory(reflect.ValueOf(n), orig, "night")
	memory(reflect.ValueOf(c), copied, "clone")
	for addr, path := range copied {
		if at, shared := orig[addr]; shared {
			t.Errorf("%s is shared with %s", path, at)
		}
	}
}

// Applying a command never changes the night it was given, even inside
// its undo entries.
func TestApply_LeavesItsInputAlone(t *testing.T) {
	n := busyNight(t)
	before := MustJSON(t, n)
	m, _ := MustApply(t, n, night.Command{Type: night.CmdUndo, By: "priya"})
	m, _ = MustApply(t, m, night.Command{Type: night.CmdAlerted, Problem: "p1", Who: []string{"marcus"}, Step: 1, Source: night.FromSystem})
	for _, p := range m.Problems {
		p.Alerted = append(p.Alerted[:0], "changed")
	}
	for _, u := range m.Undo {
		if u.Job != nil {
			u.Job.Title = "changed"
		}
		if u.Problem != nil {
			u.Problem.Text = "changed"
		}
	}
	if MustJSON(t, n) != before {
		t.Fatal("changing the result of Apply changed its input")
	}
}

// BenchmarkClone is the price of handing out a copy of the night: one per
// change (Result.Night) and one per text read (Hub.Latest).
func BenchmarkClone(b *testing.B) {
	n := busyNight(b)
	for i := range 200 { // a night well under way
		n, _ = MustApply(b, n, night.Command{Type: night.CmdCheckIn, By: []string{"tom", "kim"}[i%2]})
		n, _ = MustApply(b, n, night.Command{Type: night.CmdCheckOut, By: []string{"tom", "kim"}[i%2]})
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = n.Clone()
	}
}
