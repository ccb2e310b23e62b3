package understand

import (
	"fmt"
	"strings"
)

// maxPrompt bounds the prompt of a question, so the options always fit.
const maxPrompt = 70

// Question renders the choice as one plain GSM-7 text of at most 160
// characters: "Which job is done? Reply 1 for Set up the bar, 2 for Clean up
// the hall." Long labels are shortened until it fits.
func (c Choice) Question() string {
	prompt := shorten(strings.TrimSpace(toGSM(c.Prompt)), maxPrompt)
	if len(c.Options) == 0 {
		return cutSeptets(prompt, MaxSMS)
	}
	labels := make([]string, len(c.Options))
	for i, o := range c.Options {
		labels[i] = strings.TrimSpace(strings.TrimRight(toGSM(o.Label), ".!? "))
	}
	for limit := MaxSMS; ; limit-- {
		var b strings.Builder
		b.WriteString(prompt)
		if b.Len() > 0 {
			b.WriteString(" ")
		}
		b.WriteString("Reply ")
		for i, l := range labels {
			switch {
			case i == 0:
			case i == len(labels)-1:
				b.WriteString(" or ")
			default:
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%d for %s", i+1, shorten(l, limit))
		}
		b.WriteString(".")
		if s := b.String(); Septets(s) <= MaxSMS || limit <= 4 {
			return cutSeptets(s, MaxSMS)
		}
	}
}

// shorten cuts GSM-7 text s to at most n septets, at a word where it can,
// marking the cut with "...".
func shorten(s string, n int) string {
	if Septets(s) <= n {
		return s
	}
	if n <= 3 {
		return cutSeptets(s, n)
	}
	cut := cutSeptets(s, n-3)
	return strings.TrimRight(cut, " ,.-") + "..."
}

// choiceFiller are words around an answer to a question: "the second one
// please", "number 2".
var choiceFiller = set("the", "number", "no", "option", "#", "it", "is", "that", "ok", "job", "for", "reply",
	"answer", "choice", "pick", "i", "choose", "want", "mean", "meant", "a", "was", "am", "its", "one", "ones",
	"yes", "thats", "this", "please", "that", okMoji, "x", "go", "with")

// choiceReply reads an answer to the question we asked last: a number
// ("2", "the second one", "last"), or words of one option's label ("the
// bar"). Anything else is read as a new text.
func (a *analysis) choiceReply(c Choice) (Intent, bool) {
	opts := c.Options
	if len(opts) == 0 {
		return Intent{}, false
	}
	var picks, rest []int
	oneWord, refused := false, false
	for _, i := range a.content() {
		t := a.t[i]
		switch {
		case t.w == "no" && (i+1 == len(a.t) || a.t[i+1].num == 0):
			refused = true // "no", "nope thanks" ("nope" is read as "no"); "no 2" is number 2
		case t.w == "one" && !t.digit:
			oneWord = true
		case t.num > 0 && !t.time:
			picks = append(picks, t.num)
		case t.w == "last":
			picks = append(picks, len(opts))
		case choiceFiller[t.w]:
		default:
			rest = append(rest, i)
		}
	}
	if len(rest) > 0 {
		return a.labelReply(opts, rest)
	}
	if refused && len(picks) == 0 {
		// "Shall we tell the team?" "no": nothing changes.
		a.because("it answers no: nothing changes")
		return Intent{Kind: None}, true
	}
	if len(picks) == 0 && (oneWord || len(opts) == 1) {
		picks = []int{1}
	}
	if len(picks) == 1 && picks[0] >= 1 && picks[0] <= len(opts) {
		return opts[picks[0]-1].Intent, true
	}
	return Intent{}, false
}

// labelReply picks the one option whose label holds every word in rest.
func (a *analysis) labelReply(opts []Option, rest []int) (Intent, bool) {
	found := -1
	for k, o := range opts {
		var label []string
		for _, t := range titleTokens(o.Label) {
			label = append(label, stem(t.w))
		}
		all := true
		for _, i := range rest {
			s := stem(a.w(i))
			hit := false
			for _, l := range label {
				if sameStem(s, l) {
					hit = true
					break
				}
			}
			if !hit {
				all = false
				break
			}
		}
		if all {
			if found >= 0 {
				return Intent{}, false
			}
			found = k
		}
	}
	if found < 0 {
		return Intent{}, false
	}
	return opts[found].Intent, true
}
