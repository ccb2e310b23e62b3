package kiosk_test

import (
	"testing"
	"time"

	"github.com/clubnight/clubnight/internal/browsertest"
)

// The hub sends snapshot, event, ack, error and pong, nothing else
// (ws/conn.go); CONTRACT.md says a client ignores types it does not know.
// The page used to act on "told" and "notice", which no server sends: a
// stray one must change nothing on the screen.
func TestKiosk_IgnoresMessagesTheHubNeverSends(t *testing.T) {
	base, hub, stop := startDev(t, "127.0.0.1:0", "")
	defer stop()
	k := &kioskTab{t: t, ctx: browsertest.NewWithSize(t, 1280, 800), name: "kiosk"}
	k.navigate(base + "/kiosk?key=dev-key")
	k.home()
	before := evalIn[string](k, `document.getElementById('main').innerHTML`)

	hub.broadcast(map[string]any{"type": "notice", "message": "A notice nobody sends."})
	hub.broadcast(map[string]any{"type": "told", "problem": "p1", "names": []string{"Nobody"}})
	// A real event after them, so the page has surely read both.
	post(t, base+"/dev/apply", `{"type":"check_in","by":"kim","source":"sms"}`)
	k.until(`clubnightKiosk.state().people.some(function (p) { return p.id === 'kim' && p.checked_in; })`, 10*time.Second)
	time.Sleep(300 * time.Millisecond)

	if !evalIn[bool](k, `document.getElementById('feedback').hidden`) {
		t.Errorf("a notice was shown: %q", evalIn[string](k, `document.getElementById('feedback').textContent`))
	}
	if evalIn[bool](k, `document.body.textContent.indexOf('Nobody') >= 0 || document.body.textContent.indexOf('A notice') >= 0`) {
		t.Error("words from a message the hub never sends are on the screen")
	}
	after := evalIn[string](k, `document.getElementById('main').innerHTML`)
	if after == before {
		t.Error("Kim's check-in did not show: the test proves nothing")
	}
}
