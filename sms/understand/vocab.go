package understand

import (
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// staticTargets are the lexicon's words that a misspelling may be corrected
// to, bucketed by length. Built once; never changed.
var staticTargets = buildTargets()

// target is a word a misspelling may be corrected to, with the set of its
// letters for a quick check.
type target struct {
	w   string
	bag uint32
}

// letters is the set of letters in an ASCII word, one bit per letter.
func letters(w string) uint32 {
	var bag uint32
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			bag |= 1 << (c - 'a')
		}
	}
	return bag
}

// staticKnown is every word the lexicon or the common word list knows.
var staticKnown = buildKnown()

// lexiconWords is every word the fixed lexicon uses, synonyms included.
func lexiconWords() map[string]bool {
	words := conceptLexicon()
	for w, ws := range synonyms {
		words[w] = true
		for _, s := range ws {
			words[s] = true
		}
	}
	return words
}

// conceptLexicon is every word that says what a text asks for: the
// phrases, problem words, text speak and numbers.
func conceptLexicon() map[string]bool {
	words := map[string]bool{}
	for _, table := range [][]phrase{
		undoStrong, undoWeak, claimStrong, claimMoving, claimShort, sortedStrong, sortedWeak, hereWords, leaveWords,
		statusWords, jobsAsk, jobList, bareVerbs, sortedJob, doneStrong, doneWeak, doingWords, doneNegated, socialPhrases,
		unwellPhrases, spillPhrases, musicPhrases, latePhrases, arrivePhrases, lostPhrases,
		missingStrong, missingNeedsPerson, upsetPhrases, otherPhrases, helpGiven, rideGone, rideInCar, pickupArrived,
		lostProperty,
	} {
		for _, p := range table {
			for _, w := range p {
				words[w] = true
			}
		}
	}
	for _, s := range []map[string]bool{
		greetings, socialWords, ackWords, unwellWords, spillWords, musicThings, musicTrouble, taxiWords,
		pickupWords, lateWords, propNouns, lostVerbs, personNouns, upsetWords, otherWords, willVerbs,
		foodThings, failVerbs, machineWords, boxWords, joyWords, careWords,
	} {
		for w := range s {
			words[w] = true
		}
	}
	for _, v := range textSpeak {
		for _, w := range strings.Fields(v) {
			words[w] = true
		}
	}
	for w := range numberWords {
		words[w] = true
	}
	for w := range ordinalWords {
		words[w] = true
	}
	return words
}

func buildTargets() map[int][]target {
	out := map[int][]target{}
	for w := range lexiconWords() {
		if isAlpha(w) {
			out[len(w)] = append(out[len(w)], target{w: w, bag: letters(w)})
		}
	}
	for _, ts := range out {
		sort.Slice(ts, func(i, j int) bool { return ts[i].w < ts[j].w })
	}
	return out
}

func buildKnown() map[string]bool {
	known := lexiconWords()
	for w := range common {
		known[w] = true
	}
	for w := range everyday {
		known[w] = true
	}
	for w := range textSpeak {
		known[w] = true
	}
	return known
}

// knownStatic reports whether w is a word of the fixed lexicon.
func knownStatic(w string) bool { return staticKnown[w] }

