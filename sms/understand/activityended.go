package understand

import "strings"

// activityEnded reports an activity named by its "-ing" word said to be
// over: "mask making all finished", "face painting done", "card making is
// over". Setting things out is no activity that ends so, so between the
// setup and the running of one thing it was the running. The "-ing" word
// must be a word of a job's title; "setting up finished" is a setup cue,
// read before this.
func (a *analysis) activityEnded() bool {
	for i := range a.t {
		w := a.w(i)
		if a.social[i] || len(w) < 5 || !strings.HasSuffix(w, "ing") || !a.v.words[w] || a.negated(i) {
			continue
		}
		j := i + 1
		for endFiller[a.w(j)] {
			j++
		}
		if n := a.startsAt(j, activityOver); n > 0 && !a.negated(j) {
			return true
		}
	}
	return false
}

var (
	endFiller    = set("all", "is", "has", "now", "just", "been")
	activityOver = ph("finished", "done", "over", "ended", "complete", "completed")
)
