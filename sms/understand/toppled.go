package understand

// A thing that "blew over", "fell over" or was "knocked over" has toppled:
// "over" there tells how it fell, not that a job is over, and "blew" is no
// job of blowing up done. "the gazebo blew over" is trouble, and so is
// bunting that "has come down" by itself.

// toppleVerbs come before "over" when something fell: "blew over".
var toppleVerbs = set("blew", "blown", "blowing", "blow", "fell", "fallen", "falling", "fall", "knocked",
	"knocking", "tipped", "tipping", "toppled", "toppling", "keeled", "tumbled", "flipped", "blowed")

// toppledOver reports "over" at i, or a word of toppling before it, said
// of a thing that fell: "blew over", "has blown right over".
func (a *analysis) toppledOver(i int) bool {
	switch {
	case a.w(i) == "over" || a.w(i) == "down":
		j := i - 1
		if a.w(j) == "right" || a.w(j) == "all" {
			j--
		}
		return toppleVerbs[a.w(j)] || a.w(i) == "down" && a.fellDown(j)
	case toppleVerbs[a.w(i)] || cameDown[a.w(i)]:
		k := i + 1
		if a.w(k) == "right" || a.w(k) == "all" {
			k++
		}
		return a.w(k) == "over" && toppleVerbs[a.w(i)] || a.w(k) == "down" && a.fellDown(i)
	}
	return false
}

// fellDown reports the verb at j before "down" as falling by itself:
// "blew down", or "has come down" with a word of the danger it makes
// ("someone could trip"). Bunting that "has come down" at the close was
// taken down.
func (a *analysis) fellDown(j int) bool {
	w := a.w(j)
	if w == "come" || w == "came" {
		return a.has(tripRisk)
	}
	return cameDown[w]
}

var (
	// cameDown come before "down" when something fell by itself.
	cameDown = set("come", "came", "fell", "fallen", "falling", "blew", "blown", "blowing")
	// tripRisk say a thing is where someone may fall over it.
	tripRisk = ph("could trip", "might trip", "will trip", "trip on it", "trip over it", "someone trip")
)
