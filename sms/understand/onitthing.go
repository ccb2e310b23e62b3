package understand

import "slices"

// thingOnIt reports "on it" at i said of a thing: "a hat with a beard on
// it", "a cake with some candles on it". An article starts the thing at
// most three words before "on", and no word between is a verb of being
// or a person, so "i am on it", "dan is on it" and "me and tom are on it"
// stay offers.
func (a *analysis) thingOnIt(i int) bool {
	if a.carriedOnIt(i) {
		return true
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := a.w(j)
		if a.social[j] || a.t[j].emoji || a.name(j) != (nameRef{}) || beWords[w] || subjectWords[w] {
			return false
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
	subjectWords  = set("i", "me", "we", "us", "you", "he", "she", "they", "someone", "somebody", "everyone", "who")
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
