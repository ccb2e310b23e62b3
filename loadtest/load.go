// Package load drives a running Clubnight hub the way a busy night would,
// only more so: it opens many websocket screens, sends changes at a steady
// rate through the JSON API or the signed SMS webhook, and measures how
// long each change takes to reach every screen, and whether any screen
// missed or repeated an event. `clubnight load` and the benchmarks use it.
package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"

	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/twiliosig"
)

// Config says what to run.
type Config struct {
	URL string // the hub's base URL, e.g. http://127.0.0.1:8080
	// SendURL is the hub that changes are sent to (default URL); another
	// replica on the same Redis measures delivery across hubs.
	SendURL    string
	KioskKey   string
	AdminToken string  // for changes through the API
	Night      string  // empty: the live night
	Screens    int     // websocket screens to open
	Changes    int     // changes to send
	Rate       float64 // changes per second
	// Via is "api" (POST /api/nights/{id}/commands) or "sms" (the webhook).
	Via string
	// People are the team member ids (api) or phone numbers (sms) who take
	// turns checking in and out; each change is one of them.
	People []string
	// TwilioAuthToken signs webhook posts when the hub checks signatures;
	// PublicURL is what the hub believes its address is.
	TwilioAuthToken string
	PublicURL       string
	// Stalled is the share of screens (0..1) that connect and then never
	// read, like a frozen tablet.
	Stalled float64
	// Hold keeps the screens open this long after the last change, so
	// memory can be read with them idle.
	Hold time.Duration
	Log  io.Writer
}

// Report is what a run measured.
type Report struct {
	Screens, Stalled int
	Sent, Acked      int
	Duration         time.Duration
	Throughput       float64 // acknowledged changes per second
	// P50..Max are update-to-screen: from sending a change to the event
	// arriving at each screen's socket (the kernel's receive timestamp, on
	// Linux), so the load tool's own turn for the CPU it shares with the
	// hub is not counted as the hub's. ReadP50..ReadMax count to when the
	// load tool read it: the same plus that wait.
	P50, P90, P99    time.Duration
	Max              time.Duration
	ReadP50, ReadP99 time.Duration
	ReadMax          time.Duration
	Samples          int
	// SendP50, SendP99 are how long the hub took to answer each change
	// (the API's or the SMS webhook's response time).
	SendP50, SendP99 time.Duration
	Missed           int // (screen, event) pairs a healthy screen never got
	Repeated         int // events a screen got more than once
	Gaps             int // times a screen saw seq jump
	Snapshots        int // snapshots after the first (a resync)
	StalledDropped   int // stalled screens the hub closed
	DroppedHealthy   int // healthy screens the hub closed
	MemBefore        Mem
	MemIdle          Mem
	// HubCPU is the hub's CPU time from the first change until every
	// screen has the last (and Hold after), as the hub's /metrics reports
	// its process CPU on Linux. Where the hub runs in the load tool's
	// process (the Go benchmark), it counts the tool too.
	HubCPU time.Duration
}

// CPUPerChange is the hub's CPU time per acknowledged change.
func (r *Report) CPUPerChange() time.Duration {
	if r.Acked == 0 {
		return 0
	}
	return r.HubCPU / time.Duration(r.Acked)
}

// Mem is what the hub's /metrics says of its memory (and CPU).
type Mem struct {
	RSS, Heap, Stack float64
	SlowDropped      float64 // clubnight_slow_screens_dropped_total
	CPU              float64 // process_cpu_seconds_total
}

// PerScreen is the idle memory each screen costs the hub.
func (r *Report) PerScreen() (rss, heapStack float64) {
	n := float64(r.Screens)
	if n == 0 {
		return 0, 0
	}
	return (r.MemIdle.RSS - r.MemBefore.RSS) / n,
		(r.MemIdle.Heap + r.MemIdle.Stack - r.MemBefore.Heap - r.MemBefore.Stack) / n
}

