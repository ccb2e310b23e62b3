package understand

import (
	"slices"
	"sort"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// jobStop are title words that do not tell jobs apart.
var jobStop = set("the", "a", "an", "and", "of", "for", "up", "out", "put", "at", "to", "in", "on",
	"with", "by", "from", "our", "my", "your", "all", "get", "give", "run", "look", "after", "check", "make",
	"do", "keep", "take", "some", "any", "this", "that", "is", "be", "it", "or", "into", "off", "sort", "go")

// titleParticles are the little words of a title that say which way
// ("Take down the flags"), not what. They name a job only for the people
// doing it: "all down now" from Holly is her "Take down the fairy lights",
// but "beanbags all down on the floor" from Billie names no lights.
var titleParticles = set("down", "away", "round", "over", "back")

// jobGeneric are title words too common to name a job on their own.
var jobGeneric = set("help", "people", "home", "team", "time", "night", "guest", "new", "everyone",
	"thing", "stuff", "area", "room", "lost")

// synonyms are other words for things jobs are about, by stem. A job whose
// title says "lights" is also the "lighting" job.
var synonyms = map[string][]string{
	"light":      {"lighting", "lites", "lite", "disco"},
	"sign":       {"signage", "poster", "notice"},
	"chair":      {"seat", "seating"},
	"bar":        {"drink", "tuck", "refreshment", "snack"},
	"door":       {"entrance", "front", "reception"},
	"exit":       {"door", "doors"}, // "fire doors" are the fire exits
	"wristband":  {"band", "stamp"},
	"cloakroom":  {"cloak", "coat", "cloaks"},
	"raffle":     {"prize", "tombola", "draw", "ticket"},
	"briefing":   {"brief", "meeting", "talk"},
	"clean":      {"tidy", "cleaning", "clear", "hoover", "sweep", "cleanup", "tidyup"},
	"toilet":     {"loo", "bathroom"},
	"deck":       {"turntable", "mixer"},
	"sound":      {"speaker", "speakers"},
	"microphone": {"mic", "mics", "mike", "mikes"},
	"dj":         {"music", "playlist", "deejay", "decks", "deck"},
	"music":      {"decks", "deck"},
	"welcome":    {"greet", "greeting", "meet"},
	"taxi":       {"cab", "ride", "lift"},
	"lostprop":   {"lost"},
	"property":   {"belonging"},
	"hall":       {"venue"},
	"table":      {"tables"},
	"tea":        {"cuppa", "cuppas", "brew", "brews", "cup"},
	"coffee":     {"cuppa", "cuppas", "brew"},
	"photo":      {"picture", "photograph"},
	"barbecue":   {"bbq", "barbie", "barbeque"},
	"bbq":        {"barbecue", "barbie", "barbeque"},
}

// jobInfo is what a job's title and id say about it.
type jobInfo struct {
	num      int
	keys     []jobKey
	title    []string // every canonical title word, in order
	titleNum int      // a number in the title: "DJ set two"
	verb     string   // stem of the first title word, usually its verb
	verb2    string   // stem of a second verb joined by "and": "light" of "Build and light the fire"
}

type jobKey struct {
	word    string // as written in the title
	stem    string
	weight  float64
	generic bool
	little  bool // a titleParticles word
	tail    bool // the last word of a title word made of two ("chairs" of "deckchairs")
}

// followedBy reports the title word w said just before next in the title:
// "cash" before "up" in "Close the kiosk and cash up".
func (j jobInfo) followedBy(w, next string) bool {
	for p := 0; p+1 < len(j.title); p++ {
		if j.title[p] == w && j.title[p+1] == next {
			return true
		}
	}
	return false
}

func newJobInfo(j night.Job) jobInfo {
	info := jobInfo{num: j.Number}
	add := func(word, stem string, weight float64, generic bool) {
		if stem == "" {
			return
		}
		for _, k := range info.keys {
			if k.stem == stem {
				return
			}
		}
		info.keys = append(info.keys, jobKey{word: word, stem: stem, weight: weight, generic: generic, little: titleParticles[word]})
	}
	var titleStems []string
	toks := titleTokens(j.Title)
	if len(toks) > 1 && toks[0].num == 0 {
		info.verb = stem(toks[0].w)
		if len(toks) > 3 && toks[1].w == "and" {
			info.verb2 = stem(toks[2].w)
		}
		for k := 2; info.verb2 == "" && k+2 < len(toks); k++ {
			// "Close the tuck shop and count the money": a verb after
			// "and" takes its own thing.
			if toks[k].w == "and" && !verbObjectLead[toks[k+1].w] && toks[k+1].num == 0 && verbObjectLead[toks[k+2].w] {
				info.verb2 = stem(toks[k+1].w)
			}
		}
	}
	for i, t := range toks {
		info.title = append(info.title, t.w)
		switch {
		case t.num > 0:
			info.titleNum = t.num
		case t.w == "set" && i+1 < len(toks) && setVerb[toks[i+1].w]:
			// "set up the bar": a verb, not a DJ set.
		case !jobStop[t.w]:
			titleStems = append(titleStems, stem(t.w))
			add(t.w, stem(t.w), 1, jobGeneric[t.w])
		}
	}
	// The id is chosen by the planner and rarely seen by the team, so it
	// counts for less than a title word.
	for _, t := range titleTokens(j.ID) {
		if t.num == 0 && !jobStop[t.w] {
			add(t.w, stem(t.w), 0.6, jobGeneric[t.w])
		}
	}
	for _, t := range toks {
		if tail := compoundTail(t.w); tail != "" && !jobStop[t.w] {
			// "chairs" of "deckchairs": said alone it names only the
			// sender's own job, and right after "on" or "in" it is a
			// phrase of its own ("all on board").
			add(tail, stem(tail), 0.8, false)
			if k := len(info.keys) - 1; info.keys[k].stem == stem(tail) {
				info.keys[k].little, info.keys[k].tail = true, true
			}
		}
	}
	for _, s := range titleStems {
		for _, syn := range synonymsByStem[s] {
			add(syn, stem(syn), 0.8, jobGeneric[s])
		}
	}
	return info
}

// stem folds the common English endings so "tables", "cleaned" and
// "lighting" meet "table", "clean" and "light". A final e goes too, since
// the endings drop it: "wipe", "wiped" and "wiping" all meet at "wip".
func stem(w string) string {
	return dropE(suffixStem(w))
}

func dropE(s string) string {
	if len(s) > 3 && s[len(s)-1] == 'e' && s[len(s)-2] != 'e' {
		return s[:len(s)-1]
	}
	return s
}

// synonymsByStem is synonyms keyed by the stem of the title word.
var synonymsByStem = func() map[string][]string {
	m := map[string][]string{}
	for k, v := range synonyms {
		m[stem(k)] = append(m[stem(k)], v...)
	}
	return m
}()

func suffixStem(w string) string {
	if base, ok := irregular[w]; ok {
		return base
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		return undouble(w[:n-3])
	case n > 4 && strings.HasSuffix(w, "ed"):
		return undouble(w[:n-2])
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:n-1]
	}
	return w
}

