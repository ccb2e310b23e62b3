package understand

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text after normalising. Every field is derived from
// the text; w is what the rules read.
type token struct {
	w     string // canonical lower-case word
	raw   string // the word as typed, lower case, apostrophes kept
	num   int    // value of a number (digits or a number word), 0 if none
	digit bool   // the number was written in digits
	ord   bool   // an ordinal: 2nd, second
	emoji bool   // came from an emoji
	cap   bool   // typed with a capital first letter
	comma bool   // a comma, colon or dash followed it
	mark  bool   // "#", "no." or "number" right before a number
	poss  bool   // typed with a possessive 's
	time  bool   // a clock time such as 7:30
	fixed bool   // spelling was mended: w is a guess at what was meant
	start int    // byte span in the original text
	end   int
}

// maxDigits bounds numbers read from digits; longer runs are not job
// numbers (phone numbers, codes).
const maxDigits = 4

// lex splits s into words, numbers and emoji with their spans. It never
// fails: invalid UTF-8 and unknown symbols are skipped.
func lex(s string) (toks []token, question bool) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += sz
					continue
				}
				// An apostrophe inside a word belongs to it: i'll, jo's.
				if isApostrophe(r2) && j+sz < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+sz:]); unicode.IsLetter(r3) {
						j += sz
						continue
					}
				}
				break
			}
			// A clock time: 7:30, 19.15.
			if isDigits(s[i:j]) && j+2 < len(s) && (s[j] == ':' || s[j] == '.') && isDigits(s[j+1:j+3]) &&
				(j+3 == len(s) || !isDigitByte(s[j+3])) {
				toks = append(toks, token{w: s[i : j+3], raw: s[i : j+3], time: true, start: i, end: j + 3})
				i = j + 3
				continue
			}
			first, _ := utf8.DecodeRuneInString(s[i:j])
			toks = append(toks, token{raw: lowerWord(s[i:j]), cap: unicode.IsUpper(first), start: i, end: j})
			i = j
			continue
		case r == '#':
			toks = append(toks, token{w: "#", raw: "#", start: i, end: i + size})
		case r == '?':
			question = true
		case r == ',' || r == ':' || r == ';' || r == '-':
			if len(toks) > 0 {
				toks[len(toks)-1].comma = true
			}
		case r == '&' || r == '+':
			toks = append(toks, token{w: "and", raw: "&", start: i, end: i + size})
		default:
			if w, ok := emojiWords[r]; ok && w == "?" {
				question = true
			} else if ok {
				toks = append(toks, token{w: w, raw: string(r), emoji: true, start: i, end: i + size})
			} else if isEmoji(r) {
				toks = append(toks, token{w: smileMoji, raw: string(r), emoji: true, start: i, end: i + size})
			}
		}
		i += size
	}
	return toks, question
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// isEmoji reports whether r is a pictograph or symbol. Joiners, variation
// selectors and skin tones are not: they only change the emoji before them.
func isEmoji(r rune) bool {
	switch {
	case r == 0x200d || (r >= 0xfe00 && r <= 0xfe0f) || (r >= 0x1f3fb && r <= 0x1f3ff) || r == 0x20e3:
		return false
	case r >= 0x1f000 && r <= 0x1faff, r >= 0x2600 && r <= 0x27bf, r >= 0x2b00 && r <= 0x2bff:
		return true
	}
	return unicode.Is(unicode.So, r)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '‘', '’', '`', '´', 'ʼ', '′':
		return true
	}
	return false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return true
}

