package understand

// litWords say a fire has been lit: for a job run through the night ("Run
// the barbecue") that is its start, as "bbq on" is; for "Light the
// barbecue" it is the job done (the state its own verb leaves).
var litWords = set("lit", "alight")

// litActivity reports a fire word said after the words of jobs all run
// during the night, none of them lighting it, and no word of being done:
// "bbq lit" for "Run the barbecue" is under way.
func (a *analysis) litActivity(refs jobRefs) bool {
	if a.asking() || len(refs.nums) == 0 || a.verbMatch(doneStrong) {
		return false
	}
	for i := range a.t {
		if !litWords[a.w(i)] || a.negated(i) || !a.afterJobWords(refs, i) {
			continue
		}
		return a.activityOn(refs, i)
	}
	return false
}