func (r *Report) String() string {
	rss, hs := r.PerScreen()
	return fmt.Sprintf("screens=%d (stalled %d) changes sent=%d acked=%d in %s (%.1f/s); answered in p50=%s p99=%s\n"+
		"update-to-screen (arrived at the screen's socket): p50=%s p90=%s p99=%s max=%s over %d deliveries\n"+
		"update-to-screen (read by the load tool): p50=%s p99=%s max=%s\n"+
		"missed=%d repeated=%d gaps=%d resync-snapshots=%d healthy-dropped=%d stalled-dropped=%d\n"+
		"hub memory per idle screen: rss=%.1f KB heap+stack=%.1f KB; hub CPU per change: %s",
		r.Screens, r.Stalled, r.Sent, r.Acked, r.Duration.Round(time.Millisecond), r.Throughput, r.SendP50, r.SendP99,
		r.P50, r.P90, r.P99, r.Max, r.Samples, r.ReadP50, r.ReadP99, r.ReadMax, r.Missed, r.Repeated, r.Gaps, r.Snapshots,
		r.DroppedHealthy, r.StalledDropped, rss/1024, hs/1024, r.CPUPerChange().Round(10*time.Microsecond))
}

type screen struct {
	conn    *websocket.Conn // gorilla's, where there is no epoll
	raw     net.Conn        // the socket the poller reads, on Linux
	fd      int
	pending []byte // a frame not yet whole; poller only
	stalled bool
	mu      sync.Mutex
	base    int64 // seq of the first snapshot
	last    int64
	got     map[int64]int
	recv    []received
	snaps   int
	gaps    int
	closed  atomic.Bool
}

type received struct {
	id   string
	at   time.Time // arrived at the socket
	read time.Time // read by the load tool
}

