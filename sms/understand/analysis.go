package understand

import (
	"slices"

	"github.com/clubnight/clubnight/night"
)

// analysis is one text read against one night: its tokens, which of them
// are only social, and who they name. It is built once per text and only
// read after that.
type analysis struct {
	n        *night.Night
	v        *vocab
	sender   string
	ctx      Context
	text     string
	t        []token
	question bool      // the text has a question mark
	social   []bool    // token is a greeting, thanks, kiss, a name addressed
	names    []nameRef // who each token names
	fixed    []int     // tokens inside a fixed expression ("signing out")
	why      []string  // why it was read so, for Explain
	// answeredChoice says the text answered the question we asked.
	answeredChoice bool
	// taughtReading says a person taught this reading (Context.Taught).
	taughtReading bool
	// unwellHome says the sender feels unwell and is going home: the
	// "not" of "not feeling well" denies nothing of the going.
	unwellHome bool
}

func newAnalysis(text string, n *night.Night, sender string, ctx Context) *analysis {
	a := &analysis{n: n, v: newVocab(n), sender: sender, ctx: ctx, text: text}
	a.t, a.question = normalise(text, a.v)
	a.findNames()
	a.markSocial()
	a.fixed = a.multiWordSpans(leaveWords, hereWords, claimStrong, claimMoving, sortedStrong, sortedWeak,
		socialPhrases, doneStrong, doneWeak, doingWords)
	return a
}

// multiWordSpans returns the tokens inside matches of the phrases of two or
// more words in tables, except a match written inside a longer name of the
// night: "sign in table" names "Set up the sign-in table", it is not the
// sender signing in.
func (a *analysis) multiWordSpans(tables ...[]phrase) []int {
	var out []int
	for _, table := range tables {
		for _, p := range table {
			if len(p) < 2 {
				continue
			}
			for i := range a.t {
				if a.startsAt(i, []phrase{p}) == 0 || a.inLongerName(i, i+len(p)) {
					continue
				}
				for k := i; k < i+len(p); k++ {
					out = append(out, k)
				}
			}
		}
	}
	return out
}

// inLongerName reports tokens [from, to) written, with the word just
// before or after them, as words in a row of a job title, timeline item
// or the venue's name.
func (a *analysis) inLongerName(from, to int) bool {
	for _, words := range a.v.phrases {
		for s := 0; s+to-from <= len(words); s++ {
			same := true
			for k := from; k < to && same; k++ {
				same = stem(words[s+k-from]) == stem(a.w(k))
			}
			if !same {
				continue
			}
			if s > 0 && from > 0 && stem(words[s-1]) == stem(a.w(from-1)) ||
				s+to-from < len(words) && to < len(a.t) && stem(words[s+to-from]) == stem(a.w(to)) {
				return true
			}
		}
	}
	return false
}

// w returns the word of token i, or "" outside the text.
func (a *analysis) w(i int) string {
	if i < 0 || i >= len(a.t) {
		return ""
	}
	return a.t[i].w
}

// name returns who token i names, or no one outside the text: readings
// look a word or two either side, and a text can end or begin anywhere.
func (a *analysis) name(i int) nameRef {
	if i < 0 || i >= len(a.names) {
		return nameRef{}
	}
	return a.names[i]
}

// content returns the tokens that are not social.
func (a *analysis) content() []int {
	var out []int
	for i := range a.t {
		if !a.social[i] {
			out = append(out, i)
		}
	}
	return out
}

// words returns the content tokens whose word is in m.
func (a *analysis) words(m map[string]bool) []int {
	var out []int
	for i := range a.t {
		if !a.social[i] && m[a.t[i].w] {
			out = append(out, i)
		}
	}
	return out
}

// startsAt returns the length of the longest phrase of ps that starts at
// token i, or 0.
func (a *analysis) startsAt(i int, ps []phrase) int {
	best := 0
	for _, p := range ps {
		if len(p) <= best || i+len(p) > len(a.t) {
			continue
		}
		ok := true
		for k, w := range p {
			if a.t[i+k].w != w {
				ok = false
				break
			}
		}
		if ok {
			best = len(p)
		}
	}
	return best
}

