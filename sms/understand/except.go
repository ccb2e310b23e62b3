package understand

// leavesOut reports a job done or a ride gone told with an exception:
// "evry1 has got a drink except carl", "everyone is on the minibus
// except ivy". Not all of it is done, and the one left out may be the
// very guest the text names, so a person reads it.
func (a *analysis) leavesOut(in Intent) bool {
	if in.Kind != Done && in.Kind != Ride {
		return false
	}
	for i := range a.t {
		if a.startsAt(i, exceptWords) > 0 && !a.social[i] {
			return true
		}
	}
	return false
}

var exceptWords = ph("except", "exept", "excpet", "cept", "apart from", "apart frm", "all but", "bar one",
	"other than", "besides")
