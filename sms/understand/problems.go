package understand

import (
	"slices"
	"sort"

	"github.com/clubnight/clubnight/night"
)

// Words that say what kind of problem someone has. Each kind has words that
// are enough on their own ("sick") and, for things like music or taxis,
// words that name the thing and words that say it has gone wrong.
var (
	unwellWords = set("sick", "ill", "poorly", "unwell", "faint", "fainted", "fainting", "vomit", "vomiting",
		"vomited", "puke", "puked", "puking", "dizzy", "bleeding", "bleed", "bled", "blood", "injured",
		"injury", "hurt", "hurting", "hurts", "headache", "migraine", "collapsed", "collapse", "seizure",
		"seizures", "epileptic", "asthma", "inhaler", "ambulance", "allergic", "allergy", "pain", "painful",
		"ache", "aching", "sprained", "twisted", "choking", "choked", "burnt", "burned", "nosebleed", "fever",
		"temperature", "shaking", "diabetic", "hypo", "unconscious", "breathe", "breathing", "concussion",
		"tummy", "stomach", "paramedic", "paramedics", "doctor", "hospital", "tripped", "slipped", "fell",
		"fallen", "injuries", "wheezing", "cramp", "nauseous", "queasy", "feverish", "stung", "bitten", "grazed",
		"bruised", "swollen", "rash", "sunburn", "sunburnt", "heatstroke", "dehydrated", "overheating",
		"overheated", "wasp", "sting")
	unwellPhrases = ph("first aid", "threw up", "thrown up", "throwing up", "passed out", "fell over",
		"fell down", "fallen over", "had a fall", "not well", "not feeling well", "not feeling good",
		"feeling rough", "feels funny", "feel funny", "feeling funny", "feels faint", "feel faint",
		"hit his head", "hit her head", "hit their head", "banged his head", "banged her head",
		"bumped his head", "bumped her head", "having a fit", "had a fit", "can not breathe", "feels bad",
		"feel bad", "feeling bad", "feels ill", "feeling ill", "been sick", "cut his", "cut her", "cut their",
		"cut my", "cut himself", "cut herself", "burnt his", "burnt her", "burned his", "burned her",
		"hurt his", "hurt her", "hurt their", "hurt my")

	spillWords = set("spilt", "spilled", "spill", "spills", "spilling", "spillage", "wet", "puddle", "leak",
		"soaking", "soaked", "sopping", "drenched", "splashed",
		"leaking", "leaked", "leaks", "slippery", "flood", "flooded", "flooding", "mess", "messy", "sticky",
		"smashed", "smash", "shattered")
	spillThings  = set("drink", "glass", "floor", "mess")
	spillPhrases = ph("broken glass", "broken bottle", "knocked over", "dropped a drink", "dropped drink",
		"dropped a glass", "dropped glass", "dropped his drink", "dropped her drink", "glass everywhere",
		"drink everywhere", "water everywhere", "went everywhere", "gone everywhere", "all over the table", "glass broken", "glass broke", "all over the floor",
		"drink all over", "water all over", "all over the place")

	musicThings = set("music", "speaker", "speakers", "sound", "mic", "mics", "microphone", "amp",
		"amplifier", "decks", "deck", "volume", "playlist", "song", "songs", "tune", "tunes", "laptop",
		"stereo", "audio", "dj", "headphones", "spotify", "bluetooth", "aux", "cd", "mixer", "karaoke")
	musicTrouble = set("stopped", "stop", "stopping", "stops", "broken", "broke", "dead", "died", "crashed",
		"crash", "frozen", "froze", "fault", "faulty", "problem", "issue", "wrong", "trouble", "bust",
		"buzzing", "crackling", "crackly", "feedback", "skipping", "glitch", "glitching",
		"off", "gone", "nothing", "not", "no", "failed", "fail", "silent", "silence", "blown", "keeps",
		"cuts", "cutting", "distorted", "help", "noise", "dropped", "died")
	// "loud" or "quiet" alone may be how the sender likes it: "too loud"
	// and "gone quiet" are faults.
	musicPhrases = ph("too loud", "too quiet", "gone quiet", "went quiet", "very quiet", "really quiet", "can not hear", "cut out", "cutting out", "no sound",
		"no music", "turned off", "went off", "gone off")

	taxiWords   = set("taxi", "taxis", "cab", "cabs", "minicab", "uber")
	pickupWords = set("car", "lift", "ride", "pickup", "driver", "transport", "bus", "minibus", "mum",
		"dad", "parent", "parents", "carer", "family", "brother", "sister", "nan", "gran", "grandma",
		"grandad", "husband", "wife", "partner", "worker", "escort", "taxi", "taxis", "cab", "uber")
	lateWords   = set("late", "waiting", "wait", "delayed", "traffic", "missed", "cancelled", "canceled", "where", "still")
	latePhrases = ph("running late", "still waiting", "no sign", "not here", "not come", "not came",
		"not arrived", "not turned up", "not shown", "not showed", "no show", "not picked up",
		"not coming", "wrong place", "went without", "gone without", "left without", "not here yet",
		"not outside", "never came", "never arrived", "never turned up", "not yet", "no taxi", "no cab",
		"not booked", "not turned", "is not", "has not", "did not", "no one came", "nobody came",
		"never sent", "not sent", "did not send", "have not sent", "has not sent", "forgot", "forgotten",
		"off without", "drove off", "drove away", "no driver", "no drivers", "no car", "no cars")
	arrivePhrases = ph("here", "arrived", "came", "turned up", "picked up", "collected", "got in", "got",
		"outside", "gone", "left", "on its way", "on the way", "here now", "is here", "has come", "took",
		"taken", "in the taxi", "in taxi", "in the car", "in car", "gone home", "went home", "in his taxi",
		"in her taxi", "in their taxi", "in the cab", "in his cab", "in her cab")

	propNouns = set("phone", "phones", "mobile", "bag", "bags", "handbag", "coat", "coats", "jacket",
		"jackets", "keys", "key", "wallet", "purse", "money", "card", "cards", "hat", "scarf", "umbrella",
		"glasses", "specs", "jumper", "hoodie", "cardigan", "watch", "ring", "earring", "earrings",
		"necklace", "bracelet", "shoe", "shoes", "ticket", "tickets", "badge", "headphones", "earphones",
		"charger", "brolly", "gloves", "glove", "medication", "tablets", "pills", "pass", "sunglasses",
		"backpack", "rucksack", "bottle", "cap", "belongings", "stuff", "things", "property", "iphone",
		"tablet", "ipad", "camera", "lanyard", "hearing", "aid", "wheelchair", "stick", "walking", "cash",
		"jewellery", "top", "shirt", "trainers", "boots", "mittens", "coat")
	lostVerbs = set("found", "find", "lost", "lose", "losing", "missing", "left", "forgot", "forgotten", "dropped", "whose", "someones", "handed", "seen", "finds",
		"gone", "taken", "disappeared", "stolen", "nicked")
	lostProperty = ph("lost property")
	lostPhrases  = ph("lost property", "handed in", "left behind", "has anyone seen", "can not find")

	personNouns = set("someone", "somebody", "guest", "guests", "member", "members", "man", "woman", "lady",
		"boy", "girl", "guy", "lad", "lass", "friend", "person", "child", "kid", "him", "her", "them", "he",
		"she", "they", "client", "resident", "son", "daughter", "gentleman", "bloke", "fella", "anyone",
		"anybody", "mum", "dad", "brother", "sister", "women", "men", "ladies", "one")
	missingStrong = ph("missing", "gone missing", "went missing", "wandered off", "wandered", "ran off",
		"run off", "walked off", "walked out", "disappeared", "vanished", "no one knows where",
		"nobody knows where", "run away", "ran away", "gone walkabout", "wandering", "wandering about",
		"got out", "slipped out", "not come back", "never came back")
	missingNeedsPerson = ph("can not find", "where is", "where are", "not seen", "has anyone seen",
		"anyone seen", "lost", "looking for", "can not see", "seen", "where has", "where did", "is lost",
		"got lost", "gone off", "went off", "not back", "find", "anyone find", "help find", "search for",
		"searching for", "has gone off", "where has")

	upsetWords = set("upset", "crying", "cry", "cries", "cried", "tears", "teary", "sobbing", "arguing",
		"argue", "argues", "argued", "argument", "arguments", "row", "rowing", "fighting", "fight", "fights",
		"fought", "punch", "punched", "punching", "hitting", "hit", "kicking", "kicked", "angry", "furious",
		"shouting", "shout", "shouted", "shouts", "yelling", "yell", "screaming", "scream", "screamed",
		"scared", "frightened", "afraid", "terrified", "panic", "panicking", "panicked", "anxious",
		"anxiety", "distressed", "distress", "aggressive", "aggression", "rude", "bullying", "bully",
		"bullied", "teasing", "sad", "unhappy", "annoyed", "swearing", "meltdown", "threatening",
		"threatened", "harassing", "harassment", "pushing", "pushed", "shoved", "worried", "nervous",
		"lonely", "mad", "stressed", "overwhelmed", "bothering", "hassling", "grabbed", "grabbing", "scrap",
		"horrible", "nasty", "bullies", "crys")
	upsetPhrases = ph("kicking off", "kicked off", "panic attack", "not happy", "having a go",
		"picking on", "melt down", "wants to go home", "had a go")

	otherWords = set("help", "sos", "emergency", "urgent", "urgently", "fire", "smoke", "alarm", "police",
		"999", "security", "intruder", "stolen", "steal", "stealing", "thief", "theft", "drunk", "problem",
		"issue", "trouble", "broken", "broke", "accident", "danger", "dangerous", "unsafe", "creepy",
		"stranger", "assistance", "quick", "quickly", "flooding", "blocked", "overflowing", "jammed",
		"stuck", "locked", "leaking")
	otherPhrases = ph("something wrong", "something is wrong", "not working", "stopped working", "run out",
		"ran out", "come quick", "come quickly", "come here", "come now", "need someone", "need somebody",
		"need staff", "need you", "need a hand", "locked out", "power cut", "no power", "lights out",
		"lights went out", "lights off", "not ok", "not alright", "not right", "not safe", "call 999",
		"need help", "help me", "can you help", "can someone help", "can somebody help", "went off",
		"gone off", "will not work", "does not work", "not work", "gone blank", "gone dead", "gone black", "keeps crashing", "run out of", "is wrong", "gone wrong",
		"went wrong", "someone come", "somebody come", "anyone come", "can someone", "can somebody",
		"can anyone", "someone needed", "no loo roll", "no toilet roll", "need back up", "need backup",
		"will not lock", "will not open", "will not close", "will not shut", "does not lock", "not locking",
		"heating is off", "heating off", "no heating", "too cold", "too hot", "smoking in", "vaping in",
		"smoke alarm", "is freezing", "it is freezing", "blowing away", "blown over", "fell down", "has fallen down")
	// helpGiven is "help" offered, not asked for.
	helpGiven = ph("i can help", "can i help", "i will help", "happy to help", "i could help",
		"i am helping", "helping", "i am here to help", "shall i help", "i helped", "going to help",
		"to help with", "help with the", "came to help", "help out with")
)

