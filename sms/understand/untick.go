package understand

import (
	"slices"

	"github.com/clubnight/clubnight/night"
)

// notYetUntick takes back the tick the sender just made when a text read
// as trouble only says that job is not done yet: "no wait the decks aint
// dun yet", "oops i pressed wrong the car aint ready yet" right after
// ticking the decks or the photo car. It needs "yet" or "still", and the
// job named or a sorry with no job named (see takesBackTick). A guest
// unwell, missing or upset is never read this way; a late ride only when
// the just-ticked job is named and no guest's ride is.
func (a *analysis) notYetUntick(in Intent) (Intent, bool) {
	switch in.ProblemKind {
	case night.Unwell, night.Missing, night.Upset:
		return in, false
	}
	if !a.has(yetWords) && !a.apologised() || !(a.ownJobNotYet() || a.has(doneNegated) || a.has(notYetDone) || a.notDoneYet()) {
		return in, false
	}
	job, ok := a.takesBackTick()
	if !ok {
		return in, false
	}
	if in.ProblemKind == night.Taxi && (a.ride() != nil || !slices.Contains(a.jobRefs("").nums, job)) {
		return in, false
	}
	a.because("it says job %d, just ticked, is not done yet", job)
	return Intent{Kind: Undo}, true
}
