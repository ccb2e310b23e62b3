package main_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
)

const adminToken = "admin-token-for-tests-0123456789"

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "clubnight-bin")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "clubnight")
	out, err := exec.Command("go", "build", "-race", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build clubnight: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// proc is a running clubnight process.
type proc struct {
	cmd    *exec.Cmd
	url    string
	key    string
	stdout *bytes.Buffer
	stderr *testhub.SyncBuffer
	done   chan struct{}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

var kioskLine = regexp.MustCompile(`Kiosk:\s+(http://\S+)/kiosk\?key=(\S+)`)

// start runs the binary with env and waits for its banner.
func start(t *testing.T, env ...string) *proc {
	t.Helper()
	cmd := exec.Command(binary)
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "CLUBNIGHT_ADMIN_TOKEN=" + adminToken}, env...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, stdout: &bytes.Buffer{}, stderr: &testhub.SyncBuffer{}, done: make(chan struct{})}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-p.done
	})
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
		_ = cmd.Wait()
		close(p.done)
	}()
	timeout := time.After(20 * time.Second)
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				t.Fatalf("clubnight exited before it was ready:\n%s\n%s", p.stdout, p.stderr)
			}
			p.stdout.WriteString(line + "\n")
			if m := kioskLine.FindStringSubmatch(line); m != nil {
				p.url, p.key = m[1], m[2]
			}
			if strings.HasPrefix(line, "Kiosk key:") {
				go func() {
					for range lines {
					}
				}()
				return p
			}
		case <-timeout:
			t.Fatalf("clubnight did not start in time:\n%s\n%s", p.stdout, p.stderr)
		}
	}
}

func (p *proc) api(t *testing.T, method, path string, body any) (int, []byte) {
	t.Helper()
	var r io.Reader
	if body != nil {
		data, _ := json.Marshal(body)
		r = bytes.NewReader(data)
	}
	req, _ := http.NewRequest(method, p.url+path, r)
	req.Header.Set("Authorization", "Bearer "+adminToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, []byte(err.Error())
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, data
}

func TestE2E_EmbeddedDefaultRunsTheSampleNight(t *testing.T) {
	data := t.TempDir()
	p := start(t, "CLUBNIGHT_ADDR="+freeAddr(t), "CLUBNIGHT_DATA="+data)
	out := p.stdout.String()
	for _, want := range []string{"embedded store", "/kiosk?key=", "/dashboard", "/sim"} {
		if !strings.Contains(out, want) {
			t.Errorf("start-up output lacks %q:\n%s", want, out)
		}
	}
	code, body := p.api(t, "GET", "/api/live", nil)
	if code != 200 || !strings.Contains(string(body), `"December Club Night"`) {
		t.Fatalf("live night: %d %s", code, body)
	}
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200, "/metrics": 200} {
		resp, err := http.Get(p.url + path)
		if err != nil || resp.StatusCode != want {
			t.Fatalf("%s: %v %v", path, err, resp)
		}
		resp.Body.Close()
	}
	// The API needs the token.
	resp, _ := http.Get(p.url + "/api/live")
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("no token: %d", resp.StatusCode)
	}
	resp.Body.Close()
	// The container health check.
	addr := strings.TrimPrefix(p.url, "http://")
	hc := exec.Command(binary, "health")
	hc.Env = []string{"CLUBNIGHT_ADDR=" + addr}
	if out, err := hc.CombinedOutput(); err != nil {
		t.Fatalf("clubnight health: %v %s", err, out)
	}
	if strings.Contains(p.stderr.String(), "+4477") {
		t.Fatalf("a phone number was logged:\n%s", p.stderr)
	}
}

func TestE2E_MalformedSettingStopsWithOneLine(t *testing.T) {
	cases := map[string]string{
		"REDIS_URL=ftp://nowhere":       "REDIS_URL",
		"CLUBNIGHT_ADDR=not-an-address": "CLUBNIGHT_ADDR",
		"TWILIO_ACCOUNT_SID=AC123":      "TWILIO_",
		"CLUBNIGHT_SMS_RATE=lots":       "CLUBNIGHT_SMS_RATE",
	}
	for env, setting := range cases {
		cmd := exec.Command(binary)
		cmd.Env = []string{env, "CLUBNIGHT_DATA=" + t.TempDir()}
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		ee, ok := err.(*exec.ExitError)
		if !ok || ee.ExitCode() != 2 {
			t.Errorf("%s: exit %v, want 2", env, err)
		}
		msg := strings.TrimRight(stderr.String(), "\n")
		if strings.Count(msg, "\n") != 0 || !strings.Contains(msg, setting) || strings.Contains(msg, "goroutine") {
			t.Errorf("%s: want one line naming %s, got:\n%s", env, setting, msg)
		}
	}
}

