package understand

import "slices"

// packedAway reports the sender telling they put the things of job away
// ("i put the lanterns in the box", "put the bunting back in the bag")
// when the job is putting them out or up: that is the opposite of the job,
// so it is not the job done. A person reads it.
func (a *analysis) packedAway(job int) bool {
	if job < 1 || job > len(a.v.jobs) {
		return false
	}
	title := a.v.jobs[job-1].title
	if len(title) < 2 || title[0] != "put" || !slices.Contains(title, "out") && !slices.Contains(title, "up") {
		return false
	}
	if !slices.ContainsFunc(a.content(), func(i int) bool { return a.w(i) == "put" }) {
		return false
	}
	return slices.ContainsFunc(a.content(), func(i int) bool { return packWords[a.w(i)] })
}

// packWords say where things go when they are packed up.
var packWords = set("away", "back", "box", "boxes", "bag", "bags", "cupboard", "crate", "crates", "storeroom")
