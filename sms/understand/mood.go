package understand

import (
	"slices"
	"strings"
	"unicode"

	"github.com/clubnight/clubnight/night"
)

// The mood of a text decides whether it may change the night at all. A
// question, a negation, a plan for later or news of what someone else is
// doing never ticks a job, raises an alarm or checks anyone in or out:
// acting on what was not said is harm, and asking is only a miss. guard is
// the last step of every reading, so no rule above it can forget this.

// changes reports whether acting on in changes the night.
func changes(in Intent) bool {
	switch in.Kind {
	case Done, Doing, Undo, Problem, Claim, Sorted, Here, Leaving, Ride:
		return true
	}
	return false
}

var (
	// questionWords start a question that asks rather than tells.
	questionWords = set("who", "what", "when", "which", "why", "how", "whats", "wot", "wat")
	// askForHelp are questions that are really calls for help.
	askForHelp = ph("where is", "where are", "where has", "where have", "where did", "anyone seen",
		"has anyone seen", "have you seen", "can someone", "can somebody", "can anyone", "can you come",
		"can you help", "could someone", "could somebody", "could you come", "could you help", "need help",
		"help me", "is someone", "is somebody", "can i get help", "can we get help", "someone come",
		"any one seen", "anybody seen", "anyone know where", "anybody know where",
		// a question that asks the team to act on news: "could everyone
		// keep an eye out?", "shall i ring them?"
		"keep an eye out", "keep a look out", "keep a lookout", "look out for", "shall i ring", "shall i call",
		"can you ring", "can u ring", "could you ring", "can you call", "could you call")
	// laterWords say the thing will happen later, not now.
	laterWords = ph("later", "after", "afterwards", "after that", "tomorrow", "in a bit", "in a minute",
		"in a min", "at the end", "when i get", "when we get", "before the end", "in 5", "in 10", "in five", "in ten", "shortly", "soon")
	// willWords say an intention: "i will", "going to".
	willWords = ph("i will", "will", "going to", "gonna", "i am going to", "plan to", "planning to", "want to",
		"wanna", "hope to", "try to", "about to", "i shall", "shall", "should", "need to", "have to", "got to")
	// nowWords make a plan a start: "gonna do the signs now".
	nowWords = ph("now", "right now", "just now", "starting", "start", "on my way", "heading", "about to")
	// nearlyWords say a job is under way, not done: "nearly done".
	nearlyWords = ph("nearly", "almost", "half", "halfway", "nearly there", "not long", "getting there",
		"most of", "mostly", "still")
	// praise is about someone else's work: "well done tom".
	praise = ph("well done", "good job", "great job", "nice one", "brilliant job", "thanks for doing",
		"thank you for doing", "thanks for", "thank you for", "good work", "great work", "killing it",
		"smashing it", "smashed it", "nailed it", "nailing it", "rocking it", "bossing it", "boss it")
	// looksPraise say how something looks: with no word of done, "the
	// photos on the deckchairs look amazing" is praise, not a job started.
	looksPraise = ph("look amazing", "looks amazing", "look great", "looks great", "look lovely", "looks lovely",
		"look beautiful", "looks beautiful", "look gorgeous", "looks gorgeous", "look fab", "looks fab",
		"look brilliant", "looks brilliant", "look so", "looks so", "look good", "looks good")
	// negWords deny what follows them.
	negWords = set("not", "never", "nobody", "nothing", "noone", "none", "without", "neither", "nor")
	// noFine is "no" that denies nothing: "no worries".
	// "no joy", "no luck", "no answer" tell of trying and failing.
	noFine = set("worries", "worry", "bother", "prob", "probs", "problem", "problems", "issues", "issue", "rush", "need",
		"joy", "luck", "answer", "reply")
	// allWell says nothing is wrong: "all fine", "all good".
	allWell = ph("all fine", "all good", "all ok", "all okay", "all well", "everything is fine",
		"everything fine", "everything is ok", "everything ok", "everything is good", "everyone is here",
		"everyone here", "all here", "all present", "all counted", "all safe", "everyone is safe",
		"everyone is fine", "everyone is ok", "no problems", "no problem", "no issues", "no issue", "fully stocked",
		"all there", "all working", "working fine", "working ok", "is fine", "are fine", "is ok", "are ok",
		"safe and sound", "accounted for", "all accounted for", "all friendly", "in good fun", "all good fun", "just messing", "only messing",
		"just mucking about", "just banter", "only banter", "just playing", "only playing")
	// beVerbs follow a subject: "dan is doing".
	beVerbs = set("is", "has", "was", "are", "s", "will", "had", "did", "does", "doing", "done", "just", "already", "can", "could")
)

// asking reports a question that asks rather than tells: "is the bar
// done?", "who is doing the raffle", "has jo's taxi come yet?".
func (a *analysis) asking() bool {
	c := a.content()
	if len(c) == 0 {
		return false
	}
	if a.w(c[0]) == "what" && (a.w(c[0]+1) == "a" || a.w(c[0]+1) == "an") && !endsWithQuestion(a.text) {
		return false // "what a sunny nite": said in wonder, not asked
	}
	if a.questionStart() || questionWords[a.w(c[0])] {
		return true
	}
	if len(c) > 1 && a.w(c[0]) == "where" && whereAsks[a.w(c[1])] {
		return true // "where do the coats go": not "where is jo"
	}
	// "the bar done?" and "jo gone?" end with a question mark.
	return a.question && a.t[len(a.t)-1].w != "" && endsWithQuestion(a.text)
}

func endsWithQuestion(s string) bool {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '!', '.', ')':
			continue
		case '?':
			return true
		}
		return false
	}
	return false
}

// negation reports a denying word among the content tokens, other than a
// "no" that denies nothing ("no worries"), and the token it is at.
func (a *analysis) negation() (int, bool) {
	for _, i := range a.content() {
		// "pillow fight over, no one hurt": the all-clear denies the harm,
		// not the news before it.
		if a.denies(i) && !a.trailingAllClear(i) && !a.noMoreAfterDone(i) && !a.noMishapAfterDone(i) {
			return i, true
		}
	}
	return -1, false
}

// dontDo follow "dont" told to others: "dont look", "dont peek".
var dontDo = set("look", "peek", "peep", "tell", "touch", "spoil", "forget")

// plainVerbs are verbs of how people move or act that "to A not B"
// chooses between.
var plainVerbs = set("walk", "run", "sit", "stand", "queue", "wait", "stay", "go", "come", "share", "grab",
	"push", "shout", "talk", "ask", "dance", "jump", "slide", "stop", "use", "drink", "eat", "throw", "touch")

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// denies reports a denying word at token i: "not", "nobody", "no one",
// but not "no worries" or "no. 4".
func (a *analysis) denies(i int) bool {
	switch w := a.w(i); {
	case w == "no" && a.w(i-1) == "oh":
		return false // "oh no the music has cut out": dismay, not a denial
	case w == "nothing" && (a.w(i+1) == "blocking" || a.w(i+1) == "blocked" || a.w(i+1) == "in" && a.w(i+3) == "way"):
		return false // "clear, nothing blocking" is all-clear news
	case w == "not" && a.name(i+1).person != "" && a.name(i-1).person != "" && (i+2 >= len(a.t) || a.social[i+2] || a.t[i+1].comma):
		return false // "its danny not dan lol": which name, not a denial
	case w == "not" && ownerWords[a.w(i+1)]:
		return false // "found a torch, not ours": whose it is, not a denial
	case w == "not" && a.w(i+1) == "stop" && strings.HasSuffix(a.w(i+2), "ing"):
		return false // "jo cant stop crying": it goes on, nothing is denied
	case w == "not" && a.w(i-2) == "to" && plainVerbs[a.w(i-1)] && plainVerbs[a.w(i+1)]:
		return false // "told them to walk not run": which of two, not a denial
	case w == "not" && a.w(i+1) == "wait" && (a.w(i-1) == "can" || a.w(i-1) == "could"):
		return false // "pizzas are in, cant wait for everyone to come": looking forward
	case (w == "nobody" || w == "noone" || w == "no" && a.w(i+1) == "one") && (a.w(i-1) == "so" || a.w(i-1) == "that" && a.w(i-2) == "so") && i > 2:
		return false // "walls taped down so nobody trips": what the work is for
	case w == "not" && a.w(i-1) == "do" && dontDo[a.w(i+1)] && !subjectWords[a.w(i-2)] && i >= 3:
		return false // "hiding the clue cards now dont look": told to others, nothing denied
	case negWords[w]:
		return true
	case w == "no" && a.w(i+1) == "one" && !numberAfter[a.w(i+2)]:
		return true // "no one is hurt", not "no. 1 done"
	case w == "no" && a.w(i+1) == "need" && a.w(i+2) == "for":
		return true // "no need for first aid"
	case w == "no":
		return !a.t[i].mark && !noFine[a.w(i+1)]
	}
	return false
}

// ownerWords after "not" say whose a thing is: "not ours".
var ownerWords = set("ours", "mine", "theirs", "yours", "hers", "his")

