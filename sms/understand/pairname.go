package understand

// pairedWithSelf reports a name that is also a word ("Will", "Hope",
// "Rose") joined by "and" to the sender: "me and will done the bar", "me
// n hope put the chairs out", "will n me did the bar". Joined to "me", the
// word can only be who did it with the sender; "i will" and "me and will
// power" are not read this way ("me" must stand right before the "and",
// or right after it with nothing following but a verb's place).
func (a *analysis) pairedWithSelf(i int) bool {
	if pairAnd[a.w(i-1)] && pairSelf[a.w(i-2)] {
		return true
	}
	return pairAnd[a.w(i+1)] && a.w(i+2) == "me" && (i == 0 || a.social[i-1] || a.w(i-1) == "and")
}

// pairAnd join two people: "me and", "me an", "me n", "me &".
var pairAnd = set("and", "an", "n", "&")

// pairSelf is the sender, first of a pair: "me and will".
var pairSelf = set("me", "myself")

// modalAfterPrep reports a name that is also a modal verb ("Will", "May")
// right after a word that takes a person after it: "sorted the speakers
// for will", "helping with may". A modal verb never stands there.
func (a *analysis) modalAfterPrep(i int) bool {
	return modalNames[a.w(i)] && personPreps[a.w(i-1)]
}

var (
	modalNames  = set("will", "may")
	personPreps = set("for", "with", "from", "beside")
)
