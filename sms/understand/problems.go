package understand

import (
	"slices"
	"sort"
	"strings"
	"unicode"

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
		"overheated", "wasp", "sting", "shivering", "cough", "coughing", "coughs", "coughed", "stinging", "sneezing", "sneeze",
		"sneezes", "puffy", "itchy", "wheezy")
	unwellPhrases = ph("first aid", "head ache", "bad head", "funny turn", "dizzy turn", "dizzy spell", "threw up", "thrown up", "throwing up", "passed out", "fell over", "keeps falling",
		"fell down", "fallen over", "had a fall", "not well", "not feeling well", "not feeling good",
		"not feel well", "not feel very well", "not feel good", "not feel right", "not feeling too well",
		"not feeling very well", "not very well", "not feeling great", "not feel great", "not feeling right",
		"feeling rough", "feels funny", "feel funny", "feeling funny", "feels faint", "feel faint",
		"hit his head", "hit her head", "hit their head", "banged his head", "banged her head",
		"bumped his head", "bumped her head", "having a fit", "had a fit", "can not breathe", "feels bad",
		"feel bad", "feeling bad", "feels ill", "feeling ill", "been sick", "cut his", "cut her", "cut their",
		"cut my", "cut himself", "cut herself", "burnt his", "burnt her", "burned his", "burned her",
		"hurt his", "hurt her", "hurt their", "hurt my")
	// inAnEye says something got into someone's eye: "paint went in a lads
	// eye". Light that shines in an eye is none.
	inAnEye = cross([]string{"went", "gone", "got", "go", "goes", "flew", "splashed", "poked", "hit", "something",
		"glitter", "paint", "stuff", "sand", "dust", "bit"}, []string{"in"},
		[]string{"his", "her", "their", "there", "my", "a", "the", "someones", "sumones"}, []string{"eye", "eyes"})
	// knocks says a head or limb was knocked: "bumped there head".
	knocks = cross([]string{"hit", "banged", "bumped", "knocked", "bashed", "hurt", "cut"},
		[]string{"his", "her", "their", "there", "my"},
		[]string{"head", "arm", "leg", "knee", "hand", "face", "nose", "ankle", "wrist", "elbow", "foot"})

	spillWords = set("spilt", "spilled", "spill", "spills", "spilling", "spillage", "wet", "puddle", "leak",
		"soaking", "soaked", "sopping", "drenched", "splashed",
		"leaking", "leaked", "leaks", "slippery", "slippy", "flood", "flooded", "flooding", "mess", "messy", "sticky",
		"smashed", "smash", "shattered")
	spillThings  = set("drink", "glass", "floor", "mess")
	spillPhrases = ph("broken glass", "broken bottle", "knocked over", "dropped a drink", "dropped drink",
		"dropped a glass", "dropped glass", "dropped his drink", "dropped her drink", "glass everywhere",
		"drink everywhere", "water everywhere", "went everywhere", "gone everywhere", "all over the table", "glass broken", "glass broke", "all over the floor",
		"drink all over", "water all over", "all over the place")

	musicThings = set("music", "speaker", "speakers", "sound", "mic", "mics", "microphone", "amp",
		"amplifier", "decks", "deck", "volume", "playlist", "song", "songs", "tune", "tunes", "laptop",
		"stereo", "audio", "dj", "headphones", "spotify", "bluetooth", "aux", "cd", "mixer", "karaoke", "beats",
		"guitar", "keyboard", "drum", "drums", "jazz", "vinyl", "transmitter",
		"turntable", "turntables")
	musicTrouble = set("stopped", "stop", "stopping", "stops", "broken", "broke", "dead", "died", "crashed",
		"crash", "frozen", "froze", "fault", "faulty", "problem", "issue", "wrong", "trouble", "bust",
		"buzzing", "crackling", "crackly", "feedback", "skipping", "glitch", "glitching",
		"off", "gone", "nothing", "not", "no", "failed", "fail", "silent", "silence", "blown", "keeps",
		"cuts", "cutting", "distorted", "help", "noise", "dropped", "died", "snapped")
	// "loud" or "quiet" alone may be how the sender likes it: "too loud"
	// and "gone quiet" are faults.
	musicPhrases = ph("too loud", "too quiet", "gone quiet", "went quiet", "very quiet", "really quiet", "can not hear", "can hear nothing", "hear nothing", "cut out", "cutting out", "no sound",
		"no music", "turned off", "went off", "gone off", "keep jumping", "keeps jumping", "keep skipping",
		"keep stopping", "keeps stopping", "keep cutting out", "keep cutting")

	taxiWords       = set("taxi", "taxis", "cab", "cabs", "minicab", "uber")
	publicTransport = set("bus", "buses", "train", "trains", "tram", "trams")
	pickupWords     = set("car", "lift", "ride", "pickup", "driver", "transport", "bus", "minibus", "mum",
		"dad", "parent", "parents", "carer", "family", "brother", "sister", "nan", "gran", "grandma",
		"grandad", "husband", "wife", "partner", "worker", "escort", "taxi", "taxis", "cab", "cabs", "uber")
	lateWords   = set("late", "waiting", "wait", "delayed", "traffic", "missed", "cancelled", "canceled", "where", "still")
	latePhrases = ph("running late", "still waiting", "no sign", "not here", "not come", "not came",
		"not arrived", "not turned up", "not shown", "not showed", "no show", "not picked up",
		"not coming", "wrong place", "went without", "gone without", "left without", "not here yet",
		"not outside", "never came", "never come for", "never comes for", "never arrived", "never turned up", "never showed", "never showed up", "never shown up", "not yet", "no taxi", "no cab",
		"not booked", "not turned", "is not", "has not", "did not", "no one came", "nobody came", "not be here",
		"never sent", "not sent", "did not send", "have not sent", "has not sent", "forgot", "forgotten",
		"off without", "drove off", "drove away", "no driver", "no drivers", "no car", "no cars",
		"away without", "off with out", "away with out", "can not find the", "running behind", "mins behind", "minutes behind", "min behind")
	// leftWithout says a ride left a guest behind: the guest is here.
	leftWithout = ph("off without", "away without", "off with out", "away with out", "left without",
		"gone without", "went without")
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
		"jewellery", "top", "shirt", "trainers", "boots", "mittens", "coat", "headband", "hairband", "wristband",
		"bandana", "scrunchie", "hairclip")
	lostVerbs = set("found", "find", "lost", "lose", "losing", "missing", "left", "forgot", "forgotten", "dropped", "whose", "someones", "handed", "seen", "finds",
		"gone", "taken", "disappeared", "stolen", "nicked")
	lostProperty = ph("lost property")
	lostPhrases  = ph("lost property", "handed in", "left behind", "has anyone seen", "can not find",
		"without his", "without her", "without their", "without my")

	personNouns = set("someone", "somebody", "guest", "guests", "member", "members", "man", "woman", "lady",
		"boy", "girl", "guy", "lad", "lass", "friend", "person", "child", "kid", "him", "her", "them", "he",
		"she", "they", "client", "resident", "son", "daughter", "gentleman", "bloke", "fella", "anyone",
		"anybody", "mum", "dad", "brother", "sister", "women", "men", "ladies", "one")
	missingStrong = ph("missing", "gone missing", "went missing", "wandered off", "wandered", "ran off",
		"run off", "walked off", "walked out", "disappeared", "vanished", "no one knows where",
		"nobody knows where", "run away", "ran away", "gone walkabout", "wandering", "wandering about",
		"got out", "slipped out", "not come back", "never came back", "nowhere to be found", "nowhere to be seen",
		"nobody can find", "no one can find", "noone can find", "nobody has seen", "no one has seen", "nobody seen",
		"no one seen", "nobody knows where")
	// refuseBack is someone who will not come back in: where they are is
	// known.
	refuseBack         = ph("will not come back", "would not come back", "will not come out", "would not come out", "will not come down")
	missingNeedsPerson = ph("can not find", "where is", "where are", "not seen", "has anyone seen", "anyone know where", "anybody know where",
		"anyone seen", "lost", "looking for", "can not see", "seen", "where has", "where did", "is lost",
		"got lost", "gone off", "went off", "not back", "find", "anyone find", "help find", "search for",
		"searching for", "has gone off", "where has", "looking everywhere", "looked everywhere", "searching everywhere",
		"searched everywhere",
		// "liam ran out the fire door": a guest ran out of the building,
		// not out of stock.
		"ran out the door", "ran out of the door", "ran out the front door", "ran out the back door",
		"ran out the fire door", "ran out the fire exit", "ran out of the fire exit", "ran out the hall",
		"ran out of the hall", "ran out the building", "ran out of the building", "ran outside",
		"run out the door", "run out of the door", "run out the fire door", "run out of the hall", "run outside")

	upsetWords = set("upset", "crying", "cry", "cries", "cried", "tears", "teary", "sobbing", "arguing",
		"argue", "argues", "argued", "argument", "arguments", "row", "rowing", "fighting", "fight", "fights",
		"fought", "punch", "punched", "punching", "hitting", "hit", "kicking", "kicked", "angry", "furious",
		"shouting", "shout", "shouted", "shouts", "yelling", "yell", "screaming", "scream", "screamed",
		"scared", "frightened", "afraid", "terrified", "panic", "panicking", "panicked", "anxious",
		"anxiety", "distressed", "distress", "aggressive", "aggression", "rude", "bullying", "bully",
		"bullied", "teasing", "sad", "unhappy", "annoyed", "swearing", "meltdown", "threatening",
		"threatened", "harassing", "harassment", "pushing", "pushed", "shoved", "worried", "nervous",
		"lonely", "mad", "stressed", "overwhelmed", "bothering", "hassling", "grabbed", "grabbing", "scrap",
		"horrible", "nasty", "bullies", "crys", "shoving", "shove", "scuffle", "scuffling")
	upsetPhrases = ph("kicking off", "kicked off", "panic attack", "not happy", "having a go at", "lost his temper",
		"lost her temper", "lost their temper", "losing his temper", "losing her temper",
		"picking on", "melt down", "wants to go home", "had a go at", "has a go at")

	otherWords = set("help", "sos", "emergency", "urgent", "urgently", "fire", "smoke", "alarm", "police",
		"999", "security", "intruder", "stolen", "steal", "stealing", "thief", "theft", "drunk", "problem",
		"issue", "trouble", "broken", "broke", "accident", "danger", "dangerous", "unsafe", "creepy",
		"stranger", "assistance", "quick", "quickly", "flooding", "blocked", "overflowing", "jammed",
		"stuck", "locked", "leaking")
	otherPhrases = ph("something wrong", "something is wrong", "not working", "stopped working", "run out",
		"burnt out", "burned out", "conked out", "has packed in", "just packed in", "it packed in",
		"ran out", "come quick", "come quickly", "come here", "come now", "need someone", "need somebody",
		"need staff", "need you", "need a hand", "locked out", "power cut", "no power", "lights out",
		"lights went out", "lights off", "not ok", "not alright", "not right", "not safe", "call 999",
		"need help", "help me", "can you help", "can someone help", "can somebody help", "went off",
		"gone off", "will not work", "does not work", "not work", "gone blank", "gone dead", "gone black", "keeps crashing", "run out of", "is wrong", "gone wrong",
		"went wrong", "someone come", "somebody come", "anyone come", "can someone", "can somebody",
		"can anyone", "someone needed", "no loo roll", "no toilet roll", "need back up", "need backup",
		"will not lock", "will not unlock", "does not unlock", "not unlocking", "can not unlock",
		"come loose", "came loose", "coming loose", "gone loose", "is loose",
		"has snapped", "have snapped", "snapped in half", "is snapped", "has fused", "have fused", "fuse has blown",
		"fuse blown", "blown a fuse", "will not turn on", "does not turn on", "not turning on", "will not open", "will not close", "will not shut", "does not lock", "not locking",
		"heating is off", "heating off", "no heating", "too cold", "too hot", "smoking in", "vaping in",
		"smoke alarm", "is freezing", "it is freezing", "blowing away", "blown over", "fell down", "has fallen down",
		"fell over", "fallen over", "fallen down", "collapsed", "falling down", "falling over", "falling off",
		"fell off", "fallen off", "collapsing", "fell apart", "fallen apart", "falling apart", "came apart", "come apart", "could trip", "might trip", "will trip", "blew over", "blew away", "blown away", "tripped the fuse", "tripped the power",
		"tripped the electric", "tripped the electrics", "blown a fuse", "blew a fuse", "blown the fuse")
	// helpGiven is "help" offered, not asked for.
	helpGiven = ph("i can help", "can i help", "i will help", "happy to help", "i could help",
		"i am helping", "helping", "i am here to help", "shall i help", "i helped", "going to help",
		"to help with", "help with the", "came to help", "help out with", "stay and help", "stay to help", "staying to help")
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
	// "panic cars are here" names a taxi firm, not a guest in a panic.
	firm := a.firmTokens()
	for _, k := range kindOrder {
		if idx := a.drop(detectors[k](a), func(i int) bool {
			return a.knownWhere(i) || a.inTitlePair(i) || a.namedTitle(i) || slices.Contains(firm, i) || a.anyOf(i) || a.signOf(i) ||
				a.topicOf(i) || a.fellLaughing(i) || a.watchedFor(i) || k == night.Upset && (a.actDid(i) || a.handledThing(i) || a.w(i) == "mad" && lookVerbs[a.w(i-1)]) || a.thankedFor(i)
		}); len(idx) > 0 && !a.namesWhoItWas(idx) && !a.kindTroubleDenied(idx) {
			hits = append(hits, problemHit{kind: k, idx: idx})
		}
	}
	hits = a.rideWorries(hits)
	hits = a.lostWorries(hits)
	hits = a.shakenUpset(hits)
	hits = a.songNotRow(hits)
	hits = a.tooLoudFor(hits)
	hits = a.effortAche(hits)
	// An emoji says how the sender feels; words say what happened. A kind
	// only an emoji speaks of comes after the kinds words speak of.
	sort.SliceStable(hits, func(x, y int) bool { return !a.allEmoji(hits[x].idx) && a.allEmoji(hits[y].idx) })
	return hits
}

