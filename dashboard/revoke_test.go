package dashboard_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/night"
)

// closedWithin reads from conn until it is closed, failing when that takes
// longer than d. Events may arrive meanwhile.
func closedWithin(t *testing.T, conn *websocket.Conn, d time.Duration) {
	t.Helper()
	_ = conn.SetReadDeadline(time.Now().Add(d))
	for {
		if _, _, err := conn.ReadMessage(); err != nil {
			if ce, ok := err.(*websocket.CloseError); ok {
				if ce.Text == "" {
					t.Fatalf("closed without words: %v", ce)
				}
				return
			}
			if ne, ok := err.(interface{ Timeout() bool }); ok && ne.Timeout() {
				t.Fatalf("the socket is still open after %v", d)
			}
			return
		}
	}
}

func (e *env) wsURL(query string) string {
	return "ws" + strings.TrimPrefix(e.srv.URL, "http") + "/ws?" + query
}

func dialWS(t *testing.T, url string, hdr http.Header) *websocket.Conn {
	t.Helper()
	conn, _, err := websocket.DefaultDialer.Dial(url, hdr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = conn.Close() })
	var first map[string]any
	_ = conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	if err := conn.ReadJSON(&first); err != nil || first["type"] != "snapshot" {
		t.Fatalf("first message %v, %v", first["type"], err)
	}
	return conn
}

// TestRevoke_ClosesSockets is issue 11 point 3: a new kiosk key, a sign-out
// and an expired session close every socket that used them within a few
// seconds, and a command sent on such a socket is not applied.
func TestRevoke_ClosesSockets(t *testing.T) {
	t.Run("NewKioskKey", func(t *testing.T) {
		e := newEnv(t, envOptions{})
		kiosk := dialWS(t, e.wsURL("key="+kioskKey), nil)
		kim := e.client()
		kim.signIn(kimPhone)
		if r := kim.post("/dashboard/kiosk/new-key", url.Values{"confirm": {"yes"}}); r.Status != http.StatusSeeOther {
			t.Fatalf("new key: %d", r.Status)
		}
		// A command sent at once is refused, not applied.
		_ = kiosk.WriteJSON(map[string]any{"type": "command", "command": map[string]any{"id": "late", "type": "done", "by": "sam", "job": 1}})
		closedWithin(t, kiosk, 5*time.Second)
		if j, _ := e.state(e.night.ID).Job(1); j.Status != night.Todo {
			t.Fatal("a command on a revoked kiosk socket was applied")
		}
	})
	t.Run("SignOut", func(t *testing.T) {
		e := newEnv(t, envOptions{})
		c := e.client()
		c.signIn(kimPhone)
		hdr := http.Header{"Cookie": {c.sessionCookie().String()}, "Origin": {e.srv.URL}}
		conn := dialWS(t, e.wsURL(""), hdr)
		if r := c.post("/dashboard/signout", nil); r.Status != http.StatusSeeOther {
			t.Fatalf("sign out: %d", r.Status)
		}
		e.apply(night.Command{Type: night.CmdDone, By: "sam", Job: 2})
		closedWithin(t, conn, 5*time.Second)
	})
	t.Run("SessionExpires", func(t *testing.T) {
		clock := newFakeClock()
		e := newEnv(t, envOptions{clock: clock.Now})
		c := e.client()
		c.signIn(kimPhone)
		hdr := http.Header{"Cookie": {c.sessionCookie().String()}, "Origin": {e.srv.URL}}
		conn := dialWS(t, e.wsURL(""), hdr)
		clock.Advance(13 * time.Hour)
		closedWithin(t, conn, 5*time.Second)
	})
}
