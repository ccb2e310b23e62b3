package understand

import "github.com/clubnight/clubnight/night"

// goneWithRides reads a text taken for someone missing that says the
// guests all went with their rides: "All our guests have gone off with
// their lifts, the last one just left." From the person whose job is
// seeing guests home that job is done; from anyone else a person reads
// it. Nobody is missing.
func (a *analysis) goneWithRides(in Intent) (Intent, bool) {
	if in.ProblemKind != night.Missing || !a.groupOffInRides() && !a.groupHome() {
		return in, false
	}
	if job, ok := a.allHomeJob(); ok {
		return Intent{Kind: Done, Job: job}, true
	}
	a.because("it says the guests went with their rides, nobody is missing: a person reads it")
	return a.unknown(), true
}
