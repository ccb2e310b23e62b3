package sms_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
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
	makeAgain(t, e)
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	res := e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Taxi for Jo not here"})
	if res.Night.Seq >= first.Night.Seq {
		t.Fatalf("the new history (%d) already passed the old (%d): the test shows nothing", res.Night.Seq, first.Night.Seq)
	}
	Eventually(t, 10*time.Second, "the alert of the new history's problem", func() bool { return len(rec.To("tom")) == 2 })
}

// An alert is on its way to Twilio when Redis loses its data: the send
// finishes after the loss, so what it writes down then (that the text
// went) lands in the new, empty Redis. The team imports the night again
// and someone asks for help: the new history's first problem has the same
// id and, with a fixed clock, the same time as the lost one's, but it is
// another problem, and its alert must go.
func TestFollow_SendFinishingAfterTheLossDoesNotStopTheNewAlert(t *testing.T) {
	srv := testredis.Start(t)
	rec := &Recorder{}
	gate := &gateSender{next: rec, held: make(chan sms.Message, 1), sid: make(chan string, 1), release: make(chan struct{})}
	e := NewEnv(t, EnvOptions{RDB: srv.Client(t), Sender: gate})
	delivered := make(chan string, 64)
	e.SMS.AfterDeliver(func(id string) { delivered <- id })
	ctx, cancel := context.WithCancel(context.Background())
	e.SMS.Start(ctx)
	t.Cleanup(func() { cancel(); e.SMS.Close() })

	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	lost := e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Music, Text: "music stopped"}).Event.Problem
	var held sms.Message
	select {
	case held = <-gate.held:
	case <-time.After(10 * time.Second):
		t.Fatal("the first alert was never sent")
	}

	srv.Restart(t) // the alert is still with Twilio
	close(gate.release)
	for done := false; !done; {
		select {
		case id := <-delivered:
			done = id == held.ID
		case <-time.After(10 * time.Second):
			t.Fatal("the send in flight never finished")
		}
	}
	// Nor is the lost text written down again, half, in the new Redis.
	if st, err := e.SMS.StatusOf(ctx, <-gate.sid); err != nil || st != "" {
		t.Fatalf("the text Redis lost is back, as %q (%v)", st, err)
	}

	makeAgain(t, e)
	e.MustApply(night.Command{Type: night.CmdCheckIn, By: "tom"})
	res := e.MustApply(night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Taxi for Jo not here"})
	if p := res.Event.Problem; p == nil || p.ID != "p1" || p.ID != lost.ID || !p.RaisedAt.Equal(lost.RaisedAt) {
		t.Fatalf("the new problem is %+v: the test wants the lost one's id and time", p)
	}
	Eventually(t, 10*time.Second, "the alert of the new history's problem", func() bool { return len(rec.To("tom")) == 2 })
}

// gateSender holds the first text it is given until release is closed,
// as a text still on its way to Twilio (and then tells the id Twilio gave
// it); every other text goes through.
type gateSender struct {
	next    sms.Sender
	held    chan sms.Message
	sid     chan string
	release chan struct{}
	once    sync.Once
}

func (g *gateSender) Send(ctx context.Context, m sms.Message) (sms.Sent, error) {
	first := false
	g.once.Do(func() { first = true })
	if first {
		g.held <- m
		select {
		case <-g.release:
		case <-ctx.Done():
			return sms.Sent{}, ctx.Err()
		}
	}
	sent, err := g.next.Send(ctx, m)
	if first {
		g.sid <- sent.SID
	}
	return sent, err
}

// makeAgain imports the night again once Redis has come back without its
// data, waiting out the hub's busy answers, and makes it live.
func makeAgain(t *testing.T, e *Env) {
	t.Helper()
	ctx := context.Background()
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
}
