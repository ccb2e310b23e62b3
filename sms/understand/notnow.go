package understand

import (
	"slices"

	"github.com/clubnight/clubnight/night"
)

// A problem word does not always tell of trouble at the night, now. It may
// be seen on the news or in a film, be over already ("panic over", "was
// missing but he was in the loo"), be the sender's own way in ("my taxi is
// late, be there soon") or a wish for another night ("a louder speaker
// next time"). Texting the team about any of these is harm; the guards
// here answer them or pass them to a person instead.

var (
	// elsewhereSaid put what happened on a screen or in the news.
	elsewhereSaid = ph("on the news", "on tv", "on telly", "on the radio",
		"on facebook", "on youtube", "in the film", "in a film", "in the movie", "in a movie")
	// troubleOver say trouble has passed.
	troubleOver = ph("panic over", "false alarm", "all clear", "patched up", "no harm done", "crisis averted")
	// laterWish put a wish on another night.
	laterWish = ph("next time", "next month", "next year", "next week", "in future", "in the future")
	// comingWords say the sender is coming.
	comingWords = ph("be there", "be here", "be with you", "on my way", "see you soon")
	// ownWayIn say the sender is still on their way.
	ownWayIn = slices.Concat(comingWords, ph("see you in"))
	// selfComing say the sender is coming, late or not.
	selfComing = slices.Concat(comingWords, ph("i will be late", "i am going to be late", "i am late",
		"i am running late", "running a bit late"))
	// overTail may follow words of trouble passed: "panic over now x".
	overTail = set("now", "thanks", "thank", "you", "lol", "x", "xx", "phew", "haha", okMoji, smileMoji)
)

// notNow keeps a new problem from texting the team when the text tells of
// trouble elsewhere, trouble over, the sender's own ride in or a wish for
// later. ok is false when none of these is said.
func (a *analysis) notNow(in Intent, hits []problemHit) (Intent, bool) {
	if a.has(elsewhereSaid) {
		a.because("it tells of something on a screen or in the news, not here")
		return Intent{Kind: None}, true
	}
	if a.anotherDay(hits) {
		a.because("it tells of trouble on another day, not tonight")
		return Intent{Kind: None}, true
	}
	if a.hypothetical(hits) {
		a.because("it says what to do if something happens, not that it has")
		return Intent{Kind: None}, true
	}
	if a.audienceFeeling(hits) {
		a.because("it tells how the room or the show made people feel: a person reads it")
		return a.unknown(), true
	}
	if a.conditionInfo(hits) {
		a.because("it tells the team of a health need someone has, not that it is needed now: a person reads it")
		return a.unknown(), true
	}
	if a.ownFeeling(hits) {
		a.because("it tells how they feel, or tend to feel, not trouble now: a person reads it")
		return a.unknown(), true
	}
	if (in.ProblemKind == night.Upset || in.ProblemKind == night.Unwell && a.otherPerson() == "" && len(a.personRefs()) == 0) &&
		a.laughing() {
		a.because("they laugh about it, so it asks before telling the team")
		return Intent{Kind: Ask, Choice: &Choice{Prompt: "Shall we tell the team?",
			Options: []Option{{Label: "yes, " + lowerFirst(night.KindWords[in.ProblemKind]), Intent: in}}}}, true
	}
	if a.saysOver() {
		a.because("it says the trouble is over")
		return Intent{Kind: None}, true
	}
	if id := a.sameOpenThing(in.ProblemKind, hits); id != "" {
		a.because("\"the\" %s is the one open already", in.ProblemKind)
		return Intent{Kind: Status, Problem: id}, true
	}
	if a.someoneOnIt(in.ProblemKind, hits) {
		a.because("it says who is on it, or asks: no new problem")
		return Intent{Kind: None}, true
	}
	if a.personOnFire() {
		a.because("someone on fire is most likely praise, so it asks before telling the team")
		return Intent{Kind: Ask, Choice: &Choice{Prompt: "Shall we tell the team?",
			Options: []Option{{Label: "yes, " + lowerFirst(night.KindWords[in.ProblemKind]), Intent: in}}}}, true
	}
	if in.ProblemKind == night.Other && a.has(noRush) {
		a.because("it asks for a hand when someone is free, not for help now: a person reads it")
		return a.unknown(), true
	}
	if a.butFine(hits) || a.wasButFine(in.ProblemKind, hits) || a.butGotBack(in.ProblemKind, hits) || a.butLaughing(hits) {
		a.because("it tells of trouble that was, then but: a person reads it")
		return a.unknown(), true
	}
	if a.restockedAfterBut(hits) {
		a.because("it tells of trouble, then but someone got more or a new one")
		return Intent{Kind: None}, true
	}
	if a.hasWord("claimed") && !(in.ProblemKind == night.Lost && a.unclaimed()) {
		// "found a bag, no ones claimed it" is still lost property.
		a.because("it speaks of a problem someone claimed, not a new one: a person reads it")
		return a.unknown(), true
	}
	if in.ProblemKind == night.Spill && a.wipedAfter(hits) {
		a.because("it says the spill was already wiped up")
		return Intent{Kind: None}, true
	}
	if in.ProblemKind == night.Taxi && a.ride() == nil && a.ownRide() && a.has(ownWayIn) {
		a.because("it is the sender's own ride here, and they are on their way")
		return Intent{Kind: None}, true
	}
	if (in.ProblemKind == night.Other || in.ProblemKind == night.Taxi) && a.ride() == nil &&
		(a.ownRide() || len(a.words(publicTransport)) > 0) && a.has(selfComing) {
		a.because("it is the sender's own journey here, and they are on their way")
		return Intent{Kind: None}, true
	}
	if thingKind(in.ProblemKind) && a.has(laterWish) {
		a.because("it wishes for something another time: a person reads it")
		return a.unknown(), true
	}
	return in, false
}