// undouble drops the consonant an ending doubled: "sett(ing)", "stopp(ed)".
// Doubles that belong to the word stay: "spill", "dress".
func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !strings.ContainsRune("aeioulsfz", rune(s[n-1])) {
		return s[:n-1]
	}
	return s
}

// irregular are past forms that no ending rule reaches: "swept", "sold".
var irregular = map[string]string{
	"swept": "sweep", "hung": "hang", "sold": "sell", "given": "give", "gave": "give", "ran": "run",
	"made": "make", "laid": "lay", "brought": "bring", "taken": "take", "took": "take", "written": "write",
	"wrote": "write", "stuck": "stick", "drawn": "draw", "drew": "draw", "built": "build", "led": "lead",
	"sent": "send", "kept": "keep", "lit": "light", "won": "win", "got": "get", "found": "find",
	"went": "go", "gone": "go", "done": "do", "did": "do", "threw": "throw", "thrown": "throw",
	"blew": "blow", "blown": "blow", "dealt": "deal", "held": "hold", "met": "meet", "told": "tell",
	"hidden": "hide", "hid": "hide", "fed": "feed", "bought": "buy", "taught": "teach", "caught": "catch",
	"chosen": "choose", "strung": "string", "sung": "sing", "sang": "sing", "shaken": "shake", "dug": "dig",
}

