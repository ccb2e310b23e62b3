package understand

import (
	"slices"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// findNames marks every token that names a team member or a guest. A name
// that is also an ordinary word ("Will", "May") counts only where a name
// would stand (nameInPlace). It runs before markSocial, which needs it.
func (a *analysis) findNames() {
	a.names = make([]nameRef, len(a.t))
	for i, t := range a.t {
		if t.emoji || t.num > 0 {
			continue
		}
		w := t.w
		refs := a.v.names[w]
		if refs == nil && strings.HasSuffix(w, "s") && !common[w] && !conceptWords[w] {
			w = strings.TrimSuffix(w, "s")
			refs = a.v.names[w]
		}
		if refs == nil {
			if alike, ok := a.v.soundAlike(t.w); ok {
				refs = alike // "joe" for Jo
			} else if base := strings.TrimSuffix(t.w, "s"); base != t.w {
				refs, _ = a.v.soundAlike(base) // "alixs mum"
			}
		}
		if refs == nil || (common[w] || conceptWords[w]) && !a.nameInPlace(i) && !a.ownsPickup(i, w, refs) {
			continue
		}
		if wordBefore[a.w(i-1)] && !t.poss && !(t.cap && i > 0) {
			continue // "so much joy in here", "what a sunny nite": the word
		}
		var ref nameRef
		for _, r := range refs {
			if ref.person == "" {
				ref.person = r.person
			}
			if ref.ride == "" {
				ref.ride = r.ride
			}
		}
		a.names[i] = ref
	}
}

// nameInPlace reports whether token i, a name that is also an ordinary
// word ("Will", "May"), stands where a name would: capitalised after the
// first word, possessive ("May's mum"), before "has", "is", "got" ("will
// has gone home"), or after "find", "seen", "where is".
func (a *analysis) nameInPlace(i int) bool {
	t := a.t[i]
	switch {
	case t.poss:
		return true
	case t.cap && i > 0:
		return true
	case a.pairedWithSelf(i):
		return true // "me and will done the bar"
	case a.modalAfterPrep(i):
		return true // "sorted the speakers for will"
	case afterName[a.w(i+1)] && !questionStarts[a.w(i-1)] && !subjects[a.w(i-1)]:
		return true
	case (i == 0 || a.w(i-1) == "and" || a.w(i-1) == "but") && pastVerb(a.w(i+1)):
		// "rose made the juice": a word before a past verb, where a
		// sentence starts, is who did it ("i rose" stays a word).
		return true
	case beforeName[a.w(i-1)] && (i == len(a.t)-1 || socialWords[a.w(i+1)] || a.w(i+1) == "x" || a.w(i+1) == "anywhere"):
		return true
	case i == 1 && auxAsks[a.w(0)] && a.verbForm(i+1):
		// "is rose running the stall", "did hope open the bar": first
		// the question's word, then who it asks about, then what they do.
		return true
	}
	return false
}

// ownsPickup reports token i, a guest's name that is also a word written
// with an "s" and no apostrophe, before who or what takes her home: "hopes
// dad rang" is Hope's dad. The word said so never stands before a dad.
func (a *analysis) ownsPickup(i int, name string, refs []nameRef) bool {
	return a.w(i) == name+"s" && pickupWords[a.w(i+1)] && !subjects[a.w(i-1)] &&
		slices.ContainsFunc(refs, func(r nameRef) bool { return r.ride != "" })
}

// verbForm reports a word that tells what someone does or did, after who
// does it: "running", "opened", "open" of "did rose open".
func (a *analysis) verbForm(i int) bool {
	w := a.w(i)
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") && !ingNoDoing[w] ||
		pastVerb(w) || doneAsked[w] || a.w(i-2) == "did" && verbWords[w]
}

// ingNoDoing end in "ing" but tell of no doing: "is joy during the raffle".
var ingNoDoing = set("morning", "evening", "during", "string", "swing", "bring", "spring", "ceiling", "wedding",
	"building", "pudding", "icing", "earring", "sibling", "darling", "duckling", "viking")

// pastVerb reports a word that tells of something done: a regular past
// ("cleaned") or a common irregular one ("made", "swept").
func pastVerb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] || irregularPast[w]
}

