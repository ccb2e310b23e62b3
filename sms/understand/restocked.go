package understand

import "slices"

// Trouble told, then "but" and someone who got more or a new one, is over
// before anyone could be texted: "we ran out of milk but faith got more",
// "the bulb went but dan put a new one in". New trouble after "but" is
// still news.

var (
	// gotVerbs say someone got a thing: "got", "brought", "found".
	gotVerbs = set("got", "get", "gets", "brought", "bought", "fetched", "found", "grabbed", "put", "borrowed",
		"brung", "swapped", "changed", "replaced", "stood", "turned", "switched", "plugged")
	// moreWords say what was got is more of it or a new one.
	// "put it back up" puts it right again.
	moreWords = set("more", "new", "another", "spare", "spares", "extra", "replacement", "fresh", "others", "back")
)

// restockedAfterBut reports words of a problem, then "but", a word of
// getting and, within three words, one of more or new, with no words of
// a problem after the "but".
func (a *analysis) restockedAfterBut(hits []problemHit) bool {
	last := -1
	for _, h := range hits {
		if len(h.idx) > 0 {
			last = max(last, slices.Max(h.idx))
		}
	}
	if last < 0 {
		return false
	}
	but := -1
	for j := last + 1; j < len(a.t); j++ {
		if a.w(j) == "but" {
			but = j
			break
		}
	}
	if but < 0 {
		return false
	}
	for _, h := range hits {
		if slices.ContainsFunc(h.idx, func(i int) bool { return i > but }) {
			return false
		}
	}
	for j := but + 1; j < len(a.t); j++ {
		if !gotVerbs[a.w(j)] || a.negated(j) {
			continue
		}
		for k := j + 1; k <= j+3 && k < len(a.t) && !negWords[a.w(k)] && a.w(k) != "no"; k++ {
			if moreWords[a.w(k)] {
				return true
			}
		}
	}
	return false
}