// pastForm reports whether w is a past form ("stacked", "swept").
func pastForm(w string) bool {
	if _, ok := irregular[w]; ok {
		return !strings.HasSuffix(w, "ing")
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// titleVerb reads the verb a job title starts with ("Stack the chairs")
// when the text inflects it: "chairs stacked" is done, "stacking chairs"
// is under way.
func (a *analysis) titleVerb(refs jobRefs) Kind {
	for _, n := range refs.nums {
		verb, verb2 := a.v.jobs[n-1].verb, a.v.jobs[n-1].verb2
		if verb == "" {
			continue
		}
		for i := range a.t {
			w := a.w(i)
			past := pastStemOf[w] != "" && (pastStemOf[w] == verb || pastStemOf[w] == verb2) // "guests seen off"
			if a.social[i] || !past && stem(w) != verb && (verb2 == "" || stem(w) != verb2) || a.negated(i) {
				continue
			}
			switch {
			case past || pastForm(w):
				return Done
			case strings.HasSuffix(w, "ing"):
				return Doing
			}
		}
	}
	return ""
}

// doingIsTitlePast reports whether every word of starting in the text is
// the past of the verb a named job's title starts with: "opened the
// blinds" for "Open the blinds", "film started" for "Start the film". The
// job's own verb in the past says it is done, though "opened" and
// "started" elsewhere say something is under way.
func (a *analysis) doingIsTitlePast(refs jobRefs) bool {
	found := false
	for i := 0; i < len(a.t); i++ {
		n := a.startsAt(i, doingWords)
		if n == 0 {
			continue
		}
		found = true
		// One word of the match says it: "is open" is the state "open".
		said := false
		for k := i; k < i+n; k++ {
			w := a.w(k)
			if !a.negated(k) && (pastForm(w) && a.titleVerbOf(refs, stem(w)) || a.stateOfTitleVerb(refs, k)) {
				said = true
			}
		}
		if !said {
			return false
		}
		i += n - 1
	}
	return found
}

// resultStates are the states the verb a job title starts with leaves
// things in, by the verb's stem: "Close the blinds" leaves them shut,
// "Heat up the hot pot" leaves it hot.
var resultStates = map[string][]string{
	"clos":   {"shut", "closed"},
	"shut":   {"shut", "closed"},
	"open":   {"open", "opened"},
	"heat":   {"hot", "heated", "warm"},
	"warm":   {"warm", "hot", "warmed"},
	"fill":   {"full", "filled"},
	"lock":   {"locked"},
	"empty":  {"empty", "emptied"},
	"light":  {"lit"},
	"chill":  {"cold", "chilled"},
	"cool":   {"cold", "cool"},
	"charg":  {"charged"},
	"blow":   {"blown"},
	"inflat": {"inflated", "blown"},
	"start":  {"on"},
	"switch": {"on"},
	"turn":   {"on"},
	// Cleaning leaves things clean: "floor is clean" for "Sweep the floor".
	"wip":    {"clean", "spotless"},
	"wash":   {"clean", "spotless"},
	"sweep":  {"clean", "spotless"},
	"mop":    {"clean", "spotless"},
	"hoover": {"clean", "spotless"},
	"scrub":  {"clean", "spotless"},
	"tidy":   {"tidy", "clean"},
	// Laying leaves things down: "mats all down" for "Lay out the mats".
	stem("lay"): {"down"},
}

// verbStates are every state a title verb leaves things in.
var verbStates = func() map[string]bool {
	m := map[string]bool{}
	for _, states := range resultStates {
		for _, w := range states {
			m[w] = true
		}
	}
	return m
}()

// oppositeStates are the states that undo what a title verb does: lit
// pumpkins that are "out" have gone out; shut blinds that are "open" are
// not closed.
var oppositeStates = map[string][]string{
	"light":  {"out", "off"},
	"clos":   {"open", "opened"},
	"shut":   {"open", "opened"},
	"heat":   {"cold", "off"},
	"warm":   {"cold", "off"},
	"fill":   {"empty", "emptied"},
	"switch": {"off"},
	"turn":   {"off"},
	"start":  {"off"},
}

// doneIsOpposite reports whether every word of done in the text is a
// state opposite to the one a named job's title verb leaves things in.
func (a *analysis) doneIsOpposite(refs jobRefs) bool {
	if a.verbMatch(doneStrong) {
		return false
	}
	spans := a.spans(doneWeak)
	if len(spans) == 0 || len(refs.nums) == 0 {
		return false
	}
	for _, i := range spans {
		opposite := false
		for _, n := range refs.nums {
			opposite = opposite || slices.Contains(oppositeStates[a.v.jobs[n-1].verb], a.w(i))
		}
		if !opposite {
			return false
		}
	}
	return true
}

// stillState reports that every word of done or doing in the text is a
// state after "still" ("one blind is still open", "bar still up"): it
// says how things have stayed, not that a job was done or begun. "still
// setting up" is work and stays doing.
func (a *analysis) stillState() bool {
	found := false
	for _, table := range [][]phrase{doneStrong, doneWeak, doingWords} {
		for i := range a.t {
			if n := a.startsAt(i, table); n == 0 || a.negated(i) {
				continue
			}
			still := a.w(i-1) == "still" || (a.w(i-1) == "is" || a.w(i-1) == "are") && a.w(i-2) == "still" ||
				a.w(i-2) == "still" && (a.w(i-1) == "is" || a.w(i-1) == "are")
			if !still || strings.HasSuffix(a.w(i), "ing") {
				return false
			}
			found = true
		}
	}
	return found
}

// stateOfTitleVerb reports whether token i says the state a named job's
// title verb leaves things in, and is not the word that names the job's
// things: the first "hot" of "hot pot is piping hot" for "Heat up the hot
// pot" names the pot, the second says it is done.
func (a *analysis) stateOfTitleVerb(refs jobRefs, i int) bool {
	if a.social[i] {
		return false
	}
	w := a.w(i)
	if a.stateOfOtherThing(refs, i) {
		return false
	}
	for _, n := range refs.nums {
		j := a.v.jobs[n-1]
		ownWord := slices.Contains(j.title[1:], w) && slices.Contains(refs.idx, i)
		if slices.Contains(resultStates[j.verb], w) && !ownWord && (w != "on" || a.afterJobWords(refs, i) && a.onEnds(i)) {
			return true
		}
		if a.runningState(j, refs, i) {
			return true // "film is going" for "Start the film"
		}
		if j.verb2 != "" && slices.Contains(resultStates[j.verb2], w) && (a.w(i-1) == "is" || a.w(i-1) == "are") && !a.negated(i) {
			return true // "the hall is tidy" for "Collect the sticks and tidy up"
		}
	}
	return false
}

// resultState reports a statement that a named job's things are in the
// state its title verb leaves them in ("blinds all shut", "hot pot is
// piping hot now"), or that a title's little word ("Take down the
// bunting") follows the job's words ("bunting all down and back in the
// box"). Not asked, not denied.
func (a *analysis) resultState(refs jobRefs) bool {
	if a.question || a.questionStart() || len(refs.nums) == 0 {
		return false
	}
	for i := range a.t {
		if a.negated(i) {
			continue
		}
		if a.stateOfTitleVerb(refs, i) {
			return true
		}
		if endParticles[a.w(i)] && a.particleOfTitle(refs, i) && a.afterJobWords(refs, i) && !a.gerundBefore(i) {
			return true
		}
	}
	return false
}

// gerundBefore reports a word of work under way before token i: in
// "ticking people off" the "off" belongs to "ticking".
func (a *analysis) gerundBefore(i int) bool {
	for j := range i {
		if w := a.w(j); len(w) > 5 && strings.HasSuffix(w, "ing") && !notGerund[w] && !a.v.words[w] && !a.social[j] {
			return true
		}
	}
	return false
}

// particleOfTitle reports whether the little word at i is in the title of
// a named job.
func (a *analysis) particleOfTitle(refs jobRefs, i int) bool {
	for _, n := range refs.nums {
		if slices.Contains(a.v.jobs[n-1].title, a.w(i)) {
			return true
		}
	}
	return false
}

// afterJobWords reports whether token i follows a word that names a job
// and is not a general word ("people"), with at most "all", "is", "are",
// "now" between: "bunting all down".
func (a *analysis) afterJobWords(refs jobRefs, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if slices.Contains(refs.idx, j) {
			return !jobGeneric[a.w(j)]
		}
		switch a.w(j) {
		case "all", "is", "are", "now", "been", "has", "have", "got", "taken", "took", "come":
		default:
			return false
		}
	}
	return false
}

// jobHit is one job the text may mean.
type jobHit struct {
	num   int
	score float64
	idx   []int // tokens that named it
	full  bool  // the whole title was written
}

// matchJobs scores every job against the words of the text. A job is a
// candidate when a word that is not generic names it, or its whole title is
// written out.
func (a *analysis) matchJobs() []jobHit {
	var hits []jobHit
	mine := a.n.JobsOf(a.sender)
	// Where the thing of another job is, and where people are asked to
	// meet, worked out once for every token.
	elsewhere, meeting := make([]bool, len(a.t)), make([]bool, len(a.t))
	for i := range a.t {
		elsewhere[i], meeting[i] = a.placeOfOtherJob(i), a.meetingPlace(i)
	}
	for _, j := range a.v.jobs {
		h := jobHit{num: j.num}
		specific, object := false, false
		matched := map[string]bool{}
		for i := range a.t {
			if !a.jobWord(i) || a.purpose(i) || a.placeOfOther(i) || a.fastenedDown(i) || a.prepositionAt(i) || meeting[i] {
				continue
			}
			s := stem(a.w(i))
			for _, k := range j.keys {
				if matched[k.stem] || !sameStem(s, k.stem) || s != k.stem && verbStates[a.w(i)] {
					continue // "full" says how a thing is; it is no misspelt "fill"
				}
				if s != k.stem && english[a.w(i)] && !slipOf(a.w(i), k.word) {
					continue // "picked" is a word, not a misspelt "pack"
				}
				if s != k.stem && a.name(i) != (nameRef{}) {
					continue // "carl" is Carl, not a misspelt "call"
				}
				if k.stem != j.verb && !ingAlike(a.w(i), k.word) && endParticles[a.w(i+1)] && !j.followedBy(k.word, a.w(i+1)) {
					continue // "cutting out" is a doing, not the "cut-outs"; "cashing up" is "cash up"
				}
				if k.tail && placePreps[a.w(i-1)] {
					continue // "all on board" is no "scoreboards"
				}
				if k.stem != j.verb && (k.weight < 1 || a.w(i) != k.word && strings.HasSuffix(a.w(i), "ed")) && a.otherTitleVerbAt(j, i) {
					// "drawing" is "Draw the raffle", not a raffle word;
					// "coats ticketed" is "Ticket the coats", not the tickets.
					continue
				}
				matched[k.stem] = true
				w := k.weight
				if elsewhere[i] {
					w /= 4 // "flags up round the field": where the flags are
				}
				if k.stem == j.verb && a.w(i) != k.word && s != a.w(i) || k.stem != j.verb && a.otherPhrasalAt(j, i) {
					// "handing out" says what is being done; "lollies" says
					// which job. The title's first word written as it is may
					// name a thing: "DJ" of "DJ set 1".
					w /= 2
				} else {
					object = true
				}
				h.score += w / a.v.df[k.stem]
				h.idx = append(h.idx, i)
				specific = specific || (!k.generic && (!k.little || slices.Contains(mine, j.num)) || a.namesJob(i)) && !a.venueModifier(j.num, i)
				break
			}
		}
		if start := a.findSeq(j.title); start >= 0 {
			h.full = true
			h.score += 3
			for i := start; i < start+len(j.title); i++ {
				h.idx = append(h.idx, i)
			}
		}
		// "DJ set two": the number counts only with another title word.
		if j.titleNum > 0 && (specific || h.full) {
			for i := range a.t {
				if a.t[i].num == j.titleNum && !a.t[i].time {
					h.score++
					h.idx = append(h.idx, i)
					break
				}
			}
		}
		if (specific && object || h.full) && a.phrasalSaid(j) {
			h.score++ // "finished looking after them" is "Look after the band"
		}
		if specific && a.verbObjectAt(j) {
			h.score++ // "making candyfloss" is "Make the candyfloss"
		}
		if specific || h.full {
			hits = append(hits, h)
		}
	}
	sort.SliceStable(hits, func(x, y int) bool { return hits[x].score > hits[y].score })
	return hits
}

// otherPhrasalAt reports the word at i said as the verb and little word
// another job's title starts with: in "washing up now", "washing" is "Wash
// up the pots", and names the "hand-washing station" no more than that.
func (a *analysis) otherPhrasalAt(j jobInfo, i int) bool {
	s := stem(a.w(i))
	for _, o := range a.v.jobs {
		if o.num != j.num && len(o.title) > 1 && phrasalParticles[o.title[1]] && a.w(i+1) == o.title[1] && sameStem(s, o.verb) {
			return true
		}
	}
	return false
}

// namesJob reports a word said right before "job", or two before with
// another word between: "the home time job" names "Help people get home"
// though "home" and "time" are too common to name a job on their own.
func (a *analysis) namesJob(i int) bool {
	return a.w(i+1) == "job" || a.w(i+2) == "job" && !jobStop[a.w(i+1)] && !a.social[i+1]
}

// phrasalSaid reports whether the text says the verb and little word a
// job's title starts with ("Look after", "Take down"), in any tense, and
// no other job's title starts with them.
func (a *analysis) phrasalSaid(j jobInfo) bool {
	if j.verb == "" || len(j.title) < 2 || !phrasalParticles[j.title[1]] {
		return false
	}
	for _, o := range a.v.jobs {
		if o.num != j.num && o.verb == j.verb && len(o.title) > 1 && o.title[1] == j.title[1] {
			return false
		}
	}
	for i := 0; i+1 < len(a.t); i++ {
		if !a.social[i] && stem(a.w(i)) == j.verb && a.w(i+1) == j.title[1] && !a.negated(i) {
			return true
		}
	}
	return false
}

var phrasalParticles = set("after", "up", "down", "out", "off", "away", "round", "in", "over")

// jobWord reports whether token i may name a job: not social, not a
// number, and not one of the words that say what to do with a job.
func (a *analysis) jobWord(i int) bool {
	t := a.t[i]
	if t.w == "set" && setVerb[a.w(i+1)] || slices.Contains(a.fixed, i) {
		return false
	}
	if a.signOf(i) {
		return false // "wet floor sign is out" is a sign, not the floor of "Mop the floor"
	}
	return !a.social[i] && !t.emoji && !t.time && t.num == 0 && !jobStop[t.w] && !verbWords[t.w]
}

// purpose reports a word that names what the work was for, not the work:
// "speakers in, ready for the bollywood tunes", "hall all set for the
// disco". The words back to "ready for" may be the, my, our or other
// words of a name.
func (a *analysis) purpose(i int) bool {
	j := i - 1
	for k := 0; k < 3 && j >= 0 && a.w(j) != "for" && (determiners[a.w(j)] || a.jobWord(j)); k++ {
		j--
	}
	return a.w(j) == "for" && readyFor[a.w(j-1)]
}

// placePrepBefore finds the little word of place before the word at i,
// with or without a "the" between: "on the tables", "round field".
func (a *analysis) placePrepBefore(i int) (int, bool) {
	j := i - 1
	if determiners[a.w(j)] {
		j--
	}
	return j, wherePreps[a.w(j)]
}

// placeOfOther reports a word that says where some other thing is: "all
// the puddings are out on the tables" puts puddings, a thing no job
// names, on the tables; it is no news of a job on the tables.
func (a *analysis) placeOfOther(i int) bool {
	j, ok := a.placePrepBefore(i)
	if !ok {
		return false
	}
	for k := j - 1; k >= 0; k-- {
		w := a.w(k)
		if a.jobWord(k) && a.name(k) == (nameRef{}) && !a.v.stems[stem(w)] && !a.v.words[w] && !common[w] && !verbStates[w] {
			return true
		}
	}
	// "the lion is by the door": a thing no job names, even a common word,
	// said to be there.
	if k := j - 2; k >= 0 && isWords[a.w(j-1)] {
		w := a.w(k)
		return a.jobWord(k) && a.name(k) == (nameRef{}) && !a.v.stems[stem(w)] && !a.v.words[w] && !verbStates[w] &&
			!personWords[w] && !personNouns[w] && !jobStop[w]
	}
	return false
}

// prepositionAt reports a little word of place before "the" or "a": the
// "round" of "up round the hall" is no "rounds" of a quiz.
func (a *analysis) prepositionAt(i int) bool {
	return wherePreps[a.w(i)] && (determiners[a.w(i+1)] || possessives[a.w(i+1)])
}

// placeOfOtherJob reports the word at i, after a little word of place
// ("round", "in", "by" and a "the" or not), as where the thing of another
// job is: in "flags are all up round
// the field" the field is where the flags of "Put up the flags" are, not
// news of "Litter pick the field". The thing is said a few words before,
// with no word of done or started between: in "bar done, starting on the
// hall" the hall is news of its own.
func (a *analysis) placeOfOtherJob(i int) bool {
	j, ok := a.placePrepBefore(i)
	if !ok {
		return false
	}
	place := stem(a.w(i))
	for k := j - 1; k >= 0 && k >= j-5; k-- {
		w := a.w(k)
		if a.startsAny(k, doneStrong) || a.startsAny(k, doingWords) && !doneWeakWord[w] {
			return false
		}
		if !a.jobWord(k) || a.name(k) != (nameRef{}) || common[w] {
			continue
		}
		s := stem(w)
		for _, o := range a.v.jobs {
			thing, here := false, false
			for _, key := range o.keys {
				thing = thing || key.stem == s && key.stem != o.verb && !key.generic && !key.little
				here = here || key.stem == place
			}
			if thing && !here {
				return true
			}
		}
	}
	return false
}

// doneWeakWord are the one-word states of done, which may stand between a
// thing and where it is: "flags up round the field".
var doneWeakWord = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range doneWeak {
		if len(p) == 1 {
			m[p[0]] = true
		}
	}
	return m
}()

