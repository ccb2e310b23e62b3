package hub

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/alicebob/miniredis/v2"

	"github.com/clubnight/clubnight/night"
)

// Embedded is the in-process Redis-compatible server used when no REDIS_URL
// is set, so one laptop at a venue runs everything. The very same Store
// code talks to it over loopback. Because it keeps data in memory only,
// Backup writes each night to a folder after every change.
type Embedded struct {
	srv *miniredis.Miniredis
}

// StartEmbedded starts the in-process server on a loopback port.
func StartEmbedded() (*Embedded, error) {
	srv := miniredis.NewMiniRedis()
	if err := srv.StartAddr("127.0.0.1:0"); err != nil {
		return nil, fmt.Errorf("start the embedded store: %w", err)
	}
	return &Embedded{srv: srv}, nil
}

// Addr is the loopback address the embedded server listens on.
func (e *Embedded) Addr() string { return e.srv.Addr() }

// Close stops the server.
func (e *Embedded) Close() { e.srv.Close() }

// Backup keeps a copy of every night (after every change), the live night's
// id and the deployment settings, and every other key (every few seconds
// and at shutdown) in a folder, and loads them back at start.
type Backup struct {
	dir      string
	store    *Store
	log      *slog.Logger
	lastKeys [32]byte // hash of the last keys.json written

	metaMu   sync.Mutex
	lastMeta []byte // the last meta.json written

	mu   sync.Mutex            // one writer of a night's keys file at a time
	cmds map[string][]savedCmd // each night's newest command ids, oldest first

	failMu  sync.Mutex
	failing map[string]error // what could not be written: a night's id, or "" for meta
}

// fail notes that what (a night's id, or "" for the rest) could not be
// written, or was written again when err is nil.
func (b *Backup) fail(what string, err error) {
	b.failMu.Lock()
	defer b.failMu.Unlock()
	if err == nil {
		delete(b.failing, what)
		return
	}
	b.failing[what] = err
	b.log.Error("backup failed", "night", what, "err", err)
}

// Err says why backups are failing, or nil when every change is on disk.
func (b *Backup) Err() error {
	b.failMu.Lock()
	defer b.failMu.Unlock()
	for _, err := range b.failing {
		return fmt.Errorf("backups to %s are failing: %w", b.dir, err)
	}
	return nil
}

// retry writes again whatever could not be written.
func (b *Backup) retry(ctx context.Context) {
	b.failMu.Lock()
	var ids []string
	for id := range b.failing {
		ids = append(ids, id)
	}
	b.failMu.Unlock()
	for _, id := range ids {
		if id == "" {
			b.fail("", b.SaveMeta(ctx))
			continue
		}
		n, err := b.store.Load(ctx, id)
		if err != nil {
			continue
		}
		err = b.saveNightKeys(ctx, id, nil)
		if err == nil {
			err = b.writeJSON(id+".night.json", n)
		}
		b.fail(id, err)
	}
}

// NewBackup returns a backup of store in dir, creating dir.
func NewBackup(dir string, store *Store, log *slog.Logger) (*Backup, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("CLUBNIGHT_DATA: cannot use folder %s: %w", dir, err)
	}
	return &Backup{dir: dir, store: store, log: log, cmds: map[string][]savedCmd{}, failing: map[string]error{}}, nil
}

type meta struct {
	Live     string            `json:"live"`
	Settings map[string]string `json:"settings"`
}

// Hook returns the commit hook that writes the changed night.
func (b *Backup) Hook() CommitHook {
	return func(ctx context.Context, n *night.Night, ev *night.Event) {
		// The command id first: a change whose id is not kept would be
		// applied again when its sender retries after a restart.
		err := b.saveNightKeys(ctx, n.ID, ev)
		if err == nil {
			err = b.writeJSON(n.ID+".night.json", n)
		}
		b.fail(n.ID, err)
		b.fail("", b.SaveMeta(ctx))
	}
}

// KeysHook returns the hook that writes a night's other keys (alerts,
// escalation schedule, cursor, inbox) through when they change.
func (b *Backup) KeysHook() KeysHook {
	return func(ctx context.Context, id string) {
		b.fail(id, b.saveNightKeys(ctx, id, nil))
	}
}

// settingNames are the deployment settings a backup keeps.
var settingNames = []string{"kiosk_key"}

// SaveMeta writes the live night's id and the settings.
func (b *Backup) SaveMeta(ctx context.Context) error {
	live, err := b.store.Live(ctx)
	if err != nil {
		return err
	}
	m := meta{Live: live, Settings: map[string]string{}}
	for _, name := range settingNames {
		v, err := b.store.Setting(ctx, name)
		if err != nil {
			return err
		}
		if v != "" {
			m.Settings[name] = v
		}
	}
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	// Every change calls this; the live night and settings rarely change,
	// so an unchanged file that is still there is not written (and synced)
	// again.
	b.metaMu.Lock()
	defer b.metaMu.Unlock()
	if bytes.Equal(data, b.lastMeta) {
		if _, err := os.Stat(filepath.Join(b.dir, metaFile)); err == nil {
			return nil
		}
	}
	b.lastMeta = nil
	if err := b.writeBytes(metaFile, data); err != nil {
		return err
	}
	b.lastMeta = data
	return nil
}

// metaFile holds the live night's id and the settings.
const metaFile = "meta.json"

func (b *Backup) writeJSON(name string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.writeBytes(name, data)
}

// writeBytes replaces the file name in the folder in one step, so a crash
// mid-write leaves the old copy.
func (b *Backup) writeBytes(name string, data []byte) error {
	tmp, err := os.CreateTemp(b.dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	// On disk before it replaces the old copy, and the folder's entry too,
	// so a power cut keeps one whole copy.
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), filepath.Join(b.dir, name)); err != nil {
		return err
	}
	d, err := os.Open(b.dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// Load restores every night, the live night and the settings found in the
// folder into the store, and returns how many nights it restored.
func (b *Backup) Load(ctx context.Context) (int, error) {
	files, err := filepath.Glob(filepath.Join(b.dir, "*.night.json"))
	if err != nil {
		return 0, err
	}
	restored := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return restored, err
		}
		var n night.Night
		if err := json.Unmarshal(data, &n); err != nil || n.ID == "" || n.ID != strings.TrimSuffix(filepath.Base(f), ".night.json") {
			b.log.Warn("skipping a backup file that cannot be read", "file", f, "err", err)
			continue
		}
		ok, err := b.store.Restore(ctx, &n)
		if err != nil {
			return restored, err
		}
		if ok {
			restored++
		}
	}
	if err := b.loadKeys(ctx); err != nil {
		return restored, err
	}
	if err := b.loadNightKeys(ctx); err != nil {
		return restored, err
	}
	data, err := os.ReadFile(filepath.Join(b.dir, metaFile))
	if errors.Is(err, os.ErrNotExist) {
		return restored, nil
	}
	if err != nil {
		return restored, err
	}
	var m meta
	if err := json.Unmarshal(data, &m); err != nil {
		b.log.Warn("skipping meta.json that cannot be read", "err", err)
		return restored, nil
	}
	for k, v := range m.Settings {
		if _, err := b.store.SetSettingNX(ctx, k, v); err != nil {
			return restored, err
		}
	}
	if m.Live != "" {
		if cur, err := b.store.Live(ctx); err == nil && cur == "" {
			if err := b.store.setLive(ctx, m.Live); err != nil {
				return restored, err
			}
		}
	}
	return restored, nil
}
