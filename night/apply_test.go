package night_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clubnight/clubnight/night"
)

// applyCase is one command applied to the fixture night after some given
// commands. A case with a code expects a refusal with exactly msg; one
// without expects a change whose activity text is text (when set) and that
// passes check.
type applyCase struct {
	name  string
	edit  func(p *night.Plan) // changes the fixture plan before the night starts
	given []night.Command
	cmd   night.Command
	code  night.Code
	msg   string
	text  string
	check func(t *testing.T, before, after *night.Night, ev *night.Event)
}

func runApply(t *testing.T, cases []applyCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := MustPlan(t)
			if tc.edit != nil {
				tc.edit(p)
				if err := p.Validate(); err != nil {
					t.Fatalf("edited plan: %v", err)
				}
			}
			n := night.NewNight(p)
			for _, g := range tc.given {
				n, _ = MustApply(t, n, g)
			}
			c := Fill(tc.cmd)
			before := MustJSON(t, n)
			m, ev, err := night.Apply(n, c)
			if MustJSON(t, n) != before {
				t.Fatalf("Apply changed its input night")
			}
			if tc.code != "" {
				AssertRefused(t, m, ev, err, tc.code, tc.msg)
				return
			}
			if err != nil {
				t.Fatalf("Apply: %v", err)
			}
			AssertChange(t, n, m, ev, c)
			if got := m.Activity[len(m.Activity)-1].Text; tc.text != "" && got != tc.text {
				t.Errorf("activity text = %q; want %q", got, tc.text)
			}
			if tc.check != nil {
				tc.check(t, n, m, ev)
			}
		})
	}
}

type checkFn = func(t *testing.T, before, after *night.Night, ev *night.Event)

func all(fs ...checkFn) checkFn {
	return func(t *testing.T, before, after *night.Night, ev *night.Event) {
		t.Helper()
		for _, f := range fs {
			f(t, before, after, ev)
		}
	}
}

// wantJob checks the event carries job number as it now is in the night.
func wantJob(number int, status night.JobStatus, startedBy, doneBy string) checkFn {
	return func(t *testing.T, _, after *night.Night, ev *night.Event) {
		t.Helper()
		if ev.Job == nil {
			t.Fatalf("event carries no job")
		}
		j, ok := after.Job(number)
		if !ok || !reflect.DeepEqual(*ev.Job, *j) {
			t.Fatalf("event job = %+v; night has %+v", ev.Job, j)
		}
		if j.Number != number || j.Status != status || j.StartedBy != startedBy || j.DoneBy != doneBy {
			t.Fatalf("job = %+v; want number %d %s started by %q done by %q", j, number, status, startedBy, doneBy)
		}
		if status == night.Done && (j.DoneAt.IsZero() || !j.DoneAt.Equal(T0)) {
			t.Fatalf("done job has DoneAt %v; want %v", j.DoneAt, T0)
		}
		if status != night.Done && !j.DoneAt.IsZero() {
			t.Fatalf("job that is not done has DoneAt %v", j.DoneAt)
		}
	}
}

func wantWho(number int, who ...string) checkFn {
	return func(t *testing.T, _, after *night.Night, ev *night.Event) {
		t.Helper()
		j, _ := after.Job(number)
		if !slices.Equal(j.Who, who) || (ev.Job != nil && !slices.Equal(ev.Job.Who, who)) {
			t.Fatalf("job %d who = %v (event %v); want %v", number, j.Who, ev.Job, who)
		}
	}
}

func wantProblem(id string, status night.ProblemStatus, claimedBy, sortedBy string) checkFn {
	return func(t *testing.T, _, after *night.Night, ev *night.Event) {
		t.Helper()
		if ev.Problem == nil {
			t.Fatalf("event carries no problem")
		}
		p, ok := after.Problem(id)
		if !ok || !reflect.DeepEqual(*ev.Problem, *p) {
			t.Fatalf("event problem = %+v; night has %+v", ev.Problem, p)
		}
		if p.Status != status || p.ClaimedBy != claimedBy || p.SortedBy != sortedBy {
			t.Fatalf("problem = %+v; want %s claimed by %q sorted by %q", p, status, claimedBy, sortedBy)
		}
		if (claimedBy != "") != (!p.ClaimedAt.IsZero()) || (sortedBy != "") != (!p.SortedAt.IsZero()) {
			t.Fatalf("problem times do not match who: %+v", p)
		}
	}
}

func wantRaised(id string, kind night.ProblemKind, text, by string, src night.Source) checkFn {
	return all(wantProblem(id, night.Open, "", ""), func(t *testing.T, before, after *night.Night, ev *night.Event) {
		t.Helper()
		p := ev.Problem
		if p.ID != id || p.Kind != kind || p.Text != text || p.RaisedBy != by || p.Source != src || !p.RaisedAt.Equal(T0) {
			t.Fatalf("raised %+v; want %s %s %q by %q from %s", p, id, kind, text, by, src)
		}
		if len(after.Problems) != len(before.Problems)+1 {
			t.Fatalf("problems %d -> %d; want one more", len(before.Problems), len(after.Problems))
		}
	})
}

func wantRide(id string, status night.RideStatus, waitingWith ...string) checkFn {
	return func(t *testing.T, _, after *night.Night, ev *night.Event) {
		t.Helper()
		if ev.Ride == nil {
			t.Fatalf("event carries no ride")
		}
		r, ok := after.Ride(id)
		if !ok || !reflect.DeepEqual(*ev.Ride, *r) {
			t.Fatalf("event ride = %+v; night has %+v", ev.Ride, r)
		}
		if r.Status != status || !slices.Equal(r.WaitingWith, waitingWith) {
			t.Fatalf("ride = %+v; want %s waiting with %v", r, status, waitingWith)
		}
		if (status == night.Gone) != (!r.GoneAt.IsZero()) {
			t.Fatalf("ride %s has GoneAt %v", status, r.GoneAt)
		}
	}
}

func wantPerson(id string, checkedIn, optedOut bool) checkFn {
	return func(t *testing.T, _, after *night.Night, ev *night.Event) {
		t.Helper()
		if ev.Person == nil {
			t.Fatalf("event carries no person")
		}
		p, ok := after.Person(id)
		if !ok {
			t.Fatalf("no person %q", id)
		}
		if ev.Person.ID != id || ev.Person.Phone != "" || ev.Person.Name != p.Name ||
			ev.Person.CheckedIn != p.CheckedIn || ev.Person.OptedOut != p.OptedOut {
			t.Fatalf("event person = %+v; night has %+v", ev.Person, p)
		}
		if p.CheckedIn != checkedIn || p.OptedOut != optedOut {
			t.Fatalf("person = %+v; want checked in %v, opted out %v", p, checkedIn, optedOut)
		}
		if before := MustFixture(t); p.Phone == "" {
			if q, ok := before.Person(id); ok && q.Phone != "" {
				t.Fatalf("the night lost %s's phone number", id)
			}
		}
	}
}

