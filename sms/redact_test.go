package sms_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/internal/faketwilio"
)

// TestQueue_CodeNotKeptOnceSent is issue 11 point 10: once a text is sent,
// its words are dropped from the queue's record, so a sign-in code is not
// kept in plain text for the 48 hours the record lives.
func TestQueue_CodeNotKeptOnceSent(t *testing.T) {
	f := faketwilio.New(t)
	e := twilioEnv(t, f, EnvOptions{})
	if err := e.SMS.SendCode(context.Background(), numbers["sam"], "Your Clubnight code is 482913."); err != nil {
		t.Fatal(err)
	}
	Eventually(t, 5*time.Second, "the code to arrive", func() bool { return len(f.Texts()) == 1 })
	ctx := context.Background()
	var found string
	Eventually(t, 5*time.Second, "the code to leave Redis", func() bool {
		found = ""
		keys, _ := e.RDB.Keys(ctx, e.Prefix+"*").Result()
		for _, k := range keys {
			var v any
			switch e.RDB.Type(ctx, k).Val() {
			case "string":
				v = e.RDB.Get(ctx, k).Val()
			case "hash":
				v = e.RDB.HGetAll(ctx, k).Val()
			case "list":
				v = e.RDB.LRange(ctx, k, 0, -1).Val()
			}
			data, _ := json.Marshal(v)
			if strings.Contains(string(data), "482913") {
				found = k + " " + string(data)
			}
		}
		return found == ""
	})
	if found != "" {
		t.Fatalf("the code is still in Redis: %s", found)
	}
}

// TestQueue_CodeIsPrivateWhileQueued is issue 11 point 10's other half:
// while a sign-in code waits to be sent, its record names the words
// private, so the embedded store's backup (hub.PrivateField) never writes
// the code to a file.
func TestQueue_CodeIsPrivateWhileQueued(t *testing.T) {
	f := faketwilio.New(t)
	f.ScriptTexts("hold")
	e := twilioEnv(t, f, EnvOptions{})
	if err := e.SMS.SendCode(context.Background(), numbers["sam"], "Your Clubnight code is 482913."); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var rec map[string]string
	Eventually(t, 5*time.Second, "the code to be queued", func() bool {
		keys, _ := e.RDB.Keys(ctx, e.Prefix+"*").Result()
		for _, k := range keys {
			if h := e.RDB.HGetAll(ctx, k).Val(); h["kind"] == "code" {
				rec = h
				return true
			}
		}
		return false
	})
	if rec[hub.PrivateField] != "body" {
		t.Fatalf("a queued code's words are not marked private: %v", rec)
	}
	f.Release()
	Eventually(t, 5*time.Second, "the code to arrive", func() bool { return len(f.Texts()) == 1 })
}
