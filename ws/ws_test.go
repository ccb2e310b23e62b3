package ws_test

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/ws"
)

const kioskKey = "kiosk-key-for-tests"

type env struct {
	hub    *hub.Hub
	rdb    redis.UniversalClient
	prefix string
	srv    *httptest.Server
	ws     *ws.Server
	night  *night.Night
}

func embeddedClient(t *testing.T) redis.UniversalClient { return testhub.Embedded(t) }

func newEnv(t *testing.T, rdb redis.UniversalClient, opts ws.Options) *env {
	t.Helper()
	prefix := "ws" + strconv.FormatInt(time.Now().UnixNano(), 36) + ":"
	h := testhub.Hub(t, rdb, prefix)
	n := testhub.Live(t, h)
	s := ws.New(h, auth.New("", kioskKey, nil), opts)
	mux := http.NewServeMux()
	mux.Handle("GET /ws", s)
	srv := httptest.NewServer(mux)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		s.Shutdown(ctx)
		srv.Close()
	})
	return &env{hub: h, rdb: rdb, prefix: prefix, srv: srv, ws: s, night: n}
}

func (e *env) url(query string) string {
	return "ws" + strings.TrimPrefix(e.srv.URL, "http") + "/ws?" + query
}

func (e *env) apply(t *testing.T, c night.Command) *night.Event {
	t.Helper()
	res, err := e.hub.Apply(context.Background(), e.night.ID, c)
	if err != nil {
		t.Fatal(err)
	}
	return res.Event
}

type message struct {
	Type    string          `json:"type"`
	Seq     int64           `json:"seq"`
	Kind    string          `json:"kind"`
	ID      string          `json:"id"`
	Message string          `json:"message"`
	Night   json.RawMessage `json:"night"`
}

func dial(t *testing.T, url string) *websocket.Conn {
	t.Helper()
	c, resp, err := websocket.DefaultDialer.Dial(url, nil)
	if err != nil {
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		t.Fatalf("dial %s: %v (status %d)", url, err, status)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func read(t *testing.T, c *websocket.Conn) message {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, data, err := c.ReadMessage()
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	var m message
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("bad JSON %s: %v", data, err)
	}
	if strings.Contains(string(data), "+4477") {
		t.Fatalf("a screen received a phone number: %s", data)
	}
	return m
}

func TestWS_SnapshotThenOrderedEvents(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{})
	c := dial(t, e.url("key="+kioskKey))
	snap := read(t, c)
	if snap.Type != "snapshot" || snap.Seq != 1 {
		t.Fatalf("first message %+v, want a snapshot at seq 1", snap)
	}
	var st night.Night
	if err := json.Unmarshal(snap.Night, &st); err != nil || st.ID != e.night.ID || len(st.Jobs) != 15 {
		t.Fatalf("snapshot state: %v", err)
	}
	for i := 1; i <= 10; i++ {
		e.apply(t, night.Command{Type: night.CmdDone, By: "kim", Job: i})
	}
	for want := int64(2); want <= 11; want++ {
		m := read(t, c)
		if m.Type != "event" || m.Seq != want || m.Kind != "done" {
			t.Fatalf("got %+v, want event seq %d", m, want)
		}
	}
}

func TestWS_ResumeSinceSendsExactlyTheMissedEvents(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{})
	for i := 1; i <= 6; i++ {
		e.apply(t, night.Command{Type: night.CmdDone, By: "kim", Job: i})
	}
	c := dial(t, e.url("key="+kioskKey+"&since=3"))
	for want := int64(4); want <= 7; want++ {
		if m := read(t, c); m.Type != "event" || m.Seq != want {
			t.Fatalf("got %+v, want event %d", m, want)
		}
	}
	e.apply(t, night.Command{Type: night.CmdDone, By: "kim", Job: 7})
	if m := read(t, c); m.Seq != 8 {
		t.Fatalf("after the backlog, live event %d; want 8", m.Seq)
	}
	// Up to date already: nothing is sent but new events.
	c2 := dial(t, e.url("key="+kioskKey+"&since=8"))
	e.apply(t, night.Command{Type: night.CmdDone, By: "kim", Job: 8})
	if m := read(t, c2); m.Type != "event" || m.Seq != 9 {
		t.Fatalf("got %+v, want only event 9", m)
	}
}