// loneFiller may stand around a lone problem word: "the speakers!!".
var loneFiller = set("the", "a", "my", "our", "your", "his", "her", "help", "now", "again", "quick", "urgent")

// kindOrder is which kind wins when a text names more than one: the ones
// where a person may be in danger first.
var kindOrder = []night.ProblemKind{night.Unwell, night.Missing, night.Upset, night.Taxi, night.Spill,
	night.Music, night.Lost, night.Other}

// detectors find the words of each kind of problem in a text.
var detectors = map[night.ProblemKind]func(*analysis) []int{
	night.Unwell: (*analysis).unwell, night.Missing: (*analysis).missing, night.Upset: (*analysis).upset,
	night.Taxi: (*analysis).taxi, night.Spill: (*analysis).spill, night.Music: (*analysis).music,
	night.Lost: (*analysis).lost, night.Other: (*analysis).other,
}

// problemHit is evidence for one kind of problem: which tokens said it.
type problemHit struct {
	kind night.ProblemKind
	idx  []int
}

// problemHits finds every kind of problem the text speaks of, in kindOrder.
func (a *analysis) problemHits() []problemHit {
	var hits []problemHit
	for _, k := range kindOrder {
		if idx := detectors[k](a); len(idx) > 0 {
			hits = append(hits, problemHit{kind: k, idx: idx})
		}
	}
	// An emoji says how the sender feels; words say what happened. A kind
	// only an emoji speaks of comes after the kinds words speak of.
	sort.SliceStable(hits, func(x, y int) bool { return !a.allEmoji(hits[x].idx) && a.allEmoji(hits[y].idx) })
	return hits
}

