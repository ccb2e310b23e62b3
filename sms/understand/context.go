package understand

import (
	"slices"
	"strings"
	"unicode"

	"github.com/clubnight/clubnight/night"
)

// The conversation so far makes short texts clear. Someone who holds a
// problem and texts "spill done" or "floor is dry now" has sorted it, not
// raised a new one; someone who was just texted about a problem and
// answers "ill get the mop" or "im on the spill" has taken it on.

// kindWords are words that speak of a kind of problem once it is known,
// beyond the words that report one.
var kindWords = map[night.ProblemKind]map[string]bool{
	night.Spill: set("spill", "spills", "spilt", "spilled", "drink", "drinks", "floor", "mess", "puddle", "glass", "water", "coke", "juice", "wet", "it", "that", "mop", "towels", "towel", "cloth", "carpet", "rug", "sofa", "cocoa", "tea",
		"coffee", "milk", "squash", "beer", "wine", "stain", "sticky", "puddle", "floors", "dry", "brush", "broom",
		"dustpan", "bucket", "sponge", "wipes", "swept", "slippy", "slippery"),
	night.Unwell:  set("he", "she", "they", "him", "her", "them", "it", "that", "first", "aid"),
	night.Missing: set("he", "she", "they", "him", "her", "them", "it", "that"),
	night.Upset:   set("he", "she", "they", "him", "her", "them", "it", "that", "argument", "fight", "row"),
	night.Taxi:    set("taxi", "cab", "car", "lift", "it", "that", "driver"),
	night.Music:   set("music", "sound", "speaker", "speakers", "mic", "it", "that", "decks"),
	night.Lost:    set("phone", "bag", "coat", "keys", "purse", "wallet", "it", "that", "owner"),
	night.Other:   set("it", "that", "door", "light", "lights", "toilet", "toilets"),
}

var (
	// resolvedWords say a problem is over.
	resolvedWords = ph("done", "gone", "dry", "clean", "cleaned", "cleaned up", "wiped", "wiped up", "mopped",
		"cleared", "cleared up", "tidy", "tidied", "fine", "ok", "okay", "better", "calm", "calmer", "found",
		"back", "working", "fixed", "sorted", "all good", "no more", "picked up", "home", "dealt", "safe",
		"settled", "happy", "alright", "all right", "came", "arrived", "here", "on again", "returned", "swept",
		"swept up", "hoovered", "hoovered up")
	// resolvedGeneric say a problem is over without naming it; "here",
	// "home" or "back" alone are more likely about the sender.
	resolvedGeneric = ph("done", "all done", "sorted", "fixed", "cleaned", "cleaned up", "all good", "fine now",
		"all cleared", "cleared up",
		"ok now", "all ok", "gone", "dealt with", "all clean", "all sorted", "mopped", "wiped", "dry now",
		"clean now", "clean again", "it is clean")
	// takeOnWords say the sender is going to deal with something.
	takeOnWords = ph("i will get", "i will clean", "i will mop", "i will wipe", "i will grab", "i will bring",
		"i will find", "i will look", "i will sort", "i will do", "i will deal", "i will go", "i will check",
		"i will talk", "i will speak", "i will fix", "i will ring", "i will call", "i am on", "leave",
		"coming to", "going to clean", "going to mop", "going to get", "on my way", "getting the", "getting a",
		"grabbing", "bringing", "i am getting", "i can do", "i can get", "i can clean", "i can sort", "i can go",
		"mopping", "cleaning it", "heading", "i will", "me", "i can", "going to the", "going over", "going there",
		"going down", "going with", "coming with")
)

// heldProblem is the open problem the sender has taken on most recently.
func (a *analysis) heldProblem() *night.Problem {
	var held *night.Problem
	for i := range a.n.Problems {
		p := &a.n.Problems[i]
		if p.Status == night.Claimed && p.ClaimedBy == a.sender {
			held = p
		}
	}
	return held
}

// alertedProblem is the open problem last texted to the sender that
// nobody has taken on, if the sender did not raise it; failing that, the
// only such problem on the night (the alert may not have reached them yet).
func (a *analysis) alertedProblem() *night.Problem {
	if p, ok := a.n.Problem(a.ctx.LastAlertProblem); ok && p.Status == night.Open && p.RaisedBy != a.sender {
		return p
	}
	var only *night.Problem
	for i := range a.n.Problems {
		p := &a.n.Problems[i]
		if p.Status == night.Open && p.RaisedBy != a.sender {
			if only != nil {
				return nil
			}
			only = p
		}
	}
	return only
}

// speaksOf reports a content word that speaks of a problem of kind k,
// or a word of its own report.
func (a *analysis) speaksOf(p *night.Problem) bool {
	own := set(strings.FieldsFunc(lowerWord(p.Text), func(r rune) bool { return !unicode.IsLetter(r) })...)
	mine := a.ownJobTokens()
	for _, i := range a.content() {
		w := a.w(i)
		if slices.Contains(mine, i) {
			continue // "tea bar done" of "Run the tea bar" names the job, not spilt tea
		}
		// Words of the report count, but not the night's own words: "bar"
		// in "spill by the bar" does not make "i will do the bar" a claim.
		if kindWords[p.Kind][w] || own[w] && !common[w] && !functionWords[w] && !a.v.words[w] {
			return true
		}
	}
	for _, h := range a.problemHits() {
		if h.kind == p.Kind {
			return true
		}
	}
	return false
}