// songNotRow drops an upset told only by a loud word when the music has
// gone wrong and no one is named: "sound's gone off in the middle of twist
// and shout" names a song.
func (a *analysis) songNotRow(hits []problemHit) []problemHit {
	music := slices.ContainsFunc(hits, func(h problemHit) bool { return h.kind == night.Music })
	if !music || a.personWordSaid() || len(a.personRefs()) > 0 {
		return hits
	}
	return slices.DeleteFunc(slices.Clone(hits), func(h problemHit) bool {
		return h.kind == night.Upset && !slices.ContainsFunc(h.idx, func(i int) bool { return !songWords[a.w(i)] })
	})
}

// tooLoudFor drops an unwell or upset told only by what music too loud
// does to people or animals: "music is way 2 loud its hurting peoples
// ears", "the rabbits r scared". The music is what to sort.
func (a *analysis) tooLoudFor(hits []problemHit) []problemHit {
	loud := slices.ContainsFunc(hits, func(h problemHit) bool {
		return h.kind == night.Music && slices.ContainsFunc(h.idx, func(i int) bool { return a.w(i) == "loud" || a.w(i) == "louder" })
	})
	if !loud {
		return hits
	}
	return slices.DeleteFunc(slices.Clone(hits), func(h problemHit) bool {
		switch h.kind {
		case night.Unwell:
			return !slices.ContainsFunc(h.idx, func(i int) bool { return !loudHurts[a.w(i)] || !a.earsWithin(i, 3) })
		case night.Upset:
			return !slices.ContainsFunc(h.idx, func(i int) bool { return !fearWords[a.w(i)] })
		}
		return false
	})
}

// effortAche drops an unwell told only by the sender's own cheeks, arms
// or feet aching from the work, laughed about: "balloons all blown up my
// cheeks hurt lol". Nobody needs first aid; the job is the news.
func (a *analysis) effortAche(hits []problemHit) []problemHit {
	if !a.laughing() {
		return hits
	}
	return slices.DeleteFunc(slices.Clone(hits), func(h problemHit) bool {
		return h.kind == night.Unwell && !slices.ContainsFunc(h.idx, func(i int) bool {
			return !loudHurts[a.w(i)] || !effortParts[a.w(i-1)] || a.w(i-2) != "my"
		})
	})
}

// effortParts ache from hard work: blowing, carrying, standing.
var effortParts = set("cheeks", "arms", "feet", "legs", "back", "hands", "fingers", "lungs", "shoulders")

// earsWithin reports ears or heads among the n words after i: "hurting
// peoples ears", "hurts my head".
func (a *analysis) earsWithin(i, n int) bool {
	for j := i + 1; j < len(a.t) && j <= i+n; j++ {
		if w := a.w(j); w == "ears" || w == "ear" || w == "head" || w == "heads" {
			return true
		}
	}
	return false
}

var (
	// loudHurts are what a loud sound does to ears.
	loudHurts = set("hurt", "hurting", "hurts", "pain", "painful", "ache", "aching")
	// fearWords tell of being frightened, which a din alone may do.
	fearWords = set("scared", "frightened", "afraid", "terrified")
)

// shakenUpset puts an upset ahead of an unwell told only by shaking: in
// "she is really upset, she is shaking and wont stop crying" the shaking
// is how upset she is.
func (a *analysis) shakenUpset(hits []problemHit) []problemHit {
	un := slices.IndexFunc(hits, func(h problemHit) bool { return h.kind == night.Unwell })
	up := slices.IndexFunc(hits, func(h problemHit) bool { return h.kind == night.Upset })
	if un < 0 || up < 0 || up < un || a.allEmoji(hits[up].idx) ||
		slices.ContainsFunc(hits[un].idx, func(i int) bool { return !shakeWords[a.w(i)] }) {
		return hits
	}
	out := slices.Clone(hits)
	out[un], out[up] = out[up], out[un]
	return out
}

// helpOffered reports "help" at i offered or said of later, not asked
// for: "rose will help me with the speakers", "he is going to help kieran
// with the music". given is a.spans(helpGiven).
func (a *analysis) helpOffered(i int, given []int) bool {
	return a.w(i) == "help" && (helpLater[a.w(i-1)] || slices.Contains(given, i))
}

// shakeWords tell of shaking, which fear and upset bring as often as
// illness.
var shakeWords = set("shaking", "shaky", "trembling", "shakes")

// wantsHome is a guest waiting to go: with a late taxi, the taxi is what
// to sort.
var wantsHome = ph("wants to go home", "want to go home", "wanting to go home", "wanna go home", "just wants to go home")

// worksWell say a thing works as it should: "they all fire ok".
var worksWell = set("ok", "fine", "properly", "alright", "perfect", "perfectly", "good", "well", "+ok")

// stuckOnto follow "stuck" when someone stuck a thing on: "stuck the
// paper up", "stuck them on the wall".
var stuckOnto = set("the", "up", "them", "it", "all", "some", "a", "our", "my")

// discoNotSound follow "disco" when it names a thing that makes no sound.
var discoNotSound = set("lights", "light", "ball", "balls", "lighting", "lamp", "lamps", "room", "hall", "floor")

// songWords are loud words that are often in a song's name.
var songWords = set("shout", "scream", "cry", "crying", "help")

// rideWorries puts a late ride ahead of the worry it causes: in "franks
// cab is late hes worried" the guest is worried because of the taxi, and
// the taxi is what the team can sort. A fight or shouting is still an
// upset first, and so is a worry told before the ride ("ada is crying her
// taxi hasnt come").
func (a *analysis) rideWorries(hits []problemHit) []problemHit {
	return a.worryAfter(hits, night.Taxi, func(i int) bool { return worryWords[a.w(i)] || slices.Contains(a.spans(wantsHome), i) })
}

// lostWorries puts lost property ahead of an upset told after it only by
// worry: in "a lady has lost her handbag ... she is worried cos her keys
// r in it" the bag is what to find. Tears still go to a person.
func (a *analysis) lostWorries(hits []problemHit) []problemHit {
	return a.worryAfter(hits, night.Lost, func(i int) bool { return mildWorry[a.w(i)] })
}

// worryAfter puts trouble of kind k ahead of an upset told after it whose
// every word feels reports as how someone feels about that trouble.
func (a *analysis) worryAfter(hits []problemHit, k night.ProblemKind, feels func(i int) bool) []problemHit {
	up := slices.IndexFunc(hits, func(h problemHit) bool { return h.kind == night.Upset })
	at := slices.IndexFunc(hits, func(h problemHit) bool { return h.kind == k })
	if up < 0 || at < 0 || at < up || slices.Min(hits[up].idx) < slices.Min(hits[at].idx) ||
		slices.ContainsFunc(hits[up].idx, func(i int) bool { return !feels(i) }) {
		return hits
	}
	out := slices.Clone(hits)
	out[up], out[at] = out[at], out[up]
	return out
}

// mildWorry are worry about a thing, not distress.
var mildWorry = set("worried", "worrying", "stressed", "nervous", "anxious", "fretting")

// worryWords are how a guest feels, not what anyone does to them.
var worryWords = set("upset", "crying", "cry", "tears", "teary", "sobbing", "scared", "frightened", "afraid",
	"panic", "panicking", "panicked", "anxious", "anxiety", "distressed", "sad", "unhappy", "worried", "stressed",
	"nervous", "worrying", "fretting")

// thankedFor reports trouble at i that someone is thanked or praised for
// dealing with: "well done for sorting the spill dan", "thanks for
// finding ivy". It is over.
func (a *analysis) thankedFor(i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if !dealtVerbs[a.w(j)] {
			continue
		}
		if a.w(j-1) == "for" && praiseFor[a.w(j-2)] || a.w(j-1) == "for" && a.w(j-2) == "one" && a.w(j-3) == "nice" {
			return true
		}
	}
	return false
}

var (
	// dealtVerbs deal with a problem: "sorting", "cleaning up".
	dealtVerbs = set("sorting", "cleaning", "mopping", "fixing", "finding", "clearing", "wiping", "dealing",
		"handling", "helping", "calming", "looking", "getting", "sweeping")
	// praiseFor come before "for" in thanks: "thanks for", "well done for".
	praiseFor = set("thanks", "thank", "you", "cheers", "ta", "done", "job", "praise", "thx", "thankyou")
)

// handledThing reports a word of grabbing or pushing said of a thing:
// "grabbing sum blue roll", "pushed the trolley back". Said of a person
// ("grabbed jo", "pushing him") it is trouble.
func (a *analysis) handledThing(i int) bool {
	if !handleVerbs[a.w(i)] {
		return false
	}
	j := i + 1
	for thingDeterminers[a.w(j)] {
		j++
	}
	if j >= len(a.t) || j == i+1 && (!a.v.known(a.w(j)) || placePreps[a.w(j)] || endParticles[a.w(j)] || a.w(j) == "over") {
		return false // "i got pushed over by the door"
	}
	w := a.w(j)
	return a.name(j) == (nameRef{}) && w != "each" && w != "other" && !personWord(w) &&
		(english[w] || a.v.words[w]) && !a.t[j].cap
}

var (
	handleVerbs      = set("grabbing", "grabbed", "grab", "pushing", "pushed", "push")
	thingDeterminers = set("some", "sum", "the", "a", "more", "my", "our", "that", "this", "those", "these", "an")
)

// peopleWentOff reports "gone off" or "went off" at i said of people
// leaving: "everyone's gone off in their lifts", "they went off home". A
// fuse or a speaker that goes off is trouble.
func (a *analysis) peopleWentOff(i, n int) bool {
	if w := a.w(i); n != 2 || w != "gone" && w != "went" || a.w(i+1) != "off" {
		return false
	}
	j := i - 1
	for j >= 0 && (isWords[a.w(j)] || a.w(j) == "all" || a.w(j) == "have" || a.w(j) == "has") {
		j--
	}
	if j >= 0 && (personWords[a.w(j)] || personNouns[a.w(j)] || a.name(j) != (nameRef{})) {
		return true
	}
	next := a.w(i + 2)
	return next == "home" || (next == "in" || next == "with") && rideThings[a.w(i+4)]
}

var rideThings = set("lifts", "lift", "taxi", "taxis", "cab", "cabs", "car", "cars", "minibus", "bus")

// lookVerbs say how a thing looks: "the hats look mad" is how they look.
var lookVerbs = set("look", "looks", "looking", "looked")

// thingGoneOff reports "gone off" or "went off" said of a thing: "Mark's
// music has gone off" is the music, not Mark.
func (a *analysis) thingGoneOff() bool {
	for i := range a.t {
		if (a.w(i) == "gone" || a.w(i) == "went") && a.w(i+1) == "off" && a.thingSubject(i) {
			return true
		}
	}
	return false
}

var goneOffWords = set("has", "have", "gone", "went", "off")

// wentWithRide reports "gone off with" or "went with" someone who takes
// guests home: "gone off with her support worker", "went with his mum".
func (a *analysis) wentWithRide() bool {
	for i := range a.t {
		if w := a.w(i); w != "gone" && w != "went" && w != "left" {
			continue
		}
		k := i + 1
		if a.w(k) == "off" || a.w(k) == "home" {
			k++
		}
		if a.w(k) != "with" {
			continue
		}
		for j := k + 1; j <= k+3 && j < len(a.t); j++ {
			if pickupWords[a.w(j)] || taxiWords[a.w(j)] || a.w(j) == "worker" || a.w(j) == "carer" {
				return true
			}
		}
	}
	return false
}

// gameLost reports "lost" said of a team or a band, which lose a game, not
// their way: "shauna is crying cos her band lost".
func (a *analysis) gameLost(i int) bool {
	if a.w(i) != "lost" {
		return false
	}
	// "he lost in the semi final", "he lost all his chips": someone who
	// lost a game or a stake, not someone lost. "he is lost", "she got
	// lost" still are.
	if (a.w(i-1) == "he" || a.w(i-1) == "she" || a.w(i-1) == "they") && (a.w(i+1) == "in" || a.w(i+1) == "all" || a.w(i+1) == "every" || a.w(i+1) == "again" || gameWords[a.w(i+2)]) {
		return true
	}
	return teamWords[a.w(i-1)] && (possessives[a.w(i-2)] || a.w(i-2) == "the")
}

var teamWords = set("band", "team", "side", "group", "table", "act")

// seenThing reports "seen" said of a thing, not a person: "before the
// judges seen it". "anyone seen jo" looks for someone.
func (a *analysis) seenThing(i int) bool {
	return a.w(i) == "seen" && seenThings[a.w(i+1)]
}

var seenThings = set("it", "that", "this", "what", "how")

// actDid reports trouble at i done by an act of the running order:
// "buttons cried" of "Act two: Buttons sings", "the lost boys were
// screaming". It is part of the show.
func (a *analysis) actDid(i int) bool {
	if !loudWords[a.w(i)] && a.w(i) != "sad" {
		return false // "the boys were fighting" may be boys in the crowd
	}
	j := i - 1
	for j >= 0 && actLink[a.w(j)] {
		j--
	}
	if j < 0 || a.name(j) != (nameRef{}) {
		return false
	}
	for _, it := range a.v.items {
		if actNames(it.item.Title)[a.w(j)] {
			return true
		}
	}
	return false
}

// actLink stand between an act and what it did: "buttons was crying".
var actLink = set("was", "were", "is", "are", "s", "has", "had", "got", "just", "really", "so", "then", "all")

// namesWhoItWas reports trouble told only to say who is meant: "the man
// who felt ill went home", "the lady who was sick has gone home now". The
// trouble was told before; the news is what they did next. "a man who
// feels ill needs help" is new, and so is trouble after the clause.
func (a *analysis) namesWhoItWas(idx []int) bool {
	first := slices.Min(idx)
	j := first - 1
	for j >= 0 && j >= first-4 && whoClause[a.w(j)] {
		j--
	}
	if w := a.w(j); w != "who" && w != "that" || !personNouns[a.w(j-1)] || !knownOne[a.w(j-2)] {
		return false
	}
	// k runs to the start of what they did next.
	k := j + 1
	for k < len(a.t) && (slices.Contains(idx, k) || whoClause[a.w(k)] || possessives[a.w(k)]) && !(k > first && whoNext[a.w(k)]) {
		k++
	}
	if !whoNext[a.w(k)] {
		return false
	}
	for _, i := range idx {
		if i >= k && !whoNext[a.w(i)] {
			return false // "the man who fell over is bleeding"
		}
	}
	return true
}

