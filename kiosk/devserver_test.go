package kiosk_test

// A throwaway stand-in for the hub, for looking at the kiosk by hand and for
// the screenshot walk in screens_test.go. It keeps one night in memory and
// applies commands with the real night.Apply, so the page meets the same
// answers it will meet for real. It is not the hub: no Redis, no SMS.
//
//	KIOSK_DEV=1 go test ./kiosk -run TestDevServer -v -timeout 0
//
// then open the printed URL. Extra routes: POST /dev/drop closes every
// socket, POST /dev/down?s=10 refuses sockets for 10 s (a hub restart),
// POST /dev/apply takes a command as the dashboard would send it.

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/kiosk"
	"github.com/clubnight/clubnight/night"
)

type fakeHub struct {
	key string

	mu        sync.Mutex
	n         *night.Night
	events    []*night.Event
	answers   map[string]any // command id -> ack or error, for repeats
	clients   map[*fakeClient]bool
	downUntil time.Time
}

// fakeClient has one writer goroutine, so messages keep their order.
type fakeClient struct {
	conn *websocket.Conn
	out  chan any
	done chan struct{}
}

func (c *fakeClient) send(v any) {
	select {
	case c.out <- v:
	case <-c.done:
	default:
		c.conn.Close() // too slow: drop it, as the hub does
	}
}

func (c *fakeClient) write() {
	for {
		select {
		case v := <-c.out:
			c.conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
			if err := c.conn.WriteJSON(v); err != nil {
				c.conn.Close()
				return
			}
		case <-c.done:
			return
		}
	}
}

func newFakeHub(t testing.TB, key string) *fakeHub {
	t.Helper()
	data, err := os.ReadFile("../testdata/night.json")
	if err != nil {
		t.Fatal(err)
	}
	plan, err := night.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	n := night.NewNight(plan)
	n.Seq = 1
	return &fakeHub{key: key, n: n, answers: map[string]any{}, clients: map[*fakeClient]bool{}}
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (h *fakeHub) serveWS(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("key") != h.key {
		http.Error(w, "bad key", http.StatusUnauthorized)
		return
	}
	h.mu.Lock()
	down := time.Now().Before(h.downUntil)
	h.mu.Unlock()
	if down {
		http.Error(w, "restarting", http.StatusServiceUnavailable)
		return
	}
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &fakeClient{conn: conn, out: make(chan any, 256), done: make(chan struct{})}
	go c.write()
	h.mu.Lock()
	since, _ := strconv.ParseInt(r.URL.Query().Get("since"), 10, 64)
	var first []any
	if since > 0 && since <= h.n.Seq {
		for _, ev := range h.events {
			if ev.Seq > since {
				first = append(first, ev)
			}
		}
	} else {
		first = append(first, map[string]any{"type": "snapshot", "seq": h.n.Seq, "night": h.n.Public()})
	}
	h.clients[c] = true
	for _, m := range first {
		c.send(m)
	}
	h.mu.Unlock()
	defer func() {
		h.mu.Lock()
		delete(h.clients, c)
		h.mu.Unlock()
		close(c.done)
		conn.Close()
	}()
	for {
		var msg struct {
			Type    string        `json:"type"`
			Command night.Command `json:"command"`
		}
		if err := conn.ReadJSON(&msg); err != nil {
			return
		}
		if msg.Type != "command" {
			continue
		}
		cmd := msg.Command
		cmd.Source = night.FromKiosk
		if !cmd.Type.KioskAllowed() {
			c.send(map[string]any{"type": "error", "id": cmd.ID, "message": "A kiosk cannot do that."})
			continue
		}
		c.send(h.apply(cmd))
	}
}

// apply applies cmd once per id and returns the answer for the sender.
func (h *fakeHub) apply(cmd night.Command) any {
	h.mu.Lock()
	defer h.mu.Unlock()
	if cmd.ID != "" {
		if a, ok := h.answers[cmd.ID]; ok {
			return a
		}
	}
	cmd.At = time.Now()
	m, ev, err := night.Apply(h.n, cmd)
	var answer any
	if err != nil {
		answer = map[string]any{"type": "error", "id": cmd.ID, "message": night.ErrorMessage(err)}
	} else {
		h.n = m
		h.events = append(h.events, ev)
		for c := range h.clients {
			c.send(ev)
		}
		answer = map[string]any{"type": "ack", "id": cmd.ID, "seq": ev.Seq}
		if cmd.Type == night.CmdRaise && ev.Problem != nil {
			// As the hub's SMS side does once the texts are out: record who
			// was told on the problem itself (alerted), which every screen
			// gets as an event.
			var who []string
			for _, p := range m.People {
				if p.ID != cmd.By && (p.CheckedIn || p.HasRole(night.RoleStaff)) {
					who = append(who, p.ID)
				}
			}
			if len(who) > 0 {
				alerted := night.Command{ID: "alerted:" + ev.Problem.ID, Type: night.CmdAlerted, Problem: ev.Problem.ID, Who: who, Step: 1, Source: night.FromSystem}
				time.AfterFunc(300*time.Millisecond, func() { h.apply(alerted) })
			}
		}
	}
	if cmd.ID != "" {
		h.answers[cmd.ID] = answer
	}
	return answer
}

// count reports how many applied events match.
func (h *fakeHub) count(match func(*night.Event) bool) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, ev := range h.events {
		if match(ev) {
			n++
		}
	}
	return n
}

