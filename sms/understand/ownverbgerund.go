package understand

import "strings"

// notUnderWay before a job's own verb in -ing say it is not going on now:
// "ready for serving", "finished serving", "stopped serving".
var notUnderWay = set("for", "after", "before", "about", "stopped", "stop", "finished", "done", "start", "till",
	"until", "when", "without", "no")

// ownVerbUnderWay reports the verb the job's title starts with said in -ing
// ("punch is out serving now" for "Serve the fruit punch"), not denied,
// with no word of being done: the job is under way, whatever state its
// things are in.
func (a *analysis) ownVerbUnderWay(job int) bool {
	if job < 1 || job > len(a.v.jobs) || a.asking() || a.verbMatch(doneStrong) || a.laterSaid() || a.perfectSaid() {
		return false
	}
	verb := a.v.jobs[job-1].verb
	if verb == "" {
		return false
	}
	for i := range a.t {
		w := a.w(i)
		if len(w) < 5 || !strings.HasSuffix(w, "ing") || notGerund[w] || a.negated(i) || notUnderWay[a.w(i-1)] {
			continue
		}
		if sameStem(stem(w), verb) {
			return true
		}
	}
	return false
}

// perfectSaid reports "have" or "has" and a past, not a start: "me n will
// have put all the nets up" tells of work done, whatever "the bubbles are
// hanging" after it says of how things are.
func (a *analysis) perfectSaid() bool {
	for i := range a.t {
		if w := a.w(i); w != "have" && w != "has" || a.negated(i) {
			continue
		}
		j := i + 1
		for perfectFill[a.w(j)] {
			j++
		}
		if w := a.w(j); pastVerb(w) && !a.startsAny(j, doingWords) && w != "got" {
			return true
		}
	}
	return false
}

var perfectFill = set("all", "just", "now", "already", "both", "finally", "got")