func TestWS_ResumeBeyondTheLogGetsASnapshot(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{})
	for i := 1; i <= 6; i++ {
		e.apply(t, night.Command{Type: night.CmdDone, By: "kim", Job: i})
	}
	// The log lost its oldest entries (trimmed, or an old backup).
	logKey := e.prefix + "{n:" + e.night.ID + "}:log"
	if err := e.rdb.XTrimMaxLen(context.Background(), logKey, 2).Err(); err != nil {
		t.Fatal(err)
	}
	c := dial(t, e.url("key="+kioskKey+"&since=2"))
	if m := read(t, c); m.Type != "snapshot" || m.Seq != 7 {
		t.Fatalf("got %+v, want a fresh snapshot at 7", m)
	}
	// A since from the future (a night that was reset) also gets one.
	c2 := dial(t, e.url("key="+kioskKey+"&since=99"))
	if m := read(t, c2); m.Type != "snapshot" {
		t.Fatalf("got %+v, want a snapshot", m)
	}
}

func TestWS_NoKeyNoStream(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{})
	for _, q := range []string{"", "key=wrong", "since=abc&key=" + kioskKey, "night=nope&key=" + kioskKey} {
		_, resp, err := websocket.DefaultDialer.Dial(e.url(q), nil)
		if err == nil {
			t.Fatalf("%q: connected, want refusal", q)
		}
		if resp == nil || resp.StatusCode < 400 {
			t.Fatalf("%q: want an HTTP error status, got %v", q, resp)
		}
	}
	// A browser on another site may not open the stream.
	h := http.Header{"Origin": {"http://evil.example"}}
	if _, resp, err := websocket.DefaultDialer.Dial(e.url("key="+kioskKey), h); err == nil || resp.StatusCode != http.StatusForbidden {
		t.Fatalf("cross-origin: err %v", err)
	}
	h = http.Header{"Origin": {e.srv.URL}}
	c, _, err := websocket.DefaultDialer.Dial(e.url("key="+kioskKey), h)
	if err != nil {
		t.Fatalf("same origin refused: %v", err)
	}
	c.Close()
}

func TestWS_BadFramesCloseWithAReason(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{MaxMessage: 1024})
	cases := []struct {
		name string
		kind int
		data []byte
		code int
	}{
		{"not json", websocket.TextMessage, []byte("hello"), websocket.CloseInvalidFramePayloadData},
		{"no type", websocket.TextMessage, []byte(`{"x":1}`), websocket.CloseInvalidFramePayloadData},
		{"binary", websocket.BinaryMessage, []byte{1, 2, 3}, websocket.CloseUnsupportedData},
		{"too big", websocket.TextMessage, []byte(`{"type":"` + strings.Repeat("x", 4000) + `"}`), websocket.CloseMessageTooBig},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := dial(t, e.url("key="+kioskKey))
			read(t, c) // snapshot
			if err := c.WriteMessage(tc.kind, tc.data); err != nil {
				t.Fatal(err)
			}
			_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
			_, _, err := c.ReadMessage()
			var ce *websocket.CloseError
			if !asClose(err, &ce) || ce.Code != tc.code || ce.Text == "" {
				t.Fatalf("got %v, want close %d with a reason", err, tc.code)
			}
		})
	}
	got, _ := e.hub.NightFromRedis(context.Background(), e.night.ID)
	if got.Seq != 1 {
		t.Fatalf("bad frames changed the night: seq %d", got.Seq)
	}
}

func asClose(err error, ce **websocket.CloseError) bool {
	c, ok := err.(*websocket.CloseError)
	if ok {
		*ce = c
	}
	return ok
}