// trailingAllClear reports "no one hurt", "nobody slipped" or "nothing
// left" at i after other news: it says nobody came to harm, or that all
// is used up; it denies nothing said before.
func (a *analysis) trailingAllClear(i int) bool {
	if i <= a.firstContent() {
		return false
	}
	k := i + 1
	switch {
	case a.w(i) == "nothing" && a.w(i+1) == "left":
		return true // "food table finished nothing left", "nothing left behind"
	case (a.w(i) == "nobody" || a.w(i) == "noone" || a.w(i) == "no" && a.w(i+1) == "one") && a.w(i+1+btoi(a.w(i) == "no")) == "left" &&
		queueLeft[a.w(i+2+btoi(a.w(i) == "no"))]:
		return true // "all the faces done no one left in the queue"
	case a.w(i) == "no" && a.w(i+1) == "one":
		k = i + 2
	case a.w(i) == "no" && faultNouns[a.w(i+1)]:
		return a.checkJobSaid() // "checked all the nets, no holes"
	case a.w(i) == "none":
		// "life jackets all checked, none damaged"
	case a.w(i) != "nobody" && a.w(i) != "noone":
		return false
	}
	if w := a.w(k); w == "was" || w == "is" || w == "are" || w == "were" || w == "got" || w == "has" || w == "been" {
		k++
	}
	if a.w(i) == "none" {
		return damagedWords[a.w(k)] && a.checkJobSaid()
	}
	return harmedWords[a.w(k)]
}

// queueLeft follow "no one left" when it says nobody still waits.
var queueLeft = set("in", "waiting", "to", "")

// harmedWords say someone came to harm.
var harmedWords = set("hurt", "slipped", "injured", "harmed", "fell", "tripped", "fallen", "upset", "lost",
	"missing", "sick", "ill", "cut", "burnt", "burned", "bumped")

// faultNouns are what a check looks for: "no holes".
var faultNouns = set("holes", "hole", "rips", "tears", "damage", "cracks", "leaks", "gaps", "faults", "breaks", "problems", "issues")

// damagedWords say a thing came to harm: "none damaged".
var damagedWords = set("damaged", "broken", "broke", "ripped", "torn", "missing", "wet", "dirty")

// checkJobSaid reports the verb of a job of checking said done: "life
// jackets all checked" for "Check the life jackets". Only then is "none
// damaged" the all-clear of that job.
func (a *analysis) checkJobSaid() bool {
	for _, j := range a.v.jobs {
		if !checkVerbs[j.verb] {
			continue
		}
		for i := range a.t {
			if pastForm(a.w(i)) && stem(a.w(i)) == j.verb {
				return true
			}
		}
	}
	return false
}

var checkVerbs = set(stem("check"), stem("count"), stem("test"), stem("inspect"))

// laterSaid reports words of later, where "after" is not "look after".
func (a *analysis) laterSaid() bool {
	for i := range a.t {
		if a.social[i] || a.startsAt(i, laterWords) == 0 {
			continue
		}
		if a.w(i) == "after" && strings.HasPrefix(a.w(i-1), "look") {
			continue
		}
		if a.w(i) == "later" && a.byeLater(i) {
			continue // "off now l8r": goodbye, not a plan
		}
		if a.w(i) == "at" && a.w(i+1) == "the" && a.w(i+2) == "end" && a.endThenOrWhere(i) {
			continue // "everyone clapped at the end", "the cones are at the end": then, or where
		}
		return true
	}
	return a.untilSomeoneComes()
}

// endThenOrWhere reports "at the end" at i said of what happened then, or
// of where a thing is: "everyone clapped at the end", "the cones r at the
// end". A job's verb before it ("the hall is swept at the end"), "the end
// of" something, or any word of will or getting keeps it a plan.
func (a *analysis) endThenOrWhere(i int) bool {
	prev := a.w(i - 1)
	if a.w(i+3) == "of" || a.ownWill() || a.hasWord("get") || a.hasWord("getting") || a.v.known(prev) && a.v.words[prev] {
		return false
	}
	for _, j := range a.v.jobs {
		if j.verb != "" && (stem(prev) == j.verb || pastStemOf[prev] == j.verb) {
			return false
		}
	}
	return pastForm(prev) || thingIs[prev] && a.w(i-2) != "" && !a.isGroup(i-2)
}

// pastStemOf are past forms whose stems do not meet their verbs' stems.
var pastStemOf = map[string]string{"swept": stem("sweep"), "hung": stem("hang"), "laid": stem("lay"), "put": stem("put"),
	"set": stem("set"), "made": stem("make"), "brought": stem("bring"), "took": stem("take"), "taken": stem("take"),
	"given": stem("give"), "gave": stem("give"), "sold": stem("sell"), "stuck": stem("stick"), "lit": stem("light"),
	"seen": stem("see")}

// thingIs say where or when a thing is: "the cones are at the end".
var thingIs = set("is", "are", "r", "s", "was", "were")

// byeLater reports "later" said last in a short text, after words of
// going: "off now l8r", "off now see ya later".
func (a *analysis) byeLater(i int) bool {
	c := a.content()
	return len(c) > 0 && len(c) <= 5 && c[len(c)-1] == i && a.has(leaveWords)
}

// untilSomeoneComes reports "when he gets here", "once the doors open":
// what the text says waits for someone or something to come.
func (a *analysis) untilSomeoneComes() bool {
	for i := range a.t {
		if w := a.w(i); w != "when" && w != "once" || i == a.content()[0] {
			continue
		}
		for k := i + 1; k <= i+4 && k < len(a.t); k++ {
			if comesWords[a.w(k)] {
				return true
			}
			// "ill let you know when we have finished": done is still to come.
			if (a.w(k) == "finished" || a.w(k) == "done") && (a.w(k-1) == "have" || a.w(k-1) == "am" || a.w(k-1) == "are" || a.w(k-1) == "is") {
				return true
			}
		}
	}
	return false
}

// comesWords say someone or something comes or begins, still to happen.
var comesWords = set("gets", "arrives", "arrive", "comes", "open", "opens", "starts", "finishes", "turns",
	"says", "tells", "asks", "signals", "shouts")

// numberAfter follow "no one" when it means job number one.
var numberAfter = set("done", "finished", "dun", "complete", "ready", "")

// later reports a plan for later rather than news: "i will do the booth
// after the briefing", "ill take the bins out later". A job cannot be done
// in the future, so any intention stops a Done; a start may be imminent
// ("gonna help with bar").
func (a *analysis) later(k Kind) bool {
	if a.laterSaid() {
		return true
	}
	switch k {
	case Done:
		// "stalls away at 8" names a job and a time and no word of done:
		// it says when, not that it is done.
		return a.ownWill() && !a.has(nowWords) ||
			a.atClock() && !a.has(rightNow) && !a.verbMatch(doneStrong) && !a.verbMatch(doneWeak)
	case Doing:
		// "i will do the bar" is a plan; "gonna do the bar now" a start;
		// "gonna run the quiz at 8" a plan again.
		// "photos at 9, caps on!" names a time and no word of starting: it
		// says when, like "stalls away at 8".
		return (a.has(intentWords) || a.goingToDo() || (a.has(willWords) || a.gerund()) && (a.atClock() || a.atPartOfNight()) ||
			a.atClock() && !a.verbMatch(doingWords) && !a.gerund() && !a.has(rightNow)) &&
			!a.startsNow()
	}
	return false
}

// ownWill reports a word of will that is not about how others will feel
// or act: in "stalls done, everyone is gonna love it" the will is
// everyone's, and the stalls are done.
func (a *analysis) ownWill() bool {
	for i := range a.t {
		if a.startsAt(i, willWords) > 0 && !a.othersWillAt(i) && a.name(i).person == "" {
			return true
		}
	}
	return false
}

// othersWillAt reports a word of will at i whose subject is others:
// "everyone is gonna love it", "they will love it".
func (a *analysis) othersWillAt(i int) bool {
	j := i - 1
	for j >= 0 && (a.w(j) == "is" || a.w(j) == "are" || a.w(j) == "all" || a.social[j]) {
		j--
	}
	return j >= 0 && othersWill[a.w(j)]
}

// othersWill are subjects whose will is not the sender's plan.
var othersWill = set("everyone", "everybody", "they", "people", "guests", "he", "she", "you", "u", "kids")

// notVerbAfterTo follow "going to" when it is on the way somewhere ("going
// to the bar", "going to it") or joining in ("gonna help with bar"), not a
// plan to do a job.
var notVerbAfterTo = set("the", "a", "an", "my", "your", "our", "it", "that", "this", "there", "here",
	"help", "be", "go", "head", "home", "bed", "now")

// goingToDo reports "going to" followed by a verb: "im going to pack away
// the stalls" is a plan, as "i will" is, until "now" makes it a start.
func (a *analysis) goingToDo() bool {
	for i := range a.t {
		if a.w(i) != "going" || a.w(i+1) != "to" || a.social[i] {
			continue
		}
		if next := a.w(i + 2); next != "" && !notVerbAfterTo[next] {
			return true
		}
	}
	return false
}

// startsNow reports words that the start is now ("gonna do the bar now",
// "starting the quiz"). A clock time ahead outweighs "start": "i will start
// the film at 7" is a plan; only "now" makes it news then.
func (a *analysis) startsNow() bool {
	if a.atClock() {
		return a.has(rightNow)
	}
	return a.has(nowWords)
}

