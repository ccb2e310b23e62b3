package understand

import "slices"

// A text that says all is well ("all the lights are working, no
// problems", "no problems all good here") reports how things are; it
// does not say a job was just done or that someone just came. Ticking a
// job from it texts nobody but still tells the kiosk something nobody
// said, so only a plain word of doing ("done", "finished") or of coming
// ("i am here") changes the night.

var (
	// conditionWords say something is in working order, not that a job
	// was just done.
	conditionWords = ph("working", "all working", "works", "working fine", "working ok", "ok now",
		"good to go", okMoji)
	// wellEnds are the last words of an all-is-well phrase that "here"
	// may follow: "all good here", "everything ok here".
	wellEnds = set("good", "fine", "ok", "okay", "well", "safe", "sound", "working", "present")
)

// wellReport reports a text that only says all is well: it has words of
// all being well and no word that says a job was done, other than words of
// working order.
func (a *analysis) wellReport(k Kind) bool {
	if !a.has(allWell) {
		return false
	}
	switch k {
	case Done, Doing:
		if a.groupHome() || a.groupOffInRides() {
			return false // "everyone got home safe and sound" is the home job done
		}
		return !a.verbMatch(doneStrong) && !a.verbMatch(doingWords) && !a.actionDone()
	case Here:
		return a.onlyWellHere()
	}
	return false
}

// actionDone reports a word of a job being done that is not only a word
// of working order: "set up", "stacked", but not "working".
func (a *analysis) actionDone() bool {
	cond := a.spans(conditionWords)
	for i := range a.t {
		n := a.startsAt(i, doneWeak)
		if n == 0 || a.negated(i) || a.social[i] {
			continue
		}
		inCond := true
		for k := i; k < i+n; k++ {
			inCond = inCond && slices.Contains(cond, k)
		}
		if !inCond {
			return true
		}
	}
	return false
}

// onlyWellHere reports a check-in read only from "here" after words of all
// being well: "all good here".
func (a *analysis) onlyWellHere() bool {
	for i := range a.t {
		if n := a.startsAt(i, hereWords); n > 0 && !a.negated(i) {
			if n > 1 || a.w(i) != "here" || !wellEnds[a.w(i-1)] {
				return false
			}
		}
	}
	return !a.atVenue()
}

// myPickupHere reports the sender's own way home come for them: "my lift
// is here", "my mums outside".
func (a *analysis) myPickupHere() bool {
	for i := range a.t {
		if !pickupWords[a.w(i)] && !pickupWords[stem(a.w(i))] || a.w(i-1) != "my" || a.negated(i) {
			continue
		}
		for j := i + 1; j <= i+3 && j < len(a.t); j++ {
			if a.startsAny(j, pickupArrived) && !a.negated(j) {
				return true
			}
		}
	}
	return false
}

// othersWill reports "will" said of someone else: "someone will slip".
func (a *analysis) othersWill() bool {
	for i := range a.t {
		if a.w(i) == "will" && (personNouns[a.w(i-1)] || a.w(i-1) == "it") {
			return true
		}
	}
	return false
}

// ownJobNotYet reports a text that says one of the sender's own jobs is
// not done yet or will be done later: "projector not working yet but ill
// do it after". It is news of their job, not a problem for the team.
func (a *analysis) ownJobNotYet() bool {
	if len(a.thingFails()) > 0 {
		return false // "the urn wont heat up" is trouble, not a plan
	}
	later := a.laterSaid() || a.has(willWords) && !a.othersWill()
	notYet := false
	for _, i := range a.content() {
		if !a.denies(i) {
			continue
		}
		for j := i + 1; j <= i+3 && j < len(a.t); j++ {
			notYet = notYet || a.w(j) == "yet"
		}
	}
	if !later && !notYet {
		return false
	}
	mine := a.n.JobsOf(a.sender)
	for _, n := range a.jobRefs("").nums {
		if slices.Contains(mine, n) {
			return true
		}
	}
	return false
}
