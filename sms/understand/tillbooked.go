package understand

import (
	"fmt"
	"strconv"
	"strings"
)

// tillBooked reports a guest's ride said not to come till a time no later
// than the time it is booked for: "bradleys taxi wont be here till 10.15"
// when it is booked for 22:15. The ride is on time, not late; a person
// reads it rather than the team being told of a late taxi.
func (a *analysis) tillBooked() bool {
	r := a.ride()
	if r == nil || len(r.At) != 5 {
		return false
	}
	for i := range a.t {
		if dueWhen[a.w(i)] && a.w(i) != "for" {
			if at, ok := a.eveningClock(i + 1); ok {
				return at <= r.At
			}
		}
	}
	return false
}

// eveningClock reads a time of the evening at i: "10", "10.15", "9:30",
// "half 9" (half past), "quarter past 10", "quarter to 11". Hours below 12 are after noon, as a night's are.
func (a *analysis) eveningClock(i int) (string, bool) {
	if i >= len(a.t) {
		return "", false
	}
	h, m := 0, 0
	switch t := a.t[i]; {
	case t.time:
		hs, ms, _ := strings.Cut(strings.ReplaceAll(t.w, ".", ":"), ":")
		var err1, err2 error
		h, err1 = strconv.Atoi(hs)
		m, err2 = strconv.Atoi(ms)
		if err1 != nil || err2 != nil {
			return "", false
		}
	case t.w == "half" && i+1 < len(a.t) && a.t[i+1].num > 0:
		h, m = a.t[i+1].num, 30
	case t.w == "half" && a.w(i+1) == "past" && i+2 < len(a.t) && a.t[i+2].num > 0:
		h, m = a.t[i+2].num, 30
	case t.w == "quarter" && a.w(i+1) == "past" && i+2 < len(a.t) && a.t[i+2].num > 0:
		h, m = a.t[i+2].num, 15
	case t.w == "quarter" && a.w(i+1) == "to" && i+2 < len(a.t) && a.t[i+2].num > 1:
		h, m = a.t[i+2].num-1, 45
	case t.num > 0 && t.digit:
		h = t.num
	default:
		return "", false
	}
	if h < 12 && h > 0 {
		h += 12
	}
	if h > 23 || m > 59 {
		return "", false
	}
	return fmt.Sprintf("%02d:%02d", h, m), true
}
