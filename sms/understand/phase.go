package understand

import (
	"slices"

	"github.com/clubnight/clubnight/night"
)

// Words that say which end of the night a job is at: putting things away
// is the close, putting them out is the setup. "stacking the chairs away"
// is not "Put out tables and chairs".
var (
	closeCues = set("away", "down", "pack", "packed", "packing", "stack", "stacked", "stacking", "fold",
		"folded", "folding", "dismantle", "dismantled", "dismantling", "putting away", "takedown")
	setupCues = ph("set up", "setting up", "put out", "putting out", "put up", "putting up", "setup", "ready",
		"plug in", "plugging in", "plugged in", "switching on", "switched on", "turning on", "turned on",
		"blowing up", "blown up", "laying out", "laid out", "built")
)

// phaseClash is another job of the sender at the end of the night the
// text speaks of, when the job read is at the other end.
func (a *analysis) phaseClash(job int) (int, bool) {
	j, ok := a.n.Job(job)
	if !ok {
		return 0, false
	}
	want := night.Phase("")
	switch {
	case j.Phase != night.Close && a.closeCueBeyond(j.Title):
		want = night.Close
	case j.Phase == night.Close && a.has(setupCues):
		want = night.Setup
	default:
		return 0, false
	}
	var others []int
	for _, num := range a.n.JobsOf(a.sender) {
		if o, ok := a.n.Job(num); ok && o.Phase == want && num != job {
			others = append(others, num)
		}
	}
	// The job at the end the text speaks of that its words also name
	// comes first: "chairs put away" is "Put away the chairs", not "Bag up
	// the rubbish".
	named := a.namedJobs()
	others = preferSome(others, func(n int) bool { return slices.Contains(named, n) })
	if len(others) == 0 {
		return 0, false
	}
	return others[0], true
}

// phaseSwitch is the one job of the sender at the end of the night the
// text speaks of that its words also name, when the job read is at the
// other end: "stacked the tables" is "Stack the quiz tables", not "Set
// out the quiz tables". Words of both ends, or none, switch nothing.
func (a *analysis) phaseSwitch(job int) (int, bool) {
	other, clash := a.phaseClash(job)
	if !clash || a.closeCue() && a.has(setupCues) || !a.namedAlike(job, other) {
		return 0, false
	}
	return other, true
}

// namedAlike reports the text's words naming other at all, and every word
// that names job naming other too: "tables put away" names "Set out the
// tables" and "Stack the tables" alike, but "toppings table all put away"
// names "Wipe down the tables" by "table" alone, and the toppings are no
// part of it.
func (a *analysis) namedAlike(job, other int) bool {
	var of, by []int
	named := false
	for _, h := range a.matchJobs() {
		switch h.num {
		case job:
			of = h.idx
		case other:
			by, named = h.idx, true
		}
	}
	if !named {
		return false
	}
	for _, i := range of {
		if !slices.Contains(by, i) {
			return false
		}
	}
	return true
}

// namedJobs are the jobs the text's words name at all.
func (a *analysis) namedJobs() []int {
	var out []int
	for _, h := range a.matchJobs() {
		out = append(out, h.num)
	}
	return out
}

func (a *analysis) closeCue() bool { return a.closeCueBeyond("") }

// closeCueBeyond is closeCue without the words of title: "towels all
// folded" speaks of "Fold the towels" itself, not of putting things away.
func (a *analysis) closeCueBeyond(title string) bool {
	own := map[string]bool{}
	var leaves []string // the states the title's verb leaves things in
	for k, t := range titleTokens(title) {
		own[stem(t.w)] = true
		if k == 0 {
			leaves = resultStates[stem(t.w)]
		}
	}
	for _, i := range a.content() {
		if own[stem(a.w(i))] || slices.Contains(leaves, a.w(i)) {
			continue // "mats all down" for "Lay out the mats": laid
		}
		if a.w(i) == "away" && a.w(i+1) == "from" {
			continue // "keep drinks away from the hay" says where, not packing away
		}
		if a.w(i) == "down" && a.putDown(i) {
			continue // "put the cloths down on the tables" lays them, no packing away
		}
		if a.fastenedDown(i) {
			continue // "gazebo up and pegged down" fixed it in place
		}
		if closeCues[a.w(i)] || closeCues[a.t[i].raw] {
			return true
		}
	}
	return false
}

// cuedPhase is the end of the night the text's words speak of, or "".
func (a *analysis) cuedPhase() night.Phase {
	closing, setting := a.closeCue(), a.has(setupCues)
	switch {
	case closing && !setting:
		return night.Close
	case setting && !closing:
		return night.Setup
	case !setting && !closing && (a.has(duringCues) || a.activityEnded()):
		return night.During // "coconut shy game finished": it was run
	}
	return ""
}

// duringCues say a job was played or run with guests, not set up.
var duringCues = ph("game finished", "game over", "games finished", "game done", "had a go", "had a turn",
	"everyone played", "the winner", "winners", "we have a winner", "won")

// putDown reports the "down" at i of laying things down: "put the cloths
// down", "laid the mats down", with at most three words between.
func (a *analysis) putDown(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch a.w(j) {
		case "put", "lay", "laid", "laying", "putting", "place", "placed":
			return true
		}
	}
	return false
}