func wantBriefing(i int, delivered bool, by string) checkFn {
	return func(t *testing.T, _, after *night.Night, ev *night.Event) {
		t.Helper()
		if ev.Briefing == nil || ev.Index == nil || *ev.Index != i {
			t.Fatalf("event briefing = %+v index %v; want point %d", ev.Briefing, ev.Index, i)
		}
		b := after.Briefing[i]
		if !reflect.DeepEqual(*ev.Briefing, b) || b.Delivered != delivered || b.DeliveredBy != by {
			t.Fatalf("briefing[%d] = %+v (event %+v); want delivered %v by %q", i, b, ev.Briefing, delivered, by)
		}
	}
}

func wantUndid(kind night.CommandType) checkFn {
	return func(t *testing.T, _, after *night.Night, ev *night.Event) {
		t.Helper()
		if ev.Undid != kind {
			t.Fatalf("event undid %q; want %q", ev.Undid, kind)
		}
		if _, ok := after.Undo[ev.By]; ok {
			t.Fatalf("an undo is still held for %s after undoing", ev.By)
		}
	}
}

// wantUndoHeld checks the change can be taken back by its author.
func wantUndoHeld(kind night.CommandType) checkFn {
	return func(t *testing.T, _, after *night.Night, ev *night.Event) {
		t.Helper()
		u, ok := after.Undo[ev.By]
		if !ok || u.Type != string(kind) || u.Seq != after.Seq {
			t.Fatalf("undo for %s = %+v (%v); want %s at seq %d", ev.By, u, ok, kind, after.Seq)
		}
	}
}

func done(job int, by string) night.Command {
	return night.Command{Type: night.CmdDone, Job: job, By: by}
}

func doing(job int, by string) night.Command {
	return night.Command{Type: night.CmdDoing, Job: job, By: by}
}

func undo(by string) night.Command { return night.Command{Type: night.CmdUndo, By: by} }

func raise(by string) night.Command { return night.Command{Type: night.CmdRaise, By: by} }

func claim(p, by string) night.Command {
	return night.Command{Type: night.CmdClaim, Problem: p, By: by}
}

func sortP(p, by string) night.Command {
	return night.Command{Type: night.CmdSort, Problem: p, By: by}
}

func ride(typ night.CommandType, id, by string) night.Command {
	return night.Command{Type: typ, Ride: id, By: by}
}

func checkIn(by string) night.Command { return night.Command{Type: night.CmdCheckIn, By: by} }

func checkOut(by string) night.Command { return night.Command{Type: night.CmdCheckOut, By: by} }

func briefed(i int, by string) night.Command {
	return night.Command{Type: night.CmdBriefed, Index: Ptr(i), By: by}
}

// api is a command from the admin API, which may come from nobody.
func api(c night.Command) night.Command {
	c.Source = night.FromAPI
	return c
}

const (
	msgChanged = "That has changed since, so there is nothing to undo."
	msgNothing = "There is nothing to undo."
	msgWhoZed  = `We do not know who "zed" is on this night.`
)

func TestApply_Done(t *testing.T) {
	runApply(t, []applyCase{
		{name: "Todo", cmd: done(1, "tom"), text: "Tom finished job 1 (Put out tables and chairs).",
			check: all(wantJob(1, night.Done, "", "tom"), wantUndoHeld(night.CmdDone))},
		{name: "LastJob", cmd: done(15, "jade"), check: wantJob(15, night.Done, "", "jade")},
		{name: "WhileSomeoneElseDoing", given: []night.Command{doing(1, "jade")}, cmd: done(1, "tom"),
			check: wantJob(1, night.Done, "jade", "tom")},
		{name: "FromAPIWithoutBy", cmd: api(done(2, "")), text: "Someone finished job 2 (Set up the disco lights).",
			check: func(t *testing.T, _, after *night.Night, _ *night.Event) {
				if len(after.Undo) != 0 {
					t.Fatalf("an undo was kept for nobody: %v", after.Undo)
				}
			}},
		{name: "FromSMS", cmd: night.Command{Type: night.CmdDone, Job: 3, By: "sam", Source: night.FromSMS},
			check: wantJob(3, night.Done, "", "sam")},
		{name: "AlreadyDone", given: []night.Command{done(1, "sam")}, cmd: done(1, "tom"),
			code: night.Conflict, msg: "Sam already did that. Job 1 is done."},
		{name: "AlreadyDoneBySelf", given: []night.Command{done(1, "sam")}, cmd: done(1, "sam"),
			code: night.Conflict, msg: "You already did that. Job 1 is done."},
		{name: "NoSuchJob", cmd: done(99, "sam"), code: night.NotFound, msg: "There is no job 99."},
		{name: "OneAfterLast", cmd: done(16, "sam"), code: night.NotFound, msg: "There is no job 16."},
		{name: "NoNumber", cmd: done(0, "sam"), code: night.Invalid, msg: "Which job? Please give its number."},
		{name: "Negative", cmd: done(-3, "sam"), code: night.Invalid, msg: "Which job? Please give its number."},
	})
}

func TestApply_Doing(t *testing.T) {
	runApply(t, []applyCase{
		{name: "Todo", cmd: doing(3, "sam"), text: "Sam started job 3 (Set up the DJ decks).",
			check: all(wantJob(3, night.Doing, "sam", ""), wantUndoHeld(night.CmdDoing))},
		{name: "TakeOver", given: []night.Command{doing(3, "sam")}, cmd: doing(3, "marcus"),
			check: wantJob(3, night.Doing, "marcus", "")},
		{name: "AlreadyDoingSelf", given: []night.Command{doing(3, "sam")}, cmd: doing(3, "sam"),
			code: night.Conflict, msg: "You already said you are doing job 3."},
		{name: "AlreadyDone", given: []night.Command{done(3, "sam")}, cmd: doing(3, "marcus"),
			code: night.Conflict, msg: "Job 3 is already done."},
		{name: "NoSuchJob", cmd: doing(99, "sam"), code: night.NotFound, msg: "There is no job 99."},
		{name: "NoNumber", cmd: doing(0, "sam"), code: night.Invalid, msg: "Which job? Please give its number."},
	})
}

