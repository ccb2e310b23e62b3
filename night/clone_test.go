package night_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
)

// busyNight is the fixture with a bit of everything in it: jobs done,
// problems claimed, alerted and sorted, rides gone and waited with, a
// briefing point delivered, and undo entries of every kind (each holding a
// *Job, *Problem, ... whose own lists are not empty).
// TestClone_FixtureFillsEveryReference checks that it stays so.
func busyNight(t testing.TB) *night.Night {
	t.Helper()
	n, _ := busyNightEvents(t)
	return n
}

// busyNightEvents is busyNight with the events that made it.
func busyNightEvents(t testing.TB) (*night.Night, []*night.Event) {
	t.Helper()
	n := MustFixture(t)
	var events []*night.Event
	for _, c := range []night.Command{
		{Type: night.CmdDone, By: "tom", Job: 4},
		{Type: night.CmdCheckIn, By: "jade"},
		{Type: night.CmdRaise, By: "sam", Kind: night.Spill},
		{Type: night.CmdAlerted, Problem: "p1", Who: []string{"kim", "jade"}, Source: night.FromSystem},
		{Type: night.CmdClaim, By: "priya", Problem: "p1"},
		{Type: night.CmdRaise, By: "marcus", Kind: night.Music},
		{Type: night.CmdClaim, By: "marcus", Problem: "p2"},
		{Type: night.CmdSort, By: "marcus", Problem: "p2"},
		{Type: night.CmdRideGone, By: "leon", Ride: "r1"},
		{Type: night.CmdWaitWith, By: "kim", Ride: "r2"},
		{Type: night.CmdWaitWith, By: "leon", Ride: "r2"},
		{Type: night.CmdBriefed, By: "kim", Index: Ptr(0)},
	} {
		var ev *night.Event
		n, ev = MustApply(t, n, c)
		events = append(events, ev)
	}
	return n, events
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

// references lists the path of every pointer, slice and map a value of
// type t can hold ("Undo[].Problem.Alerted"), the places where a clone
// could share memory with its original.
func references(t reflect.Type, path string, out map[string]bool) {
	switch t.Kind() {
	case reflect.Pointer:
		out[path] = true
		references(t.Elem(), path, out)
	case reflect.Slice:
		out[path] = true
		references(t.Elem(), path+"[]", out)
	case reflect.Map:
		out[path] = true
		references(t.Elem(), path+"[]", out)
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() {
				references(f.Type, path+"."+f.Name, out)
			}
		}
	}
}

// filled lists the paths of the pointers, slices and maps in v that hold
// something, in the same words as references.
func filled(v reflect.Value, path string, out map[string]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			out[path] = true
			filled(v.Elem(), path, out)
		}
	case reflect.Slice:
		if v.Len() > 0 {
			out[path] = true
		}
		for i := range v.Len() {
			filled(v.Index(i), path+"[]", out)
		}
	case reflect.Map:
		if v.Len() > 0 {
			out[path] = true
		}
		for _, k := range v.MapKeys() {
			filled(v.MapIndex(k), path+"[]", out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				filled(v.Field(i), path+"."+f.Name, out)
			}
		}
	}
}

// TestClone_FixtureFillsEveryReference keeps TestClone_SharesNoMemory
// honest: a pointer, slice or map that the test night leaves empty is one
// whose sharing it could not see. A field added to the night with a
// reference in it fails here until busyNight fills it (and so until Clone
// is shown to copy it).
func TestClone_FixtureFillsEveryReference(t *testing.T) {
	want, got := map[string]bool{}, map[string]bool{}
	references(reflect.TypeFor[night.Night](), "night", want)
	filled(reflect.ValueOf(*busyNight(t)), "night", got)
	for path := range want {
		if !got[path] {
			t.Errorf("the test night leaves %s empty, so a clone sharing it would not be noticed", path)
		}
	}
}

// TestNight_TimesAreValues: a *time.Time inside the night is memory a
// shallow copy shares; times are values, left out of the JSON when zero.
func TestNight_TimesAreValues(t *testing.T) {
	for _, typ := range []reflect.Type{reflect.TypeFor[night.Night](), reflect.TypeFor[night.Event](), reflect.TypeFor[night.Command]()} {
		paths := map[string]bool{}
		references(typ, typ.Name(), paths)
		for path := range paths {
			if f, ok := fieldAt(typ, path); ok && f == reflect.TypeFor[*time.Time]() {
				t.Errorf("%s is a *time.Time; make it a time.Time with `json:\",omitzero\"`", path)
			}
		}
	}
}

// fieldAt returns the type found at path (as written by references) in t.
func fieldAt(t reflect.Type, path string) (reflect.Type, bool) {
	parts := strings.Split(path, ".")[1:]
	for _, p := range parts {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		name := strings.TrimRight(p, "[]")
		f, ok := t.FieldByName(name)
		if !ok {
			return nil, false
		}
		t = f.Type
		for range strings.Count(p, "[]") {
			t = t.Elem()
		}
	}
	return t, true
}

// TestNight_JSONUnchanged: the busy night's JSON is byte for byte what it
// was when times were pointers (testdata/busy-night.json, written then),
// and it reads back into the same bytes, so stored nights, events and
// screens see no change.
func TestNight_JSONUnchanged(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "busy-night.json"))
	if err != nil {
		t.Fatal(err)
	}
	want = bytes.TrimSpace(want)
	if got := MustJSON(t, busyNight(t)); got != string(want) {
		t.Fatalf("the night's JSON changed:\n got %s\nwant %s", got, want)
	}
	var n night.Night
	if err := json.Unmarshal(want, &n); err != nil {
		t.Fatal(err)
	}
	if got := MustJSON(t, &n); got != string(want) {
		t.Fatalf("the night does not read back into the same JSON:\n got %s\nwant %s", got, want)
	}
}

// TestEvent_JSONUnchanged: the events that made the busy night are byte for
// byte what they were before times became values and before Event and
// UndoEntry shared Subject (testdata/busy-events.jsonl, written then), and
// each reads back into the same bytes.
func TestEvent_JSONUnchanged(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "busy-events.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSpace(string(data)), "\n")
	_, events := busyNightEvents(t)
	if len(events) != len(want) {
		t.Fatalf("%d events; the golden file has %d", len(events), len(want))
	}
	for i, ev := range events {
		if got := MustJSON(t, ev); got != want[i] {
			t.Errorf("event %d changed:\n got %s\nwant %s", i+1, got, want[i])
		}
		var back night.Event
		if err := json.Unmarshal([]byte(want[i]), &back); err != nil {
			t.Fatal(err)
		}
		if got := MustJSON(t, &back); got != want[i] {
			t.Errorf("event %d does not read back into the same JSON:\n got %s\nwant %s", i+1, got, want[i])
		}
	}
}
