package understand

// A guest nobody can find while their ride waits ("cant find nina
// anywhere her taxi is here") is missing: the words of the taxi say why
// it matters now, not that the taxi is the trouble.

var cannotFind = ph("can not find")

// soughtBeforeRide reports "can not find" and a person, before any word
// of a taxi: "cant find frank anywhere his taxi is waiting". A thing
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
		if i >= taxi || a.startsAt(i, cannotFind) == 0 || a.negated(i-1) {
			continue
		}
		p := i + 3
		if a.names[p] != (nameRef{}) && a.w(p+1) != "s" && !possessives[a.w(p+1)] && p+1 < taxi {
			return true
		}
	}
	return false
}
