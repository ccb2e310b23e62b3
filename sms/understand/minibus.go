package understand

import (
	"slices"

	"github.com/clubnight/clubnight/night"
)

// minibusRide is the one ride by minibus when a text of a late ride names
// a minibus and no guest: "the minibus is 15 mins late they just rang".
// A day centre or home sends one minibus, so "the minibus" is that ride;
// with two minibus rides the text must say which (by a word of its note,
// "the oakfield bus is late"), and a plain "bus" names no ride unless such
// a word comes with it: it is more likely the sender's own bus. Only news
// of a late ride is read so: "the minibus is here" may be the bus that
// takes everyone home, not one guest gone.
func (a *analysis) minibusRide() *night.Ride {
	if len(a.lateIdx()) == 0 {
		return nil
	}
	var found *night.Ride
	for k := range a.n.Rides {
		r := &a.n.Rides[k]
		if !isMinibusRide(r) {
			continue
		}
		if !a.hasWord("minibus") && !a.namesNote(r) {
			continue
		}
		if found != nil || a.minibusRides() > 1 && !a.namesNote(r) {
			return nil
		}
		found = r
	}
	return found
}

func isMinibusRide(r *night.Ride) bool {
	return containsWord(lowerWord(r.Pickup), "minibus") || containsWord(lowerWord(r.Pickup), "bus") ||
		containsWord(lowerWord(r.Note), "minibus")
}

func (a *analysis) minibusRides() int {
	n := 0
	for k := range a.n.Rides {
		if isMinibusRide(&a.n.Rides[k]) {
			n++
		}
	}
	return n
}

// namesNote reports a distinctive word of the ride's note ("brookfield"
// of "Brookfield House minibus") right before "bus" or "minibus".
func (a *analysis) namesNote(r *night.Ride) bool {
	var key []string
	for _, w := range noteWords(r) {
		if len(w) > 2 && !companyWords[w] && !noteCommon[w] {
			key = append(key, w)
		}
	}
	for i := range a.t {
		if a.social[i] || !slices.Contains(key, a.t[i].w) {
			continue
		}
		for k := i + 1; k <= i+3 && k < len(a.t); k++ {
			if w := a.w(k); w == "minibus" || w == "bus" {
				return true
			}
		}
	}
	return false
}

// noteCommon are words of a minibus's note that name no one place.
var noteCommon = set("minibus", "bus", "day", "centre", "center", "house", "home", "the", "from", "club", "care")
