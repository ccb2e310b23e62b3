package main_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
)

// Redis is unreachable when the hub starts: it says so plainly, keeps
// trying, and starts once Redis answers.
func TestE2E_RedisUnreachableAtStart(t *testing.T) {
	srv := testredis.Start(t, testredis.WithAOF())
	srv.Kill()
	addr := freeAddr(t)
	cmd := exec.Command(binary)
	cmd.Env = []string{"REDIS_URL=" + srv.URL(), "CLUBNIGHT_ADDR=" + addr, "CLUBNIGHT_ADMIN_TOKEN=" + adminToken}
	stderr := &testhub.SyncBuffer{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { _ = cmd.Process.Kill(); <-exited })
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(stderr.String(), "waiting for Redis") {
		select {
		case err := <-exited:
			t.Fatalf("the hub exited instead of waiting for Redis: %v\n%s", err, stderr)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no plain message about Redis:\n%s", stderr)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if strings.Contains(stderr.String(), "goroutine") || strings.Contains(stderr.String(), "panic") {
		t.Fatalf("a crash, not a message:\n%s", stderr)
	}
	srv.Restart(t)
	deadline = time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("the hub did not start once Redis answered:\n%s", stderr)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Redis dies and comes back (AOF on) while screens tap: /readyz says 503
// while it is down, taps get a plain try-again answer, nothing
// acknowledged is lost, and everything recovers by itself.
func TestE2E_RedisRestartWhileTapsArrive(t *testing.T) {
	srv := testredis.Start(t, testredis.WithAOF())
	addr := freeAddr(t)
	p := start(t, "REDIS_URL="+srv.URL(), "CLUBNIGHT_ADDR="+addr, "CLUBNIGHT_KIOSK_KEY=kiosk-key-faults-1")
	plan, _ := os.ReadFile("../../testdata/night.json")
	var planJSON map[string]any
	_ = json.Unmarshal(plan, &planJSON)
	if code, body := p.api(t, "PUT", "/api/nights/2026-12-05", planJSON); code != 200 {
		t.Fatalf("import: %d %s", code, body)
	}
	p.api(t, "POST", "/api/nights/2026-12-05/live", nil)

	c, _, err := websocket.DefaultDialer.Dial("ws://"+addr+"/ws?key=kiosk-key-faults-1", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var first map[string]any
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if err := c.ReadJSON(&first); err != nil || first["type"] != "snapshot" {
		t.Fatalf("%v %v", err, first)
	}
	// tap sends one command over the screen's socket and waits for its answer.
	tap := func(id string, job int) (ack bool, message string) {
		t.Helper()
		if err := c.WriteJSON(map[string]any{"type": "command", "command": map[string]any{"id": id, "type": "done", "by": "kim", "job": job}}); err != nil {
			t.Fatalf("send: %v", err)
		}
		_ = c.SetReadDeadline(time.Now().Add(15 * time.Second))
		for {
			var m map[string]any
			if err := c.ReadJSON(&m); err != nil {
				t.Fatalf("read: %v", err)
			}
			if m["id"] != id {
				continue
			}
			msg, _ := m["message"].(string)
			return m["type"] == "ack", msg
		}
	}
	acked := map[int]bool{}
	for job := 1; job <= 5; job++ {
		if ok, msg := tap(fmt.Sprintf("t%d", job), job); !ok {
			t.Fatalf("tap %d refused with Redis up: %s", job, msg)
		}
		acked[job] = true
	}
	srv.Kill()
	resp, err := http.Get("http://" + addr + "/readyz")
	if err != nil || resp.StatusCode != 503 {
		t.Fatalf("readyz with Redis down: %v %v", err, resp)
	}
	resp.Body.Close()
	ok, msg := tap("t6", 6)
	if ok || !strings.Contains(strings.ToLower(msg), "try again") {
		t.Fatalf("a tap with Redis down must get a plain try-again answer, got ack=%v %q", ok, msg)
	}
	srv.Restart(t)
	// The same tap again (the kiosk's outbox does this) now goes through.
	deadline := time.Now().Add(15 * time.Second)
	for {
		if ok, _ := tap("t6", 6); ok {
			acked[6] = true
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("taps did not recover after Redis came back")
		}
		time.Sleep(200 * time.Millisecond)
	}
	for job := 7; job <= 9; job++ {
		if ok, msg := tap(fmt.Sprintf("t%d", job), job); !ok {
			t.Fatalf("tap %d after recovery: %s", job, msg)
		}
		acked[job] = true
	}
	code, body := p.api(t, "GET", "/api/nights/2026-12-05", nil)
	if code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	var state struct {
		Seq  int64 `json:"seq"`
		Jobs []struct {
			Status string `json:"status"`
		} `json:"jobs"`
	}
	_ = json.Unmarshal(body, &state)
	for job := range acked {
		if state.Jobs[job-1].Status != "done" {
			t.Errorf("job %d was acknowledged but is %s", job, state.Jobs[job-1].Status)
		}
	}
	if state.Seq != 1+int64(len(acked)) {
		t.Errorf("seq %d: want exactly one change per acknowledged tap (%d)", state.Seq, len(acked))
	}
	resp, err = http.Get("http://" + addr + "/readyz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("readyz after recovery: %v %v", err, resp)
	}
	resp.Body.Close()
}