// ownJobTokens are the tokens that are words of the title of the one job
// the text names, when it is the sender's own.
func (a *analysis) ownJobTokens() []int {
	refs := a.jobRefs("")
	if len(refs.nums) != 1 || !slices.Contains(a.n.JobsOf(a.sender), refs.nums[0]) {
		return nil
	}
	title := a.v.jobs[refs.nums[0]-1].title
	var out []int
	for _, i := range refs.idx {
		if slices.ContainsFunc(title, func(w string) bool { return stem(w) == stem(a.w(i)) }) {
			out = append(out, i)
		}
	}
	return out
}

// fromContext reads a text against the problem the sender holds or was
// just told about. ok is false when the context does not decide it.
func (a *analysis) fromContext(jobs jobRefs) (Intent, bool) {
	if a.asking() {
		return Intent{}, false
	}
	if _, neg := a.negation(); neg && !a.has(resolvedWords) {
		return Intent{}, false
	}
	if p := a.heldProblem(); p != nil && (a.resolvedSaid(resolvedWords) && a.speaksOf(p) ||
		a.resolvedSaid(resolvedGeneric) && (len(jobs.nums) == 0 || a.onlyTitleVerbs(jobs) || a.wipedJobThing(jobs))) {
		// "all clean now" names "Clean up the hall" only by its verb.
		if !a.newProblemOtherThan(p.Kind) && !a.anotherProblem() {
			a.because("%s holds the %s problem and says it is over", a.n.Name(a.sender), p.Kind)
			return Intent{Kind: Sorted, Problem: p.ID}, true
		}
	}
	if p := a.alertedProblem(); p != nil && a.has(takeOnWords) && a.speaksOf(p) && !a.has(laterWords) && !a.othersClaim() {
		if !a.newProblemOtherThan(p.Kind) {
			a.because("%s was told about the %s problem and says they will deal with it", a.n.Name(a.sender), p.Kind)
			return Intent{Kind: Claim, Problem: p.ID}, true
		}
	}
	return Intent{}, false
}

// wipedJobThing reports a spill the sender holds wiped off a thing a job
// names, when no job named is itself cleaning: "wiped up the mats all good
// now" is the spill on the mats, not "Set up the crash mats" done.
func (a *analysis) wipedJobThing(jobs jobRefs) bool {
	if !a.holdsSpill() || len(a.words(wipedWords)) == 0 {
		return false
	}
	for _, n := range jobs.nums {
		if n < 1 || n > len(a.v.jobs) || cleaningVerbs[a.v.jobs[n-1].verb] {
			return false
		}
	}
	return true
}

var (
	cleaningVerbs = func() map[string]bool {
		m := map[string]bool{}
		for _, w := range []string{"clean", "wipe", "mop", "tidy", "sweep", "wash", "dry", "clear"} {
			m[stem(w)] = true
		}
		return m
	}()
)

// resolvedSaid reports words of ps that say a problem is over and are not
// denied just before: "dry now", but not "not dry yet", "not sorted".
func (a *analysis) resolvedSaid(ps []phrase) bool {
	for i := range a.t {
		if a.startsAt(i, ps) == 0 {
			continue
		}
		denied := false
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if w := a.w(j); w == "not" || w == "never" || w == "no" && !a.t[j].mark {
				denied = true
			}
		}
		if !denied {
			return true
		}
	}
	return false
}

// anotherWords before a problem's words say it is a new one: "another
// spill by the decks now".
var anotherWords = set("another", "new", "second", "more")

// anotherProblem reports a new problem said to be another one.
func (a *analysis) anotherProblem() bool {
	for _, h := range a.problemHits() {
		for _, i := range h.idx {
			k := i - 1
			if a.w(k) == "a" {
				k--
			}
			// "no more spills" denies it.
			if anotherWords[a.w(k)] && !a.denies(k-1) && a.w(k-1) != "any" {
				return true
			}
		}
	}
	return false
}

// othersClaim reports a claim said of another team member: "jade is on
// it", "kim is dealing with it". The sender has not taken it on.
func (a *analysis) othersClaim() bool {
	_, other := a.otherSubject()
	return other
}

// newProblemOtherThan reports words of a problem of another kind, which
// may be news rather than an answer.
func (a *analysis) newProblemOtherThan(k night.ProblemKind) bool {
	for _, h := range a.problemHits() {
		if h.kind != k && h.kind != night.Other && a.deniedBy(h) < 0 {
			return true
		}
	}
	return false
}

// deniedBy returns the word just before a problem's words that denies
// them ("nobody slipped", "no one is hurt"), or -1. A denied problem is no
// news of a new one.
func (a *analysis) deniedBy(h problemHit) int {
	if len(h.idx) == 0 {
		return -1
	}
	first, last := slices.Min(h.idx), slices.Max(h.idx)
	if w := a.w(last - 1); last > first && (w == "nothing" || w == "none") {
		return last - 1 // "tombola money counted, nothing missing"
	}
	for j := first + 1; j < last; j++ {
		if !slices.Contains(h.idx, j) && a.denies(j) && a.w(j+1) == "too" && slices.Contains(h.idx, j+1) {
			return j // "music not too loud": the excess is denied
		}
	}
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		if slices.Contains(h.idx, j) {
			return -1
		}
		if n := a.startsAt(j, latePhrases); n > 0 && j+n > first {
			return -1 // "no sign of the cab": the "no" says it has not come
		}
		if a.denies(j) {
			return j
		}
		if a.w(j) == "one" && a.denies(j-1) {
			return j - 1 // "no one needed the first aid": the window ends inside "no one"
		}
	}
	return -1
}
