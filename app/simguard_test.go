package app_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/app"
	"github.com/clubnight/clubnight/config"
)

const adminToken = "app-test-admin-token-0123"

func startApp(t *testing.T, kv ...string) *app.App {
	t.Helper()
	m := map[string]string{"CLUBNIGHT_ADDR": "127.0.0.1:0", "CLUBNIGHT_DATA": t.TempDir(), "CLUBNIGHT_ADMIN_TOKEN": adminToken}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	cfg, err := config.FromEnv(func(k string) (string, bool) { v, ok := m[k]; return v, ok })
	if err != nil {
		t.Fatal(err)
	}
	a, err := app.New(context.Background(), cfg, app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	return a
}

// TestSim_Guarded is issue 11 point 5: the SMS simulator shows sign-in
// codes, so it answers only this computer, the admin token, or a signed-in
// organiser; anyone else on the network gets a plain refusal.
func TestSim_Guarded(t *testing.T) {
	a := startApp(t)
	h := a.Handler()
	get := func(path, remote string, hdr ...string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodGet, path, nil)
		r.RemoteAddr = remote
		for i := 0; i+1 < len(hdr); i += 2 {
			r.Header.Set(hdr[i], hdr[i+1])
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	for _, path := range []string{"/sim", "/sim/api/messages", "/sim/api/people"} {
		if w := get(path, "192.0.2.10:4000"); w.Code != http.StatusForbidden || !strings.Contains(w.Body.String(), "organiser") {
			t.Errorf("%s from the network: %d %s", path, w.Code, w.Body.String())
		}
		if w := get(path, "192.0.2.10:4000", "Authorization", "Bearer wrong-token-0123456789"); w.Code != http.StatusForbidden {
			t.Errorf("%s with a wrong token: %d", path, w.Code)
		}
		if w := get(path, "192.0.2.10:4000", "Authorization", "Bearer "+adminToken); w.Code != http.StatusOK {
			t.Errorf("%s with the admin token: %d", path, w.Code)
		}
		if w := get(path, "127.0.0.1:4000"); w.Code != http.StatusOK {
			t.Errorf("%s from this computer: %d", path, w.Code)
		}
		if w := get(path, "[::1]:4000"); w.Code != http.StatusOK {
			t.Errorf("%s from this computer (IPv6): %d", path, w.Code)
		}
		// A proxy on this computer passes on someone else's request.
		if w := get(path, "127.0.0.1:4000", "X-Forwarded-For", "192.0.2.10"); w.Code != http.StatusForbidden {
			t.Errorf("%s through a local proxy: %d", path, w.Code)
		}
	}
	r := httptest.NewRequest(http.MethodPost, "/sim/api/send", strings.NewReader(`{"person":"kim","text":"JOBS"}`))
	r.RemoteAddr = "192.0.2.10:4000"
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	if w.Code != http.StatusForbidden {
		t.Errorf("send from the network: %d", w.Code)
	}
}

// TestSim_DefaultAddressIsLoopback: on the simulator, with no address
// set, only this computer can reach the hub, and the banner says how to
// open it up.
func TestSim_DefaultAddressIsLoopback(t *testing.T) {
	cfg, err := config.FromEnv(func(k string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != "127.0.0.1:8080" {
		t.Fatalf("default address on the simulator %q, want 127.0.0.1:8080", cfg.Addr)
	}
	tw := map[string]string{"TWILIO_ACCOUNT_SID": "AC0123", "TWILIO_AUTH_TOKEN": "secret", "TWILIO_FROM": "+447700900000"}
	cfg, err = config.FromEnv(func(k string) (string, bool) { v, ok := tw[k]; return v, ok })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Addr != ":8080" {
		t.Fatalf("default address with Twilio %q, want :8080", cfg.Addr)
	}
	a := startApp(t)
	a.Config.AddrDefaulted = true
	if b := a.Banner(); !strings.Contains(b, "CLUBNIGHT_ADDR=:8080") {
		t.Fatalf("the banner does not say how to open it up:\n%s", b)
	}
}