// Run opens the screens, sends the changes and measures.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if cfg.Screens < 1 || cfg.Changes < 0 || cfg.Rate <= 0 {
		return nil, fmt.Errorf("need screens >= 1, changes >= 0 and a rate > 0")
	}
	if len(cfg.People) == 0 {
		return nil, fmt.Errorf("need at least one person to send changes as")
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	rep := &Report{Screens: cfg.Screens}
	var err error
	if rep.MemBefore, err = readMem(ctx, cfg.URL); err != nil {
		return nil, err
	}
	var pollers []*poller
	if rawSupported {
		for range 2 {
			p, err := newPoller()
			if err != nil {
				return nil, err
			}
			defer p.close()
			pollers = append(pollers, p)
		}
	}
	screens, err := openScreens(ctx, cfg, pollers)
	defer func() {
		for _, s := range screens {
			if s != nil {
				s.close()
			}
		}
	}()
	if err != nil {
		return nil, err
	}
	for _, s := range screens {
		if s.stalled {
			rep.Stalled++
		}
	}
	fmt.Fprintf(cfg.Log, "opened %d screens\n", len(screens))
	time.Sleep(500 * time.Millisecond)
	if rep.MemIdle, err = readMem(ctx, cfg.URL); err != nil {
		return nil, err
	}

	toggles, err := newToggles(ctx, cfg)
	if err != nil {
		return nil, err
	}
	sent := map[string]time.Time{}
	var sentMu sync.Mutex
	start := time.Now()
	interval := time.Duration(float64(time.Second) / cfg.Rate)
	httpc := &http.Client{Timeout: 10 * time.Second}
	var wg sync.WaitGroup
	var acked atomic.Int64
	var answerMu sync.Mutex
	var answers []time.Duration
	// A person's changes toggle them in and out, so each must be answered
	// before their next is sent: on a busy machine the previous one may
	// still be in flight, and the hub would rightly refuse a second
	// check-in.
	previous := map[string]chan struct{}{}
	for i := 0; i < cfg.Changes; i++ {
		due := start.Add(time.Duration(i) * interval)
		if d := time.Until(due); d > 0 {
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(d):
			}
		}
		id := fmt.Sprintf("load-%d-%d", start.UnixNano(), i)
		// Person i%n alternates in and out.
		person := cfg.People[i%len(cfg.People)]
		checkIn := toggles.next(person)
		rep.Sent++
		wait, done := previous[person], make(chan struct{})
		previous[person] = done
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(done)
			if wait != nil {
				<-wait
			}
			sentMu.Lock()
			sent[id] = time.Now()
			sentMu.Unlock()
			t0 := time.Now()
			if err := send(ctx, httpc, cfg, id, person, checkIn); err != nil {
				fmt.Fprintf(cfg.Log, "change %s: %v\n", id, err)
				return
			}
			took := time.Since(t0)
			answerMu.Lock()
			answers = append(answers, took)
			answerMu.Unlock()
			acked.Add(1)
		}()
	}
	wg.Wait()
	rep.Acked = int(acked.Load())
	slices.Sort(answers)
	if len(answers) > 0 {
		rep.SendP50 = answers[len(answers)/2]
		rep.SendP99 = answers[min(len(answers)-1, len(answers)*99/100)]
	}
	rep.Duration = time.Since(start)
	rep.Throughput = float64(rep.Acked) / rep.Duration.Seconds()
	// Let the last events arrive: wait until every healthy screen has the
	// newest seq any screen has, or ten seconds.
	settle(screens, 10*time.Second)
	time.Sleep(cfg.Hold)

	var lat, readLat []time.Duration
	var maxSeq int64
	for _, s := range screens {
		s.mu.Lock()
		if s.last > maxSeq {
			maxSeq = s.last
		}
		s.mu.Unlock()
	}
	after, err := readMem(ctx, cfg.URL)
	if err != nil {
		return nil, err
	}
	rep.StalledDropped = int(after.SlowDropped - rep.MemBefore.SlowDropped)
	rep.HubCPU = time.Duration((after.CPU - rep.MemIdle.CPU) * float64(time.Second))
	for _, s := range screens {
		s.mu.Lock()
		closed := s.closed.Load()
		if s.stalled {
			s.mu.Unlock()
			continue
		}
		if closed {
			rep.DroppedHealthy++
		}
		for seq := s.base + 1; seq <= maxSeq; seq++ {
			switch n := s.got[seq]; {
			case n == 0:
				rep.Missed++
			case n > 1:
				rep.Repeated += n - 1
			}
		}
		rep.Gaps += s.gaps
		rep.Snapshots += s.snaps - 1
		for _, r := range s.recv {
			if t0, ok := lookup(sent, &sentMu, r.id); ok {
				lat = append(lat, r.at.Sub(t0))
				readLat = append(readLat, r.read.Sub(t0))
			}
		}
		s.mu.Unlock()
	}
	slices.Sort(lat)
	slices.Sort(readLat)
	rep.Samples = len(lat)
	if len(lat) > 0 {
		rep.P50, rep.P90, rep.P99, rep.Max = percentile(lat, .50), percentile(lat, .90), percentile(lat, .99), lat[len(lat)-1]
		rep.ReadP50, rep.ReadP99, rep.ReadMax = percentile(readLat, .50), percentile(readLat, .99), readLat[len(readLat)-1]
	}
	return rep, nil
}

// percentile of sorted, which is not empty.
func percentile(sorted []time.Duration, p float64) time.Duration {
	return sorted[min(len(sorted)-1, int(p*float64(len(sorted))))]
}

// lookup finds the send time of the change whose id a command id carries
// (the SMS webhook derives its command id from the MessageSid).
func lookup(sent map[string]time.Time, mu *sync.Mutex, cmdID string) (time.Time, bool) {
	mu.Lock()
	defer mu.Unlock()
	if t, ok := sent[cmdID]; ok {
		return t, true
	}
	// "sms:<MessageSid>"
	if i := strings.LastIndexByte(cmdID, ':'); i >= 0 {
		t, ok := sent[cmdID[i+1:]]
		return t, ok
	}
	return time.Time{}, false
}

