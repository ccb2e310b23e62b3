package understand

import "slices"

// meltWords say food has come apart where it lies: "lolly melted on the
// floor", "cake squashed on the floor".
var meltWords = ph("melted", "melting", "melt", "squashed", "squished", "trodden", "trod")

// meltedOnFloor returns the words of food named before a word of melting
// and then the floor ("lolly melted on the floor by the door"), or nil. It
// is a spill to clean; "lollies melting in the freezer" is not on the
// floor.
func (a *analysis) meltedOnFloor(food []int) []int {
	m := a.find(meltWords)
	if m < 0 || a.negated(m) {
		return nil
	}
	at := a.find(onTheFloor)
	if at <= m || !slices.ContainsFunc(food, func(f int) bool { return f < m }) {
		return nil
	}
	return []int{m, at}
}
