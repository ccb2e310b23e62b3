package sms_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// TestWebhook_NeverActsOnWhatWasNotSaid: questions, denials, plans for
// later, praise and news of someone else's work change nothing, through
// the signed webhook, and the reply is one plain text. These are the texts
// that raised alarms or ticked jobs before.
func TestWebhook_NeverActsOnWhatWasNotSaid(t *testing.T) {
	rdb := MiniRedis(t)
	for _, tc := range []struct{ from, text, reply string }{
		{"priya", "Has Chris's taxi come yet?", ""},
		{"priya", "is jos taxi booked for 10?", ""},
		{"leon", "i dont need help thanks", ""},
		{"sam", "the decks arent ready yet", ""},
		{"kim", "Nobody is missing, all 40 counted in", ""},
		{"jade", "no spills or nothing, all fine", ""},
		{"tom", "who is doing the cloakroom", "Look after the cloakroom"},
		{"jade", "is the bar done?", "not started"},
		{"marcus", "i dont need any help with the lights thanks", ""},
		{"jade", "i will do the signs after the briefing", ""},
		{"tom", "sam is doing the decks", ""},
		{"jade", "well done tom the bar looks great", ""},
		{"kim", "First aid box checked - fully stocked", ""},
		{"priya", "jo hasnt gone yet shes still dancing", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			e := NewEnv(t, EnvOptions{RDB: rdb, Token: "test-auth-token-123"})
			before := e.MustNight()
			reply := e.Text(tc.from, tc.text)
			after := e.MustNight()
			if after.Seq != before.Seq {
				t.Errorf("%q changed the night (seq %d -> %d); replied %q", tc.text, before.Seq, after.Seq, reply)
			}
			if strings.Contains(reply, "999") {
				t.Errorf("%q: an alarm in the reply: %q", tc.text, reply)
			}
			if tc.reply != "" && !strings.Contains(reply, tc.reply) {
				t.Errorf("%q: reply %q should say %q", tc.text, reply, tc.reply)
			}
		})
	}
}

// TestWebhook_UsesTheConversation: the problem the sender holds, or was
// just told about, makes a short text clear.
func TestWebhook_UsesTheConversation(t *testing.T) {
	rdb := MiniRedis(t)
	for _, tc := range []struct {
		text string
		want night.ProblemStatus
		hold bool
	}{
		{"spill done", night.Sorted, true},
		{"done the spill, floor is dry", night.Sorted, true},
		{"the mess is gone now", night.Sorted, true},
		{"ill get the mop", night.Claimed, false},
		{"im on the spill", night.Claimed, false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			e := NewEnv(t, EnvOptions{RDB: rdb, Token: "test-auth-token-123"})
			p := e.MustApply(night.Command{Type: night.CmdRaise, By: "kim", Kind: night.Spill, Text: "Drink spilt by the bar"}).Event.Problem.ID
			if tc.hold {
				e.MustApply(night.Command{Type: night.CmdClaim, By: "tom", Problem: p})
			}
			reply := e.Text("tom", tc.text)
			n := e.MustNight()
			if len(n.Problems) != 1 {
				t.Fatalf("%q raised a new problem; replied %q", tc.text, reply)
			}
			if got := n.Problems[0]; got.Status != tc.want || tc.want == night.Claimed && got.ClaimedBy != "tom" {
				t.Errorf("%q: problem is %s by %q, want %s; replied %q", tc.text, got.Status, got.ClaimedBy, tc.want, reply)
			}
		})
	}
}

// TestWebhook_QuestionMarkReportAsksFirst: "jos taxi hasnt come?" may be
// news or a question, so it asks before texting the team; "1" tells them.
func TestWebhook_QuestionMarkReportAsksFirst(t *testing.T) {
	e := NewEnv(t, EnvOptions{Token: "test-auth-token-123"})
	reply := e.Text("priya", "jos taxi hasnt come?")
	if n := e.MustNight(); len(n.Problems) != 0 {
		t.Fatalf("raised before asking; replied %q", reply)
	}
	if !strings.Contains(reply, "Reply 1") {
		t.Fatalf("want a question back, got %q", reply)
	}
	reply = e.Text("priya", "1")
	n := e.MustNight()
	if len(n.Problems) != 1 || n.Problems[0].Kind != night.Taxi || n.Problems[0].RaisedBy != "priya" {
		t.Fatalf("after 1: %+v; replied %q", n.Problems, reply)
	}
	// "where is ravi?" is a call for help: no question first.
	e.Text("sam", "where is ravi?")
	if n := e.MustNight(); len(n.Problems) != 2 || n.Problems[1].Kind != night.Missing {
		t.Fatalf("where is ravi?: %+v", n.Problems)
	}
}

// TestWebhook_NoToAQuestionChangesNothing: "no" to "Shall we tell the
// team?" tells nobody, and the reply says nothing has changed; the same
// question answered "1" tells them.
func TestWebhook_NoToAQuestionChangesNothing(t *testing.T) {
	e := NewEnv(t, EnvOptions{Token: "test-auth-token-123"})
	if reply := e.Text("priya", "jos taxi hasnt come?"); !strings.Contains(reply, "Reply 1") {
		t.Fatalf("want a question back, got %q", reply)
	}
	reply := e.Text("priya", "no")
	if n := e.MustNight(); len(n.Problems) != 0 {
		t.Fatalf("no raised %+v", n.Problems)
	}
	if !strings.Contains(reply, "Nothing has changed") {
		t.Errorf("reply to no = %q; want it to say nothing has changed", reply)
	}
	// The question is answered: a later "1" is a job number, not yes.
	e.Text("priya", "jos taxi hasnt come?")
	e.Text("priya", "1")
	if n := e.MustNight(); len(n.Problems) != 1 || n.Problems[0].Kind != night.Taxi {
		t.Fatalf("after asking again and 1: %+v", n.Problems)
	}
}

// TestWebhook_AsksAboutAnOpenProblem: "whos helping with the taxi" while a
// taxi problem is open is about that problem, not a job whose title says
// "help": the reply says who is on it (or that nobody is yet), and
// nothing changes.
func TestWebhook_AsksAboutAnOpenProblem(t *testing.T) {
	rdb := MiniRedis(t)
	for _, tc := range []struct {
		text, claimer, reply string
	}{
		{"whos helping with the taxi", "tom", "Tom is helping with: Taxi for Jo not here"},
		{"is any1 sorting the taxi", "", "Nobody is helping with: Taxi for Jo not here yet. Text ON IT to help."},
		{"who is on the taxi problem?", "tom", "Tom is helping with"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			e := NewEnv(t, EnvOptions{RDB: rdb, Token: "test-auth-token-123"})
			p := e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Taxi for Jo not here"}).Event.Problem.ID
			if tc.claimer != "" {
				e.MustApply(night.Command{Type: night.CmdClaim, By: tc.claimer, Problem: p})
			}
			before := e.MustNight()
			reply := e.Text("jade", tc.text)
			if after := e.MustNight(); after.Seq != before.Seq {
				t.Errorf("%q changed the night (seq %d -> %d); replied %q", tc.text, before.Seq, after.Seq, reply)
			}
			if !strings.Contains(reply, tc.reply) {
				t.Errorf("%q: reply %q should say %q", tc.text, reply, tc.reply)
			}
		})
	}
}