func openScreens(ctx context.Context, cfg Config, pollers []*poller) ([]*screen, error) {
	u := strings.Replace(cfg.URL, "http", "ws", 1) + "/ws?key=" + url.QueryEscape(cfg.KioskKey)
	if cfg.Night != "" {
		u += "&night=" + url.QueryEscape(cfg.Night)
	}
	stallEvery := 0
	if cfg.Stalled > 0 {
		stallEvery = int(1 / cfg.Stalled)
	}
	open := openGorilla(&websocket.Dialer{HandshakeTimeout: 30 * time.Second, ReadBufferSize: 4096, WriteBufferSize: 512})
	if rawSupported && pollers != nil {
		open = openRaw(pollers)
	}
	// Open 64 at a time, as a crowd of tablets would arrive.
	screens := make([]*screen, cfg.Screens)
	sem := make(chan struct{}, 64)
	var wg sync.WaitGroup
	var firstErr atomic.Value
	for i := range screens {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			s, err := open(ctx, u, i, stallEvery > 0 && i%stallEvery == 0)
			if err != nil {
				firstErr.CompareAndSwap(nil, fmt.Errorf("open screen %d: %w", i, err))
			}
			screens[i] = s
		}()
	}
	wg.Wait()
	if err, _ := firstErr.Load().(error); err != nil {
		return screens, err
	}
	return screens, nil
}

// opener opens screen i, reads its snapshot and starts it reading (unless
// it is stalled). A screen returned with an error is open and must be
// closed; a nil screen is not.
type opener func(ctx context.Context, u string, i int, stalled bool) (*screen, error)

// openGorilla reads each screen with gorilla, a goroutine per screen.
func openGorilla(dialer *websocket.Dialer) opener {
	return func(ctx context.Context, u string, _ int, stalled bool) (*screen, error) {
		c, _, err := dialer.DialContext(ctx, u, nil)
		if err != nil {
			return nil, err
		}
		s := &screen{conn: c, got: map[int64]int{}, stalled: stalled}
		if err := s.readFirst(); err != nil {
			c.Close()
			return nil, err
		}
		if !stalled {
			go s.read()
		}
		return s, nil
	}
}

// openRaw opens screens by hand and hands their sockets to the pollers
// once each has its snapshot.
func openRaw(pollers []*poller) opener {
	return func(ctx context.Context, u string, i int, stalled bool) (*screen, error) {
		conn, rest, err := dialRaw(ctx, u)
		if err != nil {
			return nil, err
		}
		s := &screen{raw: conn, got: map[int64]int{}, stalled: stalled}
		// Read until the snapshot is in, before the poller takes over.
		buf := make([]byte, 64<<10)
		acc := rest
		_ = conn.SetReadDeadline(time.Now().Add(30 * time.Second))
		for s.snaps == 0 {
			op, payload, more, ok := nextFrame(acc)
			if !ok {
				n, err := conn.Read(buf)
				if err != nil {
					conn.Close()
					return nil, fmt.Errorf("snapshot: %w", err)
				}
				acc = append(acc, buf[:n]...)
				continue
			}
			switch op {
			case opText:
				now := time.Now()
				s.handle(payload, now, now)
				s.base = s.last
			case opPing:
				_, _ = conn.Write(pongFrame(payload))
			}
			acc = more
		}
		_ = conn.SetReadDeadline(time.Time{})
		s.pending = append(s.pending, acc...)
		if !stalled {
			if err := pollers[i%len(pollers)].add(s, conn); err != nil {
				return s, err
			}
		}
		return s, nil
	}
}

type frame struct {
	Type      string `json:"type"`
	Seq       int64  `json:"seq"`
	CommandID string `json:"command_id"`
}

func (s *screen) readFirst() error {
	_ = s.conn.SetReadDeadline(time.Now().Add(30 * time.Second))
	var f frame
	if err := s.conn.ReadJSON(&f); err != nil || f.Type != "snapshot" {
		return fmt.Errorf("first message: %v (%s)", err, f.Type)
	}
	_ = s.conn.SetReadDeadline(time.Time{})
	s.base, s.last, s.snaps = f.Seq, f.Seq, 1
	return nil
}

