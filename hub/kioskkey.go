package hub

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// KioskKeyOptions say where a kiosk key not set by CLUBNIGHT_KIOSK_KEY
// comes from.
type KioskKeyOptions struct {
	DataDir string        // CLUBNIGHT_DATA: a copy is kept there
	Secret  string        // CLUBNIGHT_ADMIN_TOKEN, may be empty
	New     func() string // makes a new random key
	// Warn, when set, hears about a copy that could not be written.
	Warn func(msg string, err error)
}

// kioskKeyFile is the copy of a generated key in the data folder.
const kioskKeyFile = "kiosk-key"

// KioskKey returns the key kiosks present when none is configured. Redis
// holds the key in force (the dashboard can make a new one); a copy is kept
// in the data folder. When Redis has none (the first start, or Redis lost
// its data) the copy is put back; without a copy the key is derived from
// the admin token when there is one, so every hub with the same settings
// puts back the same key, and else a new one is made. Hubs take whatever
// Redis then holds, so they agree.
func KioskKey(ctx context.Context, store *Store, o KioskKeyOptions) (string, error) {
	k, err := store.Setting(ctx, "kiosk_key")
	if err != nil {
		return "", fmt.Errorf("REDIS_URL: cannot read the kiosk key: %w", err)
	}
	path := filepath.Join(o.DataDir, kioskKeyFile)
	if k == "" {
		want := ""
		if data, err := os.ReadFile(path); err == nil {
			want = strings.TrimSpace(string(data))
		}
		if len(want) < 12 && o.Secret != "" {
			mac := hmac.New(sha256.New, []byte(o.Secret))
			mac.Write([]byte("clubnight kiosk key v1"))
			want = base64.RawURLEncoding.EncodeToString(mac.Sum(nil)[:16])
		}
		if len(want) < 12 {
			want = o.New()
		}
		if k, err = store.SetSettingNX(ctx, "kiosk_key", want); err != nil {
			return "", fmt.Errorf("REDIS_URL: cannot store the kiosk key: %w", err)
		}
	}
	if err := writeKeyFile(o.DataDir, path, k); err != nil && o.Warn != nil {
		o.Warn("cannot keep a copy of the kiosk key in CLUBNIGHT_DATA", err)
	}
	return k, nil
}

func writeKeyFile(dir, path, key string) error {
	if data, err := os.ReadFile(path); err == nil && strings.TrimSpace(string(data)) == key {
		return nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp := path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(key + "\n"); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