var (
	wherePreps = set("on", "in", "at", "by", "round", "around", "under", "onto", "into", "near", "beside", "behind")
	// readyFor end a job's news and say what it was for after "for".
	readyFor = set("ready", "set", "prepared", "sorted")
)

// setVerb follow "set" when it is the verb: "set up", "set out".
var setVerb = set("up", "out", "uo", "upp")

// verbWords say what happened to a job; they never name one.
var verbWords = func() map[string]bool {
	m := map[string]bool{}
	for _, table := range [][]phrase{doneStrong, doneWeak, doingWords, undoStrong} {
		for _, p := range table {
			if len(p) == 1 && p[0] != "set" {
				m[p[0]] = true
			}
		}
	}
	return m
}()

// sameStem matches stems exactly, or one edit apart when both are at least
// four letters and start alike ("sings" for "signs").
func sameStem(s, k string) bool {
	if s == k {
		return true
	}
	if len(s) < 4 || len(k) < 4 || s[0] != k[0] || conceptWords[s] || everydayStem[s] {
		return false
	}
	return distance(s, k, 1) <= 1
}

// conceptWords already mean something to the lexicon (a problem word, a
// greeting), so they are never read as a misspelt job word.
var conceptWords = conceptLexicon()

// jobNumbers finds job numbers written in the text: "DONE 4", "job #4",
// "number four", "4 done". A number next to a count word ("2 people") is
// not a job. Numbers already read as part of a title are skipped.
func (a *analysis) jobNumbers(titled []int, hits []jobHit) (nums []int, idx []int) {
	firm := a.firmTokens()
	for i, t := range a.t {
		if t.num <= 0 || t.time || t.ord || slices.Contains(titled, i) || slices.Contains(firm, i) {
			continue // the 2 of "A2B Cars" is a firm's name, not job 2
		}
		if countWords[a.w(i+1)] || a.w(i-1) == "no" && a.t[i].w == "one" && !numberAfter[a.w(i+1)] {
			continue // "no one slipped" is nobody, not job 1
		}
		if !t.mark && (a.countNoun(i+1) || a.numberAt(i-1) || a.numberAt(i+1)) {
			continue // "2 sugars", "tested 1 2 1 2": counting, not a job
		}
		if numberedThings[a.w(i-1)] && !t.mark {
			continue // "round 1 has started" is the quiz's round, not job 1
		}
		if !t.mark && (a.tooAtEnd(i, hits) || a.whichOne(i, hits)) {
			continue // "helmet table reddy all the pads out 2": too, not job 2
		}
		if t.mark || a.w(i-1) == "job" || a.w(i-1) == "jobs" || a.nextToVerb(i) || a.onlyNumber(i) {
			nums = append(nums, t.num)
			idx = append(idx, i)
		}
	}
	return nums, idx
}

