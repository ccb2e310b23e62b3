package understand

// stopDenied reports the word at i in a stop that is denied: "the music
// has not stopped once tonight", "never stopped all night", "did not stop
// till ten". The sound kept going; that is no fault. "will not stop" may
// be music stuck on, so only a stop in the past is denied.
func (a *analysis) stopDenied(i int) bool {
	switch w := a.w(i); {
	case w == "not" || w == "never":
		return a.pastStop(i + 1)
	case w == "stopped" || w == "stop":
		return a.pastStop(i) && (a.w(i-1) == "not" || a.w(i-1) == "never")
	}
	return false
}

// pastStop reports a stop in the past at i: "stopped", or "stop" after
// "did not" or "never".
func (a *analysis) pastStop(i int) bool {
	switch a.w(i) {
	case "stopped":
		return true
	case "stop":
		return a.w(i-1) == "never" || a.w(i-1) == "not" && a.w(i-2) == "did"
	}
	return false
}
