package understand

// "no X left" tells that X has run out. Said with what X is needed for
// ("no milk left for the teas", "no soap left at the hand wash") or with
// people still wanting it ("no crisps left and theres a queue"), someone
// must get more: trouble. Said alone it may be good news ("sold out no
// tickets left"), so it is left to the other rules.

var (
	// leftFor follow "left" to say what the thing is needed for or where.
	leftFor = set("for", "at", "in", "on", "by")
	// stillWanted say people still want what ran out.
	stillWanted = ph("queue", "queuing", "waiting", "still want", "want some", "wants some", "want more", "need more",
		"needs more", "asking for", "can someone", "can somebody", "can anyone", "get more", "any more")
	// usedUpWell say a thing ran out because it went well or a job ended.
	usedUpWell = ph("sold", "sold out", "eaten", "all gone", "gone", "done", "finished", "loved", "popular")
	// clearedThings are better gone: "no rubbish left on the field" is
	// the clean-up done, "no coats left on the rail" every guest's taken.
	clearedThings = set("rubbish", "litter", "mess", "crumbs", "dirt", "glass", "spills", "puddles", "cans",
		"bottles", "coats", "bags", "cars", "stuff", "things", "bits", "trouble", "problems", "problem", "rain")
)

// runOut finds "no (more) X left" with a need said, where X is one to
// three words naming no person, no job's thing, and "left" is not "left to
// do" or "left behind".
func (a *analysis) runOut() []int {
	if a.has(usedUpWell) || a.has(doneStrong) {
		return nil
	}
	for i := range a.t {
		if a.w(i) != "no" {
			continue
		}
		j := i + 1
		if a.w(j) == "more" {
			j++
		}
		k := j
		for k < len(a.t) && k <= j+2 && a.w(k) != "left" {
			k++
		}
		if a.w(k) != "left" || k == j || !a.thingsOnly(j, k) {
			continue
		}
		need := leftFor[a.w(k+1)] && k+2 < len(a.t) && !personWords[a.w(k+2)] && !personNouns[a.w(k+2)]
		if need || a.has(stillWanted) {
			out := make([]int, 0, k-i+1)
			for m := i; m <= k; m++ {
				out = append(out, m)
			}
			return out
		}
	}
	return nil
}

// thingsOnly reports that the words from j up to k name a thing: no
// person, no name, no job's own thing.
func (a *analysis) thingsOnly(j, k int) bool {
	for m := j; m < k; m++ {
		w := a.w(m)
		if a.name(m) != (nameRef{}) || personNouns[w] || personWords[w] || w == "body" || a.namesAJob(m) || clearedThings[w] ||
			a.t[m].emoji || a.t[m].num > 0 {
			return false
		}
	}
	return true
}
