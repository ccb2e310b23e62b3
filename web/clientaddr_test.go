package web

import (
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestClientAddr(t *testing.T) {
	front := []netip.Prefix{netip.MustParsePrefix("172.16.0.0/12"), netip.MustParsePrefix("::1/128")}
	for _, tc := range []struct {
		name, remote string
		xff          []string
		trusted      []netip.Prefix
		want         string
	}{
		{"no front: the peer", "203.0.113.7:5000", nil, nil, "203.0.113.7"},
		{"no front: the header is anybody's words", "203.0.113.7:5000", []string{"198.51.100.1"}, nil, "203.0.113.7"},
		{"an untrusted peer's header is ignored", "203.0.113.7:5000", []string{"198.51.100.1"}, front, "203.0.113.7"},
		{"behind the front: the client it names", "172.18.0.3:4000", []string{"198.51.100.1"}, front, "198.51.100.1"},
		{"a forged entry left of the real client is ignored", "172.18.0.3:4000", []string{"10.9.9.9, 198.51.100.1"}, front, "198.51.100.1"},
		{"two fronts: the nearest untrusted", "172.18.0.3:4000", []string{"198.51.100.1", "172.18.0.9"}, front, "198.51.100.1"},
		{"a port on the hop", "172.18.0.3:4000", []string{"198.51.100.1:1234"}, front, "198.51.100.1"},
		{"IPv6 peer and client", "[::1]:4000", []string{"2001:db8::5"}, front, "2001:db8::5"},
		{"rubbish in the header: the front itself", "172.18.0.3:4000", []string{"not an address"}, front, "172.18.0.3"},
		{"a front without the header", "172.18.0.3:4000", nil, front, "172.18.0.3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			r.RemoteAddr = tc.remote
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := ClientAddr(r, tc.trusted); got != tc.want {
				t.Fatalf("ClientAddr = %q, want %q", got, tc.want)
			}
		})
	}
}
