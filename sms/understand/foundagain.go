package understand

import "slices"

// foundAgain reports a thing told lost before `from` that the text then
// says was found: "has anyone seen my car keys? dont worry found them in
// my bag", "lost my phone... found it". The loss is over before anyone
// was told; there is nothing to do. "not found it yet" is still lost.
func (a *analysis) foundAgain(from int) bool {
	for j := from + 1; j < len(a.t); j++ {
		if a.givenBack(j) {
			return true // "the lost coat has been handed in and given back to its owner"
		}
		if a.w(j) != "found" || !foundBack[a.w(j+1)] {
			continue
		}
		if notWords[a.w(j-1)] || notWords[a.w(j-2)] && foundAux[a.w(j-1)] {
			continue
		}
		return true
	}
	return false
}

var (
	// foundBack is what was found: the thing just told lost.
	foundBack = set("it", "them", "em", "they")
	notWords  = set("not", "never", "no")
	// foundAux stand between a "not" and "found": "not yet found", "not
	// been found".
	foundAux = set("yet", "been", "ever", "even", "have", "has", "still")
)

// lostFoundOver reads a text that only tells of a thing lost and found
// again: nothing to do, and nothing for a person to read.
func (a *analysis) lostFoundOver(jobs jobRefs) (Intent, bool) {
	idx := a.lostHits()
	if len(idx) == 0 || !a.foundAgain(slices.Min(idx)) {
		return Intent{}, false
	}
	// A job named too is news of it, unless its only word is the
	// handing in or back: "handed in and given back" names no "Hand out
	// the skates".
	if slices.ContainsFunc(jobs.idx, func(i int) bool { return !slices.Contains(idx, i) && !a.givenBack(i) && !a.givenBack(i-1) }) {
		return Intent{}, false
	}
	a.because("a thing told lost was found again: nothing to do")
	return Intent{Kind: None}, true
}

// givenBack reports a thing given back to whoever owns it at i: "given
// back to its owner", "handed back to her", "returned to the lady".
func (a *analysis) givenBack(i int) bool {
	if a.negated(i) || notWords[a.w(i-1)] || notWords[a.w(i-2)] || notWords[a.w(i-3)] {
		return false // "havent been given it back"
	}
	switch a.w(i) {
	case "given", "handed", "gave", "passed":
		return a.w(i+1) == "back" || a.w(i+2) == "back" && (a.w(i+1) == "it" || a.w(i+1) == "them")
	case "returned":
		return a.w(i+1) == "to"
	}
	return false
}
