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

// noMishapAfterDone reports "not" at i in "and i didnt drop it" after a
// job said done first: "shaker show dun and i didnt drop it". What did
// not go wrong denies nothing of the job.
func (a *analysis) noMishapAfterDone(i int) bool {
	if a.w(i) != "not" || a.w(i-1) != "did" || !doers[a.w(i-2)] || !mishaps[stem(a.w(i+1))] {
		return false
	}
	_, ok := a.opensWithJobDone()
	return ok
}

var (
	doers = set("i", "we", "he", "she", "they")
	// mishaps are what can go wrong while a job is done.
	mishaps = set("drop", "spill", "break", "fall", "trip", "smash", "burn", "lose", "forget", "crash", "cut", "mess", "slip")
)

// meantNot take back what was said: "i didnt mean done".
var meantNot = ph("did not mean", "not meant", "meant not")

// stillKept reports "still" at i that says a thing is kept, not work
// still going: "all the fruit chopped, still got all my fingers".
func (a *analysis) stillKept(i int) bool {
	have := a.w(i + 1)
	return a.w(i) == "still" && (have == "got" || have == "have" || have == "has") && keptWhose[a.w(i+2)]
}

// keptWhose say whose a kept thing is, or that all of it is kept.
var keptWhose = set("all", "my", "me", "both", "his", "her", "our")
