package understand

// compoundTail is the last word of a title word made of two real words
// ("chairs" of "deckchairs", "boards" of "scoreboards", "cloths" of
// "tablecloths"), or "". The team often says only that word: "chairs out
// on the grass" for "Set out the deckchairs". Both halves are real words,
// the head of at least four letters and the tail of at least five, and the
// tail is no word of doing or of how things are. A word the dictionary
// lists whole often means something of its own ("pineapple" is no apple,
// "knowledge" no ledge), so such a word is split only into a head of five
// letters or more and things: "tablecloths", "paintbrushes".
func compoundTail(w string) string {
	if len(w) < 9 {
		return ""
	}
	for h := 4; len(w)-h >= 5; h++ {
		head, tail := w[:h], w[h:]
		if !english[head] || !english[tail] || english[w] && (h < 5 || tail[len(tail)-1] != 's') {
			continue
		}
		if stateWords[tail] || verbWords[tail] || verbStates[tail] || jobGeneric[tail] || jobStop[tail] || notTail[tail] {
			return ""
		}
		return tail
	}
	return ""
}

// notTail are tails too common to name a job's thing on their own.
var notTail = set("works", "ways", "things", "times", "where", "thing", "body", "place", "side", "room", "rooms",
	"along", "about", "around", "over", "under", "ground", "floor")