// tooAtEnd reports a "2" that ends a text which names a job by its own
// words: said by ear, it is "too" ("all the pads out 2").
func (a *analysis) tooAtEnd(i int, hits []jobHit) bool {
	if a.t[i].raw != "2" || i == a.firstContent() || !a.lastContent(i) || a.w(i-1) == "job" || a.w(i-1) == "number" {
		return false
	}
	return namedBesides(hits, i)
}

// whichOne reports "one" spelt out that says which of some things, in a
// text that names a job by its own words: "the ticket office one and the
// way out one" are signs, not job 1.
func (a *analysis) whichOne(i int, hits []jobHit) bool {
	if a.t[i].raw != "one" || a.w(i-1) == "job" || a.w(i-1) == "number" || a.w(i-1) == "no" {
		return false
	}
	the := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		the = the || a.w(k) == "the" || a.w(k) == "that" || a.w(k) == "this"
	}
	return the && namedBesides(hits, i)
}

// namedBesides reports a job of hits named by its own words, not the
// word at i.
func namedBesides(hits []jobHit, i int) bool {
	return slices.ContainsFunc(hits, func(h jobHit) bool { return h.score >= 1 && !slices.Contains(h.idx, i) })
}

// numberAt reports a number, not a time, at i.
func (a *analysis) numberAt(i int) bool {
	return i >= 0 && i < len(a.t) && a.t[i].num > 0 && !a.t[i].time
}

