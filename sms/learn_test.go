package sms_test

import (
	"context"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// TestLearn_TaughtWordsCarryWithLittleWordsChanged: a text passed on is
// resolved once on the dashboard; the same words from another member, with
// little words added or left out and another ending, are then understood
// through the signed webhook. Other words are still passed on.
func TestLearn_TaughtWordsCarryWithLittleWordsChanged(t *testing.T) {
	ctx := context.Background()
	e := NewEnv(t, EnvOptions{Token: token})
	if reply := e.Text("tom", "tell leon the purple elephant is in the fridge"); !strings.Contains(reply, "read it") {
		t.Fatalf("want the text passed on, got %q", reply)
	}
	items, err := e.SMS.Inbox(ctx, e.Night)
	if err != nil || len(items) != 1 {
		t.Fatalf("inbox %+v %v", items, err)
	}
	res, err := e.SMS.Resolve(ctx, e.Night, items[0].ID, understand.Intent{Kind: understand.Problem, ProblemKind: night.Other}, "jade")
	if err != nil || res.Learned == "" {
		t.Fatalf("resolve: %+v %v", res, err)
	}
	before := len(e.MustNight().Problems)
	e.Text("priya", "tell kim purple elephants in fridge now")
	if n := e.MustNight(); len(n.Problems) != before+1 || n.Problems[before].RaisedBy != "priya" || n.Problems[before].Kind != night.Other {
		t.Fatalf("the taught words with little words changed were not understood: %+v", n.Problems)
	}
	if reply := e.Text("leon", "tell jade the purple elephant is not in the fridge"); !strings.Contains(reply, "read it") {
		t.Fatalf("other words (a denial) were read as the taught ones: %q", reply)
	}
}