func isAlpha(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

// vocab is what one night adds to the lexicon: its names, jobs, rides and
// timeline, read with the same normaliser as the texts.
type vocab struct {
	words map[string]bool // night words a misspelling may be corrected to
	stems map[string]bool // stems of the night's job words
	names map[string][]nameRef
	jobs  []jobInfo
	df    map[string]float64 // how many jobs share a keyword
	items []itemInfo
	// phrases are the word sequences that name one thing of the night: each
	// job title, timeline item and the venue ("The Old Fire Station").
	phrases [][]string
}

// nameRef is a team member or guest a first name points at.
type nameRef struct {
	person string // team person id
	ride   string // ride id (a guest going home)
}

func newVocab(n *night.Night) *vocab {
	v := &vocab{words: map[string]bool{}, stems: map[string]bool{}, names: map[string][]nameRef{},
		df: map[string]float64{}}
	for _, p := range n.People {
		v.addName(p.Name, nameRef{person: p.ID})
	}
	for _, r := range n.Rides {
		v.addName(r.Name, nameRef{ride: r.ID})
	}
	for _, j := range n.Jobs {
		info := newJobInfo(j)
		for _, k := range info.keys {
			v.df[k.stem]++
			v.stems[k.stem] = true
			if isAlpha(k.word) {
				v.words[k.word] = true
			}
		}
		v.jobs = append(v.jobs, info)
	}
	for _, info := range v.jobs {
		v.phrases = append(v.phrases, info.title)
	}
	var venue []string
	for _, t := range titleTokens(n.Venue) {
		venue = append(venue, t.w)
		if isAlpha(t.w) {
			v.words[t.w] = true // "station" is the venue's word, not a misspelt "static"
		}
	}
	v.phrases = append(v.phrases, venue)
	for _, it := range n.Timeline {
		info := newItemInfo(it)
		for _, w := range info.words() {
			if isAlpha(w) {
				v.words[w] = true
			}
		}
		v.items = append(v.items, info)
		var words []string
		for _, t := range titleTokens(it.Title) {
			words = append(words, t.w)
		}
		v.phrases = append(v.phrases, words)
	}
	v.addShortNames(n)
	return v
}

func (v *vocab) addName(name string, ref nameRef) {
	toks := titleTokens(name)
	if len(toks) == 0 {
		return
	}
	first := toks[0].w
	v.names[first] = append(v.names[first], ref)
	if isAlpha(first) {
		v.words[first] = true
	}
}

// addShortNames adds the everyday short form of a team member's name when
// only one of the team has a name it is short for: "kev" for Kevin. Only
// short forms that are no everyday word are known (not "will" or "pat"),
// and none that the night uses as a word of its own, or as a name already.
// Guests are not given short forms: "van" is a van before it is Vanessa.
func (v *vocab) addShortNames(n *night.Night) {
	first := make([]string, len(n.People))
	for i, p := range n.People {
		first[i] = firstWord(p.Name)
	}
	for short, fulls := range shortNames {
		if v.names[short] != nil || v.words[short] {
			continue
		}
		var refs []nameRef
		for i, p := range n.People {
			if slices.Contains(fulls, first[i]) {
				refs = append(refs, nameRef{person: p.ID})
			}
		}
		if len(refs) == 1 {
			v.names[short] = refs
		}
	}
}

// shortNames are everyday short forms of first names and the names they
// stand for.
var shortNames = map[string][]string{
	"kev": {"kevin"}, "dave": {"david"}, "steve": {"steven", "stephen"}, "mike": {"michael"},
	"chris": {"christopher", "christine", "christina"}, "tom": {"thomas"}, "jim": {"james"}, "jon": {"jonathan"},
	"matt": {"matthew"}, "ben": {"benjamin"}, "sam": {"samantha", "samuel"}, "dan": {"daniel"}, "danny": {"daniel"},
	"liz": {"elizabeth"}, "beth": {"bethany", "elizabeth"}, "kate": {"katherine", "kathryn", "catherine"},
	"katie": {"katherine", "kathryn", "catherine"}, "jen": {"jennifer"}, "jess": {"jessica"}, "becky": {"rebecca"},
	"bex": {"rebecca"}, "pete": {"peter"}, "tony": {"anthony"}, "mags": {"margaret"}, "gaz": {"gary", "gareth"},
	"baz": {"barry"}, "alex": {"alexander", "alexandra"}, "charlie": {"charlotte", "charles"}, "vic": {"victoria"},
	"andy": {"andrew"}, "fran": {"frances", "francesca"}, "lou": {"louise", "louisa"}, "rach": {"rachel"},
	"abi": {"abigail"}, "debs": {"deborah", "debbie"}, "jackie": {"jacqueline"}, "ollie": {"oliver"},
	"olly": {"oliver"}, "tash": {"natasha"}, "nicky": {"nicola"}, "shaz": {"sharon"}, "nath": {"nathan"},
	"josh": {"joshua"}, "zak": {"zachary"}, "kez": {"kerry"},
}

// firstWord is the first word of a name, as the team says it.
func firstWord(name string) string {
	if toks := titleTokens(name); len(toks) > 0 {
		return toks[0].w
	}
	return ""
}

// known reports whether w, or the word it is an ending of ("sweeping",
// "stacked"), is a word the lexicon or the night knows.
func (v *vocab) known(w string) bool {
	if staticKnown[w] || v.words[w] || v.names[w] != nil {
		return true
	}
	s := stem(w)
	if s == w {
		return false
	}
	// "taking", "wiped", "served": the ending took an e off the word.
	return v.knownBase(s) || (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && v.knownBase(s+"e")
}

func (v *vocab) knownBase(s string) bool {
	return common[s] || everyday[s] || conceptWords[s] || v.words[s] || v.stems[s]
}

// inflected mends an ending typed the way it is said: "makin", "putin"
// (a dropped g), "washd", "stackd" (a dropped e), "fild", "spild" (a
// dropped e and a double letter said as one), "spotlite" (-ight spelt as
// it sounds). The word keeps its
// tense, which says whether a job is under way or done; mending "washd"
// to "wash" would lose it.
func (v *vocab) inflected(w string) string {
	n := len(w)
	switch {
	case n >= 5 && strings.HasSuffix(w, "in"):
		if g := w + "g"; v.known(g) || (english[g] || english[stem(g)] || english[stem(g)+"e"]) && !english[w] && !v.nightWordNear(w) {
			return g // "glowin" is glowing, even when the night says "blowing"; "curtin" is the night's curtain
		}
		if g := w[:n-2] + w[n-3:n-2] + "ing"; v.known(g) { // "putin" is "putting"
			return g
		}
		if w[n-3] == w[n-4] && !isVowel(w[n-3]) && w[n-3] != 'l' && w[n-3] != 's' {
			return w + "g" // "flippin": a doubled letter before -in is an -ing word
		}
	case n >= 4 && strings.HasSuffix(w, "ite"):
		if g := w[:n-3] + "ight"; v.known(g) { // "spotlite" is "spotlight"
			return g
		}
	case n >= 4 && strings.HasSuffix(w, "d") && !strings.HasSuffix(w, "ed") && !isVowel(w[n-2]):
		single, double := w[:n-1]+"ed", w[:n-1]+w[n-2:n-1]+"ed"
		if v.known(single) && (english[single] || !english[double]) {
			return single
		}
		if v.known(double) { // "fild" is "filled", "stopd" is "stopped"
			return double
		}
	}
	return ""
}

// nightWordNear reports a word of the night's own one slip from w.
func (v *vocab) nightWordNear(w string) bool {
	for nw := range v.words {
		if len(nw) >= 4 && distance(nw, w, 1) <= 1 {
			return true
		}
	}
	return false
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// correct replaces words nobody would write on purpose with the nearest word
// the lexicon or the night knows: Damerau-Levenshtein distance 1 for words
// of 4 to 6 letters, 2 from 7 when the first letter agrees. Ties stay as
// typed, so a guess is never made between two equally likely words.
func (v *vocab) correct(toks []token) {
	seen := map[string]string{}
	for i := range toks {
		t := &toks[i]
		if t.emoji || t.time || !isAlpha(t.w) || len(t.w) > maxWord {
			continue
		}
		if (t.poss || strings.HasSuffix(t.w, "s")) && !v.known(t.w) {
			if base := strings.TrimSuffix(t.w, "s"); v.names[base] != nil {
				continue // a possessive name: "jos taxi"
			} else if _, ok := v.soundAlike(base); ok {
				continue // "joes taxi" is Jo's, not "jobs taxi"
			}
		}
		if u := v.redoubled(t.w); u != "" {
			t.w, t.fixed = u, true
			continue
		}
		if t.w == "al" && v.names["al"] == nil {
			t.w, t.fixed = "all", true // "al dun"; Al, when the night has one, keeps his name
			continue
		}
		if short := v.shortFor(t.w); short != "" && !v.words[t.w] && v.inflected(t.w) == "" {
			t.w, t.fixed = short, true // "dinos" for the night's "dinosaur"
			continue
		}
		if v.known(t.w) {
			continue
		}
		best, ok := seen[t.w]
		if !ok {
			best = v.thSaidAsF(t.w)
			if best == "" {
				best = v.silentK(t.w) // "nocked" is "knocked" before it is a slip for "socked"
			}
			if best == "" {
				best = v.silentG(t.w) // "sines" is "signs" before it is a slip for "sinks"
			}
			if best == "" {
				best = v.inflected(t.w)
			}
			if u := v.redoubled(best); u != "" {
				best = u // "commin" is "comming" is "coming"
			}
			if best == "" {
				best = v.erSaidAsA(t.w)
			}
			if best == "" {
				best = v.stemSlip(t.w)
			}
			if best == "" {
				best = v.silentLetter(t.w)
			}
			if best == "" {
				best = v.nearest(t.w)
			}
			if best == "" {
				best = undoByEar(t.w)
			}
			if best == "" && len(t.w) >= 5 && strings.HasSuffix(t.w, "in") {
				// "werkin": the g dropped and a letter spelt as heard.
				if g := v.nearest(t.w + "g"); strings.HasSuffix(g, "ing") {
					best = g
				}
			}
			seen[t.w] = best
		}
		if best != "" && english[t.w] && (!slipOf(t.w, best) || tenseOf(t.w) != tenseOf(best)) {
			// "dancer" is a word, not a slip for "danger"; "arrives" is
			// not "arrived": the tense says whether it happened.
			best = ""
		}
		if best != "" {
			t.w, t.fixed = best, true
		}
	}
}

// silentLetter mends a word written without the k nobody says whose
// ending is spelt by ear too: "nockd" is "knocked". Only a word nobody
// knows is mended, to a word the lexicon or the night knows. (A word that
// is known with its k put back, "nife", silentK mends first.)
func (v *vocab) silentLetter(w string) string {
	if len(w) < 3 || w[0] != 'n' {
		return ""
	}
	return v.inflected("k" + w)
}

// silentK is w with the silent k put back, when that is a word known as
// it stands or an English word: "nocked" is "knocked", "nife" is "knife",
// "nitting" is "knitting" (not "nothing", one slip further).
func (v *vocab) silentK(w string) string {
	if len(w) < 3 || w[0] != 'n' || !v.known("k"+w) && !english["k"+w] {
		return ""
	}
	return "k" + w
}

// silentG mends a word whose silent g was left out, its long i shown by
// an e instead: "sines" is "signs", "desine" is "design". Only a word
// nobody knows is mended, to a word the lexicon or the night knows.
func (v *vocab) silentG(w string) string {
	i := strings.LastIndex(w, "ine")
	if i < 1 {
		return ""
	}
	if c := w[:i] + "ign" + w[i+3:]; v.known(c) {
		return c
	}
	return ""
}

// thSaidAsF mends a "th" written as it is often said, "f": "frowing" is
// "throwing", "fings" is "things". Only a word nobody knows is mended, to
// a word the lexicon or the night knows.
func (v *vocab) thSaidAsF(w string) string {
	if len(w) < 4 || w[0] != 'f' {
		return ""
	}
	if c := "th" + w[1:]; v.known(c) {
		return c
	}
	if c := "th" + w[1:] + "g"; strings.HasSuffix(w, "in") && v.known(c) {
		return c // "frowin"
	}
	return ""
}

// shortFor reads a word cut short as the one word of the night's jobs it
// starts: "dinos" for "dinosaur", "decs" for "decorations". The short
// form must be at least four letters and start no other word of the night.
func (v *vocab) shortFor(w string) string {
	base := strings.TrimSuffix(w, "s")
	if len(base) < 4 || english[base] || english[w] || v.names[base] != nil || v.names[w] != nil || v.stems[stem(w)] {
		return "" // "stans" is Stan's
	}
	if _, ok := v.soundAlike(base); ok {
		return ""
	}
	found := ""
	for c := range v.words {
		if len(c) <= len(base)+1 || !strings.HasPrefix(c, base) || !v.stems[stem(c)] {
			continue
		}
		if found != "" && stem(found) != stem(c) {
			return "" // "cho" may be "chocolate" or "chorus"
		}
		if found == "" || len(c) < len(found) {
			found = c
		}
	}
	return found
}

// stemSlip mends a slip in the verb of "-ing" or "-ed" word when the verb,
// mended, is a verb of the night's jobs: "woshing" is "washing" on a night
// with "Wash the cups", not the nearest word of the lexicon ("working",
// which would say a job is done).
func (v *vocab) stemSlip(w string) string {
	for _, end := range []string{"ing", "ed"} {
		base, ok := strings.CutSuffix(w, end)
		if !ok || len(base) < 3 {
			continue
		}
		found := ""
		for c := range v.stems {
			if len(c) < 3 || c == base || distance(base, c, 1) != 1 {
				continue
			}
			if found != "" && found != c {
				return "" // two verbs of the night: no guess
			}
			found = c
		}
		if found == "" {
			continue
		}
		for _, cand := range []string{found + end, found + "e" + end[1:], found + found[len(found)-1:] + end} {
			if v.known(cand) || english[cand] {
				return cand
			}
		}
	}
	return ""
}

// redoubled mends a letter typed twice that is said once, or once that
// is written twice: "comming", "sortted", "gonne", "colecting", "runing".
// The word must not be one the lexicon, the night or the word list knows
// (it may still look known by its ending: "comming" ends like "com"), and
// only one English word (or word of the night) may come of it.
func (v *vocab) redoubled(w string) string {
	if english[w] || staticKnown[w] || v.words[w] || v.names[w] != nil {
		return ""
	}
	found := ""
	try := func(c string) bool {
		if !english[c] && !(len(c) >= 3 && v.words[c]) || c == found {
			return true
		}
		if found != "" {
			return false
		}
		found = c
		return true
	}
	for i := 0; i < len(w); i++ {
		if isVowel(w[i]) || w[i] < 'a' || w[i] > 'z' {
			continue
		}
		c := w[:i] + w[i+1:] // one of a double taken out
		if i+1 < len(w) && w[i] == w[i+1] && !try(c) {
			return ""
		}
		c = w[:i+1] + w[i:] // a single one doubled
		if (i+1 == len(w) || w[i] != w[i+1]) && (i == 0 || w[i-1] != w[i]) && i > 0 && !try(c) {
			return ""
		}
	}
	return found
}

// mendInPhrase mends a word written after a word of one of the night's
// names when it sounds like the name's next word: "hay bails" for "hay
// bales", "tea earn" for "tea urn". Spelling by ear gives real words, so
// correct leaves them; the word before says which one was meant. A
// little word ("the") before says too little.
func (v *vocab) mendInPhrase(toks []token) {
tokens:
	for i := 1; i < len(toks); i++ {
		prev, t := toks[i-1].w, &toks[i]
		if jobStop[prev] || len(t.w) < 3 || !isAlpha(t.w) || t.emoji {
			continue
		}
		key, found := skeleton(t.w), ""
		for _, p := range v.phrases {
			for k := 0; k+1 < len(p); k++ {
				next := p[k+1]
				if p[k] != prev || next == t.w || skeleton(next) != key {
					continue
				}
				if found != "" && found != next {
					continue tokens // two ways to mend: leave it as written
				}
				found = next
			}
		}
		if found != "" {
			t.w, t.fixed = found, true
		}
	}
}

// skeleton is how a word sounds with its vowels blurred: consonants in
// order, doubles run together, a final e dropped, and a first vowel kept as
// one mark ("bails" and "bales" are "bls", "earn" and "urn" "arn").
func skeleton(w string) string {
	w = strings.TrimSuffix(w, "e")
	var b []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isVowel(c) || c == 'y' && i > 0 {
			if i > 0 {
				continue
			}
			c = 'a'
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// alarmWords are words that raise a problem and text people. Spelling is
// mended to one of them only at one edit, never at two.
var alarmWords = func() map[string]bool {
	m := map[string]bool{"missing": true, "wandered": true, "disappeared": true, "vanished": true}
	for _, table := range []map[string]bool{unwellWords, upsetWords, otherWords, spillWords, lostVerbs} {
		for w := range table {
			m[w] = true
		}
	}
	return m
}()

// maxWord is the longest word spelling is checked for; longer ones are
// not words anyone meant.
const maxWord = 24

// rank orders equally near candidates c for a typed word w: same first
// letter first, then words w is a shortening of (letters dropped, as people
// drop vowels).
func rank(w, c string) int {
	r := 0
	if spokenFirst(c) == spokenFirst(w) {
		r += 2
	}
	if subsequence(w, c) {
		r++
	}
	return r
}

// spokenFirst is the first letter a word is heard to start with: the w of
// "wr" and the k of "kn" are silent, so "rong" starts like "wrong" and
// "nock" like "knock", as people who spell by ear write them.
func spokenFirst(w string) byte {
	if len(w) > 2 {
		switch w[:2] {
		case "wr", "kn", "gn":
			return w[1]
		}
	}
	return w[0]
}

// subsequence reports whether every letter of w appears in c in order.
func subsequence(w, c string) bool {
	j := 0
	for i := 0; i < len(c) && j < len(w); i++ {
		if c[i] == w[j] {
			j++
		}
	}
	return j == len(w)
}

func maxEdits(n int) int {
	switch {
	case n >= 7:
		return 2
	case n >= 4:
		return 1
	}
	return 0
}

func (v *vocab) nearest(w string) string {
	limit := maxEdits(len(w))
	if limit == 0 {
		return ""
	}
	best, bestD, tie := "", limit+1, false
	bag := letters(w)
	consider := func(c string, cbag uint32) {
		heard := c
		if strings.Contains(c, "ph") && !strings.Contains(w, "ph") {
			// "fotos" is photos as it is heard: ph is one sound, f.
			heard = strings.ReplaceAll(c, "ph", "f")
			cbag = letters(heard)
		}
		// Each edit adds or removes at most two letters from the set.
		if bits.OnesCount32(bag^cbag) > 2*limit {
			return
		}
		d := distance(w, heard, limit)
		if d > limit || d >= 2 && heard[0] != w[0] {
			return // two edits and another first letter is a different word
		}
		if d >= 2 && negWords[c] && len(c) > 3 && !strings.HasPrefix(w, c[:3]) {
			// "nitting" is not "nothing": a guess two slips away, that
			// does not even start as the word does, must not deny what
			// the text tells ("nothin", "nobdy" still do).
			return
		}
		if alarmWords[c] && (d >= 2 || spokenFirst(c) != spokenFirst(w)) {
			// "minging" is not "missing", "fully" is not "bully": a guess
			// must not raise an alarm.
			return
		}
		switch {
		case d < bestD:
			best, bestD, tie = c, d, false
		case d == bestD && c != best:
			// Between equals, the one that starts with the same letter wins,
			// then the one the typed word is a shortening of ("strting").
			bs, cs := rank(w, best), rank(w, c)
			switch {
			case cs > bs:
				best, tie = c, false
			case cs == bs && english[c] != english[best] && !v.words[c] && !v.words[best]:
				// A real word beats a misspelling the lexicon knows:
				// "fineshed" is "finished", not "finshed". The night's
				// own words (names too) are not put behind.
				if english[c] {
					best, tie = c, false
				}
			case cs == bs:
				tie = true
			}
		}
	}
	for n := len(w) - limit; n <= len(w)+limit; n++ {
		for _, c := range staticTargets[n] {
			consider(c.w, c.bag)
		}
	}
	for c := range v.words {
		if l := len(c); l >= len(w)-limit && l <= len(w)+limit {
			consider(c, letters(c))
		}
	}
	if tie {
		return ""
	}
	return best
}

// distance is the optimal-string-alignment Damerau-Levenshtein distance
// between the lower-case ASCII words a and b, or limit+1 once it is sure to
// exceed limit. Words longer than maxWord are never near anything.
func distance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit || len(a) > maxWord || len(b) > maxWord {
		return limit + 1
	}
	var rows [3][maxWord + 1]int
	prev2, prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1], rows[2][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			c := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				c = min(c, prev2[j-2]+1)
			}
			cur[j] = c
			rowMin = min(rowMin, c)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// titleTokens normalises a title or name from the plan the way texts are.
func titleTokens(s string) []token {
	toks, _ := lex(s)
	toks = expandWords(toks)
	readNumbers(toks)
	return toks
}

func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !isWordRune(r) }) {
		if f == w {
			return true
		}
	}
	return false
}

// slipOf reports a real word w that is still a likely slip for c: two
// letters swapped ("split" for "spilt") or another ending of the same word
// ("trainer" for "trainers", "loves" for "love").
// tenseOf is what a word's ending says of time: "ed" for a past
// ("arrived"), "ing" for under way, "" for neither ("arrives", "love").
func tenseOf(w string) string {
	switch {
	case pastForm(w):
		return "ed"
	case strings.HasSuffix(w, "ing"):
		return "ing"
	}
	return ""
}

func slipOf(w, c string) bool {
	if stem(w) == stem(c) {
		return true
	}
	if len(w) != len(c) {
		return false
	}
	for i := 0; i+1 < len(w); i++ {
		if w[i] != c[i] {
			return w[i] == c[i+1] && w[i+1] == c[i] && w[i+2:] == c[i+2:]
		}
	}
	return false
}

// joinSplit mends a word of the night's names written as two: "score
// bord" is the "scoreboard" of "Set up the scoreboard", "candy floss" the
// "candyfloss". The two words joined must be the night's word or one slip
// from it, and long enough not to meet it by chance.
func (v *vocab) joinSplit(toks []token) []token {
	for i := 0; i+1 < len(toks); i++ {
		a, b := toks[i], toks[i+1]
		if a.emoji || b.emoji || !isAlpha(a.w) || !isAlpha(b.w) || len(a.w) < 3 || len(b.w) < 3 || v.names[a.w] != nil || v.names[b.w] != nil {
			continue
		}
		joined := a.w + b.w
		if len(joined) < 8 {
			continue
		}
		for _, ph := range v.phrases {
			w, ok := joinedWord(ph, joined)
			if !ok {
				continue
			}
			toks[i].w, toks[i].raw, toks[i].end, toks[i].fixed = w, a.raw+b.raw, b.end, w != joined
			toks = slices.Delete(toks, i+1, i+2)
			break
		}
	}
	return toks
}

// splitJoined mends two words of a job's title written as one: "fotowall"
// is the "photo wall" of "Put up the photo wall". The word must be one
// nobody knows, and the two title words, side by side in one title, must
// make it, be one slip from it, or sound like it.
func (v *vocab) splitJoined(toks []token) []token {
	for i := 0; i < len(toks); i++ {
		x, y, ok := v.splitOf(toks[i])
		if !ok {
			continue
		}
		u := toks[i]
		u.w, u.fixed = y, true
		toks[i].w, toks[i].fixed = x, true
		toks = slices.Insert(toks, i+1, u)
		i++
	}
	return toks
}

// splitOf is the pair of title words token t joins, if any.
func (v *vocab) splitOf(t token) (x, y string, ok bool) {
	w := t.w
	if t.emoji || len(w) < 7 || len(w) > maxWord || !isAlpha(w) || v.known(w) || v.names[w] != nil {
		return "", "", false
	}
	key := ""
	for _, ph := range v.phrases {
		for k := 0; k+1 < len(ph); k++ {
			a, b := ph[k], ph[k+1]
			if len(a) < 3 || len(b) < 3 || jobStop[a] || jobStop[b] {
				continue
			}
			c := a + b
			if c != w && distance(c, w, 1) > 1 {
				if key == "" {
					key = soundKey(w)
				}
				if soundKey(c) != key {
					continue
				}
			}
			return a, b, true
		}
	}
	return "", "", false
}

// joinedWord is the word of ph that joined is, or is one slip from.
func joinedWord(ph []string, joined string) (string, bool) {
	for _, w := range ph {
		if len(w) < 8 {
			continue
		}
		if w == joined || distance(w, joined, 1) <= 1 {
			return w, true
		}
	}
	return "", false
}

// erSaidAsA mends an "-er" of the night's words written as it is said:
// "dabbas" for "dabbers", "speaka" for "speaker", "mixa" for "mixer".
func (v *vocab) erSaidAsA(w string) string {
	for _, end := range [][2]string{{"as", "ers"}, {"a", "er"}} {
		if base, ok := strings.CutSuffix(w, end[0]); ok && len(base) >= 3 && v.words[base+end[1]] {
			return base + end[1]
		}
	}
	return ""
}