// rightNow say the time is now, whatever else the text plans.
var rightNow = ph("now", "right now", "just now")

// whereAsks follow "where" in a question that asks the way, not for a
// person: "where do the coats go", "where should i put the prizes".
var whereAsks = set("do", "does", "did", "should", "shall", "can", "could", "will", "would", "am", "to")

// atClock reports a clock time the text looks ahead to: "at 8", "at half
// 7", "by 9:30". With a word of intention it makes a plan, not news.
func (a *analysis) atClock() bool {
	for i := range a.t {
		if w := a.w(i); w != "at" && w != "by" && w != "for" && w != "till" && w != "until" {
			continue
		}
		next := a.t[min(i+1, len(a.t)-1)]
		if i+1 < len(a.t) && (next.num > 0 || next.time || next.w == "half" || next.w == "quarter") {
			return true
		}
	}
	return false
}

// nightParts are the parts of a night a plan may be set for: "at the
// interval", "in the break", "at home time".
var nightParts = set("interval", "break", "half", "end", "finish", "home", "tea", "supper", "raffle", "prizes")

// atPartOfNight reports "at", "in" or "during" a part of the night,
// or an item of its timeline, the text looks ahead to: "making tea at the
// interval", "doing the raffle in the break". Like a clock time, it says
// when a job will be started; it is not used for presence or done, where
// "at the door" is a place.
func (a *analysis) atPartOfNight() bool {
	for i := range a.t {
		if w := a.w(i); w != "at" && w != "in" && w != "during" {
			continue
		}
		j := i + 1
		if a.w(j) == "the" {
			j++
		}
		if nightParts[a.w(j)] && (a.w(j) != "home" && a.w(j) != "tea" || a.w(j+1) == "time") && a.w(j) != a.w(i-1) {
			return true
		}
		if a.w(j) != "" && a.w(j-1) == "the" && a.timelineWord(j) {
			return true
		}
	}
	return false
}

// timelineWord reports the word at i as one that names an item of the
// night's timeline and no job: "the dancers" of "Fire Starters dance
// troupe". "at the door" is where a job is done, though doors open at 7.
func (a *analysis) timelineWord(i int) bool {
	s := stem(a.w(i))
	if a.v.stems[s] {
		return false
	}
	for _, it := range a.v.items {
		if slices.Contains(it.keys, s) {
			return true
		}
	}
	return false
}

// intentWords say what someone means to do, not what they are doing.
var intentWords = ph("i will", "will", "i shall", "shall", "should", "need to", "have to", "got to", "plan to",
	"planning to", "want to", "hope to", "i can", "can i", "could", "was going to", "were going to", "meant to",
	"supposed to", "tried to", "forgot to", "try to")

// otherSubject reports a text whose subject is another team member: "dan
// is doing the decks", "priya's done the raffle".
func (a *analysis) otherSubject() (string, bool) {
	c := a.content()
	for k, i := range c {
		ref := a.name(i)
		if ref.person == "" || ref.person == a.sender {
			if k >= 2 {
				return "", false
			}
			continue
		}
		if p := a.w(i - 1); pairAnd[p] && (a.saysSelf() || a.ownNameAt(i-2)) {
			return "", false // "me and jackie are washing the brushes", "rob and robbie done the flags"
		}
		if p := a.w(i + 1); pairAnd[p] && a.ownNameAt(i+2) {
			return "", false // "robbie and rob have hung the flags"
		}
		if a.t[i].poss && k == 0 || k+1 < len(c) && beVerbs[a.w(c[k+1])] {
			return ref.person, true
		}
		return "", false
	}
	return "", false
}

// ownNameAt reports the sender's own name at token i.
func (a *analysis) ownNameAt(i int) bool {
	return i >= 0 && i < len(a.t) && a.name(i).person == a.sender && a.name(i).ride == ""
}

// timelineActNamed is the running-order item the text names by a word no
// job has ("frida" of "Painting with Frida"), when every word that named a
// job is a word of that item too.
func (a *analysis) timelineActNamed() *night.TimelineItem {
	refs := a.jobRefs("")
	if len(refs.idx) == 0 {
		return nil
	}
	jobStem := map[string]bool{}
	for _, j := range a.v.jobs {
		for _, w := range j.title {
			jobStem[stem(w)] = true
		}
	}
	for k := range a.v.items {
		it := &a.v.items[k]
		inItem := func(i int) bool {
			return slices.ContainsFunc(it.keys, func(key string) bool { return sameStem(stem(a.w(i)), key) })
		}
		names := actNames(it.item.Title)
		own, jobOnly := false, false
		for i := range a.t {
			switch w := a.w(i); {
			case a.social[i] || linkWords[w]:
			case names[w] && !jobStem[stem(w)] && a.name(i).person == "":
				own = true // "Cooking demo with Tariq", Tariq of the team, is a job's
			case jobStem[stem(w)] && !inItem(i):
				jobOnly = true // "putting the paints out for frida" is the job
			}
		}
		if own && !jobOnly && !slices.ContainsFunc(refs.idx, func(i int) bool { return !inItem(i) }) {
			return &it.item
		}
	}
	return nil
}

// errand reports going somewhere for something: "going to the shop for
// more paper", "heading to the car for the tape". The place is no job's
// word; "for" or "to get" says what is fetched.
func (a *analysis) errand() bool {
	for i := range a.t {
		n := a.startsAt(i, goingTo)
		if n == 0 {
			continue
		}
		j := i + n
		if determiners[a.w(j)] {
			j++
		}
		if j >= len(a.t) || a.v.words[a.w(j)] && !common[a.w(j)] {
			continue // "going to the paints": the job's own thing
		}
		for k := j + 1; k <= j+2 && k < len(a.t); k++ {
			if a.w(k) == "for" || a.w(k) == "to" && a.w(k+1) == "get" {
				return true
			}
		}
	}
	return false
}

var (
	goingTo     = ph("going to", "heading to", "off to", "popping to", "nipping to", "going out to", "running to", "going back to")
	determiners = set("the", "a", "an", "my", "our", "his", "her", "their", "your")
)

// actNames are the words of a running-order title written with a capital
// after its first word: the names of acts ("Frida" of "Painting with
// Frida", "Turnips" of "The Turnips play"), not words such as "draw".
func actNames(title string) map[string]bool {
	out := map[string]bool{}
	for k, f := range strings.Fields(title) {
		f = strings.Trim(f, ".,!?:;'\"()")
		if k > 0 && f != "" && unicode.IsUpper([]rune(f)[0]) {
			out[strings.ToLower(f)] = true
		}
	}
	return out
}

// linkWords join the words of a title and name nothing by themselves.
var linkWords = set("the", "a", "an", "with", "and", "of", "to", "for", "at", "in", "on", "by", "n", "&")

// doneByOther is the team member named after "by" ("counted by pam")
// when the sender does not say they helped.
func (a *analysis) doneByOther() (string, bool) {
	for i := range a.t {
		if a.w(i) != "by" || i+1 >= len(a.t) {
			continue
		}
		if ref := a.name(i + 1); ref.person != "" && ref.person != a.sender && ref.ride == "" && !a.saysSelf() {
			return ref.person, true
		}
	}
	return "", false
}

// fixedByOther reports someone other than the sender who mended a thing:
// "the caretaker fixed it", "a man from the venue has sorted it".
func (a *analysis) fixedByOther() bool {
	for i := range a.t {
		if !mendVerbs[a.w(i)] {
			continue
		}
		j := i - 1
		if a.w(j) == "has" || a.w(j) == "have" || a.w(j) == "just" {
			j--
		}
		who := a.w(j)
		if ref := a.name(j); ref.person != "" && ref.person != a.sender {
			return true // "the jukebox stopped earlier but joe fixed it"
		}
		if j >= 1 && a.w(j-1) == "the" && !a.v.words[who] && !a.v.stems[stem(who)] && english[who] && !selfSubjWords[who] ||
			who == "he" || who == "she" || who == "they" {
			return !a.saysSelf()
		}
	}
	return false
}

// mendVerbs say a fault was put right.
var mendVerbs = set("fixed", "mended", "repaired")

// otherLeads reports a text that starts with another team member's name
// and goes on about them: "danny needs help with the pumpkins".
func (a *analysis) otherLeads() (string, bool) {
	c := a.content()
	if len(c) < 2 {
		return "", false
	}
	ref := a.name(c[0])
	if ref.person == "" || ref.person == a.sender || ref.ride != "" {
		return "", false
	}
	switch a.w(c[1]) {
	case "and", "an", "n", "&", "with":
		if a.saysSelf() || a.ownNameAt(c[1]+1) {
			return "", false // "tom and i did the bar", "robbie and rob hung the flags"
		}
	}
	return ref.person, true
}

var (
	// goingAt say when someone goes: with a clock time, a plan.
	goingAt = ph("is going", "going home", "is leaving", "leaving at", "goes at", "goes home", "will go",
		"will leave", "to go at", "to leave at")
	// onTheWay say the sender is coming, not here.
	onTheWay = ph("nearly there", "nearly here", "almost there", "almost here", "not far", "on my way",
		"on the way", "nearly at", "almost at", "mins away", "minutes away")
)

