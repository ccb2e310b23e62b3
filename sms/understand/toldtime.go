package understand

// toldTimeNotice reports news passed on of when something will be: "the
// bar staff say last orders at half 9", "reception said we have to be out
// by 10". It tells the team a time; with no job, guest, ride or trouble
// in it, nothing on the night changes.
func (a *analysis) toldTimeNotice() bool {
	if !a.has(saysWords) || !a.atClock() || a.asking() || a.guestNamed() != nil {
		return false
	}
	if len(a.problemHits()) > 0 || len(a.jobRefs("").nums) > 0 || len(a.words(pickupWords)) > 0 || len(a.words(taxiWords)) > 0 {
		return false
	}
	return true
}

var saysWords = ph("say", "says", "said", "say that", "have said", "told us", "told me")
