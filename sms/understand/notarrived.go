package understand

import "slices"

// A thing ordered for the night that has not come ("pizza delivery hasnt
// turned up and its nearly 8", "the burger buns never came") is trouble
// the team can chase. A person or a ride not come is read elsewhere, and
// "not come yet" may only be early.

var (
	// notArrived say something has not come.
	notArrived = ph("has not come", "have not come", "has not came", "have not came", "has not arrived",
		"have not arrived", "has not turned up", "have not turned up", "has not shown up", "have not shown up",
		"never came", "never arrived", "never turned up", "never showed up", "did not come", "did not arrive",
		"did not turn up", "has not been delivered", "have not been delivered", "not been delivered")
	// notArrivedStop say it may only be early: "not come yet".
	notArrivedStop = set("yet", "till", "until", "before")
	// dayPeople are who may not come, not what: "the band", "the dj".
	dayPeople = set("band", "dj", "singer", "act", "acts", "volunteer", "volunteers", "staff", "team", "guests",
		"it", "that", "this", "he", "she", "they", "one", "everyone", "anyone", "nobody")
)

// thingNotArrived finds a thing, then words of it not having come, with
// no "yet" or "till": the thing and the words.
func (a *analysis) thingNotArrived() []int {
	for _, t := range a.t {
		if notArrivedStop[t.w] || t.time {
			return nil
		}
	}
	for i := range a.t {
		n := a.startsAt(i, notArrived)
		if n == 0 {
			continue
		}
		j := i - 1
		w := a.w(j)
		if j < 0 || a.names[j] != (nameRef{}) || personNouns[w] || personWords[w] || pickupWords[w] ||
			taxiWords[w] || musicThings[w] || a.w(j-1) == "my" || a.t[j].cap && j > 0 || slices.Contains(a.firmTokens(), j) || dayPeople[w] {
			continue
		}
		out := []int{j}
		for m := i; m < i+n; m++ {
			out = append(out, m)
		}
		return out
	}
	return nil
}