func (a *analysis) allEmoji(idx []int) bool {
	for _, i := range idx {
		if !a.t[i].emoji {
			return false
		}
	}
	return true
}

func (a *analysis) unwell() []int {
	idx := a.words(unwellWords)
	// "ill" that means "I'll" was rewritten already; "sick of" is fed up.
	idx = a.drop(idx, func(i int) bool {
		return a.w(i) == "sick" && (a.w(i+1) == "of" || a.thingIsSick(i)) || a.w(i) == "fell" && a.w(i+1) == "asleep"
	})
	spans := a.spans(unwellPhrases)
	if a.firstAidThing() {
		// "the first aid kit is in the kitchen" is where a thing is.
		spans = a.drop(spans, func(i int) bool { return a.w(i) == "first" || a.w(i) == "aid" })
	}
	return append(idx, spans...)
}

// firstAidThing reports "first aid" naming a thing or a person's role
// ("first aid kit", "first aider") in a text that asks for nothing.
func (a *analysis) firstAidThing() bool {
	for i := range a.t {
		if a.w(i) == "first" && a.w(i+1) == "aid" && aidThings[a.w(i+2)] || a.w(i) == "first" && a.w(i+1) == "aider" {
			return !a.has(aidWanted) && a.w(a.firstContent()) != "where"
		}
	}
	return false
}