var (
	irregularPast = set("made", "did", "put", "lit", "set", "cut", "took", "brought", "gave", "swept", "hung",
		"sold", "drew", "ran", "built", "laid", "fed", "dug", "threw", "wrote", "sent", "bought", "told")
	notPast = set("need", "bed", "red", "shed", "speed", "seed", "feed", "bleed", "indeed", "tired",
		"scared", "bored", "worried", "excited", "pleased", "shocked")
)

var (
	// wordBefore make a name that is also a word the word: "pure joy".
	wordBefore = set("much", "pure", "such", "a", "so", "very", "real", "lovely", "nice")
	afterName  = set("has", "is", "was", "got", "gone", "left", "leaving", "been", "had", "feels", "fell", "went", "says", "said")
	beforeName = set("find", "seen", "is", "with", "for", "where", "found", "see")
)

// ride returns the first guest named in the text, if any.
func (a *analysis) ride() *night.Ride {
	if r := a.guestNamed(); r != nil {
		return r
	}
	if rs := a.companyRides(); len(rs) == 1 {
		return rs[0]
	}
	return a.minibusRide()
}

// guestNamed is the ride of a guest the text names by name (not by taxi
// firm), if any.
func (a *analysis) guestNamed() *night.Ride {
	for i, ref := range a.names {
		if ref.ride != "" && !a.social[i] {
			r, _ := a.n.Ride(ref.ride)
			return r
		}
	}
	return nil
}

// companyWords are the words of a taxi firm's name that do not tell one
// firm from another.
var companyWords = set("taxi", "taxis", "cab", "cabs", "car", "cars", "private", "hire", "the", "and", "co",
	"ltd", "minicab", "minicabs", "travel", "transport", "cabs", "services", "service", "booked", "with", "for",
	"from", "at", "to", "ref", "of", "a", "uber", "firm", "company")

// noteWords are the words of a ride's note, lower case, without the
// stops around them: "Seaview day centre minibus", "Gull Cars".
func noteWords(r *night.Ride) []string {
	var out []string
	for _, w := range strings.Fields(lowerWord(r.Note)) {
		out = append(out, strings.Trim(w, ".,'()"))
	}
	return out
}

