package understand

import "slices"

// onOfOtherThing reports "on" said of a word that names none of the jobs
// the text is read as: in "everyone welcomed in and got their masks on"
// the masks are on the guests' faces, and "masks" names no word of
// "Welcome guests at the door", so "on" says nothing of that job. It is
// read so only when the text says the job's own verb ("welcomed"), which
// then tells whether the job is done or under way.
func (a *analysis) onOfOtherThing(refs jobRefs, i int) bool {
	if a.titleVerb(refs) == "" {
		return false
	}
	subj := i - 1
	if a.w(subj) == "are" || a.w(subj) == "is" {
		subj--
	}
	if !slices.Contains(refs.idx, subj) {
		return false
	}
	s := stem(a.w(subj))
	for _, n := range refs.nums {
		if slices.ContainsFunc(a.v.jobs[n-1].keys, func(k jobKey) bool { return sameStem(s, k.stem) }) {
			return false
		}
	}
	return true
}
