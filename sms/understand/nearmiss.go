package understand

// nearMissed reports the person at k only nearly hit: "the banner fell
// down nearly hit someone", "a speaker came off and almost hit ray".
// Nobody was hurt, so the person named is no sign of an injury.
func (a *analysis) nearMissed(k int) bool {
	return hitWords[a.w(k-1)] && nearlyHit[a.w(k-2)]
}

// nearHit reports the hit at i that only nearly happened, after a thing
// fell: "the mirror fell off the wall nearly hit someone" is a thing
// fallen, not a fight.
func (a *analysis) nearHit(i int) bool {
	if !hitWords[a.w(i)] || !nearlyHit[a.w(i-1)] {
		return false
	}
	for j := 0; j < i; j++ {
		if a.thingFell(j) {
			return true
		}
	}
	return false
}

var (
	hitWords  = set("hit", "hitting", "hits", "landed", "squashed", "flattened")
	nearlyHit = set("nearly", "almost", "narrowly")
)
