package understand

// hitBefore say "a hit" is a success: "the hats have been a hit", "what a
// hit", "a real hit".
var (
	hitBeVerbs = set("been", "was", "is", "s", "are", "were", "what", "such", "proper", "going", "be")
	hitSizes   = set("big", "huge", "massive", "real", "smash", "great", "total", "right")
)

// successHit reports "hit" at i said as a success, not a blow: "hats have
// been a hit", "the limbo was a big hit", "a massive hit with the kids".
// "he hit a lad" and "got a hit on the head" are still blows.
func (a *analysis) successHit(i int) bool {
	if a.w(i) != "hit" {
		return false
	}
	j := i - 1
	if hitSizes[a.w(j)] {
		j--
	}
	return a.w(j) == "a" && hitBeVerbs[a.w(j-1)]
}
