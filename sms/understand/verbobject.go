package understand

import "slices"

// verbObjectAt reports that the text says job j's title verb, in any
// form, with a word of the job's things right after it (past "the",
// "all", "some"): "making candyfloss" for "Make the candyfloss". A job
// told by its own verb and thing together fits the text better than one
// named by a word said in passing ("big queue"). A second verb of the
// title counts too: "giving out garlands" for "Welcome people and give
// out garlands".
func (a *analysis) verbObjectAt(j jobInfo) bool {
	if j.verb == "" {
		return false
	}
	for i := range a.t {
		if s := stem(a.w(i)); a.social[i] || a.negated(i) || s != j.verb && (j.verb2 == "" || s != j.verb2) || a.w(i) == j.title[0] {
			continue // said as written, the first word may be a thing: "DJ"
		}
		next := i + 1
		for objectFiller[a.w(next)] {
			next++
		}
		if next < len(a.t) && slices.ContainsFunc(j.title[1:], func(w string) bool { return !titleFiller[w] && stem(w) == stem(a.w(next)) }) {
			return true
		}
	}
	return false
}

var objectFiller = set("the", "all", "some", "more", "a", "an", "up", "out")

// bringingOwnThing reports the sender on their way with the things of
// one of their jobs, and no problem open: "on my way outside with the
// sparklers" from the person who hands out sparklers has started it.
func (a *analysis) bringingOwnThing(refs jobRefs) bool {
	if len(refs.nums) != 1 || !slices.Contains(a.n.JobsOf(a.sender), refs.nums[0]) || len(a.n.OpenProblems()) > 0 ||
		a.asking() || a.laterSaid() {
		return false
	}
	own := a.jobTokens(refs.nums[0])
	for i := range a.t {
		if n := a.startsAt(i, onMyWay); n > 0 && !a.negated(i) {
			for k := i + n; k < len(a.t)-1; k++ {
				if a.w(k) == "with" {
					next := k + 1
					if a.w(next) == "the" || a.w(next) == "all" {
						next++
					}
					return slices.Contains(own, next)
				}
			}
		}
	}
	return false
}

var onMyWay = ph("on my way", "i am on my way", "heading", "i am heading", "off out", "going out")

// placeNounFits reports, for a title that stores or stacks things
// somewhere ("Stack the hay bales in the barn"), that the place said
// after the word of place at k is the title's own: "bales in the barn",
// not "bales in rows". Other placing titles are read as before.
func (a *analysis) placeNounFits(title []string, p, k int) bool {
	if !storingVerbs[title[0]] {
		return true
	}
	next := k + 1
	for a.w(next) == "the" || a.w(next) == "a" {
		next++
	}
	if next >= len(a.t) || placedFiller[a.w(next)] || a.social[next] {
		return true // "bales all in now"
	}
	return slices.ContainsFunc(title[p+1:], func(w string) bool { return !jobStop[w] && stem(w) == stem(a.w(next)) })
}

// storingVerbs start titles that store things in their place: the place
// must be said for the things to be there.
var storingVerbs = set("stack", "pack", "store", "lock", "line")