func (a *analysis) startsAny(i int, ps []phrase) bool { return a.startsAt(i, ps) > 0 }

// spans returns every token inside a match of one of ps.
func (a *analysis) spans(ps []phrase) []int {
	var out []int
	for i := 0; i < len(a.t); i++ {
		if n := a.startsAt(i, ps); n > 0 {
			for k := i; k < i+n; k++ {
				out = append(out, k)
			}
		}
	}
	return out
}

// find returns the start of the first match of ps, or -1.
func (a *analysis) find(ps []phrase) int {
	for i := range a.t {
		if a.startsAt(i, ps) > 0 {
			return i
		}
	}
	return -1
}

func (a *analysis) has(ps []phrase) bool { return a.find(ps) >= 0 }

// findSeq returns where the words of seq appear in a row, or -1.
func (a *analysis) findSeq(seq []string) int {
	if len(seq) == 0 {
		return -1
	}
	return a.find([]phrase{seq})
}

// drop removes the indices for which f is true.
func (a *analysis) drop(idx []int, f func(int) bool) []int {
	out := idx[:0:0]
	for _, i := range idx {
		if !f(i) {
			out = append(out, i)
		}
	}
	return out
}

// only reports whether w is the one content word of the text.
func (a *analysis) only(w string) bool {
	c := a.content()
	return len(c) == 1 && a.w(c[0]) == w
}

// onlyFrom reports whether every content token is in one of the spans or
// is one of the filler words.
func (a *analysis) onlyFrom(filler map[string]bool, spans ...[]int) bool {
	for _, i := range a.content() {
		if filler[a.w(i)] {
			continue
		}
		in := false
		for _, s := range spans {
			if slices.Contains(s, i) {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// negated reports whether token i is negated: "not sorted", "still not
// fixed", "is not done".
func (a *analysis) negated(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch a.w(j) {
		case "not", "never", "nothing", "without":
			return true
		case "no":
			return !a.t[j].mark
		}
	}
	return false
}

// matchNotNegated reports whether ps matches somewhere it is not negated.
func (a *analysis) matchNotNegated(ps []phrase) bool {
	for i := range a.t {
		if a.startsAt(i, ps) > 0 && !a.negated(i) {
			return true
		}
	}
	return false
}

// questionStart reports a yes/no question: "is the bar done?", "has jo
// gone?". Those ask about the night; they do not change it.
func (a *analysis) questionStart() bool {
	c := a.content()
	if len(c) < 2 || !questionStarts[a.w(c[0])] {
		return false
	}
	next := c[1]
	if len(c) > 2 && auxAsks[a.w(c[0])] && doneAsked[a.w(c[2])] {
		// "has mark done the projector", "did bill do the talk": a name
		// that is also a word ("mark", "bill") still asks about someone.
		return true
	}
	// "is faith on the coats", from Faith: the sender's own name is left
	// out of the content as a signature, but right after the question's
	// first word it is who is asked about.
	if raw := c[0] + 1; raw < len(a.t) && a.social[raw] && a.isTeamName(raw) {
		return true
	}
	// "is arrow taxis late": a taxi firm is asked about as a name is.
	return a.question || subjects[a.w(next)] || a.name(next) != (nameRef{}) || slices.Contains(a.firmTokens(), next)
}

// auxAsks start a question about what someone has done: "has", "did".
var auxAsks = set("has", "have", "did", "does", "is", "was", "are")

// doneAsked follow the one word of a subject in "has X done ...", "did X
// do ...", "is X doing ...".
var doneAsked = set("done", "do", "doing", "finished", "finish", "started", "start", "sorted", "sort", "got",
	"get", "put", "set", "checked", "check", "made", "make", "gone", "left", "come", "arrived", "been")