var (
	// anotherDaySaid put trouble on a day gone by.
	anotherDaySaid = ph("last week", "last month", "last year", "last night", "last weekend", "last time",
		"yesterday", "the other day", "last christmas", "last summer", "years ago", "weeks ago", "months ago",
		"when i was little", "when i was a kid")
	// tonightSaid bring the news back to the night.
	tonightSaid = ph("now", "tonight", "again", "just", "still", "right now")
	// nowBefore say trouble as it is now: "amir is sick".
	nowBefore = set("is", "are", "am", "s", "has", "have", "keeps", "feels", "looks")
)

// anotherDay reports trouble told with a word of another day ("my cat
// went missing last week", "ella was poorly yesterday"), with no word
// that brings it to tonight and no word of it said as it is now ("is
// sick").
func (a *analysis) anotherDay(hits []problemHit) bool {
	if !a.has(anotherDaySaid) || a.has(tonightSaid) || len(hits) == 0 {
		return false
	}
	for _, h := range hits {
		for _, i := range h.idx {
			if nowBefore[a.w(i-1)] || nowBefore[a.w(i-2)] {
				return false
			}
		}
	}
	return true
}

// saysOver reports words of trouble passed that end the text or a clause:
// "found it panic over", "all patched up now", "false alarm". "in a panic
// over his taxi" goes on, so is not one.
func (a *analysis) saysOver() bool {
	for i := range a.t {
		n := a.startsAt(i, troubleOver)
		if n == 0 {
			continue
		}
		if a.w(i) == "false" {
			return true
		}
		end := true
		for k := i + n; k < len(a.t); k++ {
			if !overTail[a.w(k)] && !a.t[k].emoji {
				end = false
				break
			}
		}
		if end {
			return true
		}
	}
	return false
}

// wasButFine reports trouble told in the past ("was missing", "was sick")
// then "but", with no word of that trouble after it: "pete was missing but
// he was in the loo". "was sick and now shes crying" goes on.
func (a *analysis) wasButFine(k night.ProblemKind, hits []problemHit) bool {
	for _, h := range hits {
		if h.kind != k || len(h.idx) == 0 {
			continue
		}
		first, last := slices.Min(h.idx), slices.Max(h.idx)
		if w := a.w(first - 1); w != "was" && w != "were" {
			return false
		}
		for j := last + 1; j < len(a.t); j++ {
			if a.w(j) != "but" {
				continue
			}
			for _, o := range hits {
				for _, x := range o.idx {
					if x > j {
						return false
					}
				}
			}
			return true
		}
	}
	return false
}

var (
	// noRush say help is wanted when someone is free, not now.
	noRush = ph("when you can", "when you get a chance", "when you get a sec", "when you are free", "no rush",
		"no hurry", "whenever you can", "in your own time", "when you have a minute", "when you have a sec")
	// fineAfterBut say all is well after trouble: "fell over but fine".
	fineAfterBut = set("fine", "ok", "okay", "alright", "good", "unhurt", "safe")
)

// butFine reports trouble, then "but" and a word that all is well within
// three words, with no more trouble after it: "fell off a chair but
// fine", "tripped but ok". "but ok and now shes crying" goes on.
func (a *analysis) butFine(hits []problemHit) bool {
	last := -1
	for _, h := range hits {
		if len(h.idx) > 0 {
			last = max(last, slices.Max(h.idx))
		}
	}
	for j := last + 1; last >= 0 && j < len(a.t); j++ {
		if a.w(j) != "but" {
			continue
		}
		for k := j + 1; k <= j+3 && k < len(a.t); k++ {
			if fineAfterBut[a.w(k)] && !a.negated(k) {
				return true
			}
		}
	}
	return false
}