func TestApply_Undo(t *testing.T) {
	cmds := func(cs ...night.Command) []night.Command { return cs }
	runApply(t, []applyCase{
		{name: "NothingToUndo", cmd: undo("sam"), code: night.Conflict, msg: msgNothing},
		{name: "FromAPIWithoutBy", cmd: api(undo("")), code: night.Invalid, msg: "Please say who you are first."},
		{name: "OnlyYourOwn", given: cmds(done(1, "tom")), cmd: undo("jade"), code: night.Conflict, msg: msgNothing},
		{name: "Twice", given: cmds(done(1, "tom"), undo("tom")), cmd: undo("tom"), code: night.Conflict, msg: msgNothing},
		{name: "NotAfterAChangeThatCannotBeUndone", given: cmds(done(1, "tom"), night.Command{Type: night.CmdOptOut, By: "tom"}),
			cmd: undo("tom"), code: night.Conflict, msg: msgNothing},
		{name: "OnlyTheLastChange", given: cmds(done(1, "tom"), done(4, "tom")), cmd: undo("tom"),
			check: func(t *testing.T, _, after *night.Night, _ *night.Event) {
				if j, _ := after.Job(1); j.Status != night.Done {
					t.Fatalf("undo reached back to job 1: %+v", j)
				}
				if j, _ := after.Job(4); j.Status != night.Todo {
					t.Fatalf("job 4 = %+v; want todo", j)
				}
			}},

		{name: "Done", given: cmds(done(1, "tom")), cmd: undo("tom"),
			text:  "Tom took back: job 1 (Put out tables and chairs) is not started again.",
			check: all(wantJob(1, night.Todo, "", ""), wantUndid(night.CmdDone))},
		{name: "DoneBackToDoing", given: cmds(doing(1, "jade"), done(1, "tom")), cmd: undo("tom"),
			text:  "Tom took back: job 1 (Put out tables and chairs) is being done again.",
			check: all(wantJob(1, night.Doing, "jade", ""), wantUndid(night.CmdDone))},
		{name: "DoneKeepsLaterAssignment", given: cmds(done(1, "tom"),
			dash(night.Command{Type: night.CmdAssignJob, Job: 1, Who: []string{"kim"}})),
			cmd:   undo("tom"),
			check: all(wantJob(1, night.Todo, "", ""), wantWho(1, "kim"))},
		{name: "EditEndsOnlyTheEditorsUndo", given: cmds(done(1, "priya"),
			dash(night.Command{Type: night.CmdAssignJob, Job: 1, Who: []string{"kim"}})),
			cmd: undo("priya"), code: night.Conflict, msg: msgNothing},
		{name: "Doing", given: cmds(doing(1, "tom")), cmd: undo("tom"),
			check: all(wantJob(1, night.Todo, "", ""), wantUndid(night.CmdDoing))},
		{name: "DoingChangedSince", given: cmds(doing(1, "tom"), doing(1, "jade")), cmd: undo("tom"),
			code: night.Conflict, msg: msgChanged},
		{name: "DoingThenDoneBySomeoneElse", given: cmds(doing(1, "tom"), done(1, "jade")), cmd: undo("tom"),
			code: night.Conflict, msg: msgChanged},

		{name: "CheckIn", given: cmds(checkIn("sam")), cmd: undo("sam"), text: "Sam took back: Sam checked out.",
			check: all(wantPerson("sam", false, false), wantUndid(night.CmdCheckIn))},
		{name: "CheckOut", given: cmds(checkIn("sam"), checkOut("sam")), cmd: undo("sam"),
			text:  "Sam took back: Sam checked in.",
			check: all(wantPerson("sam", true, false), wantUndid(night.CmdCheckOut))},
		{name: "CheckInChangedSince", given: cmds(night.Command{Type: night.CmdCheckIn, Person: "tom", By: "sam"}, checkOut("tom")),
			cmd: undo("sam"), code: night.Conflict, msg: msgChanged},

		{name: "Raise", given: cmds(raise("kim")), cmd: undo("kim"), text: "Kim took back the problem: Someone needs help",
			check: all(wantProblem("p1", night.Sorted, "", "kim"), wantUndid(night.CmdRaise))},
		{name: "RaiseChangedSince", given: cmds(raise("kim"), claim("p1", "sam")), cmd: undo("kim"),
			code: night.Conflict, msg: msgChanged},

		{name: "Claim", given: cmds(raise("kim"), claim("p1", "sam")), cmd: undo("sam"),
			text:  "Sam took back: the problem is open again.",
			check: all(wantProblem("p1", night.Open, "", ""), wantUndid(night.CmdClaim))},
		{name: "ClaimChangedSince", given: cmds(raise("kim"), claim("p1", "sam"), sortP("p1", "priya")), cmd: undo("sam"),
			code: night.Conflict, msg: msgChanged},
		{name: "Sort", given: cmds(raise("kim"), sortP("p1", "sam")), cmd: undo("sam"),
			check: all(wantProblem("p1", night.Open, "", ""), wantUndid(night.CmdSort))},
		{name: "SortAfterClaim", given: cmds(raise("kim"), claim("p1", "sam"), sortP("p1", "sam")), cmd: undo("sam"),
			text:  "Sam took back: the problem is claimed again.",
			check: wantProblem("p1", night.Claimed, "sam", "")},
		{name: "SortOfSomeoneElsesClaim", given: cmds(raise("kim"), claim("p1", "priya"), sortP("p1", "sam")), cmd: undo("sam"),
			check: wantProblem("p1", night.Claimed, "priya", "")},

		{name: "RideGone", given: cmds(ride(night.CmdRideGone, "r1", "kim")), cmd: undo("kim"),
			text:  "Kim took back the change to Jo's ride.",
			check: all(wantRide("r1", night.Waiting), wantUndid(night.CmdRideGone))},
		{name: "RideGoneBringsBackWhoWaited", given: cmds(ride(night.CmdWaitWith, "r2", "leon"), ride(night.CmdRideGone, "r2", "kim")),
			cmd: undo("kim"), check: wantRide("r2", night.Waiting, "leon")},
		{name: "RideLate", given: cmds(ride(night.CmdRideLate, "r1", "kim")), cmd: undo("kim"),
			check: all(wantRide("r1", night.Waiting), wantUndid(night.CmdRideLate))},
		{name: "RideLateKeepsWhoJoined", given: cmds(ride(night.CmdRideLate, "r1", "kim"), ride(night.CmdWaitWith, "r1", "leon")),
			cmd: undo("kim"), check: wantRide("r1", night.Waiting, "leon")},
		{name: "RideWait", given: cmds(ride(night.CmdRideLate, "r1", "kim"), ride(night.CmdRideWait, "r1", "priya")),
			cmd: undo("priya"), check: all(wantRide("r1", night.Late), wantUndid(night.CmdRideWait))},
		{name: "RideWaitAfterGone", given: cmds(ride(night.CmdRideGone, "r1", "kim"), ride(night.CmdRideWait, "r1", "priya")),
			cmd: undo("priya"), check: wantRide("r1", night.Gone)},
		{name: "WaitWith", given: cmds(ride(night.CmdWaitWith, "r2", "leon")), cmd: undo("leon"),
			check: all(wantRide("r2", night.Waiting), wantUndid(night.CmdWaitWith))},
		{name: "WaitWithKeepsOthers", given: cmds(ride(night.CmdWaitWith, "r2", "leon"), ride(night.CmdWaitWith, "r2", "tom")),
			cmd: undo("leon"), check: wantRide("r2", night.Waiting, "tom")},
		{name: "RideLateChangedSince", given: cmds(ride(night.CmdRideLate, "r1", "kim"), ride(night.CmdRideGone, "r1", "priya")),
			cmd: undo("kim"), code: night.Conflict, msg: msgChanged},
		{name: "RideGoneChangedSince", given: cmds(ride(night.CmdRideGone, "r1", "kim"), ride(night.CmdRideWait, "r1", "priya")),
			cmd: undo("kim"), code: night.Conflict, msg: msgChanged},
		{name: "WaitWithChangedSince", given: cmds(ride(night.CmdWaitWith, "r2", "leon"), ride(night.CmdRideGone, "r2", "kim")),
			cmd: undo("leon"), code: night.Conflict, msg: msgChanged},

		{name: "Briefed", given: cmds(briefed(0, "jade")), cmd: undo("jade"), text: "Jade took back briefing point 1.",
			check: all(wantBriefing(0, false, ""), wantUndid(night.CmdBriefed))},
		{name: "BriefedLastPoint", given: cmds(briefed(3, "kim")), cmd: undo("kim"), check: wantBriefing(3, false, "")},
	})
}

