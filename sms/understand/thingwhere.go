package understand

// A text that only tells where a kit or box is kept ("first aid kit is on
// the shelf in the kitchen", "the cash tin is in the office") is for the
// team to know: nothing changes and nobody needs to read it. It is read
// only when nothing else was: no job, no problem.

// keptAt say where a thing is: "on the shelf", "by the fire exit".
var keptAt = set("in", "on", "by", "under", "behind", "beside", "near", "next", "inside", "at", "upstairs",
	"downstairs")

// boxWhere reports a kit or box word, "is" or "are", and a word of where,
// with nothing before the box word but "the", "a", "first aid" or the
// name of what it is for.
func (a *analysis) boxWhere() bool {
	c := a.content()
	for k, i := range c {
		if !boxWords[a.w(i)] && a.w(i) != "bag" && a.w(i) != "case" {
			continue
		}
		if k > 3 || !thirdAux[a.w(i+1)] || !keptAt[a.w(i+2)] || a.negated(i+1) {
			return false
		}
		for _, j := range c[:k] {
			if a.name(j) != (nameRef{}) || personNouns[a.w(j)] || personWords[a.w(j)] || a.w(j) == "my" {
				return false // "my bag is in the car", "ada's bag is on the chair"
			}
		}
		return true
	}
	return false
}
