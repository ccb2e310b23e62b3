package understand

import "strings"

// A machine said to be sparking, smoking or overheating, or one that
// "keeps" flickering, beeping or "going black", is faulty: "the extension
// lead is sparking", "screen keeps going black". Things meant to smoke or
// glow ("the bbq is smoking", "the fog machine is smoking") are not.

var (
	// faultAlways are faults whenever a machine does them now.
	faultAlways = set("sparking", "smoking", "overheating", "tripping", "fizzing", "melting")
	// faultKeeps are faults only when a machine "keeps" doing them: "the
	// lights are flickering" may be the show.
	faultKeeps = set("flickering", "beeping", "jumping", "skipping", "freezing", "crashing", "flashing",
		"clicking", "going", "turning", "switching", "dropping")
	// goneState follow "keeps going" or "keeps turning": "going black".
	goneState = set("black", "blank", "dark", "off", "out", "dead", "fuzzy", "blue")
	// madeToSmoke come before a machine that is meant to smoke.
	madeToSmoke = set("smoke", "fog", "haze", "bubble", "snow", "mist", "dry")
)

// machineFaulting finds a machine, "is" or "keeps", and a word of a fault.
func (a *analysis) machineFaulting() []int {
	for i := range a.t {
		w := a.w(i)
		if !faultAlways[w] && !faultKeeps[w] {
			continue
		}
		if (w == "going" || w == "turning" || w == "switching") && !goneState[a.w(i+1)] {
			continue
		}
		j := i - 1
		keeps := false
		for j >= 0 && (deadAux[a.w(j)] || a.w(j) == "keeps" || a.w(j) == "keep") {
			keeps = keeps || a.w(j) == "keeps" || a.w(j) == "keep"
			j--
		}
		if j < 0 || j == i-1 || faultKeeps[w] && !keeps {
			continue
		}
		sparks := false
		if w == "sparking" && !machineWords[a.w(j)] && !deviceWords[a.w(j)] {
			// "fairy lights by the fire door are sparking": the machine
			// is said before where it is.
			for k := j - 1; k >= 0 && k >= j-5; k-- {
				if (machineWords[a.w(k)] || deviceWords[strings.TrimSuffix(a.w(k), "s")]) && !fireThings[a.w(k+1)] {
					j, sparks = k, true
					break
				}
			}
		}
		thing := a.w(j)
		if !sparks && !machineWords[thing] && !deviceWords[thing] || burnsOut[thing] || madeToSmoke[a.w(j-1)] ||
			a.w(j-1) == "my" || a.name(j) != (nameRef{}) {
			continue
		}
		out := []int{}
		for m := j; m <= i; m++ {
			out = append(out, m)
		}
		return out
	}
	return nil
}