// countNoun reports a word that says what a number before it counts: a
// plain plural such as "sugars" or "kids", never a word of done ("4 is
// done") or a thank-you.
func (a *analysis) countNoun(i int) bool {
	if i >= len(a.t) || a.social[i] {
		return false
	}
	w := a.w(i)
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && english[w] &&
		!verbWords[w] && !fillerAfterNumber[w] && !isWords[w]
}

// numberedThings come before a number that names one of them: "round 1",
// "table 4", "lane 2".
var numberedThings = set("round", "table", "lane", "question", "team", "song", "act", "game", "level", "room",
	"hole", "court", "group", "page", "part", "track", "channel", "heat", "race", "stall", "door", "gate", "bus")

// countWords follow a number that counts things rather than naming a job.
var countWords = set("people", "ppl", "of", "mins", "minutes", "min", "hours", "hour", "pm", "am",
	"oclock", "tables", "chairs", "times", "x", "guests", "more", "left", "secs", "seconds", "percent")

// nextToVerb reports whether number i sits right by a done or doing word:
// "done 4", "4 done", "4 is done now".
func (a *analysis) nextToVerb(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if a.isJobVerb(j) {
			return true
		}
		if !fillerBeforeNumber[a.w(j)] {
			break
		}
	}
	for j := i + 1; j < len(a.t) && j <= i+3; j++ {
		if a.isJobVerb(j) {
			return true
		}
		if !fillerAfterNumber[a.w(j)] {
			break
		}
	}
	return false
}

var (
	fillerBeforeNumber = set("the", "job", "jobs", "number", "no", "#", "with", "on")
	fillerAfterNumber  = set("is", "now", "all", "has", "been", "was", "its", "it", "job", "thats", "that",
		"and", "are")
)

func (a *analysis) isJobVerb(i int) bool { return verbWords[a.w(i)] && !phraseWord(undoStrong, a.w(i)) }

// onlyNumber reports whether number i is all the text says, apart from
// social words: a bare "4".
func (a *analysis) onlyNumber(i int) bool {
	for j := range a.t {
		if j != i && !a.social[j] && !ackWords[a.w(j)] && a.w(j) != "job" && a.w(j) != "number" && a.w(j) != "no" && a.w(j) != "#" {
			return false
		}
	}
	return true
}

func phraseWord(table []phrase, w string) bool {
	for _, p := range table {
		if len(p) == 1 && p[0] == w {
			return true
		}
	}
	return false
}

// workGerund reports a doing word of work near the start of a text that
// names a job: "stacking the chairs away now", "wiping tables". Words of
// going, coming or feeling ("leaving", "loving") are not work.
//
// Any other doing word counts when it leads the text, right before the
// job's own words: "flippin burgers", "handing round the mince pies now".
// A word that names one of the jobs ("bunting", "seating") is a thing.
func (a *analysis) workGerund(refs jobRefs) bool {
	var own []int
	if len(refs.nums) > 0 {
		own = a.jobTokens(refs.nums[0])
	}
	first := len(a.t)
	if len(own) > 0 {
		first = slices.Min(own)
	}
	for k, i := range a.content() {
		if k > 2 {
			break
		}
		w := a.w(i)
		if len(w) <= 5 || !strings.HasSuffix(w, "ing") || notGerund[w] || conceptWords[w] || a.negated(i) ||
			slices.Contains(own, i) || a.name(i) != (nameRef{}) {
			continue
		}
		base := suffixStem(w)
		if everyday[base] || everyday[base+"e"] || a.titleVerbOf(refs, stem(w)) ||
			i < first && first-i <= 3 && !a.v.words[w] && !slices.Contains(refs.idx, i) && !feelingGerund[w] {
			return true
		}
		if slices.Contains(refs.idx, i) && i < first {
			return true // "handing" of "Hand out sun cream", before "mince pies"
		}
	}
	return false
}

