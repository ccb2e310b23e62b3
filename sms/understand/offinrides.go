package understand

// groupOffInRides reports news that the people have gone off in their
// rides, said by where they are or how they went rather than by "home":
// "every one is gone in there lifts", "evry1 is on the minibus", "all
// the members are picked up and gone". The people must be said as people
// ("everyone", "guests", or "all" right before how they went): "all the
// boxes are in the car" tells of boxes. A question, a denial, a plan or
// the sender themselves going is not it.
func (a *analysis) groupOffInRides() bool {
	if a.asking() || a.laterSaid() {
		return false
	}
	if _, neg := a.negation(); neg {
		return false
	}
	people, went, inRide := false, false, false
	for i := range a.t {
		w := a.w(i)
		if selfSubjWords[w] || w == "we" {
			return false // "i am on the bus": the sender going
		}
		switch {
		case peopleWords[w], w == "every" && (a.w(i+1) == "one" || a.w(i+1) == "body"):
			people = true
		case w == "all" && i == firstContent(a) && (offWords[a.w(i+1)] || a.w(i+1) == "on" || a.w(i+1) == "in"):
			people = true // "all gone in taxis", "all on the bus"
		}
		if offWords[w] || w == "picked" && a.w(i+1) == "up" {
			went = true
		}
		if (w == "in" || w == "on" || w == "onto") && a.rideAfter(i) {
			inRide = true
		}
	}
	return people && (inRide || went && a.rideWordSaid())
}

var (
	peopleWords = set("everyone", "everybody", "guests", "members", "people")
	offWords    = set("gone", "left", "collected", "away")
	rideWords   = set("lift", "lifts", "taxi", "taxis", "cab", "cabs", "car", "cars", "minibus", "bus", "buses",
		"coach", "rides", "ride")
	rideOwner = set("the", "their", "there", "thier", "a", "his", "her")
)

// rideAfter reports a ride right after "in" or "on" at i: "in there
// lifts", "on the minibus", not "in the car park".
func (a *analysis) rideAfter(i int) bool {
	next := i + 1
	if rideOwner[a.w(next)] {
		next++
	}
	return rideWords[a.w(next)] && a.w(next+1) != "park"
}

// rideWordSaid reports a ride said anywhere: "picked up and gone in taxis".
func (a *analysis) rideWordSaid() bool {
	for i := range a.t {
		if rideWords[a.w(i)] && a.w(i+1) != "park" || a.w(i) == "picked" && a.w(i+1) == "up" {
			return true
		}
	}
	return false
}

// firstContent is the first token that is not social, or -1.
func firstContent(a *analysis) int {
	if c := a.content(); len(c) > 0 {
		return c[0]
	}
	return -1
}