// strangerLeads reports a text whose subject is a word nobody knows,
// followed by what it is doing or did: "lu is doing the plates", "hoo is
// doing the bar". An unknown word in that place is a name or a question
// word spelt past knowing, never the sender.
func (a *analysis) strangerLeads() bool {
	c := a.content()
	if len(c) < 3 || a.saysSelf() {
		return false
	}
	t := a.t[c[0]]
	if t.emoji || t.fixed || t.num != 0 || !isAlpha(t.w) || a.name(c[0]) != (nameRef{}) || a.v.known(t.w) {
		return false
	}
	switch a.w(c[1]) {
	case "is", "has", "was", "did", "does":
	default:
		return false
	}
	next := a.w(c[2])
	return strings.HasSuffix(next, "ing") || pastForm(next) || next == "done" || next == "finished"
}

// thingLeads reports a text that starts with a thing as its subject:
// "the music is ...", "this song ...".
func (a *analysis) thingLeads() bool {
	c := a.content()
	if len(c) < 2 || a.saysSelf() {
		return false
	}
	switch a.w(c[0]) {
	case "the", "this", "that", "it", "its":
		return a.name(c[1]) == (nameRef{}) && !personNouns[a.w(c[1])]
	}
	return false
}

// twoGuests reports a text that names two guests going home.
func (a *analysis) twoGuests() bool {
	first := ""
	for i, ref := range a.names {
		if ref.ride != "" && !a.social[i] {
			if first != "" && ref.ride != first {
				return true
			}
			first = ref.ride
		}
	}
	return false
}

// someoneLeads start a text about someone who is not the sender.
var someoneLeads = set("someone", "somebody", "he", "she", "they", "anyone", "nobody", "noone")

// someoneElseLeads reports a text whose subject is someone who is not the
// sender and not on the team: "my mum is coming", "her dad is on his way",
// "someone is coming".
func (a *analysis) someoneElseLeads() bool {
	c := a.content()
	if len(c) == 0 {
		return false
	}
	first := a.w(c[0])
	if (first == "my" || first == "his" || first == "her" || first == "their") && len(c) > 1 {
		first = a.w(c[1])
		return pickupWords[first] || personNouns[first] || personWords[first]
	}
	return someoneLeads[first] || pickupWords[first] && first != "car" && first != "lift"
}

// saysSelf reports a word for the sender or a group with them: "tom and
// i", "me and jo", "we".
func (a *analysis) saysSelf() bool {
	for i := range a.t {
		switch a.w(i) {
		case "i", "me", "we", "us", "myself":
			return true
		}
	}
	return false
}

// guard keeps a reading that would change the night only when the text
// tells of it: otherwise it answers, says nothing changed, or passes the
// text on.
func (a *analysis) guard(in Intent) Intent {
	if in.Kind == Ask {
		return a.guardAsk(in)
	}
	if !changes(in) {
		return a.guardAnswer(in)
	}
	if a.answeredChoice || a.taughtReading {
		return in // the sender chose, or a person taught this reading
	}
	if out, ok := a.guardQuestion(in); ok {
		return out
	}
	if a.wish() {
		a.because("it is a wish, not news")
		return Intent{Kind: None}
	}
	if a.wellReport(in.Kind) {
		a.because("it says all is well, and nothing was just done")
		return Intent{Kind: None}
	}
	if a.leavesOut(in) {
		a.because("it leaves someone or something out: a person reads it")
		return a.unknown()
	}
	if (in.Kind == Done || in.Kind == Doing) && a.packedAway(in.Job) {
		a.because("it says things were put away, and the job puts them out: a person reads it")
		return a.unknown()
	}
	var stop bool
	switch in.Kind {
	case Done, Doing:
		in, stop = a.guardJob(in)
	case Here, Leaving, Ride:
		in, stop = a.guardPresence(in)
	case Claim, Sorted:
		in, stop = a.guardClaim(in)
	}
	if stop {
		return in
	}
	return a.guardLast(in)
}

// guardQuestion keeps questions from changing anything and sends every
// new problem through guardProblem. ok is false when the text is neither.
func (a *analysis) guardQuestion(in Intent) (Intent, bool) {
	switch {
	case in.Kind == Problem && in.ProblemKind == night.Other && a.offersHelp():
		a.because("it offers help, it does not ask for it")
		return Intent{Kind: None}, true
	case in.Kind == Problem && a.has(askForHelp):
		return a.guardProblem(in), true // "where is ravi?", "can someone help?"
	case in.Kind == Problem && a.asking() && (!a.questionStart() && !questionWords[a.w(a.content()[0])] || a.w(a.content()[0]) == "why"):
		// "why has the music stopped" takes the trouble as known.
		// "jos taxi hasnt come?" may be news or a question: ask before
		// texting the team.
		if in = a.guardProblem(in); in.Kind == Problem {
			a.because("it ends with a question mark: ask before telling the team")
			return Intent{Kind: Ask, Choice: &Choice{Prompt: "Shall we tell the team?",
				Options: []Option{{Label: "yes, " + lowerFirst(night.KindWords[in.ProblemKind]), Intent: in}}}}, true
		}
		return in, true
	case a.asking() && !(in.Kind == Undo && a.has(undoStrong)):
		a.because("it is a question, so nothing changes")
		return a.answer(), true
	case in.Kind == Problem:
		return a.guardProblem(in), true
	}
	return in, false
}

// offersHelp reports a question that offers help rather than asks for
// it: "do u need help with the door", "does anyone need a hand".
func (a *analysis) offersHelp() bool {
	c := a.content()
	if len(c) < 3 {
		return false
	}
	k := 0
	if w := a.w(c[0]); w == "do" || w == "does" {
		k = 1
	}
	if !helpOffered[a.w(c[k])] || k == 0 && a.w(c[k]) != "anyone" && a.w(c[k]) != "anybody" {
		return false
	}
	w := a.w(c[k+1])
	return w == "need" || w == "want" || w == "needs" || w == "wants"
}

// helpOffered are who an offer of help is made to: "do you need help",
// "does anyone need a hand", "anyone need a hand".
var helpOffered = set("you", "u", "ya", "anyone", "anybody")

// guardJob keeps a job done or started only when the sender says they did
// it, now: not a guest's ride, not someone else's work, not praise, not a
// denial, not a plan. stop says the reading is final.
func (a *analysis) guardJob(in Intent) (Intent, bool) {
	if r := a.ride(); r != nil && !a.jobNounNamed() {
		// "lily's dad has picked her up" is about Lily, not the job
		// "Pick up litter".
		if ride, ok := a.rideIntent(); ok && ride.Kind == Ride {
			a.because("it names %s, who is going home, and no job", r.Name)
			return a.guard(ride), true
		}
		a.because("it names %s, who is going home, and no job", r.Name)
		return a.unknown(), true
	}
	if a.has(selfPickup) {
		// "my dad is picking me up at 9" is the sender's way home.
		a.because("it is about the sender's own way home: a person reads it")
		return a.unknown(), true
	}
	if who, ok := a.otherSubject(); ok {
		a.because("it says what %s is doing, not the sender", a.n.Name(who))
		return Intent{Kind: None}, true
	}
	if c := a.content(); len(c) > 1 && a.name(c[0]).ride != "" && a.name(c[0]).person == "" && !a.saysSelf() {
		// "amir finished the tombola": the guest's doing, not the
		// sender's job.
		a.because("it says what a guest did, not the sender: a person reads it")
		return a.unknown(), true
	}
	if c := a.content(); len(c) > 1 && someoneLeads[a.w(c[0])] && !a.saysSelf() {
		// "someone has left their present on the table" is not the
		// sender's work.
		a.because("it is about someone else, not the sender: a person reads it")
		return a.unknown(), true
	}
	if who, ok := a.otherLeads(); ok {
		// "carl is sorting the mic", "christine put the urn on": news of
		// someone else's work changes nothing.
		a.because("it says what %s is doing, not the sender", a.n.Name(who))
		return Intent{Kind: None}, true
	}
	if a.strangerLeads() {
		// "lu is doing the plates": a name it does not know (or spelt
		// past knowing) does the work, not the sender.
		a.because("it starts with %q, a word it does not know, as the one doing it: a person reads it", a.t[a.content()[0]].raw)
		return a.unknown(), true
	}
	if in.Kind == Doing && a.errand() {
		// "going to the shop for more paper": fetching, not the job.
		a.because("it says the sender is going to fetch something, not starting a job")
		return Intent{Kind: None}, true
	}
	if it := a.timelineActNamed(); it != nil {
		// "painting with frida has started": the act, not "Put out the
		// paints".
		a.because("it is about %q on the running order, not a job", it.Title)
		return Intent{Kind: None}, true
	}
	if who, ok := a.doneByOther(); ok {
		// "money counted by pam": the work is someone else's.
		a.because("it says %s did it, not the sender", a.n.Name(who))
		return Intent{Kind: None}, true
	}
	if a.otherDay() {
		a.because("it tells of another day, not tonight")
		return Intent{Kind: None}, true
	}
	if a.thereIs() && len(a.content()) > 2 && (a.w(a.content()[2]) == "a" || a.w(a.content()[2]) == "an") && !a.verbMatch(doneStrong) {
		// "There's a rose scented candle on the prize table": a thing
		// seen, not a job done.
		a.because("it says a thing is there, not that a job is done")
		return Intent{Kind: None}, true
	}
	if a.fixedByOther() {
		// "the door is fine now the caretaker fixed it": a fault mended,
		// not the sender's job.
		a.because("it says someone else mended something, not that the sender did a job")
		return Intent{Kind: None}, true
	}
	if a.has(calledOff) {
		// "scrap the paints we are doing glitter": a change of plan.
		a.because("it calls something off: a person reads it")
		return a.unknown(), true
	}
	if in.Kind == Done && a.has(outOf) && !a.verbMatch(doneStrong) {
		// "smoke machine is out of juice" lacks something; "out" of
		// "put the tables out" it is not.
		a.because("it says something has run out, not that a job is done: a person reads it")
		return a.unknown(), true
	}
	if a.has(moanWords) {
		a.because("it moans about a job: it is neither done nor just started, so a person reads it")
		return a.unknown(), true
	}
	if a.has(watchAsk) {
		a.because("it asks the team to watch for something, not news of a job")
		return Intent{Kind: None}, true
	}
	if a.has(noRush) {
		a.because("it asks for a hand when someone is free: a person reads it")
		return a.unknown(), true
	}
	if a.needsDoing() {
		a.because("it says a job needs doing, not that it is being done")
		return Intent{Kind: None}, true
	}
	if a.has(praise) {
		a.because("it praises someone's work")
		return Intent{Kind: None}, true
	}
	if in.Kind == Done && a.madeItDo() {
		a.because("it says what someone made a thing do, not a job done")
		return Intent{Kind: None}, true
	}
	if a.has(looksPraise) && !a.verbMatch(doneStrong) && !a.verbMatch(doneWeak) && !(in.Kind == Done && (a.stateSaidOf(in.Job) || a.putOutSaid())) {
		a.because("it says how something looks, not that a job was done")
		return Intent{Kind: None}, true
	}
	if neg, negated := a.negation(); negated && !(slices.Contains(a.spans(goneAway), neg) && a.givenAway(a.jobRefs(Done))) {
		if job, ok := a.takesBackTick(); ok && (a.has(yetWords) || a.has(meantNot)) {
			// "no wait skates arnt all out yet", just after ticking them.
			a.because("it says job %d, just ticked, is not done yet", job)
			return Intent{Kind: Undo}, true
		}
		a.because("%q denies it", a.w(neg))
		return Intent{Kind: None}, true
	}
	if in.Kind == Done && a.nearlySaid() {
		a.because("nearly done is still being done")
		in.Kind = Doing
	}
	if a.later(in.Kind) && !(in.Kind == Doing && a.startsNow() && !a.laterSaid()) {
		a.because("it is a plan for later")
		return Intent{Kind: None}, true
	}
	return in, false
}

