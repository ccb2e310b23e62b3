package understand

// putOutSaid reports the sender telling that they put the job's things
// out somewhere ("i put all the candles on the tables", "put the lanterns
// by the door"), so praise of how they look after it ("they look lovely")
// is of work done. Put in, into, back or away is packing up, not setting
// out, and praise does not make it done.
func (a *analysis) putOutSaid() bool {
	if !a.putSaid() {
		return false
	}
	for i := range a.t {
		if putAwayWords[a.w(i)] {
			return false
		}
	}
	return true
}

var putAwayWords = set("in", "into", "inside", "back", "away", "box", "boxes", "bag", "bags", "cupboard")
