package httpapi_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/web"
)

// TestHardening is issue 11 point 13.
func TestHardening(t *testing.T) {
	t.Run("JSONIsNotSniffed", func(t *testing.T) {
		s := newServer(t, embedded(t))
		for _, h := range [][]string{nil, bearer} {
			req, _ := http.NewRequest("GET", s.URL+"/api/nights", nil)
			if h != nil {
				req.Header.Set(h[0], h[1])
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Fatalf("%d reply without nosniff", resp.StatusCode)
			}
		}
	})
	t.Run("MetricsNeedTheTokenFromOutside", func(t *testing.T) {
		s := newServer(t, embedded(t))
		h := s.Config.Handler
		get := func(remote string, hdr ...string) int {
			r := httptest.NewRequest("GET", "/metrics", nil)
			r.RemoteAddr = remote
			for i := 0; i+1 < len(hdr); i += 2 {
				r.Header.Set(hdr[i], hdr[i+1])
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			return w.Code
		}
		if c := get("192.0.2.7:5000"); c != http.StatusForbidden {
			t.Fatalf("metrics from the network: %d", c)
		}
		if c := get("127.0.0.1:5000", "X-Forwarded-For", "192.0.2.7"); c != http.StatusForbidden {
			t.Fatalf("metrics through a proxy: %d", c)
		}
		if c := get("192.0.2.7:5000", bearer...); c != http.StatusOK {
			t.Fatalf("metrics with the token: %d", c)
		}
		if c := get("127.0.0.1:5000"); c != http.StatusOK {
			t.Fatalf("metrics from this computer: %d", c)
		}
	})
	t.Run("GuessesAreLimited", func(t *testing.T) {
		s := newServer(t, embedded(t))
		h := s.Config.Handler
		try := func(remote, name, value string) int {
			r := httptest.NewRequest("GET", "/api/nights", nil)
			r.RemoteAddr = remote
			r.Header.Set(name, value)
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			return w.Code
		}
		limited := 0
		for range 300 {
			if try("192.0.2.9:1000", "Authorization", "Bearer guess-0123456789abcdef") == http.StatusTooManyRequests {
				limited++
			}
		}
		if limited < 250 {
			t.Fatalf("only %d of 300 wrong tokens were limited", limited)
		}
		// Kiosk key guesses count too, from the same address.
		if c := try("192.0.2.9:1000", "X-Kiosk-Key", "guess-kiosk-key"); c != http.StatusTooManyRequests {
			t.Fatalf("a kiosk key guess after the burst: %d", c)
		}
		// Another address is not held up.
		if c := try("192.0.2.10:1000", "Authorization", "Bearer "+token); c != http.StatusOK {
			t.Fatalf("the right token from elsewhere: %d", c)
		}
		// An IPv6 /64 is one address.
		for i := range 100 {
			try("[2001:db8::"+strings.Repeat("1", 1+i%3)+":"+string(rune('a'+i%6))+"]:1000", "Authorization", "Bearer guess-0123456789abcdef")
		}
		if c := try("[2001:db8::99]:1000", "Authorization", "Bearer guess-0123456789abcdef"); c != http.StatusTooManyRequests {
			t.Fatalf("guesses spread over one IPv6 /64 are not limited: %d", c)
		}
	})
	t.Run("LimitKeyGroupsIPv6", func(t *testing.T) {
		if web.LimitKey("2001:db8:1:2:aaaa::1") != web.LimitKey("2001:db8:1:2:bbbb::2") {
			t.Fatal("two addresses in one /64 count apart")
		}
		if web.LimitKey("2001:db8:1:2::1") == web.LimitKey("2001:db8:1:3::1") {
			t.Fatal("two /64s count together")
		}
		if web.LimitKey("192.0.2.1") == web.LimitKey("192.0.2.2") {
			t.Fatal("two IPv4 addresses count together")
		}
	})
}