// feelingGerund say how someone feels or what they wait for, not work:
// "loving the music".
var feelingGerund = set("loving", "enjoying", "liking", "hating", "wanting", "hoping", "feeling", "waiting",
	"missing", "needing", "thinking", "wondering", "dreading", "fancying", "craving")

// jobTokens are the tokens that name job num, as matchJobs found them.
func (a *analysis) jobTokens(num int) []int {
	for _, h := range a.matchJobs() {
		if h.num == num {
			return h.idx
		}
	}
	return nil
}

// titleVerbOf reports whether s is the stem of the verb a named job's
// title starts with.
func (a *analysis) titleVerbOf(refs jobRefs, s string) bool {
	for _, n := range refs.nums {
		if a.v.jobs[n-1].verb == s {
			return true
		}
	}
	return false
}

// everydayStem are the stems of everyday words: a real word such as
// "stacking" is never a slip for another ("snack").
var everydayStem = func() map[string]bool {
	m := map[string]bool{}
	for w := range everyday {
		m[stem(w)] = true
	}
	return m
}()

// pastBesideJob reports a verb in the past, of any kind, told right beside
// the words of the one job named: "grill scrubbed clean", "polished the
// trophies", "got all the empty glasses back to the bar". A past word of
// trouble, of wanting or of starting says nothing done.
func (a *analysis) pastBesideJob(refs jobRefs) bool {
	if a.holdsClaim() != "" {
		return false // "nail varnish all wiped off the table" sorts their problem
	}
	own := a.jobTokens(refs.nums[0])
	for _, i := range a.content() {
		w := a.w(i)
		if !pastForm(w) || slices.Contains(own, i) || a.negated(i) || alarmWords[w] || notDonePast[w] || a.name(i) != (nameRef{}) ||
			w == "got" && gotPlace[a.w(i+1)] {
			continue // "got to the hall"
		}
		if j := a.v.jobs[refs.nums[0]-1]; (a.w(i+1) == "a" || a.w(i+1) == "an") && stem(w) != j.verb && pastStemOf[w] != j.verb {
			continue // "i got a hole in one", "i made a pot like a cat": one thing of the sender's
		}
		// Right before the job's words, with at most "all the" between,
		// or right after them.
		for j := i + 1; j <= i+3 && j < len(a.t); j++ {
			if slices.Contains(own, j) {
				return true
			}
			if !jobStop[a.w(j)] && a.w(j) != "all" {
				break
			}
		}
		if slices.Contains(own, i-1) && !a.actedOnPerson(i) {
			return true
		}
	}
	return false
}

// notDonePast are past words that tell of no job done.
var notDonePast = set("tried", "wanted", "needed", "asked", "forgot", "started", "stopped", "called", "cancelled",
	"canceled", "delayed", "postponed", "moved", "changed", "booked", "planned", "expected", "supposed",
	"excited", "bored", "tired", "scared", "worried", "annoyed", "used", "went", "gone", "came", "told",
	"said", "wondered", "hoped", "liked", "loved", "hated", "missed", "lost", "left", "found", "seen", "saw",
	"heard", "thought", "meant", "enjoyed", "arrived", "dropped", "picked")

// gotPlace follow "got" when it tells of arriving: "got to the hall".
var gotPlace = set("to", "in", "into", "here", "there", "home", "back", "inside")

// onlyTitleVerbs reports jobs named by nothing but the verb their titles
// start with: "all clean now" names "Clean up the hall" only by "clean".
func (a *analysis) onlyTitleVerbs(refs jobRefs) bool {
	for _, n := range refs.nums {
		for _, i := range a.jobTokens(n) {
			if stem(a.w(i)) != a.v.jobs[n-1].verb {
				return false
			}
		}
	}
	return len(refs.nums) > 0
}

// placingVerbs start titles that put things somewhere: "Put the cakes on
// stands", "Lay the cloths on the tables".
var placingVerbs = set("put", "lay", "place", "pop", "stick", "hang", "load", "move", "carry", "bring", "stack", "pack",
	"store", "lock", "line")

// placeWords say where a title puts its things.
var placeWords = set("on", "in", "into", "onto", "round", "around", "under", "back", "inside", "beside")

// placedFiller may stand between the things and where they are: "cakes
// all on the stands now", "games r back in".
var placedFiller = set("all", "are", "is", "now", "been", "both", "were", "already")

