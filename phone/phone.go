// Package phone normalises UK and international phone numbers to E.164 and
// masks them for logs and screens. It holds no state and does no I/O.
package phone

import (
	"fmt"
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// DefaultRegion is the region assumed for numbers written without a country
// code ("07700 900123").
const DefaultRegion = "GB"

// Normalise turns a number in any common form into E.164 ("+447700900123").
func Normalise(raw string) (string, error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return "", fmt.Errorf("the phone number is empty")
	}
	if strings.HasPrefix(s, "00") {
		s = "+" + s[2:]
	}
	num, err := phonenumbers.Parse(s, DefaultRegion)
	if err != nil {
		return "", fmt.Errorf("%q is not a phone number we can read", raw)
	}
	if !phonenumbers.IsPossibleNumber(num) {
		return "", fmt.Errorf("%q does not have the right number of digits", raw)
	}
	return phonenumbers.Format(num, phonenumbers.E164), nil
}

// Mask hides all but the last three digits: "+447700900123" -> "+44•••••••123".
// It is safe to log and to show on a dashboard.
func Mask(e164 string) string {
	if len(e164) <= 5 {
		return strings.Repeat("*", len(e164))
	}
	prefix := 3
	if !strings.HasPrefix(e164, "+") {
		prefix = 0
	}
	return e164[:prefix] + strings.Repeat("*", len(e164)-prefix-3) + e164[len(e164)-3:]
}
