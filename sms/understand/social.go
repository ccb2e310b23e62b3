package understand

import "slices"

// markSocial marks the tokens that ask for nothing: greetings and the name
// after them ("hi kim"), thanks, kisses, please, the sender's own name, a
// name addressed ("Kim, ..."), and emoji that carry no meaning here.
func (a *analysis) markSocial() {
	a.social = make([]bool, len(a.t))
	for _, i := range a.spans(socialPhrases) {
		a.social[i] = true
	}
	for i, t := range a.t {
		if socialWords[t.w] || t.w == smileMoji {
			a.social[i] = true
		}
		if a.name(i).person != "" && a.name(i).person == a.sender && a.name(i).ride == "" {
			a.social[i] = true
		}
	}
	// "hi kim", "hello all", "hey there team".
	for i := 0; i < len(a.t) && (greetings[a.w(i)] || a.social[i]); i++ {
		a.social[i] = true
		for j := i + 1; j < len(a.t) && a.addressed(j); j++ {
			a.social[j] = true
			i = j
		}
	}
	for i := range a.t {
		if !a.isTeamName(i) {
			continue
		}
		// Only emoji may follow a name that closes a text: "will do bev 👍".
		last := !slices.ContainsFunc(a.t[i+1:], func(t token) bool { return !t.emoji })
		switch {
		case i == 0 && a.t[i].comma && !last: // "Kim, the music stopped"
		case last && i > 0 && a.t[i-1].comma: // "... , kim"
		case signOff[a.w(i-1)]: // "thanks kim", "love jade"
		case last && i > 0 && a.social[i-1] && a.w(i-1) != smileMoji: // "ok x kim"
		case last && i > 1 && (a.w(i-1) == "me" || a.w(i-1) == "you") && a.w(i-2) != "and": // "where do you want me kim"
		case last && i == 2 && a.w(0) == "will" && a.w(1) == "do": // "will do bev"
		default:
			continue
		}
		a.social[i] = true
	}
}

// signOff are the words a name follows at the end of a text.
var signOff = set("thanks", "thank", "cheers", "love", "from", "x", "ta", "bye", "night")

// addressed reports whether token j is who a greeting speaks to.
func (a *analysis) addressed(j int) bool {
	switch a.w(j) {
	case "all", "everyone", "team", "guys", "there", "folks", "gang", "again", "hun", "mate":
		return true
	}
	return a.isTeamName(j)
}

// isTeamName reports whether token i is the name of a team member and not
// of a guest.
func (a *analysis) isTeamName(i int) bool {
	return a.name(i).person != "" && a.name(i).ride == ""
}
