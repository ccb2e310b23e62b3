package understand

import "github.com/clubnight/clubnight/night"

// Words that say which end of the night a job is at: putting things away
// is the close, putting them out is the setup. "stacking the chairs away"
// is not "Put out tables and chairs".
var (
	closeCues = set("away", "down", "pack", "packed", "packing", "stack", "stacked", "stacking", "fold",
		"folded", "folding", "dismantle", "dismantled", "dismantling", "putting away", "takedown")
	setupCues = ph("set up", "setting up", "put out", "putting out", "put up", "putting up", "setup")
)

// phaseClash is another job of the sender at the end of the night the
// text speaks of, when the job read is at the other end.
func (a *analysis) phaseClash(job int) (int, bool) {
	j, ok := a.n.Job(job)
	if !ok {
		return 0, false
	}
	want := night.Phase("")
	switch {
	case j.Phase != night.Close && a.closeCue():
		want = night.Close
	case j.Phase == night.Close && a.has(setupCues):
		want = night.Setup
	default:
		return 0, false
	}
	for _, num := range a.n.JobsOf(a.sender) {
		if o, ok := a.n.Job(num); ok && o.Phase == want && num != job {
			return num, true
		}
	}
	return 0, false
}

func (a *analysis) closeCue() bool {
	for _, i := range a.content() {
		if closeCues[a.w(i)] || closeCues[a.t[i].raw] {
			return true
		}
	}
	return false
}