// guardPresence keeps coming, going and a guest's ride only when they
// happened: not planned, not denied, and about the sender when they say I.
func (a *analysis) guardPresence(in Intent) (Intent, bool) {
	if a.leavesAtClock(in) {
		a.because("it says when the sender will go: a plan, nothing changes")
		return Intent{Kind: None}, true
	}
	if (in.Kind == Ride || in.Kind == Leaving) && a.atClock() && a.has(goingAt) {
		// "omar is going home at half 9": a plan, not a guest gone.
		a.because("it says when the guest will go, not that they went")
		return a.unknown(), true
	}
	if in.Kind == Ride && a.twoGuests() {
		a.because("it names two guests: a person reads it")
		return a.unknown(), true
	}
	if in.Kind == Here && a.thingLeads() {
		// "the music is loud in here" is about the music.
		a.because("it is about a thing, not the sender arriving: a person reads it")
		return a.unknown(), true
	}
	if job, ok := a.everyoneDoneTo(); ok && (in.Kind == Here || in.Kind == Unknown) {
		a.because("everyone has had what the sender's job does to people")
		return Intent{Kind: Done, Job: job}, true
	}
	if in.Kind == Here && in.Person == "" && a.groupLeads() {
		// "everyone signed in now": news of the guests, not the sender.
		a.because("it is news of everyone, not the sender arriving: a person reads it")
		return a.unknown(), true
	}
	if in.Kind == Here && a.has(toBeHere) {
		// "pizza should be here at 7", "ill be there soon": someone or
		// something is expected, nobody has arrived.
		a.because("it says who or what is expected, not an arrival")
		return Intent{Kind: None}, true
	}
	if in.Kind == Here && a.has(onTheWay) {
		a.because("they are on their way, not here yet")
		return Intent{Kind: None}, true
	}
	if in.Kind == Ride && in.RideStatus == night.Gone && a.hasWord("but") && !a.matchNotNegated(rideGone) {
		// "graces taxi is here but shes in the loo": the ride came, the
		// guest has not gone yet.
		a.because("the ride came but the guest has not gone yet: a person reads it")
		return a.unknown(), true
	}
	if in.Kind == Ride && a.has(rideNotYet) && !(in.RideStatus == night.Late && a.has(delaySaid) && !a.has(mayBe)) {
		// "told alex mum to come at 10": a plan, not a guest gone.
		a.because("the ride is planned or on its way, not gone")
		if a.comingNotTold() {
			return Intent{Kind: None}, true // "his dad is on the way"
		}
		return a.unknown(), true
	}
	if in.Kind != Ride && in.Person != "" && a.aboutSelf() {
		// "im leaving now, priya is in charge": the sender goes.
		a.because("it says I, so it is about the sender")
		in.Person = ""
	}
	if in.Kind == Leaving && in.Person == "" && a.groupGone() {
		if job, ok := a.allHomeJob(); ok {
			return Intent{Kind: Done, Job: job}, true
		}
		// "all gone home safe": the guests went, not the sender.
		a.because("it says everyone went, not the sender: a person reads it")
		return a.unknown(), true
	}
	if neg, negated := a.negation(); negated && !a.unwellHome && !a.notComeLate(in, neg) {
		a.because("%q denies it", a.w(neg))
		return Intent{Kind: None}, true
	}
	if (in.Kind == Here || in.Kind == Leaving) && a.laterSaid() && !(in.Kind == Leaving && a.ownRideSoon()) {
		a.because("it is a plan for later")
		return Intent{Kind: None}, true
	}
	return in, false
}

// notComeLate reports a ride read as late because it has "not come", now
// that its time is past: in "jays bus hasnt come" at 21:20 for a 21:15
// pickup the "not" is what makes it late. Before its time, "her mum isnt
// here yet" is no news.
func (a *analysis) notComeLate(in Intent, neg int) bool {
	if in.Kind != Ride || in.RideStatus != night.Late || !notCome[a.w(neg+1)] || !slices.Contains(a.lateIdx(), neg) {
		return false
	}
	r, ok := a.n.Ride(in.Ride)
	return ok && len(r.At) == 5 && len(a.ctx.Now) == 5 && a.ctx.Now >= r.At
}

// notCome follow the "not" of a ride that has not come: "not here", "not
// turned up".
var notCome = set("come", "here", "turned", "arrived", "shown", "showed", "there", "came", "been", "appeared", "got")

// guardClaim keeps taking on or sorting a problem when there is one to
// take on or sort; with none open, words about a job are read as the job.
func (a *analysis) guardClaim(in Intent) (Intent, bool) {
	neg, negated := a.negation()
	if in.Kind == Sorted && (a.has(notYetDone) || a.has(doneNegated) || a.sortedDenied()) {
		// "the spill isnt sorted yet", "spill not done yet".
		a.because("it says it is not sorted yet")
		return Intent{Kind: None}, true
	}
	if in.Kind == Claim {
		if who, ok := a.otherSubject(); ok {
			// "tom is on it": news of who is on it, not an offer.
			a.because("it says %s is on it, not the sender", a.n.Name(who))
			return Intent{Kind: None}, true
		}
		if a.othersWordsClaim() {
			// "bill said hes on it": news of who is on it.
			a.because("it tells what someone else said they will do, not the sender")
			return Intent{Kind: None}, true
		}
		if a.someoneElseLeads() {
			// "my mum is coming with me at 9": someone else is coming.
			a.because("it is about someone else coming, not the sender: a person reads it")
			return a.unknown(), true
		}
	}
	if in.Kind == Sorted && len(a.n.OpenProblems()) == 0 {
		// Nothing to sort: "kitchen all cleaned" is a job.
		if len(a.problemHits()) > 0 && a.has(earlierWords) {
			// "the paint spill from before is cleaned up": a problem
			// sorted earlier, not a job.
			a.because("it tells of an earlier problem, and none is open: a person reads it")
			return a.unknown(), true
		}
		if job, ok := a.singleJob(); ok && !negated && a.repairedNotJob(job) {
			a.because("it says something works again, and no problem is open: all clear")
			return Intent{Kind: None}, true
		}
		if job, ok := a.singleJob(); ok && !negated {
			a.because("no problem is open, and it names a job")
			return a.guard(Intent{Kind: Done, Job: job}), true
		}
	}
	if negated && !a.has(allWell) && !a.has(sortedStrong) && !a.has(resolvedWords) {
		a.because("%q denies it", a.w(neg))
		return a.unknown(), true
	}
	if in.Kind == Claim && len(a.n.OpenProblems()) == 0 && !negated {
		// "im helping tom with the bar": no problem to help with, a job.
		if job, ok := a.singleJob(); ok && slices.Contains(a.n.JobsOf(a.sender), job) && !a.laterSaid() {
			if verb, _ := a.verbAndJobs(); verb == Done {
				// "sock puppet table is all set out, glue and felt are on
				// it": the job is done, and "on it" says what is on it.
				a.because("no problem is open, and it says their job is done")
				return a.guard(Intent{Kind: Done, Job: job}), true
			}
			a.because("no problem is open, and it names their job")
			return a.guard(Intent{Kind: Doing, Job: job}), true
		}
	}
	if in.Kind == Claim && in.Problem == "" && a.laterSaid() && len(a.jobRefs("").nums) > 0 {
		a.because("it is a plan about a job, not an answer to a problem")
		return Intent{Kind: None}, true
	}
	return in, false
}

