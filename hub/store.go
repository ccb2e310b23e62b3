package hub

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/night"
)

// DefaultLogCap is how many events of a night the Redis stream keeps at
// least. The contract asks for the newest 10,000; we keep more.
const DefaultLogCap = 20000

// commandTTL is how long a command id is remembered, so a retry of the same
// command within this time is answered, not applied again.
const commandTTL = 24 * time.Hour

// Store keeps nights in Redis. Every key of a night shares the hash tag
// {n:<id>}, so a Redis Cluster keeps a night on one slot and the commit
// script may touch all of them at once.
type Store struct {
	rdb    redis.UniversalClient
	prefix string
	logCap int64
	// replicaWait, when set, makes each commit wait (Redis WAIT) up to
	// this long for a replica to have it (CLUBNIGHT_DURABLE=replica).
	replicaWait time.Duration
	// watch sees a dropped connection to Redis as soon as the kernel does.
	watch *connWatch
}

// RequireReplica makes every commit wait up to timeout for one replica to
// have it before it is acknowledged, so a failover to that replica loses no
// acknowledged change. A commit no replica confirmed in time is reported
// as not sure to be kept (it is on the master, and may be lost with it).
func (s *Store) RequireReplica(timeout time.Duration) { s.replicaWait = timeout }

// errNotCopied means no replica confirmed a commit in time.
var errNotCopied = errors.New("no replica confirmed the change in time")

// NewStore returns a store on rdb. prefix separates deployments (and tests)
// sharing one Redis; it must not contain braces. Make the store before
// the client opens connections: only those opened afterwards are watched
// for drops (see connWatch).
func NewStore(rdb redis.UniversalClient, prefix string) *Store {
	w := newConnWatch()
	rdb.AddHook(w)
	return &Store{rdb: rdb, prefix: prefix, logCap: DefaultLogCap, watch: w}
}

// Client returns the Redis client, for adapters that keep their own keys.
func (s *Store) Client() redis.UniversalClient { return s.rdb }

// Prefix returns the key prefix.
func (s *Store) Prefix() string { return s.prefix }

func (s *Store) stateKey(id string) string { return s.prefix + "{n:" + id + "}:state" }
func (s *Store) logKey(id string) string   { return s.prefix + "{n:" + id + "}:log" }
func (s *Store) cmdKey(id, cmd string) string {
	return s.prefix + "{n:" + id + "}:cmd:" + cmd
}
func (s *Store) nightsKey() string { return s.prefix + "nights" }
func (s *Store) liveKey() string   { return s.prefix + "live" }

// LiveChannel is the pub/sub channel that announces a new live night.
func (s *Store) LiveChannel() string { return s.prefix + "live-changed" }

// commitScript commits one change atomically: it checks the expected seq
// and epoch, refuses a command id already applied, appends the event (with
// the night's epoch) with the seq as its stream ID, stores the new snapshot
// and remembers the command id. A night without an epoch gets the fresh one
// offered.
//
// KEYS: state, log, cmd. ARGV: expected seq, new seq, state JSON, event
// JSON, log cap, command TTL seconds, expected epoch ("" when the writer
// does not know it), fresh epoch.
// Returns {1, seq, epoch} on commit, {0, current seq, epoch} on a stale
// expected seq, {3, current seq, epoch} when the epoch is not the one
// expected, and {2, seq, ""} when the command was applied before at seq.
var commitScript = redis.NewScript(commitLua)

const commitLua = `
local prev = redis.call('GET', KEYS[3])
if prev then return {2, tonumber(prev), ''} end
local cur = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
local ep = redis.call('HGET', KEYS[1], 'epoch')
if not ep then ep = ARGV[8] end
if ARGV[7] ~= '' and ARGV[7] ~= ep then return {3, cur, ep} end
if cur ~= tonumber(ARGV[1]) then return {0, cur, ep} end
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[5], ARGV[2] .. '-0', 'e', ARGV[4], 'p', ep)
redis.call('HSET', KEYS[1], 'seq', ARGV[2], 'json', ARGV[3], 'epoch', ep)
redis.call('SET', KEYS[3], ARGV[2], 'EX', ARGV[6])
return {1, tonumber(ARGV[2]), ep}
`

