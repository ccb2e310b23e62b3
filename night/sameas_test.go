package night_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
)

// A problem raised twice can be sorted as the same as the first, so the
// team does not chase it twice; Undo takes that back like any sort.
func TestApply_SortSameAs(t *testing.T) {
	same := func(id, other, by string) night.Command {
		return night.Command{Type: night.CmdSort, Problem: id, SameAs: other, By: by}
	}
	two := []night.Command{raise("kim"), raise("sam")}
	runApply(t, []applyCase{
		{name: "Marked", given: two, cmd: same("p2", "p1", "priya"),
			text: "Priya marked it the same as another problem: Someone needs help",
			check: all(wantProblem("p2", night.Sorted, "priya", "priya"), func(t *testing.T, _, m *night.Night, ev *night.Event) {
				if p, _ := m.Problem("p2"); p.SameAs != "p1" || ev.Problem.SameAs != "p1" {
					t.Fatalf("p2 same as %q (event %q), want p1", p.SameAs, ev.Problem.SameAs)
				}
				if p, _ := m.Problem("p1"); p.Status != night.Open {
					t.Fatalf("the first problem is %s, want still open", p.Status)
				}
			})},
		{name: "NotItself", given: two, cmd: same("p2", "p2", "priya"), code: night.Invalid,
			msg: "Choose another problem that this one is the same as."},
		{name: "NoSuchProblem", given: two, cmd: same("p2", "p9", "priya"), code: night.Invalid,
			msg: "Choose another problem that this one is the same as."},
		{name: "NotARepeatOfARepeat", given: append(append([]night.Command{}, two...), raise("tom"), same("p2", "p1", "priya")),
			cmd: same("p3", "p2", "priya"), code: night.Invalid, msg: "Choose another problem that this one is the same as."},
		{name: "Undo", given: append(append([]night.Command{}, two...), same("p2", "p1", "priya")),
			cmd: night.Command{Type: night.CmdUndo, By: "priya"},
			check: func(t *testing.T, _, m *night.Night, _ *night.Event) {
				if p, _ := m.Problem("p2"); p.Status != night.Open || p.SameAs != "" {
					t.Fatalf("after undo p2 is %s same as %q, want open and not the same", p.Status, p.SameAs)
				}
			}},
	})
}

// A raise naming a ride marks it late and raises a problem about it, so
// the people on duty for home time are told like for any problem.
func TestApply_RaiseLateRide(t *testing.T) {
	late := func(ride, by string) night.Command {
		return night.Command{Type: night.CmdRaise, Ride: ride, By: by}
	}
	runApply(t, []applyCase{
		{name: "MarksLateAndRaises", cmd: late("r1", "kim"), text: "Kim raised a problem: Jo's ride is late (taxi at 22:00, City Cars)",
			check: all(wantRaised("p1", night.Taxi, "Jo's ride is late (taxi at 22:00, City Cars)", "kim", night.FromKiosk),
				func(t *testing.T, _, m *night.Night, ev *night.Event) {
					if r, _ := m.Ride("r1"); r.Status != night.Late || ev.Ride == nil || ev.Ride.Status != night.Late {
						t.Fatalf("ride r1 is %s (event %+v), want late", r.Status, ev.Ride)
					}
				})},
		{name: "AlreadyGone", given: []night.Command{{Type: night.CmdRideGone, Ride: "r1", By: "kim"}}, cmd: late("r1", "kim"),
			code: night.Conflict, msg: "Jo has already gone home."},
		{name: "NoSuchRide", cmd: late("r9", "kim"), code: night.NotFound, msg: "There is no ride r9."},
	})
}
