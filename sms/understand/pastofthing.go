package understand

import (
	"slices"
	"strings"
)

// thingWordPast reports the one job named by a word of its title's things
// turned into a past verb, said after the job's other words: "team all
// briefed" for "Give the team briefing", "pizza orderd" for "Phone the
// pizza order through". The thing has been done to, so the job is done.
// The title's own verb is left to titleVerb; a past of trouble, of
// wanting or of starting ("lost", "booked") says nothing done.
func (a *analysis) thingWordPast(refs jobRefs) bool {
	if len(refs.nums) != 1 || a.asking() || a.laterSaid() {
		return false
	}
	n := refs.nums[0]
	j := a.v.jobs[n-1]
	own := a.jobTokens(n)
	for _, i := range own {
		w := a.w(i)
		if len(w) < 5 || !strings.HasSuffix(w, "ed") || a.negated(i) || notDonePast[w] || alarmWords[w] ||
			stem(w) == j.verb || slices.Contains(j.title, w) {
			continue
		}
		if a.afterOwn(own, i) && !slices.ContainsFunc(own, func(k int) bool { return k > i }) {
			return true
		}
	}
	return false
}

// afterOwn reports token i right after one of the tokens own, with at
// most "all", "is", "are", "been", "now" between: "team all briefed".
func (a *analysis) afterOwn(own []int, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if slices.Contains(own, k) {
			return true
		}
		if !pastFiller[a.w(k)] {
			return false
		}
	}
	return false
}

var pastFiller = set("all", "is", "are", "been", "has", "have", "now", "just", "was", "were", "s", "r")

// samePastAfterThing reports a job whose title verb has a past the same
// as itself ("Cut up the pizzas", "Shut the gates"), said after the job's
// things: "pizzas all cut", "cake cut evry1 got a bit". Said after the
// things, the verb tells what was done to them. Not asked or denied.
func (a *analysis) samePastAfterThing(refs jobRefs) []int {
	if a.asking() || a.laterSaid() {
		return nil
	}
	var out []int
	for _, n := range refs.nums {
		j := a.v.jobs[n-1]
		if !samePast[j.verb] && !samePast[j.verb2] {
			continue
		}
		own := a.jobTokens(n)
		for _, i := range own {
			w := a.w(i)
			if (w == j.verb || w == j.verb2) && samePast[w] && !a.negated(i) && a.afterOwn(slices.DeleteFunc(slices.Clone(own), func(k int) bool { return k == i }), i) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// samePast are verbs whose past is the verb itself.
var samePast = set("cut", "put", "set", "shut", "spread", "split", "hit", "let", "shed")
