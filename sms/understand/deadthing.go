package understand

// A machine said to be "dead", or the power, wifi or a fuse "down" or
// "gone", is broken: "ticket machine is dead", "camera battery dead cant
// take any pics", "the fuse has gone no lights". It must end what is said
// or come before what it stops, so "dead good" and "dead loud" stay praise.
// The sender's own phone ("my phone is dead") and a thing that was dead
// are left to a person.

var (
	// deviceWords are things that run on power, beyond machineWords.
	deviceWords = set("battery", "batteries", "camera", "torch", "radio", "charger", "signal", "network",
		"system", "card", "blower", "lead", "cable", "extension", "bulb", "bulbs", "electric", "electrics",
		"electricity", "light", "router", "machine", "machines")
	// deadWords say a thing has stopped for good.
	deadWords = set("dead", "died", "gone")
	// goneThings are the things "gone" or "down" is said of when they fail:
	// "power gone", "wifi down". "the screen is down" is a job.
	goneThings = set("fuse", "fuses", "bulb", "bulbs", "power", "wifi", "internet", "signal", "network",
		"electric", "electrics", "electricity", "battery", "batteries", "system", "gas", "lights")
	// deadWhere say where the thing died: "power gone in the hut".
	deadWhere = set("in", "at", "on", "by")
	// deadAux may stand between the thing and "dead": "is", "has", "just".
	deadAux = set("is", "s", "has", "have", "just", "gone", "totally", "completely", "all", "now", "are", "went")
	// burnsOut are things meant to go out in the end: "the fire is dead
	// now" may be the night ending.
	burnsOut = set("fire", "candle", "candles", "bbq", "barbecue", "grill")
	// deadNext may follow the word of dying: the end of a clause, or what
	// it stops ("no lights", "cant take").
	deadNext = set("", "again", "no", "so", "and", "can", "will", "nothing", "now", "completely", "totally", "the")
)

// thingDead finds a device and a word of it dying: the device, the aux
// words and the word.
func (a *analysis) thingDead() []int {
	for i := range a.t {
		w := a.w(i)
		if !deadWords[w] && w != "down" {
			continue
		}
		j := i - 1
		for j >= 0 && deadAux[a.w(j)] {
			j--
		}
		thing := a.w(j)
		if j < 0 || a.w(j-1) == "my" || a.name(j) != (nameRef{}) || burnsOut[thing] {
			continue
		}
		if w == "dead" && !machineWords[thing] && !deviceWords[thing] ||
			(w == "gone" || w == "down") && !goneThings[thing] || w == "down" && (thing == "lights" || thing == "gas") || w == "died" && !machineWords[thing] && !deviceWords[thing] {
			continue
		}
		k := i + 1
		if deadWhere[a.w(k)] {
			// "power gone in the hut no lights": where, then what it stops.
			k++
			for k < len(a.t) && k <= i+4 && !deadNext[a.w(k)] {
				k++
			}
			if k > i+4 {
				continue
			}
		}
		if !deadNext[a.w(k)] {
			continue
		}
		out := []int{j}
		for m := j + 1; m <= i; m++ {
			out = append(out, m)
		}
		return out
	}
	return nil
}
