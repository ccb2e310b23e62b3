package understand

import (
	"slices"
	"strings"
)

// Words that tell how things are, not what the sender does: a job's
// things can keep doing something on their own ("balloons keep popping"),
// get into a state ("slush machine getting cold") or be in a state at a
// place ("candles are lit on the tables").

// thingsKeepGoing reports a doing word right after "keep" or "keeps"
// (or "keep on") said of a thing, not of the sender: "balloons keep
// popping lol" is what the balloons do, not the sender popping them.
// "i keep blowing up balloons" and a text that starts with "keep" are
// not read so.
func (a *analysis) thingsKeepGoing() bool {
	for i := 1; i < len(a.t); i++ {
		if !keepWords[a.w(i)] || keepSubjectSelf[a.w(i-1)] || a.social[i-1] {
			continue
		}
		next := i + 1
		if a.w(next) == "on" {
			next++
		}
		if w := a.w(next); len(w) > 4 && strings.HasSuffix(w, "ing") {
			return true
		}
	}
	return false
}

var (
	keepWords       = set("keep", "keeps", "kept")
	keepSubjectSelf = set("i", "we", "im", "am", "me", "just", "still", "and", "to")
)

// gettingState reports "getting" at i followed by a state things come
// into ("getting cold", "getting busy"): it tells how things are going,
// not that the sender is getting on with a job.
func (a *analysis) gettingState(i int) bool {
	if a.w(i) != "getting" {
		return false
	}
	next := i + 1
	if degreeWords[a.w(next)] {
		next++ // "getting really cold"
	}
	return comingStates[a.w(next)]
}

var (
	degreeWords  = set("really", "very", "so", "proper", "well", "nice", "nicely", "a", "bit", "too", "quite", "more")
	comingStates = set("cold", "colder", "cool", "cooler", "chilly", "hot", "hotter", "warm", "warmer", "busy",
		"busier", "dark", "darker", "full", "fuller", "loud", "louder", "late", "later", "low", "empty",
		"tired", "hungry", "bored", "excited", "messy", "sticky", "wet", "quiet", "quieter", "noisy",
		"crowded", "packed", "better", "worse", "light", "lighter", "slushy", "frozen", "icy", "bigger",
		"smaller", "long", "longer")
)

// stateAt reports whether token i says the state a named job's verb
// leaves things in, or is a past form: "lit" in "candles are lit on the
// tables". An "on" after it says where the things are, not that the
// sender is on the job.
func (a *analysis) stateAt(refs jobRefs, i int) bool {
	return i >= 0 && (a.stateOfTitleVerb(refs, i) || pastForm(a.w(i)))
}

// onItIsPlace reports that the one offer of help the text has is "on it"
// right after a word that names a job's things: "every table has got a
// jug of water on it" says where the jug is, it takes nothing on.
func (a *analysis) onItIsPlace() bool {
	starts := 0
	place := false
	for i := range a.t {
		if a.startsAt(i, claimStrong) == 0 {
			continue
		}
		starts++
		if a.w(i) == "on" && a.w(i+1) == "it" && i > 0 && !a.social[i-1] {
			place = slices.Contains(a.jobRefs("").idx, i-1) || a.thingOnIt(i)
		}
	}
	return starts == 1 && place
}

// runningState reports "going" or "running" at i, said right after the
// things of job j, whose title starts it or switches it on: "film is
// going" for "Start the film", "bubbles going" for "Turn on the bubble
// machine". Started is the job done, as "film is on" is. "going to be
// late" and "going in the oven" say more after it, and a title that
// switches things off is not it.
func (a *analysis) runningState(j jobInfo, refs jobRefs, i int) bool {
	if !runningWords[a.w(i)] || !startingVerbs[j.verb] || slices.Contains(j.title, "off") || slices.Contains(j.title, "down") {
		return false
	}
	if j.verb != "start" && !slices.Contains(j.title, "on") {
		return false // "Turn the lights down", "Switch the tables round"
	}
	return a.afterJobWords(refs, i) && (a.onEnds(i) || goingWell[a.w(i+1)])
}

var (
	runningWords  = set("going", "running")
	startingVerbs = set("start", "switch", "turn")
)

// runningAt reports "going" or "running" at i said as the state of a
// named job's things (see runningState): no work under way.
func (a *analysis) runningAt(i int) bool {
	if !runningWords[a.w(i)] {
		return false
	}
	refs := a.jobRefs("")
	for _, n := range refs.nums {
		if a.runningState(a.v.jobs[n-1], refs, i) {
			return true
		}
	}
	return false
}

// stateSaidOf reports that the text says job n's things are in the state
// its title verb leaves them in: "evry candle is lit and looks lovely"
// tells the candles lit, as well as how they look.
func (a *analysis) stateSaidOf(n int) bool {
	refs := a.jobRefs("")
	return slices.Contains(refs.nums, n) && a.resultState(jobRefs{nums: []int{n}, idx: refs.idx})
}
