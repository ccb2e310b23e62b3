package sms

import (
	"strconv"
	"strings"

	"github.com/clubnight/clubnight/sms/understand"
)

// MaxSMS is the most GSM-7 characters one text may have: one segment.
const MaxSMS = understand.MaxSMS

// oneLine turns line breaks into spaces before FitSMS sees them.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\f", " ")

// plain returns s in GSM-7 characters only, on one line: typographic
// characters become plain ones, accents GSM-7 lacks are dropped and
// anything else (emoji, other scripts) goes.
func plain(s string) string { return understand.FitSMS(oneLine.Replace(s)) }

// gsmLen is the length of s in GSM-7 septets.
func gsmLen(s string) int { return understand.Septets(s) }

// shorten makes s plain and at most max GSM-7 characters, cutting at a word
// where it can and marking the cut with "...".
func shorten(s string, max int) string {
	s = plain(s)
	if gsmLen(s) <= max {
		return s
	}
	if max <= 3 {
		return ""
	}
	limit := max - 3
	var b strings.Builder
	n, lastSpace := 0, -1
	for _, r := range s {
		c := gsmLen(string(r))
		if n+c > limit {
			break
		}
		if r == ' ' {
			lastSpace = b.Len()
		}
		b.WriteRune(r)
		n += c
	}
	out := b.String()
	if lastSpace > limit/2 {
		out = out[:lastSpace]
	}
	return strings.TrimRight(out, " ,.;:-") + "..."
}

// compose joins sentences into one text of at most MaxSMS characters: the
// first sentence always (shortened if it must be), then each further one
// that still fits, in order.
func compose(first string, more ...string) string {
	out := shorten(first, MaxSMS)
	for _, s := range more {
		s = plain(s)
		if s == "" {
			continue
		}
		if gsmLen(out)+1+gsmLen(s) <= MaxSMS {
			out += " " + s
		}
	}
	return out
}

// fill puts slot into template at "%s", shortening slot so the whole is at
// most room characters.
func fill(template, slot string, room int) string {
	before, after, _ := strings.Cut(template, "%s")
	before, after = plainKeepSpace(before), plainKeepSpace(after)
	slot = shorten(slot, room-gsmLen(before)-gsmLen(after))
	if strings.HasSuffix(slot, "...") && strings.HasPrefix(after, ".") {
		after = after[1:] // "very long...." reads as a mistake
	}
	return before + slot + after
}

// plainKeepSpace is plain for the fixed parts of a template, keeping the
// spaces at their ends.
func plainKeepSpace(s string) string {
	lead := len(s) - len(strings.TrimLeft(s, " "))
	trail := len(s) - len(strings.TrimRight(s, " "))
	p := plain(s)
	if p == "" {
		return strings.Repeat(" ", min(1, lead+trail))
	}
	return strings.Repeat(" ", min(lead, 1)) + p + strings.Repeat(" ", min(trail, 1))
}

// listNames says "Kim", "Kim and Tom", "Kim, Tom and Sam", or "Kim, Tom,
// Sam and 4 more" once the list gets long.
func listNames(names []string, most int) string {
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return names[0]
	case len(names) <= most:
		return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	return strings.Join(names[:most], ", ") + " and " + strconv.Itoa(len(names)-most) + " more"
}

// nameOf is how a text names someone: plain and at most 21 characters
// (Christopher-Alexander fits; longer names lose their end).
func nameOf(name string) string {
	name = plain(name)
	if name == "" {
		return "there"
	}
	if gsmLen(name) > 21 {
		if f, _, ok := strings.Cut(name, " "); ok && len(f) >= 2 && gsmLen(f) <= 21 {
			return f
		}
		return shorten(name, 21)
	}
	return name
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
