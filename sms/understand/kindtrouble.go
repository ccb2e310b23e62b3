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
	first, last := slices.Min(idx), slices.Max(idx)
	if !troubleNouns[a.w(last+1)] {
		return false
	}
	no := first
	if a.w(no) != "no" {
		no = first - 1
	}
	if a.w(no) != "no" {
		return false
	}
	for i := no + 1; i <= last; i++ {
		if !slices.Contains(idx, i) {
			return false
		}
	}
	return true
}
