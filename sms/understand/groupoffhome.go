package understand

// groupOffHome reports words of going home said of everyone, right before
// them and with the sender nowhere the subject: "thats evryone off home
// safe", "guests gone home". From the person whose job is seeing people
// home it is that job done (allHomeJob), not the sender leaving.
func (a *analysis) groupOffHome() bool {
	for i := range a.t {
		if selfSubjWords[a.w(i)] {
			return false
		}
	}
	for i := range a.t {
		if a.startsAt(i, leaveWords) > 0 && wholeGroup[a.w(i-1)] {
			return true
		}
	}
	return false
}

// wholeGroup are the whole group of guests, never the team saying
// goodbye: "all" and "you all" are left out ("thanks all, off home").
var wholeGroup = set("everyone", "everybody", "everyones", "everybodys", "guests", "people")

// homeJobNotLeaving reports a group gone home told by the person whose
// job is seeing people home: leaving does not read it.
func (a *analysis) homeJobNotLeaving() bool {
	if !a.groupOffHome() {
		return false
	}
	_, ok := a.ownHomeJob()
	return ok
}
