package phone_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/phone"
)

func TestNormalise(t *testing.T) {
	ok := []struct{ in, want string }{
		{"+447700900101", "+447700900101"},
		{"07700 900103", "+447700900103"},
		{"+44 7700 900104", "+447700900104"},
		{"(07700) 900-105", "+447700900105"},
		{"00447700900106", "+447700900106"},
		{"447700900107", "+447700900107"},
		{"+1 415 555 2671", "+14155552671"},
	}
	for _, tc := range ok {
		got, err := phone.Normalise(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("Normalise(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "   ", "hello", "123", "0770090010199999"} {
		if got, err := phone.Normalise(bad); err == nil {
			t.Errorf("Normalise(%q) = %q; want an error", bad, got)
		}
	}
}

func TestMask(t *testing.T) {
	got := phone.Mask("+447700900123")
	if got != "+44*******123" {
		t.Fatalf("Mask = %q", got)
	}
	if strings.Contains(got, "7700900") {
		t.Fatalf("mask leaks the middle digits: %q", got)
	}
	if phone.Mask("123") != "***" {
		t.Fatalf("short numbers must be hidden whole")
	}
}