// errStale means another writer committed first, or the night's history
// is not the one the writer read (another epoch); reload and try again.
var errStale = errors.New("stale seq")

// commitResult says how a commit went.
type commitResult struct {
	Seq       int64
	Epoch     string // the night's epoch in Redis; "" for a duplicate
	Duplicate bool   // the command id had been applied before, at Seq
}

// commit stores the change from expected (in epoch, "" when not known) to m
// with its event.
func (s *Store) commit(ctx context.Context, expected Position, m *night.Night, ev *night.Event, cmdID string) (commitResult, error) {
	state, err := json.Marshal(m)
	if err != nil {
		return commitResult{}, fmt.Errorf("encode state: %w", err)
	}
	evJSON, err := json.Marshal(ev)
	if err != nil {
		return commitResult{}, fmt.Errorf("encode event: %w", err)
	}
	keys := []string{s.stateKey(m.ID), s.logKey(m.ID), s.cmdKey(m.ID, cmdID)}
	args := []any{expected.Seq, m.Seq, state, evJSON, s.logCap, int64(commandTTL / time.Second), expected.Epoch, NewEpoch()}
	var reply any
	if s.replicaWait > 0 {
		reply, err = s.commitCopied(ctx, keys, args)
	} else {
		reply, err = commitScript.Run(ctx, s.rdb, keys, args...).Result()
	}
	if err != nil {
		return commitResult{}, fmt.Errorf("commit night %s seq %d: %w", m.ID, m.Seq, err)
	}
	outcome, res, err := commitReply(reply)
	if err != nil {
		return commitResult{}, fmt.Errorf("commit night %s seq %d: %w", m.ID, m.Seq, err)
	}
	switch outcome {
	case 1:
		return res, nil
	case 2:
		res.Duplicate = true
		return res, nil
	}
	return res, errStale
}

// commitReply decodes the commit script's {outcome, seq, epoch}.
func commitReply(reply any) (int64, commitResult, error) {
	arr, ok := reply.([]any)
	if !ok || len(arr) != 3 {
		return 0, commitResult{}, fmt.Errorf("unexpected commit reply %v", reply)
	}
	outcome, ok1 := arr[0].(int64)
	seq, ok2 := arr[1].(int64)
	epoch, ok3 := arr[2].(string)
	if !ok1 || !ok2 || !ok3 {
		return 0, commitResult{}, fmt.Errorf("unexpected commit reply %v", reply)
	}
	return outcome, commitResult{Seq: seq, Epoch: epoch}, nil
}

// commitCopied runs the commit and then WAIT on one connection (WAIT
// counts that connection's writes), and fails with errNotCopied when no
// replica had the change in time.
func (s *Store) commitCopied(ctx context.Context, keys []string, args []any) (any, error) {
	var c redis.Cmdable = s.rdb
	if cc, ok := s.rdb.(*redis.ClusterClient); ok {
		node, err := cc.MasterForKey(ctx, keys[0])
		if err != nil {
			return nil, err
		}
		c = node
	}
	pipe := c.Pipeline()
	eval := pipe.Eval(ctx, commitLua, keys, args...)
	wait := pipe.Do(ctx, "WAIT", 1, s.replicaWait.Milliseconds())
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, err
	}
	res, err := eval.Result()
	if err != nil {
		return nil, err
	}
	if outcome, _, err := commitReply(res); err == nil && outcome == 1 {
		if n, err := wait.Int64(); err != nil || n < 1 {
			return nil, errNotCopied
		}
	}
	return res, nil
}

// Load returns the night with id, or a NotFound *night.Error.
func (s *Store) Load(ctx context.Context, id string) (*night.Night, error) {
	n, _, err := s.loadEpoch(ctx, id)
	return n, err
}

// loadEpoch returns the night with id and its epoch, read together.
func (s *Store) loadEpoch(ctx context.Context, id string) (*night.Night, string, error) {
	v, err := readScript.Run(ctx, s.rdb, []string{s.stateKey(id)}, "json", NewEpoch()).Slice()
	if err != nil {
		return nil, "", fmt.Errorf("load night %s: %w", id, err)
	}
	data, _ := v[0].(string)
	epoch, _ := v[1].(string)
	if data == "" {
		return nil, "", night.Errorf(night.NotFound, "There is no night called %q.", id)
	}
	var n night.Night
	if err := json.Unmarshal([]byte(data), &n); err != nil {
		return nil, "", fmt.Errorf("decode night %s: %w", id, err)
	}
	return &n, epoch, nil
}

