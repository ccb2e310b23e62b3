package sms_test

import (
	"context"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
)

// Redis is restarted without its data (a lost volume) while the hub runs.
// The team imports the night again and someone asks for help before the
// new history reaches the old one's length: the alert must still go. The
// texts' reader must not wait for the seq it had reached in the lost
// history.
func TestFollow_RedisLosesItsDataAlertsStillGo(t *testing.T) {
	srv := testredis.Start(t)
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{RDB: srv.Client(t), Sender: rec, Start: true})
	ctx := context.Background()
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	for i := 0; i < 10; i++ {
		e.MustApply(night.Command{Type: night.CmdCheckIn, By: "kim"})
		e.MustApply(night.Command{Type: night.CmdCheckOut, By: "kim"})
	}
	first := e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Music, Text: "music stopped"})
	Eventually(t, 10*time.Second, "the first alert", func() bool { return len(rec.To("tom")) == 1 })
	if first.Night.Seq < 20 {
		t.Fatalf("the old history is only %d long", first.Night.Seq)
	}

	srv.Restart(t)
	for {
		if _, err := e.Hub.Import(ctx, testhub.Plan(t), "", night.FromAPI); err == nil {
			break
		} else if c := night.ErrorCode(err); c != night.Busy && c != night.Unknown {
			t.Fatalf("import after the loss: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := e.Hub.SetLive(ctx, e.Night); err != nil {
		t.Fatal(err)
	}
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	res := e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Taxi for Jo not here"})
	if res.Night.Seq >= first.Night.Seq {
		t.Fatalf("the new history (%d) already passed the old (%d): the test shows nothing", res.Night.Seq, first.Night.Seq)
	}
	Eventually(t, 10*time.Second, "the alert of the new history's problem", func() bool { return len(rec.To("tom")) == 2 })
}
