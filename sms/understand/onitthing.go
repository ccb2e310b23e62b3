package understand

import "slices"

// thingOnIt reports "on it" at i said of a thing: "a hat with a beard on
// it", "a cake with some candles on it", "the sign is up on it", "the
// cones have tape on it". An article starts the thing at most three words
// before "on", or a thing has or is something on it; no word between is
// a person, so "i am on it", "dan is on it", "me and tom are on it" and
// "the team is on it" stay offers.
func (a *analysis) thingOnIt(i int) bool {
	if a.carriedOnIt(i) || footVerbs[a.w(i-1)] {
		return true // "someone could trip on it"
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := a.w(j)
		if a.social[j] || a.t[j].emoji || a.name(j) != (nameRef{}) || subjectWords[w] {
			return false
		}
		if beWords[w] {
			// "the sign is up on it": a thing, then a word of where.
			return j < i-1 && a.thingBefore(j)
		}
		if haveWords[w] && j < i-1 {
			// "the cones have tape on it"
			return j > 0 && !subjectWords[a.w(j-1)] && a.name(j-1) == (nameRef{}) && !personWord(a.w(j-1))
		}
		if thingArticles[w] {
			return j < i-1
		}
	}
	return false
}

var (
	thingArticles = set("a", "an", "some", "the", "lots", "loads", "my", "his", "her", "their", "your")
	beWords       = set("is", "are", "am", "s", "be", "been", "was", "were", "m")
	haveWords     = set("has", "have", "got")
	footVerbs     = set("trip", "tripped", "tripping", "slip", "slipped", "slipping", "fall", "fell", "step", "stepped",
		"stand", "stood", "tread", "trod", "sit", "sat")
	subjectWords = set("i", "me", "we", "us", "you", "he", "she", "they", "someone", "somebody", "everyone", "who")
)

// carriedOnIt reports "on it" at i said of who a bus or car carries:
// "minibus left with ciaran on it". "With" comes at most three words
// before "on", after a word for a ride, with no verb of being or subject
// word between, so "im on it with dan" stays an offer.
func (a *analysis) carriedOnIt(i int) bool {
	for j := i - 1; j > 0 && j >= i-3; j-- {
		w := a.w(j)
		if beWords[w] || subjectWords[w] {
			return false
		}
		if w == "with" {
			return j < i-1 && slices.ContainsFunc(a.t[:j], func(t token) bool { return pickupWords[t.w] || publicTransport[t.w] })
		}
	}
	return false
}

// thingBefore reports a thing said just before token j: an article and up
// to three words that name no one, "the sign", "the password sign".
func (a *analysis) thingBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if a.name(k) != (nameRef{}) || personWord(a.w(k)) || subjectWords[a.w(k)] || thingArticles[a.w(k)] {
			return false
		}
		if thingArticles[a.w(k-1)] {
			return true
		}
	}
	return false
}