// CommandSeq returns the seq at which command id was applied, if it was.
func (s *Store) CommandSeq(ctx context.Context, nightID, cmdID string) (int64, bool, error) {
	seq, err := s.rdb.Get(ctx, s.cmdKey(nightID, cmdID)).Int64()
	if errors.Is(err, redis.Nil) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("look up command %s: %w", cmdID, err)
	}
	return seq, true, nil
}

// RawEvent is an event as stored: its seq and the JSON sent to screens,
// and the epoch of the history it belongs to ("" for events stored before
// epochs).
//
// A follower also hands its subscribers a RawEvent with Reset set and no
// JSON when the night's history in Redis is not the one it was following
// (Redis lost changes): Seq and Epoch are then where the night stands, and
// a subscriber starts again from there (a screen gets a fresh snapshot).
type RawEvent struct {
	Seq   int64
	JSON  []byte
	Epoch string
	Reset bool
}

// Events returns up to limit events with seq > after, in order. When the
// log no longer holds seq after+1 (trimmed or lost), complete is false.
func (s *Store) Events(ctx context.Context, nightID string, after int64, limit int64) (events []RawEvent, complete bool, err error) {
	msgs, err := s.rdb.XRangeN(ctx, s.logKey(nightID), strconv.FormatInt(after+1, 10)+"-0", "+", limit).Result()
	if err != nil {
		return nil, false, fmt.Errorf("read events of %s: %w", nightID, err)
	}
	events = make([]RawEvent, 0, len(msgs))
	for _, m := range msgs {
		ev, ok := toRaw(m)
		if !ok {
			continue
		}
		events = append(events, ev)
	}
	complete = len(events) == 0 || events[0].Seq == after+1
	return events, complete, nil
}

// sameEntry reports whether night id's log holds, at seq, the change
// whose JSON is want. A log that no longer holds seq (trimmed) cannot say
// otherwise, and counts as the same.
func (s *Store) sameEntry(ctx context.Context, id string, seq int64, want []byte) (bool, error) {
	at := strconv.FormatInt(seq, 10) + "-0"
	msgs, err := s.rdb.XRange(ctx, s.logKey(id), at, at).Result()
	if err != nil {
		return false, fmt.Errorf("read event %d of %s: %w", seq, id, err)
	}
	if len(msgs) == 0 {
		return true, nil
	}
	ev, ok := toRaw(msgs[0])
	return ok && bytes.Equal(ev.JSON, want), nil
}

func toRaw(m redis.XMessage) (RawEvent, bool) {
	seqText, _, _ := strings.Cut(m.ID, "-")
	seq, err := strconv.ParseInt(seqText, 10, 64)
	if err != nil {
		return RawEvent{}, false
	}
	data, _ := m.Values["e"].(string)
	epoch, _ := m.Values["p"].(string)
	return RawEvent{Seq: seq, JSON: []byte(data), Epoch: epoch}, true
}

// read blocks up to block for events after seq, for the stream follower.
func (s *Store) read(ctx context.Context, nightID string, after int64, block time.Duration) ([]RawEvent, error) {
	res, err := s.rdb.XRead(ctx, &redis.XReadArgs{
		Streams: []string{s.logKey(nightID), strconv.FormatInt(after, 10) + "-0"},
		Count:   512,
		Block:   block,
	}).Result()
	if errors.Is(err, redis.Nil) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []RawEvent
	for _, st := range res {
		for _, m := range st.Messages {
			if ev, ok := toRaw(m); ok {
				out = append(out, ev)
			}
		}
	}
	return out, nil
}

// Nights lists the ids of every night in the store.
func (s *Store) Nights(ctx context.Context) ([]string, error) {
	return s.rdb.SMembers(ctx, s.nightsKey()).Result()
}

func (s *Store) addNight(ctx context.Context, id string) error {
	return s.rdb.SAdd(ctx, s.nightsKey(), id).Err()
}