// lowerWord lower-cases a word, folds accents and makes every apostrophe a
// plain one.
func lowerWord(s string) string {
	plainASCII := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' || c == '`' {
			plainASCII = false
			break
		}
	}
	if plainASCII {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case isApostrophe(r):
			b.WriteByte('\'')
		default:
			if f, ok := fold[r]; ok {
				r = f
			}
			switch r {
			case 'é', 'è', 'É':
				r = 'e'
			case 'à', 'ä', 'å', 'Ä', 'Å':
				r = 'a'
			case 'ö', 'ø', 'ò', 'Ö', 'Ø':
				r = 'o'
			case 'ü', 'ù', 'Ü':
				r = 'u'
			case 'ì':
				r = 'i'
			case 'ñ', 'Ñ':
				r = 'n'
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// normalise reads text into canonical tokens: contractions and text speak
// spelled out, repeated letters collapsed, letters and digits split,
// misspellings corrected against v, numbers read.
func normalise(text string, v *vocab) (toks []token, question bool) {
	toks, question = lex(text)
	for i := range toks {
		if t := &toks[i]; t.w == "" && v.names[t.raw] == nil && !v.words[t.raw] {
			t.raw = unstutter(t.raw) // not a name: Ann is not "an"
		}
	}
	toks = expandWords(toks)
	toks = v.joinSplit(toks)
	toks = v.splitJoined(toks)
	v.correct(toks)
	v.mendInPhrase(toks)
	toks = fixDigitWords(toks, v)
	readNumbers(toks)
	toks = fixSaidAs(toks, v)
	return fixIll(toks, v), question
}

// fixSaidAs mends real words written for another word that sounds alike,
// where the words around say which was meant: "am here" opening a text is
// "I'm here" ("hiya am here", "me am nearest"), and so is a short "iz
// here now"; "im hear" is "here", "shud
// b here" is "be", "on me way" is "my way", "ready too help" is "to help",
// "were is leo" is "where", "lost ha bag" is "her bag", "mad it" is "made
// it", "music is of" is "off", "help mi" is "me", "don" is "don't" before
// a verb when nobody that night is called Don, "i wel" is "will", "git the
// mop" is "get". Without such words a real word stays as it is.
func fixSaidAs(toks []token, v *vocab) []token {
	word := func(i int) string {
		if i < 0 || i >= len(toks) {
			return ""
		}
		return toks[i].w
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.emoji || t.fixed {
			continue
		}
		prev, next := word(i-1), word(i+1)
		if t.w == "every" && next == "body" && !toks[i+1].emoji && word(i+2) != "part" && word(i+2) != "parts" {
			// "evry body is signed in": everybody, written apart.
			t.w, t.raw, t.end, t.fixed = "everybody", t.raw+toks[i+1].raw, toks[i+1].end, true
			toks = slices.Delete(toks, i+1, i+2)
			continue
		}
		switch t.raw {
		case "am":
			if prev != "i" && !questionWords[prev] && next != "i" && next != "" && (i == 0 || toks[i-1].num == 0 && !isDigits(prev)) {
				toks = append(toks[:i], append(spread(nil, *t, "i am"), toks[i+1:]...)...)
				i++
			}
		case "is", "iz":
			// "iz here now": a short text opening "is here" leaves out
			// who, and the sender is who is texting.
			if i == 0 && (next == "here" || next == "hear") && len(toks) <= 4 {
				toks = append(toks[:i], append(spread(nil, *t, "i am"), toks[i+1:]...)...)
				i++
			}
		case "hear":
			if hearAfter[prev] || v.names[prev] != nil || prev == "not" && !heardBy[word(i-2)] ||
				next == "" && i > 0 && !heardBy[prev] || next == "now" || next == "yet" || next == "tonight" {
				t.w = "here"
			}
		case "ha":
			if i > 0 && next != "" && isAlpha(next) && !laughWords[next] && next != "ha" && prev != "ha" {
				t.w = "her"
			}
		case "mad":
			// "mad it", "mad evry1 a cuppa", "teas mad": made. Mad is a
			// feeling of a person ("hes mad at me"), never of a thing.
			if madeWhat[next] && !madWho[prev] && v.names[prev] == nil ||
				i > 0 && !madWho[prev] && v.names[prev] == nil && (v.stems[stem(prev)] || v.words[prev]) {
				t.w = "made"
			}
		case "of":
			if i > 0 && prev != "out" && (next == "" || next == "now" || next == "yet" || next == "already" || next == "again") {
				t.w = "off"
			}
		case "no":
			// "they all no the rules", "i no where it is": know. "no"
			// after who knows and before what is known.
			if knowers[prev] && knownThings[next] {
				t.w = "know"
			}
		case "mi":
			if next == "" || meAfter[next] {
				t.w = "me"
			}
		case "me":
			if myThings[next] && prev != "give" && prev != "tell" && prev != "send" && prev != "text" {
				t.w = "my" // "on me way", "me mum is here"
			}
		case "gon":
			// Mostly "gone" ("spill gon", "hes gon home"); "going" when
			// what follows is still to come: "gon be late", "im gon do
			// it", "gon to the shop", "gon b late".
			// After "all" or "has" it is gone: "popcorn all gon handed out".
			switch {
			case prev == "all" || prev == "has" || prev == "have":
			case next == "to" || next == "be" || i+1 < len(toks) && toks[i+1].raw == "b":
				t.w = "going"
			case willVerbs[next] || workVerbs[next] || v.titleVerb(stem(next)):
				t.w = "gonna" // "im gon hand out the sweets": an intention
			}
		case "b":
			if beBefore[prev] {
				t.w = "be" // "shud b here"
			}
		case "too":
			if verbAfterTo(next, v) {
				t.w = "to" // "ready too help"
			}
		case "to", "2":
			if tooBefore[next] && !toLoudBefore[prev] {
				t.w = "too" // "music is way 2 loud", "its to hot in here"
			}
		case "were", "wear":
			if i == 0 && (next == "is" || next == "are" || next == "r") {
				t.w = "where" // "were is leo", "wear is leo"
			}
		case "as":
			if i == 0 && (v.names[next] != nil || next == "he" || next == "she" || next == "they" || next == "it") && hasDone[word(i+2)] {
				t.w = "has" // "as nadia gone yet"
			}
		case "bye":
			if i > 0 && (next == "the" || next == "a" || next == "my") {
				t.w = "by" // "over bye the stage"
			}
		case "gt":
			if prev == "ill" || prev == "will" || prev == "to" || prev == "can" || prev == "not" {
				t.w = "get" // "ill gt the mop"; "i gt here" is got
			}
		case "fin":
			if prev == "is" || prev == "am" || prev == "are" || prev == "be" || prev == "all" || prev == "was" {
				t.w = "fine" // "hes fin waiting"; "bar fin" is finished
			}
		case "picket":
			if next == "up" {
				t.w = "picked" // "picket up tony"
			}
		case "don":
			// "i don know" is "don't"; otherwise "don" is done, down or
			// don't, and no guess is made.
			if v.names["don"] == nil && notBefore[next] {
				toks = append(toks[:i], append(spread(nil, *t, "do not"), toks[i+1:]...)...)
				i++
			}
		case "wel":
			if willWho[prev] {
				t.w = "will" // "i wel do it"; "wel done" is well
			}
		case "git":
			if !gitWho[prev] {
				t.w = "get" // "git the mop"; "he is a git" is not
			}
		}
	}
	return toks
}

var (
	// hearAfter come before "here" written "hear": "im hear", "is jo hear".
	hearAfter = set("am", "is", "are", "was", "were", "be", "been", "in", "out", "over", "up", "down", "back", "get",
		"got", "come", "came", "coming", "it", "there", "from", "near", "round")
	// heardBy come before "hear" that means hearing: "cant hear".
	heardBy = set("not", "can", "could", "to", "you", "i", "we", "they", "he", "she", "nobody", "anyone", "cannot",
		"did", "do", "does", "would", "will")
	// meAfter follow "mi" when it means "me": "help mi now", "call mi pls".
	meAfter = set("i", "ill", "and", "now", "please", "x", "a", "with", "to", "at", "in", "out", "up", "off", "back", "too",
		"then", "thanks", "asap", "quick", "know", "if", "when")
	// madeWhat follow "mad" written for "made": "mad it", "mad the teas".
	madeWhat = set("it", "a", "the", "everyone", "some", "sure", "up", "them", "loads", "all", "tea", "teas")
	// madWho come before "mad" that is a feeling: "he is mad", "going mad".
	madWho = set("is", "was", "am", "are", "he", "she", "they", "going", "gone", "so", "very", "really", "proper",
		"getting", "got", "went", "hes", "shes", "be", "not")
	// beBefore come before "b" written for "be": "shud b here".
	beBefore = set("should", "will", "could", "would", "to", "not", "might", "may", "must", "going", "gonna", "cant",
		"wont", "gone")
	// myThings follow "me" when it means "my": "on me way", "me mum".
	myThings = set("way", "mum", "dad", "jobs", "job", "taxi", "lift", "list", "phone", "coat", "bag", "carer",
		"nan", "brother", "sister", "support", "keys", "purse", "wallet")
	// hasDone follow "as" written for "has": "as nadia gone yet".
	hasDone = set("gone", "got", "been", "come", "came", "done", "left", "arrived", "finished")
	// willWho come before "wel" that is "will": "i wel do it".
	willWho = set("i", "we", "you", "he", "she", "they", "it", "who")
	// gitWho come before "git" that is a word of its own: "a git".
	gitWho = set("a", "the", "you", "silly", "stupid", "old", "little", "big", "such")
	// notBefore follow "don" when it means "don't": "i don know".
	notBefore = set("know", "want", "need", "think", "like", "have", "go", "do", "worry", "mind", "care",
		"understand", "get", "see", "feel", "remember", "no")
)

// knowers and knownThings stand either side of "no" written for "know".
// tooBefore are words that "to" or "2" before them means "too": "way 2
// loud", "to hot".
var tooBefore = set("loud", "quiet", "hot", "cold", "busy", "noisy", "dark", "bright", "full", "crowded", "slippy", "slippery")

// toLoudBefore come before "to" that is "to" before those words: "listen
// to loud music", "turned it up to loud".
var toLoudBefore = set("listen", "listening", "listened", "turned", "turn", "turning", "switched", "moved", "from",
	"up", "used", "dance", "dancing", "changed", "set")

var (
	knowers     = set("i", "we", "they", "you", "all", "everyone", "everybody", "u", "dont", "not")
	knownThings = set("the", "where", "what", "how", "who", "when", "why", "if", "that", "it", "them", "him", "her")
)

// fixDigitWords reads "2" as "to" before a verb ("ready 2 go", "about 2
// dish up") and "4" as "for" before a person ("4 you", "came 4 sid"), and
// "no 1" as "no one" before what happened to them ("no 1 slipped").
func fixDigitWords(toks []token, v *vocab) []token {
	for i := 0; i+1 < len(toks); i++ {
		if one, ok := oneJoins[toks[i].w]; ok && (toks[i+1].w == "1" || toks[i+1].w == "one" && toks[i].w != "some") &&
			(i+2 == len(toks) || !timeUnits[toks[i+2].w] && toks[i+2].w != "of") {
			toks[i].w = one // "evry 1 is in" is everyone
			toks = slices.Delete(toks, i+1, i+2)
			continue
		}
		if toks[i].w == "no" && toks[i+1].w == "1" && i+2 < len(toks) && noOneDid[toks[i+2].w] && (i == 0 || !numberMarks[toks[i-1].w] && toks[i-1].w != "job") {
			toks[i+1].w = "one" // as "no one" is read
			continue
		}
		next := toks[i+1].w
		switch {
		case toks[i].w == "2" && i > 0 && (digitTo[next] || motionTo[toks[i-1].w] || verbAfterTo(next, v) ||
			beforeTo[toks[i-1].w] && !timeUnits[next] && !isDigits(next) && !strings.HasSuffix(next, "s")):
			toks[i].w = "to"
		case toks[i].w == "4" && i > 0 && (digitFor[next] || v.names[next] != nil && toks[i-1].w != "job" && !numberMarks[toks[i-1].w]):
			toks[i].w = "for"
		}
	}
	// "where r we up 2", "what is every1 up 2 now": someone "up 2" is up to
	// something, never job 2.
	for i := 2; i < len(toks); i++ {
		if toks[i].w == "2" && toks[i-1].w == "up" && upToWho[toks[i-2].w] {
			toks[i].w = "to"
		}
	}
	return toks
}

// upToWho are who can be "up 2" (up to) something.
var upToWho = set("we", "you", "u", "ya", "they", "everyone", "everybody", "i", "he", "she")

// verbAfterTo reports a word that is a verb when "2" comes before it.
func verbAfterTo(w string, v *vocab) bool {
	return willVerbs[w] || workVerbs[w] || v.titleVerb(stem(w))
}

var (
	// oneJoins read "every 1", "sum 1" as one word.
	oneJoins  = map[string]string{"every": "everyone", "evry": "everyone", "any": "anyone", "some": "someone", "sum": "someone"}
	timeUnits = set("hour", "hours", "minute", "minutes", "min", "mins", "week", "weeks", "day", "days", "more", "of")
	// motionTo come before "2" said as "to": "comin 2 lane 3".
	motionTo = set("coming", "going", "heading", "went", "walking", "running", "back", "over", "way", "go", "come")
	// beforeTo come before "to" and a verb, hardly ever before a count:
	// "about 2 start", "need 2 go", "just 2 say".
	beforeTo = set("about", "just", "need", "needs", "want", "wants", "have", "has", "going", "trying", "ready",
		"able", "supposed", "used", "forgot", "tried", "try", "got")
	digitTo = set("go", "be", "get", "see", "come", "do", "help", "start", "finish", "sort", "the", "bed", "home",
		"there", "their", "my", "his", "her", "your", "our", "date") // "up 2 date"
	digitFor = set("you", "me", "him", "her", "them", "us", "the", "a", "now", "tonight", "ages", "everyone", "everybody",
		"evry1", "every1", "all") // "tea bar redy 4 evry1"
	// noOneDid follow "no 1" when it means "no one": "no 1 slipped".
	noOneDid = set("is", "has", "was", "got", "slipped", "hurt", "fell", "missing", "lost", "left", "came",
		"knows", "seems", "needs", "wants", "did", "saw", "seen", "injured", "cried", "upset", "went", "here",
		"turned", "showed", "answered", "picked", "called", "asked")
)

// expandWords is the part of normalise that needs no vocabulary.
func expandWords(in []token) []token {
	out := make([]token, 0, len(in)+4)
	for _, t := range in {
		if t.w != "" { // emoji, "#", "and", clock times
			out = spread(out, t, t.w)
			continue
		}
		out = expandWord(out, t)
	}
	return out
}

// expandWord appends the tokens of one typed word to out.
func expandWord(out []token, t token) []token {
	w := t.raw
	apos := strings.IndexByte(w, '\'') >= 0
	if apos {
		if ex, ok := contractions[w]; ok {
			return spread(out, t, ex)
		}
		switch {
		case strings.HasSuffix(w, "n't"):
			return spread(out, t, strings.TrimSuffix(w, "n't")+" not")
		case strings.HasSuffix(w, "'s"):
			base := strings.TrimSuffix(w, "'s")
			if ex, ok := sIsWords[base]; ok {
				return spread(out, t, ex)
			}
			t.poss = true
			w = base
		case strings.HasSuffix(w, "'ll"):
			return spread(out, t, strings.TrimSuffix(w, "'ll")+" will")
		case strings.HasSuffix(w, "'re"):
			return spread(out, t, strings.TrimSuffix(w, "'re")+" are")
		case strings.HasSuffix(w, "'ve"):
			return spread(out, t, strings.TrimSuffix(w, "'ve")+" have")
		case strings.HasSuffix(w, "'m"):
			return spread(out, t, strings.TrimSuffix(w, "'m")+" am")
		case strings.HasSuffix(w, "'d"):
			return spread(out, t, strings.TrimSuffix(w, "'d")+" would")
		}
		w = strings.ReplaceAll(w, "'", "")
	}
	if ex, ok := textSpeak[w]; ok {
		return spread(out, t, ex)
	}
	if ex, ok := negContraction(w); ok {
		return spread(out, t, ex)
	}
	w = zeroAsO(w)
	if c := collapse(w); c != w {
		w = c
		if ex, ok := textSpeak[w]; ok {
			return spread(out, t, ex)
		}
	}
	// Letters and digits run together: job4, 4th, 2nd, no4.
	if parts := splitDigits(w); len(parts) > 1 {
		if len(parts) == 2 && isDigits(parts[0]) && ordinalSuffix[parts[1]] {
			t.w = parts[0]
			t.ord = true
			return append(out, t)
		}
		for _, p := range parts {
			u := t
			u.raw = p
			u.w = ""
			out = expandWord(out, u)
		}
		return out
	}
	t.w = w
	return append(out, t)
}

// unstutter takes out a first or last letter typed twice ("ddone", "nno",
// "upp"), as a finger lingering on a touch screen types it: only a
// consonant, only when the word is not known as typed and is known
// without it.
func unstutter(w string) string {
	if len(w) < 3 || staticKnown[w] || english[w] {
		return w
	}
	if c := w[0]; c == w[1] && isLetterByte(c) && !isVowel(c) && c != 'y' && (staticKnown[w[1:]] || english[w[1:]]) {
		return w[1:]
	}
	// The last letter twice: "upp", "itt", "gonn". Not one that is often
	// doubled at the end of a word (all, off, mess, buzz).
	if n := len(w); w[n-1] == w[n-2] && isLetterByte(w[n-1]) && !isVowel(w[n-1]) && strings.IndexByte("lfsz", w[n-1]) < 0 &&
		(staticKnown[w[:n-1]] || english[w[:n-1]]) {
		return w[:n-1]
	}
	return w
}

// negContraction spells out a "not" run into its helping verb however the
// helping verb and the ending are spelt: "havint", "wasent", "cudnt",
// "dident", "arrent". Only a word that is not itself English is read this way.
func negContraction(w string) (string, bool) {
	if english[w] {
		return "", false
	}
	for _, end := range []string{"int", "ent", "unt", "nt"} {
		base, ok := strings.CutSuffix(w, end)
		if !ok {
			continue
		}
		if len(base) > 2 && base[len(base)-1] == base[len(base)-2] {
			base = base[:len(base)-1] // "havvent", "arrent"
		}
		if aux, ok := notAux[base]; ok && (end == "nt" || base != "do") {
			return aux + " not", true
		}
	}
	return "", false
}

// notAux are helping verbs as people spell them before a "not" run into
// them, keyed by the spelling.
var notAux = map[string]string{
	"have": "have", "hav": "have", "has": "has", "haz": "has", "had": "had", "is": "is", "iz": "is",
	"was": "was", "wos": "was", "woz": "was", "were": "were", "wer": "were", "did": "did", "do": "do",
	"does": "does", "dos": "does", "dose": "does", "could": "could", "cud": "could", "coud": "could",
	"should": "should", "shud": "should", "would": "would", "wud": "would", "are": "are", "ar": "are",
	"must": "must", "need": "need", "av": "have", "ha": "has", "wo": "will", "woa": "will", "can": "can",
	"doa": "do", "du": "do",
}

// spread appends one token per word of ex to out, all with t's span.
func spread(out []token, t token, ex string) []token {
	if strings.IndexByte(ex, ' ') < 0 {
		t.w = ex
		return append(out, t)
	}
	for _, w := range strings.Fields(ex) {
		u := t
		u.w = w
		out = append(out, u)
	}
	return out
}

// collapse shortens runs of three or more of one letter ("sooo", "helppp").
// A run becomes two letters when that makes a known word ("coool"), else one.
func collapse(w string) string {
	if !hasRun3(w) {
		return w
	}
	rs := []rune(w)
	var one, two []rune
	changed := false
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		run := j - i
		if run >= 3 && unicode.IsLetter(rs[i]) {
			changed = true
			one = append(one, rs[i])
			two = append(two, rs[i], rs[i])
		} else {
			one = append(one, rs[i:j]...)
			two = append(two, rs[i:j]...)
		}
		i = j
	}
	if !changed {
		return w
	}
	if s := string(two); knownStatic(s) {
		return s
	}
	return string(one)
}

// zeroAsO reads a zero between letters as the letter o: "d0ne".
func zeroAsO(w string) string {
	if strings.IndexByte(w, '0') < 0 {
		return w
	}
	b := []byte(w)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '0' && isLetterByte(b[i-1]) && isLetterByte(b[i+1]) {
			b[i] = 'o'
		}
	}
	return string(b)
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' }

// hasRun3 reports whether w has the same byte three times in a row.
func hasRun3(w string) bool {
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] {
			return true
		}
	}
	return false
}

// splitDigits splits a word where letters meet digits.
func splitDigits(w string) []string {
	if !strings.ContainsAny(w, "0123456789") {
		return nil
	}
	var parts []string
	start := 0
	prevDigit := false
	for i, r := range w {
		d := unicode.IsDigit(r)
		if i > 0 && d != prevDigit {
			parts = append(parts, w[start:i])
			start = i
		}
		prevDigit = d
	}
	return append(parts, w[start:])
}

var ordinalSuffix = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// readNumbers fills num for digits and number words, and mark for "#",
// "no." and "number" right before a number.
func readNumbers(toks []token) {
	for i := range toks {
		t := &toks[i]
		switch {
		case isDigits(t.w):
			if len(t.w) <= maxDigits {
				t.num, _ = strconv.Atoi(t.w)
				t.digit = true
			}
		default:
			if v, ok := numberWords[t.w]; ok {
				t.num = v
			} else if v, ok := ordinalWords[t.w]; ok {
				t.num, t.ord = v, true
			}
		}
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].num > 0 && !toks[i].time && numberMarks[toks[i-1].w] {
			toks[i].mark = true
			toks[i-1].mark = true
		}
	}
}

var numberMarks = map[string]bool{"#": true, "no": true, "number": true, "num": true, "nr": true, "nmbr": true, "numb": true}

// fixIll reads "ill" typed without an apostrophe as "i will" when a verb
// follows ("ill go", "ill hoover after", "ill stack the chairs": a word of
// work, or the verb a job's title starts with), and as unwell otherwise
// ("jo is ill").
func fixIll(toks []token, v *vocab) []token {
	for i := 0; i+1 < len(toks); i++ {
		next, prev := toks[i+1].w, ""
		if i > 0 {
			prev = toks[i-1].w
		}
		// A word nobody knows after "ill" ("ill gt the mop", "ill sor
		// it") is a verb spelt past knowing: someone is ill only after a
		// word that says so ("jo is ill", "feel ill").
		unknownVerb := !v.known(next) && isAlpha(next) && !illAfter[prev] && v.names[prev] == nil
		// After "is" or "feels" it is unwell whatever follows: "nobody is
		// ill just tired", "if anyone feels ill send them to me".
		if toks[i].w == "ill" && !illSurely[prev] && (willVerbs[next] || workVerbs[next] || v.titleVerb(stem(next)) || unknownVerb) {
			toks = append(toks[:i], append(spread(nil, toks[i], "i will"), toks[i+1:]...)...)
			i++
		}
	}
	return toks
}

// illAfter come before "ill" that is unwell: "jo is ill", "feel ill".
var illAfter = set("is", "was", "am", "are", "be", "been", "feel", "feels", "feeling", "felt", "look", "looks",
	"looking", "very", "so", "really", "bit", "quite", "too", "taken", "gone", "got", "getting", "seems", "proper",
	"being", "someone", "somebody", "he", "she", "they")

// illSurely come before "ill" that can only be unwell: "is ill", "feels
// ill", "really ill". ("so ill do it" may still be "so I'll do it".)
var illSurely = set("is", "was", "am", "are", "be", "been", "feel", "feels", "feeling", "felt", "looks",
	"looking", "seems", "being", "getting", "very", "really", "quite", "proper")

// workVerbs are everyday words of work that follow "ill" as "I'll".
var workVerbs = set("stack", "wipe", "serve", "pack", "unpack", "plug", "unplug", "sweep", "hoover", "vacuum",
	"tidy", "greet", "welcome", "collect", "fetch", "wrap", "label", "arrange", "decorate", "mend", "repair",
	"replace", "refill", "restock", "deliver", "rinse", "empty", "unload", "unlock", "polish", "scrub", "wash",
	"mop", "fold", "hang", "print", "mark", "read", "sell", "count", "set", "carry", "move", "lift", "fill",
	"lock", "open", "shut", "close", "clear", "pick", "hand", "give", "play", "call", "tick", "switch", "blow",
	"pop", "load", "cook", "make", "sort", "bag", "bin", "dry")

// titleVerb reports whether s is the stem of the verb a job's title
// starts with ("hoov" for "Hoover the floor").
func (v *vocab) titleVerb(s string) bool {
	for _, j := range v.jobs {
		if j.verb != "" && j.verb == s {
			return true
		}
	}
	return false
}
