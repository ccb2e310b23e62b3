package ws

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/hub"
)

// The hand-made frames must read back, through gorilla's own client, as the
// same messages in order, at every length encoding, and gorilla's own
// writes must carry on cleanly after them.
func TestWriteBatch_ReadsBackThroughGorilla(t *testing.T) {
	payloads := []string{"", "x", strings.Repeat("a", 125), strings.Repeat("b", 126), strings.Repeat("c", 65535), strings.Repeat("d", 70000)}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		up := websocket.Upgrader{}
		wc, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		c := &conn{ws: wc, srv: &Server{opts: Options{WriteWait: time.Second}}}
		var evs []*hub.RawEvent
		for i, p := range payloads {
			evs = append(evs, &hub.RawEvent{Seq: int64(i), JSON: []byte(p)})
		}
		if err := c.writeBatch(evs); err != nil {
			t.Error(err)
		}
		_ = wc.WriteMessage(websocket.TextMessage, []byte("after"))
	}))
	defer srv.Close()
	client, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(srv.URL, "http"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	client.SetReadLimit(1 << 20)
	for i, want := range append(payloads, "after") {
		typ, got, err := client.ReadMessage()
		if err != nil {
			t.Fatalf("frame %d: %v", i, err)
		}
		if typ != websocket.TextMessage || string(got) != want {
			t.Fatalf("frame %d: type %d, %d bytes; want %d", i, typ, len(got), len(want))
		}
	}
}
