package understand

import (
	"fmt"
	"slices"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// Understand reads one text from sender (a person id on n) and says what it
// asks for. It never fails: a text it cannot read is Unknown, carrying the
// text word for word for a person to read. Problems come first: a text that
// speaks of someone ill, missing or upset is a Problem even when it says
// other things too. n is only read.
func Understand(text string, n *night.Night, sender string, ctx Context) Intent {
	in, _ := Explain(text, n, sender, ctx)
	return in
}

// Explain is Understand that also says, in a few plain lines, why it read
// the text that way: the words it saw and the rule that decided. Organisers
// use it (through `clubnight understand`) to try their committee's words.
func Explain(text string, n *night.Night, sender string, ctx Context) (Intent, []string) {
	if n == nil {
		n = &night.Night{}
	}
	if strings.TrimSpace(text) == "" {
		return Intent{Kind: None}, []string{"the text is empty"}
	}
	if IsCarrierKeyword(text) {
		// The carrier handles its own words; HELP stays a call for help.
		if strings.EqualFold(strings.Trim(strings.TrimSpace(text), ".!"), "help") {
			return Intent{Kind: Problem, ProblemKind: night.Other, Text: FitSMS(text)}, []string{"HELP on its own is a call for help"}
		}
		return Intent{Kind: None}, []string{"a carrier word: the phone company acts on it"}
	}
	a := newAnalysis(text, n, sender, ctx)
	in := a.decide()
	return in, append([]string{"words: " + a.wordsSeen()}, a.why...)
}

// because records why the text was read as it was.
func (a *analysis) because(format string, args ...any) {
	a.why = append(a.why, fmt.Sprintf(format, args...))
}

// wordsSeen is the text as the rules see it: normalised and corrected,
// social words in brackets.
func (a *analysis) wordsSeen() string {
	var b strings.Builder
	for i, t := range a.t {
		if i > 0 {
			b.WriteByte(' ')
		}
		if a.social[i] {
			b.WriteString("(" + t.w + ")")
		} else {
			b.WriteString(t.w)
		}
	}
	return b.String()
}

// decide reads the text with the rules, then lets it change the night only
// when its mood allows (see guard), then asks the learned model about a
// text still left for a person (see secondOpinion), and about a change it
// all but rules out (see secondLook).
func (a *analysis) decide() Intent {
	return a.secondLook(a.secondOpinion(a.settle(a.guard(a.rules()))))
}

// rules applies the rules in order of what matters most: what the sender
// answers from an earlier text, then news of a problem, then taking back,
// then questions, then news of a job, then the rest. Each step says ok
// when it has read the text; the order between them is the policy.
func (a *analysis) rules() Intent {
	if in, ok := a.earlierExchange(); ok {
		return in
	}
	content := a.content()
	if len(content) == 0 {
		return Intent{Kind: None}
	}
	if a.undoDeniedOrHow() {
		if c := a.content(); a.w(c[0]) == "how" {
			a.because("it asks how to take back: a person reads it")
			return a.unknown()
		}
		a.because("it says not to take back: nothing changes")
		return Intent{Kind: None}
	}
	if a.has(undoStrong) && !a.literalBack() || a.retraction() {
		return Intent{Kind: Undo}
	}
	if a.w(content[0]) == "problem" && !a.has(socialPhrases) {
		return a.canonicalProblem()
	}
	verb, jobs := a.verbAndJobs()
	if in, ok := a.fromContext(jobs); ok {
		return in
	}
	if in, ok := a.problemNews(verb, jobs); ok {
		return in
	}
	if in, ok := a.lostFoundOver(jobs); ok {
		return in
	}
	if in, ok := a.replyToNews(verb, jobs); ok {
		return in
	}
	if in, ok := a.askedAbout(); ok {
		return in
	}
	if in, ok := a.goingNow(); ok && (len(jobs.nums) > 0 || verb != "") {
		return in
	}
	if len(jobs.nums) > 0 && verb != "" {
		return a.jobIntent(verb, jobs)
	}
	if job, ok := a.atOwnJob(); ok {
		a.because("the sender is at the place of their job, at work")
		return Intent{Kind: Doing, Job: job}
	}
	if in, ok := a.plainNews(); ok {
		return in
	}
	return a.lastReading(verb, jobs)
}

// lovesIt reports a text that opens with loving something: "love all the
// bonnets", "luv the flags". Said first, "love" is no sign-off.
func (a *analysis) lovesIt() bool {
	for i := range a.t {
		if a.t[i].emoji {
			continue
		}
		return loveWords[a.w(i)] && (determiners[a.w(i+1)] || a.w(i+1) == "all" || a.w(i+1) == "your")
	}
	return false
}

var loveWords = set("love", "luv", "loving", "loved", "adore", "like")

// undoDeniedOrHow reports a word of taking back that is denied ("dont
// undo that", "no need to undo it") or asked about ("how do i undo"):
// neither asks for the last change to be taken back.
func (a *analysis) undoDeniedOrHow() bool {
	at := a.find(undoStrong)
	if at < 0 {
		return false
	}
	if c := a.content(); a.w(c[0]) == "how" {
		return true
	}
	for j := at - 1; j >= 0 && j >= at-3; j-- {
		if a.startsAt(j, doneStrong) > 0 || a.w(j) == "yet" {
			break // "not finished yet pressed it too soon": "not" is of the job
		}
		switch a.w(j) {
		case "not", "never":
			return a.w(j+1) != "mean" && a.w(j+1) != "meant" // "didnt mean that undo pls" owns a mistake
		case "no":
			return a.w(j+1) == "need"
		}
	}
	return false
}

// literalBack reports words of taking back used of things and places:
// "put it back in the box", "take back the tins to the kitchen", "go back
// to the hall", "reverse parking". Nothing about the last change is taken
// back.
func (a *analysis) literalBack() bool {
	for i := 0; i < len(a.t); i++ {
		n := a.startsAt(i, undoStrong)
		if n == 0 {
			continue
		}
		next := a.w(i + n)
		switch {
		case n == 1 && a.w(i) == "reverse":
			if !a.onlyFrom(mistakeFiller, a.spans(undoStrong)) {
				return true
			}
		case a.w(i+n-1) == "back" && (placePreps[next] || determiners[next] && n == 2):
			// "take back the tins": the object follows; "take it back the
			// pot is cold" has its object, and a new clause follows.
			return true
		}
		i += n - 1
	}
	return false
}

// placePreps say where something goes: "back in the box", "back to the
// hall".
var placePreps = set("to", "in", "into", "on", "onto", "at", "under", "inside", "outside", "up", "down", "behind", "round")

// retraction reports a text that only takes back what was just said: "no
// wait", "no wait thats wrong", "wait no sorry". A text of only "cancel",
// "scrap", "delete" or "ignore" ("cancel pls", "sorry ignore") takes back
// the last change too; with a thing named ("cancel the raffle") it is news
// of a plan, not a retraction.
func (a *analysis) retraction() bool {
	c := a.content()
	if alone := a.spans(retractAlone); len(alone) > 0 && a.onlyFrom(retractFiller, alone) {
		return true
	}
	if len(c) < 2 || a.startsAt(c[0], retractStart) == 0 {
		return false
	}
	return a.onlyFrom(retractFiller, a.spans(retractStart), a.spans(undoWeak))
}

var (
	retractAlone  = ph("cancel", "scrap", "delete", "ignore", "scratch")
	retractStart  = ph("no wait", "wait no", "no no wait", "hang on no", "no hang on")
	retractFiller = set("that", "is", "it", "was", "sorry", "i", "not", "the", "one", "oh", "my", "x", "right")
)

// earlierExchange reads the text as the answer to the numbered question
// just asked, or as words a person taught.
func (a *analysis) earlierExchange() (Intent, bool) {
	if a.ctx.PendingChoice != nil {
		if in, ok := a.choiceReply(*a.ctx.PendingChoice); ok {
			a.answeredChoice = true
			return in, true
		}
	}
	if a.ctx.Taught != nil {
		if in, ok := a.taught(*a.ctx.Taught); ok {
			a.taughtReading = true
			return in, true
		}
	}
	return Intent{}, false
}

// verbAndJobs is what the text says happened (done, under way, or "")
// and the jobs it names.
func (a *analysis) verbAndJobs() (Kind, jobRefs) {
	verb := a.jobVerb()
	jobs := a.dropSenderPlace(a.jobRefs(verb))
	if verb == Done && len(jobs.nums) > 0 && !slices.ContainsFunc(jobs.idx, func(i int) bool { return !a.isGroup(i) }) {
		// "all our guests have gone home safe, home time done": the
		// guests only say who, and their going home is the sender's job
		// of seeing them off, not "Make candy floss for the guests".
		if home, ok := a.allHomeJob(); ok {
			jobs.nums = []int{home}
		}
	}
	if verb == Done && a.doneIsOpposite(jobs) {
		verb = "" // "pumpkins are out" for "Light the pumpkins": not lit
	}
	if lead, ok := a.leadDone(jobs); ok && verb == Doing {
		a.because("it opens with a job and says it is done; what follows is under way after it")
		verb, jobs.nums = Done, []int{lead} // "stand ready, sausages warming up"
	}
	if verb == Done && a.putOnActivity(jobs) {
		verb = Doing // "ive put the music on" for "Play the music": playing now
	}
	if verb == Doing && a.doingIsTitlePast(jobs) {
		verb = Done // "opened the blinds" for "Open the blinds"
		jobs = a.jobRefs(verb)
	}
	if verb == "" {
		if placed := a.placedAsTitle(jobs); len(placed) > 0 {
			verb = Done // "cakes on stands" for "Put the cakes on stands"
			jobs.nums = placed
		}
	}
	if verb == "" {
		verb = a.onVerb(jobs)
	}
	if verb == "" {
		verb = a.atVerb(jobs) // "at the gate now" for "Take tickets at the gate"
	}
	if verb == "" && a.activityGoing(jobs) {
		verb = Doing // "bingo going well"
	}
	if verb == "" {
		verb = a.titleVerb(jobs)
	}
	if verb == "" && a.resultState(jobs) {
		verb = Done // "blinds shut" for "Close the blinds"
		// Of two jobs on the blinds, the one whose verb leaves them shut.
		jobs.nums = preferSome(jobs.nums, func(n int) bool { return a.resultState(jobRefs{nums: []int{n}, idx: jobs.idx}) })
	}
	if verb == "" && a.bringingOwnThing(jobs) {
		verb = Doing // "on my way outside with the sparklers"
	}
	if verb == "" && len(jobs.nums) > 0 && a.workGerund(jobs) {
		verb = Doing // "stacking the chairs away now"
	}
	if verb == "" && len(jobs.nums) == 1 && a.inTheCooker(jobs) {
		verb = Doing // "pies in the oven now" for "Warm up the mince pies"
	}
	if verb == "" && len(jobs.nums) > 0 {
		if back, ok := a.putBack(jobs); ok {
			verb, jobs = Done, back // "games back in the cupboard"
		}
	}
	if len(jobs.nums) == 1 && a.givenAway(jobs) {
		verb = Done // "recipe cards all gone", "gave out the cards none left"
	}
	if verb == "" && len(jobs.nums) == 1 && a.pastBesideJob(jobs) {
		verb = Done // "grill scrubbed clean", "got all the glasses back"
	}
	if cut := a.samePastAfterThing(jobs); verb == "" && len(cut) > 0 {
		verb, jobs.nums = Done, cut // "pizzas all cut" for "Cut up the pizzas"
	}
	if verb == "" && a.thingWordPast(jobs) {
		verb = Done // "team all briefed" for "Give the team briefing"
	}
	if m, ok := a.otherOwnVerb(jobs); ok && verb != "" {
		// "swept up all the glitter": the glitter table, or the sweeping?
		a.because("it says the verb of another of the sender's jobs: which job?")
		jobs.nums = append(jobs.nums, m)
	}
	if verb != "" && a.stillState() {
		verb = "" // "one blind is still open": how things stay, not news
	}
	if verb == Doing && a.thingsKeepGoing() {
		verb = "" // "balloons keep popping": what things do, not work
	}
	if verb == Done && a.litActivity(jobs) {
		verb = Doing // "bbq lit" for "Run the barbecue": it has begun
	}
	return verb, jobs
}

// problemNews reads news about a problem: an offer to take one on, one
// sorted, a new one, or a guest's ride home.
func (a *analysis) problemNews(verb Kind, jobs jobRefs) (Intent, bool) {
	hits := a.uncovered(a.problemHits(), jobs, verb)
	// "heading to the door to help dan" offers help; it asks for none.
	hits = slices.DeleteFunc(hits, func(h problemHit) bool { return h.kind == night.Other && a.goingToHelp(h.idx) })
	if verb != "" && len(jobs.nums) > 0 {
		// "pillow fight over, no one hurt": a harm denied after news of a
		// job is no problem, and leaves the job to be read. An emoji
		// beside news of a job shows the job: "buckets r full 💧".
		hits = slices.DeleteFunc(hits, func(h problemHit) bool {
			j := a.deniedBy(h)
			return j >= 0 && a.trailingAllClear(j) || a.allEmoji(h.idx)
		})
	}
	// An offer of help ("i can help", "on it") answers a problem before
	// the words of the problem are read as a new one.
	if a.claims() && a.othersClaim() {
		a.because("someone else is on it: the sender has not taken it on")
		return a.unknown(), true
	}
	if id := a.askedProblem(); id != "" && len(hits) > 0 && a.asksAbout(hits) {
		a.because("a question about a problem that is open already")
		return Intent{Kind: Status, Problem: id}, true
	}
	if a.claims() && !(verb == Doing && len(jobs.nums) > 0 && a.anyOwnJob(jobs)) && !a.goingHome() {
		if id, ok := a.claimTarget(hits); ok {
			return Intent{Kind: Claim, Problem: id}, true
		}
	}
	if a.matchNotNegated(sortedStrong) && !a.questionStart() && !a.anotherProblem() {
		return a.sortedNews(hits, jobs), true
	}
	if a.unwellGoingHome(hits) {
		a.because("the sender feels unwell and is going home: they check out")
		a.unwellHome = true
		return Intent{Kind: Leaving}, true
	}
	if in, ok := a.foundTheThing(hits); ok {
		return in, true
	}
	if a.othersIllGone(hits) {
		a.because("it says someone unwell has gone home already: a person reads it")
		return a.unknown(), true
	}
	if len(hits) > 0 && a.butOtherHasIt() {
		a.because("it says someone else is dealing with it: a person reads it")
		return a.unknown(), true
	}
	if len(hits) > 0 {
		return a.problem(hits[0].kind), true
	}
	return a.rideIntent()
}

// othersIllGone reports someone else unwell who has gone home already:
// "i think rose is poorly she has gone home". Nobody can go to help; the
// team need no alert.
func (a *analysis) othersIllGone(hits []problemHit) bool {
	if len(hits) == 0 || a.otherPerson() == "" && !a.hasWord("she") && !a.hasWord("he") && !a.hasWord("they") {
		return false
	}
	for _, h := range hits {
		if h.kind != night.Unwell {
			return false
		}
	}
	for i := range a.t {
		if (a.w(i) == "gone" || a.w(i) == "went") && a.w(i+1) == "home" && (a.w(i-1) == "has" || a.w(i-1) == "s" || thirdPerson[a.w(i-1)]) {
			return !a.saysSelf() || a.w(i-1) == "has" && thirdPerson[a.w(i-2)]
		}
	}
	return false
}

// butOtherHasIt reports trouble told with "but" and another team member
// dealing with it: "there was a spill but dan got it", "lady fainted but
// joy is with her". It may be news, but the team need no alert for it.
func (a *analysis) butOtherHasIt() bool {
	for j := range a.t {
		if a.w(j) != "but" {
			continue
		}
		ref := a.name(j + 1)
		if ref.person == "" || ref.person == a.sender {
			continue
		}
		rest := 0
		for k := j + 2; k < len(a.t); k++ {
			if !otherHasIt[a.w(k)] {
				return false
			}
			rest++
		}
		return rest > 0
	}
	return false
}

// otherHasIt may follow "but dan": "got it", "is on it", "sorted it".
var otherHasIt = set("got", "it", "has", "is", "s", "on", "sorted", "cleaned", "dealt", "with", "dealing", "sorting",
	"handled", "handling", "her", "him", "them", "now", "already", "x", "lol", "mopped", "fixed", "cleaning")

// foundTheThing reads "found the coat", "i found his phone": a thing
// already spoken of is found. With a lost thing not yet sorted it is that
// problem sorted; from someone on another problem it is passed on, as it
// may be the thing they were sent for. "found a coat" is new lost
// property, read as before.
func (a *analysis) foundTheThing(hits []problemHit) (Intent, bool) {
	if len(hits) != 1 || hits[0].kind != night.Lost {
		return Intent{}, false
	}
	at := -1
	for _, i := range a.content() {
		switch w := a.w(i); {
		case w == "found" && at < 0:
			at = i
		case at < 0 && !foundLead[w]:
			return Intent{}, false
		}
	}
	if at < 0 || a.negated(at) || a.w(at+1) != "the" && !possessives[a.w(at+1)] {
		return Intent{}, false
	}
	for _, i := range hits[0].idx {
		if i != at && lostVerbs[a.w(i)] {
			return Intent{}, false // "found the keys she lost"
		}
	}
	for k := len(a.n.Problems) - 1; k >= 0; k-- {
		if p := a.n.Problems[k]; p.Status != night.Sorted && p.Kind == night.Lost {
			a.because("it finds the thing a lost problem is about: sorted")
			return Intent{Kind: Sorted, Problem: p.ID}, true
		}
	}
	if a.holdsClaim() != "" {
		a.because("it finds a thing, from someone on another problem: a person reads it")
		return a.unknown(), true
	}
	return Intent{}, false
}

// foundLead may come before "found": "i just found".
var foundLead = set("i", "we", "have", "just", "ive", "finally", "yes", "yay", "ok", "oh", "has")

// sortedNews reads "sorted": a problem sorted, or a job when no problem
// is open and the words name a job ("bar sorted").
func (a *analysis) sortedNews(hits []problemHit, jobs jobRefs) Intent {
	if len(hits) == 0 && !a.sortable() && !a.namesOpenProblem() && a.has(sortedJob) {
		if len(jobs.nums) > 0 {
			return a.jobIntent(Done, jobs)
		}
		if len(a.n.OpenProblems()) == 0 {
			return a.bareVerb(Done)
		}
	}
	if a.noOpenOfKinds(hits) {
		// "omar lost his keys but found them", told while a spill is
		// open: news of trouble nobody raised, not the spill sorted.
		a.because("it tells of a problem sorted that is not one open: a person reads it")
		return a.unknown()
	}
	return Intent{Kind: Sorted, Problem: a.sortTarget(hits)}
}

// noOpenOfKinds reports a text that names kinds of problems, none of which
// is open now while others are, from someone who holds no claim (the problem they are on
// is what their "sorted" means, whatever words they use).
func (a *analysis) noOpenOfKinds(hits []problemHit) bool {
	kinds := a.mentionedKinds(hits)
	if len(kinds) == 0 || a.holdsClaim() != "" || len(a.n.OpenProblems()) == 0 {
		return false
	}
	for _, p := range a.n.Problems {
		if p.Status != night.Sorted && kinds[p.Kind] {
			return false
		}
	}
	return true
}

// replyToNews reads a short reply to what was just done or said: taking a
// job back ("not done yet", "oops"), or "coming" to a problem.
func (a *analysis) replyToNews(verb Kind, jobs jobRefs) (Intent, bool) {
	if a.has(doneNegated) && !a.questionStart() {
		if len(jobs.nums) == 0 || a.jobIs(jobs.nums[0], night.Done) {
			return Intent{Kind: Undo}, true
		}
		return a.unknown(), true
	}
	if a.mistakeSaid() && !a.questionStart() {
		if !a.aboutLastChange() {
			a.because("a word of a mistake about something else, not the last change: a person reads it")
			return a.unknown(), true
		}
		return Intent{Kind: Undo}, true
	}
	if a.weakClaim(jobs, verb) {
		return Intent{Kind: Claim, Problem: a.defaultClaim()}, true
	}
	return Intent{}, false
}

// mistakeSaid reports a word of a mistake, not the "meant" of "meant to
// be", which says how things should be: "the music is meant to be quiet".
func (a *analysis) mistakeSaid() bool {
	for i := range a.t {
		if n := a.startsAt(i, undoWeak); n > 0 && !(n == 1 && a.w(i) == "meant" && a.w(i+1) == "to" && a.w(i+2) == "be") {
			return true
		}
	}
	return false
}

// aboutLastChange reports a text with a word of a mistake ("oops",
// "wrong") that is about the sender's last change: it says something is
// not done yet, how the change was sent ("pressed the wrong one", "ticked
// it by mistake"), or nothing more. "oops dropped the pies" or "gave
// someone the wrong ticket" is a slip in the room, not a tick to take back.
func (a *analysis) aboutLastChange() bool {
	if _, neg := a.negation(); neg || a.has(doneNegated) || a.has(notYetDone) {
		return true
	}
	for _, i := range a.words(sendVerbs) {
		if w := a.w(i); (w == "meant" || w == "mean") && a.w(i+1) == "to" && a.w(i+2) == "be" {
			continue // "its meant to be fun" is no mistake
		}
		return true
	}
	return a.onlyFrom(mistakeFiller, a.spans(undoWeak))
}

var (
	// sendVerbs say how a change was made: by a press, a tick or a text.
	sendVerbs = set("pressed", "press", "pushed", "ticked", "tick", "clicked", "click", "tapped", "tap", "hit",
		"sent", "send", "said", "say", "text", "texted", "txt", "typed", "meant", "mean", "button",
		"message", "msg", "done", "dun", "finished", "untick", "marked")
	// mistakeFiller may stand beside a word of a mistake in a take-back.
	mistakeFiller = set("sorry", "soz", "sry", "that", "it", "one", "1", "i", "the", "job", "number", "no",
		"last", "my", "was", "is", "this", "x", "xx", "oh", "oh no", "ah", "please", "pls", "plz", "too", "soon",
		"early", "a", "by", "that's", "thats", "its", "there", "me", "again", "whoops", "put", "take", "off", okMoji)
)

// askedAbout reads a question about one's jobs or the night's times. Other
// questions are passed on here; guard answers what it can.
func (a *analysis) askedAbout() (Intent, bool) {
	if a.has(jobsAsk) {
		if in, ok := a.here(); ok && in.Kind == Here && a.arrivalFirst() && !a.hasWord("jobs") && !a.hasWord("job") && !a.hasWord("list") {
			// "just arrived, where do you want me": checking in is the
			// news; the reply tells how to see the jobs. "will here what
			// r my jobs" asks for the list itself.
			return in, true
		}
		return Intent{Kind: Jobs}, true
	}
	if c := a.content(); a.startsAny(c[0], statusWords) || a.has(nightAsk) && a.asking() {
		return a.status(), true
	}
	if a.questionStart() {
		if a.timelineItem() != nil {
			return a.status(), true // "is it raffle time yet?"
		}
		return a.unknown(), true
	}
	return Intent{}, false
}

// willDo agree to do what was asked: "ok will do".
var willDo = ph("will do", "i will do", "can do")

// arrivalFirst reports a text that opens with the sender come, not yet
// checked in: "just arrived", "im here".
func (a *analysis) arrivalFirst() bool {
	if p, ok := a.n.Person(a.sender); !ok || p.CheckedIn {
		return false
	}
	c := a.content()
	for _, i := range c[:min(len(c), 3)] {
		if a.startsAt(i, hereWords) > 0 {
			return true
		}
	}
	return false
}

// plainNews reads a text with no job in it: a question about what is
// next, coming or going, good news about a problem, or an ok.
func (a *analysis) plainNews() (Intent, bool) {
	if a.has(statusWords) || a.has(nextWord) && a.onlyFrom(nextOnly) {
		return a.status(), true
	}
	if job, ok := a.seeingHome(); ok && a.helpingToRides() {
		// "helping people get home now, first ones are going out to the
		// cars": the guests go, the sender helps.
		return Intent{Kind: Doing, Job: job}, true
	}
	if in, ok := a.leaving(); ok {
		return in, true
	}
	if job, ok := a.seeingHome(); ok {
		return Intent{Kind: Doing, Job: job}, true // "im outside helpin evry1 find there lifts"
	}
	if in, ok := a.here(); ok {
		return in, true
	}
	if a.sortable() && (a.matchNotNegated(sortedWeak) || a.goodNews()) {
		return Intent{Kind: Sorted, Problem: a.sortTarget(nil)}, true
	}
	if a.onlyFrom(ackWords) || a.onlyFrom(ackWords, a.spans(willDo)) && a.defaultClaim() == "" {
		return Intent{Kind: None}, true // "ok", a lone thumbs up, "ok will do" with nothing to take on
	}
	return Intent{}, false
}

// lastReading reads what is left: "done" with no job, "my list", a job
// named on its own; else a person reads it.
func (a *analysis) lastReading(verb Kind, jobs jobRefs) Intent {
	if verb != "" && len(jobs.nums) == 0 && a.matchNotNegated(bareVerbs) {
		if a.actWordNamed() {
			// "the jenga tournament is starting": the act's start, no job.
			a.because("it names an act on the running order and no job: nothing changes")
			return Intent{Kind: None}
		}
		return a.bareVerb(verb)
	}
	if a.has(jobList) && len(jobs.nums) == 0 {
		return Intent{Kind: Jobs}
	}
	if len(jobs.nums) == 1 && a.lovesIt() {
		a.because("it says the sender loves them: praise, nothing to do")
		return Intent{Kind: None}
	}
	if job, ok := a.titleVerbAlone(jobs); ok {
		a.because("it says the verb of one of the sender's jobs, done")
		return Intent{Kind: Done, Job: job}
	}
	if len(jobs.nums) == 1 && a.onlyFrom(jobFiller, jobs.idx) {
		if a.endsOnTitleParticle(jobs.nums[0]) {
			return a.jobIntent(Done, jobs) // "curtains down" for "Take down the curtains"
		}
		return a.askVerb(jobs.nums[0])
	}
	if len(jobs.nums) == 1 && a.onlyFrom(allClear, jobs.idx, a.words(titleStates)) && a.endsOnTitleParticle(jobs.nums[0]) {
		return a.jobIntent(Done, jobs) // "fire exits clear, nothing blocking"
	}
	if job, ok := a.allHomeJob(); ok {
		return Intent{Kind: Done, Job: job}
	}
	if job, ok := a.seeingHome(); ok {
		return Intent{Kind: Doing, Job: job}
	}
	if len(jobs.nums) == 1 && a.everyoneGot(jobs.nums[0]) {
		a.because("everyone has had what their job gives out")
		return Intent{Kind: Done, Job: jobs.nums[0]}
	}
	if n, ok := a.givenToAll(jobs.nums); ok && len(jobs.nums) > 1 {
		a.because("everyone has had what one of the sender's jobs gives out")
		return Intent{Kind: Done, Job: n}
	}
	if len(jobs.nums) == 0 && a.boxWhere() {
		a.because("it tells where a kit or box is kept: nothing to do")
		return Intent{Kind: None}
	}
	return a.unknown()
}

// everyoneGot reports news that everyone has had what the sender's job
// gives them: "evry1 has had sun cream and a water" from the person who
// hands out sun cream and water.
func (a *analysis) everyoneGot(job int) bool {
	c := a.content()
	group := len(c) > 0 && groupWords[a.w(c[0])]
	if len(c) > 3 && a.w(c[0]) == "every" && (a.w(c[1]) == "one" || a.w(c[1]) == "body") {
		c, group = c[1:], true // "every one has a cuppa"
	}
	if len(c) < 3 || !group || a.asking() ||
		!slices.Contains(a.n.JobsOf(a.sender), job) {
		return false
	}
	if _, neg := a.negation(); neg || a.has(allBut) {
		return false
	}
	if a.has(groupReceived) {
		return true
	}
	// "everyone has a cuppa": "has" right after everyone, with the job's
	// thing after it.
	own := a.jobTokens(job)
	return groupHas[a.w(c[1])] && slices.ContainsFunc(own, func(i int) bool { return i > c[1] })
}

var (
	groupReceived = ph("has had", "have had", "had", "has got", "have got", "got", "have all had", "has all had",
		"have all got")
	groupHas = set("has", "have", "haz")
	// allBut leave someone out: "everyone has a cuppa except stan".
	allBut = ph("except", "apart from", "but", "exept", "cept", "not", "still")
)

// allHomeJob is the sender's one job of seeing people home, when the text
// says everyone got home: "everyones got home safe" from the person who
// helps people get home is that job done. From anyone else it is news.
func (a *analysis) allHomeJob() (int, bool) {
	if !a.groupHome() && !a.groupOffInRides() || a.asking() || a.laterSaid() {
		return 0, false
	}
	if _, neg := a.negation(); neg {
		return 0, false
	}
	job, ok := a.ownHomeJob()
	if ok {
		a.because("everyone got home, and seeing people home is their job")
	}
	return job, ok
}

// ownHomeJob is the sender's one job, at the close, of seeing people home:
// a title that says home, lifts, rides or taxis.
func (a *analysis) ownHomeJob() (int, bool) {
	var mine []int
	for _, n := range a.n.JobsOf(a.sender) {
		if j, ok := a.n.Job(n); ok && j.Phase == night.Close && slices.ContainsFunc(titleTokens(j.Title), func(t token) bool {
			return homeJobWords[t.w]
		}) {
			mine = append(mine, n)
		}
	}
	if len(mine) != 1 {
		return 0, false
	}
	return mine[0], true
}

// groupHome reports news that a group got home, and not the sender:
// "everyone got home ok", "all gone home safe".
func (a *analysis) groupHome() bool {
	group := false
	for i := range a.t {
		if selfSubjWords[a.w(i)] {
			return false
		}
		group = group || a.isGroup(i) && a.w(i) != "them" && a.w(i) != "they"
	}
	return group && a.has(homeSaid)
}

// seeingHome is the sender's one job of seeing people home, when the text
// says they are taking people to their rides: "taking people out to there
// taxis".
func (a *analysis) seeingHome() (int, bool) {
	if !(a.gerund() && a.has(toTheirRides)) && !a.helpingToRides() || a.asking() || a.laterSaid() {
		return 0, false
	}
	if _, neg := a.negation(); neg {
		return 0, false
	}
	job, ok := a.ownHomeJob()
	if ok {
		a.because("they are taking people to their rides, which is their job")
	}
	return job, ok
}

// isGroup reports a word for everyone at token i: "everyone", "the
// guests", "every guest".
func (a *analysis) isGroup(i int) bool {
	return groupWords[a.w(i)] || everyOne[a.w(i)] && (a.w(i-1) == "every" || a.w(i-1) == "each")
}

// helpingToRides reports a word of helping under way just before the
// rides: "im outside now helpin evry1 find there lifts".
func (a *analysis) helpingToRides() bool {
	if a.matchNotNegated(doneStrong) {
		return false // "done helping people get home"
	}
	for i := range a.t {
		if !helpingWords[a.w(i)] || a.negated(i) || !a.isGroup(i+1) && !personNouns[a.w(i+1)] {
			continue // "helping everyone", "taking people": someone is helped
		}
		for k := i + 2; k <= i+4; k++ {
			if a.startsAt(k, toTheirRides) > 0 || a.startsAt(k, getHome) > 0 {
				return true
			}
		}
	}
	return false
}

var helpingWords = set("helping", "taking", "getting", "seeing", "showing", "bringing", "leading")

// everyOne follow "every" to mean the whole group.
var everyOne = set("guest", "member", "person", "one", "body")

// getHome follow the people helped: "helping people get home".
var getHome = ph("get home", "get off home", "go home", "home")

var toTheirRides = ph("to their taxis", "to there taxis", "to the taxis", "to their lifts", "to there lifts",
	"to their rides", "to there rides", "to the cars", "to their cars", "to there cars", "onto their rides",
	"find their lifts", "find there lifts", "find their taxis", "find there taxis", "find their rides", "find there rides",
	"find their cars", "find there cars")

var (
	homeJobWords = set("home", "lifts", "rides", "taxis", "minibus", "bus", "cabs", "cars")
	homeSaid     = ph("home", "gone home", "got home", "all gone", "on their way home", "in their taxis",
		"on their rides")
)

// endParticles are the little words that, said last about a job whose
// title has them, tell the state the job leaves things in.
var endParticles = set("up", "down", "out", "away", "off")

// titleStates are words of a job title that say the state a job leaves
// things in ("Check the fire exits are clear"): said about the job, with
// nothing else but all-clear words, they say it is done.
var titleStates = set("clear", "ready", "full", "clean", "tidy", "open", "shut", "closed", "locked", "empty")

// allClear are the words that may go with a state to say nothing is wrong:
// "clear, nothing blocking".
var allClear = set("nothing", "blocking", "blocked", "in", "the", "way", "all", "fine", "ok", "good", "now",
	"and", "are", "is", "x")

// endsOnTitleParticle reports whether a statement about job n ends on a
// word like "down" that its title has ("Take down the curtains"), or says
// a state its title names ("exits clear, nothing blocking"): the things
// are now down or clear, so the job is done. A question is not news.
func (a *analysis) endsOnTitleParticle(n int) bool {
	if a.question || len(a.t) == 0 || n < 1 || n > len(a.v.jobs) || a.stillState() {
		return false
	}
	title := a.v.jobs[n-1].title
	if last := a.w(len(a.t) - 1); endParticles[last] && !a.negated(len(a.t)-1) && slices.Contains(title, last) {
		return true
	}
	for i := range a.t {
		if w := a.w(i); titleStates[w] && slices.Contains(title, w) && !a.negated(i) && !a.questionStart() {
			return true
		}
	}
	return false
}

func (a *analysis) unknown() Intent { return Intent{Kind: Unknown, Text: a.text} }

// canonicalProblem reads "PROBLEM <words>": the kind from the words, other
// when they name none.
func (a *analysis) canonicalProblem() Intent {
	if a.matchNotNegated(sortedStrong) {
		return Intent{Kind: Sorted, Problem: a.sortTarget(a.problemHits())}
	}
	kind := night.Other
	if hits := a.problemHits(); len(hits) > 0 {
		kind = hits[0].kind
	}
	return a.problem(kind)
}

// goingToHelp reports that the tokens idx are the "help" of the sender
// going to help: "heading to the door to help dan", "going over to help
// summer".
func (a *analysis) goingToHelp(idx []int) bool {
	for _, i := range idx {
		if a.w(i) != "help" || a.w(i-1) != "to" {
			return false
		}
		found := false
		for j := i - 2; j >= 0 && j >= i-6; j-- {
			if movingWords[a.w(j)] {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return len(idx) > 0
}

// movingWords say the sender is on the move.
var movingWords = set("heading", "going", "gone", "popping", "nipping", "off", "walking", "running", "went")

// problem is a new problem of kind, in the sender's words, naming the
// guest or team member it is about.
func (a *analysis) problem(kind night.ProblemKind) Intent {
	in := Intent{Kind: Problem, ProblemKind: kind, Text: a.cleanText(), Person: a.otherPerson()}
	if r := a.ride(); r != nil {
		in.Ride = r.ID
	}
	return in
}

// uncovered drops problem words that only name the job the text is about,
// or are the past of its own verb: "lost property checked", "done taxis",
// "tickets taken" for "Take tickets".
func (a *analysis) uncovered(hits []problemHit, jobs jobRefs, verb Kind) []problemHit {
	if verb == "" && !jobs.full {
		return hits
	}
	var out []problemHit
	for _, h := range hits {
		covered := true
		for _, i := range h.idx {
			if a.toppledOver(i) || a.dangerOutsideTitle(i, jobs) || !slices.Contains(jobs.idx, i) && !a.verbAt(i) && !(pastForm(a.w(i)) && a.titleVerbOf(jobs, stem(a.w(i)))) &&
				!(slices.Contains(a.spans(goneAway), i) && a.givenAway(jobs)) {
				covered = false
				break
			}
		}
		if !covered {
			out = append(out, h)
		}
	}
	return out
}

func (a *analysis) verbAt(i int) bool { return verbWords[a.w(i)] }

// dangerOutsideTitle reports a word of danger at i that names a job only
// by sharing a word that describes another in its title, not with the
// title's next word: "fire in the kitchen" is a fire, whatever "Put up
// the fire station signs" says. A title about the thing itself ("Build
// and light the fire") still covers it.
func (a *analysis) dangerOutsideTitle(i int, jobs jobRefs) bool {
	if !dangerWords[a.w(i)] || a.negated(i) {
		return false
	}
	for _, n := range jobs.nums {
		t := a.v.jobs[n-1].title
		for p := range t {
			if t[p] == a.w(i) && (p+1 == len(t) || t[p+1] == a.w(i+1)) {
				return false // "the fire station signs are up"; "fire's lit" of "Build and light the fire"
			}
		}
	}
	return true
}

// goingHome reports "on my way home", "ill go home": leaving, not a claim.
func (a *analysis) goingHome() bool {
	return a.has(leaveWords) && len(a.words(homeWords)) > 0
}

// claims reports an offer to deal with a problem: "on it", "i can help",
// or "on my way" when there is a problem to go to.
func (a *analysis) claims() bool {
	return a.strongClaim() && !a.onItIsPlace() || a.has(claimMoving) && a.defaultClaim() != ""
}

// strongClaim reports a strong claim said, other than "i can come" going
// on to "off": "so i can come off the door" is off duty.
func (a *analysis) strongClaim() bool {
	for i := range a.t {
		if n := a.startsAt(i, claimStrong); n > 0 && (a.w(i+n-1) != "come" || a.w(i+n) != "off") {
			return true
		}
	}
	return false
}

// weakClaim reads "coming", "me", "will do" as a claim when there is a
// problem to claim and the text says nothing else.
func (a *analysis) weakClaim(jobs jobRefs, verb Kind) bool {
	if verb == Doing || len(jobs.nums) > 0 || a.goingHome() || a.defaultClaim() == "" {
		return false
	}
	return a.has(claimShort) && a.onlyFrom(claimFiller, a.spans(claimShort), a.spans(claimMoving))
}

var (
	functionWords = set("with", "at", "in", "on", "by", "near", "of", "is", "here", "there", "for", "outside")
	nextWord      = ph("next")
	nextOnly      = set("next", "what", "now", "then", "so") // "next?"
	nightWord     = ph("night")
	nightOnly     = set("night", "all", "everyone", "team", "guys", "good") // "night all"
	homeWords     = set("home", "bed")                                      // "ill go home"
)

var claimFiller = set("to", "the", "there", "now", "over", "quick", "soon", "asap", "mins", "minute",
	"minutes", "in", "i", "am", "will", "be", "yes", "ok", "right", "sure", "just", "x", "then", "straight",
	"away", "a", "sec", "second", "2", "5", "one", "it", "that", "this", okMoji)

var jobFiller = set("the", "job", "number", "no", "#", "my", "is", "it", "a", "ok", "now", "yes", "all", "and",
	"your", "our", "on", "are", "up")

// goingNow reads a goodbye that says the sender is going now ("packed the
// speakers, im heading off now thanks every1"): that is the news, more
// than the work it tells of on the way out.
func (a *analysis) goingNow() (Intent, bool) {
	for i := range a.t {
		// "packed my decks, off home now": with no one before it, the
		// sender is the one going.
		bare := a.startsAt(i, bareGoingNow) > 0 && i > 0 && !personWord(a.w(i-1)) && !subjectWords[a.w(i-1)] &&
			a.name(i-1) == (nameRef{}) && !thirdPerson[a.w(i-1)] && !a.groupLeaves()
		if (bare || a.startsAt(i, goingNowWords) > 0) && !a.negated(i) {
			if in, ok := a.leaving(); ok && in.Person == "" {
				a.because("the sender says they are going now")
				return in, true
			}
		}
	}
	return Intent{}, false
}

var goingNowWords = ph("i am heading off now", "i am going home now", "i am off home now", "i am off now",
	"i am leaving now", "i am heading home now", "i am going now",
	// "my mum is outside so im going home": what follows from a lift
	// here is going now.
	"so i am going home", "so i am heading home", "so i am off")

// bareGoingNow say the sender goes now when no one else is before them.
var bareGoingNow = ph("off home now", "heading home now", "going home now", "heading off now")

// leaving reads checking out: "going home", "bye", a lone "night". About
// someone else on the team, it names them.
func (a *analysis) leaving() (Intent, bool) {
	said, seeLater := a.leaveSaid()
	if !said && !(a.has(nightWord) && a.onlyFrom(nightOnly)) && !a.endsGoing() && !a.myPickupHere() {
		if seeLater && a.arrivalSaid() {
			return Intent{}, false // "just arrived at the arts centre, see you inside": come
		}
		if seeLater {
			a.because("it says see you later on: nothing changes")
			return Intent{Kind: None}, true
		}
		return Intent{}, false
	}
	if a.groupLeaves() && a.matchNotNegated(doneStrong) {
		return Intent{}, false // "the guests are away home safe, my job done"
	}
	if a.homeJobNotLeaving() {
		return Intent{}, false // "thats evryone off home safe" from who sees people home
	}
	if r := a.guestNamed(); r != nil && !a.saysSelf() && len(a.words(myWord)) == 0 {
		// "grace is leaving now", "bye grace": the guest goes, not the
		// sender; whether their ride has come a person can tell.
		a.because("it is about %s going, not the sender: a person reads it", r.Name)
		return a.unknown(), true
	}
	if a.otherLeadsGoing() && !a.saysSelf() && len(a.words(myWord)) == 0 {
		a.because("it is about someone else going, not the sender: a person reads it")
		return a.unknown(), true
	}
	if c := a.content(); a.startsAny(c[0], leaveWords) {
		// "heading off now, hope has the taxis": said first, with no one
		// before it, the sender is the one going.
		return Intent{Kind: Leaving}, true
	}
	return Intent{Kind: Leaving, Person: a.otherPerson()}, true
}

// leaveSaid reports words of leaving, not denied, that are about the
// sender going: not "out of cups", "off to the loo", "leaving my bag in
// the office" or "see you at the interval" (seeLater).
// otherLeadsGoing reports a text led by someone who is not the sender:
// "the lady who was sick has gone home now", "a guest is leaving", "he
// went home". Words of going there are about them.
func (a *analysis) otherLeadsGoing() bool {
	c := a.content()
	w := a.w(c[0])
	if thirdPerson[w] {
		return true
	}
	return len(c) > 1 && (knownOne[w] || w == "a" || w == "an" || w == "one") && personNouns[a.w(c[1])] && !thirdPerson[a.w(c[1])]
}

// thirdPerson are the words for someone who is not the sender.
var thirdPerson = set("he", "she", "they", "someone", "somebody", "him", "her", "them")

func (a *analysis) leaveSaid() (said, seeLater bool) {
	for i := range a.t {
		n := a.startsAt(i, leaveWords)
		if n == 0 || a.negated(i) {
			continue
		}
		last, next, after := a.w(i+n-1), a.w(i+n), a.w(i+n+1)
		switch {
		case last == "out" && next == "of":
			continue // "im out of cups"
		case last == "off" && next == "to" && after != "home" && after != "bed":
			continue // "im off to the loo": a short trip
		case (last == "leaving" || last == "leave" || last == "left") && (determiners[next] || possessives[next] || next == "it" || next == "them") &&
			!a.venueWord(i+n) && !a.venueWord(i+n+1):
			continue // "leaving my bag in the office": a thing left
		case last == "you" && a.w(i+n-2) == "see" && seeYouHere(next, after):
			seeLater = true // "see you at the interval", "see you all inside": later tonight, here
			continue
		}
		return true, false
	}
	return false, seeLater
}

// seeYouHere reports the words after "see you" that meet again at the
// night: "at the interval", "inside", "all soon".
func seeYouHere(next, after string) bool {
	here := func(w string) bool { return placePreps[w] || w == "after" || w == "there" || w == "inside" }
	if next == "all" || next == "everyone" || next == "guys" {
		return here(after) || after == "soon"
	}
	return here(next)
}

// venueWord reports a token that names where the night is: a word of the
// venue, or "hall", "building", "party".
// sufferingHere come before "here" when it says how the sender feels
// where they are: "dying here", "melting here".
var sufferingHere = set("dying", "struggling", "sweating", "melting", "boiling", "freezing", "suffering", "crying",
	"laughing", "roasting", "baking", "starving", "wilting", "flagging")

// venuePair reports two words at i written as they follow each other in
// the venue's name: "at lost lake" for "Lost Lake Leisure Centre", though
// each is an everyday word.
func (a *analysis) venuePair(i int) bool {
	words := strings.FieldsFunc(lowerWord(a.n.Venue), func(r rune) bool { return !isWordRune(r) })
	for k := 0; k+1 < len(words); k++ {
		if words[k] == a.w(i) && words[k+1] == a.w(i+1) && !linkWords[words[k]] && !linkWords[words[k+1]] {
			return true
		}
	}
	return false
}

func (a *analysis) venueWord(i int) bool {
	w := a.w(i)
	return placeNouns[w] || w != "" && !common[w] && containsWord(lowerWord(a.n.Venue), w)
}

var placeNouns = set("hall", "building", "venue", "party", "club", "centre", "center", "place", "disco", "room", "event")

// carsWords are rides home said in the plural, beyond pickupWords.
var carsWords = set("cars", "vans", "coach", "coaches", "minibuses")

// toldToSay reports another member who told the sender to text, and the
// sender's own arrival: "louise said to txt u im here now".
func (a *analysis) toldToSay() bool {
	if !a.has(selfArrived) {
		return false
	}
	for i := range a.t {
		if a.isTeamName(i) && a.name(i).person != a.sender && messengerVerbs[a.w(i+1)] && a.w(i+2) == "to" && toldToWords[a.w(i+3)] {
			return true
		}
	}
	return false
}

var (
	// selfArrived say the sender has come.
	selfArrived = ph("i am here", "i have arrived", "i got here", "i have got here")
	// toldToWords follow "said to": "louise said to txt u".
	toldToWords = set("text", "txt", "tell", "let", "message", "ring", "call")
)

// myWord says the sender owns what follows: "my lift is here".
var myWord = set("my")

// here reads checking in: "im here", "just arrived". "taxi is here" or "jo
// is here" is about someone else's ride, not a check-in, and "lee has
// arrived" is news of Lee, who checks in for herself.
func (a *analysis) here() (Intent, bool) {
	if !(a.arrivalSaid() || a.atVenue() && !a.has(leaveWords)) || a.ride() != nil || a.othersPickup() && !a.ownJourney() || a.thereIs() {
		return Intent{}, false
	}
	if a.otherDay() || a.reminderNote() {
		// "ill do the sign in again next month", "Reminder: next
		// committee meeting is Tuesday at 2 in the library".
		a.because("it is about another day, or a reminder of a plan: not the sender come")
		return Intent{}, false
	}
	if w := a.w(a.content()[0]); questionStarts[w] && w != "will" && w != "may" && w != "might" {
		// "is angel here yet", "has the dj arrived": asked, even when the
		// name is a word and no question mark is written.
		a.because("it asks whether someone has come: a person reads it")
		return a.unknown(), true
	}
	if len(a.companyRides()) > 0 || len(a.words(carsWords)) > 0 {
		// "ace cars here": a firm that drives two guests names no one
		// ride, but it is still a ride come, not the sender.
		return Intent{}, false
	}
	if who := a.otherPerson(); who != "" && !a.toldToSay() {
		// "Will is here now": news of another member; they check in
		// themselves.
		a.because("it says %s has come, not the sender: nothing changes", a.n.Name(who))
		return Intent{Kind: None}, true
	}
	return Intent{Kind: Here}, true
}

// thereIs reports a text that opens by saying something is there:
// "theres a cat got in the hall" is news of the cat, not the sender come.
func (a *analysis) thereIs() bool {
	c := a.content()
	return len(c) > 2 && a.w(c[0]) == "there" && thirdAux[a.w(c[1])]
}

// arrivalSaid reports words of arriving that are not negated, or a text
// of only "hear". A lone "here" after "in", "out" or "over" says where the
// sender is ("its so dark in here"), not that they have come; "i am in
// here" still is.
func (a *analysis) arrivalSaid() bool {
	if c := a.content(); len(c) == 1 && a.w(c[0]) == "hear" {
		return true // a text of just "hear" is "here" spelt by ear
	}
	for i := range a.t {
		n := a.startsAt(i, hereWords)
		if n == 0 || a.negated(i) || slices.ContainsFunc(a.t[:i], func(t token) bool { return t.w == "if" }) {
			continue // "if it rains we go in the hall" may happen
		}
		if n == 1 && a.w(i) == "here" && (placeBefore[a.w(i-1)] || sufferingHere[a.w(i-1)]) {
			continue // "dying here this is so funny": how it feels, not arriving
		}
		if a.w(i) == "i" && a.w(i+n-1) == "in" && a.inSomethingElse(i+n) {
			continue // "im in traffic", "im in bed with flu"
		}
		if (a.w(i) == "in" || a.w(i) == "at") && a.seenThere(i) {
			continue // "saw a robin in the car park": where it was seen
		}
		if n == 1 && a.w(i) == "present" && i != a.content()[0] && a.w(i-1) != "am" {
			continue // "left their santa present on the table": a gift
		}
		if (n == 1 || a.w(i) == "in" || a.w(i) == "at") && thirdAux[a.w(i-1)] && !selfSubjWords[a.w(i-2)] && a.w(i-2) != "we" && a.otherPerson() == "" {
			continue // "the dj has arrived", "the food is here", "the kit is in the hall": not the sender
		}
		return true
	}
	return false
}

// inSomethingElse reports that the words from token j, after "i am in",
// name somewhere or something that is not the venue: "traffic", "bed",
// "tonight", "the car". "im in", "im in now", "im in the hall" are the
// sender come.
func (a *analysis) inSomethingElse(j int) bool {
	w := a.w(j)
	switch {
	case w == "" || inAfter[w] || a.social[j] || a.t[j].emoji:
		return false
	case determiners[w]:
		return !a.venueWord(j+1) && !a.venueWord(j+2)
	}
	return !a.venueWord(j)
}

// inAfter may follow "im in" when the sender has come: "im in now x".
var inAfter = set("now", "x", "xx", "here", "already", "early", "at", "and", "so", "safe", "ok", "okay", "yes", "yay", "too", "as", "just")

// thirdAux say someone or something else is the subject: "has arrived".
var thirdAux = set("has", "is", "s", "was", "are", "were", "have")

// placeBefore make a lone "here" a place: "in here", "out here".
var placeBefore = set("in", "out", "over", "down", "up", "round", "around")

// groupLeaves reports words of leaving whose subject is the guests or
// everyone: "all the guests are away home safe".
func (a *analysis) groupLeaves() bool {
	for i := range a.t {
		if a.startsAt(i, leaveWords) == 0 || a.w(i) == "i" || a.w(i) == "we" {
			continue // "night everyone i am off": the sender goes
		}
		if groupVerbs[a.w(i-1)] && a.isGroup(i-2) || a.isGroup(i-1) {
			return true
		}
	}
	return false
}

// endsGoing reports "i am going" at the end of a text, but for a
// goodnight: "my lift is here im going", "dads outside so im going, night".
func (a *analysis) endsGoing() bool {
	c := a.content()
	for k := 1; k < len(c); k++ {
		if a.w(c[k]) != "going" || a.w(c[k-1]) != "am" {
			continue
		}
		rest := true
		for _, i := range c[k+1:] {
			rest = rest && (nightOnly[a.w(i)] || a.w(i) == "bye" || a.w(i) == "x")
		}
		if rest {
			return true
		}
	}
	return false
}

// atVenue reports "at the community centre", naming the place the night is
// at, or a word for one.
func (a *analysis) atVenue() bool {
	venue := titleWords(a.n.Venue)
	for i := range a.t {
		if w := a.w(i + 1); a.w(i) == "got" && (venueWords[w] || venue[w] && !common[w]) {
			return true // "just got upstairs" to the upstairs function room
		}
		if a.w(i) != "at" && a.w(i) != "in" || slices.ContainsFunc(a.t[:i], func(t token) bool { return t.w == "if" }) {
			continue // "if it rains we go in the hall" may happen
		}
		if thirdAux[a.w(i-1)] && !selfSubjWords[a.w(i-2)] && a.w(i-2) != "we" {
			continue // "the first aid kit is in the hut": where a thing is
		}
		if a.seenThere(i) {
			continue // "saw a robin in the car park": where it was seen
		}
		// "at the hall", "at main street community hall": a place word
		// within the next three.
		for j := i + 1; j <= i+3 && j < len(a.t); j++ {
			if w := a.w(j); venueWords[w] || venue[w] && !common[w] || a.venuePair(j) {
				return true
			}
		}
	}
	return false
}

// seenThere reports a place at i where something was seen or found: "saw
// a robin in the car park", "found a hat in the hall".
func (a *analysis) seenThere(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if seenVerbs[a.w(j)] {
			return j < i-1 // a thing said between: "saw a robin in"
		}
	}
	return false
}

var seenVerbs = set("saw", "seen", "spotted", "found", "noticed", "watched")

var venueWords = set("venue", "hall", "centre", "center", "club", "hut", "church", "community", "building",
	"garden", "gardens", "pub", "school", "library", "gig", "party", "disco", "alley", "arena", "studio", "theatre",
	"pavilion", "clubhouse", "ballroom")

// othersPickup reports words of someone's way home that are not the
// sender's own: "mum is here" is a guest's, "my mum dropped me off" is not.
func (a *analysis) othersPickup() bool {
	for _, i := range a.words(pickupWords) {
		// A car park is a place, not a car; "parking the car" is the
		// sender's own car.
		if a.w(i-1) != "my" && a.w(i+1) != "park" && !a.broughtMe(i) && !a.parkedHere(i) {
			return true
		}
	}
	return false
}

var parkVerbs = set("parking", "park", "parked")

// parkedHere reports a car the sender is parking: "parking the car",
// "just parked my car 🚗" (the emoji read as one more "car").
func (a *analysis) parkedHere(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if parkVerbs[a.w(j)] {
			return true
		}
	}
	return false
}

// broughtMe reports a lift word that brought the sender ("mum dropped me
// off", "dad brought me") or a car left parked ("car is parked round the
// back"): the sender's way here, not someone's way home.
func (a *analysis) broughtMe(i int) bool {
	for j := i + 1; j <= i+3 && j < len(a.t); j++ {
		switch a.w(j) {
		case "dropped", "brought", "drove", "parked":
			return a.w(j+1) == "me" || a.w(j) == "parked"
		case "just", "has", "is", "have", "was", "already":
		default:
			return false
		}
	}
	return false
}

// status answers a question about the night, naming the timeline item or
// ride it asks about.
func (a *analysis) status() Intent {
	in := Intent{Kind: Status, Item: a.timelineItem()}
	if in.Item == nil {
		if r := a.ride(); r != nil {
			in.Ride = r.ID
		}
	}
	return in
}

// statusQuestion reports a question about the night: "what time", "when",
// "what's next".
func (a *analysis) statusQuestion() bool { return a.has(statusWords) }

// cleanText is the sender's words for a problem: without greetings,
// sign-offs or a leading PROBLEM, emoji said in words, in GSM-7.
func (a *analysis) cleanText() string {
	c := a.content()
	if len(c) == 0 {
		return ""
	}
	first, last := c[0], c[len(c)-1]
	// "PROBLEM taxi late" drops the keyword; "problem with the door" keeps it.
	if a.w(first) == "problem" && len(c) > 1 && !functionWords[a.w(c[1])] {
		first = c[1]
	}
	var b strings.Builder
	pos := a.t[first].start
	for i := first; i <= last; i++ {
		t := a.t[i]
		if t.start < pos {
			continue // a word spread from one typed word
		}
		b.WriteString(a.text[pos:t.start])
		if t.emoji {
			if !strings.HasPrefix(t.w, "+") {
				b.WriteString(" " + emojiWords[[]rune(t.raw)[0]] + " ")
			}
		} else {
			b.WriteString(a.text[t.start:t.end])
		}
		pos = t.end
	}
	return cutSeptets(toGSM(b.String()), MaxProblemText)
}

// MaxProblemText bounds the words kept for a problem, in GSM-7 septets.
const MaxProblemText = 300

// titleVerbAlone reads a text that is only the past of a title's verb,
// with little words ("hung", "all stacked now"): the one job of the
// sender's whose title starts with that verb is done. None or two, it
// does not guess.
func (a *analysis) titleVerbAlone(jobs jobRefs) (int, bool) {
	if len(jobs.nums) > 0 || a.asking() {
		return 0, false
	}
	verb, floor := "", false
	for _, i := range a.content() {
		w := a.w(i)
		switch {
		case aloneFiller[w] || a.t[i].emoji:
		case w == "floor" || w == "floors":
			floor = true
		case verb == "" && pastForm(w) && !a.negated(i):
			verb = stem(w)
			if len(w) > 4 && strings.HasSuffix(w, "ied") {
				verb = stem(w[:len(w)-3] + "y") // "emptied"
			}
		default:
			return 0, false
		}
	}
	if verb == "" || floor && !floorVerbs[verb] {
		return 0, false // "floor swept" is what sweeping is done to
	}
	var found []int
	for _, n := range a.n.JobsOf(a.sender) {
		if n >= 1 && n <= len(a.v.jobs) && (a.v.jobs[n-1].verb == verb || a.v.jobs[n-1].verb2 == verb) {
			found = append(found, n)
		}
	}
	if len(found) != 1 || floor && !slices.ContainsFunc(a.v.jobs[found[0]-1].title, func(w string) bool { return floorPlaces[w] }) {
		return 0, false // "floor cleaned" is no "Clean the toilets"
	}
	return found[0], true
}

// floorPlaces are the places of a title whose floor is the job.
var floorPlaces = set("hall", "room", "floor", "floors", "dancefloor", "barn", "studio", "stage", "kitchen", "marquee", "tent")

// floorVerbs are the stems of verbs done to a floor, whatever the title
// calls the place: "floor swept" for "Sweep the hall".
var floorVerbs = set(stem("sweep"), stem("swept"), stem("mop"), stem("mopped"), stem("hoover"), stem("hoovered"),
	stem("vacuum"), stem("vacuumed"), stem("clean"), stem("cleaned"), stem("scrub"), stem("scrubbed"))

// aloneFiller may stand with a lone past: "all hung now", "stacked them".
var aloneFiller = set("all", "now", "them", "it", "up", "just", "ive", "have", "i", "done", "x", "and")

// actWordNamed reports a word of the running order that no job has and
// that is not an everyday word: "larks" of "The Larks sing", "jenga" of
// "Jenga tournament". Words such as "doors" or "time" do not count.
func (a *analysis) actWordNamed() bool {
	for _, i := range a.content() {
		if w := a.w(i); a.timelineWord(i) && !common[w] && !common[stem(w)] && !verbWords[w] {
			return true
		}
	}
	return false
}
