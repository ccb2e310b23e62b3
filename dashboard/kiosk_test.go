package dashboard_test

import (
	"image/png"
	"net/http"
	"net/url"
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

	if r := c.post("/dashboard/kiosk/new-key", url.Values{"confirm": {"yes"}}); r.Status != http.StatusSeeOther {
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

// The kiosk link and its QR code name an address a tablet can reach: not
// the listen address (127.0.0.1 or localhost), but the host the dashboard
// was reached at, or PUBLIC_URL when it names a real host.
func TestKioskKey_LinkATabletCanReach(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.signIn(samPhone)

	// The page itself shows the link and the same in its QR code.
	if r := c.get("/dashboard/kiosk"); strings.Contains(r.Body, "127.0.0.1") {
		t.Errorf("the kiosk page shows the listen address: %s", snippet(r.Body))
	}
	d := e.dash
	if got := d.PairURL("clubnight.lan:8080"); got != "http://clubnight.lan:8080/kiosk?key="+kioskKey {
		t.Errorf("reached as clubnight.lan:8080, the link is %q", got)
	}
	if got := d.PairURL("localhost:8080"); strings.Contains(got, "localhost") || !strings.HasSuffix(got, ":8080/kiosk?key="+kioskKey) {
		t.Errorf("reached as localhost, the link is %q; want the machine's own address", got)
	}

	// The listen address as PUBLIC_URL (the default) is no better.
	d, err := dashboard.New(dashboard.Options{Hub: e.hub, Auth: auth.New("", kioskKey, nil), PublicURL: "http://127.0.0.1:8080"})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.PairURL("venue.example:8080"); got != "http://venue.example:8080/kiosk?key="+kioskKey {
		t.Errorf("with PUBLIC_URL on 127.0.0.1, reached as venue.example:8080, the link is %q", got)
	}
	d, err = dashboard.New(dashboard.Options{Hub: e.hub, Auth: auth.New("", kioskKey, nil), PublicURL: "https://clubnight.example.org"})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.PairURL("venue.example:8080"); got != "https://clubnight.example.org/kiosk?key="+kioskKey {
		t.Errorf("with PUBLIC_URL set, the link is %q", got)
	}
}

// On the simulator Clubnight listens only on its own computer, so no
// tablet can open the pairing link: the Kiosk page says so, and how to
// let tablets in.
func TestKioskKey_SaysWhenOnlyThisComputerCanConnect(t *testing.T) {
	e := newEnv(t, envOptions{})
	c := e.client()
	c.signIn(samPhone)
	if r := c.get("/dashboard/kiosk"); strings.Contains(r.Body, "CLUBNIGHT_ADDR") {
		t.Fatalf("listening for the network, the page still warns: %s", snippet(r.Body))
	}
	d, err := dashboard.New(dashboard.Options{Hub: e.hub, Auth: auth.New("", kioskKey, nil), ThisComputerOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.KioskNote(); !strings.Contains(got, "only this computer") || !strings.Contains(got, "CLUBNIGHT_ADDR=:8080") {
		t.Fatalf("listening on loopback only, the Kiosk page says %q", got)
	}
}
