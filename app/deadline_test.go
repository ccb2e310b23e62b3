package app_test

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/app"
	"github.com/clubnight/clubnight/config"
)

// TestSlowBody_IsCutOff is issue 11 point 8: a request whose body
// trickles in is cut off once its time is up, on every route but the
// websocket, which stays open.
func TestSlowBody_IsCutOff(t *testing.T) {
	m := map[string]string{"CLUBNIGHT_ADDR": "127.0.0.1:0", "CLUBNIGHT_DATA": t.TempDir()}
	cfg, err := config.FromEnv(func(k string) (string, bool) { v, ok := m[k]; return v, ok })
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(context.Background(), cfg, app.Options{BodyTimeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = a.Serve() }()
	t.Cleanup(a.Close)

	ws, _, err := websocket.DefaultDialer.Dial("ws://"+a.Addr()+"/ws?key="+a.Auth.KioskKey(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()

	slow := func(path string) time.Duration {
		conn, err := net.Dial("tcp", a.Addr())
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n", path, a.Addr())
		start := time.Now()
		closed := make(chan struct{})
		go func() {
			defer close(closed)
			r := bufio.NewReader(conn)
			for {
				if _, err := r.ReadByte(); err != nil {
					return
				}
			}
		}()
		for {
			select {
			case <-closed:
				return time.Since(start)
			case <-time.After(200 * time.Millisecond):
				if time.Since(start) > 15*time.Second {
					t.Fatalf("%s: a trickling body is still open after 15s", path)
				}
				_, _ = conn.Write([]byte("a"))
			}
		}
	}
	for _, path := range []string{"/sms/inbound", "/api/nights/x/commands", "/dashboard/signin/code"} {
		if d := slow(path); d > 8*time.Second {
			t.Fatalf("%s: cut off after %v", path, d)
		}
	}
	// The websocket is not cut off: it still answers.
	_ = ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, _, err := ws.ReadMessage(); err != nil {
		t.Fatalf("the websocket was cut off: %v", err)
	}
	if err := ws.WriteJSON(map[string]string{"type": "ping"}); err != nil {
		t.Fatal(err)
	}
	for {
		var msg map[string]any
		if err := ws.ReadJSON(&msg); err != nil {
			t.Fatalf("the websocket was cut off: %v", err)
		}
		if msg["type"] == "pong" {
			break
		}
	}
}
