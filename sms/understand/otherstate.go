package understand

// stateFillers may stand between a thing and the state it is in: "the
// bin is now totally empty".
var stateFillers = set("is", "are", "was", "were", "s", "been", "has", "have", "all", "now", "totally",
	"completely", "fully", "nearly", "almost", "half", "very", "really", "so", "bit", "a", "getting", "gone")

// notThings stand before a state without naming what is in it: "done all
// empty", "its empty".
var notThings = set("it", "its", "it's", "they", "them", "thats", "that", "this", "these", "those", "done",
	"finished", "and", "so", "ok", "okay", "yes", "yeah", "now", "i", "im", "we", "both", "everything", "all")

// stateOfOtherThing reports the state word at i said of a thing the job
// does not name: "first aid kit is empty", "the bin is empty" for "Empty
// the paddling pool". Only the state names the job, and a word that
// could be a thing stands before it. "empty now" and "its all empty"
// still speak of the job.
func (a *analysis) stateOfOtherThing(refs jobRefs, i int) bool {
	for _, j := range refs.idx {
		if j != i {
			return false
		}
	}
	j := i - 1
	for j >= 0 && stateFillers[a.w(j)] {
		j--
	}
	if j < 0 {
		return false
	}
	w := a.w(j)
	return w != "" && !notThings[w] && !a.social[j] && !personWords[w]
}