type wsMsg struct {
	Type string `json:"type"`
	Seq  int64  `json:"seq"`
}

// A hub killed with SIGKILL mid-stream and started again on the same Redis
// has every acknowledged change, and a screen resuming with since gets
// every event exactly once.
func TestE2E_HubSIGKILLLosesNothingAcknowledged(t *testing.T) {
	srv := testredis.Start(t, testredis.WithAOF())
	addr := freeAddr(t)
	env := []string{"REDIS_URL=" + srv.URL(), "CLUBNIGHT_ADDR=" + addr, "CLUBNIGHT_KIOSK_KEY=kiosk-key-e2e-123"}
	hubA := start(t, env...)
	plan, _ := os.ReadFile("../../testdata/night.json")
	var planJSON map[string]any
	_ = json.Unmarshal(plan, &planJSON)
	if code, body := hubA.api(t, "PUT", "/api/nights/2026-12-05", planJSON); code != 200 {
		t.Fatalf("import: %d %s", code, body)
	}
	if code, body := hubA.api(t, "POST", "/api/nights/2026-12-05/live", nil); code != 200 {
		t.Fatalf("live: %d %s", code, body)
	}

	// The screen records every event it gets, across reconnects.
	var mu sync.Mutex
	seen := map[int64]int{}
	last := int64(0)
	wsURL := "ws://" + addr + "/ws?key=kiosk-key-e2e-123"
	ctx, cancel := context.WithCancel(context.Background())
	screenDone := make(chan struct{})
	defer func() {
		cancel()
		<-screenDone
	}()
	go func() {
		defer close(screenDone)
		for ctx.Err() == nil {
			mu.Lock()
			u := wsURL
			if last > 0 {
				u += fmt.Sprintf("&since=%d", last)
			}
			mu.Unlock()
			c, _, err := websocket.DefaultDialer.Dial(u, nil)
			if err != nil {
				time.Sleep(50 * time.Millisecond)
				continue
			}
			for ctx.Err() == nil {
				// A read that times out breaks a gorilla connection for good,
				// so a quiet second means: reconnect and resume with since.
				_ = c.SetReadDeadline(time.Now().Add(time.Second))
				var m wsMsg
				if err := c.ReadJSON(&m); err != nil {
					break
				}
				mu.Lock()
				switch m.Type {
				case "snapshot":
					if last == 0 {
						last = m.Seq
					} else {
						t.Errorf("resume fell back to a snapshot at %d (last %d)", m.Seq, last)
					}
				case "event":
					seen[m.Seq]++
					if m.Seq != last+1 {
						t.Errorf("event %d after %d", m.Seq, last)
					}
					last = m.Seq
				}
				mu.Unlock()
			}
			c.Close()
		}
	}()

	// Wait for the screen's first snapshot, so every change is an event to it.
	var base int64
	for deadline := time.Now().Add(5 * time.Second); base == 0; {
		mu.Lock()
		base = last
		mu.Unlock()
		if time.Now().After(deadline) {
			t.Fatal("the screen got no snapshot")
		}
		time.Sleep(10 * time.Millisecond)
	}

	acked := map[int]bool{} // job numbers acknowledged done
	applyJob := func(p *proc, job int) {
		code, _ := p.api(t, "POST", "/api/nights/2026-12-05/commands",
			map[string]any{"id": fmt.Sprintf("job-%d", job), "type": "done", "by": "kim", "job": job})
		if code == 200 {
			acked[job] = true
		}
	}
	for job := 1; job <= 6; job++ {
		applyJob(hubA, job)
	}
	// Kill it while commands are still arriving.
	killed := make(chan struct{})
	go func() {
		time.Sleep(30 * time.Millisecond)
		_ = hubA.cmd.Process.Signal(syscall.SIGKILL)
		close(killed)
	}()
	for job := 7; job <= 10; job++ {
		applyJob(hubA, job)
	}
	<-killed
	<-hubA.done

	hubB := start(t, env...)
	for job := 11; job <= 15; job++ {
		applyJob(hubB, job)
	}
	code, body := hubB.api(t, "GET", "/api/nights/2026-12-05", nil)
	if code != 200 {
		t.Fatalf("state: %d %s", code, body)
	}
	var state struct {
		Seq  int64 `json:"seq"`
		Jobs []struct {
			Number int    `json:"number"`
			Status string `json:"status"`
		} `json:"jobs"`
	}
	_ = json.Unmarshal(body, &state)
	for job := range acked {
		if state.Jobs[job-1].Status != "done" {
			t.Errorf("job %d was acknowledged but is %s after the crash", job, state.Jobs[job-1].Status)
		}
	}
	// Wait for the screen to catch up, then check exactly-once.
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		l := last
		mu.Unlock()
		if l == state.Seq {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("screen reached seq %d, night is at %d", l, state.Seq)
		}
		time.Sleep(20 * time.Millisecond)
	}
	mu.Lock()
	defer mu.Unlock()
	for s := base + 1; s <= state.Seq; s++ {
		if seen[s] != 1 {
			t.Errorf("event %d seen %d times, want exactly once", s, seen[s])
		}
	}
	if len(acked) < 10 {
		t.Fatalf("only %d changes were acknowledged; the test did too little", len(acked))
	}
}