// guardLast settles what is left of a reading that may stand: the job at
// the end of the night the text speaks of, a hedge asked about, a doing
// word, and an arrival.
func (a *analysis) guardLast(in Intent) Intent {
	if (in.Kind == Done || in.Kind == Doing) && in.Job > 0 {
		if other, ok := a.phaseSwitch(in.Job); ok {
			j, _ := a.n.Job(other)
			a.because("it speaks of the other end of the night: %s", j.Title)
			in.Job = other
		} else if other, clash := a.phaseClash(in.Job); clash {
			a.because("it speaks of the other end of the night: which job?")
			return a.askJobs(in.Kind, []int{in.Job, other})
		}
	}
	if (in.Kind == Done || in.Kind == Doing || in.Kind == Sorted || in.Kind == Ride || in.Kind == Leaving) && a.has(hedgeWords) {
		// "maybe the signs are done": ask, do not guess.
		a.because("it is not sure, so it asks")
		return Intent{Kind: Ask, Choice: &Choice{Prompt: "Is that right?",
			Options: []Option{{Label: "yes", Intent: in}}}}
	}
	if in.Kind == Done && a.gerund() && !a.stoppedDoing() {
		a.because("a word ending in -ing says it is being done")
		in.Kind = Doing
	} else if in.Kind == Done && a.ownVerbUnderWay(in.Job) && !a.stoppedDoing() {
		a.because("the job's own verb ending in -ing says it is being done")
		in.Kind = Doing
	}
	if job, ok := a.atOwnJob(); ok && in.Kind == Doing && in.Job == job {
		return in // "im in the green room with the contestants": at work there
	}
	if (in.Kind == Done || in.Kind == Doing) && (a.has(arrivedWords) || a.atVenueReady(in)) {
		if _, other := a.otherSubject(); !other {
			a.because("it says they have arrived")
			return Intent{Kind: Here}
		}
	}
	return in
}

var (
	// hedgeWords say the sender is not sure.
	hedgeWords = ph("maybe", "might", "might be", "probably", "i think", "not sure", "i guess", "perhaps",
		"possibly", "could be", "i hope")
	// rideNotYet say a ride is planned or coming, not gone.
	// delaySaid say a ride is held up: "will be 20 mins late", "going to
	// be late, stuck in traffic" is news of a late ride, not a plan; "might
	// be late" is not news yet.
	delaySaid  = ph("late", "delayed", "traffic", "running behind")
	rideNotYet = ph("to come", "will come", "coming at", "is coming", "coming for", "due", "booked",
		"on the way", "on her way", "on his way", "on their way", "told", "asked", "will be", "going to",
		"tell", "telling", "let")
	// messageFor is one team member looking for another: a message, not
	// someone missing.
	messageFor = ph("looking for you", "asking for you", "wants you", "wants to see you", "wants to talk",
		"needs you", "asking after you")
)

// nearlySaid reports a word of part of the way, not the "half" of "first
// half" or "the other half", which names a thing.
func (a *analysis) nearlySaid() bool {
	for i := range a.t {
		if n := a.startsAt(i, nearlyWords); n > 0 && !(n == 1 && (a.halfNoPart(i) || a.stillKept(i))) {
			return true
		}
	}
	return false
}

// madeItDo reports "made the rabbit vanish", "made everyone laugh": a
// made that causes, with no job made.
func (a *analysis) madeItDo() bool {
	for i := range a.t {
		if w := a.w(i); w != "made" && w != "makes" && w != "make" {
			continue
		}
		for k := i + 2; k <= i+4 && k < len(a.t); k++ {
			if causedDo[a.w(k)] {
				return true
			}
		}
	}
	return false
}

// causedDo are what someone is made to do: "made the rabbit vanish".
var causedDo = set("vanish", "disappear", "appear", "laugh", "cry", "smile", "dance", "jump", "sing", "scream",
	"float", "fly", "giggle", "clap", "cheer")

// earlierWords place news before now: "the spill earlier".
var earlierWords = ph("earlier", "before", "from before", "from earlier", "that was", "the one", "again now")

// needsDoing reports "the brushes need washing", "someone needs to pick
// up the litter": a job still to do.
func (a *analysis) needsDoing() bool {
	for i := range a.t {
		if w := a.w(i); (w == "need" || w == "needs" || w == "needed") && !a.negated(i) && a.w(i-1) != "no" && !a.doingNeedsThing(i) {
			return true
		}
		// "the quiz has to start at 8", "we got to do the raffle": it must be
		// done, so it is not being done.
		if w := a.w(i); (mustTo[w] && a.w(i+1) == "to" || w == "gotta") && !a.negated(i) && a.w(i-1) != "no" {
			return true
		}
	}
	return false
}

// doingNeedsThing reports "need a ladder" after the sender says they
// are at work: "putting up pegasus now need a ladder lol" is under way,
// and wants a thing, not a job done.
func (a *analysis) doingNeedsThing(i int) bool {
	if a.w(i+1) != "a" && a.w(i+1) != "an" || a.v.stems[stem(a.w(i+2))] {
		return false
	}
	for k := 0; k < i; k++ {
		if w := a.w(k); strings.HasSuffix(w, "ing") && (a.startsAt(k, doingWords) > 0 || a.v.titleVerb(stem(w))) {
			return true // "putting up", "marking out"
		}
	}
	return false
}

// mustTo come before "to" and what must be done: "has to start".
var mustTo = set("has", "have", "got", "supposed", "ought")

// outOf say something has run out: "out of juice".
var outOf = ph("out of", "run out", "ran out", "running out", "run low", "running low")

// moanWords moan about a job: "sick of blowing up balloons", "a
// nightmare to put up".
var moanWords = ph("sick of", "fed up of", "fed up with", "tired of", "nightmare to", "a nightmare", "pain to",
	"a pain", "hate doing", "hate this", "hate these", "hate the", "bored of", "doing my head in", "doing me head in",
	"doing my nut", "doing my nut in", "doing his head in", "doing her head in", "doing everyones head in")

// calledOff say a plan is dropped.
var calledOff = ph("scrap", "cancel", "cancelled", "canceled", "called off", "call off", "change of plan",
	"instead of", "not doing")

// otherDay reports news of another day. "see you next month" is a
// goodbye, not news.
func (a *analysis) otherDay() bool {
	for i := range a.t {
		if a.startsAt(i, otherOccasion) > 0 && !(a.w(i-2) == "see" && a.w(i-1) == "you") {
			return true
		}
	}
	return false
}

// otherOccasion say the news is of another day: "i did the raffle last
// month".
var otherOccasion = ph("last month", "last week", "last year", "last time", "yesterday", "the other day",
	"last christmas", "last summer", "next week", "next month", "next time", "at home", "every time")

// selfPickup say someone comes for the sender: their way home, not a job.
var selfPickup = ph("picking me up", "pick me up", "picks me up", "picked me up", "collecting me", "collect me",
	"fetching me", "fetch me", "coming for me", "taking me home", "take me home", "giving me a lift")

// arrivedWords say the sender has come, whatever else they say about
// being ready: "i have arrived at the hall and i am ready to go".
var arrivedWords = ph("i have arrived", "i am here", "just arrived", "i have got to the",
	"i have just got to", "got here", "ready to start my jobs", "ready for my jobs")

// atVenueReady reports the sender saying they are at the venue and ready,
// which read as a job done only because the venue's word is also a job's
// ("tidy the hall"): "i am at the church hall now and ready to go". Work
// said there ("sweeping up", "swept") is still the job.
func (a *analysis) atVenueReady(in Intent) bool {
	if !a.has(iAmAt) || !a.atVenue() || a.verbMatch(doneStrong) || a.gerund() {
		return false
	}
	// "I'm at St Aidan's now, the side door's open": how a thing there is,
	// told on arriving, not work the sender has started.
	return in.Kind == Done || in.Kind == Doing && a.onlyOpenSaid()
}

// onlyOpenSaid reports "open" as the only word of work under way: a state
// of a door or a hatch, not the sender's start.
func (a *analysis) onlyOpenSaid() bool {
	open := false
	for i := range a.t {
		if n := a.startsAt(i, doingWords); n > 0 {
			if !openWords[a.w(i+n-1)] {
				return false
			}
			open = true
		}
	}
	return open
}