func TestApply_Check(t *testing.T) {
	cmds := func(cs ...night.Command) []night.Command { return cs }
	runApply(t, []applyCase{
		{name: "In", cmd: checkIn("sam"), text: "Sam is here.",
			check: all(wantPerson("sam", true, false), wantUndoHeld(night.CmdCheckIn))},
		{name: "InTwice", given: cmds(checkIn("sam")), cmd: checkIn("sam"), code: night.Conflict, msg: "Sam is already checked in."},
		{name: "Out", given: cmds(checkIn("sam")), cmd: checkOut("sam"), text: "Sam has gone home.",
			check: wantPerson("sam", false, false)},
		{name: "OutTwice", given: cmds(checkIn("sam"), checkOut("sam")), cmd: checkOut("sam"),
			code: night.Conflict, msg: "Sam is not checked in."},
		{name: "OutWithoutIn", cmd: checkOut("sam"), code: night.Conflict, msg: "Sam is not checked in."},
		{name: "SomeoneElse", cmd: night.Command{Type: night.CmdCheckIn, Person: "leon", By: "kim"},
			text: "Kim said: Leon is here.", check: wantPerson("leon", true, false)},
		{name: "SomeoneElseOut", given: cmds(checkIn("leon")), cmd: night.Command{Type: night.CmdCheckOut, Person: "leon", By: "kim"},
			text: "Kim said: Leon has gone home.", check: wantPerson("leon", false, false)},
		{name: "FromAPI", cmd: api(night.Command{Type: night.CmdCheckIn, Person: "sam"}), text: "Sam is here.",
			check: wantPerson("sam", true, false)},
		{name: "UnknownPerson", cmd: night.Command{Type: night.CmdCheckIn, Person: "zed", By: "kim"},
			code: night.NotFound, msg: msgWhoZed},
		{name: "FromAPINobody", cmd: api(night.Command{Type: night.CmdCheckIn}), code: night.Invalid, msg: "Who is checking in?"},
	})
}

func TestApply_Raise(t *testing.T) {
	long := strings.Repeat("a", 600)
	cases := []applyCase{
		{name: "KindDefaultsToOther", cmd: raise("kim"), text: "Kim raised a problem: Someone needs help",
			check: all(wantRaised("p1", night.Other, "Someone needs help", "kim", night.FromKiosk), wantUndoHeld(night.CmdRaise))},
		{name: "KindAndText", cmd: night.Command{Type: night.CmdRaise, Kind: night.Spill, Text: "  Juice by the bar \n", By: "leon"},
			text: "Leon raised a problem: Juice by the bar", check: wantRaised("p1", night.Spill, "Juice by the bar", "leon", night.FromKiosk)},
		{name: "BlankTextUsesKindWords", cmd: night.Command{Type: night.CmdRaise, Kind: night.Music, Text: "   ", By: "sam"},
			check: wantRaised("p1", night.Music, "The music stopped", "sam", night.FromKiosk)},
		{name: "FromSMS", cmd: night.Command{Type: night.CmdRaise, Text: "help", By: "tom", Source: night.FromSMS},
			check: wantRaised("p1", night.Other, "help", "tom", night.FromSMS)},
		{name: "FromAPIWithoutBy", cmd: api(night.Command{Type: night.CmdRaise, Kind: night.Lost}),
			text: "Someone raised a problem: Something is lost", check: wantRaised("p1", night.Lost, "Something is lost", "", night.FromAPI)},
		{name: "NumbersRise", given: []night.Command{raise("kim"), raise("sam")}, cmd: raise("kim"),
			check: wantRaised("p3", night.Other, "Someone needs help", "kim", night.FromKiosk)},
		{name: "InvalidKind", cmd: night.Command{Type: night.CmdRaise, Kind: "fire", By: "kim"},
			code: night.Invalid, msg: `We do not know the problem kind "fire".`},
		{name: "LongTextTruncated", cmd: night.Command{Type: night.CmdRaise, Text: long, By: "kim"},
			check: wantRaised("p1", night.Other, long[:500], "kim", night.FromKiosk)},
		{name: "LongTextTruncatedOnACharacter", cmd: night.Command{Type: night.CmdRaise, Text: "a" + strings.Repeat("é", 300), By: "kim"},
			check: func(t *testing.T, _, _ *night.Night, ev *night.Event) {
				got := ev.Problem.Text
				if len(got) > 500 || !utf8.ValidString(got) || got != "a"+strings.Repeat("é", 249) {
					t.Fatalf("truncated text is %d bytes, valid UTF-8 %v: %q", len(got), utf8.ValidString(got), got)
				}
			}},
	}
	for _, k := range night.ProblemKinds {
		cases = append(cases, applyCase{name: "Kind_" + string(k), cmd: night.Command{Type: night.CmdRaise, Kind: k, By: "kim"},
			check: wantRaised("p1", k, night.KindWords[k], "kim", night.FromKiosk)})
	}
	runApply(t, cases)
}

func TestApply_Claim(t *testing.T) {
	raised := []night.Command{raise("kim")}
	runApply(t, []applyCase{
		{name: "Open", given: raised, cmd: claim("p1", "sam"), text: "Sam is helping with: Someone needs help",
			check: all(wantProblem("p1", night.Claimed, "sam", ""), wantUndoHeld(night.CmdClaim))},
		{name: "OwnProblem", given: raised, cmd: claim("p1", "kim"), check: wantProblem("p1", night.Claimed, "kim", "")},
		{name: "AlreadyClaimedByAnother", given: append(raised, claim("p1", "sam")), cmd: claim("p1", "priya"),
			code: night.Conflict, msg: "Sam is already on it."},
		{name: "AlreadyClaimedBySelf", given: append(raised, claim("p1", "sam")), cmd: claim("p1", "sam"),
			code: night.Conflict, msg: "You are already on it."},
		{name: "Sorted", given: append(raised, sortP("p1", "sam")), cmd: claim("p1", "priya"),
			code: night.Conflict, msg: "That problem is already sorted. Thank you."},
		{name: "NoSuchProblem", given: raised, cmd: claim("p9", "sam"), code: night.NotFound, msg: "There is no problem p9."},
		{name: "WhichProblem", given: raised, cmd: claim("", "sam"), code: night.Invalid, msg: "Which problem?"},
	})
}

