package sms

import (
	"regexp"
	"strings"

	"github.com/clubnight/clubnight/phone"
)

// numberLike finds phone numbers inside free text, such as a provider's
// error message ("The 'To' number +447700900123 is not valid").
var numberLike = regexp.MustCompile(`\+?\d[\d ()-]{5,}\d`)

// scrub masks every phone number in s, so it can be logged or shown.
func scrub(s string) string {
	return numberLike.ReplaceAllStringFunc(s, func(m string) string {
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' || r == '+' {
				return r
			}
			return -1
		}, m)
		return phone.Mask(digits)
	})
}
