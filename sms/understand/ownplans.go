package understand

// The sender's own coming and going, told with a time: "leaving at 8
// tonight" is a plan, while "gotta go my bus is in 5 mins" is going now,
// the time being the bus's.

// leavesAtClock reports the sender saying when they will go: "i have to
// leave early tonight at 8", "im going at 9 tonight". No guest is named,
// so the time is the sender's own, and nothing says it is now.
func (a *analysis) leavesAtClock(in Intent) bool {
	return in.Kind == Leaving && in.Person == "" && a.guestNamed() == nil && a.atClock() && !a.has(rightNow) &&
		!a.ownRideSoon()
}

// ownRideSoon reports that every word of later and every clock time in
// the text come after the sender's own ride ("my bus is in 5 mins", "my
// bus is at 10"), after the words of leaving: the time is when the ride
// goes, and the sender is going now to catch it.
func (a *analysis) ownRideSoon() bool {
	leave, ride := -1, -1
	for i := range a.t {
		if leave < 0 && a.startsAt(i, leaveWords) > 0 {
			leave = i
		}
		if ride < 0 && a.w(i) == "my" && pickupWords[a.w(i+1)] {
			ride = i
		}
	}
	if leave < 0 || ride < leave {
		return false
	}
	for i := range a.t {
		if i < ride && (!a.social[i] && a.startsAt(i, laterWords) > 0 || a.clockAt(i)) {
			return false
		}
	}
	return !a.untilSomeoneComes()
}

// clockAt reports a clock time looked ahead to from token i: "at 8", "by
// half 9" (see atClock).
func (a *analysis) clockAt(i int) bool {
	if w := a.w(i); w != "at" && w != "by" && w != "for" && w != "till" && w != "until" || i+1 >= len(a.t) {
		return false
	}
	next := a.t[i+1]
	return next.num > 0 || next.time || next.w == "half" || next.w == "quarter"
}

// anotherNight reports news or a plan for another night ("i will bring
// more cake next month", "dan said hes bringing the speakers next time"):
// nothing happens tonight, so nothing changes, and no person needs to
// read it. Trouble, a question or a denial is left to a person.
func (a *analysis) anotherNight() bool {
	if !a.has(otherNights) || len(a.problemHits()) > 0 || a.asking() {
		return false
	}
	_, neg := a.negation()
	return !neg
}

// otherNights name a night or day that is not tonight ("at home time"
// is tonight, so "at home" is not one).
var otherNights = ph("next week", "next month", "next time", "next year", "next summer", "next christmas",
	"last week", "last month", "last time", "last year", "yesterday", "tomorrow", "the other day")

// ownJourney reports that every word of a ride in the text tells, in the
// past, how the sender's own way here went: "made it bus was late", "im
// here now sorry the bus was slow". A guest's ride home is still to come
// or is here now; the sender's bus was.
func (a *analysis) ownJourney() bool {
	rides := a.words(pickupWords)
	if len(rides) == 0 || !a.firstPersonArrival() {
		return false
	}
	for _, i := range rides {
		if a.w(i-1) == "my" {
			continue
		}
		if !publicTransport[a.w(i)] || a.w(i+1) != "was" && a.w(i+1) != "were" {
			return false
		}
	}
	return true
}

// firstPersonArrival reports the sender's own arrival said first: "made
// it", "im here", "got here" before any word of a ride.
func (a *analysis) firstPersonArrival() bool {
	c := a.content()
	return len(c) > 0 && a.startsAny(c[0], ownArrival)
}

var ownArrival = ph("made it", "i am here", "i am in", "got here", "just got here", "finally here", "here now",
	"just arrived", "arrived", "here at last", "i have arrived", "i made it", "here")

// ownWayHere reports the sender telling they are on their way or late
// ("sorry running late be there in 10", "on my way now", "stuck in traffic
// be there soon"): they have not come, so nothing changes, and nobody needs
// to read it. No guest, other member or trouble is named, and nothing is
// asked or denied.
func (a *analysis) ownWayHere() bool {
	if !a.has(onTheWay) && !a.has(ownLate) || a.guestNamed() != nil || a.otherPerson() != "" || a.asking() {
		return false
	}
	if len(a.words(thirdPerson)) > 0 || len(a.problemHits()) > 0 && !a.onlyTaxiHits() {
		return false
	}
	// "on my way outside with the sparklers" is on the way to work
	// there: only a word of time or place may follow "on my way".
	for i := range a.t {
		if n := a.startsAt(i, onTheWay); n > 0 {
			for _, k := range a.content() {
				if k >= i+n && !wayTail[a.w(k)] && a.t[k].num == 0 && !a.startsAny(k, ownLate) {
					return false
				}
			}
		}
	}
	c := a.content()
	return a.startsAny(c[0], ownLate) || a.startsAny(c[0], onTheWay) || a.w(c[0]) == "i" || a.w(c[0]) == "stuck" ||
		a.w(c[0]) == "sorry"
}

// wayTail may follow "on my way" when it tells only of the sender coming:
// "on my way now", "on my way be there in 10".
var wayTail = set("now", "x", "xx", "be", "there", "in", "mins", "min", "minutes", "soon", "sorry", "late", "running",
	"i", "am", "will", "the", "traffic", "bus", "stuck", "at", "by", "half", "quarter", "past", "to", "see", "you", "u")

// ownLate say the sender is late or held up on the way.
var ownLate = ph("running late", "i am running late", "i am late", "i will be late", "i am running", "be there in",
	"be there soon", "be there at", "be there by", "stuck in traffic", "held up", "i will be there",
	"be with you", "be a bit late", "be 5 mins", "be 10 mins", "be 5 minutes", "be 10 minutes")

// lateOfOwnJourney reports that every word of lateness tells of the
// sender's own way here, after their arrival said first: the "late" of
// "here now bus was late, graces mum is here too" is the sender's bus,
// not Grace's ride.
func (a *analysis) lateOfOwnJourney(lateAt []int) bool {
	if len(lateAt) == 0 || !a.firstPersonArrival() {
		return false
	}
	for _, i := range lateAt {
		if !(publicTransport[a.w(i-2)] && (a.w(i-1) == "was" || a.w(i-1) == "were")) {
			return false
		}
	}
	return true
}
