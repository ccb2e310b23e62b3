package understand

import (
	"slices"
	"strings"
	"unicode"
)

// Before asking, a question back is avoided when the text itself settles
// it, and never sent when the text should not change the night at all.

// guardAsk reads a numbered question the rules would send: a text that
// may not change the night gets no question ("well done frank the gazebo
// looks great", "who is doing the quiz?"), and a text whose words pick one
// option gets that option ("photo booth is up" is "Set up the photo booth",
// not "Take down the photo booth"; "kitchen is tidy" is done).
func (a *analysis) guardAsk(in Intent) Intent {
	if in.Choice == nil || len(in.Choice.Options) == 0 || a.answeredChoice {
		return in
	}
	first := in.Choice.Options[0].Intent
	if first.Kind != Done && first.Kind != Doing {
		return in
	}
	if a.asking() {
		a.because("it is a question, so nothing changes")
		if ans := a.answer(); ans.Kind != None {
			return ans
		}
		return a.jobAnswer(first.Job)
	}
	// Try the first option through the guard: if the mood stops it, it
	// stops them all.
	if g := a.guard(first); g.Kind != first.Kind && g.Kind != Doing && g.Kind != Here {
		return g
	}
	if pick, ok := a.pickByTitle(in.Choice.Options); ok {
		a.because("its words name one of the jobs: %s", pick.Label)
		return a.guard(pick.Intent)
	}
	if pick, ok := a.pickState(in.Choice.Options); ok {
		a.because("it says how the job is now, so it is done")
		return a.guard(pick.Intent)
	}
	return in
}

// pickByTitle picks the one option whose job title has a word of the text
// that no other option's title has: "up" in "Set up the photo booth".
func (a *analysis) pickByTitle(opts []Option) (Option, bool) {
	var found []int
	for k, o := range opts {
		if o.Intent.Kind != opts[0].Intent.Kind {
			return Option{}, false
		}
		j, ok := a.n.Job(o.Intent.Job)
		if !ok {
			return Option{}, false
		}
		own := titleWords(j.Title)
		for _, i := range a.content() {
			w := a.w(i)
			if !own[w] || w == "the" || w == "a" || w == "and" || w == "with" || w == "of" || w == "to" || a.purpose(i) {
				continue // "on and working" says nothing of "Switch off and pack away"
			}
			unique := true
			for m, other := range opts {
				if m == k {
					continue
				}
				if oj, ok := a.n.Job(other.Intent.Job); ok && titleWords(oj.Title)[w] {
					unique = false
				}
			}
			if unique {
				found = append(found, k)
				break
			}
		}
	}
	if len(found) == 1 && a.sharedTitleWord(opts) {
		return opts[found[0]], true
	}
	return Option{}, false
}

// sharedTitleWord reports a word of the text in every option's title
// ("booth"), so the options are jobs on one thing and another word may
// tell them apart. "all set" names no thing, so it still asks.
func (a *analysis) sharedTitleWord(opts []Option) bool {
	for _, i := range a.content() {
		w := a.w(i)
		if w == "the" || w == "a" || particles[w] {
			continue
		}
		all := true
		for _, o := range opts {
			j, ok := a.n.Job(o.Intent.Job)
			all = all && ok && titleWords(j.Title)[w]
		}
		if all {
			return true
		}
	}
	return false
}

func titleWords(title string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(lowerWord(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w] = true
	}
	return m
}

// stateWords say how a job is now, which means it is done: "the kitchen is
// tidy", "booth is down now", "shoes all back" for "Hand the shoes back".
var stateWords = set("tidy", "clean", "ready", "up", "down", "out", "lit", "done", "away", "set", "sorted",
	"finished", "open", "full", "hung", "sold", "stacked", "folded", "packed", "empty", "swept", "on", "back")

// pickState picks Done from "done or starting?" when the text says "<job>
// is <state>".
func (a *analysis) pickState(opts []Option) (Option, bool) {
	if len(opts) != 2 || opts[0].Intent.Job != opts[1].Intent.Job {
		return Option{}, false
	}
	c := a.content()
	for k, i := range c {
		w := a.w(i)
		if (w == "is" || w == "are" || w == "all" || w == "now") && k+1 < len(c) && stateWords[a.w(c[k+1])] {
			want := Done
			if litWords[a.w(c[k+1])] && a.litActivity(a.jobRefs("")) {
				want = Doing // "barbecue is lit" for "Run the barbecue"
			}
			for _, o := range opts {
				if o.Intent.Kind == want {
					return o, true
				}
			}
		}
	}
	return Option{}, false
}

// jobAnswer answers a question about a job with how it stands.
func (a *analysis) jobAnswer(job int) Intent {
	if _, ok := a.n.Job(job); ok {
		return Intent{Kind: Status, Job: job}
	}
	return Intent{Kind: None}
}

// singleJob is the one job the text names, if it names exactly one.
func (a *analysis) singleJob() (int, bool) {
	refs := a.jobRefs("")
	if len(refs.nums) == 1 {
		return refs.nums[0], true
	}
	if len(refs.nums) > 1 {
		mine := a.n.JobsOf(a.sender)
		var both []int
		for _, n := range refs.nums {
			if slices.Contains(mine, n) {
				both = append(both, n)
			}
		}
		if len(both) == 1 {
			return both[0], true
		}
	}
	return 0, false
}
