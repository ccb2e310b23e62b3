package hub

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
)

// keysFile holds every key of the deployment that is not a night's own
// (a night's state is in <id>.night.json, its other keys, such as its
// alerts, escalation schedule, inbox and command ids, in <id>.keys.json,
// written through): the SMS queue, dashboard sessions and photos.
const keysFile = "keys.json"

// PrivateField, in a hash, names (comma-separated) fields that must never
// reach a backup file: a sign-in code waiting to be texted, say. The hash
// is saved without them; once restored, its owner finds them gone.
const PrivateField = "private"

// savedKey is one Redis key as the backup keeps it.
type savedKey struct {
	Type  string            `json:"type"`
	TTLms int64             `json:"ttl_ms,omitempty"`
	Str   []byte            `json:"str,omitempty"`
	Hash  map[string]string `json:"hash,omitempty"`
	List  []string          `json:"list,omitempty"`
	Set   []string          `json:"set,omitempty"`
	ZSet  []redis.Z         `json:"zset,omitempty"`
}

// SaveKeys writes the keys other than nights' to the folder, when they
// changed since the last save.
func (b *Backup) SaveKeys(ctx context.Context) error {
	rdb := b.store.rdb
	all, err := matchingKeys(ctx, rdb, globEscape(b.store.prefix)+"*")
	if err != nil {
		return err
	}
	names := all[:0]
	for _, k := range all {
		if !strings.Contains(k, "{n:") { // a night's own keys: see night_keys_backup.go
			names = append(names, k)
		}
	}
	keys, err := readKeys(ctx, rdb, names)
	if err != nil {
		return err
	}
	data, err := json.Marshal(keys)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	if sum == b.lastKeys {
		return nil
	}
	if err := b.writeBytes(keysFile, data); err != nil {
		return err
	}
	b.lastKeys = sum
	return nil
}

// matchingKeys lists the keys matching pattern in one pass. The backup
// runs on the embedded store only, where each SCAN call sorts and matches
// every key: a cursor walk 1,000 keys at a time did that thirty times per
// change on a store of 30,000 keys (BenchmarkCommit_EmbeddedBackup).
func matchingKeys(ctx context.Context, rdb redis.UniversalClient, pattern string) ([]string, error) {
	return rdb.Keys(ctx, pattern).Result()
}

// readKeys reads keys in two round trips (their types, then their values
// and times to live), whatever their number. A key gone meanwhile, or of
// a type nothing uses, is left out.
func readKeys(ctx context.Context, rdb redis.UniversalClient, keys []string) (map[string]savedKey, error) {
	out := make(map[string]savedKey, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	types := make([]*redis.StatusCmd, len(keys))
	pipe := rdb.Pipeline()
	for i, k := range keys {
		types[i] = pipe.Type(ctx, k)
	}
	if _, err := pipe.Exec(ctx); err != nil {
		return nil, err
	}
	values := make([]redis.Cmder, len(keys))
	ttls := make([]*redis.DurationCmd, len(keys))
	pipe = rdb.Pipeline()
	for i, k := range keys {
		switch types[i].Val() {
		case "string":
			values[i] = pipe.Get(ctx, k)
		case "hash":
			values[i] = pipe.HGetAll(ctx, k)
		case "list":
			values[i] = pipe.LRange(ctx, k, 0, -1)
		case "set":
			values[i] = pipe.SMembers(ctx, k)
		case "zset":
			values[i] = pipe.ZRangeWithScores(ctx, k, 0, -1)
		default:
			continue // gone, or a type nothing outside a night uses
		}
		ttls[i] = pipe.PTTL(ctx, k)
	}
	if _, err := pipe.Exec(ctx); err != nil && !errors.Is(err, redis.Nil) {
		return nil, err
	}
	for i, k := range keys {
		if values[i] == nil {
			continue
		}
		sk := savedKey{Type: types[i].Val()}
		var err error
		switch c := values[i].(type) {
		case *redis.StringCmd:
			sk.Str, err = c.Bytes()
		case *redis.MapStringStringCmd:
			sk.Hash, err = c.Result()
			for _, f := range strings.Split(sk.Hash[PrivateField], ",") {
				delete(sk.Hash, strings.TrimSpace(f))
			}
		case *redis.StringSliceCmd:
			if sk.Type == "list" {
				sk.List, err = c.Result()
			} else {
				sk.Set, err = c.Result()
			}
		case *redis.ZSliceCmd:
			sk.ZSet, err = c.Result()
		}
		if errors.Is(err, redis.Nil) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if ttl := ttls[i].Val(); ttl > 0 {
			sk.TTLms = ttl.Milliseconds()
		}
		out[k] = sk
	}
	return out, nil
}

// loadKeys puts the saved keys back into an empty store.
func (b *Backup) loadKeys(ctx context.Context) error {
	data, err := os.ReadFile(filepath.Join(b.dir, keysFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var keys map[string]savedKey
	if err := json.Unmarshal(data, &keys); err != nil {
		b.log.Warn("skipping keys.json that cannot be read", "err", err)
		return nil
	}
	return b.restoreKeys(ctx, keys)
}

// restoreKeys puts saved keys back, leaving any the store already has.
func (b *Backup) restoreKeys(ctx context.Context, keys map[string]savedKey) error {
	rdb := b.store.rdb
	for k, sk := range keys {
		if n, err := rdb.Exists(ctx, k).Result(); err != nil || n > 0 {
			continue
		}
		var err error
		switch sk.Type {
		case "string":
			err = rdb.Set(ctx, k, sk.Str, 0).Err()
		case "hash":
			if len(sk.Hash) > 0 {
				err = rdb.HSet(ctx, k, sk.Hash).Err()
			}
		case "list":
			if len(sk.List) > 0 {
				err = rdb.RPush(ctx, k, toAny(sk.List)...).Err()
			}
		case "set":
			if len(sk.Set) > 0 {
				err = rdb.SAdd(ctx, k, toAny(sk.Set)...).Err()
			}
		case "zset":
			if len(sk.ZSet) > 0 {
				err = rdb.ZAdd(ctx, k, sk.ZSet...).Err()
			}
		}
		if err != nil {
			return fmt.Errorf("restore %s: %w", k, err)
		}
		if sk.TTLms > 0 {
			_ = rdb.PExpire(ctx, k, time.Duration(sk.TTLms)*time.Millisecond).Err()
		}
	}
	return nil
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// Run saves the other keys every interval until ctx ends, and once more
// then, so texts still queued, sessions and photos outlive a restart.
func (b *Backup) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			if err := b.SaveKeys(context.Background()); err != nil {
				b.log.Error("backup failed", "err", err)
			}
			return
		case <-t.C:
			b.retry(ctx)
			if err := b.SaveKeys(ctx); err != nil && ctx.Err() == nil {
				b.log.Error("backup failed", "err", err)
			}
		}
	}
}
