package understand_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

func TestGSM7(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Thanks Sam. Bar is done. Text UNDO if that is wrong.", true},
		{"£5 @ the bar, é è ü Ä ñ ß Δ", true},
		{"curly ‘quote’", false},
		{"dash – here", false},
		{"done 👍", false},
		{"price {€10} [a|b] ~ ^ \\", true},
		{"\xff", false},
		{"", true},
	} {
		if got := understand.GSM7(tc.in); got != tc.want {
			t.Errorf("GSM7(%q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

func TestSeptets(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"abc", 3}, {"€", 2}, {"{}", 4}, {"a^b", 4}, {"é", 1}, {"", 0},
	} {
		if got := understand.Septets(tc.in); got != tc.want {
			t.Errorf("Septets(%q) = %d; want %d", tc.in, got, tc.want)
		}
	}
}

func TestFitSMS(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"curly quotes", "It’s “done”", `It's "done"`},
		{"dashes and ellipsis", "Bar – done… next — doors", "Bar - done... next - doors"},
		{"emoji dropped", "Bar done 👍 thanks 😀", "Bar done thanks"},
		{"accents folded", "Zoë and José", "Zoe and José"},
		{"other scripts dropped", "hi 你好 there", "hi there"},
		{"spaces closed", "  a \t  b  ", "a b"},
		{"invalid utf-8", "ok\xff then", "ok then"},
		{"plain stays", "Thanks Sam. Bar is done.", "Thanks Sam. Bar is done."},
	} {
		if got := understand.FitSMS(tc.in); got != tc.want {
			t.Errorf("%s: FitSMS(%q) = %q; want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestFitSMS_Cut(t *testing.T) {
	long := strings.Repeat("word ", 50)
	got := understand.FitSMS(long)
	if understand.Septets(got) > understand.MaxSMS || !strings.HasPrefix(long, got) || strings.HasSuffix(got, " ") {
		t.Fatalf("FitSMS cut %d septets: %q", understand.Septets(got), got)
	}
	if !strings.HasSuffix(got, "word") {
		t.Errorf("cut mid-word: %q", got)
	}
	// Extension characters count twice: 80 euro signs fill a text.
	euros := understand.FitSMS(strings.Repeat("€", 100))
	if n := len([]rune(euros)); n != 80 || understand.Septets(euros) != 160 {
		t.Errorf("100 euro signs cut to %d runes, %d septets; want 80 and 160", n, understand.Septets(euros))
	}
	// A long word with no space is cut hard.
	hard := understand.FitSMS(strings.Repeat("x", 200))
	if len(hard) != 160 {
		t.Errorf("hard cut to %d; want 160", len(hard))
	}
}

func TestFitSMS_AlwaysGSM7(t *testing.T) {
	for _, s := range []string{"😀", "‘’“”–—…", "a\u00a0b", "Zoë", strings.Repeat("é€{", 99)} {
		got := understand.FitSMS(s)
		if !understand.GSM7(got) || understand.Septets(got) > understand.MaxSMS {
			t.Errorf("FitSMS(%q) = %q: not one GSM-7 text", s, got)
		}
	}
}
