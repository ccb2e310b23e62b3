package understand

import "strings"

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
		if n := a.startsAt(i, leaveWords); n > 0 && (wholeGroup[a.w(i-1)] || a.allOfThem(i-1) && a.saysHome(i, n)) {
			return true
		}
	}
	return false
}

// wholeGroup are the whole group of guests, never the team saying
// goodbye: "all" and "you all" are left out ("thanks all, off home").
var wholeGroup = set("everyone", "everybody", "everyones", "everybodys", "guests", "people")

// allOfThem reports "all fans" or "all the families" ending at k: all of
// some people, named by a plural the night does not use for a team
// member. "all the chairs away" says no home, and saysHome asks for it.
func (a *analysis) allOfThem(k int) bool {
	if w := a.w(k); len(w) < 4 || !strings.HasSuffix(w, "s") || a.name(k).person != "" {
		return false
	}
	if a.w(k-1) == "the" {
		k--
	}
	return a.w(k-1) == "all"
}

// saysHome reports "home" in the n words from i.
func (a *analysis) saysHome(i, n int) bool {
	for k := i; k < i+n; k++ {
		if a.w(k) == "home" {
			return true
		}
	}
	return false
}

// homeJobNotLeaving reports a group gone home told by the person whose
// job is seeing people home: leaving does not read it.
func (a *analysis) homeJobNotLeaving() bool {
	if !a.groupOffHome() {
		return false
	}
	_, ok := a.ownHomeJob()
	return ok
}
