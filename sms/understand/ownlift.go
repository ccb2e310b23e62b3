package understand

// ownLiftToCome reports the sender's own lift home said to come at a time
// or later: "my mum is picking me up tonight at 10", "my dad will collect
// me later". The sender is still here and nothing is late; nothing
// changes.
func (a *analysis) ownLiftToCome() bool {
	if !a.has(rideComing) || a.asking() || a.guestNamed() != nil || len(a.lateIdx()) > 0 {
		return false
	}
	if !a.atClock() && !a.hasWord("later") {
		return false
	}
	for _, h := range a.problemHits() {
		if h.kind != "taxi" {
			return false
		}
	}
	for i := range a.t {
		if a.w(i-1) == "my" && pickupWords[a.w(i)] {
			return true
		}
	}
	return false
}