func (s *screen) read() {
	defer s.closed.Store(true)
	for {
		_, data, err := s.conn.ReadMessage()
		now := time.Now()
		if err != nil {
			return
		}
		s.handle(data, now, now)
	}
}

func (s *screen) close() {
	if s.conn != nil {
		s.conn.Close()
	}
	if s.raw != nil {
		s.raw.Close()
	}
}

// feed takes bytes read from the raw socket, which arrived by arrived (the
// newest of them, when several came in one read), and handles every whole
// frame.
func (s *screen) feed(data []byte, arrived, now time.Time) {
	buf := data
	if len(s.pending) > 0 {
		s.pending = append(s.pending, data...)
		buf = s.pending
	}
	for {
		op, payload, rest, ok := nextFrame(buf)
		if !ok {
			break
		}
		switch op {
		case opText:
			s.handle(payload, arrived, now)
		case opPing:
			s.pong(payload)
		case opClose:
			s.closed.Store(true)
		}
		buf = rest
	}
	s.pending = append(s.pending[:0], buf...)
}

// handle records one message from the hub.
func (s *screen) handle(data []byte, arrived, now time.Time) {
	f, ok := parseFrame(data)
	if !ok {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch f.Type {
	case "snapshot":
		s.snaps++
		s.last = f.Seq
	case "event":
		if f.Seq != s.last+1 {
			s.gaps++
		}
		s.got[f.Seq]++
		s.last = max(s.last, f.Seq)
		s.recv = append(s.recv, received{id: f.CommandID, at: arrived, read: now})
	}
}

func send(ctx context.Context, c *http.Client, cfg Config, id, person string, checkIn bool) error {
	var req *http.Request
	var err error
	switch cfg.Via {
	case "", "api":
		typ := "check_out"
		if checkIn {
			typ = "check_in"
		}
		night := cfg.Night
		if night == "" {
			night, err = liveNight(ctx, c, cfg)
			if err != nil {
				return err
			}
		}
		body, _ := json.Marshal(map[string]any{"id": id, "type": typ, "by": person})
		req, err = http.NewRequestWithContext(ctx, "POST", sendURL(cfg)+"/api/nights/"+night+"/commands", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+cfg.AdminToken)
		req.Header.Set("Content-Type", "application/json")
	case "sms":
		text := "LEAVING"
		if checkIn {
			text = "HERE"
		}
		form := url.Values{"From": {person}, "To": {"+447700900000"}, "Body": {text}, "MessageSid": {id},
			"AccountSid": {"ACload"}, "NumMedia": {"0"}}
		req, err = http.NewRequestWithContext(ctx, "POST", sendURL(cfg)+"/sms/inbound", strings.NewReader(form.Encode()))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if cfg.TwilioAuthToken != "" {
			pub := cfg.PublicURL
			if pub == "" {
				pub = sendURL(cfg)
			}
			req.Header.Set("X-Twilio-Signature", twiliosig.Sign(cfg.TwilioAuthToken, pub+sms.InboundPath, form))
		}
	default:
		return fmt.Errorf("via must be api or sms, not %q", cfg.Via)
	}
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d: %s", resp.StatusCode, bytes.TrimSpace(data))
	}
	return nil
}

var liveCache sync.Map

