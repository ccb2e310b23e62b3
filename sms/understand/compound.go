package understand

// compoundTail is the last word of a title word made of two real words
// ("chairs" of "deckchairs", "boards" of "scoreboards", "cloths" of
// "tablecloths"), or "". The team often says only that word: "chairs out
// on the grass" for "Set out the deckchairs". Both halves are real words,
// the head of at least four letters and the tail of at least five, and the
// tail is no word of doing or of how things are. A word the dictionary
// lists whole often means something of its own ("pineapple" is no apple,
// "wheelchairs" no chairs), so only words it does not list are split, and
// the few listed ones whose things are what people say (listedSplit).
func compoundTail(w string) string {
	if t, ok := listedSplit[w]; ok {
		return t
	}
	if len(w) < 9 || english[w] {
		return ""
	}
	for h := 4; len(w)-h >= 5; h++ {
		head, tail := w[:h], w[h:]
		if !english[head] || !english[tail] {
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

// listedSplit are dictionary words named by their things: "cloths on the
// tables" for "Put the tablecloths on".
var listedSplit = map[string]string{"tablecloths": "cloths", "tablecloth": "cloth", "paintbrushes": "brushes",
	"candlesticks": "sticks", "wristbands": "bands", "placemats": "mats", "teacups": "cups", "teapots": "pots",
	"hairbrushes": "brushes", "tablemats": "mats"}