// ownRide reports "my taxi", "my cab", "my lift": the sender's own ride.
func (a *analysis) ownRide() bool {
	for i := range a.t {
		if a.w(i) == "my" && (taxiWords[a.w(i+1)] || a.w(i+1) == "lift" || publicTransport[a.w(i+1)]) {
			return true
		}
	}
	return false
}

// wipedWords say a spill was cleaned away.
var wipedWords = set("wiped", "cleaned", "mopped", "dried", "hoovered", "swept")

// wipedAfter reports a word of cleaning, said as done, after the words of
// a spill: "spilt some juice, wiped it", "knocked my drink over but
// mopped it up". The spill is over before anyone could be texted.
func (a *analysis) wipedAfter(hits []problemHit) bool {
	last := -1
	for _, h := range hits {
		if h.kind == night.Spill && len(h.idx) > 0 {
			last = slices.Max(h.idx)
		}
	}
	if last < 0 {
		return false
	}
	for j := last + 1; j < len(a.t); j++ {
		// "no bother wiped it": only "not" or "never" denies the wiping.
		if wipedWords[a.w(j)] && a.w(j-1) != "not" && a.w(j-2) != "not" && a.w(j-1) != "never" {
			return true
		}
	}
	return false
}

// onlyEmojiSays reports that only emoji speak of problems of kind k.
func (a *analysis) onlyEmojiSays(k night.ProblemKind, hits []problemHit) bool {
	for _, h := range hits {
		if h.kind == k {
			return a.allEmoji(h.idx)
		}
	}
	return false
}

// someoneOnIt reports the words of a problem of kind k only after "is on
// the": "bill is on the spill" says who deals with it, "is someone on the
// spill" asks. "i am on the spill" is the sender's claim, read elsewhere.
func (a *analysis) someoneOnIt(k night.ProblemKind, hits []problemHit) bool {
	for _, h := range hits {
		if h.kind != k || len(h.idx) == 0 {
			continue
		}
		i := slices.Min(h.idx)
		if a.w(i-2) != "on" || a.w(i-1) != "the" && a.w(i-1) != "that" && a.w(i-1) != "this" {
			return false
		}
		return a.w(i-3) == "is" || a.w(i-3) == "s" || a.w(i-3) == "are" ||
			a.w(i-4) == "is" && (personNouns[a.w(i-3)] || a.name(i-3) != (nameRef{}))
	}
	return false
}

// gotBack say a lost thing is found again.
var gotBack = ph("got it back", "got them back", "found it", "found them", "has it back", "has them back",
	"handed it back", "handed them back", "gave it back", "gave them back")

// butGotBack reports a thing lost, then "but" and words of getting it
// back: "dropped her purse but got it back".
func (a *analysis) butGotBack(k night.ProblemKind, hits []problemHit) bool {
	if k != night.Lost {
		return false
	}
	for _, h := range hits {
		if h.kind != k || len(h.idx) == 0 {
			continue
		}
		for j := slices.Min(h.idx) + 1; j < len(a.t); j++ {
			if a.w(j) == "but" {
				for m := j + 1; m < len(a.t); m++ {
					if a.startsAt(m, gotBack) > 0 {
						return true
					}
				}
				return false
			}
		}
	}
	return false
}

// laughedWords tell of laughing or cheering: "but everyone laughed".
var laughedWords = set("laughing", "laughed", "laughs", "laugh", "giggling", "giggled", "cheered", "cheering",
	"clapped", "clapping", "smiling", "smiled")

// butLaughing reports trouble, then "but" and a laugh or "just" with no
// more trouble after it: "fell over but hes laughing", "says her tummy
// hurts but she just wants more sweets lol".
func (a *analysis) butLaughing(hits []problemHit) bool {
	last := -1
	for _, h := range hits {
		if len(h.idx) > 0 {
			last = max(last, slices.Max(h.idx))
		}
	}
	but := -1
	for j := range a.t {
		if a.w(j) == "but" {
			but = j
		}
	}
	if last < 0 || but < last {
		return false
	}
	for j := but + 1; j < len(a.t); j++ {
		if laughWords[a.w(j)] || laughedWords[a.w(j)] || a.w(j) == "just" || a.w(j) == "joking" {
			return true
		}
	}
	return false
}

// personOnFire reports "is on fire" said of a person ("omar is on fire
// tonight" praises him), anything "on fire tonight", or a thing that "is
// fire" with nothing after it but praise ("the dj is fire"): slang for
// very good.
func (a *analysis) personOnFire() bool {
	for i := range a.t {
		if a.w(i) == "fire" && a.w(i+1) == "tonight" && a.w(i-1) == "on" && (a.w(i-2) == "is" || a.w(i-2) == "s" || a.w(i-2) == "was") {
			return true
		}
		if a.w(i) == "fire" && (a.w(i-1) == "is" || a.w(i-1) == "s" || a.w(i-1) == "so") && a.restPraise(i+1) {
			return true
		}
	}
	for i := range a.t {
		if a.w(i) == "on" && a.w(i+1) == "fire" && a.w(i-1) == "is" && i >= 2 {
			s := a.w(i - 2)
			return a.name(i-2) != (nameRef{}) || personNouns[s] || personWords[s]
		}
	}
	return false
}