var (
	aidThings = set("kit", "kits", "box", "boxes", "bag", "room", "station", "cupboard", "aider", "aiders",
		"trained", "course", "training", "point", "stuff", "supplies", "tin", "case", "person", "is", "are")
	aidWanted = ph("need", "needs", "get", "bring", "grab", "fetch", "quick", "urgent", "asap", "help", "now",
		"please")
)

func (a *analysis) spill() []int {
	idx := append(a.words(spillWords), a.spans(spillPhrases)...)
	// "knocked a coke over", "knocked their drink over".
	for i := range a.t {
		if w := a.w(i); w == "knocked" || w == "knock" || w == "tipped" {
			for j := i + 1; j <= i+6 && j < len(a.t); j++ {
				if a.w(j) == "over" {
					idx = append(idx, i, j)
					break
				}
			}
		}
	}
	return a.drop(idx, func(i int) bool {
		return a.w(i) == "mess" && a.w(i-1) == "no" || wetState[a.w(i)] && a.wetNotSpilt()
	})
}

// wetState are spill words that only say how something is.
var wetState = set("wet", "soaked", "soaking", "drenched", "sopping", "sticky")

// wetNotSpilt reports wet or sticky said of the weather or of the sender,
// with no floor or drink named: "soaked from the rain", "my hands are
// sticky from the glue".
func (a *analysis) wetNotSpilt() bool {
	if len(a.words(spillThings)) > 0 {
		return false
	}
	for i := range a.t {
		if weatherWords[a.w(i)] || bodyWords[a.w(i)] {
			return true
		}
	}
	return false
}

var (
	weatherWords = set("rain", "raining", "rained", "rainy", "weather", "snow", "snowing", "storm", "roads",
		"road", "drizzle", "pouring", "outside", "umbrella", "brolly")
	bodyWords = set("i", "me", "my", "hands", "hand", "fingers", "hair", "clothes", "shoes", "coat", "socks")
)

func (a *analysis) music() []int {
	things := a.words(musicThings)
	if len(things) == 0 {
		return nil
	}
	if p := a.spans(musicPhrases); len(p) > 0 {
		return append(things, p...)
	}
	trouble := a.drop(a.words(musicTrouble), func(i int) bool {
		// "stop the music at 9" is an order, not music that stopped.
		return a.t[i].mark || i == a.firstContent() && (a.w(i) == "stop" || a.w(i) == "turn") ||
			titleBefore[a.w(i-1)] // "a song called help"
	})
	if len(trouble) > 0 {
		return append(things, trouble...)
	}
	// "speakers!!" on its own is a report, unless it names a job.
	for _, i := range things {
		if a.v.stems[stem(a.w(i))] {
			return nil
		}
	}
	if a.onlyFrom(loneFiller, things) && !a.liked() {
		return things // not "love the music"
	}
	return nil
}

