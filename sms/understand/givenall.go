package understand

import "slices"

// givenToAll picks, of several jobs of the sender a text may mean, the one
// job that gives things out, when the text says everyone has had them:
// "evry1 has got there shoes on" from the person who sets up the shoe hire
// counter and hands out the shoes is the handing out done. When none or
// more than one fits, it says no and the sender is asked.
func (a *analysis) givenToAll(nums []int) (int, bool) {
	mine := a.n.JobsOf(a.sender)
	found, fits := 0, 0
	for _, n := range nums {
		if !slices.Contains(mine, n) {
			return 0, false
		}
		j := a.v.jobs[n-1]
		if (givesOut(j.verb) || givesOut(j.verb2)) && a.everyoneGot(n) {
			found, fits = n, fits+1
		}
	}
	return found, fits == 1
}

// givesOut reports the stem of a title verb that gives things to people.
func givesOut(verb string) bool { return verb != "" && (givingVerbs[verb] || servingVerbs[verb]) }
