package hub_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/metrics"
	"github.com/clubnight/clubnight/night"
)

// A failover to a replica that fell behind: with CLUBNIGHT_DURABLE=master
// changes acknowledged while the replica lagged are lost; with replica,
// none that was acknowledged is. The figures are logged (go test -v -run
// TestFailover ./hub/).
func TestFailover_ToALaggingReplica(t *testing.T) {
	for _, durable := range []string{"master", "replica"} {
		t.Run(durable, func(t *testing.T) {
			acked, lost, recovery := failover(t, durable)
			t.Logf("CLUBNIGHT_DURABLE=%s: %d acknowledged, %d lost, recovery %s", durable, acked, lost, recovery.Round(time.Millisecond))
			if durable == "replica" && lost != 0 {
				t.Fatalf("%d acknowledged changes lost with CLUBNIGHT_DURABLE=replica", lost)
			}
			if durable == "master" && lost == 0 {
				t.Fatalf("the test did not make the replica lag (nothing lost without WAIT)")
			}
		})
	}
}

// unusedPort is a loopback port nothing listens on.
func unusedPort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	_ = ln.Close()
	return port
}

// masterAndReplica starts a real master and a replica of it, and waits
// until the replica's link is up; rc is a client of the replica.
func masterAndReplica(t *testing.T) (master, replica *testredis.Server, rc *redis.Client) {
	ctx := context.Background()
	master = testredis.Start(t)
	replica = testredis.Start(t, testredis.WithArgs("--replicaof", "127.0.0.1", strconv.Itoa(master.Port)))
	rc = replica.Client(t)
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if info, _ := rc.Info(ctx, "replication").Result(); strings.Contains(info, "master_link_status:up") {
			return master, replica, rc
		}
		if time.Now().After(deadline) {
			t.Fatal("the replica did not catch up")
		}
	}
}