func TestWS_CommandsAreAckedAndAppliedOnce(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{})
	c := dial(t, e.url("key="+kioskKey))
	read(t, c)
	send := func(v any) {
		t.Helper()
		if err := c.WriteJSON(v); err != nil {
			t.Fatal(err)
		}
	}
	cmd := map[string]any{"type": "command", "command": map[string]any{"id": "tap-1", "type": "done", "by": "tom", "job": 4}}
	send(cmd)
	send(cmd) // the kiosk's outbox sends again after a reconnect
	var acks, events int
	for acks < 2 || events < 1 {
		m := read(t, c)
		switch m.Type {
		case "ack":
			if m.ID != "tap-1" || m.Seq != 2 {
				t.Fatalf("ack %+v", m)
			}
			acks++
		case "event":
			events++
			if m.Seq != 2 {
				t.Fatalf("event %+v", m)
			}
		}
	}
	// A kiosk may not edit the plan; a refusal is a plain error, not a close.
	send(map[string]any{"type": "command", "command": map[string]any{"id": "x", "type": "add_person", "name": "Zed"}})
	if m := read(t, c); m.Type != "error" || m.ID != "x" || m.Message == "" {
		t.Fatalf("got %+v, want an error", m)
	}
	send(map[string]any{"type": "command", "command": map[string]any{"id": "y", "type": "done", "by": "tom", "job": 99}})
	if m := read(t, c); m.Type != "error" || m.Message != "There is no job 99." {
		t.Fatalf("got %+v", m)
	}
	got, _ := e.hub.NightFromRedis(context.Background(), e.night.ID)
	if got.Seq != 2 {
		t.Fatalf("seq %d, want 2", got.Seq)
	}
}

// A screen that stops reading is dropped; a screen that reads keeps
// receiving everything, in order.
func TestWS_SlowScreenIsDroppedFastOneKeepsUp(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{Queue: 16, SendBuffer: 4096, WriteWait: 500 * time.Millisecond})
	fast := dial(t, e.url("key="+kioskKey))
	read(t, fast)
	dialer := websocket.Dialer{NetDial: func(network, addr string) (net.Conn, error) {
		c, err := net.Dial(network, addr)
		if tc, ok := c.(*net.TCPConn); ok {
			_ = tc.SetReadBuffer(4096)
		}
		return c, err
	}}
	slow, _, err := dialer.Dial(e.url("key="+kioskKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	// The slow screen never reads. Replacing the plan sends the whole state
	// each time, so its buffers fill fast.
	plan := e.night.Plan()
	done := make(chan int64)
	go func() {
		var last int64
		for last < 61 {
			_ = fast.SetReadDeadline(time.Now().Add(10 * time.Second))
			_, data, err := fast.ReadMessage()
			if err != nil {
				t.Errorf("fast screen: %v", err)
				break
			}
			var m message
			_ = json.Unmarshal(data, &m)
			if m.Type == "event" {
				if m.Seq != last+1 && last != 0 {
					t.Errorf("fast screen saw a gap: %d after %d", m.Seq, last)
				}
				last = m.Seq
			}
		}
		done <- last
	}()
	for i := 0; i < 60; i++ {
		if _, err := e.hub.Import(context.Background(), plan, "", night.FromAPI); err != nil {
			t.Fatal(err)
		}
		// A steady pace, as on a night: the fast screen keeps up even on a
		// busy machine, while the slow one's queue fills all the same.
		time.Sleep(5 * time.Millisecond)
	}
	if last := <-done; last != 61 {
		t.Fatalf("fast screen reached seq %d, want 61", last)
	}
	// The slow one is gone while the fast one stays.
	deadline := time.Now().Add(3 * time.Second)
	for e.ws.Count() != 1 {
		if time.Now().After(deadline) {
			t.Fatalf("%d screens connected; the slow one should have been dropped", e.ws.Count())
		}
		time.Sleep(20 * time.Millisecond)
	}
	fast.Close()
}

// The stream works on a real redis-server too.
func TestWS_RealRedis(t *testing.T) {
	e := newEnv(t, testredis.Start(t).Client(t), ws.Options{})
	c := dial(t, e.url("key="+kioskKey))
	if m := read(t, c); m.Type != "snapshot" {
		t.Fatal(m)
	}
	e.apply(t, night.Command{Type: night.CmdRaise, By: "jade", Kind: night.Spill})
	if m := read(t, c); m.Type != "event" || m.Kind != "raise" || m.Seq != 2 {
		t.Fatalf("%+v", m)
	}
}

// A screen that stops reading (a frozen tablet) is dropped about a second
// after events start to reach it unread, even while its socket buffers
// still have room; a screen that reads is not.
func TestWS_StalledScreenIsDroppedWithinAboutASecond(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{})
	reader := dial(t, e.url("key="+kioskKey))
	read(t, reader)
	go func() {
		for {
			if _, _, err := reader.ReadMessage(); err != nil {
				return
			}
		}
	}()
	stalled := dial(t, e.url("key="+kioskKey))
	read(t, stalled) // the snapshot, then it reads no more
	start := time.Now()
	var dropped time.Duration
	people := []string{"sam", "priya", "tom", "jade"}
	for i := 0; i < 100 && dropped == 0; i++ {
		typ := night.CmdCheckIn
		if (i/len(people))%2 == 1 {
			typ = night.CmdCheckOut
		}
		e.apply(t, night.Command{Type: typ, By: people[i%len(people)]})
		time.Sleep(50 * time.Millisecond)
		if e.ws.Count() == 1 {
			dropped = time.Since(start)
		}
	}
	if dropped == 0 {
		t.Fatalf("the stalled screen was not dropped in %s", time.Since(start))
	}
	if dropped > 2500*time.Millisecond {
		t.Fatalf("dropped after %s; want about a second", dropped)
	}
	t.Logf("stalled screen dropped after %s", dropped)
}

