package hub_test

import (
	"context"
	"testing"
	"time"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
)

// A problem keeps the history it was raised in (the night's epoch then).
// When Redis loses its data and the night is made again, the new p1,
// raised at the same moment by a fixed clock, is told apart from the lost
// one by it: what is written down about a problem outside the night (its
// texts, calls and escalation) is kept under Problem.Key.
func TestHub_ProblemKeepsTheHistoryItWasRaisedIn(t *testing.T) {
	ctx := context.Background()
	srv := testredis.Start(t)
	h := hub.New(hub.NewStore(srv.Client(t), uniquePrefix(t)), hub.Options{Clock: testhub.NightClock().Now, Block: 100 * time.Millisecond})
	t.Cleanup(h.Close)
	n := MustImport(t, h)
	raise := night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Music, Text: "music stopped"}
	lost := MustApply(t, h, n.ID, raise).Event.Problem
	pos, err := h.PositionFromRedis(ctx, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	if lost.History == "" || lost.History != pos.Epoch {
		t.Fatalf("the problem was raised in history %q, the night's is %q", lost.History, pos.Epoch)
	}
	if got, _ := h.NightFromRedis(ctx, n.ID); got == nil || len(got.Problems) != 1 || got.Problems[0].History != pos.Epoch {
		t.Fatalf("the saved night does not keep the problem's history: %+v", got)
	}

	srv.Restart(t) // Redis comes back empty
	for {
		if _, err := h.Import(ctx, testhub.Plan(t), "", night.FromAPI); err == nil {
			break
		} else if c := night.ErrorCode(err); c != night.Busy && c != night.Unknown {
			t.Fatalf("import after the loss: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	again := MustApply(t, h, n.ID, raise).Event.Problem
	if again.ID != lost.ID || !again.RaisedAt.Equal(lost.RaisedAt) {
		t.Fatalf("the new problem %s at %v: the test wants the lost one's id and time", again.ID, again.RaisedAt)
	}
	if again.History == "" || again.Key() == lost.Key() {
		t.Fatalf("the new p1 (%q) is taken for the lost one (%q)", again.Key(), lost.Key())
	}
}