var (
	// knownOne points back at someone already spoken of: "the man".
	knownOne = set("the", "that", "this")
	// whoClause may stand inside "who was sick": "who felt really ill".
	whoClause = set("was", "were", "felt", "had", "been", "got", "is", "feeling", "so", "really", "very", "bit", "a")
	// whoNext start what they did next: "went home", "is fine".
	whoNext = set("went", "gone", "has", "have", "is", "s", "was", "left", "got", "seems", "looks", "now", "feels",
		"says", "said", "just", "came", "come", "sat", "sitting", "dancing", "back", "found")
)

// topicHolders are what may be "about" something: "question 5 is about
// the great fire", "a film about a boy who goes missing", and what people
// know of or were warned about.
var topicHolders = set("is", "was", "s", "its", "all", "question", "questions", "film", "films", "movie", "song",
	"songs", "story", "stories", "round", "quiz", "book", "talk", "programme", "show", "video", "game", "play",
	// "everyone knows about the slippy floor": what the team was told of.
	"knows", "know", "warned", "reminded", "briefed")

// topicOf reports the word of trouble at i inside what a question, film or
// song is about: its topic, not news. "worried about ella, she is crying"
// is still news.
func (a *analysis) topicOf(i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		switch w := a.w(j); {
		case w == "about":
			return topicHolders[a.w(j-1)]
		case w == "and" || w == "but" || w == "so" || personWords[w] && w != "no" || w == "her" || w == "his":
			return false
		}
	}
	return false
}

// watchedFor reports the word of trouble at i as what to watch out for:
// "watch out for spills near the tombola", "keep an eye out for anyone
// upset". It has not happened.
func (a *analysis) watchedFor(i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if a.w(j) == "and" || a.w(j) == "but" {
			return false
		}
		if n := a.startsAt(j, watchAsk); n > 0 && j+n <= i && a.w(j+n-1) != "on" {
			return true
		}
	}
	return false
}

// signWords are things that warn of trouble: "wet floor sign".
var signWords = set("sign", "signs", "cone", "cones", "notice", "notices", "poster", "posters", "sticker", "stickers")

// signOf reports the word of trouble at i as the name of a sign: "wet
// floor sign is out", "the fire exit signs". Putting one up is no new
// trouble.
func (a *analysis) signOf(i int) bool {
	return signWords[a.w(i+1)] || signWords[a.w(i+2)] && !a.t[i+1].emoji && isAlpha(a.w(i+1))
}

// anyJoin may stand between "any" and the trouble it stands for: "any
// spills or broken glass".
var anyJoin = set("or", "and", "more", "other", "big", "spills", "spill", "broken", "glass", "mess")

// anyOf reports the word of trouble at i as one of "any" trouble: "mop up
// any spills you see", "tell me about any spills or broken glass". No
// spill in particular has happened.
func (a *analysis) anyOf(i int) bool {
	if a.asking() {
		return false // "are there any spills" is answered as a question
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch w := a.w(j); {
		case w == "any":
			return true
		case !anyJoin[w]:
			return false
		}
	}
	return false
}

// inTitlePair reports token i and a word beside it written as two words
// that follow each other in a job's title, a timeline item or the venue's
// name: "the water fight" names "Run the water fight", "the puddle
// jumpers" the act on at 7:30, and "the old fire station" is where the
// night is; none of them is trouble. A pair that is itself a call for help
// ("first aid", "smoke alarm") stays one, whatever the plan is called.
func (a *analysis) inTitlePair(i int) bool {
	if a.t[i].emoji {
		return false
	}
	for _, words := range a.v.phrases {
		for k := 0; k+1 < len(words); k++ {
			x, y := stem(words[k]), stem(words[k+1])
			if alarmPairs[words[k]+" "+words[k+1]] {
				continue
			}
			// "the music keeps cutting out" is no "dinosaur cut-outs": a
			// word in -ing is a doing, not the thing the title names.
			if x == stem(a.w(i)) && i+1 < len(a.t) && y == stem(a.w(i+1)) && ingAlike(a.w(i), words[k]) ||
				y == stem(a.w(i)) && i > 0 && x == stem(a.w(i-1)) && ingAlike(a.w(i-1), words[k]) {
				return true
			}
		}
	}
	return false
}

// ingAlike reports two words both in -ing or neither.
func ingAlike(w, title string) bool {
	return strings.HasSuffix(w, "ing") == strings.HasSuffix(title, "ing")
}

var lostForWords = ph("lost for words")

// lpHolders follow "lost property" when the text says where it is kept:
// "lost property box is by the door".
var lpHolders = set("box", "boxes", "table", "desk", "bin", "basket", "crate", "tub", "bag", "cupboard", "shelf")

// namedTitle reports a problem word that is the name of a song, a film
// or a game: "a song called fight", "the song fire by the kings".
func (a *analysis) namedTitle(i int) bool {
	switch a.w(i - 1) {
	case "called", "named", "titled":
		return true
	case "song", "track", "tune", "film", "movie":
		return a.w(i+1) == "by"
	}
	return a.songPlayed(i)
}

// songPlayed reports the word at i in the name of a song someone plays or
// will play: "kieran is gonna play twist and shout", "put on help by the
// beatles". "playing up" is a fault, and "stop playing" stops it.
func (a *analysis) songPlayed(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := a.w(j)
		if playVerbs[w] {
			// "the kids are playing and fighting" is a fight.
			return !playedHow[a.w(j+1)] && !strings.HasSuffix(a.w(i), "ing") && a.w(j-1) != "stop" &&
				a.w(j-1) != "stopped" && !a.negated(j)
		}
		if w != "and" && w != "the" && w != "a" && a.t[j].num == 0 && !english[w] {
			return false
		}
	}
	return false
}

var (
	playVerbs = set("play", "playing", "played", "plays")
	// playedHow follow a word of playing that is no song's name.
	playedHow = set("up", "and", "with", "about", "around", "together", "nice", "nicely", "rough", "fighting", "out")
)

// alarmPairs are the two words next to each other in any phrase that
// raises a problem: "first aid", "smoke alarm", "fell over".
var alarmPairs = func() map[string]bool {
	m := map[string]bool{}
	for _, table := range [][]phrase{unwellPhrases, spillPhrases, musicPhrases, latePhrases, lostPhrases,
		upsetPhrases, otherPhrases} {
		for _, p := range table {
			for k := 0; k+1 < len(p); k++ {
				m[p[k]+" "+p[k+1]] = true
			}
		}
	}
	return m
}()

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
	// "ill" that means "I'll" was rewritten already; "sick of" is fed up,
	// "sick with excitement" is happy, "this tune is sick" is praise.
	idx = a.drop(idx, func(i int) bool {
		if a.w(i) == "blood" && (a.w(i-1) == "fake" || drinkWords[a.w(i+1)] || foodThings[a.w(i+1)]) {
			return true // "fake blood", "blood punch": make-up and drinks
		}
		return a.w(i) == "sick" && (a.w(i+1) == "of" || a.sickMess(i) || a.w(i+1) == "with" && sickWith[a.w(i+2)] ||
			a.praisedThing(i) || a.nightThingSick(i) || musicThings[a.w(i+1)] || sickThings[a.w(i+1)] || a.w(i+1) == "and" && a.w(i+2) == "tired")
	})
	spans := append(a.spans(unwellPhrases), a.spans(knocks)...)
	spans = append(spans, a.spans(inAnEye)...)
	if a.firstAidThing() {
		// "the first aid kit is in the kitchen" is where a thing is.
		spans = a.drop(spans, func(i int) bool { return a.w(i) == "first" || a.w(i) == "aid" })
	}
	idx = append(idx, spans...)
	// "the banner fell down" is a thing that fell, not a person hurt.
	return a.drop(idx, func(i int) bool {
		if a.w(i) == "tripped" && electricWords[a.w(i+2)] || a.w(i) == "fell" && a.w(i+1) == "asleep" {
			return true // "tripped the fuse", "fell asleep"
		}
		if (a.w(i) == "fell" || a.w(i) == "fallen" || a.w(i) == "falling") && (a.w(i-1) == "it" || a.w(i+1) == "out" || a.w(i+1) == "apart") {
			return true // "it fell out his pocket": a thing, lost or dropped
		}
		if a.w(i) == "temperature" && thingTemperature[a.w(i-1)] {
			return true // "oven is up to temperature", "the water is the right temperature"
		}
		if a.w(i) == "pain" && (a.w(i+1) == "to" || a.w(i-1) == "a" && beVerbs[a.w(i-2)] && a.w(i+1) == "") {
			return true // "the teas are a pain to make" moans
		}
		if (a.w(i) == "burnt" || a.w(i) == "burned") && (cookedThing(a.w(i+1), a.w(i+2)) || a.foodBurnt(i)) {
			return true // "burnt the burgers", "his pizza got burnt": cooking, not a burn
		}
		if (a.w(i) == "first" || a.w(i) == "aid") && a.thingMissing() {
			return true // "first aid kit is missing"
		}
		return a.thingFell(i) || (a.w(i) == "down" || a.w(i) == "over" || a.w(i) == "his" || a.w(i) == "her") && a.thingFell(i-1)
	})
}

// sickMess reports "sick" at i said of a mess to clean, with nobody said
// to be ill: "theres sick on the floor in the boys toilets", "sick on the
// floor in the toilets". "someone has been sick on the floor" tells of a
// person, who may need looking after: unwell.
func (a *analysis) sickMess(i int) bool {
	if a.w(i) != "sick" || a.w(i+1) != "on" && a.w(i+1) != "all" && a.w(i+1) != "everywhere" {
		return false
	}
	if c := a.content(); len(c) == 0 || c[0] != i && !(a.w(i-1) == "is" && a.w(i-2) == "there" || a.w(i-1) == "some" || a.w(i-1) == "of") {
		return false
	}
	if len(a.personRefs()) > 0 {
		return false
	}
	for j := range a.t {
		w := a.w(j)
		if (personNouns[w] || personWords[w] && w != "no") && !toilets[a.w(j+1)] {
			return false // "the boys toilets" is a place
		}
	}
	return true
}

// toilets are what "boys", "ladies" or "mens" may name: a place.
var toilets = set("toilet", "toilets", "loo", "loos")

// leftAtHome reports a thing left or forgotten at home, at i: it was never
// brought, so nothing is lost at the night.
func (a *analysis) leftAtHome(i int) bool {
	for k := i + 1; k < len(a.t) && k <= i+6; k++ {
		if a.w(k) == "at" && (a.w(k+1) == "home" || possessives[a.w(k+1)] && (a.w(k+2) == "house" || a.w(k+2) == "home")) ||
			a.w(k) == "home" && k == i+1 {
			return true
		}
	}
	return false
}

// sickWith follow "sick with" when it is a feeling: "sick with nerves".
var sickWith = set("excitement", "nerves", "nerve", "worry", "worrying", "anticipation", "jealousy", "envy")

// fellLaughing reports the fall at i said of laughing hard: "fell over
// laughing", "falling about laughing", "fell off my chair laughing".
func (a *analysis) fellLaughing(i int) bool {
	fall := set("fell", "falling", "fallen", "fall", "falls")
	if !fall[a.w(i)] && !fall[a.w(i-1)] && !fall[a.w(i-2)] {
		return false
	}
	for j := i; j <= i+4 && j < len(a.t); j++ {
		if w := a.w(j); w == "laughing" || w == "laughin" || w == "laughter" {
			return true
		}
		if j > i && (a.w(j) == "and" || a.w(j) == "but") {
			return false
		}
	}
	return false
}

// nightThingSick reports "sick" said of a thing a job of the night
// names, past "are" or "look": "the lights are sick", "decs look sick".
// "feels sick" or a person is never one.
func (a *analysis) nightThingSick(i int) bool {
	j, linked := i-1, false
	for j >= 0 {
		w := a.w(j)
		if w == "are" || w == "is" || w == "look" || w == "looks" || w == "looking" || w == "was" || w == "were" {
			linked = true
		} else if w != "so" && w != "well" && w != "proper" && w != "really" && w != "dead" {
			break
		}
		j--
	}
	if linked && j >= 0 && lookVerbs[a.w(j+1)] && a.looksThing(j) && !a.personWordSaid() {
		return true // "the disco lights go red then amber then green looks sick"
	}
	if !linked || j < 0 || a.name(j) != (nameRef{}) || len(a.personRefs()) > 0 {
		return false
	}
	w := a.w(j)
	return a.v.words[w] && !personNouns[w] && !personWords[w] && !unwellWords[w] && !bodyParts[w]
}

// personWordSaid reports a word for a person ("the lad", "she") anywhere.
func (a *analysis) personWordSaid() bool {
	for i := range a.t {
		if w := a.w(i); personNouns[w] || personWords[w] && w != "no" {
			return true
		}
	}
	return false
}

// looksThing reports the word at j, said just before "looks", as a thing:
// a dictionary word typed small that is no name or word for a person.
func (a *analysis) looksThing(j int) bool {
	w := a.w(j)
	if titleParticles[w] || w == "up" || w == "out" {
		j-- // "GLOW LIGHTS UP!! looks sick": the lights are up
		w = a.w(j)
	}
	// A capital names a person ("Ray looks sick"), unless the word is all
	// in capitals ("LIGHTS UP").
	named := j >= 0 && a.t[j].cap && !a.shoutedWord(j)
	return j >= 0 && a.name(j) == (nameRef{}) && !named && (english[w] || a.v.words[w]) && !personWord(w) &&
		!unwellWords[w] && !bodyParts[w]
}

var bodyParts = set("tummy", "stomach", "belly", "head", "chest", "throat")

// sickThings are things named by "sick": "the sick bucket is under the
// sink" is where a thing is, not someone ill.
var sickThings = set("bucket", "buckets", "bag", "bags", "bowl", "bowls", "note", "day", "leave", "pay")

// fallWords say something fell or was damaged; said of a person they are
// an injury, said of a thing ("the banner fell down", "the hot pot is
// burnt", "the urn has tripped the fuse") they are trouble of another kind.
var fallWords = set("fell", "fallen", "falling", "burnt", "burned", "tripped", "collapsed", "collapsing")