// Screens ask "are you there?" in words, since browsers cannot see
// websocket pings; the hub answers.
func TestWS_PingInWordsGetsAPong(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{})
	c := dial(t, e.url("key="+kioskKey))
	read(t, c)
	if err := c.WriteJSON(map[string]string{"type": "ping"}); err != nil {
		t.Fatal(err)
	}
	if m := read(t, c); m.Type != "pong" {
		t.Fatalf("got %+v, want a pong", m)
	}
}

// A client that pings at the websocket level (native apps, Go clients) gets
// its pongs from the writer, and its pings never shorten the deadline the
// writer's event writes run under: with a long WriteWait (and the hub's own
// pings rare) a screen that pinged and reads on keeps every event and stays
// connected.
func TestWS_WebsocketPingsAreAnsweredWithoutDroppingTheScreen(t *testing.T) {
	e := newEnv(t, embeddedClient(t), ws.Options{WriteWait: 10 * time.Second, StallAfter: 5 * time.Second})
	c := dial(t, e.url("key="+kioskKey))
	read(t, c)
	pongs := make(chan string, 64)
	c.SetPongHandler(func(data string) error { pongs <- data; return nil })
	want := int64(2)
	for i := 1; i <= 15; i++ {
		if i <= 2 { // then quiet: events flow on for well over a second
			if err := c.WriteControl(websocket.PingMessage, []byte(strconv.Itoa(i)), time.Now().Add(time.Second)); err != nil {
				t.Fatal(err)
			}
		}
		e.apply(t, night.Command{Type: night.CmdDone, By: "kim", Job: i})
		if m := read(t, c); m.Type != "event" || m.Seq != want {
			t.Fatalf("got %+v, want event %d", m, want)
		}
		want++
		time.Sleep(100 * time.Millisecond) // 1.5 s in all: past gorilla's 1 s pong deadline
	}
	if len(pongs) == 0 {
		t.Fatal("no pong came back")
	}
	if first := <-pongs; first != "1" {
		t.Fatalf("first pong carried %q, want the first ping's %q", first, "1")
	}
}
