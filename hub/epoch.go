package hub

import (
	"crypto/rand"
	"encoding/hex"

	"github.com/redis/go-redis/v9"
)

// Position is where a night's history stands: its newest seq, and the
// epoch that names the history. A night gets a new epoch whenever Redis may
// have lost or replaced changes a hub or a screen saw (the night was gone
// and made again, restored from a backup, or a failover went to a replica
// that lagged), so a seq is only comparable with another of the same
// epoch. This is Centrifugo's stream epoch.
type Position struct {
	Seq   int64
	Epoch string // "" when not known (no night yet)
}

// NewEpoch returns a random epoch.
func NewEpoch() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// readScript reads one field of a night's state (json or seq) with its
// epoch, giving the night the fresh epoch offered when it has none yet (a
// night saved before epochs), so every reader sees the same one.
//
// KEYS: state. ARGV: field, fresh epoch. Returns {value or nil, epoch or
// nil}.
var readScript = redis.NewScript(`
local v = redis.call('HMGET', KEYS[1], ARGV[1], 'epoch')
if v[1] and not v[2] then
  redis.call('HSET', KEYS[1], 'epoch', ARGV[2])
  v[2] = ARGV[2]
end
return v
`)

// renewScript gives a night a new epoch when its seq went back under the
// same epoch, or (ARGV[4] = "1") when a hub found another change at a seq
// it saw.
//
// KEYS: state. ARGV: the seq the hub knew, the epoch it knew, a fresh
// epoch, "1" to renew whatever the seq. Returns {seq, epoch} in force.
var renewScript = redis.NewScript(`
local cur = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
local ep = redis.call('HGET', KEYS[1], 'epoch')
if ep and ep == ARGV[2] and (cur < tonumber(ARGV[1]) or ARGV[4] == '1') then
  ep = ARGV[3]
  redis.call('HSET', KEYS[1], 'epoch', ep)
end
return {cur, ep or ''}
`)
