package understand

// otherTitleVerbAt reports that token i is the verb another job's title
// starts with, said in any form: "drawing" of "Draw the raffle" names that
// job, not "Set up the raffle table" by "draw", a word for a raffle.
func (a *analysis) otherTitleVerbAt(j jobInfo, i int) bool {
	s := stem(a.w(i))
	for _, o := range a.v.jobs {
		if o.num != j.num && o.verb != "" && o.verb == s {
			return true
		}
	}
	return false
}
