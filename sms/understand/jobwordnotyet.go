package understand

import (
	"slices"

	"github.com/clubnight/clubnight/night"
)

// problemWordIsJobThing reports that every word of the problem of kind is a
// word naming one of the night's jobs, and the text says a job is not done
// yet: "punch not ready yet" for "Serve the fruit punch" is no fight, and
// no problem at all.
func (a *analysis) problemWordIsJobThing(kind night.ProblemKind, hits []problemHit) bool {
	if !(a.has(doneNegated) || a.has(notYetDone) || a.notDoneYet() || a.negatedYet()) {
		return false
	}
	refs := a.jobRefs("")
	if len(refs.nums) == 0 {
		return false
	}
	found := false
	for _, h := range hits {
		if h.kind != kind {
			continue
		}
		for _, i := range h.idx {
			if !slices.Contains(refs.idx, i) {
				return false
			}
		}
		found = found || len(h.idx) > 0
	}
	return found
}

// negatedYet reports a denial with "yet": "punch not made yet".
func (a *analysis) negatedYet() bool {
	if _, neg := a.negation(); !neg {
		return false
	}
	for i := range a.t {
		if a.w(i) == "yet" {
			return true
		}
	}
	return false
}