// fireTail may end "the dj is fire".
var fireTail = set("tonight", "mate", "lol", "haha", "x", "xx", "tbh", "bro")

// restPraise reports nothing from token i on but words that end praise.
func (a *analysis) restPraise(i int) bool {
	for k := i; k < len(a.t); k++ {
		if !fireTail[a.w(k)] && !a.t[k].emoji && !a.social[k] {
			return false
		}
	}
	return true
}

// othersWordsClaim reports "he is on it", "she will do it" or "bill said
// he is on it": someone else, not the sender, takes the problem on.
func (a *analysis) othersWordsClaim() bool {
	for i := range a.t {
		if (a.w(i) == "he" || a.w(i) == "she" || a.w(i) == "they") && (beVerbs[a.w(i+1)] || a.w(i+1) == "will") &&
			!a.saysSelf() {
			return true
		}
		if a.name(i).person != "" && a.name(i).person != a.sender && (a.w(i+1) == "said" || a.w(i+1) == "says") {
			return true
		}
	}
	return false
}

// sameOpenThing returns the open spill or music problem that "the spill"
// or "that music" points back to, or "". "another spill" is new; so is
// any spill while none is open.
func (a *analysis) sameOpenThing(k night.ProblemKind, hits []problemHit) string {
	if k != night.Spill && k != night.Music || a.anotherProblem() {
		return ""
	}
	for _, h := range hits {
		if h.kind != k || len(h.idx) == 0 {
			continue
		}
		i := slices.Min(h.idx)
		if d := a.w(i - 1); d != "the" && d != "that" && d != "this" {
			return ""
		}
		for _, p := range a.n.OpenProblems() {
			if p.Kind == k {
				return p.ID
			}
		}
	}
	return ""
}

// whetherBefore make "if" mean "whether": "not sure if ella is ok" asks,
// and what follows may still be news.
// "let me know if" is still a clause of what might happen.
var whetherBefore = set("sure", "know", "knows", "see", "check", "checking", "ask", "asking", "wonder", "wondering")

// ifClause returns where "if" opens a clause about what might happen ("if
// anyone feels sick", "if the music stops"), or -1.
func (a *analysis) ifClause() int {
	for i := range a.t {
		if a.w(i) == "if" && !a.whether(i-1) && !a.whether(i-2) {
			return i
		}
	}
	return -1
}

// whether reports the word at j as one that makes a following "if" ask
// whether: "not sure if", "dont know if", but not "let me know if".
func (a *analysis) whether(j int) bool {
	w := a.w(j)
	return whetherBefore[w] && !(w == "know" && (a.w(j-1) == "me" || a.w(j-1) == "us"))
}

// wellSaid reports words that all is well, unless they only ask whether
// it is: "not sure if ella is ok she fell over" is not all well.
func (a *analysis) wellSaid() bool {
	for i := range a.t {
		if a.startsAt(i, allWell) == 0 {
			continue
		}
		if a.w(i) == "all" && a.w(i+1) == "there" && a.w(i+2) != "" && !a.social[i+2] && !thereAfter[a.w(i+2)] {
			continue // "all there tokens": "there" for "their", not all present
		}
		asked := false
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if a.w(j) == "if" && (a.whether(j-1) || a.whether(j-2)) {
				asked = true
			}
		}
		if !asked {
			return true
		}
	}
	return false
}

// thereAfter may follow "all there" when it says all are present.
var thereAfter = set("now", "and", "so", "thanks", "x", "too", "safe", "ok", "already", "tonight", "thank", "ta")

// hypothetical reports the words of every problem inside a clause opened
// by "if": "if anyone feels sick tell me", "tell me if someone gets
// lost", "if the music stops everyone sits down".
func (a *analysis) hypothetical(hits []problemHit) bool {
	cond := a.ifClause()
	if cond < 0 {
		return false
	}
	for _, h := range hits {
		for _, i := range h.idx {
			if i < cond || i > cond+6 {
				return false
			}
		}
	}
	return len(hits) > 0
}

// unclaimed reports "claimed" denied: "no one has claimed it", "not
// claimed yet".
func (a *analysis) unclaimed() bool {
	for i := range a.t {
		if a.w(i) == "claimed" && !a.social[i] && a.negated(i) {
			return true
		}
	}
	return false
}