// Live returns the id of the live night, or "" when none is chosen.
func (s *Store) Live(ctx context.Context) (string, error) {
	id, err := s.rdb.Get(ctx, s.liveKey()).Result()
	if errors.Is(err, redis.Nil) {
		return "", nil
	}
	return id, err
}

func (s *Store) setLive(ctx context.Context, id string) error {
	if err := s.rdb.Set(ctx, s.liveKey(), id, 0).Err(); err != nil {
		return err
	}
	return s.rdb.Publish(ctx, s.LiveChannel(), id).Err()
}

// Restore writes a night's state as it is, for loading a backup into an
// empty store. It does nothing when the store already has the night.
func (s *Store) Restore(ctx context.Context, n *night.Night) (bool, error) {
	data, err := json.Marshal(n)
	if err != nil {
		return false, err
	}
	ok, err := s.rdb.HSetNX(ctx, s.stateKey(n.ID), "json", data).Result()
	if err != nil || !ok {
		return false, err
	}
	// A restored night starts a new history: screens that saw another
	// one get a snapshot.
	if err := s.rdb.HSet(ctx, s.stateKey(n.ID), "seq", n.Seq, "epoch", NewEpoch()).Err(); err != nil {
		return false, err
	}
	return true, s.addNight(ctx, n.ID)
}

// Ping checks that Redis answers.
func (s *Store) Ping(ctx context.Context) error { return s.rdb.Ping(ctx).Err() }

// Setting reads a small deployment-wide value (such as the kiosk key).
func (s *Store) Setting(ctx context.Context, name string) (string, error) {
	v, err := s.rdb.Get(ctx, s.prefix+"setting:"+name).Result()
	if errors.Is(err, redis.Nil) {
		return "", nil
	}
	return v, err
}

// SetSettingNX stores value under name unless one is there, and returns the
// value in force.
func (s *Store) SetSettingNX(ctx context.Context, name, value string) (string, error) {
	key := s.prefix + "setting:" + name
	ok, err := s.rdb.SetNX(ctx, key, value, 0).Result()
	if err != nil {
		return "", err
	}
	if ok {
		return value, nil
	}
	return s.rdb.Get(ctx, key).Result()
}

// Seq returns the current seq of night id without loading it, or a
// NotFound *night.Error.
func (s *Store) Seq(ctx context.Context, id string) (int64, error) {
	pos, err := s.Position(ctx, id)
	return pos.Seq, err
}

// Position returns night id's current seq and epoch without loading it,
// or a NotFound *night.Error.
func (s *Store) Position(ctx context.Context, id string) (Position, error) {
	v, err := readScript.Run(ctx, s.rdb, []string{s.stateKey(id)}, "seq", NewEpoch()).Slice()
	if err != nil {
		return Position{}, fmt.Errorf("read seq of %s: %w", id, err)
	}
	text, _ := v[0].(string)
	epoch, _ := v[1].(string)
	if text == "" {
		return Position{}, night.Errorf(night.NotFound, "There is no night called %q.", id)
	}
	seq, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		return Position{}, fmt.Errorf("read seq of %s: %w", id, err)
	}
	return Position{Seq: seq, Epoch: epoch}, nil
}

// renewEpoch gives night id a new epoch when Redis still has the one the
// hub knew (was) and a seq below the one it knew (had): Redis lost
// changes (a failover to a replica that lagged), and screens that saw them
// must not resume on top of the new history. It returns the position in
// force afterwards.
//
// With replaced, it renews the epoch whatever the seq: a hub found at
// had.Seq a change other than the one it saw.
func (s *Store) renewEpoch(ctx context.Context, id string, had Position, replaced bool) (Position, error) {
	flag := "0"
	if replaced {
		flag = "1"
	}
	v, err := renewScript.Run(ctx, s.rdb, []string{s.stateKey(id)}, had.Seq, had.Epoch, NewEpoch(), flag).Slice()
	if err != nil {
		return Position{}, fmt.Errorf("renew the epoch of %s: %w", id, err)
	}
	seq, _ := v[0].(int64)
	epoch, _ := v[1].(string)
	return Position{Seq: seq, Epoch: epoch}, nil
}