func TestApply_Sort(t *testing.T) {
	raised := []night.Command{raise("kim")}
	runApply(t, []applyCase{
		{name: "Open", given: raised, cmd: sortP("p1", "sam"), text: "Sam sorted: Someone needs help",
			check: all(wantProblem("p1", night.Sorted, "sam", "sam"), wantUndoHeld(night.CmdSort))},
		{name: "ClaimedByAnother", given: append(raised, claim("p1", "priya")), cmd: sortP("p1", "sam"),
			check: wantProblem("p1", night.Sorted, "priya", "sam")},
		{name: "FromAPI", given: raised, cmd: api(sortP("p1", "")), text: "Someone sorted: Someone needs help",
			check: func(t *testing.T, _, after *night.Night, ev *night.Event) {
				p, _ := after.Problem("p1")
				if ev.Problem == nil || p.Status != night.Sorted || p.SortedAt.IsZero() || !reflect.DeepEqual(*ev.Problem, *p) {
					t.Fatalf("problem = %+v (event %+v); want sorted", p, ev.Problem)
				}
			}},
		{name: "Twice", given: append(raised, sortP("p1", "sam")), cmd: sortP("p1", "priya"),
			code: night.Conflict, msg: "That problem is already sorted. Thank you."},
		{name: "NoSuchProblem", cmd: sortP("p1", "sam"), code: night.NotFound, msg: "There is no problem p1."},
		{name: "WhichProblem", cmd: sortP("", "sam"), code: night.Invalid, msg: "Which problem?"},
	})
}

func TestApply_Ride(t *testing.T) {
	cmds := func(cs ...night.Command) []night.Command { return cs }
	runApply(t, []applyCase{
		{name: "Gone", cmd: ride(night.CmdRideGone, "r1", "kim"), text: "Kim said: Jo has gone home.",
			check: all(wantRide("r1", night.Gone), wantUndoHeld(night.CmdRideGone))},
		{name: "GoneFromAPI", cmd: api(ride(night.CmdRideGone, "r1", "")), text: "Jo has gone home.", check: wantRide("r1", night.Gone)},
		{name: "GoneWhenLate", given: cmds(ride(night.CmdRideLate, "r1", "kim")), cmd: ride(night.CmdRideGone, "r1", "kim"),
			check: wantRide("r1", night.Gone)},
		{name: "GoneClearsWaitingWith", given: cmds(ride(night.CmdWaitWith, "r1", "leon")), cmd: ride(night.CmdRideGone, "r1", "kim"),
			check: wantRide("r1", night.Gone)},
		{name: "GoneTwice", given: cmds(ride(night.CmdRideGone, "r1", "kim")), cmd: ride(night.CmdRideGone, "r1", "priya"),
			code: night.Conflict, msg: "Jo has already gone home."},
		{name: "Late", cmd: ride(night.CmdRideLate, "r1", "kim"), text: "Kim said: Jo's taxi is late.",
			check: all(wantRide("r1", night.Late), wantUndoHeld(night.CmdRideLate))},
		{name: "LateFromAPI", cmd: api(ride(night.CmdRideLate, "r3", "")), text: "Dee's support worker is late.",
			check: wantRide("r3", night.Late)},
		{name: "LateTwice", given: cmds(ride(night.CmdRideLate, "r1", "kim")), cmd: ride(night.CmdRideLate, "r1", "kim"),
			code: night.Conflict, msg: "Jo's ride is late already."},
		{name: "LateWhenGone", given: cmds(ride(night.CmdRideGone, "r1", "kim")), cmd: ride(night.CmdRideLate, "r1", "kim"),
			code: night.Conflict, msg: "Jo's ride is gone already."},
		{name: "WaitWhenLate", given: cmds(ride(night.CmdRideLate, "r1", "kim")), cmd: ride(night.CmdRideWait, "r1", "kim"),
			text: "Kim said: Jo is waiting for their ride.", check: all(wantRide("r1", night.Waiting), wantUndoHeld(night.CmdRideWait))},
		{name: "WaitWhenGone", given: cmds(ride(night.CmdRideGone, "r1", "kim")), cmd: ride(night.CmdRideWait, "r1", "kim"),
			check: wantRide("r1", night.Waiting)},
		{name: "WaitWhenWaiting", cmd: ride(night.CmdRideWait, "r1", "kim"), code: night.Conflict, msg: "Jo is waiting already."},
		{name: "WaitWith", cmd: ride(night.CmdWaitWith, "r2", "leon"), text: "Leon is waiting with Alex.",
			check: all(wantRide("r2", night.Waiting, "leon"), wantUndoHeld(night.CmdWaitWith))},
		{name: "WaitWithSecondPerson", given: cmds(ride(night.CmdWaitWith, "r2", "leon")), cmd: ride(night.CmdWaitWith, "r2", "tom"),
			check: wantRide("r2", night.Waiting, "leon", "tom")},
		{name: "WaitWithWhenLate", given: cmds(ride(night.CmdRideLate, "r2", "kim")), cmd: ride(night.CmdWaitWith, "r2", "tom"),
			check: wantRide("r2", night.Late, "tom")},
		{name: "WaitWithTwice", given: cmds(ride(night.CmdWaitWith, "r2", "leon")), cmd: ride(night.CmdWaitWith, "r2", "leon"),
			code: night.Conflict, msg: "You are already waiting with Alex."},
		{name: "WaitWithWhenGone", given: cmds(ride(night.CmdRideGone, "r2", "kim")), cmd: ride(night.CmdWaitWith, "r2", "leon"),
			code: night.Conflict, msg: "Alex has already gone home."},
		{name: "WaitWithFromAPIWithoutBy", cmd: api(ride(night.CmdWaitWith, "r2", "")), code: night.Invalid, msg: "Please say who you are first."},
		{name: "NoSuchRide", cmd: ride(night.CmdRideGone, "r9", "kim"), code: night.NotFound, msg: "There is no ride r9."},
		{name: "WhoseRide", cmd: ride(night.CmdRideLate, "", "kim"), code: night.Invalid, msg: "Whose ride?"},
	})
}

