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
	keys := map[string]savedKey{}
	iter := rdb.Scan(ctx, 0, b.store.prefix+"*", 500).Iterator()
	for iter.Next(ctx) {
		k := iter.Val()
		if strings.Contains(k, "{n:") {
			continue // a night's own keys: see night_keys_backup.go
		}
		sk, ok, err := readKey(ctx, rdb, k)
		if err != nil {
			return err
		}
		if ok {
			keys[k] = sk
		}
	}
	if err := iter.Err(); err != nil {
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

func readKey(ctx context.Context, rdb redis.UniversalClient, k string) (savedKey, bool, error) {
	typ, err := rdb.Type(ctx, k).Result()
	if err != nil {
		return savedKey{}, false, err
	}
	sk := savedKey{Type: typ}
	switch typ {
	case "string":
		sk.Str, err = rdb.Get(ctx, k).Bytes()
	case "hash":
		sk.Hash, err = rdb.HGetAll(ctx, k).Result()
		for _, f := range strings.Split(sk.Hash[PrivateField], ",") {
			delete(sk.Hash, strings.TrimSpace(f))
		}
	case "list":
		sk.List, err = rdb.LRange(ctx, k, 0, -1).Result()
	case "set":
		sk.Set, err = rdb.SMembers(ctx, k).Result()
	case "zset":
		sk.ZSet, err = rdb.ZRangeWithScores(ctx, k, 0, -1).Result()
	default:
		return savedKey{}, false, nil // gone, or a type nothing outside a night uses
	}
	if errors.Is(err, redis.Nil) {
		return savedKey{}, false, nil
	}
	if err != nil {
		return savedKey{}, false, err
	}
	if ttl, err := rdb.PTTL(ctx, k).Result(); err == nil && ttl > 0 {
		sk.TTLms = ttl.Milliseconds()
	}
	return sk, true, nil
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
