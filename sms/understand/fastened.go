package understand

// fastenWords say how a thing was fixed in place; "down" right after one
// ("pegged down", "tied down", "taped down") tells how it was put up, not
// that it was taken down at the end of the night.
var fastenWords = set("pegged", "peg", "pegging", "tied", "tie", "tying", "taped", "tape", "taping",
	"weighed", "weighted", "strapped", "stuck", "nailed", "screwed", "pinned", "roped", "bolted",
	"clipped", "fastened", "secured", "held", "staked", "weigh")

// fastenedDown reports the "down" at i of fixing a thing in place.
func (a *analysis) fastenedDown(i int) bool {
	return a.w(i) == "down" && i > 0 && fastenWords[a.w(i-1)]
}