func TestApply_Briefed(t *testing.T) {
	runApply(t, []applyCase{
		{name: "First", cmd: briefed(0, "jade"), text: "Briefing point 1 is done: Welcome, and who is doing what",
			check: all(wantBriefing(0, true, "jade"), wantUndoHeld(night.CmdBriefed))},
		{name: "Last", cmd: briefed(3, "kim"), text: "Briefing point 4 is done: Home time and taxis", check: wantBriefing(3, true, "kim")},
		{name: "FromAPI", cmd: api(briefed(1, "")), check: wantBriefing(1, true, "")},
		{name: "Twice", given: []night.Command{briefed(0, "jade")}, cmd: briefed(0, "kim"),
			code: night.Conflict, msg: "That briefing point is done already."},
		{name: "NoIndex", cmd: night.Command{Type: night.CmdBriefed, By: "jade"}, code: night.NotFound, msg: "There is no such briefing point."},
		{name: "Negative", cmd: briefed(-1, "jade"), code: night.NotFound, msg: "There is no such briefing point."},
		{name: "OneAfterLast", cmd: briefed(4, "jade"), code: night.NotFound, msg: "There is no such briefing point."},
	})
}

// dash is a command from the dashboard by the organiser Priya.
func dash(c night.Command) night.Command {
	c.By, c.Source = "priya", night.FromDashboard
	return c
}

// wantNoUndo checks a plan edit leaves nothing for its author to undo.
func wantNoUndo(t *testing.T, _, after *night.Night, ev *night.Event) {
	t.Helper()
	if _, ok := after.Undo[ev.By]; ok && ev.By != "" {
		t.Fatalf("an edit left an undo for %s", ev.By)
	}
}

func TestApply_AssignJob(t *testing.T) {
	assign := func(job int, who ...string) night.Command {
		return night.Command{Type: night.CmdAssignJob, Job: job, Who: who}
	}
	runApply(t, []applyCase{
		{name: "Assign", cmd: dash(assign(1, "sam", "kim")), text: "Priya gave job 1 (Put out tables and chairs) to Sam and Kim.",
			check: all(wantWho(1, "sam", "kim"), wantJob(1, night.Todo, "", ""), wantNoUndo)},
		{name: "ThreePeople", cmd: api(assign(2, "sam", "kim", "leon")),
			text: "The organiser gave job 2 (Set up the disco lights) to Sam, Kim and Leon.", check: wantWho(2, "sam", "kim", "leon")},
		{name: "Nobody", cmd: api(assign(2)), text: "The organiser gave job 2 (Set up the disco lights) to nobody.",
			check: wantWho(2)},
		{name: "KeepsStatus", given: []night.Command{done(2, "marcus")}, cmd: api(assign(2, "leon")),
			check: wantJob(2, night.Done, "", "marcus")},
		{name: "SamePeople", cmd: api(assign(1, "tom", "jade")), code: night.Conflict, msg: "Job 1 already has those people."},
		{name: "UnknownPerson", cmd: api(assign(1, "tom", "zed")), code: night.NotFound, msg: msgWhoZed},
		{name: "NoSuchJob", cmd: api(assign(99, "tom")), code: night.NotFound, msg: "There is no job 99."},
		{name: "NoNumber", cmd: api(assign(0, "tom")), code: night.Invalid, msg: "Which job? Please give its number."},
	})
}

func TestApply_AddJob(t *testing.T) {
	add := func(title string, phase night.Phase, who ...string) night.Command {
		return api(night.Command{Type: night.CmdAddJob, Title: title, Phase: phase, Who: who})
	}
	wantAdded := func(id string, number int, title string, phase night.Phase, who ...string) checkFn {
		return func(t *testing.T, before, after *night.Night, ev *night.Event) {
			t.Helper()
			if who == nil {
				who = []string{} // never null on a screen
			}
			want := night.Job{ID: id, Number: number, Title: title, Phase: phase, Who: who, Status: night.Todo}
			if ev.Job == nil || !reflect.DeepEqual(*ev.Job, want) || len(after.Jobs) != len(before.Jobs)+1 ||
				!reflect.DeepEqual(after.Jobs[len(after.Jobs)-1], want) {
				t.Fatalf("added job = %+v; want %+v", ev.Job, want)
			}
		}
	}
	runApply(t, []applyCase{
		{name: "Added", cmd: add("  Stack the chairs ", night.Close, "leon"), text: "The organiser added job 16 (Stack the chairs).",
			check: wantAdded("job16", 16, "Stack the chairs", night.Close, "leon")},
		{name: "ByOrganiser", cmd: dash(night.Command{Type: night.CmdAddJob, Title: "Tea", Phase: night.Setup}),
			text: "Priya added job 16 (Tea).", check: all(wantAdded("job16", 16, "Tea", night.Setup), wantNoUndo)},
		{name: "PhaseDefaultsToDuring", cmd: add("Stack the chairs", ""), check: wantAdded("job16", 16, "Stack the chairs", night.During)},
		{name: "Second", given: []night.Command{add("One", "")}, cmd: add("Two", ""), check: wantAdded("job17", 17, "Two", night.During)},
		{name: "IDTaken", edit: func(p *night.Plan) { p.Jobs[0].ID = "job16" }, cmd: add("Tea", ""),
			check: wantAdded("job16x", 16, "Tea", night.During)},
		{name: "NoTitle", cmd: add("   ", ""), code: night.Invalid, msg: "The job needs a name."},
		{name: "BadPhase", cmd: add("Tea", "party"), code: night.Invalid, msg: "The phase must be setup, briefing, during or close."},
		{name: "UnknownPerson", cmd: add("Tea", "", "zed"), code: night.NotFound, msg: msgWhoZed},
	})
}

func TestApply_AddRide(t *testing.T) {
	add := func(name, pickup, at, note string) night.Command {
		return api(night.Command{Type: night.CmdAddRide, Name: name, Pickup: pickup, Time: at, Note: note})
	}
	wantAdded := func(want night.Ride) checkFn {
		return func(t *testing.T, before, after *night.Night, ev *night.Event) {
			t.Helper()
			if ev.Ride == nil || !reflect.DeepEqual(*ev.Ride, want) || len(after.Rides) != len(before.Rides)+1 ||
				!reflect.DeepEqual(after.Rides[len(after.Rides)-1], want) {
				t.Fatalf("added ride = %+v; want %+v", ev.Ride, want)
			}
		}
	}
	badTime := "The time must be like 22:00."
	runApply(t, []applyCase{
		{name: "Added", cmd: add(" Sol ", " bus ", "22:30", " N7 "), text: "The organiser added a ride home for Sol at 22:30.",
			check: wantAdded(night.Ride{ID: "r6", Name: "Sol", Pickup: "bus", At: "22:30", Note: "N7", Status: night.Waiting})},
		{name: "IDTaken", edit: func(p *night.Plan) { p.Rides[0].ID = "r6" }, cmd: add("Sol", "", "22:30", ""),
			check: wantAdded(night.Ride{ID: "r6x", Name: "Sol", At: "22:30", Status: night.Waiting})},
		{name: "NoName", cmd: add("  ", "bus", "22:30", ""), code: night.Invalid, msg: "The ride needs the name of the person going home."},
		{name: "TimeOutOfRange", cmd: add("Sol", "bus", "25:00", ""), code: night.Invalid, msg: badTime},
		{name: "TimeInWords", cmd: add("Sol", "bus", "7pm", ""), code: night.Invalid, msg: badTime},
		{name: "NoTime", cmd: add("Sol", "bus", "", ""), code: night.Invalid, msg: badTime},
	})
}

