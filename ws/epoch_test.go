package ws_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/ws"
)

// epochOf reads the epoch a snapshot carries.
func epochOf(t *testing.T, data []byte) string {
	t.Helper()
	var m struct {
		Epoch string `json:"epoch"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m.Epoch
}

// readRaw reads one message and its bytes.
func readRaw(t *testing.T, c *websocket.Conn, wait time.Duration) (message, []byte, error) {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(wait))
	_, data, err := c.ReadMessage()
	if err != nil {
		return message{}, nil, err
	}
	var m message
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("bad JSON %s: %v", data, err)
	}
	return m, data, nil
}

// toggle is the i-th of a run of changes that always apply: Tom and Kim
// check in, then out, then in again.
func toggle(i int) night.Command {
	typ := night.CmdCheckIn
	if (i/2)%2 == 1 {
		typ = night.CmdCheckOut
	}
	return night.Command{ID: fmt.Sprintf("t%d-%d", time.Now().UnixNano(), i), Type: typ,
		By: []string{"tom", "kim"}[i%2], Source: night.FromKiosk}
}

// Redis is restarted without its data (a lost volume) while a hub runs and
// a screen watches. The night is imported again and changes go on. The
// screen must get a fresh snapshot of the new history (with a new epoch)
// and never an event of the new history on top of the old state; a screen
// that comes back with since and the old epoch gets a snapshot too.
func TestWS_RedisLosesItsDataScreensGetASnapshot(t *testing.T) {
	srv := testredis.Start(t)
	e := newEnv(t, srv.Client(t), ws.Options{})
	ctx := context.Background()

	c := dial(t, e.url("key="+kioskKey))
	first, data, err := readRaw(t, c, 5*time.Second)
	if err != nil || first.Type != "snapshot" {
		t.Fatalf("first message %+v (%v), want a snapshot", first, err)
	}
	oldEpoch := epochOf(t, data)
	if oldEpoch == "" {
		t.Fatalf("the snapshot carries no epoch: %s", data)
	}
	for i := 0; i < 20; i++ {
		e.apply(t, toggle(i))
	}
	oldHead := int64(21)
	for want := int64(2); want <= oldHead; want++ {
		if m := read(t, c); m.Type != "event" || m.Seq != want {
			t.Fatalf("got %+v, want event %d", m, want)
		}
	}

	// The volume is lost: Redis comes back empty.
	srv.Restart(t)
	// The team imports the night again and carries on, past the old head.
	for {
		if _, err := e.hub.Import(ctx, testhub.Plan(t), "", night.FromAPI); err == nil {
			break
		} else if night.ErrorCode(err) != night.Busy && night.ErrorCode(err) != night.Unknown {
			t.Fatalf("import after the loss: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := e.hub.SetLive(ctx, e.night.ID); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 25; i++ {
		e.apply(t, toggle(i))
	}
	head, err := e.hub.SeqFromRedis(ctx, e.night.ID)
	if err != nil {
		t.Fatal(err)
	}

	// The screen: a snapshot of the new history first, then its events in
	// order up to the head; never a new event on the old state. (It may
	// also be told to reconnect; then it comes back with since and epoch.)
	var newEpoch string
	last := int64(-1)
	for deadline := time.Now().Add(20 * time.Second); last < head; {
		if time.Now().After(deadline) {
			t.Fatalf("the screen stayed at seq %d (new epoch %q); Redis is at %d", last, newEpoch, head)
		}
		m, data, err := readRaw(t, c, time.Until(deadline))
		if err != nil {
			if _, ok := err.(*websocket.CloseError); !ok {
				t.Fatalf("read: %v", err)
			}
			q := "key=" + kioskKey + "&since=" + strconv.FormatInt(oldHead, 10) + "&epoch=" + oldEpoch
			if newEpoch != "" {
				q = "key=" + kioskKey + "&since=" + strconv.FormatInt(last, 10) + "&epoch=" + newEpoch
			}
			c = dial(t, e.url(q))
			continue
		}
		switch m.Type {
		case "snapshot":
			newEpoch = epochOf(t, data)
			if newEpoch == "" || newEpoch == oldEpoch {
				t.Fatalf("a snapshot after the loss carries epoch %q (before: %q)", newEpoch, oldEpoch)
			}
			last = m.Seq
		case "event":
			if newEpoch == "" {
				t.Fatalf("event %d of the new history reached a screen still on the old state", m.Seq)
			}
			if m.Seq != last+1 {
				t.Fatalf("event %d after %d", m.Seq, last)
			}
			last = m.Seq
		}
	}

	// A screen that saw the old history and asks to resume it gets a
	// snapshot, not the new history's events after its seq.
	c2 := dial(t, e.url("key="+kioskKey+"&since="+strconv.FormatInt(oldHead, 10)+"&epoch="+oldEpoch))
	if m, data, err := readRaw(t, c2, 5*time.Second); err != nil || m.Type != "snapshot" || epochOf(t, data) != newEpoch {
		t.Fatalf("resume with the old epoch: %+v %s (%v), want a snapshot with epoch %q", m, data, err, newEpoch)
	}
}

// since with the epoch of the night in force resumes with events, as
// without an epoch; since with another epoch (a history that was lost)
// gets a snapshot instead.
func TestWS_SinceWithAnotherEpochGetsASnapshot(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{})
	c := dial(t, e.url("key="+kioskKey))
	_, data, err := readRaw(t, c, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	epoch := epochOf(t, data)
	for i := 1; i <= 4; i++ {
		e.apply(t, night.Command{Type: night.CmdDone, By: "kim", Job: i})
	}
	for _, tc := range []struct {
		query string
		want  string
	}{
		{"&since=2", "event"},
		{"&since=2&epoch=" + epoch, "event"},
		{"&since=2&epoch=0123456789abcdef", "snapshot"},
	} {
		c := dial(t, e.url("key="+kioskKey+tc.query))
		if m := read(t, c); m.Type != tc.want || (tc.want == "event" && m.Seq != 3) || (tc.want == "snapshot" && m.Seq != 5) {
			t.Fatalf("%s: got %+v, want %s", tc.query, m, tc.want)
		}
	}
	// An epoch that cannot be one is refused in plain words.
	_, resp, err := websocket.DefaultDialer.Dial(e.url("key="+kioskKey+"&since=2&epoch=no%20way!"), nil)
	if err == nil || resp == nil || resp.StatusCode != 400 {
		t.Fatalf("a bad epoch: %v %v, want 400", err, resp)
	}
}
