// Package wording words every text Clubnight sends: plain words, one idea
// a sentence, the person's name, what changed and what to do next, all in
// one GSM-7 segment of 160 characters. It is pure: it reads a night and
// returns strings, so each reply can be tested without Redis or Twilio.
//
// fit.go fits words into one text (shortening what may be shortened);
// replies.go has the texts themselves.
package wording

import (
	"strconv"
	"strings"

	"github.com/clubnight/clubnight/sms/understand"
)

// MaxSMS is the most GSM-7 characters one text may have: one segment.
const MaxSMS = understand.MaxSMS

// oneLine turns line breaks into spaces before FitSMS sees them.
var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\f", " ")

// Plain returns s in GSM-7 characters only, on one line: typographic
// characters become plain ones, accents GSM-7 lacks are dropped and
// anything else (emoji, other scripts) goes.
func Plain(s string) string { return understand.FitSMS(oneLine.Replace(s)) }

// Len is the length of s in GSM-7 septets.
func Len(s string) int { return understand.Septets(s) }

// Shorten makes s plain and at most max GSM-7 characters, cutting at a word
// where it can and marking the cut with "...".
func Shorten(s string, max int) string {
	s = Plain(s)
	if Len(s) <= max {
		return s
	}
	if max <= 3 {
		return ""
	}
	limit := max - 3
	var b strings.Builder
	n, lastSpace := 0, -1
	for _, r := range s {
		c := Len(string(r))
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

// Compose joins sentences into one text of at most MaxSMS characters: the
// first sentence always (shortened if it must be), then each further one
// that still fits, in order.
func Compose(first string, more ...string) string {
	out := Shorten(first, MaxSMS)
	for _, s := range more {
		s = Plain(s)
		if s == "" {
			continue
		}
		if Len(out)+1+Len(s) <= MaxSMS {
			out += " " + s
		}
	}
	return out
}

// Fill puts slot into template at "%s", shortening slot so the whole is at
// most room characters.
func Fill(template, slot string, room int) string {
	before, after, _ := strings.Cut(template, "%s")
	before, after = plainKeepSpace(before), plainKeepSpace(after)
	slot = Shorten(slot, room-Len(before)-Len(after))
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
	p := Plain(s)
	if p == "" {
		return strings.Repeat(" ", min(1, lead+trail))
	}
	return strings.Repeat(" ", min(lead, 1)) + p + strings.Repeat(" ", min(trail, 1))
}

// ListNames says "Kim", "Kim and Tom", "Kim, Tom and Sam", or "Kim, Tom,
// Sam and 4 more" once the list gets long.
func ListNames(names []string, most int) string {
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

// Name is how a text names someone: plain and at most 21 characters
// (Christopher-Alexander fits; longer names lose their end).
func Name(name string) string {
	name = Plain(name)
	if name == "" {
		return "there"
	}
	if Len(name) > 21 {
		if f, _, ok := strings.Cut(name, " "); ok && len(f) >= 2 && Len(f) <= 21 {
			return f
		}
		return Shorten(name, 21)
	}
	return name
}