func TestApply_AddPerson(t *testing.T) {
	add := func(name, phone string, roles ...string) night.Command {
		return api(night.Command{Type: night.CmdAddPerson, Name: name, Phone: phone, Roles: roles})
	}
	wantAdded := func(id, name, phone string, roles ...string) checkFn {
		return func(t *testing.T, before, after *night.Night, ev *night.Event) {
			t.Helper()
			if roles == nil {
				roles = []string{}
			}
			want := night.Person{ID: id, Name: name, Phone: phone, Roles: roles}
			if got := after.People[len(after.People)-1]; len(after.People) != len(before.People)+1 || !reflect.DeepEqual(got, want) {
				t.Fatalf("added person = %+v; want %+v", got, want)
			}
			want.Phone = ""
			if ev.Person == nil || !reflect.DeepEqual(*ev.Person, want) {
				t.Fatalf("event person = %+v; want %+v", ev.Person, want)
			}
			if phone != "" {
				if p, ok := after.PersonByPhone(phone); !ok || p.ID != id {
					t.Fatalf("PersonByPhone(%s) = %v, %v", phone, p, ok)
				}
			}
		}
	}
	runApply(t, []applyCase{
		{name: "Added", cmd: add("Ana Lee", "+447700900199", "volunteer"), text: "The organiser added Ana Lee to the team.",
			check: wantAdded("ana-lee", "Ana Lee", "+447700900199", "volunteer")},
		{name: "ByOrganiser", cmd: dash(night.Command{Type: night.CmdAddPerson, Name: "Ana"}), text: "Priya added Ana to the team.",
			check: all(wantAdded("ana", "Ana", ""), wantNoUndo)},
		{name: "PhoneNormalised", cmd: add("Ana", "07700 900199"), check: wantAdded("ana", "Ana", "+447700900199")},
		{name: "IDTaken", cmd: add(" Sam ", ""), check: wantAdded("sam2", "Sam", "")},
		{name: "IDTakenTwice", given: []night.Command{add("Sam", "")}, cmd: add("Sam", ""), check: wantAdded("sam3", "Sam", "")},
		{name: "OddName", cmd: add("Zoë O'Neil", ""), check: wantAdded("zo-oneil", "Zoë O'Neil", "")},
		{name: "NoLetters", cmd: add("!!!", ""), check: wantAdded("person", "!!!", "")},
		{name: "NoName", cmd: add("  ", "+447700900199"), code: night.Invalid, msg: "The new team member needs a name."},
		{name: "DuplicatePhone", cmd: add("Ana", "+447700900101"), code: night.Conflict,
			msg: "Someone on the team has that phone number already."},
		{name: "DuplicatePhoneWrittenDifferently", cmd: add("Ana", "07700 900101"), code: night.Conflict,
			msg: "Someone on the team has that phone number already."},
		{name: "BadPhone", cmd: add("Ana", "hello"), code: night.Invalid, msg: `We cannot read the phone number "hello".`},
	})
}

func TestApply_OptOutIn(t *testing.T) {
	out := func(by, person string) night.Command {
		return night.Command{Type: night.CmdOptOut, By: by, Person: person, Source: night.FromSMS}
	}
	in := func(by, person string) night.Command {
		return night.Command{Type: night.CmdOptIn, By: by, Person: person, Source: night.FromSMS}
	}
	runApply(t, []applyCase{
		{name: "OutSelf", cmd: out("leon", ""), text: "Leon asked for no more texts.",
			check: all(wantPerson("leon", false, true), wantNoUndo)},
		{name: "OutSomeoneElseFromAPI", cmd: api(out("", "leon")), check: wantPerson("leon", false, true)},
		{name: "OutTwice", given: []night.Command{out("leon", "")}, cmd: out("leon", ""), code: night.Conflict, msg: "Nothing to change."},
		{name: "In", given: []night.Command{out("leon", "")}, cmd: in("leon", ""), text: "Leon gets texts again.",
			check: wantPerson("leon", false, false)},
		{name: "InWhenNotOut", cmd: in("leon", ""), code: night.Conflict, msg: "Nothing to change."},
		{name: "UnknownPerson", cmd: api(out("", "zed")), code: night.NotFound, msg: msgWhoZed},
		{name: "NobodyFromAPI", cmd: api(in("", "")), code: night.NotFound, msg: `We do not know who "" is on this night.`},
	})
}

func TestApply_SetEscalation(t *testing.T) {
	set := func(s int) night.Command { return api(night.Command{Type: night.CmdEscalate, Seconds: s}) }
	want := func(s int) checkFn {
		return func(t *testing.T, _, after *night.Night, ev *night.Event) {
			t.Helper()
			if after.EscalateAfterSeconds != s || ev.EscalateAfterSeconds != s || after.EscalateAfter().Seconds() != float64(s) {
				t.Fatalf("escalation = %d (event %d); want %d", after.EscalateAfterSeconds, ev.EscalateAfterSeconds, s)
			}
		}
	}
	bad := "The wait before asking more people must be between 30 seconds and 1 hour."
	runApply(t, []applyCase{
		{name: "Set", cmd: set(120), text: "The organiser set the wait before asking more people to 120 seconds.", check: want(120)},
		{name: "Shortest", cmd: set(30), check: want(30)},
		{name: "Longest", cmd: set(3600), check: want(3600)},
		{name: "ByOrganiser", cmd: dash(night.Command{Type: night.CmdEscalate, Seconds: 60}),
			text: "Priya set the wait before asking more people to 60 seconds.", check: all(want(60), wantNoUndo)},
		{name: "Same", given: []night.Command{set(120)}, cmd: set(120), code: night.Conflict, msg: "Nothing to change."},
		{name: "TooShort", cmd: set(29), code: night.Invalid, msg: bad},
		{name: "Zero", cmd: set(0), code: night.Invalid, msg: bad},
		{name: "TooLong", cmd: set(3601), code: night.Invalid, msg: bad},
	})
}

func TestApply_Who(t *testing.T) {
	from := func(src night.Source, by string) night.Command {
		return night.Command{Type: night.CmdDone, Job: 1, By: by, Source: src}
	}
	sayWho := "Please say who you are first."
	runApply(t, []applyCase{
		{name: "UnknownBy", cmd: from(night.FromKiosk, "zed"), code: night.NotFound, msg: msgWhoZed},
		{name: "UnknownByFromAPI", cmd: from(night.FromAPI, "zed"), code: night.NotFound, msg: msgWhoZed},
		{name: "EmptyByFromKiosk", cmd: from(night.FromKiosk, ""), code: night.Invalid, msg: sayWho},
		{name: "EmptyByFromSMS", cmd: from(night.FromSMS, ""), code: night.Invalid, msg: sayWho},
		{name: "EmptyByFromAPI", cmd: from(night.FromAPI, ""), check: wantJob(1, night.Done, "", "")},
		{name: "EmptyByFromDashboard", cmd: from(night.FromDashboard, ""), check: wantJob(1, night.Done, "", "")},
		{name: "EmptyByFromSystem", cmd: from(night.FromSystem, ""), check: wantJob(1, night.Done, "", "")},
		{name: "CommandIDCarried", cmd: night.Command{ID: "cmd-42", Type: night.CmdDone, Job: 1, By: "tom"},
			check: func(t *testing.T, _, _ *night.Night, ev *night.Event) {
				if ev.CommandID != "cmd-42" {
					t.Fatalf("event command id = %q", ev.CommandID)
				}
			}},
	})
}

