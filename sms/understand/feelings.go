package understand

import (
	"slices"

	"github.com/clubnight/clubnight/night"
)

// Not every word of feeling is a person in distress. A whole room crying
// at the crowning, a scream at the scary bit of the film or a fright the
// sender laughs about is how people take the show; texting the team
// about it is harm. The guards here pass such texts to a person, or ask.

var (
	// crowdWords are the whole room, as the one who feels something.
	crowdWho = set("everyone", "everybody", "all", "crowd", "audience", "room", "whole")
	// moved are words of being moved by what is on: tears and frights.
	// Shouting, arguing or a fight is trouble wherever it is.
	moved = set("cry", "crying", "cried", "cries", "crys", "tears", "teary", "sobbing", "sad", "scared",
		"frightened", "afraid", "terrified", "scream", "screamed", "screaming")
	// showWords are what people watch or hear on a night: a reaction
	// to them is about the show.
	showWords = set("film", "films", "movie", "movies", "show", "ending", "story", "song", "songs", "act",
		"band", "singer", "singers", "dancers", "performance", "play", "panto", "scene", "bit", "shark",
		"ghost", "ghosts", "crowning", "speech", "speeches", "trailer", "cartoon")
)

// audienceFeeling reports that every word of upset in hits is of being
// moved (tears, fright), and is the crowd's
// ("everyone is crying", "scared every1") or is said of the show, film or
// act ("cried at the end of the film", "the film is so sad"), and no
// other kind of problem is spoken of.
func (a *analysis) audienceFeeling(hits []problemHit) bool {
	seen := false
	for _, h := range hits {
		if h.kind != night.Upset {
			return false
		}
		for _, i := range h.idx {
			if !moved[a.w(i)] || !a.crowdFelt(i) && !a.showFelt(i) {
				return false
			}
			seen = true
		}
	}
	return seen
}

// crowdFelt reports the room as who feels the word at i: "everyone is
// crying", "all in tears", or as who is frightened: "scared everyone".
func (a *analysis) crowdFelt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if crowdWho[a.w(j)] {
			return true
		}
		if a.name(j) != (nameRef{}) || personNouns[a.w(j)] || a.w(j) == "but" || a.w(j) == "and" {
			return false
		}
	}
	return crowdWho[a.w(i+1)]
}

// showFelt reports a word of show just around the feeling at i: "the
// film is so sad", "cried at the end of the film", "screamed at the
// shark bit". A word of the show further off ("cried the whole film and
// wants to go home") leaves the rest of the text to be read.
func (a *analysis) showFelt(i int) bool {
	for j := i - 3; j <= i+5; j++ {
		if j == i || j < 0 || j >= len(a.t) {
			continue
		}
		if j > i && (a.w(j) == "and" || a.w(j) == "but") {
			break
		}
		if showWords[a.w(j)] || a.w(j) == "end" && a.w(j-1) == "the" && a.w(j+1) == "of" {
			return true
		}
	}
	return false
}

var (
	// mildFeelings are how someone feels, short of distress.
	mildFeelings = set("worried", "nervous", "sad", "stressed")
	// habitBefore say what tends to happen: "he gets upset with loud
	// music". "getting upset" is now, so it is not here.
	habitBefore = set("get", "gets")
	// mayFeel say a feeling might come, not that it has: "i could cry".
	mayFeel = set("could", "would", "might", "nearly", "almost")
	// watchAsk ask the team to watch someone.
	watchAsk = ph("keep an eye on", "keep an eye out", "keep your eye on", "look out for", "watch out for",
		"watch for", "lookout for", "keep a look out for", "on the look out for", "keep watch for")
)