func failover(t *testing.T, durable string) (acked, lost int, recovery time.Duration) {
	ctx := context.Background()
	master, _, rc := masterAndReplica(t)
	prefix := uniquePrefix(t)
	store := hub.NewStore(master.Client(t), prefix)
	h := hub.New(store, hub.Options{Timeout: 2 * time.Second})
	t.Cleanup(h.Close)
	n := testhub.Live(t, h)
	if durable == "replica" {
		// After the import, so a slow machine's replica cannot fail it.
		store.RequireReplica(300 * time.Millisecond)
	}
	ackedSeq := map[int64]bool{}
	apply := func(i int) {
		by := []string{"tom", "kim"}[i%2]
		typ := night.CmdCheckIn
		if (i/2)%2 == 1 {
			typ = night.CmdCheckOut
		}
		res, err := h.Apply(ctx, n.ID, night.Command{ID: fmt.Sprintf("c%d", i), Type: typ, By: by, Source: night.FromKiosk})
		if err == nil && !res.Duplicate {
			ackedSeq[res.Event.Seq] = true
		}
	}
	i := 0
	for ; i < 40; i++ {
		apply(i)
	}
	// The replica has all of that (a loaded machine may take a moment:
	// without this wait it could lack even the night)...
	var head int64
	for s := range ackedSeq {
		head = max(head, s)
	}
	stateKey := prefix + "{n:" + n.ID + "}:state"
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if seq, _ := rc.HGet(ctx, stateKey, "seq").Int64(); seq >= head {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the replica did not catch up")
		}
	}
	// ...then falls behind: it stops taking the master's stream (it
	// follows an address nothing answers on, keeping what it has), so
	// what the master takes now reaches no copy. A paused replica would
	// not do: the stream waits in its socket and arrives when it wakes.
	if err := rc.Do(ctx, "REPLICAOF", "127.0.0.1", strconv.Itoa(unusedPort(t))).Err(); err != nil {
		t.Fatal(err)
	}
	for end := i + 10; i < end; i++ {
		apply(i)
	}
	// The master dies; the replica is promoted.
	master.Kill()
	start := time.Now()
	if err := rc.Do(ctx, "REPLICAOF", "NO", "ONE").Err(); err != nil {
		t.Fatal(err)
	}
	h2 := hub.New(hub.NewStore(rc, prefix), hub.Options{})
	t.Cleanup(h2.Close)
	for {
		res, err := h2.Apply(ctx, n.ID, night.Command{ID: "after", Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
		if err == nil {
			recovery = time.Since(start)
			seq := res.Event.Seq
			for s := range ackedSeq {
				if s >= seq {
					lost++
				}
			}
			break
		}
		if time.Since(start) > 15*time.Second {
			t.Fatalf("no change went through after the failover: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return len(ackedSeq), lost, recovery
}

// switchingClient dials whichever address is current, as a Sentinel-aware
// client does after a failover.
func switchingClient(t *testing.T, addr *atomic.Pointer[string]) *redis.Client {
	c := redis.NewClient(&redis.Options{
		Addr: *addr.Load(),
		Dialer: func(ctx context.Context, network, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, network, *addr.Load())
		},
		MaxRetries: -1,
	})
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// A failover to a replica that lost the newest changes, under a hub that
// follows the night: from then on the hub never answers with the lost
// position (CachedPosition, CachedNight), its subscribers are told to start again, and
// its next change follows what Redis has, under a new epoch. With
// CLUBNIGHT_DURABLE=replica the changes the replica lacks were answered
// "not sure" rather than acknowledged, and the hub starts again all the
// same. The figures are logged (go test -v -run TestFailover ./hub/).
func TestFailover_HubNeverServesTheLostPosition(t *testing.T) {
	for _, durable := range []string{"master", "replica"} {
		t.Run(durable, func(t *testing.T) { hubThroughFailover(t, durable) })
	}
}

func hubThroughFailover(t *testing.T, durable string) {
	ctx := context.Background()
	master, replica, rc := masterAndReplica(t)
	var addr atomic.Pointer[string]
	addr.Store(&master.Addr)
	prefix := uniquePrefix(t)
	logs := &lockedBuffer{}
	reg := prometheus.NewRegistry()
	m := metrics.New(reg)
	store := hub.NewStore(switchingClient(t, &addr), prefix)
	h := hub.New(store, hub.Options{Block: 300 * time.Millisecond, Timeout: 2 * time.Second,
		Logger: slog.New(slog.NewTextHandler(logs, nil)), Metrics: m})
	t.Cleanup(h.Close)
	n := testhub.Live(t, h)
	type reset struct {
		ev *hub.RawEvent
		at time.Time
	}
	resets := make(chan reset, 16)
	unsub := h.Subscribe(n.ID, -1, func(ev *hub.RawEvent) {
		if ev.Reset {
			resets <- reset{ev, time.Now()}
		}
	})
	defer unsub()
	if durable == "replica" {
		store.RequireReplica(300 * time.Millisecond)
	}
	var before hub.Position
	for i := 0; i < 20; i++ {
		// While the replica follows, a "not sure" is only a slow machine:
		// the same command again is answered, not applied twice.
		for try := 0; ; try++ {
			res, err := h.Apply(ctx, n.ID, toggleCmd(i))
			if err == nil {
				before.Seq = res.Night.Seq
				break
			}
			if night.ErrorCode(err) != night.Unknown || try == 20 {
				t.Fatalf("apply %d: %v", i, err)
			}
		}
	}
	// The replica has all of that (a busy machine may take a moment)...
	stateKey := prefix + "{n:" + n.ID + "}:state"
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if seq, _ := rc.HGet(ctx, stateKey, "seq").Int64(); seq == before.Seq {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the replica did not catch up")
		}
	}
	// ...then falls behind.
	if err := rc.Do(ctx, "REPLICAOF", "127.0.0.1", strconv.Itoa(unusedPort(t))).Err(); err != nil {
		t.Fatal(err)
	}
	acked := 20
	for i := 20; i < 30; i++ {
		res, err := h.Apply(ctx, n.ID, toggleCmd(i))
		switch {
		case err == nil:
			acked++
			before.Seq = res.Event.Seq
		case durable == "replica" && night.ErrorCode(err) == night.Unknown:
			before.Seq++ // on the master, not confirmed by a replica
		default:
			t.Fatalf("apply %d: %v", i, err)
		}
	}
	// The hub has delivered all of it, so CachedPosition answers from memory.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		pos, err := h.CachedPosition(ctx, n.ID)
		if err == nil && pos.Seq == before.Seq {
			before.Epoch = pos.Epoch
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the hub did not deliver up to %d: %+v %v", before.Seq, pos, err)
		}
	}

	kept, err := rc.HGet(ctx, stateKey, "seq").Int64()
	if err != nil || kept >= before.Seq {
		t.Fatalf("the replica kept seq %d (%v); the test wants it behind %d", kept, err, before.Seq)
	}
	master.Kill()
	if err := rc.Do(ctx, "REPLICAOF", "NO", "ONE").Err(); err != nil {
		t.Fatal(err)
	}
	addr.Store(&replica.Addr)
	promoted := time.Now()

	// From the promotion on, the hub never answers with the lost position:
	// not in the moment before its follower has noticed the dropped
	// connection (milliseconds, more on a loaded machine), nor after.
	lostPosition := func() {
		t.Helper()
		if pos, err := h.CachedPosition(ctx, n.ID); err == nil && pos.Seq > kept {
			t.Fatalf("%s after the promotion CachedPosition answered seq %d (epoch %q); Redis has %d",
				time.Since(promoted), pos.Seq, pos.Epoch, kept)
		}
		if got, err := h.CachedNight(ctx, n.ID); err == nil && got.Seq > kept {
			t.Fatalf("%s after the promotion CachedNight answered seq %d; Redis has %d", time.Since(promoted), got.Seq, kept)
		}
	}
	var r reset
wait:
	for timeout := time.After(10 * time.Second); ; {
		lostPosition()
		select {
		case r = <-resets:
			break wait
		case <-timeout:
			t.Fatal("subscribers were not told the history changed")
		default:
		}
	}
	ev := r.ev
	lost := acked - int(ev.Seq-1) // the night's import is seq 1
	t.Logf("CLUBNIGHT_DURABLE=%s: %d acknowledged, %d lost; the hub started again at seq %d (had %d) %s after the promotion",
		durable, acked, max(lost, 0), ev.Seq, before.Seq, r.at.Sub(promoted).Round(time.Millisecond))
	if durable == "replica" && lost > 0 {
		t.Fatalf("%d acknowledged changes lost with CLUBNIGHT_DURABLE=replica", lost)
	}
	if ev.Seq != kept || ev.Epoch == before.Epoch || ev.Epoch == "" {
		t.Fatalf("reset at %d epoch %q; want %d and a new epoch (was %q)", ev.Seq, ev.Epoch, kept, before.Epoch)
	}
	for end := time.Now().Add(time.Second); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		lostPosition()
	}
	if got, err := h.CachedNight(ctx, n.ID); err != nil || got.Seq != kept {
		t.Fatalf("CachedNight: seq %v (%v), want %d", got, err, kept)
	}
	// The next change follows what Redis kept. (With replica, the
	// promoted server has no replica of its own yet, so the change is
	// answered "not sure"; it is saved all the same.)
	_, err = h.Apply(ctx, n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
	if err != nil && (durable == "master" || night.ErrorCode(err) != night.Unknown) {
		t.Fatalf("the change after the failover: %v", err)
	}
	if seq, err := rc.HGet(ctx, prefix+"{n:"+n.ID+"}:state", "seq").Int64(); err != nil || seq != kept+1 {
		t.Fatalf("after the next change Redis has seq %d (%v), want %d", seq, err, kept+1)
	}
	if pos, err := h.CachedPosition(ctx, n.ID); err != nil || pos.Epoch == before.Epoch {
		t.Fatalf("after the failover the epoch is %q (%v); it must differ from %q", pos.Epoch, err, before.Epoch)
	}
	if got := counterValue(t, reg, "clubnight_night_resets_total"); got < 1 {
		t.Fatalf("clubnight_night_resets_total is %v, want at least 1", got)
	}
	text := logs.String()
	if !strings.Contains(text, "screens get a fresh snapshot") || !strings.Contains(text, "had_seq="+strconv.FormatInt(before.Seq, 10)) {
		t.Fatalf("the reset was not logged with the lost position:\n%s", text)
	}
	if strings.Contains(text, "+447") {
		t.Fatalf("a phone number was logged:\n%s", text)
	}
}

// counterValue reads a counter from reg.
func counterValue(t *testing.T, reg *prometheus.Registry, name string) float64 {
	t.Helper()
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fams {
		if f.GetName() == name && len(f.GetMetric()) == 1 {
			return f.GetMetric()[0].GetCounter().GetValue()
		}
	}
	t.Fatalf("no counter %s", name)
	return 0
}

// lockedBuffer collects log lines written from several goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// toggleCmd is the i-th of a run of changes that always apply.
func toggleCmd(i int) night.Command {
	typ := night.CmdCheckIn
	if (i/2)%2 == 1 {
		typ = night.CmdCheckOut
	}
	return night.Command{ID: fmt.Sprintf("g%d", i), Type: typ, By: []string{"tom", "kim"}[i%2], Source: night.FromKiosk}
}

// A failover to a replica that lagged, where a hub with no copy of the
// night (it follows nothing) writes on the promoted replica until the new
// seq passes the old head before the hub that followed the night can look:
// the seqs line up, but the change at the old head is another one. The
// follower compares it with the one it handed on, so its screens start
// again under a new epoch instead of being given the new history's changes
// on top of the lost ones.
func TestFailover_NewHistoryPassesTheOldHead(t *testing.T) {
	ctx := context.Background()
	master, replica, rc := masterAndReplica(t)
	var addr atomic.Pointer[string]
	addr.Store(&master.Addr)
	prefix := uniquePrefix(t)
	reg := prometheus.NewRegistry()
	h := hub.New(hub.NewStore(switchingClient(t, &addr), prefix), hub.Options{Block: 300 * time.Millisecond,
		Timeout: 2 * time.Second, Metrics: metrics.New(reg)})
	t.Cleanup(h.Close)
	n := testhub.Live(t, h)
	evs := make(chan *hub.RawEvent, 256)
	unsub := h.Subscribe(n.ID, -1, func(ev *hub.RawEvent) { evs <- ev })
	defer unsub()
	var head hub.Position
	for i := 0; i < 20; i++ {
		res, err := h.Apply(ctx, n.ID, toggleCmd(i))
		if err != nil {
			t.Fatalf("apply %d: %v", i, err)
		}
		head.Seq = res.Event.Seq
	}
	stateKey := prefix + "{n:" + n.ID + "}:state"
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if seq, _ := rc.HGet(ctx, stateKey, "seq").Int64(); seq == head.Seq {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the replica did not catch up")
		}
	}
	if err := rc.Do(ctx, "REPLICAOF", "127.0.0.1", strconv.Itoa(unusedPort(t))).Err(); err != nil {
		t.Fatal(err)
	}
	kept := head.Seq
	for i := 20; i < 25; i++ {
		res, err := h.Apply(ctx, n.ID, toggleCmd(i))
		if err != nil {
			t.Fatalf("apply %d: %v", i, err)
		}
		head.Seq = res.Event.Seq
	}
	// The follower has handed on the old head.
	for deadline := time.Now().Add(10 * time.Second); ; {
		select {
		case ev := <-evs:
			if ev.Seq == head.Seq {
				head.Epoch = ev.Epoch
			}
		case <-time.After(10 * time.Millisecond):
		}
		if head.Epoch != "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the follower did not hand on the old head")
		}
	}

	// The master dies; the hub that follows cannot reach anything yet (its
	// address still names the dead master) while another hub, on the
	// promoted replica, takes changes past the old head.
	master.Kill()
	if err := rc.Do(ctx, "REPLICAOF", "NO", "ONE").Err(); err != nil {
		t.Fatal(err)
	}
	other := hub.New(hub.NewStore(rc, prefix), hub.Options{})
	t.Cleanup(other.Close)
	for i := 0; int64(i) < head.Seq-kept+3; i++ {
		// The same kinds of change as the lost ones, by the other person.
		c := toggleCmd(20 + i)
		c.ID, c.By = fmt.Sprintf("other%d", i), []string{"kim", "tom"}[i%2]
		if _, err := other.Apply(ctx, n.ID, c); err != nil {
			t.Fatalf("the other hub's change %d: %v", i, err)
		}
	}
	if seq, _ := rc.HGet(ctx, stateKey, "seq").Int64(); seq <= head.Seq {
		t.Fatalf("the new history is at seq %d; the test wants it past the old head %d", seq, head.Seq)
	}
	addr.Store(&replica.Addr)

	// The follower's first word after that is a fresh start, under a new
	// epoch; never a change of the new history on top of the old one.
	select {
	case ev := <-evs:
		if !ev.Reset {
			t.Fatalf("after the failover the follower handed on seq %d of the new history (epoch %q) as if it followed seq %d of the old",
				ev.Seq, ev.Epoch, head.Seq)
		}
		if ev.Epoch == head.Epoch || ev.Epoch == "" {
			t.Fatalf("reset under epoch %q; want a new one (was %q)", ev.Epoch, head.Epoch)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the follower said nothing after the failover")
	}
	if pos, err := other.CachedPosition(ctx, n.ID); err != nil || pos.Epoch == head.Epoch {
		t.Fatalf("Redis's epoch is %q (%v); it must differ from %q", pos.Epoch, err, head.Epoch)
	}
	if got := counterValue(t, reg, "clubnight_night_resets_total"); got < 1 {
		t.Fatalf("clubnight_night_resets_total is %v, want at least 1", got)
	}
}
