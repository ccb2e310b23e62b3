package sms

import "testing"

func TestScrub(t *testing.T) {
	for in, want := range map[string]string{
		"The 'To' number +447700900123 is not a valid phone number.": "The 'To' number +44*******123 is not a valid phone number.",
		"call 07700 900123 now": "call ********123 now",
		"HTTP 503: error 30003": "HTTP 503: error 30003",
	} {
		if got := scrub(in); got != want {
			t.Errorf("scrub(%q) = %q, want %q", in, got, want)
		}
	}
}
