package understand

import "strings"

// A yes or no question about the night that Clubnight cannot answer from
// the plan ("is the urn on yet", "is dan coming tonight", "do we need more
// marshmallows?") changes nothing and needs no person to read it: the
// sender is greeted and shown what they can text. Questions that ask for
// help ("has anyone got a plaster"), name trouble, or deny something stay
// with a person.

// yesNoAsked reports such a question: a yes/no word first, then who or
// what it asks about (a member or guest of the night, "the", "we", "u"),
// no words of trouble or help, no denial, no one's ride home, and short.
func (a *analysis) yesNoAsked() bool {
	c := a.content()
	if len(c) < 3 || len(c) > 12 || !yesNoStarts[a.w(c[0])] {
		return false
	}
	next, w := c[1], a.w(c[1])
	switch {
	case a.v.names[w] != nil && a.name(next) == (nameRef{}):
		// "is hope on the door tonight": a name that is also a word,
		// right after the question's first word, is who it asks about.
	case !a.asking() || !yesNoAbout[w] && a.name(next) == (nameRef{}):
		return false
	}
	if _, neg := a.negation(); neg || len(a.problemHits()) > 0 || a.has(askForHelp) || a.has(nobodyWords) {
		return false
	}
	// "are the castle cars here yet": a guest's way home is asked about;
	// a person who can see the door answers that.
	return len(a.companyRides()) == 0 && len(a.words(carsWords)) == 0 && len(a.words(pickupWords)) == 0
}

// yesNoStarts open a question that asks whether: "is", "has", "do", "will"
// ("can" and "could" ask for something, so a person reads those).
var yesNoStarts = set("is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "will", "am")

// yesNoAbout may follow the first word of a yes/no question about the
// night: "is the urn on", "do we need more cups", "will u play".
var yesNoAbout = set("the", "we", "u", "you", "ya", "it", "there", "i", "our", "my", "this", "that", "those", "these")

// nobodyWords ask about anyone at all: a plea more than a question.
var nobodyWords = ph("anyone", "anybody", "someone", "somebody", "everyone", "everybody", "any one", "any1", "sum1", "every1")

// whatAmIDoing reports the sender asking what they do tonight in their
// own words: "what am i helping with tonight", "wat am i working on",
// "what am i running later" (a doing word after "what am i").
func (a *analysis) whatAmIDoing() bool {
	c := a.content()
	if len(c) < 4 || !questionWords[a.w(c[0])] || a.w(c[0]) == "who" || a.w(c[0]) == "why" || a.w(c[0]) == "when" {
		return false
	}
	if a.w(c[1]) != "am" || a.w(c[2]) != "i" {
		return false
	}
	w := a.w(c[3])
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !ingNoDoing[w] && len(a.problemHits()) == 0
}