func TestApply_UnknownType(t *testing.T) {
	runApply(t, []applyCase{
		{name: "ByPerson", cmd: night.Command{Type: "fly", By: "sam"}, code: night.Invalid, msg: `We do not know how to do "fly".`},
		{name: "FromAPI", cmd: api(night.Command{Type: "fly"}), code: night.Invalid, msg: `We do not know how to do "fly".`},
		{name: "Empty", cmd: night.Command{By: "sam"}, code: night.Invalid, msg: `We do not know how to do "".`},
	})
}

func TestApply_ActivityCapped(t *testing.T) {
	n := MustFixture(t)
	for i := range night.MaxActivity {
		n.Activity = append(n.Activity, night.Activity{Seq: int64(i + 1), Type: "old", Text: "old line"})
	}
	n.Seq = night.MaxActivity
	m, _ := MustApply(t, n, done(1, "tom"))
	if len(m.Activity) != night.MaxActivity {
		t.Fatalf("activity has %d lines; want %d", len(m.Activity), night.MaxActivity)
	}
	if m.Activity[0].Seq != 2 || m.Activity[night.MaxActivity-1].Seq != night.MaxActivity+1 {
		t.Fatalf("activity runs %d..%d; want the newest %d", m.Activity[0].Seq, m.Activity[len(m.Activity)-1].Seq, night.MaxActivity)
	}
	if len(n.Activity) != night.MaxActivity || n.Activity[0].Seq != 1 {
		t.Fatalf("the input's activity changed")
	}
}

// TestApply_Story plays a night through, refusals and all, and checks seq
// rises by exactly one per change and not at all on a refusal.
func TestApply_Story(t *testing.T) {
	steps := []struct {
		cmd     night.Command
		refused bool
	}{
		{checkIn("tom"), false},
		{checkIn("tom"), true},
		{doing(1, "tom"), false},
		{done(1, "jade"), false},
		{done(1, "tom"), true},
		{undo("tom"), true},
		{raise("kim"), false},
		{claim("p1", "sam"), false},
		{claim("p1", "priya"), true},
		{sortP("p1", "sam"), false},
		{undo("sam"), false},
		{undo("sam"), true},
		{ride(night.CmdRideLate, "r1", "kim"), false},
		{ride(night.CmdRideGone, "r1", "kim"), false},
		{briefed(0, "jade"), false},
		{briefed(9, "jade"), true},
		{night.Command{Type: "fly", By: "sam"}, true},
	}
	n := MustFixture(t)
	for i, s := range steps {
		m, ev, err := night.Apply(n, Fill(s.cmd))
		if s.refused {
			if err == nil {
				t.Fatalf("step %d (%s by %s) succeeded; want a refusal", i, s.cmd.Type, s.cmd.By)
			}
			continue
		}
		if err != nil {
			t.Fatalf("step %d (%s by %s): %v", i, s.cmd.Type, s.cmd.By, err)
		}
		AssertChange(t, n, m, ev, Fill(s.cmd))
		n = m
	}
	if n.Seq != 10 || len(n.Activity) != 10 {
		t.Fatalf("after the story seq = %d with %d activity lines; want 10 and 10", n.Seq, len(n.Activity))
	}
	for i, a := range n.Activity {
		if a.Seq != int64(i+1) {
			t.Fatalf("activity[%d] has seq %d", i, a.Seq)
		}
	}
}

func TestApply_Alerted(t *testing.T) {
	n := MustFixture(t)
	raised, _, err := night.Apply(n, night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Source: night.FromSMS})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := json.Marshal(raised)
	m, ev, err := night.Apply(raised, night.Command{Type: night.CmdAlerted, Problem: "p1", Who: []string{"kim", "tom"}, Source: night.FromSystem})
	if err != nil {
		t.Fatal(err)
	}
	if after, _ := json.Marshal(raised); string(after) != string(before) {
		t.Fatal("Apply changed its input")
	}
	if m.Seq != raised.Seq+1 || !slices.Equal(ev.Problem.Alerted, []string{"kim", "tom"}) || ev.Problem.Step != 0 {
		t.Fatalf("seq %d, event problem %+v", m.Seq, ev.Problem)
	}
	if !strings.Contains(ev.Activity.Text, "Kim and Tom") {
		t.Fatalf("activity %q", ev.Activity.Text)
	}
	// Wider: the staff, step 1; those told before are not listed twice.
	m2, ev2, err := night.Apply(m, night.Command{Type: night.CmdAlerted, Problem: "p1", Who: []string{"kim", "jade"}, Step: 1, Source: night.FromSystem})
	if err != nil || !slices.Equal(ev2.Problem.Alerted, []string{"kim", "tom", "jade"}) || ev2.Problem.Step != 1 {
		t.Fatalf("%v %+v", err, ev2)
	}
	if m.Problems[0].Step != 0 || len(m.Problems[0].Alerted) != 2 {
		t.Fatal("the earlier night changed")
	}
	refusals := []struct {
		name string
		cmd  night.Command
		code night.Code
	}{
		{"NothingNew", night.Command{Type: night.CmdAlerted, Problem: "p1", Who: []string{"kim"}, Step: 1}, night.Conflict},
		{"NoSuchProblem", night.Command{Type: night.CmdAlerted, Problem: "p9", Who: []string{"kim"}}, night.NotFound},
		{"NoSuchPerson", night.Command{Type: night.CmdAlerted, Problem: "p1", Who: []string{"zed"}}, night.NotFound},
	}
	for _, tc := range refusals {
		t.Run(tc.name, func(t *testing.T) {
			tc.cmd.Source = night.FromSystem
			if _, _, err := night.Apply(m2, tc.cmd); night.ErrorCode(err) != tc.code {
				t.Fatalf("err %v, want %s", err, tc.code)
			}
		})
	}
	sorted, _, _ := night.Apply(m2, night.Command{Type: night.CmdSort, By: "kim", Problem: "p1"})
	if _, _, err := night.Apply(sorted, night.Command{Type: night.CmdAlerted, Problem: "p1", Who: []string{"leon"}, Step: 2, Source: night.FromSystem}); night.ErrorCode(err) != night.Conflict {
		t.Fatalf("alerting a sorted problem: %v", err)
	}
}
