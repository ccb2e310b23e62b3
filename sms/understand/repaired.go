package understand

import "strings"

// repairWords say something broken works again: "projector working
// again", "the screen is back on", "mic fixed". Finishing a job is never
// told that way, unless the job is itself a repair.
var repairWords = ph("fixed", "repaired", "mended", "working again", "works again", "back on", "on again",
	"up and running", "back up", "playing again", "going again", "running again")

// repairVerbs make a job a repair: "Fix the lights".
var repairVerbs = set("fix", "repair", "mend", "restart", "reset")

// repairedNotJob reports news that something works again naming job,
// which is no repair: with no problem open it is an all-clear, not the
// job done.
func (a *analysis) repairedNotJob(job int) bool {
	if !a.has(repairWords) {
		return false
	}
	j, ok := a.n.Job(job)
	if !ok {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(j.Title)) {
		if repairVerbs[w] {
			return false
		}
	}
	return true
}