// placedAsTitle are the named jobs whose titles put things somewhere and
// whose things the text says are there: the thing, then a word of place of
// the title's own ("cakes on stands" for "Put the cakes on stands",
// "games back in the shed" for "Put the games back in the shed"). What
// is asked or denied is not placed.
func (a *analysis) placedAsTitle(refs jobRefs) []int {
	if a.asking() {
		return nil
	}
	var out []int
	for _, n := range refs.nums {
		title := a.v.jobs[n-1].title
		if a.putOutOnSurface(title, refs) {
			out = append(out, n) // "statues r on the table" for "Put out the golden statues"
			continue
		}
		if len(title) < 3 || !placingVerbs[title[0]] {
			continue
		}
		p := slices.IndexFunc(title[1:], func(w string) bool { return placeWords[w] }) + 1
		if p < 2 {
			continue
		}
		var things []string
		for _, w := range title[1:p] {
			if !jobStop[w] {
				things = append(things, stem(w))
			}
		}
		if len(things) == 0 {
			continue
		}
		for _, i := range refs.idx {
			if !slices.ContainsFunc(things, func(s string) bool { return sameStem(stem(a.w(i)), s) }) {
				continue
			}
			k := i + 1
			for k < len(a.t) && placedFiller[a.w(k)] {
				k++
			}
			if k < len(a.t) && slices.Contains(title[p:], a.w(k)) && placeWords[a.w(k)] && !a.negated(k) && !a.negated(i) &&
				a.placeNounFits(title, p, k) {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// placeOnly reports a word that names, in every named job, only where a
// placing title puts its things: "oven" of "Put the pizzas in the oven".
func (a *analysis) placeOnly(refs jobRefs, i int) bool {
	s := stem(a.w(i))
	found := false
	for _, n := range refs.nums {
		title := a.v.jobs[n-1].title
		p := slices.IndexFunc(title, func(w string) bool { return placeWords[w] })
		has := func(ws []string) bool {
			return slices.ContainsFunc(ws, func(w string) bool { return sameStem(s, stem(w)) })
		}
		switch {
		case !has(title):
			continue
		case len(title) < 3 || !placingVerbs[title[0]] || p < 2 || has(title[:p]) || !has(title[p:]):
			return false
		}
		found = true
	}
	return found
}

// otherOwnVerb is another of the sender's jobs whose title verb the text
// says, in the past or under way, when the one job named neither has
// that verb nor had its own said: "swept up all the glitter" from someone
// who helps at the glitter table and sweeps the floor may be either. Verbs
// too general to tell jobs apart ("put", "run") are left out.
func (a *analysis) otherOwnVerb(refs jobRefs) (int, bool) {
	if len(refs.nums) != 1 || a.holdsClaim() != "" {
		return 0, false // "wiped up the mats all good now" sorts their problem
	}
	named := a.v.jobs[refs.nums[0]-1]
	var said []string
	for _, i := range a.content() {
		w := a.w(i)
		if a.negated(i) || !pastForm(w) && !(len(w) > 5 && strings.HasSuffix(w, "ing")) {
			continue
		}
		s := stem(w)
		if len(w) > 4 && strings.HasSuffix(w, "ied") {
			s = stem(w[:len(w)-3] + "y") // "emptied" is "empty"
		}
		if s == named.verb || s == named.verb2 || slices.ContainsFunc(named.title, func(t string) bool { return stem(t) == s }) {
			return 0, false // its own verb or word: "poured the lemonade"
		}
		said = append(said, s)
	}
	for _, m := range a.n.JobsOf(a.sender) {
		if m == named.num || m < 1 || m > len(a.v.jobs) {
			continue
		}
		o := a.v.jobs[m-1]
		if o.verb != "" && !jobStop[o.title[0]] && slices.Contains(said, o.verb) {
			return m, true
		}
	}
	return 0, false
}

// venueModifier reports the word at i as a word of the venue's name that
// in job n's title only says which thing: "barn" of "Welcome people at the
// barn door" at Meadow Barn. Said alone ("luv this barn") it is the venue.
func (a *analysis) venueModifier(n, i int) bool {
	return containsWord(lowerWord(a.n.Venue), a.w(i)) && a.modifierInTitle(n, i) && !a.headOfTitle(n, i)
}

// meetingPlace reports the word at i as where people are asked to come:
// "can everyone come to the snack table" names a place to meet, not the
// job of setting up the snack table.
func (a *analysis) meetingPlace(i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		switch w := a.w(k); {
		case w == "to" || w == "at" || w == "by" || w == "round":
			return meetVerbs[a.w(k-1)] || a.w(k-1) == "over" && meetVerbs[a.w(k-2)]
		case !determiners[w] && !a.jobWord(k):
			return false
		}
	}
	return false
}

// meetVerbs ask people to gather somewhere.
var meetVerbs = set("come", "meet", "gather", "join")

// verbObjectLead start the thing a verb of a title takes: "count the
// money", "put up bunting".
var verbObjectLead = set("the", "a", "an", "up", "out", "away", "down", "off", "all", "any", "some", "round", "everyone")

// putOutOnSurface reports the things of a title that puts them out ("Put
// out the golden statues") said to be on a table or a side: "all the gold
// statues r on the table now". Where they were put is the job done.
func (a *analysis) putOutOnSurface(title []string, refs jobRefs) bool {
	if len(title) < 3 || !placingVerbs[title[0]] || title[1] != "out" || slices.ContainsFunc(title[2:], func(w string) bool { return placeWords[w] }) {
		return false
	}
	for _, i := range refs.idx {
		if !slices.ContainsFunc(title[2:], func(w string) bool { return !jobStop[w] && sameStem(stem(a.w(i)), stem(w)) }) {
			continue
		}
		k := i + 1
		for k < len(a.t) && placedFiller[a.w(k)] {
			k++
		}
		if a.w(k) != "on" || a.negated(k) || a.negated(i) {
			continue
		}
		k++
		if a.w(k) == "the" || a.w(k) == "a" || a.w(k) == "each" || a.w(k) == "every" || a.w(k) == "all" {
			k++
		}
		if surfaces[a.w(k)] && a.w(k+1) != "in" && a.w(k+1) != "still" && !a.has(notPutOut) {
			return true
		}
	}
	return false
}

var (
	// surfaces are where things are put out for people.
	surfaces = set("table", "tables")
	// notPutOut say things are stored, not put out, or lit.
	notPutOut = ph("still", "boxes", "box", "lit", "in the office", "in the kitchen", "in the cupboard", "stacked")
)
