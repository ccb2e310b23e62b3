package hub

import (
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
}

// RequireReplica makes every commit wait up to timeout for one replica to
// have it before it is acknowledged, so a failover to that replica loses no
// acknowledged change. A commit no replica confirmed in time is reported
// as not sure to be kept (it is on the master, and may be lost with it).
func (s *Store) RequireReplica(timeout time.Duration) { s.replicaWait = timeout }

// errNotCopied means no replica confirmed a commit in time.
var errNotCopied = errors.New("no replica confirmed the change in time")

// NewStore returns a store on rdb. prefix separates deployments (and tests)
// sharing one Redis; it must not contain braces.
func NewStore(rdb redis.UniversalClient, prefix string) *Store {
	return &Store{rdb: rdb, prefix: prefix, logCap: DefaultLogCap}
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

// commitScript commits one change atomically: it checks the expected seq,
// refuses a command id already applied, appends the event with the seq as
// its stream ID, stores the new snapshot and remembers the command id.
//
// KEYS: state, log, cmd. ARGV: expected seq, new seq, state JSON, event
// JSON, log cap, command TTL seconds.
// Returns {1, seq} on commit, {0, current seq} on a stale expected seq, and
// {2, seq} when the command was applied before at seq.
var commitScript = redis.NewScript(commitLua)

const commitLua = `
local prev = redis.call('GET', KEYS[3])
if prev then return {2, tonumber(prev)} end
local cur = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
if cur ~= tonumber(ARGV[1]) then return {0, cur} end
redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[5], ARGV[2] .. '-0', 'e', ARGV[4])
redis.call('HSET', KEYS[1], 'seq', ARGV[2], 'json', ARGV[3])
redis.call('SET', KEYS[3], ARGV[2], 'EX', ARGV[6])
return {1, tonumber(ARGV[2])}
`

// errStale means another writer committed first; reload and try again.
var errStale = errors.New("stale seq")

// commitResult says how a commit went.
type commitResult struct {
	Seq       int64
	Duplicate bool // the command id had been applied before, at Seq
}

// commit stores the change from expected to m with its event.
func (s *Store) commit(ctx context.Context, expected int64, m *night.Night, ev *night.Event, cmdID string) (commitResult, error) {
	state, err := json.Marshal(m)
	if err != nil {
		return commitResult{}, fmt.Errorf("encode state: %w", err)
	}
	evJSON, err := json.Marshal(ev)
	if err != nil {
		return commitResult{}, fmt.Errorf("encode event: %w", err)
	}
	keys := []string{s.stateKey(m.ID), s.logKey(m.ID), s.cmdKey(m.ID, cmdID)}
	args := []any{expected, m.Seq, state, evJSON, s.logCap, int64(commandTTL / time.Second)}
	var res []int64
	if s.replicaWait > 0 {
		res, err = s.commitCopied(ctx, keys, args)
	} else {
		res, err = commitScript.Run(ctx, s.rdb, keys, args...).Int64Slice()
	}
	if err != nil {
		return commitResult{}, fmt.Errorf("commit night %s seq %d: %w", m.ID, m.Seq, err)
	}
	switch res[0] {
	case 1:
		return commitResult{Seq: res[1]}, nil
	case 2:
		return commitResult{Seq: res[1], Duplicate: true}, nil
	}
	return commitResult{Seq: res[1]}, errStale
}

// commitCopied runs the commit and then WAIT on one connection (WAIT
// counts that connection's writes), and fails with errNotCopied when no
// replica had the change in time.
func (s *Store) commitCopied(ctx context.Context, keys []string, args []any) ([]int64, error) {
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
	res, err := eval.Int64Slice()
	if err != nil {
		return nil, err
	}
	if res[0] == 1 {
		if n, err := wait.Int64(); err != nil || n < 1 {
			return nil, errNotCopied
		}
	}
	return res, nil
}

// Load returns the night with id, or a NotFound *night.Error.
func (s *Store) Load(ctx context.Context, id string) (*night.Night, error) {
	data, err := s.rdb.HGet(ctx, s.stateKey(id), "json").Bytes()
	if errors.Is(err, redis.Nil) {
		return nil, night.Errorf(night.NotFound, "There is no night called %q.", id)
	}
	if err != nil {
		return nil, fmt.Errorf("load night %s: %w", id, err)
	}
	var n night.Night
	if err := json.Unmarshal(data, &n); err != nil {
		return nil, fmt.Errorf("decode night %s: %w", id, err)
	}
	return &n, nil
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

// RawEvent is an event as stored: its seq and the JSON sent to screens.
type RawEvent struct {
	Seq  int64
	JSON []byte
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

func toRaw(m redis.XMessage) (RawEvent, bool) {
	seqText, _, _ := strings.Cut(m.ID, "-")
	seq, err := strconv.ParseInt(seqText, 10, 64)
	if err != nil {
		return RawEvent{}, false
	}
	data, _ := m.Values["e"].(string)
	return RawEvent{Seq: seq, JSON: []byte(data)}, true
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
	if err := s.rdb.HSet(ctx, s.stateKey(n.ID), "seq", n.Seq).Err(); err != nil {
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
	seq, err := s.rdb.HGet(ctx, s.stateKey(id), "seq").Int64()
	if errors.Is(err, redis.Nil) {
		return 0, night.Errorf(night.NotFound, "There is no night called %q.", id)
	}
	if err != nil {
		return 0, fmt.Errorf("read seq of %s: %w", id, err)
	}
	return seq, nil
}
