package understand

// foundLeftBehind reports one thing found and said to be left somewhere:
// "found a purple mask wiv feathers left on a chair". Someone left it
// behind, so it is lost property even when the night's jobs use such
// things (a mask-making table); "found some glue" is still the night's
// own.
func (a *analysis) foundLeftBehind(i int) bool {
	if a.w(i) != "found" || a.w(i+1) != "a" && a.w(i+1) != "an" {
		return false
	}
	for k := i + 3; k <= i+7 && k < len(a.t); k++ {
		if a.w(k) == "left" && (leftWhere[a.w(k+1)] || a.w(k+1) == "behind") {
			return true
		}
	}
	return false
}