// broadcast sends v to every screen as it is.
func (h *fakeHub) broadcast(v any) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		c.send(v)
	}
}

func (h *fakeHub) dropAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		c.conn.Close()
	}
}

func (h *fakeHub) register(mux *http.ServeMux) {
	mux.HandleFunc("GET /ws", h.serveWS)
	mux.HandleFunc("POST /dev/drop", func(w http.ResponseWriter, r *http.Request) { h.dropAll() })
	mux.HandleFunc("POST /dev/down", func(w http.ResponseWriter, r *http.Request) {
		s, _ := strconv.Atoi(r.URL.Query().Get("s"))
		h.mu.Lock()
		h.downUntil = time.Now().Add(time.Duration(s) * time.Second)
		h.mu.Unlock()
		h.dropAll()
	})
	mux.HandleFunc("POST /dev/apply", func(w http.ResponseWriter, r *http.Request) {
		var cmd night.Command
		if err := json.NewDecoder(r.Body).Decode(&cmd); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		if cmd.Source == "" {
			cmd.Source = night.FromDashboard
		}
		json.NewEncoder(w).Encode(h.apply(cmd))
	})
}

// startDev serves the kiosk and the fake hub on addr ("127.0.0.1:0" for any port).
func startDev(t testing.TB, addr, symbols string) (base string, hub *fakeHub, stop func()) {
	t.Helper()
	const key = "dev-key"
	hub = newFakeHub(t, key)
	k, err := kiosk.New(kiosk.Config{CheckKey: func(s string) bool { return s == key }, SymbolsDir: symbols})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	k.Register(mux)
	hub.register(mux)
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	return "http://" + ln.Addr().String(), hub, func() { srv.Close() }
}

func TestDevServer(t *testing.T) {
	if os.Getenv("KIOSK_DEV") != "1" {
		t.Skip("set KIOSK_DEV=1 to run the kiosk against a fake hub by hand")
	}
	addr := os.Getenv("KIOSK_DEV_ADDR")
	if addr == "" {
		addr = "127.0.0.1:8099"
	}
	base, _, stop := startDev(t, addr, os.Getenv("KIOSK_DEV_SYMBOLS"))
	defer stop()
	fmt.Printf("kiosk: %s/kiosk?key=dev-key\n", base)
	secs, _ := strconv.Atoi(os.Getenv("KIOSK_DEV_SECONDS"))
	if secs <= 0 {
		secs = 600
	}
	time.Sleep(time.Duration(secs) * time.Second)
}