// thingIsSick reports "sick" said of a thing, slang for great: "this song
// is sick", "the music is sick". Said of anyone, it stays an illness.
func (a *analysis) thingIsSick(i int) bool {
	if len(a.personRefs()) > 0 || len(a.spans(unwellPhrases)) > 0 {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if w := a.w(j); musicThings[w] || w == "this" || w == "that" || w == "it" || w == "its" {
			return true
		}
	}
	return false
}

// firstContent is the first token that is not social, or -1.
func (a *analysis) firstContent() int {
	if c := a.content(); len(c) > 0 {
		return c[0]
	}
	return -1
}

// liked reports a word of liking anywhere, social or not.
func (a *analysis) liked() bool {
	for _, t := range a.t {
		if likedWords[t.w] {
			return true
		}
	}
	return false
}

// likedWords say the sender enjoys something: "love the music".
var likedWords = set("love", "loving", "like", "liking", "enjoy", "enjoying", "great", "good", "amazing",
	"brilliant", "fab", "lovely", "ace", "banging", "best", "awesome", "cool", "wicked", "top", "fave",
	"favourite", "class", "mint", "nice")

// fireThings follow "fire" in the name of a place or thing: "fire exits".
var fireThings = set("exit", "exits", "door", "doors", "escape", "escapes", "extinguisher", "extinguishers",
	"drill", "safety", "blanket", "marshal", "assembly", "point", "procedure", "procedures", "routes", "route")

func (a *analysis) taxi() []int {
	taxi := a.words(taxiWords)
	late := append(a.drop(a.words(lateWords), a.waitingOnly), a.spans(latePhrases)...)
	if firm := a.firmTokens(); len(taxi) == 0 && len(firm) > 0 {
		// "A1 rang, they can not do Pippa": the firm names the taxi.
		taxi = firm
		late = append(late, a.spans(firmLetDown)...)
	}
	if len(taxi) > 0 && len(late) == 0 && !a.onlyFrom(loneFiller, taxi, a.nameTokens()) {
		// "the taxi man was nice", "priya is in charge of the taxis": no
		// word says anything is wrong.
		return nil
	}
	if len(taxi) > 0 {
		// "jo got in her taxi" or "taxi is here" is good news, not a problem.
		if len(late) == 0 && (a.has(arrivePhrases) || a.has(sortedStrong)) {
			return nil
		}
		// "what time is jo's taxi" is a question, not a problem.
		if len(late) == 0 && a.statusQuestion() {
			return nil
		}
		return append(taxi, late...)
	}
	if pick := a.words(pickupWords); len(pick) > 0 && len(late) > 0 {
		// A named guest whose pickup is not a taxi is a late ride, not a problem.
		if r := a.ride(); r != nil && !isTaxiRide(r) {
			return nil
		}
		return append(pick, late...)
	}
	return nil
}

// lateSaid reports words that say a ride is late.
func (a *analysis) lateSaid() bool {
	return len(a.drop(a.words(lateWords), a.waitingOnly)) > 0 || a.has(latePhrases)
}

// waitingOnly reports "waiting" at token i that says no more than that a
// ride is awaited: "kev is waiting for his taxi" is the usual end of a
// night. Waiting is news of a late ride only when it has gone on: "still
// waiting", "been waiting", "waiting ages", "waiting 20 mins".
func (a *analysis) waitingOnly(i int) bool {
	if w := a.w(i); w != "waiting" && w != "wait" {
		return false
	}
	if prev := a.w(i - 1); prev == "still" || prev == "been" || prev == "long" {
		return false
	}
	for j := i + 1; j <= i+4 && j < len(a.t); j++ {
		if a.t[j].num > 0 || waitedLong[a.w(j)] {
			return false
		}
	}
	return true
}

// waitedLong say a wait has gone on too long.
var waitedLong = set("ages", "age", "long", "forever", "hour", "hours", "mins", "minutes", "min", "still", "over",
	"since")

// firmLetDown says a taxi firm cannot take a guest as booked.
var firmLetDown = ph("can not do", "can not take", "can not come", "can not make", "can not get", "not able")

func (a *analysis) lost() []int {
	if ps := a.spans(lostProperty); len(ps) > 0 {
		return ps
	}
	props := a.words(propNouns)
	verbs := append(a.words(lostVerbs), a.spans(lostPhrases)...)
	if len(props) > 0 && len(verbs) > 0 {
		return append(props, verbs...)
	}
	if len(props) == 0 && a.only("lost") {
		return a.content()
	}
	return nil
}

