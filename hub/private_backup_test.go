package hub_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/hub"
)

// A secret in Redis (a sign-in code waiting to be texted) must never reach
// the embedded store's backup files: a hash that names fields in its
// PrivateField is saved without them, and everything else as it is.
func TestBackup_LeavesPrivateFieldsOut(t *testing.T) {
	dir := t.TempDir()
	e, err := hub.StartEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	rdb := redis.NewUniversalClient(&redis.UniversalOptions{Addrs: []string{e.Addr()}})
	t.Cleanup(func() { _ = rdb.Close() })
	store := hub.NewStore(rdb, "cn:")
	b, err := hub.NewBackup(dir, store, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	rdb.HSet(ctx, "cn:sms:{q}:m:code-1", "to", "+447700900101", "body", "Your Clubnight code is 482913.",
		"kind", "code", hub.PrivateField, "body")
	rdb.HSet(ctx, "cn:sms:{q}:m:reply-1", "to", "+447700900102", "body", "Thanks Tom. Job 4 is done.", "kind", "reply")
	if err := b.SaveKeys(ctx); err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		all.Write(data)
	}
	if strings.Contains(all.String(), "482913") {
		t.Fatal("a sign-in code was written to a backup file")
	}
	if !strings.Contains(all.String(), "Job 4 is done") || !strings.Contains(all.String(), "code-1") {
		t.Fatalf("the backup lost what it should keep: %s", all.String())
	}
}