// ownFeeling reports that every word of upset in hits tells how the
// sender feels, a little ("bit worried no one will come", "nervous about
// the crowning"), a feeling that might come ("i could cry") or what
// someone tends to feel ("she gets upset with loud music"), and any other
// kind of problem is only what the feeling is about.
func (a *analysis) ownFeeling(hits []problemHit) bool {
	seen, first := false, -1
	for _, h := range hits {
		if h.kind != night.Upset {
			continue
		}
		for _, i := range h.idx {
			if first < 0 || i < first {
				first = i
			}
			p := a.w(i - 1)
			// "im gonna cry this is so good": a feeling that may come.
			selfSoon := p == "to" && a.w(i-2) == "going" && (a.w(i-3) == "i" || a.w(i-3) == "am" && a.w(i-4) == "i")
			if !habitBefore[p] && !mayFeel[p] && !selfSoon && !(mildFeelings[a.w(i)] && !a.otherFeels(i)) {
				return false
			}
			seen = true
		}
	}
	// What the feeling is about may name a thing: "scared of the smoke
	// machine"; "can someone keep an eye on" asks to watch. Other trouble
	// told before it, or after "and", is news.
	for _, h := range hits {
		for _, i := range h.idx {
			if h.kind != night.Upset && (i < first && !a.has(watchAsk) || i > first && a.clauseBreak(first, i)) {
				return false
			}
		}
	}
	return seen
}

// clauseBreak reports "and", "but" or "so" between tokens i and j.
func (a *analysis) clauseBreak(i, j int) bool {
	for k := i + 1; k < j; k++ {
		switch a.w(k) {
		case "and", "but", "so":
			return true
		}
	}
	return false
}

// otherFeels reports someone other than the sender named or meant before
// the feeling at i, in its clause: "ella is worried".
func (a *analysis) otherFeels(i int) bool {
	for j := i - 1; j >= 0; j-- {
		w := a.w(j)
		if w == "and" || w == "but" {
			return false
		}
		if n := a.name(j); n != (nameRef{}) && n.person != a.sender || personNouns[w] && w != "one" {
			return true
		}
	}
	return false
}

// seriousWords make being unwell more than a reason to go home: the team
// is told, whoever is going where.
var seriousWords = set("ambulance", "collapsed", "collapse", "bleeding", "blood", "bled", "unconscious", "seizure",
	"seizures", "fit", "breathe", "breathing", "hospital", "paramedic", "paramedics", "999", "help", "fainted",
	"choking", "concussion", "broken", "allergic", "hypo", "chest")

// unwellGoingHome reports the sender feeling poorly and going home: "not
// feeling well going home", "got a headache so im heading home". Only of
// the sender (nobody else named), only words of being unwell, and nothing
// serious: then they are checking out, and the team need not come.
func (a *analysis) unwellGoingHome(hits []problemHit) bool {
	if len(hits) == 0 || !a.goingHome() || a.otherPerson() != "" || a.ride() != nil {
		return false
	}
	var unwell []int
	for _, h := range hits {
		if h.kind != night.Unwell {
			return false
		}
		unwell = append(unwell, h.idx...)
	}
	// "not feeling well going home": the "not" is of feeling well, not
	// of going.
	k := a.find(leaveWords)
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if (a.w(j) == "not" || a.w(j) == "never") && !slices.Contains(unwell, j) {
			return false
		}
	}
	for i := range a.t {
		w := a.w(i)
		if seriousWords[w] || personNouns[w] && w != "one" || a.w(i) == "can" && a.w(i+1) == "someone" {
			return false
		}
	}
	return true
}

var (
	// healthNeeds name a health need someone lives with, or what they
	// carry for it; on their own they tell the team what to know.
	healthNeeds = set("asthma", "inhaler", "diabetic", "epileptic", "allergic", "allergy", "medication",
		"tablets", "epilepsy", "epipen")
	// conditionNow say the need is now: an attack, help asked for.
	conditionNow = set("attack", "needs", "need", "needed", "wants", "asking", "asked", "using", "reaction",
		"having", "had", "struggling", "wheezing", "breathe", "breathing", "quick", "now", "help", "get", "bring",
		"fetch", "grab", "emergency", "ambulance", "999", "feels", "feeling", "used", "took", "take")
)

// conditionInfo reports a text whose only words of being unwell name a
// condition someone has or what they carry for it ("remember ella has
// asthma, her inhaler is in her bag", "joe is diabetic"), with no word
// that it is needed now. That is what to know, not trouble.
func (a *analysis) conditionInfo(hits []problemHit) bool {
	seen := false
	for _, h := range hits {
		if h.kind != night.Unwell {
			return false
		}
		for _, i := range h.idx {
			if !healthNeeds[a.w(i)] {
				return false
			}
			seen = true
		}
	}
	for i := range a.t {
		if conditionNow[a.w(i)] {
			return false
		}
	}
	return seen
}
