package understand

import "slices"

// leadDone is the one job of jobs the text opens with when a word of done follows
// its words at once: "hot dog stand ready, sausages r warming up". What
// is under way after that ("warming up") is the next thing, not the job:
// the job is done. Two jobs that open the same way, or a done word that is
// denied or part way ("nearly ready"), give nothing.
func (a *analysis) leadDone(jobs jobRefs) (int, bool) {
	c := a.content()
	if len(c) < 3 || a.partWay() {
		return 0, false
	}
	first := c[0]
	if determiners[a.w(first)] {
		first++
	}
	found, job := 0, 0
	for _, h := range a.matchJobs() {
		if !slices.Contains(h.idx, first) || !slices.Contains(jobs.nums, h.num) {
			continue
		}
		end := first
		for slices.Contains(h.idx, end+1) {
			end++
		}
		if a.verbInSpan(h.num, first, end) {
			continue // "washing up the pots": the work, said with its particle
		}
		if isWords[a.w(end+1)] && a.w(end+1) != "now" {
			end++
		}
		at := end + 1
		if max(a.startsAt(at, doneStrong), a.startsAt(at, leadDoneWords)) == 0 || a.negated(at) || a.startsAt(at, doingWords) > 0 {
			continue
		}
		found++
		job = h.num
	}
	if found != 1 {
		return 0, false
	}
	return job, true
}

// leadDoneWords say a thing is ready right after it is named: "stand
// ready", "bar all set", "bunting up".
var leadDoneWords = ph("ready", "all ready", "set up", "all set", "good to go", "in place", "up", "out")

// verbInSpan reports a word from i to j that is job n's title verb or a
// word of work under way: the text then opens with the work, not the
// thing.
func (a *analysis) verbInSpan(n, i, j int) bool {
	for k := i; k <= j; k++ {
		if v := a.v.jobs[n-1].verb; v != "" && stem(a.w(k)) == v || a.startsAt(k, doingWords) > 0 || a.gerundBefore(k+1) {
			return true
		}
	}
	return false
}
