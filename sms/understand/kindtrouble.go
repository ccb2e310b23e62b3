package understand

import "slices"

// troubleNouns name trouble in general, after the word of its kind: "no
// taxi problems", "no music issues".
var troubleNouns = set("problem", "problems", "issue", "issues", "trouble", "troubles", "drama", "dramas",
	"bother", "hassle", "hassles", "worries")

// kindTroubleDenied reports the words of a problem at idx as the kind of
// trouble a "no" says there is none of: "no taxi problems tonight", "no
// music issues". "no taxi for zoe" is still news, and so is "no taxi big
// problem": only the kind's own words may stand between "no" and the
// noun.
func (a *analysis) kindTroubleDenied(idx []int) bool {
	if len(idx) == 0 {
		return false
	}
	no := slices.Min(idx)
	if a.w(no) != "no" {
		no--
	}
	if a.w(no) != "no" {
		return false
	}
	// Walk the kind's words after "no"; an emoji later ("no music
	// problems tonight 🎶") is no word between.
	end := no + 1
	for slices.Contains(idx, end) {
		end++
	}
	return end > no+1 && troubleNouns[a.w(end)]
}
