package understand

// notDueYet reports a "not" at k that says a ride's time has not come:
// "kayleigh's taxi isn't due till 10", "jo's cab is not until half 9",
// "not due yet". The
// ride is not late; nothing is wrong.
func (a *analysis) notDueYet(k int) bool {
	if a.w(k) != "not" {
		return false
	}
	if a.w(k+1) == "due" {
		next := a.w(k + 2)
		return next == "" || next == "yet" || dueWhen[next]
	}
	return dueWhen[a.w(k+1)]
}

// dueWhen say when a ride is due: "not due till 10", "not until half 9".
var dueWhen = set("till", "until", "til", "before", "for")
