package understand

import "slices"

// senderAt are the words after "i am" that say where the sender stands:
// "i am by the front door", "im at the bar", "im next to the stage".
var senderAt = set("by", "at", "near", "beside", "next", "outside", "inside")

// dropSenderPlace leaves out of jobs those named only by where the sender
// says they stand, when the job is someone else's: "Starting home time
// now, I'm by the front door" starts home time; the door is only where
// they are, not "Welcome guests at the door". A place that is the
// sender's own job still names it ("im at the gate now").
func (a *analysis) dropSenderPlace(jobs jobRefs) jobRefs {
	var place []int
	for i := 0; i+2 < len(a.t); i++ {
		if a.w(i) != "i" || a.w(i+1) != "am" || !senderAt[a.w(i+2)] {
			continue
		}
		j := i + 3
		if a.w(i+2) == "next" && a.w(j) == "to" {
			j++
		}
		if determiners[a.w(j)] {
			j++
		}
		for k := j; k < j+3 && k < len(a.t); k++ {
			place = append(place, k)
		}
	}
	if len(place) == 0 || len(jobs.nums) == 0 {
		return jobs
	}
	mine := a.n.JobsOf(a.sender)
	hits := a.matchJobs()
	drop := func(n int) bool {
		if slices.Contains(mine, n) {
			return false
		}
		for _, h := range hits {
			if h.num == n {
				return !slices.ContainsFunc(h.idx, func(i int) bool { return !slices.Contains(place, i) })
			}
		}
		return false
	}
	if !slices.ContainsFunc(jobs.nums, drop) {
		return jobs
	}
	a.because("it names only where the sender is as another's job: not that job")
	jobs.nums = slices.DeleteFunc(slices.Clone(jobs.nums), drop)
	jobs.idx = slices.DeleteFunc(slices.Clone(jobs.idx), func(i int) bool { return slices.Contains(place, i) })
	return jobs
}