// foodBurnt reports "burnt" at i said of food: "his pizza got burnt",
// "the toast is burnt". Whoever owns it is not hurt.
func (a *analysis) foodBurnt(i int) bool {
	j := a.subjectAt(i)
	for a.w(j) == "get" {
		j = a.subjectAt(j) // "the pizzas get burnt"
	}
	w := a.w(j)
	return j >= 0 && (foodThings[w] || foodThings[strings.TrimSuffix(w, "s")]) && a.name(j) == (nameRef{})
}

// cookedThing reports that the words after "burnt" name a thing, not a
// part of someone: "burnt the burgers", not "burnt her hand".
func cookedThing(next, after string) bool {
	if next == "the" || next == "some" || next == "all" || next == "a" && !personWords[after] {
		return !personWords[after] && !personNouns[after]
	}
	return foodThings[next]
}

// helpLater come before "help" when it is help someone will give:
// "rose will help me with the speakers later".
var helpLater = set("will", "would", "gonna", "might", "shall")

// offerBefore come before "to help" when it is an offer, not a call:
// "ready to help", "happy to help", "here to help", "staying to help".
var offerBefore = set("ready", "happy", "glad", "here", "free", "able", "want", "wants", "love", "keen", "came",
	"come", "about", "staying", "stay", "stopping", "stayed", "stopped", "hanging")

// stayingToHelp reports "to help" at i-1 after the sender staying on a
// while: "im staying till the end to help tidy". A call for someone to
// help ("need someone to stay and help") names who is needed.
func (a *analysis) stayingToHelp(i int) bool {
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		switch w := a.w(k); {
		case w == "need" || w == "needs" || personNouns[w]:
			return false
		case w == "staying" || w == "stay" || w == "stopping" || w == "stopped" || w == "stayed":
			return k > 0 && (a.w(k-1) == "am" || a.w(k-1) == "i" || a.w(k-1) == "will" || a.w(k-1) == "we")
		}
	}
	return false
}

// offerBetween may stand between a word of offering and "to help": "stay
// late to help", "come back to help".
var offerBetween = set("late", "on", "behind", "back", "around", "about", "over", "here")

// electricWords are what trips or blows: "tripped the fuse".
var electricWords = set("fuse", "fuses", "power", "electric", "electrics", "switch", "breaker", "lights")

// subjectAt is the word a happening at i is said of, past the little
// words between (fallAux): "pizza" of "his pizza got burnt", "blinds" of
// "the blinds has fell down". It is -1 when there is none.
func (a *analysis) subjectAt(i int) int {
	j := i - 1
	for j >= 0 && fallAux[a.w(j)] {
		j--
	}
	return j
}

// fallAux may stand between who fell and the word of falling.
var fallAux = set("has", "have", "had", "just", "is", "was", "all", "now", "s", "then", "also", "totally",
	"completely", "gone", "come", "keeps", "kept", "keep", "are", "been", "got", "a", "bit")

// personWords are words for a person beyond personNouns: "i", "we".
var personWords = set("i", "me", "we", "you", "us", "he", "she", "they", "carer", "worker", "nan", "gran",
	"grandma", "grandad", "husband", "wife", "partner", "driver", "lad", "lads", "girls", "boys", "people",
	"everyone", "everybody", "nobody", "no", "dancers", "dancer", "singer", "team", "hand", "arm", "leg",
	"foot", "finger", "head", "knee", "ankle", "face", "wrist")

// personWord reports a word for a person, or for people: "lad", "she",
// "girls".
func personWord(w string) bool {
	return personNouns[w] || personWords[w] || personNouns[strings.TrimSuffix(w, "s")]
}

// thingFell reports that the fall word at i is said of a thing.
func (a *analysis) thingFell(i int) bool {
	return fallWords[a.w(i)] && a.thingSubject(i)
}

// thingSubject reports that what the word at i is said of is a known
// thing, not a person, and the text names no person who may be hurt or
// missing: "one of the blinds has fell down", "the cash tin is missing".
// An unknown word is taken for a person.
func (a *analysis) thingSubject(i int) bool {
	j := a.subjectAt(i)
	if j < 0 {
		return false
	}
	w := a.w(j)
	if a.name(j) != (nameRef{}) || personWord(w) ||
		!a.v.known(w) && !a.v.stems[stem(w)] && !a.namedThing(j) {
		return false
	}
	for _, k := range a.personRefs() {
		if a.w(k) != "one" && !a.nearMissed(k) && !(a.t[k].poss && k == j-1) {
			return false // "Mark's music": Mark only owns the thing
		}
	}
	return true
}

// namedThing reports the word at j as a thing told with "the" or "a"
// before it: "the changing room curtain has fallen down". A word of the
// dictionary, typed small, after "the" is no guest's name.
func (a *analysis) namedThing(j int) bool {
	if !english[a.w(j)] || a.t[j].cap || a.t[j].fixed {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch w := a.w(k); {
		case w == "the" || w == "a" || w == "that" || w == "this" || w == "our":
			return true
		case !english[w] || personNouns[w] || personWords[w] || a.name(k) != (nameRef{}):
			return false
		}
	}
	return false
}

// firstAidThing reports "first aid" naming a thing or a person's role
// ("first aid kit", "first aider", "who is on first aid") in a text that
// asks for nothing.
func (a *analysis) firstAidThing() bool {
	for i := range a.t {
		if a.w(i) == "first" && a.w(i+1) == "aid" && (aidThings[a.w(i+2)] || a.w(i-1) == "on" || aidRole[a.w(i-1)]) || a.w(i) == "first" && a.w(i+1) == "aider" {
			// "if anyone needs it" says what it is there for.
			want := a.find(aidWanted)
			if aidFetch[a.w(want)] && a.senderOffers(want) {
				want = -1 // "ill get the first aid kit" offers to fetch it
			}
			if cond := a.ifClause(); cond >= 0 && want > cond {
				want = -1
			}
			return want < 0 && a.w(a.firstContent()) != "where"
		}
	}
	return false
}

var (
	aidThings = set("kit", "kits", "box", "boxes", "bag", "room", "station", "cupboard", "aider", "aiders",
		"trained", "course", "training", "point", "stuff", "supplies", "tin", "case", "person", "is", "are")
	aidFetch = set("get", "bring", "grab", "fetch")
	// aidRole before "first aid" name who does it: "who is first aid".
	aidRole   = set("is", "are", "was", "s")
	aidWanted = ph("need", "needs", "get", "bring", "grab", "fetch", "quick", "urgent", "asap", "help", "now",
		"please")
)

func (a *analysis) spill() []int {
	if a.glassOfAThing() {
		return nil
	}
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
	idx = append(idx, a.spread()...)
	idx = append(idx, a.drinkGoneOver()...)
	for i := range a.t {
		if a.sickMess(i) {
			idx = append(idx, i)
		}
	}
	return a.drop(idx, func(i int) bool {
		return a.w(i) == "mess" && (a.w(i-1) == "no" || a.looksAMess(i)) || a.tiredShattered(i) || a.w(i) == "smashed" && gotSmashed[a.w(i-1)] || wetState[a.w(i)] && (a.wetNotSpilt() || a.wetJobThing(i)) ||
			a.smashedIt(i) || a.smashedThing(i) || (a.w(i) == "mess" || a.w(i) == "messy") && a.cleaningUnderWay()
	})
}

// drinkGoneOver reports a drink that has "gone over" or "went over": "pint
// of coke gone over next to the decks" is spilt.
func (a *analysis) drinkGoneOver() []int {
	for i := range a.t {
		if w := a.w(i); (w != "gone" && w != "went") || a.w(i+1) != "over" || a.negated(i) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if drinkWords[a.w(k)] || drinkHolders[a.w(k)] {
				return []int{k, i, i + 1}
			}
		}
	}
	return nil
}

// glassOfAThing reports glass that a light, a window or a screen was made
// of: "the lights fell and smashed there is glass on the floor". No drink
// is named, and no glass is one a drink was in ("a glass", "her glass",
// "glass of squash").
func (a *analysis) glassOfAThing() bool {
	thing, glass := false, false
	for k := range a.t {
		w := a.w(k)
		switch {
		case drinkWords[w] || foodThings[w] || w == "orange" || w == "blackcurrant":
			return false // "smashed glass and orange everywhere"
		case w == "glass" || w == "glasses":
			if a.w(k+1) == "of" || glassOwners[a.w(k-1)] || possessives[a.w(k-1)] {
				return false
			}
			glass = true
		case glassThings[w]:
			thing = true
		}
	}
	return thing && glass
}

var (
	// glassThings are made with glass and hold no drink.
	glassThings = set("light", "lights", "bulb", "bulbs", "lightbulb", "lightbulbs", "lamp", "lamps", "window",
		"windows", "mirror", "mirrors", "screen", "screens", "tv", "telly", "frame", "frames")
	// glassOwners before "glass" make it one a drink was in.
	glassOwners = set("a", "one", "wine", "pint", "drinking", "someones", "sumones")
)

// smashedThing reports a thing that smashed that holds no drink: "one of
// the big screens fell off the table and smashed" is a broken screen,
// trouble of another kind; a glass or a bottle smashed is a spill.
func (a *analysis) smashedThing(i int) bool {
	if w := a.w(i); w != "smashed" && w != "smash" && w != "shattered" {
		return false
	}
	thing := false
	for k := range a.t {
		w := a.w(k)
		if drinkHolders[w] || drinkWords[w] {
			return false
		}
		thing = thing || breakables[w] || breakables[strings.TrimSuffix(w, "s")]
	}
	return thing
}

var (
	// drinkHolders hold what spills when they smash.
	drinkHolders = set("glass", "glasses", "bottle", "bottles", "cup", "cups", "mug", "mugs", "jar", "jars", "jug",
		"jugs", "vase", "bowl", "bowls", "drink", "drinks")
	drinkWords = set("juice", "water", "coke", "squash", "beer", "wine", "tea", "coffee", "milk", "pop", "lemonade",
		"fanta", "pepsi", "sprite", "vimto", "ribena", "cola", "lager", "cider", "milkshake")
	// cleaningGerunds are cleaning under way.
	cleaningGerunds = set("scrubbing", "cleaning", "wiping", "mopping", "washing", "hoovering", "sweeping")
)

// cleaningUnderWay reports a text that opens with cleaning under way:
// "scrubbin the fountain now its well messy" is the mess they are
// cleaning, not a new one.
func (a *analysis) cleaningUnderWay() bool {
	i := a.firstContent()
	return i >= 0 && cleaningGerunds[a.w(i)] && !a.negated(i)
}

var (
	// messLooks say how a place looks: "looks a mess", "is a mess".
	messLooks = set("looks", "look", "looking", "is", "s", "was", "are")
	// messHow say how much of a mess: "a right mess".
	messHow = set("right", "bit", "total", "proper", "complete", "real", "big")
)

// looksAMess reports "mess" at i said of how a place looks ("hall looks a
// mess", "the kitchen is a right mess"), not of something spilt: no
// other word of a spill, and nobody "made" it.
func (a *analysis) looksAMess(i int) bool {
	j := i - 1
	if messHow[a.w(j)] {
		j--
	}
	if a.w(j) != "a" || !messLooks[a.w(j-1)] {
		return false
	}
	for _, o := range append(a.words(spillWords), a.spans(spillPhrases)...) {
		if o != i {
			return false
		}
	}
	return true
}

// tiredShattered reports "shattered" said of a person ("im shattered",
// "we are all shattered"): tired out, with nothing breakable named.
func (a *analysis) tiredShattered(i int) bool {
	if a.w(i) != "shattered" {
		return false
	}
	for k := range a.t {
		if breakables[a.w(k)] || a.w(k) == "window" || a.w(k) == "mirror" {
			return false
		}
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if w := a.w(j); personWords[w] || personNouns[w] || a.name(j) != (nameRef{}) {
			return true
		}
	}
	return false
}

// gotSmashed before "smashed" say it of people: "getting smashed on
// the door" is busy (or drunk), not broken glass.
var gotSmashed = set("getting", "get", "got", "gets")

// breakables are what "smashed it" may be said of.
var breakables = set("glass", "glasses", "bottle", "bottles", "cup", "cups", "mug", "mugs", "plate", "plates",
	"jar", "window", "drink", "drinks", "vase", "bowl", "mirror", "screen", "phone")

// feats are what a team or a guest may do well: "smashed the penalties".
var feats = set("penalties", "penalty", "shootout", "song", "songs", "set", "performance", "routine", "act",
	"solo", "audition", "lines", "part", "speech", "raffle", "karaoke", "race")

// smashedIt reports "smashed it" as praise, "you smashed it tonight", in a
// text that names nothing that breaks: "dropped a glass and smashed it" is
// still broken glass.
func (a *analysis) smashedIt(i int) bool {
	if w := a.w(i); w != "smashed" && w != "smash" && w != "smashing" {
		return false
	}
	// "we smashed the penalties", "you smashed that song": a part of the
	// night done well, said like "smashed it".
	if next := a.w(i + 1); next != "it" && !((next == "the" || next == "that" || next == "our" || next == "your") &&
		(eventWords[a.w(i+2)] || gameWords[a.w(i+2)] || feats[a.w(i+2)])) {
		return false
	}
	for k := range a.t {
		if breakables[a.w(k)] {
			return false
		}
	}
	return true
}

// wentMadFor reports "went mad for it" or a crowd that "went mad":
// excitement, not anger. "omar went mad at pete" is still anger.
func (a *analysis) wentMadFor(i int) bool {
	if v := a.w(i - 1); v != "went" && v != "go" && v != "going" && v != "gone" {
		return false
	}
	if a.w(i+1) == "for" {
		return true
	}
	s := a.w(i - 2)
	return a.w(i+1) != "at" && a.w(i+1) != "with" && (groupWords[s] || crowdWords[s])
}

var crowdWords = set("kids", "crowd", "everyones", "room", "place", "dancers", "audience", "hall")

// lastContent reports i as the last word of the text but for laughs,
// kisses and emoji.
func (a *analysis) lastContent(i int) bool {
	for k := i + 1; k < len(a.t); k++ {
		if !overTail[a.w(k)] && !a.t[k].emoji {
			return false
		}
	}
	return true
}

