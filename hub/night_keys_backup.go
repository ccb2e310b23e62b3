package hub

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// nightKeysSuffix names the file that holds a night's keys other than its
// state: the ids of its newest commands (so a command sent again after a
// restart is answered, not applied twice) and the keys other packages keep
// under the night's hash tag (alerts, escalation schedule, SMS cursor,
// inbox). It is written through after every change to them, not every few
// seconds, so a hub that stops at any moment forgets none of them.
const nightKeysSuffix = ".keys.json"

// keepCmds is how many command ids of a night the backup keeps: far more
// than any sender retries before it gives up.
const keepCmds = 1000

type savedCmd struct {
	ID  string `json:"id"`
	Seq int64  `json:"seq"`
}

type nightKeys struct {
	Cmds []savedCmd          `json:"cmds"`
	Keys map[string]savedKey `json:"keys"`
}

// saveNightKeys writes night id's keys file, adding ev's command id.
func (b *Backup) saveNightKeys(ctx context.Context, id string, ev *night.Event) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.cmds[id]; !ok {
		// First write since start: keep what the file had.
		if old, err := b.readNightKeys(id); err == nil {
			b.cmds[id] = old.Cmds
		}
	}
	if ev != nil && ev.CommandID != "" {
		cmds := append(b.cmds[id], savedCmd{ID: ev.CommandID, Seq: ev.Seq})
		if len(cmds) > keepCmds {
			cmds = append([]savedCmd(nil), cmds[len(cmds)-keepCmds:]...)
		}
		b.cmds[id] = cmds
	}
	out := nightKeys{Cmds: b.cmds[id], Keys: map[string]savedKey{}}
	// Keys of other packages carry something between the prefix and the
	// tag (sms:{n:id}:...); the hub's own state and log are in the night's
	// file, and its command ids above.
	rdb := b.store.rdb
	names, err := matchingKeys(ctx, rdb, globEscape(b.store.prefix)+"?*{n:"+globEscape(id)+"}:*")
	if err != nil {
		return err
	}
	if out.Keys, err = readKeys(ctx, rdb, names); err != nil {
		return err
	}
	return b.writeJSON(id+nightKeysSuffix, out)
}

func (b *Backup) readNightKeys(id string) (nightKeys, error) {
	var nk nightKeys
	data, err := os.ReadFile(filepath.Join(b.dir, id+nightKeysSuffix))
	if err != nil {
		return nk, err
	}
	return nk, json.Unmarshal(data, &nk)
}

// loadNightKeys puts every night's saved keys and command ids back into
// an empty store.
func (b *Backup) loadNightKeys(ctx context.Context) error {
	files, err := filepath.Glob(filepath.Join(b.dir, "*"+nightKeysSuffix))
	if err != nil {
		return err
	}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), nightKeysSuffix)
		nk, err := b.readNightKeys(id)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			b.log.Warn("skipping a backup file that cannot be read", "file", f, "err", err)
			continue
		}
		if err := b.restoreKeys(ctx, nk.Keys); err != nil {
			return err
		}
		for _, c := range nk.Cmds {
			if err := b.store.rdb.SetNX(ctx, b.store.cmdKey(id, c.ID), c.Seq, commandTTL).Err(); err != nil {
				return fmt.Errorf("restore command ids of %s: %w", id, err)
			}
		}
		b.mu.Lock()
		b.cmds[id] = nk.Cmds
		b.mu.Unlock()
	}
	return nil
}

// globEscape quotes the characters SCAN's MATCH would read as a pattern.
func globEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `*`, `\*`, `?`, `\?`, `[`, `\[`, `]`, `\]`).Replace(s)
}