// SIGTERM: screens get a close frame saying the hub is going away, and the
// process ends cleanly.
func TestE2E_GracefulShutdown(t *testing.T) {
	p := start(t, "CLUBNIGHT_ADDR="+freeAddr(t), "CLUBNIGHT_DATA="+t.TempDir())
	c, _, err := websocket.DefaultDialer.Dial(strings.Replace(p.url, "http", "ws", 1)+"/ws?key="+p.key, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var m wsMsg
	if err := c.ReadJSON(&m); err != nil || m.Type != "snapshot" {
		t.Fatalf("%v %+v", err, m)
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, _, err = c.ReadMessage()
	ce, ok := err.(*websocket.CloseError)
	if !ok || ce.Code != websocket.CloseGoingAway || ce.Text == "" {
		t.Fatalf("want a going-away close with a reason, got %v", err)
	}
	select {
	case <-p.done:
	case <-time.After(15 * time.Second):
		t.Fatal("clubnight did not stop after SIGTERM")
	}
	if p.cmd.ProcessState.ExitCode() != 0 {
		t.Fatalf("exit code %d\n%s", p.cmd.ProcessState.ExitCode(), p.stderr)
	}
}

// Two hub processes on one Redis: a change through one reaches a screen of
// the other.
func TestE2E_TwoHubProcessesShareOneRedis(t *testing.T) {
	srv := testredis.Start(t)
	env := []string{"REDIS_URL=" + srv.URL(), "CLUBNIGHT_KIOSK_KEY=kiosk-key-e2e-123"}
	a := start(t, append(env, "CLUBNIGHT_ADDR="+freeAddr(t))...)
	b := start(t, append(env, "CLUBNIGHT_ADDR="+freeAddr(t))...)
	plan, _ := os.ReadFile("../../testdata/night.json")
	var planJSON map[string]any
	_ = json.Unmarshal(plan, &planJSON)
	a.api(t, "PUT", "/api/nights/2026-12-05", planJSON)
	a.api(t, "POST", "/api/nights/2026-12-05/live", nil)
	c, _, err := websocket.DefaultDialer.Dial(strings.Replace(a.url, "http", "ws", 1)+"/ws?key=kiosk-key-e2e-123", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var m wsMsg
	_ = c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if err := c.ReadJSON(&m); err != nil || m.Type != "snapshot" {
		t.Fatalf("%v %+v", err, m)
	}
	if code, body := b.api(t, "POST", "/api/nights/2026-12-05/commands", map[string]any{"type": "raise", "by": "jade", "kind": "spill"}); code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	if err := c.ReadJSON(&m); err != nil || m.Type != "event" || m.Seq != 2 {
		t.Fatalf("hub A's screen: %v %+v", err, m)
	}
}