// companyRides are the rides whose taxi firm the text names ("star taxis
// just picked up"), when it names no guest. Two guests may share a firm.
// A parent or carer in a ride's note is no firm.
func (a *analysis) companyRides() []*night.Ride {
	var out []*night.Ride
	for k := range a.n.Rides {
		r := &a.n.Rides[k]
		if !isTaxiRide(r) {
			continue // "Mum picks up" is no firm: "mum here" may be anyone's mum
		}
		var key []string
		for _, w := range noteWords(r) {
			if len(w) > 1 && !companyWords[w] {
				key = append(key, w)
			}
		}
		if len(key) == 0 {
			continue
		}
		for i := range a.t {
			if a.venuePair(i) || a.venuePair(i-1) {
				continue // "at the village hall" is where the night is, not Village Cabs
			}
			if !a.social[i] && slices.Contains(key, a.t[i].w) && (a.near(i, taxiWords) || a.near(i, firmNear) || len(key) > 1 && slices.Contains(key, a.w(i+1))) {
				out = append(out, r)
				break
			}
			// "a1 taxis" is read as "a 1 taxis", "a2b cars" as "a 2 b cars".
			if !a.social[i] && a.joinedFirm(i, key) {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// joinedFirm reports tokens from i that spell, written together, a word
// of a firm's name with a digit in it, next to a word of taxis: "a 1
// taxis" for "A1 Taxis", "a 2 b cars" for "A2B Cars".
func (a *analysis) joinedFirm(i int, key []string) bool {
	for _, w := range key {
		if n := a.joinedAs(i, w); n > 0 && hasDigit(w) && (a.near(i+n-1, taxiWords) || firmKinds[a.w(i+n)]) {
			return true
		}
	}
	return false
}

// firmTokens are the tokens that name a taxi firm of the night's rides
// by a word only a firm has: "a1" (read as "a 1") for "A1 Taxis", "castle"
// and "cabs" together for "Castle Cabs".
func (a *analysis) firmTokens() []int {
	var out []int
	for k := range a.n.Rides {
		r := &a.n.Rides[k]
		if !isTaxiRide(r) {
			continue
		}
		note := strings.Fields(lowerWord(r.Note))
		for k, w := range note {
			w = strings.Trim(w, ".,'()")
			if len(w) < 2 || companyWords[w] {
				continue
			}
			// "castle" alone is a word, not a firm; "castle cabs" is one,
			// and so is "blue line" of "Blue Line Taxis", two words of
			// the name in its order.
			word := a.v.known(w) && !hasDigit(w)
			for i := range a.t {
				if a.social[i] {
					continue
				}
				if a.t[i].w == w && (!word || firmKinds[a.w(i+1)] || a.inNameOrder(i, note, k)) {
					out = append(out, i)
				} else if n := a.joinedAs(i, w); n > 0 {
					for k := i; k < i+n; k++ {
						out = append(out, k)
					}
				}
			}
		}
	}
	return out
}

// inNameOrder reports token i, the k-th word of a firm's name, next to
// the word before or after it in the name: "blue line" of "Blue Line".
func (a *analysis) inNameOrder(i int, name []string, k int) bool {
	word := func(k int) string {
		if k < 0 || k >= len(name) {
			return ""
		}
		w := strings.Trim(name[k], ".,'()")
		if companyWords[w] {
			return ""
		}
		return w
	}
	return word(k+1) != "" && a.w(i+1) == word(k+1) || word(k-1) != "" && a.w(i-1) == word(k-1)
}

// joinedAs is how many tokens from i, two or three and all inside the
// text, spell w when written together: "blue line" for "blueline", "a 2
// b" for "a2b"; 0 when none do.
func (a *analysis) joinedAs(i int, w string) int {
	joined := a.w(i)
	for n := 2; n <= 3 && i+n <= len(a.t); n++ {
		joined += a.w(i + n - 1)
		if joined == w {
			return n
		}
	}
	return 0
}

// firmKinds are the words after a firm's own name that say it is a firm.
var firmKinds = set("taxi", "taxis", "cab", "cabs", "car", "cars", "minicab", "minicabs")

// firmNear beside a word of a firm's name show it is the firm: "village
// cabs", "star private hire"; "at the village hall" is no firm.
var firmNear = set("taxi", "taxis", "cab", "cabs", "car", "cars", "minicab", "minicabs", "private", "hire", "uber",
	"ltd", "firm", "company", "driver", "rang", "called", "phoned")

func hasDigit(w string) bool { return strings.ContainsAny(w, "0123456789") }

// near reports a word of m next to token i.
func (a *analysis) near(i int, m map[string]bool) bool {
	return m[a.w(i+1)] || m[a.w(i-1)] || m[a.w(i+2)]
}

// other returns the first team member other than the sender named in the
// text who is not a guest too, or "".
func (a *analysis) otherPerson() string {
	for i, ref := range a.names {
		if ref.person != "" && ref.person != a.sender && ref.ride == "" && !a.social[i] && a.w(i-1) != "not" {
			return ref.person // "its danny not dan": not Dan
		}
	}
	return ""
}

// rideIntent reads news about a guest going home: gone, or late. A late
// taxi is a taxi problem as well, so it is raised as one that names the
// ride.
func (a *analysis) rideIntent() (Intent, bool) {
	r := a.ride()
	if r == nil || a.questionStart() {
		return Intent{}, false
	}
	lateAt := a.lateIdx()
	late := len(lateAt) > 0 && !a.lateOfOwnJourney(lateAt)
	if late && a.onlyStillHere(lateAt) {
		// "noah is still here" says where the guest is, not that the
		// ride is late.
		a.because("it says %s is still here, not that the ride is late: a person reads it", r.Name)
		return a.unknown(), true
	}
	if !late && a.has(bookedFor) && !a.has(rideGone) && !a.pickupCame() {
		a.because("it says when the ride is booked for: nothing changes")
		return Intent{Kind: None}, true // "priti's taxi is booked for quarter to ten"
	}
	// A ride that will not bring the guest home is a taxi problem that
	// names the ride.
	rideProblem := func() (Intent, bool) {
		return Intent{Kind: Problem, ProblemKind: night.Taxi, Text: a.cleanText(), Ride: r.ID}, true
	}
	if isTaxiRide(r) && a.hasWord("wrong") {
		return rideProblem() // "the taxi for shona went to the wrong hall": it has not got her
	}
	if late {
		// "lucy missed the minibus": the ride went without her, and she
		// needs another way home; it is no ride running late.
		if isTaxiRide(r) || slices.ContainsFunc(lateAt, func(i int) bool { return a.w(i) == "missed" }) || a.has(leftWithout) {
			return rideProblem()
		}
		return Intent{Kind: Ride, Ride: r.ID, RideStatus: night.Late}, true
	}
	if a.wentInside() && !a.pickupCame() {
		// "kev went to the toilet" is where the guest is, not gone home.
		a.because("it says where %s went inside the night, not home: a person reads it", r.Name)
		return a.unknown(), true
	}
	if a.has(rideGone) || a.has(rideInCar) && !a.has(carPark) || a.pickupCame() {
		return Intent{Kind: Ride, Ride: r.ID, RideStatus: night.Gone}, true
	}
	return Intent{}, false
}

// insidePlaces are where a guest goes during the night, not home.
var insidePlaces = set("toilet", "toilets", "loo", "loos", "bathroom", "bar", "kitchen", "hall", "stage", "garden",
	"smoking", "quiet", "chill", "dance", "other", "back", "front", "lounge", "room", "shop", "cloakroom", "disco")

// wentInside reports "went to the toilet", "gone to the bar", "left for
// the loo": a guest going somewhere at the night, not home.
func (a *analysis) wentInside() bool {
	for i := range a.t {
		switch a.w(i) {
		case "went", "gone", "left", "go", "going":
		default:
			continue
		}
		j := i + 1
		if a.w(j) != "to" && a.w(j) != "for" && a.w(j) != "into" && a.w(j) != "in" {
			continue
		}
		j++
		if a.w(j) == "the" || a.w(j) == "a" {
			j++
		}
		if insidePlaces[a.w(j)] {
			return true
		}
	}
	return false
}

// bookedFor says when a ride is booked for, which changes nothing.
var bookedFor = ph("booked for", "booked at", "ordered for", "booked")

// pickupCame reports "mum came", "taxi is here", "got his taxi".
func (a *analysis) pickupCame() bool {
	// "castle cars are here for mo": the firm came for its guest.
	for _, i := range append(a.words(pickupWords), a.firmTokens()...) {
		if a.w(i-1) == "got" || a.w(i-2) == "got" {
			return true
		}
		for j := i + 1; j <= i+3 && j < len(a.t); j++ {
			if expectWords[a.w(j)] {
				break // "taxi should be here", "mum will be here at 9": expected, not come
			}
			if n := a.startsAt(j, pickupArrived); n > 0 && !(a.w(j+n) == "to" && watchVerbs[a.w(j+n+1)]) {
				return true // not "her mum came to see the match"
			}
			// "swift taxis got pat", "castle cabs been for tariq": the
			// ride took the guest it names.
			if n := a.startsAt(j, pickupTook); n > 0 && j+n < len(a.t) && a.name(j+n).ride != "" {
				return true
			}
		}
	}
	return false
}

// expectWords between a ride and its arrival say it is only expected.
var expectWords = set("should", "will", "would", "meant", "supposed", "must", "due", "might", "could", "be")

// watchVerbs follow "came to" when someone came to watch, not to
// collect: "came to see the match".
var watchVerbs = set("see", "watch", "cheer", "support", "visit", "help", "join", "dance", "sing")

// pickupTook say a ride took the guest named next.
var pickupTook = ph("got", "has got", "took", "has taken", "collected", "has collected", "been for",
	"has been for", "came for", "come for", "picked")

// onlyStillHere reports that the only words of lateness are the "still" of
// "still here": the guest has not gone yet, which is no news of the ride.
func (a *analysis) onlyStillHere(lateAt []int) bool {
	for _, i := range lateAt {
		if a.w(i) != "still" {
			return false
		}
	}
	return a.has(notGoneYet)
}