var openWords = set("open", "opened")

var iAmAt = ph("i am at", "i am in", "i am now at", "i am now in", "just got to", "i am here at")

// notGerund are words ending in -ing that are not doing words.
var notGerund = set("thing", "things", "nothing", "something", "anything", "everything", "evening", "morning",
	"ceiling", "building", "during", "bring", "king", "sing", "ring", "wing", "string", "spring", "bling",
	"ping", "tonight", "sibling", "pudding", "wedding", "icing", "clothing", "ending", "parking", "dancing",
	"seating", "lighting", "boring", "amazing", "ceiling", "flooring", "heading", "going")

// intensified follow an -ing word that only says how much: "piping hot",
// "freezing cold" are states, not work under way.
var intensified = set("hot", "cold", "warm")

// gerund reports a leading doing word and no word of being done:
// "handing out the quiz sheets", "picking up litter now".
func (a *analysis) gerund() bool {
	if a.verbMatch(doneStrong) {
		return false
	}
	c := a.content()
	for k, i := range c {
		if k > 2 {
			break
		}
		w := a.w(i)
		// "bunting" in "Hang the bunting" is a thing, not a doing word.
		// "mics are working" says how they are: done, not under way;
		// "working on the mics" is under way.
		if w == "working" && a.w(i+1) != "on" {
			continue
		}
		if a.runningAt(i) {
			continue // "fountain running nicely" for "Switch on the fountain"
		}
		if a.v.stems[stem(w)] && a.v.words[a.w(i+1)] {
			continue // "voteing slips r out": the -ing word says which slips
		}
		if len(w) > 4 && w[len(w)-3:] == "ing" && !notGerund[w] && !a.v.words[w] && a.name(i) == (nameRef{}) && !a.negated(i) &&
			!intensified[a.w(i+1)] {
			return true
		}
	}
	return false
}

// jobNounNamed reports a word naming a job that is more than a doing
// word: "litter" in "picked up litter", not "picked up".
func (a *analysis) jobNounNamed() bool {
	refs := a.jobRefs("")
	if refs.bad || refs.full {
		return true
	}
	for _, i := range refs.idx {
		if a.t[i].num > 0 {
			return true
		}
		if w := a.w(i); !verbWords[w] && !particles[w] {
			return true
		}
	}
	return false
}

var particles = set("up", "out", "down", "off", "on", "in", "away", "over", "back")

// guardProblem keeps a new problem unless the text denies it ("no
// spills", "nobody is missing", "i dont need help") or only says a job
// is not done yet ("the decks arent ready yet").
func (a *analysis) guardProblem(in Intent) Intent {
	if a.wellSaid() {
		a.because("it says all is well")
		return Intent{Kind: None}
	}
	hits := a.problemHits()
	if out, ok := a.notNow(in, hits); ok {
		if job, ok := a.opensWithJobDone(); ok && out.Kind == None {
			// "Briefing done, everyone knows who to tell if there's a
			// problem": no problem, and the job it opens with is done.
			a.because("it opens with a job done")
			return a.guard(Intent{Kind: Done, Job: job})
		}
		return out
	}
	if a.guessedAlarm(in.ProblemKind, hits) {
		a.because("only a spelling guess, among words nobody knows, speaks of a problem")
		return a.unknown()
	}
	for _, h := range hits {
		if h.kind != in.ProblemKind || len(h.idx) == 0 {
			continue
		}
		first := slices.Min(h.idx)
		if c := a.content(); len(c) > 0 && c[0] < first && first-c[0] <= 6 && negWords[a.w(c[0])] && a.oneClause() {
			// "none of the cups are broken": the first word denies it all.
			a.because("%q denies the problem", a.w(c[0]))
			return Intent{Kind: None}
		}
		if a.butFineAfter(h) {
			// "Slime table cleaned. Still a bit sticky but its done"
			if verb, refs := a.verbAndJobs(); verb == Done && len(refs.nums) == 1 {
				// Not guarded again: the "still" there is the trouble's.
				a.because("it says the trouble is small and the job is done")
				return Intent{Kind: Done, Job: refs.nums[0]}
			}
			a.because("it says the trouble is small and all is fine")
			return Intent{Kind: None}
		}
		if j := a.deniedBy(h); j >= 0 {
			if other, ok := a.harmDeniedOnly(h, j, hits); ok {
				// "the chair leg has snapped, nobody hurt": no one is
				// hurt, and the chair is still broken.
				a.because("%q denies only that someone is hurt", a.w(j))
				other.Person, other.Ride = in.Person, in.Ride
				return a.guardProblem(other)
			}
			a.because("%q denies the problem", a.w(j))
			return Intent{Kind: None}
		}
	}
	if out, ok := a.goneWithRides(in); ok {
		return out
	}
	if out, ok := a.notYetUntick(in); ok {
		return out
	}
	if a.problemWordIsJobThing(in.ProblemKind, hits) {
		a.because("its only problem word names a job, and it says a job is not done yet")
		return Intent{Kind: None}
	}
	// "bunting not up yet the ladder is missing": a thing gone missing is
	// trouble whatever the jobs wait on.
	lostThing := in.ProblemKind == night.Lost && a.thingMissing()
	if in.ProblemKind != night.Unwell && in.ProblemKind != night.Missing && in.ProblemKind != night.Upset &&
		in.ProblemKind != night.Taxi && !lostThing && a.ownJobNotYet() {
		a.because("it says their own job is not done yet")
		return Intent{Kind: None}
	}
	if in.ProblemKind != night.Unwell && in.ProblemKind != night.Missing && in.ProblemKind != night.Upset && !lostThing {
		if a.has(doneNegated) || a.has(notYetDone) || in.ProblemKind != night.Taxi && a.notDoneYet() {
			a.because("it says a job is not done yet")
			return Intent{Kind: None}
		}
		if a.has(needNoHelp) {
			a.because("it says no help is needed")
			return Intent{Kind: None}
		}
	}
	if in.ProblemKind == night.Missing && a.has(messageFor) {
		a.because("someone is looking for a team member: a message, not a missing person")
		return a.unknown()
	}
	if in.ProblemKind == night.Taxi && a.ride() == nil && len(a.words(taxiWords)) == 0 && a.aboutSelf() {
		// "im a bit late the bus was slow" is about the sender's own way
		// in, not a guest's ride home.
		if here, ok := a.here(); ok && !a.has(notYetDone) {
			if _, neg := a.negation(); !neg {
				a.because("it is about their own way here")
				return here
			}
		}
		a.because("it is about their own way here: a person reads it")
		return a.unknown()
	}
	if a.has(relayAsk) {
		// "can someone tell omar his taxi is here" asks for a message
		// to be passed on, not for help.
		a.because("it asks for a message to be passed on: a person reads it")
		return a.unknown()
	}
	if a.has(thoughtWords) && a.hasWord("but") {
		// "i thought omars taxi was late but its here" takes it back.
		a.because("it says what they thought, then but: a person reads it")
		return a.unknown()
	}
	if thingKind(in.ProblemKind) && a.laughing() {
		// "the scoreboard is wrong lol": a joke, most likely; ask before
		// texting the team.
		a.because("it laughs about it, so it asks before telling the team")
		return Intent{Kind: Ask, Choice: &Choice{Prompt: "Shall we tell the team?",
			Options: []Option{{Label: "yes, " + lowerFirst(night.KindWords[in.ProblemKind]), Intent: in}}}}
	}
	if in.ProblemKind == night.Upset && a.aboutSelf() && a.onlyEmojiSays(in.ProblemKind, hits) {
		// "i dropped my biscuit 😭": how the sender feels about a small
		// loss of their own; ask before texting the team.
		a.because("only a face says they are sad about their own news, so it asks first")
		return Intent{Kind: Ask, Choice: &Choice{Prompt: "Shall we tell the team?",
			Options: []Option{{Label: "yes, " + lowerFirst(night.KindWords[in.ProblemKind]), Intent: in}}}}
	}
	if in.ProblemKind == night.Taxi && a.lateDenied() {
		a.because("it says the ride is not late")
		return Intent{Kind: None}
	}
	if in.ProblemKind == night.Taxi && (a.has(hedgeWords) || a.has(mayBe)) {
		// "omars taxi might be late": ask before texting the team.
		a.because("it is not sure, so it asks")
		return Intent{Kind: Ask, Choice: &Choice{Prompt: "Shall we tell the team?",
			Options: []Option{{Label: "yes, " + lowerFirst(night.KindWords[in.ProblemKind]), Intent: in}}}}
	}
	if (in.ProblemKind == night.Unwell || in.ProblemKind == night.Upset) && (a.has(recovered) || a.endsGone()) {
		// "my headache is gone", "she was upset but shes fine now".
		a.because("it says they are better now: a person reads it")
		return a.unknown()
	}
	if in.ProblemKind == night.Taxi && a.has(notGoneYet) && !a.has(leftWithout) && !a.hasWord("wrong") {
		a.because("someone has not left yet: that is no problem")
		return Intent{Kind: None}
	}
	if in.ProblemKind == night.Taxi && a.tillBooked() {
		a.because("the ride comes by the time it is booked for: a person reads it")
		return a.unknown()
	}
	return in
}