// itIs reports "it is", "this is", "that is" just before the word at i,
// with "so" or "well" between: "its mad in here" says how busy it is, not
// that someone is angry.
func (a *analysis) itIs(i int) bool {
	j := i - 1
	for j >= 0 && (a.w(j) == "so" || a.w(j) == "well" || a.w(j) == "proper" || a.w(j) == "dead") {
		j--
	}
	if a.w(j) != "is" && a.w(j) != "was" {
		return false
	}
	switch a.w(j - 1) {
	case "it", "this", "that", "place":
		return true
	}
	// "traffic was mad", "the queue is mad": a busy road or line, said of
	// the way here or the door, is no person upset.
	return busyThings[a.w(j-1)]
}

var busyThings = set("traffic", "queue", "queues", "road", "roads", "parking", "motorway", "day", "week")

// wetJobThing reports a wet word said of a thing a job names, right before
// it: "picking up the wet towels" describes the towels of "Collect the
// dirty towels", it reports no spill. A wet floor, drink or glass still is
// one.
func (a *analysis) wetJobThing(i int) bool {
	if i+1 >= len(a.t) || spillThings[a.w(i+1)] {
		return false
	}
	for _, h := range a.matchJobs() {
		if slices.Contains(h.idx, i+1) {
			return true
		}
	}
	return false
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
		if weatherWords[a.w(i)] || bodyWords[a.w(i)] || groupWords[a.w(i)] || crowdWords[a.w(i)] || a.name(i) != (nameRef{}) {
			return true
		}
	}
	return false
}

var (
	weatherWords = set("rain", "raining", "rained", "rainy", "weather", "snow", "snowing", "storm", "roads",
		"road", "drizzle", "pouring", "outside", "umbrella", "brolly", "grass", "lawn", "field", "garden")
	bodyWords = set("i", "me", "my", "hands", "hand", "fingers", "hair", "clothes", "shoes", "coat", "socks")
)

// Food or drink said to be spread about ("ice cream dropped all over the
// beanbags", "gravy everywhere") is a spill, even when the food is a job.
var (
	foodThings = set("jelly", "soup", "gravy", "cream", "icecream", "popcorn", "crisps", "cake", "juice", "coke",
		"tea", "coffee", "beer", "wine", "water", "milk", "paint", "sauce", "ketchup", "custard", "food", "drink",
		"drinks", "squash", "lemonade", "pop", "sweets", "chips", "beans", "curry", "trifle", "cola", "lager",
		"cider", "stew", "hotpot", "rice", "pasta", "pizza", "yoghurt", "smoothie", "punch", "soda", "gravey",
		"noodles", "spaghetti", "cereal", "jam", "dip", "salsa", "mash", "chilli", "slush", "slushie", "milkshake",
		"pint", "pints", "mocktail", "mocktails", "cocktail", "cocktails", "shandy", "lolly", "lollies",
		"fanta", "pepsi", "sprite", "vimto", "ribena", "goo", "gunk", "gloop", "slime")
	spreadPhrases = ph("all over", "everywhere", "over the floor", "all down")
	dropWords     = ph("dropped", "droped", "drop", "dropping", "knocked", "tipped", "fell", "fallen")
	onTheFloor    = ph("on the floor", "on floor", "on the ground", "on the dance floor", "on the dancefloor")
)

// spread returns the words of food or drink spread about, or nil.
func (a *analysis) spread() []int {
	food := a.words(foodThings)
	for i := range a.t {
		if !foodThings[a.w(i)] && a.servedThing(a.w(i)) || a.w(i) == "blood" && a.w(i-1) == "fake" {
			food = append(food, i) // "noodles everywhere" of "Serve the noodles"; "fake blood all over the floor"
		}
	}
	if len(food) == 0 {
		return nil
	}
	var out []int
	for i := range a.t {
		if n := a.startsAt(i, spreadPhrases); n > 0 && !a.negated(i) {
			for k := i; k < i+n; k++ {
				out = append(out, k)
			}
		}
	}
	if len(out) == 0 {
		// "dropped their noodles on the floor", "dropt there slushy by
		// the stall": food or drink dropped; "dropped the drinks off" is
		// a delivery.
		if d := a.find(dropWords); d >= 0 && !a.negated(d) && a.w(d+1) != "off" {
			if at := a.find(onTheFloor); at > d && slices.ContainsFunc(food, func(f int) bool { return f > d }) {
				out = append(out, d, at)
			} else if f := d + 1 + btoi(possessives[a.w(d+1)] || a.w(d+1) == "there" || a.w(d+1) == "a" || a.w(d+1) == "the"); slices.Contains(food, f) && !particles[a.w(f+1)] {
				out = append(out, d)
			}
		}
	}
	if len(out) == 0 {
		out = a.meltedOnFloor(food)
	}
	if len(out) == 0 {
		out = a.drinkOnFloor()
	}
	if len(out) == 0 {
		return nil
	}
	return append(food, out...)
}

// drinkOnFloor returns "on the floor" after a drink: "theres fanta all on
// the floor by the door". A drink put or kept on the floor is where it
// is stored, not spilt.
func (a *analysis) drinkOnFloor() []int {
	at := a.find(onTheFloor)
	if at < 0 || a.negated(at) {
		return nil
	}
	for k := range a.t {
		if (storeWords[a.w(k)] || placingVerbs[a.w(k)]) && k < at {
			return nil
		}
	}
	// "theres fanta all on the floor", "coke on the floor people slipping":
	// said as spread about, not as where a bottle stands.
	if a.w(at-1) != "all" && !a.has(slipSaid) && !(a.w(at-2) == "is" && a.w(at-3) == "there") {
		return nil
	}
	for k := max(0, at-3); k < at; k++ {
		if drinkWords[a.w(k)] && !drinkHolders[a.w(k+1)] && !containers[a.w(k+1)] {
			return []int{k, at}
		}
	}
	return nil
}

var (
	slipSaid   = ph("slipping", "slipped", "slippy", "slippery", "slip", "could slip", "will slip", "sticky")
	containers = set("crate", "crates", "can", "cans", "box", "boxes", "carton", "cartons", "pack", "packs", "tin", "tins")
)

// storeWords put a thing somewhere on purpose, with placingVerbs.
var storeWords = set("putting", "leave", "left", "keep", "kept", "stored", "stacked", "placed")

// servedThing reports a word of what a job of the night serves, pours or
// cooks: the noodles of "Serve the noodles" are food.
func (a *analysis) servedThing(w string) bool {
	s := stem(w)
	for _, j := range a.v.jobs {
		if !servingVerbs[j.verb] {
			continue
		}
		for _, t := range j.title[1:] {
			if !jobStop[t] && !titleFiller[t] && stem(t) == s {
				return true
			}
		}
	}
	return false
}

// servingVerbs are the stems of title verbs whose object is food or drink.
var servingVerbs = set("serv", "pour", "cook", "bak", "dish")

