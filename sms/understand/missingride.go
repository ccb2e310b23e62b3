package understand

// A guest nobody can find while their ride waits ("cant find nina
// anywhere her taxi is here") is missing: the words of the taxi say why
// it matters now, not that the taxi is the trouble.

var cannotFind = ph("can not find")

// soughtPerson are the words of looking for someone that a guest's name
// follows: "cant find kieran", "has anyone seen kieran".
var soughtPerson = ph("can not find", "anyone seen", "anybody seen", "you seen", "not seen")

// soughtBeforeRide reports "can not find" or "anyone seen" and a person,
// before any word of a taxi: "cant find frank anywhere his taxi is
// waiting", "has anyone seen kieran his taxi is due". A thing
// sought ("cant find my phone") or the taxi sought is not a person.
func (a *analysis) soughtBeforeRide() bool {
	taxi := len(a.t)
	for _, i := range a.words(taxiWords) {
		taxi = min(taxi, i)
	}
	for _, i := range a.firmTokens() {
		taxi = min(taxi, i)
	}
	for i := range a.t {
		n := a.startsAt(i, soughtPerson)
		if i >= taxi || n == 0 || a.negated(i-1) {
			continue
		}
		p := i + n
		if a.name(p) != (nameRef{}) && !a.t[p].poss && a.w(p+1) != "s" && !possessives[a.w(p+1)] && p+1 < taxi {
			return true
		}
	}
	return false
}

// unknownSought finds "can not find" a word nobody knows, then
// "anywhere": "cant find jasmine anywhere". A word that is no English word,
// no word of the night and no mended spelling is most likely a guest's
// name when typed with a capital or told of as "she" or "he"; things are
// sought with "the" or "my", or by words everyone knows.
func (a *analysis) unknownSought() []int {
	for i := range a.t {
		if a.startsAt(i, cannotFind) == 0 || a.negated(i-1) {
			continue
		}
		x := i + 3
		if x >= len(a.t) || a.w(x+1) != "anywhere" {
			continue
		}
		t := a.t[x]
		if t.fixed || t.emoji || t.num > 0 || t.poss || !isAlpha(t.w) || len(t.w) < 3 || a.v.known(t.w) || a.social[x] {
			continue
		}
		if !t.cap && !a.hasWord("she") && !a.hasWord("he") && !a.hasWord("her") && !a.hasWord("him") {
			continue // "cant find sellotape anywhere": no sign it is a person
		}
		return []int{i, i + 1, i + 2, x, x + 1}
	}
	return nil
}