func liveNight(ctx context.Context, c *http.Client, cfg Config) (string, error) {
	if v, ok := liveCache.Load(cfg.URL); ok {
		return v.(string), nil
	}
	req, _ := http.NewRequestWithContext(ctx, "GET", cfg.URL+"/api/live", nil)
	req.Header.Set("Authorization", "Bearer "+cfg.AdminToken)
	resp, err := c.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var n struct {
		ID string `json:"id"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&n); err != nil || n.ID == "" {
		return "", fmt.Errorf("find the live night: status %d %v", resp.StatusCode, err)
	}
	liveCache.Store(cfg.URL, n.ID)
	return n.ID, nil
}

// readMem reads the hub's memory from its /metrics.
func readMem(ctx context.Context, base string) (Mem, error) {
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/metrics", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return Mem{}, fmt.Errorf("read the hub's metrics: %w", err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	var m Mem
	want := map[string]*float64{
		"process_resident_memory_bytes":        &m.RSS,
		"go_memstats_heap_inuse_bytes":         &m.Heap,
		"go_memstats_stack_inuse_bytes":        &m.Stack,
		"clubnight_slow_screens_dropped_total": &m.SlowDropped,
		"process_cpu_seconds_total":            &m.CPU,
	}
	for _, line := range strings.Split(string(data), "\n") {
		name, value, ok := strings.Cut(line, " ")
		if v, wanted := want[name]; ok && wanted {
			fmt.Sscan(value, v)
		}
	}
	return m, nil
}

// parseFrame reads the type, seq and command id of a server message. The
// server writes them first, so a scan of the head is enough and keeps the
// measuring side cheap (it shares the machine with the hub).
func parseFrame(data []byte) (frame, bool) {
	var f frame
	f.Type = field(data, `"type":"`)
	if f.Type == "" {
		return f, false
	}
	seq := field(data, `"seq":`)
	n, err := strconv.ParseInt(seq, 10, 64)
	if err != nil {
		var full frame
		if json.Unmarshal(data, &full) != nil {
			return f, false
		}
		return full, true
	}
	f.Seq = n
	f.CommandID = field(data, `"command_id":"`)
	return f, true
}

func field(data []byte, key string) string {
	i := bytes.Index(data, []byte(key))
	if i < 0 {
		return ""
	}
	rest := data[i+len(key):]
	end := bytes.IndexAny(rest, `",}`)
	if end < 0 {
		return ""
	}
	return string(rest[:end])
}

func settle(screens []*screen, limit time.Duration) {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		var top int64
		behind := 0
		for _, s := range screens {
			s.mu.Lock()
			top = max(top, s.last)
			s.mu.Unlock()
		}
		for _, s := range screens {
			s.mu.Lock()
			if !s.stalled && !s.closed.Load() && s.last < top {
				behind++
			}
			s.mu.Unlock()
		}
		if behind == 0 {
			time.Sleep(200 * time.Millisecond) // a last straggler event
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// toggles flips each person between checked in and out, starting from
// what the night says now, so every change is a real change.
type toggles struct {
	mu sync.Mutex
	in map[string]bool
}

func newToggles(ctx context.Context, cfg Config) (*toggles, error) {
	t := &toggles{in: map[string]bool{}}
	if cfg.AdminToken == "" {
		return t, nil
	}
	night := cfg.Night
	if night == "" {
		night = "live"
	}
	path := "/api/nights/" + night
	if cfg.Night == "" {
		path = "/api/live"
	}
	req, _ := http.NewRequestWithContext(ctx, "GET", cfg.URL+path, nil)
	req.Header.Set("Authorization", "Bearer "+cfg.AdminToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("read the night: %w", err)
	}
	defer resp.Body.Close()
	var n struct {
		People []struct {
			ID        string `json:"id"`
			Phone     string `json:"phone"`
			CheckedIn bool   `json:"checked_in"`
		} `json:"people"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&n); err != nil {
		return nil, fmt.Errorf("read the night: status %d: %w", resp.StatusCode, err)
	}
	for _, p := range n.People {
		t.in[p.ID] = p.CheckedIn
		if p.Phone != "" {
			t.in[p.Phone] = p.CheckedIn
		}
	}
	return t, nil
}

// next returns whether person's next change is a check in, and records it.
func (t *toggles) next(person string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	in := !t.in[person]
	t.in[person] = in
	return in
}

func sendURL(cfg Config) string {
	if cfg.SendURL != "" {
		return cfg.SendURL
	}
	return cfg.URL
}
