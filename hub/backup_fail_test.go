package hub_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/testhub"
	"github.com/clubnight/clubnight/night"
)

// When the data folder cannot be written, the hub says so (not ready) and
// refuses changes in plain words rather than losing them at the next
// restart; once the folder works again, what was missed is written.
func TestBackup_FailingFolderIsNotSilent(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "data")
	h := MustHub(t, testhub.Embedded(t), "b:")
	backup, err := hub.NewBackup(dir, h.Store(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	h.OnCommit(backup.Hook())
	h.GuardWrites(backup.Err)
	n := MustImport(t, h)

	// The folder goes: a file where it was, so nothing can be written.
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir, []byte("not a folder"), 0o600); err != nil {
		t.Fatal(err)
	}
	MustApply(t, h, n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 4, Source: night.FromKiosk})
	if err := h.Ready(ctx); err == nil || !strings.Contains(err.Error(), "backup") {
		t.Fatalf("ready while backups fail: %v", err)
	}
	_, err = h.Apply(ctx, n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
	if night.ErrorCode(err) != night.Busy || !strings.Contains(night.ErrorMessage(err), "cannot save") {
		t.Fatalf("a change while backups fail: %v", err)
	}

	if err := os.Remove(dir); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { defer close(done); backup.Run(rctx, 50*time.Millisecond) }()
	defer func() { cancel(); <-done }()
	deadline := time.Now().Add(10 * time.Second)
	for h.Ready(ctx) != nil {
		if time.Now().After(deadline) {
			t.Fatalf("still not ready once the folder works: %v", h.Ready(ctx))
		}
		time.Sleep(20 * time.Millisecond)
	}
	data, err := os.ReadFile(filepath.Join(dir, n.ID+".night.json"))
	if err != nil {
		t.Fatal(err)
	}
	var saved night.Night
	if err := json.Unmarshal(data, &saved); err != nil || saved.Jobs[3].Status != night.Done {
		t.Fatalf("the change made while the folder failed was not written once it worked: %v", err)
	}
	MustApply(t, h, n.ID, night.Command{Type: night.CmdDone, By: "tom", Job: 1, Source: night.FromKiosk})
}
