package dashboard_test

import (
	"image/png"
	"net/http"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/dashboard"
)

func TestKioskKey(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.signIn(samPhone)
	r := c.get("/dashboard/kiosk")
	if r.Status != http.StatusOK || !strings.Contains(r.Body, "/kiosk?key="+kioskKey) {
		t.Fatalf("kiosk page: %d", r.Status)
	}
	qr := c.get("/dashboard/kiosk/qr.png")
	if _, err := png.Decode(strings.NewReader(qr.Body)); err != nil || qr.Header.Get("Cache-Control") != "no-store" {
		t.Fatalf("QR code: %v %v", err, qr.Header)
	}
	if r := e.client().get("/dashboard/kiosk/qr.png"); r.Status != http.StatusSeeOther {
		t.Fatalf("QR code without a session: %d", r.Status)
	}

	// A second process on the same Redis.
	var otherKeys []string
	other, err := dashboard.New(dashboard.Options{Hub: e.hub, Auth: auth.New("", kioskKey, nil),
		KioskKeyChanged: func(k string) { otherKeys = append(otherKeys, k) }})
	if err != nil {
		t.Fatal(err)
	}

	if r := c.post("/dashboard/kiosk/new-key", nil); r.Status != http.StatusSeeOther {
		t.Fatalf("new key: %d", r.Status)
	}
	keys := e.keys.list()
	if len(keys) != 1 || keys[0] == kioskKey || len(keys[0]) < 20 {
		t.Fatalf("KioskKeyChanged got %v", keys)
	}
	stored, _ := e.rdb.Get(t.Context(), e.prefix+"setting:kiosk_key").Result()
	if stored != keys[0] {
		t.Fatalf("stored key %q, want %q", stored, keys[0])
	}
	if r := c.get("/dashboard/kiosk?msg=new"); !strings.Contains(r.Body, "key="+keys[0]) || !strings.Contains(r.Body, "The old one does not work") {
		t.Fatalf("the page does not show the new key")
	}
	other.FollowKioskKey(t.Context())
	if len(otherKeys) != 1 || otherKeys[0] != keys[0] {
		t.Fatalf("the other process got %v", otherKeys)
	}
}