func (a *analysis) missing() []int {
	if len(a.words(propNouns)) > 0 || len(a.words(taxiWords)) > 0 {
		return nil
	}
	if idx := a.spans(missingStrong); len(idx) > 0 {
		return idx
	}
	// "has anyone seen the spotlight": anyone is who is asked, not who is
	// lost.
	who := a.drop(a.personRefs(), func(i int) bool { return a.w(i) == "anyone" || a.w(i) == "anybody" })
	if len(who) == 0 {
		return nil
	}
	if idx := a.spans(missingNeedsPerson); len(idx) > 0 {
		return append(idx, who...)
	}
	return nil
}

func (a *analysis) upset() []int {
	idx := a.words(upsetWords)
	// "hit his head" is an injury; "worried about the time" is not distress;
	// "scrap the paints" throws a plan away.
	idx = a.drop(idx, func(i int) bool {
		return a.w(i) == "row" && a.w(i-1) == "front" || a.w(i) == "scrap" && (i == a.firstContent() || scrapped[a.w(i+1)])
	})
	return append(idx, a.spans(upsetPhrases)...)
}

func (a *analysis) other() []int {
	given := a.spans(helpGiven)
	idx := a.drop(a.words(otherWords), func(i int) bool {
		switch a.w(i) {
		case "help":
			// "cheers for the help" thanks someone; "playing help by the
			// beatles" names a song.
			return slices.Contains(given, i) || a.w(i-1) == "for" || a.w(i-2) == "for" || a.w(i-3) == "for" ||
				titleBefore[a.w(i-1)]
		case "fire":
			// A fire exit or fire door is a place, not a fire.
			return fireThings[a.w(i+1)]
		case "quick":
			// "a quick question", "a quick smoke" is not "come quick".
			return a.w(i+1) == "question" || a.w(i-1) == "a"
		case "smoke":
			// "going for a smoke" is a break, not a fire.
			return smokeBreak[a.w(i-1)] && a.w(i+1) != "alarm" && a.w(i+1) != "coming"
		case "problem", "issue":
			return a.w(i-1) == "no" || a.w(i-1) == "a" && a.w(i-2) == "not"
		}
		return false
	})
	idx = append(idx, a.spans(otherPhrases)...)
	if a.drill() && !slices.ContainsFunc(idx, func(i int) bool { return !drillThings[a.w(i)] }) {
		return nil // "the fire alarm test is at 8"
	}
	return idx
}

var (
	// scrapped follow "scrap" when it throws something away: "scrap that".
	scrapped = set("the", "that", "this", "it", "my", "our", "those", "them")
	// smokeBreak come before "smoke" when it is a cigarette: "for a smoke".
	smokeBreak = set("a", "quick", "having", "for")
)

// titleBefore come before the name of a song or a thing: "a song called
// help", "playing help".
var titleBefore = set("called", "playing", "play", "sing", "singing", "song", "track", "sang", "played")

// drillThings are alarm words that a test or a practice is about.
var drillThings = set("fire", "alarm", "alarms", "smoke", "bell", "bells")

// drill reports a test or practice of an alarm: "fire drill", "alarm test".
func (a *analysis) drill() bool {
	for i := range a.t {
		if drillThings[a.w(i)] && (drillWords[a.w(i+1)] || drillWords[a.w(i+2)] || drillWords[a.w(i-1)]) {
			return true
		}
	}
	return false
}

var drillWords = set("drill", "drills", "test", "tests", "testing", "tested", "practice", "check", "checks")

// nameTokens are the tokens that name someone.
func (a *analysis) nameTokens() []int {
	var out []int
	for i := range a.t {
		if a.names[i] != (nameRef{}) {
			out = append(out, i)
		}
	}
	return out
}

// personRefs are tokens naming a person: a guest or team member by name,
// or words like someone, a lady, him.
func (a *analysis) personRefs() []int {
	var out []int
	for i := range a.t {
		if a.social[i] {
			continue
		}
		if personNouns[a.w(i)] || a.names[i].ride != "" || (a.names[i].person != "" && a.names[i].person != a.sender) {
			out = append(out, i)
		}
	}
	return out
}

func isTaxiRide(r *night.Ride) bool {
	p := lowerWord(r.Pickup + " " + r.Note)
	for w := range taxiWords {
		if containsWord(p, w) {
			return true
		}
	}
	return false
}