func (a *analysis) music() []int {
	things := a.words(musicThings)
	for i := range a.t {
		if a.w(i) == "disco" && !a.social[i] && !discoNotSound[a.w(i+1)] {
			things = append(things, i) // "the disco has stopped", not "the disco lights"
		}
	}
	if len(things) == 0 {
		return nil
	}
	if p := a.spans(musicPhrases); len(p) > 0 {
		return append(things, p...)
	}
	leaving := a.spans(leaveWords)
	given := a.spans(helpGiven) // "he is going to help kieran with the music"
	trouble := a.drop(a.words(musicTrouble), func(i int) bool {
		// "stop the music at 9" is an order, not music that stopped.
		// "heading off now" is the sender going, not the sound.
		return a.t[i].mark || slices.Contains(leaving, i) || i == a.firstContent() && (a.w(i) == "stop" || a.w(i) == "turn") ||
			titleBefore[a.w(i-1)] || // "a song called help"
			a.helpOffered(i, given) || // "rose will help me with the speakers"
			a.w(i) == "dead" && (likedWords[a.w(i+1)] || deadIntensified[a.w(i+1)]) || // "dead good"
			(a.w(i) == "not" || a.w(i) == "no") && (likeVerbs[a.w(i+1)] || calmWords[a.w(i+1)]) || // "does not like loud music", "do not worry"
			a.stopDenied(i) || // "the music has not stopped once"
			a.w(i) == "not" && musicTrouble[a.w(i+1)] && a.w(i+1) != "no" || a.w(i-1) == "not" && a.w(i) != "not" && a.w(i) != "no" || // "the music isnt broken"
			(a.w(i) == "gone" || a.w(i) == "went") && a.w(i+1) == "over" || // "coke gone over by the decks": spilt"
			a.w(i) == "not" && (subjectWords[a.w(i+1)] || a.name(i+1) != (nameRef{})) || // "danny is doing the mic not me"
			a.meantToBe(i) // "the music is meant to be quiet for the magic bit"
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

// meantToBe reports the state at i said to be how it should be: "meant
// to be quiet", "supposed to be off now". It is planned, not a fault.
func (a *analysis) meantToBe(i int) bool {
	j := i - 1
	if a.w(j) == "really" || a.w(j) == "a" || a.w(j) == "bit" && a.w(j-1) == "a" {
		j--
		if a.w(j) == "a" {
			j--
		}
	}
	return a.w(j) == "be" && a.w(j-1) == "to" && (a.w(j-2) == "meant" || a.w(j-2) == "supposed") ||
		a.w(j) == "be" && a.w(j-1) == "should"
}

// calmWords follow "not" in a word of calm: "do not worry".
var calmWords = set("worry", "worried", "panic", "bother", "fret", "stress")

// likeVerbs say what someone likes: "not like loud music" is a taste,
// not a fault.
var likeVerbs = set("like", "likes", "liking", "want", "wants", "mind", "enjoy", "enjoys", "fan")

// deadIntensified follow "dead" said as "very": "dead busy", "dead
// funny".
var deadIntensified = set("busy", "funny", "happy", "chuffed", "proud", "popular", "excited", "pleased", "easy", "loud")

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

// stillFine follow "still" when the plan holds: "still booked".
var stillFine = set("booked", "ok", "okay", "fine", "confirmed", "on", "due", "coming", "happening", "good")

// stayLate come before "late" that says a longer night: "stay late".
var stayLate = set("stay", "stayed", "staying", "stop", "stopping", "stopped", "up")

// fireThings follow "fire" in the name of a place or thing: "fire exits".
var fireThings = set("exit", "exits", "door", "doors", "escape", "escapes", "extinguisher", "extinguishers",
	"drill", "safety", "blanket", "marshal", "assembly", "point", "procedure", "procedures", "routes", "route",
	// the fire service visiting: "fire crew have said they need to leave by 9"
	"crew", "crews", "engine", "engines", "station", "brigade", "fighter", "fighters", "officer", "officers", "truck")

// lateIdx returns the words that say a ride is late. "waiting" alone is
// not one: "jo is waiting for her taxi" is how a night ends; "still
// waiting", "waiting ages" or "waiting 20 mins" is late.
func (a *analysis) lateIdx() []int {
	idx := a.drop(a.words(lateWords), func(i int) bool {
		if a.w(i) == "still" && stillFine[a.w(i+1)] {
			return true // "taxi is still booked for 10": all as planned
		}
		if a.w(i) == "late" && stayLate[a.w(i-1)] {
			return true // "can i stay late to help": a longer night, no ride behind
		}
		if a.w(i) == "missed" {
			// "missed the raffle": a part of the night, not a ride.
			k := i + 1
			for possessives[a.w(k)] || a.w(k) == "the" || a.w(k) == "a" {
				k++
			}
			w := a.w(k)
			return k > i+1 && w != "" && !pickupWords[w] && !taxiWords[w] && !publicTransport[w] && !slices.Contains(a.firmTokens(), k)
		}
		if w := a.w(i); w != "waiting" && w != "wait" {
			return false
		}
		// "the taxi has been waiting outside": the taxi waits, not the guest.
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if taxiWords[a.w(j)] || firmKinds[a.w(j)] {
				return true
			}
		}
		for j := i - 2; j <= i+4; j++ {
			if j != i && (waitLong[a.w(j)] || j >= 0 && j < len(a.t) && a.t[j].num > 0) {
				return false
			}
		}
		return true
	})
	for i := range a.t {
		n := a.startsAt(i, latePhrases)
		if n == 0 {
			continue
		}
		if who := a.w(i - 1); a.w(i+n-1) == "not" && whereIn[a.w(i+n)] && (personWords[who] || personNouns[who] || i > 0 && a.name(i-1).person != "") {
			continue // "he is not in the hall": a person not where they should be
		}
		if who := a.w(i - 1); n == 2 && a.w(i+1) == "not" && a.lastContent(i+1) && (who == "he" || who == "she") {
			continue // "his taxi is outside and he is not": he is the one not there
		}
		if a.notDueYet(i + n - 1) {
			continue // "the taxi is not due till 10"
		}
		for k := i; k < i+n; k++ {
			idx = append(idx, k)
		}
	}
	return idx
}

// whereIn begin where a person is: "not in the hall", "not at the bar".
var whereIn = set("in", "at", "inside", "with", "by", "near")

// waitLong are the words near "waiting" that make it a long wait.
var waitLong = set("still", "been", "ages", "long", "forever", "since", "hour", "hours", "mins", "minutes",
	"min", "half", "yet", "too", "over")

func (a *analysis) taxi() []int {
	taxi := a.words(taxiWords)
	late := a.lateIdx()
	if firm := a.firmTokens(); len(firm) > 0 {
		// "A1 rang, they can not do Pippa": the firm names the taxi.
		if len(taxi) == 0 {
			taxi = firm
		}
		late = append(late, a.spans(firmLetDown)...)
		late = append(late, a.noFirmTaxi(firm)...)
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
	// "my mum dropped me off": the sender's own lift here is no one late.
	// "Cara's mum says she'll be late": a team member's lift passing on
	// news of her; no guest is left without a way home.
	pick := a.drop(a.words(pickupWords), func(i int) bool { return a.w(i-1) == "my" && a.broughtMe(i) || a.teamMessenger(i) })
	if len(pick) > 0 && len(late) > 0 {
		// A named guest whose pickup is not a taxi is a late ride, not a problem.
		r := a.ride()
		if r != nil && !isTaxiRide(r) {
			return nil
		}
		if r == nil && !slices.ContainsFunc(pick, func(i int) bool { return !publicTransport[a.w(i)] }) {
			// "the bus is late", "made it bus was late": the sender's own
			// journey, which nobody on the team can chase.
			return nil
		}
		return append(pick, late...)
	}
	return nil
}

// teamMessenger reports a team member's lift (token i) passing news on:
// "cara's mum says", "bens dad just rang".
func (a *analysis) teamMessenger(i int) bool {
	ref := a.name(i - 1)
	if ref.person == "" || ref.ride != "" {
		return false
	}
	next := a.w(i + 1)
	if next == "just" || next == "has" || next == "have" {
		next = a.w(i + 2)
	}
	return messengerVerbs[next]
}

var messengerVerbs = set("says", "said", "say", "rang", "rung", "called", "phoned", "texted", "txted", "messaged", "told")

// noFirmTaxi returns "no" in "no A1 taxi for priti yet": the firm's taxi
// has not come, which is the report, not a denial of one.
func (a *analysis) noFirmTaxi(firm []int) []int {
	for i := range a.t {
		if a.w(i) != "no" || a.t[i].mark {
			continue
		}
		j := i + 1
		for j < len(a.t) && slices.Contains(firm, j) {
			j++
		}
		if j > i+1 && (taxiWords[a.w(j)] || firmKinds[a.w(j)] || a.w(j) == "for" || a.w(j) == "yet") {
			return []int{i}
		}
	}
	return nil
}

// firmLetDown says a taxi firm cannot take a guest as booked.
var firmLetDown = ph("can not do", "can not take", "can not come", "can not make", "can not get", "not able",
	"can not send", "no cars", "no drivers", "no driver", "no car for")

// lpChecked reports "lost property" with a word of checking beside it:
// "lost property check at home time", "checked lost property". That is
// a job, not a thing lost.
func (a *analysis) lpChecked(ps []int) bool {
	first, last := slices.Min(ps), slices.Max(ps)
	return checkWords[a.w(last+1)] || checkWords[a.w(first-1)] || a.w(first-1) == "for" && checkWords[a.w(first-2)]
}

var checkWords = set("check", "checks", "checked", "checking", "sorted", "sort", "sorting", "tidy", "tidied")

func (a *analysis) lost() []int {
	idx := a.lostHits()
	if len(idx) > 0 && a.foundAgain(slices.Min(idx)) {
		return nil // "has anyone seen my keys? found them"
	}
	return idx
}

// lostHits are the words that tell of a thing lost.
func (a *analysis) lostHits() []int {
	if a.checkedForLost() || a.leftSafe() {
		return nil // "check the changing rooms for lost stuff" is a job
	}
	if ps := a.spans(lostProperty); len(ps) > 0 {
		things := a.drop(a.words(propNouns), func(i int) bool { return slices.Contains(ps, i) })
		if (a.has(roleOf) || lpHolders[a.w(slices.Max(ps)+1)] || a.lpChecked(ps)) && len(things) == 0 && !a.has(foundSaid) {
			return nil // "hope is in charge of lost property" says who does it
		}
		return ps
	}
	props := a.words(propNouns)
	ranOut := a.runOut()
	verbs := a.drop(a.words(lostVerbs), func(i int) bool {
		w := a.w(i)
		return (w == "gone" || w == "went") && (a.w(i+1) == "to" || a.w(i+1) == "for" || a.w(i+1) == "back") || // "gone to get the cards"; "shoes gone back to people": returned
			w == "gone" && a.w(i-1) == "all" || // "tickets all gone": run out, not lost
			w == "handed" && (a.w(i+1) == "back" || a.w(i+1) == "over" || a.w(i+1) == "out") || // "keys handed back": returned, not lost; "bags handed out": given
			w == "dropped" && (a.w(i+1) == "off" || a.w(i+2) == "off") || // "mum dropped me off": a lift
			slices.Contains(ranOut, i) || // "no change left for tickets": run out, not left behind
			(w == "left" || w == "forgot" || w == "forgotten") && a.leftAtHome(i) // "left his headphones at home"
	})
	verbs = append(verbs, a.spans(lostPhrases)...)
	if len(props) > 0 && len(verbs) > 0 {
		return append(props, verbs...)
	}
	if len(props) == 0 && a.thingMissing() {
		return a.spans(missingStrong) // "the cash tin is missing"
	}
	if len(props) == 0 && a.only("lost") {
		return a.content()
	}
	if f := a.spans(cantFindIt); len(f) > 0 && len(props) == 0 && (a.hasWord("anywhere") || a.hasWord("gone")) {
		return f // "the dames wig has gone i cant find it anywhere"
	}
	for i := range a.t {
		if a.lostBelonging(i) {
			return append([]int{i, i + 1, i + 2}, a.spans(lostPhrases)...)
		}
		if a.thingFoundOrLeft(i) {
			return []int{i, i + 1, i + 2}
		}
	}
	return nil
}

// cantFindIt is a thing looked for: "it", not a person.
var cantFindIt = ph("can not find it")

// checkedForLost reports lost things as what to look for: "dont forget
// to check the changing rooms for lost stuff", "looked under the seats
// for lost bits". Nothing in particular is lost.
func (a *analysis) checkedForLost() bool {
	for i := range a.t {
		if a.w(i) != "lost" || a.w(i-1) != "for" || !lostStuff[a.w(i+1)] {
			continue
		}
		for j := i - 2; j >= 0 && j >= i-7; j-- {
			if w := a.w(j); checkWords[w] || lookWords[w] {
				return true
			}
		}
	}
	return false
}

// leftSafe reports the sender's own thing left somewhere safe away from
// the night: "i left my coat in the car", "left my phone at home". It is
// not lost.
func (a *analysis) leftSafe() bool {
	for i := range a.t {
		if a.w(i) != "left" || a.w(i+1) != "my" {
			continue
		}
		for j := i + 3; j <= i+5 && j < len(a.t); j++ {
			if w := a.w(j); safePlaces[w] && (a.w(j-1) == "the" || a.w(j-1) == "my" || a.w(j-1) == "at") {
				return true
			}
		}
	}
	return false
}

// safePlaces are away from the night: "in the car", "at home".
var safePlaces = set("car", "home", "house", "van", "flat", "locker", "office")

var (
	// lostStuff are lost things in general: "lost stuff", "lost property".
	lostStuff = set("stuff", "things", "property", "items", "belongings", "bits", "bags", "coats")
	lookWords = set("look", "looked", "looking", "search", "searched", "searching", "sweep", "swept")
)

// thingFoundOrLeft reports lost property told at i: "found a gold bangle
// by the henna table", "found some keys", "someone has left there present
// on the table". A person found ("found a lad crying") is not property.
func (a *analysis) thingFoundOrLeft(i int) bool {
	switch a.w(i) {
	case "found":
		if !foundWhat[a.w(i+1)] || a.negated(i) {
			return false
		}
	case "left":
		if !possessives[a.w(i+1)] && a.w(i+1) != "there" {
			return false
		}
		placed := false
		for k := i + 3; k <= i+5 && k < len(a.t); k++ {
			placed = placed || leftWhere[a.w(k)]
		}
		if !placed {
			return false
		}
	default:
		return false
	}
	for k := i + 2; k <= i+4 && k < len(a.t); k++ {
		if w := a.w(k); personNouns[w] || personWords[w] || a.name(k).person != "" {
			return false
		}
		if a.namesAJob(k) && !a.foundLeftBehind(i) {
			return false // "left their paints on the bin", "found some more glue": the night's own things
		}
	}
	return i+2 < len(a.t)
}

var (
	foundWhat = set("a", "an", "some", "this", "these", "two")
	leftWhere = set("on", "in", "by", "under", "behind", "at", "near")
)

// lostBelonging reports "lost" or "find" at i followed by whose and a
// thing: "gwen has lost her secret santa present", "daisy cant find her
// slippers" are lost things, though no list knows them. "lost her mum" or
// "lost her way" is still a person.
func (a *analysis) lostBelonging(i int) bool {
	if a.w(i) != "lost" && a.w(i) != "find" || !possessives[a.w(i+1)] || i+2 >= len(a.t) {
		return false
	}
	w := a.w(i + 2)
	return a.name(i+2) == (nameRef{}) && !personNouns[w] && !personWords[w] && !pickupWords[w] && w != "way" &&
		w != "temper" && w != "head" && !notBelonging[w]
}

// notBelonging may follow "find her" and name no thing: "cant find her
// anywhere" is a person sought.
var notBelonging = set("anywhere", "now", "yet", "there", "here", "at", "in", "inside", "outside", "upstairs",
	"downstairs", "again", "either", "any", "since", "for", "please", "pls", "lol", "x")

var possessives = set("his", "her", "their", "my", "your", "our")

// belongingSought reports a lost or sought thing of someone's in the text.
func (a *analysis) belongingSought() bool {
	for i := range a.t {
		if a.lostBelonging(i) {
			return true
		}
	}
	return false
}

// thingMissing reports "missing" said of a thing, not a person: "the raffle
// tin is missing", "cash box has gone missing".
func (a *analysis) thingMissing() bool {
	for i := range a.t {
		if a.startsAny(i, missingStrong) && (a.w(i) == "missing" || a.w(i) == "gone" || a.w(i) == "disappeared" || a.w(i) == "vanished") && a.thingSubject(i) {
			return true
		}
	}
	return false
}

func (a *analysis) missing() []int {
	if len(a.words(propNouns)) > 0 || (len(a.words(taxiWords)) > 0 || len(a.firmTokens()) > 0) && !a.soughtBeforeRide() {
		return nil
	}
	if a.has(leftWithout) {
		return nil // "her mum went off without her": she is here, her ride is not
	}
	if a.lightsLeadGoneOff() {
		return nil // "the lights in the ladies toilets have gone off"
	}
	if a.wentWithRide() {
		return nil // "Precious has gone off with her support worker": home, not lost
	}
	if a.belongingSought() {
		return nil // "daisy cant find her slippers": a thing is lost
	}
	if a.has(lostForWords) {
		return nil // "she is lost for words, she loved it"
	}
	if idx := a.spans(missingStrong); len(idx) > 0 {
		if a.thingMissing() {
			return nil
		}
		var refused []int
		if len(a.upset()) > 0 {
			refused = a.spans(refuseBack) // "crying in the corridor he wont come back in"
			if len(refused) > 0 {
				// "ollie is crying cos he got out first ball and now he
				// wont come out the corner": upset, and where he is known.
				return nil
			}
		}
		// "kev is missing his mum" misses someone; he is not lost.
		idx = a.drop(idx, func(i int) bool {
			return a.w(i) == "missing" && possessives[a.w(i+1)] && a.w(i+2) != "" || a.lostInIt(i) || a.lostInIt(i+1) || a.wandersIn(i) ||
				a.animalSubject(i) || // "the rabbit got out of its pen": loose, not a person lost
				a.backOnAt(i) || // "the speaker wont come back on": a thing, not a person
				slices.Contains(refused, i) // "he wont come back in": he will not, so he is where he is
		})
		if len(idx) > 0 {
			return idx
		}
	}
	// "has anyone seen the spotlight": anyone is who is asked, not who is
	// lost.
	// "my mum dropped me off where is everyone": the sender's own lift
	// and everyone are nobody lost.
	who := a.drop(a.personRefs(), func(i int) bool {
		return a.w(i) == "anyone" || a.w(i) == "anybody" || a.w(i) == "everyone" || a.w(i) == "everybody" ||
			a.w(i-1) == "my" && a.broughtMe(i)
	})
	if len(who) == 0 {
		return a.unknownSought()
	}
	// "she lost at bowling", "lost to dan at pool": a game lost, not a
	// person; "lost her present" is a thing.
	thingOff := a.thingGoneOff()
	idx := a.drop(a.spans(missingNeedsPerson), func(i int) bool {
		return a.findOut(i) || a.offersSearch(i) || a.seenThing(i) || a.foundNoThings(i) || a.backOnAt(i) || a.seenOff(i) || a.gameLost(i) || thingOff && goneOffWords[a.w(i)] || a.lostInIt(i) || a.lostInIt(i+1) || a.wandersIn(i) || a.w(i) == "lost" && (a.w(i+1) == "at" || a.w(i+1) == "for" && a.w(i+2) == "words" || a.w(i+1) == "to" ||
			a.w(i+1) == "the" && (gameWords[a.w(i+2)] || a.namesAJob(i+2)) ||
			a.lostBelonging(i) || possessives[a.w(i+1)] && a.w(i+2) == "temper" ||
			(a.w(i+1) == "a" || a.w(i+1) == "an") && !personNouns[a.w(i+2)] && !personWords[a.w(i+2)])
	})
	if len(idx) > 0 {
		return append(idx, who...)
	}
	return nil
}

// foundNoThings reports "find" at i of things a game hides, or of a
// search still to come: "she didnt find any eggs" lost a game, "they
// will never find them" jokes of things the sender hid. Nobody is lost.
func (a *analysis) foundNoThings(i int) bool {
	if a.w(i) != "find" {
		return false
	}
	if a.w(i-1) == "never" && a.w(i-2) == "will" && a.w(i-3) == "they" {
		return true
	}
	k := i + 1
	if a.w(k) != "any" && a.w(k) != "all" {
		return false
	}
	k++
	if a.w(k) == "the" {
		k++
	}
	w := a.w(k)
	return len(w) > 3 && strings.HasSuffix(w, "s") && !personNouns[w] && !personWords[w] && a.name(k).person == ""
}

// backOnAt reports a word of coming back at i, said with "back on": "the
// speaker wont come back on" is a thing that will not switch on again, as
// people come back in.
func (a *analysis) backOnAt(i int) bool {
	for k := i; k <= i+2 && k < len(a.t); k++ {
		if a.w(k) == "back" && a.w(k+1) == "on" {
			return true
		}
	}
	return false
}

// animalSubject reports an animal as who the words at i are said of:
// "the rabbit got out", "one of the bunnies has escaped".
func (a *analysis) animalSubject(i int) bool {
	j := a.subjectAt(i)
	return j >= 0 && animals[a.w(j)]
}

// animalLoose returns the words of an animal got out or gone missing: a
// worry for the team, but no person is lost.
func (a *analysis) animalLoose() []int {
	for i := range a.t {
		if n := a.startsAt(i, missingStrong); n > 0 && a.animalSubject(i) && !a.negated(i) {
			idx := []int{}
			for k := i; k < i+n; k++ {
				idx = append(idx, k)
			}
			return idx
		}
	}
	return nil
}

// animals a night may have with it: a visiting pet, a petting corner.
var animals = set("rabbit", "rabbits", "bunny", "bunnies", "dog", "dogs", "puppy", "cat", "cats", "kitten",
	"hamster", "hamsters", "guinea", "pig", "pigs", "snake", "lizard", "bird", "birds", "parrot", "chicken",
	"chickens", "goat", "goats", "lamb", "lambs", "pony", "donkey", "duck", "ducks", "tortoise", "ferret", "mouse", "mice")

// seenOff reports "seen" of "seen off": guests seen off to their lifts
// were waved goodbye, not looked for.
func (a *analysis) seenOff(i int) bool {
	return a.w(i) == "seen" && (a.w(i+1) == "off" || a.w(i+1) == "safely" && a.w(i+2) == "off")
}

// lostInIt reports "lost in the music", "lost in the moment": carried
// away by something, not missing.
func (a *analysis) lostInIt(i int) bool {
	if a.w(i) != "lost" || a.w(i+1) != "in" {
		return false
	}
	j := i + 2
	if a.w(j) == "the" || a.w(j) == "a" || possessives[a.w(j)] {
		j++
	}
	return absorbing[a.w(j)]
}

// absorbing are what a person may be lost in and still be here.
var absorbing = set("music", "moment", "song", "songs", "dance", "dancing", "thought", "thoughts", "world",
	"book", "fun", "singing", "beat", "rhythm")

// offersSearch reports the sender offering to look, at i: "ill go find
// her", "i can go and look for him", "let me find ada". The sender will
// search; the text tells of no one newly missing.
func (a *analysis) offersSearch(i int) bool {
	if w := a.w(i); w != "find" && w != "search" {
		return false // "im looking for ada" is a search already under way
	}
	return a.senderOffers(i)
}

// senderOffers reports the sender offering the act at i: "ill go find
// her", "i can grab the first aid kit", "let me get it".
func (a *analysis) senderOffers(i int) bool {
	offer := false
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch w := a.w(j); {
		case w == "i":
			return offer
		case w == "me" && a.w(j-1) == "let":
			return true
		case !searchLink[w]:
			return false
		}
		offer = offer || searchOffer[a.w(j)]
	}
	return false
}

// searchLink stand between "i" and the search: "i will go and find";
// searchOffer among them make it an offer.
var searchOffer = set("will", "can", "could", "going", "gonna", "shall")
var searchLink = set("will", "can", "could", "go", "and", "to", "going", "am", "try", "just", "quickly", "now",
	"shall", "gonna", "off", "run", "nip", "pop", "be")

var (
	// roleOf says who does a job: "in charge of lost property".
	roleOf = ph("in charge of", "looking after", "look after", "doing", "on", "covering", "running")
	// foundSaid says something was found or handed in.
	foundSaid = ph("found", "handed in", "left behind", "left", "dropped")
	// gameWords are what a game is called: "lost the match".
	gameWords = set("game", "games", "match", "round", "quiz", "final", "race", "contest", "competition")
)

// praisedThing reports "sick" at i said as slang praise, not an illness:
// of the music or of "this", "that" or "it" a word or three before, in a
// text that names nobody and no illness ("this song is sick"); or of the
// music, the night, the party or the disco just before it, past "is",
// "so" and the like ("the party was so sick").
func (a *analysis) praisedThing(i int) bool {
	if len(a.personRefs()) == 0 && len(a.spans(unwellPhrases)) == 0 {
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if w := a.w(j); musicThings[w] || w == "this" || w == "that" || w == "it" || w == "its" {
				return true
			}
		}
	}
	j := i - 1
	for j >= 0 && fallAux[a.w(j)] || a.w(j) == "so" || a.w(j) == "well" {
		j--
	}
	switch w := a.w(j); {
	case musicThings[w], w == "night", w == "party", w == "disco", w == "this", w == "that":
		return true
	}
	return false
}

var happyTears = ph("happy tears", "tears of joy", "crying happy", "crying with joy", "cried with joy",
	"tears of happiness", "crying with happiness", "crying for joy", "happy crying", "cry with joy")

// careWords are known, so "support worker" is not mended to "supper
// worker" on a night with a supper.
var careWords = set("support", "carer", "carers", "keyworker")

// joyWords are known, so "laughter" is not mended to "daughter".
var joyWords = set("laughter", "laughing", "laugh", "laughs", "excitement", "excited")

func (a *analysis) upset() []int {
	idx := a.words(upsetWords)
	// "crying with laughter", "crying laughing", "happy tears" is joy.
	joy := a.has(happyTears)
	idx = a.drop(idx, func(i int) bool {
		w := a.w(i)
		return joy && (strings.HasPrefix(w, "cr") || strings.HasPrefix(w, "tear")) ||
			strings.HasPrefix(w, "cr") && (a.w(i+1) == "laughing" || a.w(i+1) == "with" && strings.HasPrefix(a.w(i+2), "laugh")) ||
			loudWords[w] && (a.w(i+1) == "laughing" || a.w(i+1) == "with" && joyAfter[a.w(i+2)] ||
				a.w(i+1) == "for" && (a.w(i+2) == "more" || a.w(i+2) == "an" && a.w(i+3) == "encore") || a.w(i+1) == "along")
	})
	// "punch spilt all over the floor", "the punch is gone": the punch of
	// "Make the fruit punch bowl" is a drink, not a blow. "a fight by the
	// door" is still a fight, though the night has a water fight.
	idx = a.drop(idx, func(i int) bool {
		return (a.namesAJob(i) || a.w(i) == "punch") && (thingBefore[a.w(i-1)] || len(a.spill()) > 0 || a.holdsSpill()) ||
			a.w(i) == "punch" && (drinkBefore[a.w(i-1)] || a.w(i+1) == "bowl")
	})
	// "hit his head" is an injury; "worried about the time" is not distress;
	// "scrap the paints" throws a plan away; "dancing like mad" says how hard.
	idx = a.drop(idx, func(i int) bool {
		return a.w(i) == "row" && !a.quarrelRow(i) || a.w(i) == "scrap" && (i == a.firstContent() || scrapped[a.w(i+1)]) ||
			thingAdjective[a.w(i)] && (a.sensedThing(i+1) || a.sensedThing(i+2)) || a.w(i) == "mad" && (a.itIs(i) || a.wentMadFor(i)) ||
			a.grabsThing(i) || a.w(i) == "mad" && deadIntensified[a.w(i+1)] || (a.w(i) == "mad" || a.w(i) == "crazy") && a.w(i-1) == "like" ||
			a.successHit(i) || a.nearHit(i) || a.thingKicked(i)
	})
	return append(idx, a.spans(upsetPhrases)...)
}

// thingKicked reports a kick or a knock given to a thing, with a spill
// told: "water all over the floor, sum1 kicked it" is the spill, no fight.
func (a *analysis) thingKicked(i int) bool {
	if w := a.w(i); w != "kicked" && w != "kicking" || len(a.spill()) == 0 {
		return false
	}
	next := a.w(i + 1)
	return next == "it" || next == "over" || next == "the" && i+2 < len(a.t) && !personNouns[a.w(i+2)] && !personWords[a.w(i+2)] && a.name(i+2) == (nameRef{})
}

// loudWords are noise a crowd makes for fun too: "screaming with
// laughter", "shouting with joy".
var (
	loudWords = set("screaming", "scream", "screamed", "shouting", "shout", "shouted", "yelling", "crying", "cried",
		"tears", "sobbing")
	joyAfter = set("laughter", "laughing", "laugh", "joy", "excitement", "happiness", "delight", "glee")
)

// drinkBefore make "punch" the drink: "red punch", "glass of punch".
var drinkBefore = set("red", "fruit", "fruity", "of", "more", "cold", "pink", "orange", "blood", "tropical", "party")

// grabsThing reports "grabbing the mop", "grabbed a chair": fetching a
// thing, not grabbing a person.
func (a *analysis) grabsThing(i int) bool {
	if w := a.w(i); w != "grabbing" && w != "grabbed" {
		return false
	}
	if !thingBefore[a.w(i+1)] && a.w(i+1) != "a" && a.w(i+1) != "my" && a.w(i+1) != "another" {
		return false
	}
	next := a.w(i + 2)
	return next != "" && !personNouns[next] && !personWords[next] && a.name(i+2) == (nameRef{})
}

// thingAdjective say how bad something is; said of a noise or a smell
// ("horrible squealing noise from the speakers") they are not a person
// upset.
var (
	thingAdjective = set("horrible", "nasty")
	sensedThings   = set("noise", "noises", "sound", "sounds", "smell", "smells", "stink", "taste", "weather")
)

func (a *analysis) sensedThing(i int) bool {
	return sensedThings[a.w(i)] || musicThings[a.w(i)] || spillThings[a.w(i)]
}

// "row" is a quarrel only with words that say so: "a row", "having a
// row", "row between them". Else it is a row of seats: "by row 2", "the
// back row", "in the wrong row", "three in a row".
var (
	rowBefore = set("a", "big", "huge", "massive", "bit", "having", "had", "another")
	rowAfter  = set("between", "with", "going", "about", "over", "kicking", "starting", "started", "broke")
)

// quarrelRow reports "row" at i that is an argument.
func (a *analysis) quarrelRow(i int) bool {
	if a.w(i-1) == "a" && a.w(i-2) == "in" {
		return false
	}
	return rowBefore[a.w(i-1)] || rowAfter[a.w(i+1)]
}

func (a *analysis) other() []int {
	given := a.spans(helpGiven)
	idx := a.drop(a.words(otherWords), func(i int) bool {
		switch a.w(i) {
		case "help":
			// "cheers for the help" thanks someone; "playing help by the
			// beatles" names a song.
			return a.helpOffered(i, given) || a.w(i-1) == "for" || a.w(i-2) == "for" || a.w(i-3) == "for" ||
				titleBefore[a.w(i-1)] || a.w(i-1) == "to" && offerBefore[a.w(i-2)] ||
				a.w(i-1) == "to" && offerBefore[a.w(i-3)] && offerBetween[a.w(i-2)] || // "stay late to help"
				a.w(i-1) == "to" && a.stayingToHelp(i) ||
				a.w(i-1) == "can" && (a.w(i-2) == "i" || a.w(i-2) == "we") // "i can help" offers it
		case "fire":
			// A fire exit or fire door is a place, not a fire; "the
			// raffle was fire" ends the text with praise.
			// "the guns all fire ok" is how they shoot.
			return fireThings[a.w(i+1)] || (a.w(i-1) == "was" || a.w(i-1) == "so") && a.lastContent(i) ||
				worksWell[a.w(i+1)] && (a.w(i-1) == "all" || subjectWords[a.w(i-1)])
		case "quick":
			// "a quick question", "a quick smoke" is not "come quick".
			return a.w(i+1) == "question" || a.w(i-1) == "a" || a.w(i+1) == "one" || a.w(i+1) == "thing"
		case "smoke":
			// "going for a smoke" is a break, not a fire.
			// "the smoke machine is great" is stage fog.
			return smokeBreak[a.w(i-1)] && a.w(i+1) != "alarm" && a.w(i+1) != "coming" ||
				a.w(i+1) == "machine" || a.w(i+1) == "machines"
		case "stuck":
			// "stuck in traffic" is a late ride, not trouble here.
			// "im stuck on the door for a bit" says where the sender is kept busy.
			// "stuck on the motorway", "stuck at the roadworks" is a lift
			// held up on the road.
			return a.w(i+1) == "in" && lateWords[a.w(i+2)] || a.w(i+2) == "a" && a.w(i+3) == "jam" ||
				onTheRoad(a.w(i+2)) || a.w(i+2) == "the" && onTheRoad(a.w(i+3)) ||
				// "hes stuck on the bus": held up on the way, like a lift.
				(a.w(i+1) == "on" || a.w(i+1) == "in") && (publicTransport[a.w(i+2)] || a.w(i+2) == "the" && publicTransport[a.w(i+3)]) ||
				(a.w(i+1) == "on" || a.w(i+1) == "with" || a.w(i+1) == "doing") && (a.w(i-1) == "am" || a.w(i-1) == "i" || a.w(i-1) == "we") ||
				// "i set up the music for kieran cos he was stuck on the
				// bus": why the sender did it, over now.
				(a.w(i-1) == "was" || a.w(i-1) == "were") && (a.w(i-3) == "because" || a.w(i-2) == "because") ||
				// "me and tariq stuck the mural paper up": stuck it on.
				(a.name(i-1) != (nameRef{}) || a.w(i-1) == "i" || a.w(i-1) == "we" || a.w(i-1) == "they") && stuckOnto[a.w(i+1)]
		case "locked":
			// "heading off now, barn is locked": locked up at the end by
			// someone leaving, not locked in or out.
			return a.has(leaveWords) && a.w(i+1) != "in" && a.w(i+1) != "out" && a.w(i-1) != "not" ||
				(a.arrivalSaid() || a.atVenue()) && a.has(gotInAnyway) // "front door was locked so i come in the back way"
		case "problem", "issue":
			return a.w(i-1) == "no" || a.w(i-1) == "a" && a.w(i-2) == "not"
		}
		return false
	})
	for i := range a.t {
		// "the doors will not open till 7" says when, not what is wrong.
		// "cant right now" says when, not "not right".
		if n := a.startsAt(i, otherPhrases); n > 0 && !(a.w(i+1) == "not" && a.notYetSaid()) && !a.lightsPutOff(i) &&
			!a.helpOffered(i, given) && // "will is going to help me"
			!(a.w(i) == "not" && a.w(i+1) == "right" && (a.w(i+2) == "now" || a.w(i+2) == "away")) &&
			!a.peopleWentOff(i, n) && !a.weatherOnArrival(i, n) && !(n == 2 && a.w(i) == "can" && everydayAsk[a.w(i+2)]) {
			for k := i; k < i+n; k++ {
				idx = append(idx, k)
			}
		}
	}
	idx = append(idx, a.thingFails()...)
	idx = append(idx, a.cameDownTrouble()...)
	idx = append(idx, a.lightsWentOut()...)
	idx = append(idx, a.runOut()...)
	idx = append(idx, a.summons()...)
	idx = append(idx, a.thingDead()...)
	idx = append(idx, a.machineFaulting()...)
	idx = append(idx, a.animalLoose()...)
	if a.drill() && !slices.ContainsFunc(idx, func(i int) bool { return !drillThings[a.w(i)] }) {
		return nil // "the fire alarm test is at 8"
	}
	if a.has(testSaid) || a.has(onPurpose) {
		return nil // "the siren went off, it was a test"; "lights went off on purpose"
	}
	return idx
}

// everydayAsk follow "can someone" in an everyday ask, not a call for
// help: "can sum1 say grace before the tea", "can someone play my song".
var everydayAsk = set("say", "play", "sing", "read", "dance", "announce", "film", "photo")

// cameDownTrouble returns "has come down" said of a thing that fell: "the
// shelf in the cloakroom has come down". A person coming down is none, and
// a thing of a job that takes it down ("bunting has come down" for "Take
// down the bunting") is that job, unless someone could trip on it.
func (a *analysis) cameDownTrouble() []int {
	for i := range a.t {
		if a.w(i+1) != "down" || a.w(i) != "come" && a.w(i) != "coming" || !comeDownAux[a.w(i-1)] || a.negated(i) {
			continue
		}
		j := i - 2
		if a.name(j) != (nameRef{}) || personWord(a.w(j)) || subjectWords[a.w(j)] || j < 0 {
			continue
		}
		if !a.has(tripRisk) && slices.ContainsFunc(a.v.jobs, func(jb jobInfo) bool {
			return slices.Contains(jb.title, "down") && slices.ContainsFunc(jb.title, func(w string) bool { return sameStem(stem(w), stem(a.w(j))) })
		}) {
			continue
		}
		return []int{i, i + 1}
	}
	return nil
}

var comeDownAux = set("has", "have", "is", "are", "s")

// weatherOnArrival reports "its freezing" at i, n words long, said with
// the sender's arrival and of no place inside: "arived at the club its
// freezin" tells of the weather they came in from.
func (a *analysis) weatherOnArrival(i, n int) bool {
	if a.w(i+n-1) != "freezing" || !a.arrivalSaid() {
		return false
	}
	for k := range a.t {
		if insideWords[a.w(k)] {
			return false // "its freezing in the hall", "the heating is off"
		}
	}
	return true
}

// gotInAnyway say the sender came in another way.
var gotInAnyway = ph("come in the back", "came in the back", "come in the side", "came in the side", "got in the back",
	"got in round the back", "come round the back", "came round the back", "let me in", "let in")

var insideWords = set("in", "inside", "hall", "room", "heating", "heater", "heaters", "heat", "radiator", "radiators",
	"toilets", "kitchen", "door", "doors", "window", "windows")

// onPurpose say a thing stopped because someone meant it to.
var onPurpose = ph("on purpose", "deliberately", "part of the show", "for the scene", "for effect")

// lightsPutOff reports "lights off" at i said as something done on
// purpose: "lights off now film starting", "turned the lights off",
// "lights off for sleeping lions" (for what is on).
func (a *analysis) lightsPutOff(i int) bool {
	if a.w(i) != "lights" || a.w(i+1) != "off" && a.w(i+1) != "out" {
		return false
	}
	// "they look amazing with the lights off": how things look in the dark.
	withThe := a.w(i-1) == "with" || a.w(i-1) == "the" && a.w(i-2) == "with"
	// "lights off please" (or "pls") asks for them off.
	return withThe || a.w(i+2) == "now" || a.w(i+2) == "please" || switchWords[a.w(i-1)] || switchWords[a.w(i-2)] ||
		a.w(i+2) == "for" && a.w(i+3) != "" && !personWords[a.w(i+3)] && !personNouns[a.w(i+3)]
}

// lightsLeadGoneOff reports a text that opens with lights and says they
// went off or out: "the lights in the ladies toilets have gone off". The
// people words after are where the lights are.
func (a *analysis) lightsLeadGoneOff() bool {
	c := a.content()
	if len(c) == 0 {
		return false
	}
	k := 0
	for k < len(c)-1 && (determiners[a.w(c[k])] || a.w(c[k]) == "all") {
		k++
	}
	if !lightWords[a.w(c[k])] {
		return false
	}
	for i := c[k] + 1; i < len(a.t); i++ {
		if (a.w(i) == "gone" || a.w(i) == "went") && (a.w(i+1) == "off" || a.w(i+1) == "out") && !a.negated(i) {
			return true
		}
	}
	return false
}

// lightsWentOut reports lights that went out by themselves: "the fairy
// lights have all gone out on the roof". Lights put out are done
// (lightsPutOff), and a person gone out is not a light.
func (a *analysis) lightsWentOut() []int {
	for i := range a.t {
		if w := a.w(i); (w != "gone" && w != "went") || a.w(i+1) != "out" || a.negated(i) || outFor[a.w(i+2)] {
			continue // "they have gone out for a smoke": people
		}
		// "they" may be the lights themselves: "fairy lights on stage
		// keep flickering n now theyve gone out".
		reach := i - 4
		for k := i - 1; k >= 0 && k >= reach; k-- {
			if lightWords[a.w(k)] {
				return []int{i, i + 1}
			}
			if (a.w(k) == "they" || a.w(k) == "it") && reach == i-4 {
				reach = k - 8
				continue
			}
			if personWords[a.w(k)] || personNouns[a.w(k)] || a.name(k) != (nameRef{}) {
				break
			}
		}
	}
	return nil
}

// outFor follow "gone out" said of people: "out for a smoke", "out to
// the car", "out with his mum".
var outFor = set("for", "to", "with", "into", "side", "the")

var lightWords = set("lights", "light", "bulb", "bulbs", "lamp", "lamps", "candles", "candle", "power", "electrics")

var switchWords = set("turned", "switched", "put", "turn", "switch", "turning", "switching", "dimmed")

// notYetSaid reports words of a time still to come: "till 7", "until",
// "at 8", "yet".
func (a *analysis) notYetSaid() bool {
	for _, w := range a.content() {
		if notYetWords[a.w(w)] && !(a.w(w) == "till" && tillBefore[a.w(w-1)]) || a.t[w].time || a.w(w) == "at" && w+1 < len(a.t) && a.t[w+1].num > 0 {
			return true
		}
	}
	return false
}

// A thing that will not do what it is for is trouble: "the urn wont heat
// up", "the lights wont come on", "bingo machine has stopped". A person
// who will not is not ("i wont be long"), nor a thing that will not yet
// ("the film wont start till 7").
var (
	failVerbs = set("work", "heat", "start", "boil", "turn", "switch", "come", "go", "open", "close", "shut",
		"lock", "load", "play", "connect", "charge", "light", "print", "stay", "flush", "drain", "pump",
		"inflate", "blow", "warm", "cool", "freeze", "run", "power", "fit", "move", "budge", "spin", "roll", "stick",
		"scan", "beep", "ring", "pop")
	// boxWords are everyday things that hold or carry, known so that
	// "the first aid kit is missing" is about a thing.
	boxWords    = set("kit", "box", "tin", "float", "bucket", "tub", "crate", "basket", "tray", "folder", "book")
	notYetWords = set("till", "until", "til", "before", "yet", "unless", "after", "without")
	// eventWords name a part of the night, which "will not start" for a
	// reason, not a thing that is broken.
	// stuckVerbs say a thing is stuck, whatever it is: "the fire door wont
	// shut" is a fault, though "doors will not open till 7" is the plan.
	stuckVerbs = set("shut", "close", "lock", "budge", "spin")
	eventWords = set("raffle", "quiz", "bingo", "film", "show", "party", "disco", "game", "games", "match",
		"dance", "dancing", "karaoke", "briefing", "huddle", "meeting", "band", "ceilidh", "night", "round",
		"draw", "vote", "interval", "it", "that", "this", "we", "bar", "door", "doors", "queue", "everyone")
	tillBefore   = set("the", "a", "card", "cash", "our", "my", "your")
	machineWords = set("machine", "urn", "kettle", "fridge", "freezer", "oven", "cooker", "microwave",
		"projector", "printer", "till", "heater", "heating", "boiler", "generator", "fan", "pump", "dryer",
		"toilet", "toilets", "tap", "taps", "screen", "tv", "telly", "laptop", "computer", "ipad", "reader",
		"wifi", "internet", "socket", "plug", "power", "hoover", "dishwasher", "hob", "grill", "toaster",
		"fryer", "radiator", "lift", "bulb", "lights", "dvd", "player", "remote", "mixer", "sink", "sinks", "drain",
		"loo", "loos", "fuse", "hatch", "bbq", "barbecue", "fire", "candle", "candles")
	machineStopped = ph("stopped", "died", "packed up", "packed in", "conked out", "cut out", "gone off",
		"switched off", "turned off", "tripped", "blown", "turning off", "switching off", "going off",
		"cutting out", "stopping", "gone out", "went out", "collapsed")
)

func (a *analysis) thingFails() []int {
	if a.notYetSaid() {
		return nil
	}
	var out []int
	for i := range a.t {
		switch {
		case (a.w(i) == "will" || a.w(i) == "does" || a.w(i) == "did") && a.w(i+1) == "not" && failVerbs[a.w(i+2)]:
			if s := i - 1; s >= 0 && !a.social[s] && a.name(s) == (nameRef{}) && !personNouns[a.w(s)] &&
				!personWords[a.w(s)] && !pickupWords[a.w(s)] && !taxiWords[a.w(s)] && (!eventWords[a.w(s)] || stuckVerbs[a.w(i+2)]) &&
				(a.v.known(a.w(s)) || machineWords[a.w(s)]) {
				out = append(out, i, i+1, i+2)
			}
		case (a.w(i) == "keeps" || a.w(i) == "keep") && a.startsAny(i+1, machineStopped) && a.thingSubject(i):
			// "the spotlight keeps cutting out": any thing, not a person.
			out = append(out, i)
			for k := i + 1; k < i+1+a.startsAt(i+1, machineStopped); k++ {
				out = append(out, k)
			}
		case machineWords[a.w(i)]:
			j := i + 1
			for j < len(a.t) && fallAux[a.w(j)] && a.w(j) != "gone" && a.w(j) != "come" {
				j++
			}
			if n := a.startsAt(j, machineStopped); n > 0 && j+n == len(a.t) || n > 0 && (a.w(j+n) == "again" || a.w(j+n) == "working") {
				out = append(out, i)
				for k := j; k < j+n; k++ {
					out = append(out, k)
				}
			}
		}
	}
	return out
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

// testSaid says an alarm or siren that went off was only a test.
var testSaid = ph("was a test", "is a test", "just a test", "only a test", "was a drill", "just a drill",
	"only a drill", "was only testing", "were testing", "was testing")

var drillWords = set("drill", "drills", "test", "tests", "testing", "tested", "practice", "check", "checks")

// nameTokens are the tokens that name someone.
func (a *analysis) nameTokens() []int {
	var out []int
	for i := range a.t {
		if a.name(i) != (nameRef{}) {
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
		if personNouns[a.w(i)] || a.name(i).ride != "" || (a.name(i).person != "" && a.name(i).person != a.sender) {
			out = append(out, i)
		}
	}
	return out
}

// roadWords are where a lift is held up on its way.
var roadWords = set("motorway", "road", "roads", "roadworks", "bypass", "traffic", "jam", "tailback", "diversion",
	"queue", "ring")

// onTheRoad reports a road word, or a motorway's number ("m6", "m62").
func onTheRoad(w string) bool {
	if roadWords[w] {
		return true
	}
	return len(w) >= 2 && len(w) <= 4 && w[0] == 'm' && strings.Trim(w[1:], "0123456789") == ""
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

// holdsSpill reports a spill the sender has taken on: "punch cleaned off
// the floor" is about it.
func (a *analysis) holdsSpill() bool {
	p := a.heldProblem()
	return p != nil && p.Kind == night.Spill
}

// thingBefore come before a word that names a thing: "the punch".
var thingBefore = set("the", "some", "more", "of", "no", "our", "your")

// namesAJob reports token i written as it is in a job's title, or in a
// timeline item's: "the limbo" of "Run the limbo contest", "punch" of
// "Make the fruit punch bowl".
func (a *analysis) namesAJob(i int) bool {
	w := a.w(i)
	if w == "" || jobStop[w] {
		return false
	}
	for _, words := range a.v.phrases {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// findOut reports "find out" or "found out" at i: learning something,
// not looking for anyone ("i said id find out", "we found out the
// winner").
func (a *analysis) findOut(i int) bool {
	switch a.w(i) {
	case "find", "found", "finding", "finds":
		return a.w(i+1) == "out"
	}
	return false
}

// thingTemperature come before a temperature that is a thing's, not a
// fever's ("up to temperature", "the right temperature"); a fever is "a
// temperature" or "a high temperature".
var thingTemperature = set("to", "right", "room", "its", "correct", "cooking")

// knownWhere reports a word of trouble inside what people know or were
// told to do: "everyone knows where the fire exits are and who to go to
// for first aid", "showed them who to ask for first aid". It is what the
// team learned, not news. Only "who to", "where to", "what to" or "how to"
// is what to do; "i know who started the fight" and "i dont know how it
// happened but mo has cut her hand" are news.
func (a *analysis) knownWhere(i int) bool {
	for j := i - 1; j > 0 && j >= i-6; j-- {
		if a.t[j].comma || a.w(j) == "but" {
			return false
		}
		if !questionWords[a.w(j)] && a.w(j) != "where" || a.w(j+1) != "to" {
			continue
		}
		for k := j - 1; k >= 0 && k >= j-8; k-- {
			if a.w(k) == "but" || a.t[k].comma {
				break
			}
			if knowVerbs[a.w(k)] {
				return true
			}
		}
		return false
	}
	return false
}

// knowVerbs say someone knows or was told something.
var knowVerbs = set("know", "knows", "knew", "told", "tell", "showed", "shown", "show", "explained", "explain", "learnt", "learned", "remember", "remembers")

// shoutedWord reports a word written all in capitals: "UP", "LIGHTS".
func (a *analysis) shoutedWord(j int) bool {
	t := a.t[j]
	if t.end > len(a.text) || t.end-t.start < 2 {
		return false
	}
	raw := a.text[t.start:t.end]
	return !strings.ContainsFunc(raw, unicode.IsLower)
}