var (
	// mayBe say something may happen, not that it has.
	mayBe = ph("might be", "may be", "could be", "might", "maybe", "probably", "in case")
	// recovered say someone is better now.
	recovered = ph("is gone now", "has gone now", "gone away", "gone now", "went away", "feel better", "feels better", "feeling better",
		"better now", "is better", "fine now", "ok now", "okay now", "alright now", "all better", "stopped crying",
		"calmed down", "calm now", "happy now")
	notYetDone = ph("not set up", "not up", "not lit", "not started", "not ready yet", "not done yet",
		"not finished yet", "not on yet", "not out yet", "not yet", "not been", "not put", "not full")
	needNoHelp = ph("do not need help", "do not need any help", "not need help", "not need any help",
		"nobody needs help", "no one needs help", "no help needed", "not needed", "no need")
	notGoneYet = ph("not left", "not gone", "not leaving", "not going", "still here", "still dancing")
)

// notDoneYet reports "not" before a doing word, with "yet" after it:
// "havent tested the mic yet", "not plugged the speakers in yet". That is
// a job still to do, not a thing gone wrong.
func (a *analysis) notDoneYet() bool {
	for i := range a.t {
		if a.w(i) != "not" {
			continue
		}
		v := a.w(i + 1)
		if !verbWords[v] && !(len(v) > 4 && strings.HasSuffix(v, "ed")) {
			continue
		}
		for j := i + 2; j < len(a.t); j++ {
			if a.w(j) == "yet" {
				return true
			}
		}
	}
	return false
}

// endsGone reports a text that ends "is gone" or "has gone": "my headache
// is gone", not "he has gone pale".
func (a *analysis) endsGone() bool {
	c := a.content()
	if len(c) < 3 {
		return false
	}
	last, before := a.w(c[len(c)-1]), a.w(c[len(c)-2])
	return last == "gone" && (before == "is" || before == "has")
}

var (
	// relayAsk ask someone to pass a message on.
	relayAsk = ph("someone tell", "somebody tell", "anyone tell", "someone let", "somebody let", "someone remind",
		"somebody remind", "someone ask", "somebody ask", "you tell", "you let", "someone text", "somebody text",
		"anyone text", "someone message", "somebody message")
	// thoughtWords say what the sender believed before.
	thoughtWords = ph("i thought", "thought", "i was told", "we thought")
)

// hasWord reports w among the tokens.
func (a *analysis) hasWord(w string) bool {
	for _, t := range a.t {
		if t.w == w {
			return true
		}
	}
	return false
}

// thingKind reports a kind of problem about things, not people.
func thingKind(k night.ProblemKind) bool {
	return k == night.Spill || k == night.Music || k == night.Lost || k == night.Other
}

// laughing reports a laugh in the text: "lol", "haha", a laughing face.
func (a *analysis) laughing() bool {
	for _, t := range a.t {
		if laughWords[t.w] {
			return true
		}
	}
	return strings.Contains(a.text, "😂") || strings.Contains(a.text, "🤣")
}

var laughWords = set("lol", "lmao", "lmfao", "haha", "hahaha", "hehe", "rofl", "lool")

// sortedDenied reports a word of sorting with a denial just before it:
// "not sorted", "isnt fixed".
func (a *analysis) sortedDenied() bool {
	for i := range a.t {
		if a.startsAt(i, sortedStrong) > 0 && a.negated(i) {
			return true
		}
	}
	return false
}

// oneClause reports a text of one clause: no "but", "and" or comma.
func (a *analysis) oneClause() bool {
	if strings.ContainsAny(a.text, ",.;") {
		return false
	}
	for i := range a.t {
		switch a.w(i) {
		case "but", "and", "though", "except":
			return false
		}
	}
	return true
}

// lateDenied reports "not late", "wont be late": the ride is on time.
func (a *analysis) lateDenied() bool {
	for i := range a.t {
		if a.w(i) != "late" {
			continue
		}
		if a.w(i-1) == "not" || a.w(i-2) == "not" && a.w(i-1) == "be" || a.w(i-1) == "never" {
			return true
		}
	}
	return false
}

// guessedAlarm reports whether the only words that raise a problem of kind
// were spelling guesses, in a text of which half the words or more are
// words nobody knows: "blorp zingle wamp" is not a wasp sting. A person
// reads it instead. A real report that is only misspelt ("jo is sik",
// "jos taxy hasnt cum") has words that are known or mended, and still
// raises at once.
func (a *analysis) guessedAlarm(kind night.ProblemKind, hits []problemHit) bool {
	for _, h := range hits {
		if h.kind != kind {
			continue
		}
		for _, i := range h.idx {
			if !a.t[i].fixed {
				return false
			}
		}
	}
	words, unknown := 0, 0
	for _, t := range a.t {
		if t.emoji || t.time || t.num != 0 || !isAlpha(t.w) {
			continue
		}
		words++
		if !t.fixed && !a.v.known(t.w) {
			unknown++
		}
	}
	return words > 0 && unknown*2 >= words
}

var (
	groupWords    = set("everyone", "everybody", "all", "they", "people", "guests", "members", "them")
	groupVerbs    = set("is", "are", "has", "have", "gone", "went", "left", "got", "s", "r", "safe", "safely")
	selfSubjWords = set("i", "me", "my", "myself")
)

// toBeHere is "be here" or "be there": an arrival still to come.
var toBeHere = ph("be here", "be there", "be in", "be at")

// groupLeads reports a text whose first word of content is a group
// ("everyone", "people", "the guests") and that never says I or me.
func (a *analysis) groupLeads() bool {
	for i := range a.t {
		if selfSubjWords[a.w(i)] {
			return false
		}
	}
	first := a.firstContent()
	return first >= 0 && first < len(a.t) && groupWords[a.w(first)] && a.w(first) != "all" && a.w(first) != "them"
}

// groupGone reports news that a group went home and not the sender:
// "everyone has gone", "all gone home safe". "night all" and "bye
// everyone" put the group after the goodbye, so they are still leaving.
func (a *analysis) groupGone() bool {
	group := false
	for i := range a.t {
		if selfSubjWords[a.w(i)] {
			return false
		}
		if a.isGroup(i) && groupVerbs[a.w(i+1)] {
			group = true
		}
	}
	return group
}

// opensWithJobDone is the one job whose words open the text and are
// followed by a word of it done: "briefing done, ...".
func (a *analysis) opensWithJobDone() (int, bool) {
	verb, refs := a.verbAndJobs()
	c := a.content()
	if verb != Done || len(refs.nums) != 1 || len(c) < 2 || !slices.Contains(refs.idx, c[0]) {
		return 0, false
	}
	end := c[0]
	for slices.Contains(refs.idx, end+1) || isWords[a.w(end+1)] {
		end++
	}
	if !finishedWords[a.w(end+1)] || a.negated(end+1) {
		return 0, false // "drink knocked over": no job done
	}
	return refs.nums[0], true
}

// finishedWords say a job is finished, and nothing else.
var finishedWords = set("done", "finished", "complete", "completed", "ended")

// halfNoPart reports "half" at i that says no part of the way: a thing
// ("first half finished") or a time ("gate opens at half 6", "half past
// 7").
func (a *analysis) halfNoPart(i int) bool {
	next := a.w(i + 1)
	_, word := numberWords[next]
	return a.w(i) == "half" && (halfNamed[a.w(i-1)] || next == "past" || isDigits(next) || word)
}

// harmDeniedOnly reports a denied hurt that comes after news of another
// kind of trouble the denial does not reach: "the chair leg has snapped,
// nobody hurt", "glass smashed by the bar, no one cut". The other trouble
// is the problem.
func (a *analysis) harmDeniedOnly(h problemHit, deny int, hits []problemHit) (Intent, bool) {
	if h.kind != night.Unwell {
		return Intent{}, false
	}
	for _, o := range hits {
		if o.kind == h.kind || len(o.idx) == 0 || a.allEmoji(o.idx) || slices.Max(o.idx) >= deny || a.deniedBy(o) >= 0 {
			continue
		}
		return a.problem(o.kind), true
	}
	return Intent{}, false
}

// butFineAfter reports "but it is done" or "but its fine" just after the
// words of trouble h: "still a bit sticky but its done". The trouble of a
// thing is told only to be waved away; a person's never is.
func (a *analysis) butFineAfter(h problemHit) bool {
	if len(h.idx) == 0 || h.kind == night.Unwell || h.kind == night.Upset || h.kind == night.Missing {
		return false // a person in trouble is never waved away
	}
	last := slices.Max(h.idx)
	for k := last + 1; k < len(a.t) && k <= last+3; k++ {
		if a.startsAt(k, butFine) > 0 {
			return true
		}
	}
	return false
}

// butFine wave trouble away: "but its done", "but it is fine now".
var butFine = func() []phrase {
	var out []string
	for _, says := range []string{"it is", "that is", "its", "thats"} {
		for _, fine := range []string{"done", "fine", "ok", "okay", "alright", "all right", "sorted", "all good"} {
			out = append(out, "but "+says+" "+fine)
		}
	}
	return ph(out...)
}()
