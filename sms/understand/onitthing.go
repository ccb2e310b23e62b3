package understand

// thingOnIt reports "on it" at i said of a thing: "a hat with a beard on
// it", "a cake with some candles on it". An article starts the thing at
// most three words before "on", and no word between is a verb of being
// or a person, so "i am on it", "dan is on it" and "me and tom are on it"
// stay offers.
func (a *analysis) thingOnIt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := a.w(j)
		if a.social[j] || a.t[j].emoji || a.names[j] != (nameRef{}) || beWords[w] || subjectWords[w] {
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
