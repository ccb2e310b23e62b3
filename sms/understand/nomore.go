package understand

// noMoreAfterDone reports "no more" after a word of done: "game finished
// no more turns", "raffle done no more tickets to sell". Said after the
// end, it tells the end again; it denies nothing said before it. Said
// first ("no more turns on the bronco") or with no word of done it is
// left alone.
func (a *analysis) noMoreAfterDone(i int) bool {
	if a.w(i) != "no" || a.w(i+1) != "more" || i <= a.firstContent() {
		return false
	}
	for j := a.firstContent(); j < i; j++ {
		if a.startsAt(j, doneStrong) > 0 && !a.negated(j) {
			return true
		}
	}
	return false
}
