package understand

import (
	"slices"

	"github.com/clubnight/clubnight/night"
)

// defaultClaim is the problem "on it" means when it names none: the one
// just texted to the sender if nobody has it yet, else the oldest open
// problem someone else raised, else the one texted even if claimed (the hub
// then says who is on it).
func (a *analysis) defaultClaim() string {
	last, hasLast := a.n.Problem(a.ctx.LastAlertProblem)
	if hasLast && last.Status == night.Open {
		return last.ID
	}
	for _, p := range a.n.Problems {
		if p.Status == night.Open && p.RaisedBy != a.sender {
			return p.ID
		}
	}
	if hasLast && last.Status != night.Sorted {
		return last.ID
	}
	return ""
}

// claimTarget is the problem a claim answers. When the text names a kind
// ("ill deal with the spill") it is an unsorted problem of that kind; when
// there is none, the text is a new problem rather than a claim (false).
func (a *analysis) claimTarget(hits []problemHit) (string, bool) {
	kinds := specificKinds(hits)
	if len(kinds) == 0 {
		return a.defaultClaim(), true
	}
	for _, st := range []night.ProblemStatus{night.Open, night.Claimed} {
		for _, p := range a.n.Problems {
			if p.Status == st && kinds[p.Kind] && p.RaisedBy != a.sender {
				return p.ID, true
			}
		}
	}
	return "", false
}

// specificKinds are the kinds of hits other than "other", which words like
// "help" raise anywhere.
func specificKinds(hits []problemHit) map[night.ProblemKind]bool {
	kinds := map[night.ProblemKind]bool{}
	for _, h := range hits {
		if h.kind != night.Other {
			kinds[h.kind] = true
		}
	}
	return kinds
}

// sortables lists the problems "sorted" may mean, most likely first: the
// sender's claimed ones, then the ones they raised, then the one texted to
// them, newest first in each group.
func (a *analysis) sortables() []night.Problem {
	var claimed, raised, alerted []night.Problem
	for k := len(a.n.Problems) - 1; k >= 0; k-- {
		p := a.n.Problems[k]
		switch {
		case p.Status == night.Sorted:
		case p.Status == night.Claimed && p.ClaimedBy == a.sender:
			claimed = append(claimed, p)
		case p.RaisedBy == a.sender:
			raised = append(raised, p)
		case p.ID == a.ctx.LastAlertProblem:
			alerted = append(alerted, p)
		}
	}
	return append(append(claimed, raised...), alerted...)
}

func (a *analysis) sortable() bool { return len(a.sortables()) > 0 }

// holdsClaim returns the newest problem the sender is on, or "".
func (a *analysis) holdsClaim() string {
	for k := len(a.n.Problems) - 1; k >= 0; k-- {
		if p := a.n.Problems[k]; p.Status == night.Claimed && p.ClaimedBy == a.sender {
			return p.ID
		}
	}
	return ""
}

// topics are words that name what a kind of problem is about, even with
// no trouble word: "music" in "music fixed", "taxi" in "taxi came".
var topics = map[night.ProblemKind][]map[string]bool{
	night.Music:  {musicThings},
	night.Taxi:   {taxiWords},
	night.Spill:  {spillWords, spillThings},
	night.Unwell: {unwellWords},
	night.Lost:   {propNouns},
	night.Upset:  {upsetWords},
}

// mentionedKinds are the kinds of problem the text is about, by the
// problem words found and by topic words.
func (a *analysis) mentionedKinds(hits []problemHit) map[night.ProblemKind]bool {
	kinds := specificKinds(hits)
	if a.foundPerson() {
		kinds[night.Missing] = true
	}
	for k, sets := range topics {
		for _, s := range sets {
			if len(a.words(s)) > 0 {
				kinds[k] = true
			}
		}
	}
	return kinds
}

// goodNews reports that what a problem was about is fine now: "taxi
// came", "found jo".
func (a *analysis) goodNews() bool {
	if len(a.mentionedKinds(nil)) > 0 && a.matchNotNegated(arrivePhrases) {
		return true
	}
	return a.foundPerson()
}

// foundPerson reports "found jo", "found her": a missing person is back.
func (a *analysis) foundPerson() bool {
	who := a.personRefs()
	for _, i := range a.words(foundWords) {
		if slices.Contains(who, i+1) {
			return true
		}
	}
	return false
}

var foundWords = set("found", "got", "seen")

// namesOpenProblem reports whether the text speaks of the subject of a
// problem not yet sorted: "music fixed" while the music problem is open.
func (a *analysis) namesOpenProblem() bool {
	kinds := a.mentionedKinds(nil)
	for _, p := range a.n.OpenProblems() {
		if kinds[p.Kind] {
			return true
		}
	}
	return false
}

// sortTarget is the problem "sorted" means; a kind named in the text
// ("music fixed") narrows it. "" lets the hub decide.
func (a *analysis) sortTarget(hits []problemHit) string {
	kinds := a.mentionedKinds(hits)
	cands := a.sortables()
	for _, p := range cands {
		if len(kinds) == 0 || kinds[p.Kind] {
			return p.ID
		}
	}
	if len(kinds) > 0 {
		for k := len(a.n.Problems) - 1; k >= 0; k-- {
			if p := a.n.Problems[k]; p.Status != night.Sorted && kinds[p.Kind] {
				return p.ID
			}
		}
	}
	if len(cands) > 0 {
		return cands[0].ID
	}
	return ""
}

// anyOwnJob reports whether one of the jobs named is the sender's. "on my
// way to the bar" from someone with no bar job, just told of a spill by
// the bar, goes to the spill.
func (a *analysis) anyOwnJob(jobs jobRefs) bool {
	mine := a.n.JobsOf(a.sender)
	for _, n := range jobs.nums {
		if slices.Contains(mine, n) {
			return true
		}
	}
	return false
}

// asksAbout reports a question ("where is the spill", "is the music still
// off?") whose problem words are only of kinds about things, which a
// problem open already covers: it asks, it does not report. A question
// about a person may be news of someone else, so it is not taken so.
func (a *analysis) asksAbout(hits []problemHit) bool {
	if !a.asking() && !a.has(whereAsk) {
		return false
	}
	for _, h := range hits {
		switch h.kind {
		case night.Unwell, night.Missing, night.Upset:
			return false
		}
	}
	return true
}

var whereAsk = ph("where is", "where are", "where was", "where has")
