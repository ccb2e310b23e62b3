package understand

// A thing that "blew over", "fell over" or was "knocked over" has toppled:
// "over" there tells how it fell, not that a job is over, and "blew" is no
// job of blowing up done. "the gazebo blew over" is trouble.

// toppleVerbs come before "over" when something fell: "blew over".
var toppleVerbs = set("blew", "blown", "blowing", "blow", "fell", "fallen", "falling", "fall", "knocked",
	"knocking", "tipped", "tipping", "toppled", "toppling", "keeled", "tumbled", "flipped", "blowed")

// toppledOver reports "over" at i, or a word of toppling before it, said
// of a thing that fell: "blew over", "has blown right over".
func (a *analysis) toppledOver(i int) bool {
	switch {
	case a.w(i) == "over":
		j := i - 1
		if a.w(j) == "right" || a.w(j) == "all" {
			j--
		}
		return toppleVerbs[a.w(j)]
	case toppleVerbs[a.w(i)]:
		return a.w(i+1) == "over" || (a.w(i+1) == "right" || a.w(i+1) == "all") && a.w(i+2) == "over"
	}
	return false
}
