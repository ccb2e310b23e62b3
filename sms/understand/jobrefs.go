package understand

import (
	"slices"
	"sort"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// jobRefs are the jobs a text names, best first.
type jobRefs struct {
	nums []int // job numbers; one when the text is clear
	idx  []int // tokens that named any job
	bad  bool  // a job number was written that the night does not have
	full bool  // a whole job title was written
}

// jobVerb says what the text says happened to a job: Done ("done",
// "finished"), Doing ("starting"), or "" for neither. A plain "done" beats
// "setting up"; "setting up" beats "ready".
func (a *analysis) jobVerb() Kind {
	if a.has(doneNegated) {
		return ""
	}
	switch {
	case a.partWay():
		return Doing // "nearly done", "halfway through the bunting"
	case a.stoppedDoing():
		return Done // "stopped serving the juice now"
	case a.verbMatch(doneStrong):
		return Done
	case a.verbMatch(doingWords):
		return Doing
	case a.gerundParticle():
		return Doing // "warming up", "packing up": the particle is the verb's
	case a.verbMatch(doneWeak) || a.putSaid():
		return Done
	}
	return ""
}

// stoppedDoing reports "stopped" right before the -ing of a title's
// verb: "stopped serving the juice now the bar is shut" has the job done.
func (a *analysis) stoppedDoing() bool {
	for i := range a.t {
		if w := a.w(i); (w == "stopped" || w == "finished") && !a.negated(i) {
			if next := a.w(i + 1); strings.HasSuffix(next, "ing") && a.v.titleVerb(stem(next)) {
				return true
			}
		}
	}
	return false
}

// putSaid reports "put" told as news: "put the signs on the changing
// rooms", "i put the cones out". Its past is the same word, and a text to
// the hub tells what was done; "on" there says where, not that it is on.
func (a *analysis) putSaid() bool {
	for _, i := range a.content() {
		if a.w(i) == "put" && putBefore[a.w(i-1)] && !a.negated(i) {
			return true
		}
	}
	return false
}

var putBefore = set("", "i", "we", "just", "have", "already", "all", "both")

// partWay reports a word of part of the way right before a word of done
// ("nearly done", "half finished", "almost ready"), or "halfway through":
// the job is under way, not done. Asked between two jobs, the options are
// then starting them, never ticking them.
func (a *analysis) partWay() bool {
	for i := range a.t {
		if !partWords[a.w(i)] || a.negated(i) || a.halfNoPart(i) {
			continue // "first half finished" is the first half, done
		}
		next := i + 1
		if a.w(next) == "way" {
			next++ // "half way"
		}
		if w := a.w(next); w == "through" || w == "thru" || a.startsAny(next, doneStrong) || a.startsAny(next, doneWeak) {
			return true
		}
	}
	return false
}

// halfNamed before "half" make it a thing, not a part of the way.
var halfNamed = set("first", "second", "1st", "2nd", "the", "this", "that", "other", "my")

var partWords = set("nearly", "almost", "half", "halfway", "partly", "mostly")

// gerundParticle reports a word of work under way followed by its little
// word: "hot pot is in the oven warmin up". The "up" belongs to the verb;
// it is not the state "up" that says a job is done.
func (a *analysis) gerundParticle() bool {
	for i := 1; i < len(a.t); i++ {
		if !endParticles[a.w(i)] || a.social[i-1] || a.negated(i-1) {
			continue
		}
		if w := a.w(i - 1); len(w) > 5 && strings.HasSuffix(w, "ing") && !notGerund[w] && !conceptWords[w] && (!a.v.words[w] || a.titleVerbIng(w)) {
			return true
		}
		if a.w(i-1) == "going" && a.w(i) != "off" && a.w(i) != "away" {
			return true // "signs going up now"; "going off" is leaving
		}
	}
	return false
}

// titleVerbIng reports a word of the night's titles that ends in "ing"
// and is also the doing form of a word of its titles: "washing" of "Wash
// up the pots" beside "hand-washing station". "bunting" is no form of
// "bunt", so "bunting up" stays the bunting put up.
func (a *analysis) titleVerbIng(w string) bool {
	stem := strings.TrimSuffix(w, "ing")
	if a.v.words[stem] || a.v.words[stem+"e"] {
		return true
	}
	n := len(stem)
	return n > 2 && stem[n-1] == stem[n-2] && a.v.words[stem[:n-1]] // "setting" of "set"
}

// clauseAfterOver reports "over" at i that ends what was said, the next
// words saying more: "contest is over the winner got her prize".
func (a *analysis) clauseAfterOver(i int) bool {
	next, be := a.w(i+3), a.w(i-1)
	return (be == "is" || be == "s" || be == "was" || be == "are") && a.w(i+1) == "the" &&
		(pastForm(next) || next == "got" || next == "is" || next == "was")
}

// verbMatch reports a match of ps that is not negated and is not part of
// a claim: "i am on it" is a claim, not "i am on" a job; "will do" alone
// answers an alert.
func (a *analysis) verbMatch(ps []phrase) bool {
	strong := a.spans(claimStrong)
	for i := range a.t {
		n := a.startsAt(i, ps)
		if n == 0 || a.negated(i) || a.w(i) == "over" && n == 1 && (overPlace[a.w(i+1)] && !a.clauseAfterOver(i) || a.toppledOver(i)) || a.w(i) == "down" && a.toppledOver(i) {
			continue // "everyone over by the stage" is a place, not over; "blew over" fell
		}
		if a.w(i) == "over" && n == 1 && overMotion[a.w(i-1)] {
			continue // "everyone come over please": a move, not an end
		}
		if a.w(i-1) == "to" && readyBefore[a.w(i-2)] || readyBefore[a.w(i)] && a.w(i+1) == "to" && startVerbs[a.w(i+2)] {
			continue // "ready to do the skates": able to start, not started
		}
		if a.crowdPacked(i) || a.w(i) == "out" && a.crowdPacked(i-1) {
			continue // "dance floor is packed": full of people
		}
		if a.w(i) == "ready" && a.senderReady(i) {
			continue // "im sat by the buzzer now ready": the sender is ready
		}
		if a.startsAt(i, willWords) > 0 && a.othersWillAt(i) {
			continue // "everyone is gonna love it": their will, not a start
		}
		if a.w(i) == "going" && a.w(i+1) == "to" && a.w(i+2) == "be" {
			continue // "lemonade going to be late": how it will be, no start
		}
		if a.gettingState(i) {
			continue // "slush machine getting cold": how it is, no work
		}
		hidden := false
		for k := i; k < i+n; k++ {
			hidden = hidden || slices.Contains(strong, k)
		}
		for s := max(0, i-4); s <= i && !hidden; s++ {
			hidden = s+max(a.startsAt(s, claimMoving), a.startsAt(s, claimShort)) >= i+n
		}
		if !hidden {
			return true
		}
	}
	return false
}

// senderReady reports "ready" at i said of the sender, at the end of a
// text that opens "i am" or "we are" with no other "is" or "are" between:
// "im sat by the golden buzzer now ready". "im here and the bar is
// ready" says the bar is.
func (a *analysis) senderReady(i int) bool {
	c := a.content()
	if len(c) < 3 || c[len(c)-1] != i || !(a.w(c[0]) == "i" && a.w(c[1]) == "am" || a.w(c[0]) == "we" && a.w(c[1]) == "are") {
		return false
	}
	for _, k := range c[2:] {
		if k < i && (beWords[a.w(k)] || a.w(k) == "all") {
			return false
		}
	}
	return true
}

// crowdPacked reports "packed" at i said of a place full of people: "the
// dance floor is packed", "bar is packed out", "its packed in here". No
// job was packed away there.
func (a *analysis) crowdPacked(i int) bool {
	if a.w(i) != "packed" || packedAway[a.w(i+1)] {
		return false // "stage is packed away"
	}
	if a.w(i+1) == "out" && (a.w(i+2) == "" || !a.v.known(a.w(i+2)) || crowdAfter[a.w(i+2)]) {
		return true
	}
	j := i - 1
	for j >= 0 && crowdLink[a.w(j)] {
		j--
	}
	return j < i-1 && j >= 0 && crowdPlaces[a.w(j)]
}

var (
	// crowdPlaces are places a crowd fills: "the hall is packed".
	crowdPlaces = set("floor", "dancefloor", "hall", "room", "bar", "place", "venue", "club", "pitch", "it",
		"here", "centre", "center", "park", "toilets", "queue", "stage", "area", "building", "pub", "tent", "foyer")
	// crowdLink stand between a place and "packed": "is", "so", "rammed".
	crowdLink = set("is", "s", "are", "was", "so", "really", "absolutely", "totally", "proper", "well", "getting",
		"very", "pretty", "fully", "too", "always")
	packedAway = set("away", "up", "down", "into", "back", "inside")
	// crowdAfter may follow "packed out": "packed out tonight".
	crowdAfter = set("tonight", "now", "here", "in", "with", "lol", "haha", "x")
)

// readyBefore say the sender can do a thing, not that it is done or
// under way: "ready to do the skates".
var (
	readyBefore = set("ready", "able", "free", "happy", "glad")
	startVerbs  = set("do", "help", "start", "run", "begin")
)

// overMotion come before "over" that is a move: "come over", "pop over".
var overMotion = set("come", "comes", "came", "coming", "go", "goes", "went", "going", "pop", "popped", "popping",
	"head", "heading", "headed", "run", "ran", "running", "walk", "walked", "walking", "move", "moved", "moving",
	"nip", "nipped", "wander", "wandered", "bring", "brought", "bringing", "hop", "hopped")

// overPlace follow "over" when it says where: "over by the stage", "over
// here".
var overPlace = set("by", "here", "there", "to", "at", "near", "the", "in", "on", "from", "beside", "behind")

// onVerb reads "on" next to a job: "on the bar now" is doing it, "lights
// on" is done.
func (a *analysis) onVerb(refs jobRefs) Kind {
	for i := range a.t {
		if a.w(i) != "on" || a.negated(i) {
			continue
		}
		next := i + 1
		if a.w(next) == "the" {
			next++
		}
		switch {
		case slices.Contains(refs.idx, next) && !a.locatedOn(i) && a.onLeads(i, refs) && a.wordOfJobs(next, refs.nums):
			return Doing
		case !a.onEnds(i):
			// "film on at 7", "film is on pause": more follows "on".
		case a.onOfOtherThing(refs, i):
			// "got their masks on" for "Welcome guests at the door".
		case (slices.Contains(refs.idx, i-1) || (a.w(i-1) == "are" || a.w(i-1) == "is") && slices.Contains(refs.idx, i-2)) && a.activityOn(refs, i):
			return Doing // "bingo on": an activity of the night is under way
		case slices.Contains(refs.idx, i-1) && a.placeOnly(refs, i-1):
			// "oven on" for "Put the pizzas in the oven": the place is on,
			// which says nothing of the pizzas.
		case (slices.Contains(refs.idx, i-1) || a.w(i-1) == "are" && slices.Contains(refs.idx, i-2)) && a.allProcess(refs):
			return Doing // "urn on" for "Boil the urn": the boiling has begun
		case slices.Contains(refs.idx, i-1) || a.w(i-1) == "are" && slices.Contains(refs.idx, i-2):
			return Done // "lights on"
		case a.w(i-1) == "is" && slices.Contains(refs.idx, i-2) && a.stateOfTitleVerb(refs, i):
			return Done // "film is on" for "Start the film"
		}
	}
	return ""
}

// wordOfJobs reports that token i is a word of the title of one of the
// jobs nums: "pies baked and on the tables" is "on" the tables of another
// job, a place, not the work of the pies.
func (a *analysis) wordOfJobs(i int, nums []int) bool {
	for _, n := range nums {
		if slices.ContainsFunc(a.v.jobs[n-1].title, func(w string) bool { return stem(w) == stem(a.w(i)) }) {
			return true
		}
		// "on coats" for "Look after the cloakroom": a word the job is
		// known by (a synonym of a title word, or a word of its id), when
		// "on" leads the text.
		if c := a.content(); len(c) > 1 && a.w(c[0]) == "on" && c[1] <= i &&
			slices.ContainsFunc(a.v.jobs[n-1].keys, func(k jobKey) bool { return k.weight < 1 && k.stem == stem(a.w(i)) }) {
			return true
		}
	}
	return false
}

// onEnds reports whether "on" at i ends what is said of the job: the text
// ends, a comma follows, or only "now", "and" or the like. "film on at 7"
// is a plan and "film is on pause" a state, not news of the job.
func (a *analysis) onEnds(i int) bool {
	return i+1 >= len(a.t) || a.t[i].comma || a.social[i+1] || a.t[i+1].emoji || onEnders[a.w(i+1)]
}

var onEnders = set("now", "and", "already", "again", "x", "too", "n", "all", "so", "but", "ok", "thanks", "its", "it")

// putOnActivity reports "put the music on" said of jobs that are all
// activities of the night ("Play the music"): put on, it has begun, and
// it goes on till the close.
func (a *analysis) putOnActivity(refs jobRefs) bool {
	put := false
	for i := range a.t {
		switch {
		case a.w(i) == "put" && !a.negated(i):
			put = true
		case put && a.w(i) == "on" && a.onEnds(i) && slices.Contains(refs.idx, i-1) && a.activityOn(refs, i):
			return true
		}
	}
	return false
}

// activityOn reports "on" said of jobs that are all activities of the
// night ("Call the bingo", "Run the raffle"), whose verb does not leave
// things on: "bingo on" says it is under way, where "lights on" says
// the lights are done.
func (a *analysis) activityOn(refs jobRefs, i int) bool {
	if len(refs.nums) == 0 || a.stateOfTitleVerb(refs, i) {
		return false
	}
	for _, n := range refs.nums {
		if j, ok := a.n.Job(n); !ok || j.Phase != night.During {
			return false
		}
	}
	return true
}

// onLeads reports whether the word before "on" can lead the sender onto
// a job: nothing, "i am", "now", a word of the job ("on the door now",
// "im on the bar", "checking tickets on the door"). After
// another word "on" says where a thing is: "the film looks amazing on
// the big screen".
func (a *analysis) onLeads(i int, refs jobRefs) bool {
	c := a.content()
	if len(c) == 0 || c[0] == i {
		return true
	}
	prev := i - 1
	for prev >= 0 && a.social[prev] {
		prev--
	}
	if prev < 0 {
		return true
	}
	w := a.w(prev)
	return onLead[w] || slices.Contains(refs.idx, prev) && !a.stateAt(refs, prev) || a.t[prev].comma
}

var onLead = set("i", "am", "im", "we", "are", "now", "just", "still", "back", "me", "you", "straight",
	"and", "so", "then", "ok", "yes", "get", "got", "go", "be", "been", "on", "start", "started", "out")

// locatedOn reports "on" after "is" or "are" with a subject that is not
// the sender: "everyone is on their rides" says where people are, not
// that the sender is doing the job "See people onto their rides".
func (a *analysis) locatedOn(i int) bool {
	if everyoneOn[a.w(i-1)] {
		return true // "everyone on the minibus": where they are
	}
	switch a.w(i - 1) {
	case "is", "are", "was", "were", "s":
	default:
		return false
	}
	switch a.w(i - 2) {
	case "i", "we", "im", "am":
		return false
	}
	return true
}

// jobRefs finds the jobs a text names. A written job number wins; else the
// best title match. Between equal titles the sender's own jobs win, then
// the ones that verb can still apply to.
func (a *analysis) jobRefs(verb Kind) jobRefs {
	hits := a.matchJobs()
	var refs jobRefs
	var titled []int
	for _, h := range hits {
		refs.idx = append(refs.idx, h.idx...)
		refs.full = refs.full || h.full
		for _, i := range h.idx {
			if a.t[i].num > 0 {
				titled = append(titled, i)
			}
		}
	}
	if n, i, ok := a.ownSet(); ok {
		// "im on the decks startin my set": a DJ's set is their DJ job.
		refs.nums, refs.idx = []int{n}, append(refs.idx, i)
		return refs
	}
	nums, idx := a.jobNumbers(titled, hits)
	for _, n := range nums {
		if _, ok := a.n.Job(n); ok && !slices.Contains(refs.nums, n) {
			refs.nums = append(refs.nums, n)
		}
	}
	if len(refs.nums) > 0 {
		refs.idx = append(refs.idx, idx...)
		return refs
	}
	refs.bad = len(nums) > 0
	if len(hits) == 0 {
		return refs
	}
	// "putting the tables out" is not "Put away the tables" but the other
	// job of the sender's on the tables.
	hits = slices.DeleteFunc(slices.Clone(hits), func(h jobHit) bool {
		return a.particleContradicts(h.num) && slices.ContainsFunc(hits, func(k jobHit) bool {
			return k.num != h.num && !a.particleContradicts(k.num) && a.sameThing(h.num, k.num) &&
				(slices.Contains(a.n.JobsOf(a.sender), k.num) || a.ownParticleSaid(k.num))
		})
	})
	if hits = slices.DeleteFunc(slices.Clone(hits), a.likeA); len(hits) == 0 {
		// "danny is wrapped up like a real mummy": a likeness, not the
		// mummy game.
		return jobRefs{}
	}
	if hits = slices.DeleteFunc(slices.Clone(hits), a.verbOnOwnThing); len(hits) == 0 {
		// "im in, just hanging my coat up": the verb of "Hang the tutus
		// on the rail", said of the sender's own coat.
		return jobRefs{}
	}
	if kept := slices.DeleteFunc(slices.Clone(hits), a.namesASong); len(kept) > 0 && len(kept) < len(hits) {
		// "my picnic songs dun, last 1 was the teddy bear song": "teddy
		// bear" names a song, not "Set up the teddy bears' corner".
		hits, refs.idx = kept, jobHitWords(kept)
	}
	if kept := slices.DeleteFunc(slices.Clone(hits), a.saysWhichOne); len(kept) > 0 && len(kept) < len(hits) {
		// "station signs up, the platform ones and the ticket office
		// one": "ticket office" says which sign, not "Set up the ticket
		// office table".
		hits, refs.idx = kept, jobHitWords(kept)
	}
	if obj, ok := a.objectOverPlace(hits, verb); ok {
		// "starting the briefing now, everyone round the story corner":
		// the job the verb takes, not the one told as where to go.
		refs.nums = []int{obj}
		return refs
	}
	if lead, ok := a.leadingJob(hits, verb); ok {
		// "Briefing done, everyone knows the pillow fight rules": the
		// job the text opens with, and says is done, is the news.
		refs.nums = []int{lead}
		return refs
	}
	var tied []int
	for _, h := range hits {
		if h.score > hits[0].score-1e-9 {
			tied = append(tied, h.num)
		}
	}
	if verb == Doing && a.opensStarting(refs) {
		// "limbo startin now": the thing itself starts, so it is the
		// job that runs it, not the one that set it up.
		tied = preferSome(tied, func(n int) bool { j, ok := a.n.Job(n); return ok && j.Phase == night.During })
	}
	tied = a.preferHeads(tied, hits)
	tied = a.dropPlaceNamed(tied, hits)
	// "i put all the towels out for hope": the job whose own verb, with
	// its little word, the text says ("Put out the towels"), even when
	// the sender's job ("Collect the wet towels") names the same thing.
	if a.allSameThing(tied) {
		tied = preferSome(tied, func(n int) bool { return a.saysTitleVerb(n, hits) })
	}
	mine := a.n.JobsOf(a.sender)
	tied = preferSome(tied, func(n int) bool { return slices.Contains(mine, n) })
	tied = preferSome(tied, func(n int) bool { return a.verbFits(verb, n) })
	if verb != Doing {
		// "duck pool is full up": the job that fills it, not the one that
		// empties it.
		tied = preferSome(tied, func(n int) bool {
			one := jobRefs{nums: []int{n}}
			return slices.ContainsFunc(a.content(), func(i int) bool { return !a.negated(i) && a.stateOfTitleVerb(one, i) })
		})
	}
	tied = a.preferTitleWords(tied)
	tied = a.preferWholeNames(tied)
	if cue := a.cuedPhase(); cue != "" && a.allOneThing(tied) {
		// "machine all ready" is the setup job of two on the machine;
		// "drinks table ready" is not "Set up the games table" rather
		// than "Pour the drinks".
		tied = preferSome(tied, func(n int) bool { j, ok := a.n.Job(n); return ok && j.Phase == cue })
	} else if len(tied) > 1 && verb != "" {
		// "starting the henna table", with no word of packing away: a
		// thing is not packed away before its earlier job is done.
		tied = preferSome(tied, func(n int) bool { return !a.closeBeforeItsTime(n, tied) })
	}
	if n, ok := a.upBeforeDown(tied); ok {
		tied = []int{n}
	}
	if own, ok := a.ownHitBeside(tied, hits); ok {
		// "pumkins out on all the tabls": "tables" is another's job
		// ("Set up the drinks table"), the pumpkins the sender's own.
		tied = append(tied, own)
	}
	sort.Ints(tied)
	refs.nums = tied
	return refs
}

// namesPerson reports a word of the text that is person id's first name
// or id, read as a name or not: "for hope" may be Hope.
func (a *analysis) namesPerson(id string) bool {
	p, ok := a.n.Person(id)
	if !ok {
		return false
	}
	first, _, _ := strings.Cut(strings.ToLower(p.Name), " ")
	for i := range a.t {
		if w := a.t[i].raw; w == first || w == id || a.w(i) == first || a.name(i).person == id {
			return true
		}
	}
	return false
}

// ownHitBeside is the sender's best job among hits when none of tied is
// the sender's: a text that names a job of theirs and one of someone
// else's is asked about, never ticked for the other person on a guess.
// A text that names the person whose job it is says so, and is left.
func (a *analysis) ownHitBeside(tied []int, hits []jobHit) (int, bool) {
	mine := a.n.JobsOf(a.sender)
	if len(tied) == 0 || slices.ContainsFunc(tied, func(n int) bool { return slices.Contains(mine, n) }) {
		return 0, false
	}
	for i := range a.t {
		if a.negated(i) {
			return 0, false // "dont let no1 on the ramp": not news of a job
		}
	}
	for _, n := range tied {
		j, _ := a.n.Job(n)
		for _, id := range j.Who {
			if id != a.sender && a.namesPerson(id) {
				return 0, false // "i did the hand wash table for hope": hers, done for her
			}
		}
	}
	for _, h := range hits { // best first
		if slices.Contains(mine, h.num) && !slices.ContainsFunc(h.idx, a.negated) {
			return h.num, true
		}
	}
	return 0, false
}

// opensStarting reports a text that opens with a job's words and then a
// word of starting, with nothing between: "limbo startin now", "quiz
// has started". "starting the limbo pole" has the sender start work.
func (a *analysis) opensStarting(refs jobRefs) bool {
	c := a.content()
	k := 0
	if k < len(c) && determiners[a.w(c[k])] {
		k++
	}
	start := k
	for k < len(c) && slices.Contains(refs.idx, c[k]) {
		k++
	}
	if k == start || k >= len(c) {
		return false
	}
	if isWords[a.w(c[k])] || a.w(c[k]) == "has" || a.w(c[k]) == "have" {
		k++
	}
	return k < len(c) && startWords[a.w(c[k])]
}

var startWords = set("starting", "started", "starts", "begins", "beginning", "begun", "kicking")

// ownParticleSaid reports the little word of job n's title said in the
// text: "put all the banners up" says the "up" of "Put up the banners".
func (a *analysis) ownParticleSaid(n int) bool {
	for _, w := range a.v.jobs[n-1].title {
		if oppositeParticle[w] == nil {
			continue
		}
		for i := range a.t {
			if a.w(i) == w && !a.social[i] && !a.negated(i) && !a.fastenedDown(i) {
				return true // "taped down" fixes a thing in place: no "Take down"
			}
		}
	}
	return false
}

// ownSet reads "my set" as the sender's one DJ job: the one whose title
// has "DJ" in it, not one that sets up the decks. It needs exactly one.
func (a *analysis) ownSet() (job, at int, ok bool) {
	at = -1
	for i := range a.t {
		if a.w(i) == "set" && !setVerb[a.w(i+1)] && (a.w(i-1) == "my" || a.w(i-2) == "my" && (a.w(i-1) == "dj" || a.t[i-1].ord)) {
			at = i
		}
	}
	if at < 0 {
		return 0, 0, false
	}
	var djs []int
	for _, n := range a.n.JobsOf(a.sender) {
		j := a.v.jobs[n-1]
		if slices.Contains(j.title, "dj") && j.verb != "set" && j.verb != "put" {
			djs = append(djs, n)
		}
	}
	if len(djs) != 1 {
		return 0, 0, false
	}
	return djs[0], at, true
}

// particleContradicts reports a text that says a little word opposite to
// the one job n's title has, and not the title's own: "tables out" for
// "Put away the tables".
func (a *analysis) particleContradicts(n int) bool {
	var own []string
	for _, w := range a.v.jobs[n-1].title {
		if oppositeParticle[w] != nil {
			own = append(own, w)
		}
	}
	if len(own) == 0 {
		return false
	}
	against := false
	for i := range a.t {
		w := a.w(i)
		if a.social[i] || a.negated(i) || oppositeParticle[w] == nil || a.fastenedDown(i) {
			continue
		}
		if slices.Contains(own, w) {
			return false
		}
		for _, o := range own {
			against = against || slices.Contains(oppositeParticle[o], w)
		}
	}
	return against
}

// sameThing reports two jobs whose titles share a word beyond their
// verbs and little words: "Set up the tables" and "Put away the tables".
func (a *analysis) sameThing(n, m int) bool {
	tn, tm := a.v.jobs[n-1].title, a.v.jobs[m-1].title
	for k, w := range tn {
		if k == 0 || titleFiller[w] || oppositeParticle[w] != nil {
			continue
		}
		if slices.ContainsFunc(tm[1:], func(o string) bool { return stem(o) == stem(w) }) {
			return true
		}
	}
	return false
}

// oppositeParticle are the little words of a title and the ones that say
// the other way.
var oppositeParticle = map[string][]string{
	"away": {"out"}, "out": {"away", "in"}, "in": {"out"}, "up": {"down"}, "down": {"up"},
}

// preferSome keeps the numbers for which ok is true, when there are any.
// closeBeforeItsTime reports job n as a job of the close while another of
// tied, at an earlier part of the night, is not done yet, before the clock
// reaches the last line of the night's timeline. (upBeforeDown asks more
// of the words and is used where no verb is read.)
func (a *analysis) closeBeforeItsTime(n int, tied []int) bool {
	j, ok := a.n.Job(n)
	if !ok || j.Phase != night.Close || a.pastTheTimeline() {
		return false // after the night's last line, the close is under way
	}
	return slices.ContainsFunc(tied, func(o int) bool {
		oj, ok := a.n.Job(o)
		return ok && o != n && oj.Phase != night.Close && oj.Status != night.Done
	})
}

func preferSome(nums []int, ok func(int) bool) []int {
	var some []int
	for _, n := range nums {
		if ok(n) {
			some = append(some, n)
		}
	}
	if len(some) > 0 {
		return some
	}
	return nums
}

// verbFits reports whether verb can still happen to job n: a done job is
// not done again, a started one not started again.
func (a *analysis) verbFits(verb Kind, n int) bool {
	switch verb {
	case Done:
		return !a.jobIs(n, night.Done)
	case Doing:
		return a.jobIs(n, night.Todo)
	}
	return true
}

func (a *analysis) jobIs(n int, st night.JobStatus) bool {
	j, ok := a.n.Job(n)
	return ok && j.Status == st
}

// jobIntent is verb for the one job named, or a question when several are.
func (a *analysis) jobIntent(verb Kind, refs jobRefs) Intent {
	if len(refs.nums) == 1 {
		return Intent{Kind: verb, Job: refs.nums[0]}
	}
	if n, ok := a.givenToAll(refs.nums); ok && verb == Done {
		a.because("everyone has had what one of the sender's jobs gives out")
		return Intent{Kind: Done, Job: n}
	}
	return a.askJobs(verb, refs.nums)
}

// bareVerb reads "done" or "starting now" with no job named. "done" from
// someone on a problem means the problem; from someone with one job under
// way, that job; else we ask which of their jobs.
func (a *analysis) bareVerb(verb Kind) Intent {
	if verb == Done {
		if id := a.holdsClaim(); id != "" {
			return Intent{Kind: Sorted, Problem: id}
		}
	}
	var doing, todo []int
	for _, n := range a.n.JobsOf(a.sender) {
		switch {
		case a.jobIs(n, night.Doing):
			doing = append(doing, n)
		case a.jobIs(n, night.Todo):
			todo = append(todo, n)
		}
	}
	if verb == Done {
		if len(doing) == 1 {
			return Intent{Kind: Done, Job: doing[0]}
		}
		todo = append(doing, todo...)
	}
	if len(todo) == 0 {
		return a.unknown()
	}
	// Of the sender's jobs, those whose title words the text says, even
	// words too common to name a job alone: "the guests are away home,
	// my job done" is "Help people get home".
	todo = preferSome(todo, func(n int) bool { return a.saysTitleWord(n) })
	if len(todo) == 1 && verb == Done && a.has(myJobWords) {
		return Intent{Kind: Done, Job: todo[0]}
	}
	return a.askJobs(verb, todo)
}

// myJobWords say the sender's own job: "thats my job done".
var myJobWords = ph("my job", "my bit", "my jobs")

// saysTitleWord reports whether the text says a word of job n's title
// that is not a little word or a verb.
func (a *analysis) saysTitleWord(n int) bool {
	for _, k := range a.v.jobs[n-1].keys {
		for i := range a.t {
			if !a.social[i] && a.t[i].num == 0 && stem(a.w(i)) == k.stem && !verbWords[a.w(i)] {
				return true
			}
		}
	}
	return false
}

// askJobs asks which of up to three jobs verb is about.
func (a *analysis) askJobs(verb Kind, nums []int) Intent {
	prompt := "Which job is done?"
	if verb == Doing {
		prompt = "Which job are you starting?"
	}
	c := &Choice{Prompt: prompt}
	for _, n := range nums[:min(len(nums), MaxOptions)] {
		j, _ := a.n.Job(n)
		c.Options = append(c.Options, Option{Label: j.Title, Intent: Intent{Kind: verb, Job: n}})
	}
	return Intent{Kind: Ask, Choice: c}
}

// askVerb asks what happened to a job named on its own: "bar".
func (a *analysis) askVerb(n int) Intent {
	j, _ := a.n.Job(n)
	return Intent{Kind: Ask, Choice: &Choice{Prompt: j.Title + "?", Options: []Option{
		{Label: "done", Intent: Intent{Kind: Done, Job: n}},
		{Label: "starting it", Intent: Intent{Kind: Doing, Job: n}},
	}}}
}

// preferTitleWords keeps, among jobs tied on the words that name things,
// those whose title has a word the others lack and the text says, verbs
// and little words included: "tables all out" is "Set out the quiz
// tables", "stacked the tables" is "Stack the quiz tables".
func (a *analysis) preferTitleWords(tied []int) []int {
	if len(tied) < 2 {
		return tied
	}
	said := map[string]bool{}
	for i := range a.t {
		if !a.social[i] && !a.t[i].emoji && !a.negated(i) && a.t[i].num == 0 {
			said[stem(a.w(i))] = true
		}
	}
	words := map[int]map[string]bool{}
	for _, n := range tied {
		words[n] = map[string]bool{}
		for _, w := range a.v.jobs[n-1].title {
			if !titleFiller[w] {
				words[n][stem(w)] = true
			}
		}
	}
	return preferSome(tied, func(n int) bool {
		for w := range words[n] {
			if !said[w] {
				continue
			}
			shared := true
			for _, o := range tied {
				shared = shared && (o == n || words[o][w])
			}
			if !shared {
				return true
			}
		}
		return false
	})
}

// preferWholeNames keeps, among tied jobs, those whose every naming word
// (the title past its verb) the text says: "treasure hunt has started" is
// "Run the treasure hunt", not "Hide the treasure hunt clues", whose
// clues it does not say.
func (a *analysis) preferWholeNames(tied []int) []int {
	if len(tied) < 2 {
		return tied
	}
	said := map[string]bool{}
	for i := range a.t {
		if !a.social[i] && a.t[i].num == 0 {
			said[stem(a.w(i))] = true
		}
	}
	return preferSome(tied, func(n int) bool {
		naming := 0
		for k, w := range a.v.jobs[n-1].title {
			if k == 0 || titleFiller[w] || jobStop[w] || particles[w] {
				continue // "down" of "Take down the booth" says what, not which
			}
			if !said[stem(w)] {
				return false
			}
			naming++
		}
		return naming >= 2 // one word ("rink") names too little to choose by
	})
}

// titleFiller are title words that tell no job from another.
var titleFiller = set("the", "a", "an", "and", "of", "to", "for", "at", "in", "on", "with", "my", "our", "all")

// isWords join a job to what happened to it: "briefing is done".
var isWords = set("is", "are", "was", "now", "all")

// leadingJob is the job whose words open the text and are followed at
// once by the word of what happened to it: "briefing done, ...", "bar
// finished and ...". Words of other jobs later in the text are what the
// sender says next, not the job.
func (a *analysis) leadingJob(hits []jobHit, verb Kind) (int, bool) {
	c := a.content()
	if verb == "" || len(c) < 2 || len(hits) < 2 {
		return 0, false
	}
	first := c[0]
	if determiners[a.w(first)] {
		first++ // "the briefing is finished"
	}
	// Of the jobs that open the text, those that go on longest: "egg hunt
	// finished" opens "Run the egg hunt", not "Run the egg and spoon race".
	ends := map[int]int{}
	longest := -1
	for _, h := range hits {
		if !slices.Contains(h.idx, first) {
			continue
		}
		end := first
		for slices.Contains(h.idx, end+1) {
			end++
		}
		ends[h.num] = end
		longest = max(longest, end)
	}
	var leads, byParticle, byVerb []int
	failed := false
	spans := map[int][]int{}
	for _, h := range hits {
		end, ok := ends[h.num]
		if !ok || end < longest {
			continue
		}
		for i := first; i <= end; i++ {
			spans[h.num] = append(spans[h.num], i)
		}
		if isWords[a.w(end+1)] {
			end++ // "briefing is done"
		}
		if a.ownVerbDoneAt(h.num, end+1) {
			byVerb = append(byVerb, h.num) // "layout all set up" for "Set up the layout"
		}
		if n := max(a.startsAt(end+1, doneStrong), a.startsAt(end+1, doingWords)); n == 0 || a.w(end+1) == "on" {
			// "the fire is out, ive poured two buckets over it": "out"
			// of "Put the fire out" says that job is done.
			if one := (jobRefs{nums: []int{h.num}}); (a.w(end) == "is" || a.w(end) == "are") && endParticles[a.w(end+1)] && a.particleOfTitle(one, end+1) && !a.negated(end+1) {
				byParticle = append(byParticle, h.num)
				continue
			}
			failed = true
			continue
		}
		leads = append(leads, h.num)
	}
	if len(byParticle) > 0 && len(leads) == 0 {
		leads = byParticle
	} else if len(leads) == 0 && len(byVerb) == 1 {
		// "layout all set up the trains are on the track": the one job
		// whose own verb follows it, though another job also names the
		// layout ("Drive the trains on the layout").
		leads = byVerb
	} else if failed {
		return 0, false
	}
	if len(leads) > 1 {
		// "egg hunt finished": of "Run the egg hunt" and "Hide the eggs
		// for the egg hunt", the job the hunt is, not the one for it.
		leads = slices.DeleteFunc(leads, func(n int) bool { return !a.ownThing(n, spans[n]) })
	}
	if len(leads) > 1 {
		// "judging finished": "Lead the judging", whose thing the judging
		// is, not "Put out the judging tables", where it says which tables.
		last := func(n int) int { return spans[n][len(spans[n])-1] }
		if !slices.ContainsFunc(leads, func(n int) bool { return !a.headOfTitle(n, last(n)) && !a.modifierInTitle(n, last(n)) }) {
			leads = preferSome(leads, func(n int) bool { return a.headOfTitle(n, last(n)) })
		}
	}
	if len(leads) != 1 {
		return 0, false // "bingo finished": two jobs open with "bingo"
	}
	if n, span := leads[0], spans[leads[0]]; len(span) == 1 && a.modifierInTitle(n, span[0]) && !a.headOfTitle(n, span[0]) &&
		slices.ContainsFunc(hits, func(h jobHit) bool { return h.num != n && h.score >= hitScore(hits, n) }) {
		// "sledging finished all the toboggans back": "sledging" only
		// says which run of "Mark out the sledging run"; the job the rest
		// names more fully is the news.
		return 0, false
	}
	return leads[0], true
}

// ownVerbDoneAt reports job n's own verb, with its little word, told
// done at k, past "all" or "now": "all set up" for "Set up the layout".
// A verb whose past is another word must be said in the past ("put up",
// never "put up" for "Pick up"); one whose past is itself, like "set",
// stands as written.
func (a *analysis) ownVerbDoneAt(n, k int) bool {
	j := a.v.jobs[n-1]
	if j.verb == "" || len(j.title) < 2 || !titleParticles[j.title[1]] && j.title[1] != "up" && j.title[1] != "out" {
		return false
	}
	for a.w(k) == "all" || a.w(k) == "now" || a.w(k) == "been" {
		k++
	}
	if a.negated(k) || a.w(k+1) != j.title[1] {
		return false
	}
	w := a.w(k)
	return stem(w) == j.verb && (pastForm(w) || irregularPast[w])
}

// hitScore is the score of job n among hits, or 0.
func hitScore(hits []jobHit, n int) float64 {
	h, _ := hitOf(hits, n)
	return h.score
}

// headOfTitle reports the word at i as the word that ends the thing of
// job n's title: the last word before a little word that starts what
// follows, or the title's last ("judging" of "Lead the judging", "people"
// of "Welcome people at the door"). "judging" of "Put out the judging
// tables" only says which tables; "door" of "at the door" says where.
func (a *analysis) headOfTitle(n, i int) bool {
	title := a.v.jobs[n-1].title
	s := stem(a.w(i))
	start := verbEnd(title)
	for p := start; p < len(title); p++ {
		if headEnds[title[p]] {
			return false
		}
		if p == len(title)-1 || headEnds[title[p+1]] {
			return stem(title[p]) == s
		}
	}
	return false
}

// preferHeads keeps, of jobs named alike by one word, those whose thing
// the word is: "starting the parade" is "Lead the parade", not "Decorate
// the parade float". It keeps them all unless the word is the thing of
// some and only says which thing for the rest, and one of the things is
// the sender's own job.
func (a *analysis) preferHeads(tied []int, hits []jobHit) []int {
	if len(tied) < 2 {
		return tied
	}
	word := map[int]int{}
	for _, h := range hits {
		if slices.Contains(tied, h.num) && len(h.idx) == 1 {
			word[h.num] = h.idx[0]
		}
	}
	for _, n := range tied {
		i, ok := word[n]
		if !ok || i != word[tied[0]] || !a.headOfTitle(n, i) && !a.modifierInTitle(n, i) {
			return tied
		}
	}
	if i := word[tied[0]]; i+1 < len(a.t) && a.jobWord(i+1) && !isWords[a.w(i+1)] && !endParticles[a.w(i+1)] {
		return tied // "photo boof": the text too says which thing, of a thing it names
	}
	heads := preferSome(tied, func(n int) bool { return a.headOfTitle(n, word[n]) })
	if len(heads) != 1 || !slices.Contains(a.n.JobsOf(a.sender), heads[0]) {
		return tied // two things, or news of a job not the sender's: as ever
	}
	return heads
}

// dropPlaceNamed leaves out, of jobs named alike by the same words, those
// whose title has the words only as where ("Take photos at the photo
// wall"), when for another the words are its thing ("Put up the photo
// wall"): "finished the photo wall" is the wall.
func (a *analysis) dropPlaceNamed(tied []int, hits []jobHit) []int {
	if len(tied) < 2 {
		return tied
	}
	var words []int
	for k, n := range tied {
		h, ok := hitOf(hits, n)
		if !ok || len(h.idx) == 0 {
			return tied
		}
		idx := slices.Compact(slices.Sorted(slices.Values(h.idx)))
		if k > 0 && !slices.Equal(idx, words) {
			return tied // "foto car pics": more is said of one of them
		}
		words = idx
	}
	last := words[len(words)-1]
	k := last
	for slices.Contains(words, k-1) {
		k--
	}
	k--
	for k >= 0 && determiners[a.w(k)] {
		k--
	}
	if whereInTitle[a.w(k)] {
		return tied // "startin pics at the arch": the text too says where
	}
	heads := preferSome(tied, func(n int) bool { return a.headOfTitle(n, last) })
	placed := func(n int) bool {
		return !slices.Contains(heads, n) && a.placeInTitle(n, last) && !a.saysMoreOf(n, words)
	}
	if len(heads) == len(tied) || !slices.ContainsFunc(tied, placed) {
		return tied
	}
	return slices.DeleteFunc(slices.Clone(tied), placed)
}

// saysMoreOf reports a word of job n's title said outside the words at
// idx: "startin the foto car pics" says the photos of "Take photos at the
// photo car".
func (a *analysis) saysMoreOf(n int, idx []int) bool {
	title := a.v.jobs[n-1].title
	for i := range a.t {
		if !slices.Contains(idx, i) && !titleFiller[a.w(i)] && slices.ContainsFunc(title, func(w string) bool { return stem(w) == stem(a.w(i)) }) {
			return true
		}
	}
	return false
}

// placeInTitle reports the word at i as a word of job n's title that
// comes after a word of place there, past a thing of its own: "wall" of
// "Take photos at the photo wall". "Help at the badge table" has no
// thing but its place, and the table may be its work.
func (a *analysis) placeInTitle(n, i int) bool {
	title := a.v.jobs[n-1].title
	s := stem(a.w(i))
	at, thing := false, false
	for _, w := range title[verbEnd(title):] {
		switch {
		case whereInTitle[w]:
			at = true
		case !at:
			thing = thing || !titleFiller[w]
		case thing && stem(w) == s:
			return true
		}
	}
	return false
}

// whereInTitle start where a title's work is done.
var whereInTitle = set("at", "in", "by", "near", "beside", "behind", "inside", "outside")

// hitOf is job n's hit among hits.
func hitOf(hits []jobHit, n int) (jobHit, bool) {
	for _, h := range hits {
		if h.num == n {
			return h, true
		}
	}
	return jobHit{}, false
}

// verbEnd is where a title's thing may start: after its verb and the
// little words that go with it ("Pack down", "Switch on").
func verbEnd(title []string) int {
	start := 1
	for start < len(title) && verbParticles[title[start]] {
		start++
	}
	return start
}

var verbParticles = set("up", "down", "out", "away", "off", "on", "in", "back", "over")

// modifierInTitle reports the word at i in job n's title said before
// another word of the same thing: "judging" of "Put out the judging
// tables".
func (a *analysis) modifierInTitle(n, i int) bool {
	title := a.v.jobs[n-1].title
	s := stem(a.w(i))
	for p := 1; p < len(title)-1; p++ {
		if stem(title[p]) == s && !headEnds[title[p+1]] {
			return true
		}
	}
	return false
}

// headEnds follow the last word of a title's thing.
var headEnds = set("for", "with", "and", "at", "in", "on", "to", "of", "from", "by", "round", "around", "into", "onto",
	"out", "up", "down", "away", "off", "back", "over", "while", "during", "after", "before", "when", "until", "till",
	"so", "as", "behind", "near", "under")

// ownThing reports every word at idx among the title words of job n that
// come before a "for" saying what the job is for.
func (a *analysis) ownThing(n int, idx []int) bool {
	own := map[string]bool{}
	for _, w := range a.v.jobs[n-1].title {
		if w == "for" {
			break
		}
		own[stem(w)] = true
	}
	for _, i := range idx {
		if !own[stem(a.w(i))] {
			return false
		}
	}
	return len(idx) > 0
}

// givenAway reports the things of a job of giving them out said to be
// gone or none left: "recipe cards all gone", "gave out all the cards none
// left", "all the chocolate gone to the winners" are "Hand out the recipe
// cards" or "Hand out the chocolate prizes" done. Things of other jobs
// gone are lost.
func (a *analysis) givenAway(jobs jobRefs) bool {
	if len(jobs.nums) != 1 || a.asking() || a.nearlySaid() {
		return false // "snacks all gone nearly" says they run low
	}
	j := a.v.jobs[jobs.nums[0]-1]
	if !givingVerbs[j.verb] {
		return false
	}
	at := a.find(goneAway)
	if at < 0 || a.negated(at) {
		return false
	}
	// The job's thing is said before the word of gone: "the cards are all
	// gone", not "gone to get the cards".
	return slices.ContainsFunc(jobs.idx, func(i int) bool { return i < at })
}

var (
	// givingVerbs are the stems of title verbs of giving things out.
	givingVerbs = set("hand", "giv", "sell", "shar", "pass", "dish")
	goneAway    = ph("all gone", "gone", "none left", "no more left", "nothing left", "all given out", "run out")
)

// putBack reads things said to be back in their place: "games back in the
// cubberd", "projecter back in its box", "all the shoes are back in the
// rack" are the one job that puts them back or away, done. The things
// are said before "back"; a question or "not" leaves it.
func (a *analysis) putBack(jobs jobRefs) (jobRefs, bool) {
	at := -1
	for i := range a.t {
		if a.w(i) == "back" && backInto[a.w(i+1)] {
			at = i
			break
		}
	}
	if at < 0 || a.negated(at) || a.asking() || !slices.ContainsFunc(jobs.idx, func(i int) bool { return i < at }) {
		return jobs, false
	}
	var away []int
	for _, n := range jobs.nums {
		if slices.ContainsFunc(a.v.jobs[n-1].title, func(w string) bool { return w == "back" || w == "away" }) {
			away = append(away, n)
		}
	}
	if len(away) != 1 {
		return jobs, false
	}
	return jobRefs{nums: away, idx: jobs.idx, full: jobs.full}, true
}

// backInto follow "back" when things are back in their place.
var backInto = set("in", "into", "inside")

// atOwnJob reads the sender at the place one of their jobs is named by,
// at work there: "at the door ticking people off", "im in the green room
// with the contestants" is "Look after the green room" under way. Only
// the sender's own jobs count, only one may be named by the place, and
// there must be work: a word of doing it, or the people they are with.
// "im at the door" alone may be arriving, and is left to other rules.
func (a *analysis) atOwnJob() (int, bool) {
	if a.asking() || len(a.problemHits()) > 0 {
		return 0, false
	}
	c := a.content()
	at := -1
	for _, i := range c {
		if (a.w(i) == "at" || a.w(i) == "in" || a.w(i) == "on") && a.w(i+1) == "the" {
			at = i + 2
			break
		}
	}
	if at < 0 || at > 4 {
		return 0, false // the place opens the text: "(im) at the door ..."
	}
	end := at
	for end < len(a.t) && a.v.stems[stem(a.w(end))] && !a.social[end] && !strings.HasSuffix(a.w(end), "ing") && !personNouns[a.w(end)] && !atJobCompany[a.w(end)] {
		end++
	}
	if end == at || end-at > 3 {
		return 0, false
	}
	var jobs []int
	for _, n := range a.n.JobsOf(a.sender) {
		title := map[string]bool{}
		for _, w := range a.v.jobs[n-1].title[1:] {
			title[stem(w)] = true
		}
		all := true
		for i := at; i < end; i++ {
			all = all && title[stem(a.w(i))]
		}
		if all {
			jobs = append(jobs, n) // every word of the place is a word of the title
		}
	}
	if len(jobs) > 1 {
		// "Get the green room ready" and "Look after the green room": at
		// work there with people is the one of the night itself.
		jobs = slices.DeleteFunc(jobs, func(n int) bool { j, ok := a.n.Job(n); return !ok || j.Phase != night.During })
	}
	if len(jobs) != 1 {
		return 0, false
	}
	for i := end; i < len(a.t); i++ {
		w := a.w(i)
		if notWork[w] || a.negated(i) {
			return 0, false
		}
		if len(w) > 5 && strings.HasSuffix(w, "ing") && !notGerund[w] || w == "with" && (personNouns[a.w(i+1)] || atJobCompany[a.w(i+1)] || a.w(i+1) == "the" && atJobCompany[a.w(i+2)]) {
			return jobs[0], true
		}
	}
	return 0, false
}

var (
	// notWork are words of coming, going or waiting: not at work.
	notWork = set("waiting", "wait", "coming", "going", "leaving", "arrived", "outside", "let", "locked", "home", "queue")
	// atJobCompany are the people someone at a job may be with.
	atJobCompany = set("guests", "contestants", "people", "everyone", "players", "kids", "visitors", "acts", "band", "team", "teams", "dancers")
)

// everyoneDoneTo is the sender's one job that does something to people
// ("Sign people in at the door", "Welcome the guests"), when the text says
// everyone has had it: "evryone signed in now" from the person who signs
// people in is that job done. From anyone else it is news.
func (a *analysis) everyoneDoneTo() (int, bool) {
	if a.asking() || a.laterSaid() || len(a.problemHits()) > 0 {
		return 0, false
	}
	if _, neg := a.negation(); neg {
		return 0, false
	}
	c := a.content()
	if len(c) < 2 || !everyoneWords[a.w(c[0])] {
		return 0, false
	}
	var mine []int
	for _, n := range a.n.JobsOf(a.sender) {
		j := a.v.jobs[n-1]
		if j.verb == "" || len(j.title) < 2 || !slices.ContainsFunc(j.title[1:], func(w string) bool { return peopleObjects[w] }) {
			continue
		}
		if slices.ContainsFunc(c[1:], func(i int) bool { return pastForm(a.w(i)) && sameStem(stem(a.w(i)), j.verb) }) {
			mine = append(mine, n)
		}
	}
	if len(mine) != 1 {
		return 0, false
	}
	return mine[0], true
}

var (
	everyoneWords = set("everyone", "everybody", "all", "every")
	peopleObjects = set("people", "guests", "everyone", "everybody", "members", "visitors", "dancers", "players")
)

// upBeforeDown picks, of two of the sender's jobs on one thing, the one at
// the setup ("Hang the flags") over the one at the close ("Take down the
// flags") while the setup one is not done and the night has not reached
// the last line of its timeline: nothing is taken down before it is up.
// Words of putting away ("off", "in the box", the close title's own verb)
// leave the choice open, and so does a night with no timeline or clock.
func (a *analysis) upBeforeDown(tied []int) (int, bool) {
	if len(tied) != 2 || a.atEndOfNight() {
		return 0, false
	}
	setup, closing := tied[0], tied[1]
	sj, ok1 := a.n.Job(setup)
	cj, ok2 := a.n.Job(closing)
	if ok1 && ok2 && sj.Phase == night.Close {
		setup, closing, sj, cj = closing, setup, cj, sj
	}
	if !ok1 || !ok2 || sj.Phase != night.Setup || cj.Phase != night.Close || !a.sameThing(setup, closing) ||
		sj.Status == night.Done {
		return 0, false
	}
	mine := a.n.JobsOf(a.sender)
	if !slices.Contains(mine, setup) || !slices.Contains(mine, closing) {
		return 0, false
	}
	// Only plain news of progress: every other word is the thing's own or
	// a word of how far along ("doing the flags now", "all sorted the
	// flags", "rob and robbie done the flags"). A verb of its own
	// ("gathering up the skates") or news of something else leaves the
	// choice open.
	own := append(a.jobTokens(setup), a.jobTokens(closing)...)
	for _, i := range a.content() {
		if !slices.Contains(own, i) && !progressWords[a.w(i)] && !a.t[i].emoji && !a.isTeamName(i) {
			return 0, false
		}
	}
	return setup, true
}

// progressWords say how far along a job is, and nothing of which end of
// the night: "done", "doing", "halfway through", "all sorted".
var progressWords = set("done", "doing", "finished", "finish", "finshed", "complete", "completed", "sorted",
	"started", "starting", "start", "begun", "beginning", "halfway", "half", "way", "through", "thru",
	"nearly", "almost", "now", "all", "the", "i", "im", "am", "have", "has", "is", "are", "been", "just",
	"my", "on", "with", "job", "and", "that", "it", "its", "dun", "ok", "now", "already", okMoji)

// pastTheTimeline reports a clock later than the last line of the night's
// timeline; false when there is no clock or timeline to tell by.
func (a *analysis) pastTheTimeline() bool {
	last, ok := a.lastTimelineAt()
	return ok && a.ctx.Now > last
}

// atEndOfNight reports the clock at or past the last line of the night's
// timeline (home time), or no clock or timeline to tell by.
func (a *analysis) atEndOfNight() bool {
	last, ok := a.lastTimelineAt()
	return !ok || a.ctx.Now >= last
}

// lastTimelineAt is the time of the night's last timeline line, when there
// is a clock to compare it with and a timeline.
func (a *analysis) lastTimelineAt() (string, bool) {
	if a.ctx.Now == "" || len(a.n.Timeline) == 0 {
		return "", false
	}
	last := ""
	for _, it := range a.n.Timeline {
		last = max(last, it.At)
	}
	return last, true
}

// atVerb reads "at the gate now" from the person whose one named job is at
// that place ("Take tickets at the gate"): they are on it, as "on the gate
// now" says. The place must follow "at" in the title, and "at" must lead
// what is said, as "on" must: "the float is at the gate" says where a
// thing is.
func (a *analysis) atVerb(refs jobRefs) Kind {
	if a.asking() || len(refs.nums) != 1 || !slices.Contains(a.n.JobsOf(a.sender), refs.nums[0]) {
		return ""
	}
	title := a.v.jobs[refs.nums[0]-1].title
	at := slices.Index(title, "at")
	if at < 0 {
		return ""
	}
	for _, t := range a.t {
		if t.time || t.num > 0 {
			return "" // "at the gate at 3" is a plan
		}
	}
	c := a.content()
	for k, i := range c {
		if a.w(i) != "at" || a.negated(i) || k > 0 && !onLead[a.w(c[k-1])] {
			continue // "welcomed at the door" is done, not "at the door"
		}
		next := i + 1
		if a.w(next) == "the" {
			next++
		}
		if slices.Contains(refs.idx, next) && slices.ContainsFunc(title[at+1:], func(w string) bool { return stem(w) == stem(a.w(next)) }) {
			return Doing
		}
	}
	return ""
}

// allOneThing reports whether every two of the jobs are on one thing.
func (a *analysis) allOneThing(nums []int) bool {
	for k, n := range nums {
		for _, m := range nums[k+1:] {
			if !a.sameThing(n, m) {
				return false
			}
		}
	}
	return true
}

// activityGoing reports "bingo going well", "music going": an activity of
// the night ("Run the bingo", "Play the music") said to be going is under
// way, as "bingo on" is. Things set out before the night are not "going".
func (a *analysis) activityGoing(refs jobRefs) bool {
	if a.asking() || len(refs.nums) == 0 {
		return false
	}
	for i := range a.t {
		if a.w(i) != "going" || a.negated(i) || !a.afterJobWords(refs, i) {
			continue
		}
		if i+1 < len(a.t) && !goingWell[a.w(i+1)] && !a.onEnds(i) {
			continue // "pies going in the oven", "going to be late"
		}
		return a.activityOn(refs, i)
	}
	return false
}

// goingWell follow "going" when it says how an activity goes.
var goingWell = set("well", "ok", "okay", "great", "good", "fine", "nicely", "strong", "brilliant", "smoothly",
	"grand", "lovely", "fab", "amazing")

// allProcess reports named jobs whose title verbs all name a process that
// takes a while once switched on ("Boil the urn", "Cook the sausages"):
// "on" says it has begun.
func (a *analysis) allProcess(refs jobRefs) bool {
	for _, n := range refs.nums {
		if !processVerbs[a.v.jobs[n-1].verb] {
			return false
		}
	}
	return len(refs.nums) > 0
}

var processVerbs = set("boil", "cook", "bake", "roast", "toast", "grill", "fry", "defrost", "brew", "stew")

// inTheCooker reads a job's food said to be in the oven, toaster or
// microwave, for a job that cooks or warms it: "pies in the oven now" is
// "Warm up the mince pies" under way. The food is said before the cooker.
func (a *analysis) inTheCooker(jobs jobRefs) bool {
	if a.asking() || len(jobs.nums) != 1 || !cookingVerbs[a.v.jobs[jobs.nums[0]-1].verb] {
		return false
	}
	for i := range a.t {
		if a.w(i) == "in" && (a.w(i+1) == "the" && cookers[a.w(i+2)] || cookers[a.w(i+1)]) && !a.negated(i) {
			return slices.ContainsFunc(jobs.idx, func(k int) bool { return k < i })
		}
	}
	return false
}

var (
	// cookingVerbs are the stems of title verbs that cook or warm food.
	cookingVerbs = set("warm", "heat", "cook", "bak", "mak", "toast", "grill", "roast", "fry")
	cookers      = set("oven", "ovens", "toaster", "microwave", "grill", "pan", "pot", "fryer")
)

// allSameThing reports two or more jobs whose titles all share a word
// beyond their verbs: "Put out the towels", "Collect the wet towels".
func (a *analysis) allSameThing(nums []int) bool {
	if len(nums) < 2 {
		return false
	}
	for _, n := range nums[1:] {
		if !a.sameThing(nums[0], n) {
			return false
		}
	}
	return true
}

// saysTitleVerb reports job n's title verb said, not denied and not a
// word of a job's thing ("a glow stick" is no "Stick the stars"), with
// the title's little words of direction in the few words after it: "put
// all the towels out" says "Put out the towels"; "handed out" is not
// "Hand the shoes back".
func (a *analysis) saysTitleVerb(n int, hits []jobHit) bool {
	j := a.v.jobs[n-1]
	if j.verb == "" || len(j.title) == 0 {
		return false
	}
	var parts []string
	for _, w := range j.title[1:] {
		if oppositeParticle[w] != nil || w == "back" {
			parts = append(parts, w)
		}
	}
	for i := range a.t {
		w := a.w(i)
		if a.social[i] || a.negated(i) || stem(w) != j.verb && pastStemOf[w] != j.verb ||
			slices.ContainsFunc(hits, func(h jobHit) bool { return slices.Contains(h.idx, i) }) {
			continue
		}
		if !slices.ContainsFunc(parts, func(p string) bool { return !a.saidSoonAfter(i, p) }) {
			return true
		}
	}
	return false
}

// verbOnOwnThing reports a job named only by its title verb, whose thing
// the text says is someone's own and is no word of the title: "hanging my
// coat up" for "Hang the tutus".
func (a *analysis) verbOnOwnThing(h jobHit) bool {
	if len(h.idx) != 1 {
		return false
	}
	i := h.idx[0]
	j := a.v.jobs[h.num-1]
	if stem(a.w(i)) != j.verb || !possessives[a.w(i+1)] {
		return false
	}
	thing := a.w(i + 2)
	return belongings[thing] && !slices.ContainsFunc(j.title, func(w string) bool { return stem(w) == stem(thing) })
}

// belongings are a person's own things, brought and taken home.
var belongings = set("coat", "jacket", "bag", "phone", "keys", "shoes", "hat", "scarf", "hands", "hair",
	"umbrella", "brolly", "hoodie", "jumper", "cardigan", "glasses", "purse", "wallet", "stuff", "things", "trainers")

// saysWhichOne reports a job named only by words right before "one" or
// "ones": "the ticket office one" is which of some things, not the job.
func (a *analysis) saysWhichOne(h jobHit) bool {
	if len(h.idx) == 0 {
		return false
	}
	next := a.w(slices.Max(h.idx) + 1)
	return (next == "one" || next == "ones") && slices.Max(h.idx)-slices.Min(h.idx) < 3
}

// objectOverPlace picks, of the jobs a text names, the one right after a
// word of starting ("starting the briefing"), when every other is named
// only after a word of place ("round the story corner", "by the
// stage"): those say where, not what.
func (a *analysis) objectOverPlace(hits []jobHit, verb Kind) (int, bool) {
	if verb != Doing || len(hits) < 2 {
		return 0, false
	}
	after := func(f int, ok func(int) bool) bool {
		k := f - 1
		for k >= 0 && determiners[a.w(k)] {
			k--
		}
		return k >= 0 && ok(k)
	}
	obj := -1
	for _, h := range hits {
		if len(h.idx) == 0 {
			return 0, false
		}
		f := slices.Min(h.idx)
		switch {
		case after(f, func(k int) bool {
			return (startWords[a.w(k)] || a.w(k) == "start" || a.w(k) == "doing") && !a.negated(k)
		}):
			if obj >= 0 && obj != h.num {
				return 0, false
			}
			obj = h.num
		case after(f, func(k int) bool { return wherePreps[a.w(k)] || a.w(k) == "to" }):
		default:
			return 0, false
		}
	}
	return obj, obj >= 0
}

// saidSoonAfter reports w among the six words after token i.
func (a *analysis) saidSoonAfter(i int, w string) bool {
	for d := 1; d <= 6; d++ {
		if a.w(i+d) == w {
			return true
		}
	}
	return false
}

// namesASong reports a job named only by the words of a song's name, said
// just before "song" or "tune", when the job's title says nothing of
// songs: "the teddy bear song".
func (a *analysis) namesASong(h jobHit) bool {
	if len(h.idx) == 0 || !pieceWords[a.w(slices.Max(h.idx)+1)] {
		return false
	}
	return !slices.ContainsFunc(a.v.jobs[h.num-1].title, func(w string) bool { return pieceWords[w] || musicThings[w] })
}

// pieceWords name a piece of music.
var pieceWords = set("song", "songs", "tune", "tunes", "track", "anthem")

// likeA reports a job named only in a likeness: "wrapped up like a real
// mummy", "dressed like a pirate". "looks like the bar is done" names the
// bar; only "like a" or "like an" makes a likeness.
func (a *analysis) likeA(h jobHit) bool {
	if len(h.idx) == 0 {
		return false
	}
	m := slices.Min(h.idx)
	for j := m - 1; j >= 1 && j >= m-2; j-- {
		if (a.w(j) == "a" || a.w(j) == "an") && a.w(j-1) == "like" {
			return true
		}
	}
	return false
}

// jobHitWords are the words that named the jobs of hits.
func jobHitWords(hits []jobHit) []int {
	var idx []int
	for _, h := range hits {
		idx = append(idx, h.idx...)
	}
	return idx
}
