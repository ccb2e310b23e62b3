package understand

import (
	"strings"
	"unicode/utf8"
)

// MaxSMS is the most GSM-7 septets one SMS segment carries.
const MaxSMS = 160

// gsmBasic is the GSM 03.38 default alphabet (the escape itself left out).
const gsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
	"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"

// gsmExtension holds the characters sent as escape + one septet, so each
// costs two.
const gsmExtension = "^{}\\[~]|€\f"

// septets returns how many septets r costs in GSM-7, or 0 when it has no
// GSM-7 form.
func septets(r rune) int {
	switch {
	case strings.ContainsRune(gsmBasic, r):
		return 1
	case strings.ContainsRune(gsmExtension, r):
		return 2
	}
	return 0
}

// GSM7 reports whether s can be sent in the GSM-7 alphabet, so a segment
// holds 160 characters rather than 70. Invalid UTF-8 is not GSM-7.
func GSM7(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || septets(r) == 0 {
			return false
		}
	}
	return true
}

// Septets returns the length of s in GSM-7 septets, counting extension
// characters (^{}\[~]|€) as two. Characters with no GSM-7 form count as one.
func Septets(s string) int {
	n := 0
	for _, r := range s {
		n += max(septets(r), 1)
	}
	return n
}

// plain maps common typographic characters to the plain ones people mean.
var plain = map[rune]string{
	'‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '`': "'", '´': "'", 'ʼ': "'",
	'“': `"`, '”': `"`, '„': `"`, '‟': `"`, '″': `"`, '«': `"`, '»': `"`,
	'–': "-", '—': "-", '―': "-", '‒': "-", '−': "-", '‐': "-", '‑': "-",
	'…': "...", '•': "-", '·': "-",
	'\u00a0': " ", '\u2007': " ", '\u202f': " ", '\u2009': " ", '\t': " ",
}

// fold maps accented letters missing from GSM-7 to the plain letter.
var fold = map[rune]rune{
	'á': 'a', 'â': 'a', 'ã': 'a', 'ā': 'a', 'ą': 'a', 'ă': 'a',
	'Á': 'A', 'Â': 'A', 'Ã': 'A', 'À': 'A', 'Ā': 'A',
	'ê': 'e', 'ë': 'e', 'ē': 'e', 'ę': 'e', 'ě': 'e', 'È': 'E', 'Ê': 'E', 'Ë': 'E',
	'í': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i', 'Í': 'I', 'Î': 'I', 'Ï': 'I', 'Ì': 'I',
	'ó': 'o', 'ô': 'o', 'õ': 'o', 'ō': 'o', 'ő': 'o', 'Ó': 'O', 'Ô': 'O', 'Õ': 'O', 'Ò': 'O',
	'ú': 'u', 'û': 'u', 'ū': 'u', 'ů': 'u', 'ű': 'u', 'Ú': 'U', 'Û': 'U', 'Ù': 'U',
	'ý': 'y', 'ÿ': 'y', 'Ý': 'Y', 'ç': 'c', 'ć': 'c', 'č': 'c', 'Ć': 'C', 'Č': 'C',
	'ń': 'n', 'ň': 'n', 'ś': 's', 'š': 's', 'Ś': 'S', 'Š': 'S', 'ź': 'z', 'ż': 'z', 'ž': 'z',
	'Ž': 'Z', 'ł': 'l', 'Ł': 'L', 'ř': 'r', 'ď': 'd', 'ť': 't', 'ğ': 'g', 'ş': 's', 'ı': 'i',
}

// FitSMS makes s safe for one GSM-7 SMS: typographic quotes, dashes and
// ellipses become plain ones, accents missing from GSM-7 are dropped from
// their letters, anything else outside GSM-7 (emoji, other scripts) is
// left out, runs of spaces close up, and the result is cut to 160 septets,
// at a space when one is near the end.
func FitSMS(s string) string { return cutSeptets(toGSM(s), MaxSMS) }

// toGSM is FitSMS without the cut.
func toGSM(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		var out string
		if p, ok := plain[r]; ok {
			out = p
		} else if f, ok := fold[r]; ok {
			out = string(f)
		} else if r != utf8.RuneError && septets(r) > 0 {
			out = string(r)
		}
		for _, c := range out {
			if c == ' ' {
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(c)
		}
	}
	return b.String()
}

// cutSeptets cuts GSM-7 text s to at most limit septets, preferring to end
// at a space within the last 20 characters.
func cutSeptets(s string, limit int) string {
	if Septets(s) <= limit {
		return s
	}
	used, end := 0, 0
	for i, r := range s {
		c := max(septets(r), 1)
		if used+c > limit {
			break
		}
		used += c
		end = i + utf8.RuneLen(r)
	}
	cut := s[:end]
	if sp := strings.LastIndexByte(cut, ' '); sp > 0 && end-sp <= 20 && s[end] != ' ' {
		cut = cut[:sp]
	}
	return strings.TrimRight(cut, " ")
}
