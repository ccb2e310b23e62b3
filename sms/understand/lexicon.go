package understand

import "strings"

// The tables in this file are fixed at start and never change; they hold
// what any night's texts share. Words from the night itself (job titles,
// names, rides, timeline) are added per text by newVocab.

// okMoji and smileMoji are the canonical words of emoji: one that means
// "done / ok" when it is attached to a job, and one that carries no request.
const (
	okMoji    = "+ok"
	smileMoji = "+smile"
)

// emojiWords reads emoji as the words people mean by them.
var emojiWords = map[rune]string{
	'👍': okMoji, '👌': okMoji, '✅': okMoji, '✔': okMoji, '☑': okMoji, '✓': okMoji, '🆗': okMoji, '💯': okMoji,
	'🚕': "taxi", '🚖': "taxi", '🚗': "car", '🚘': "car", '🚙': "car",
	'🤢': "sick", '🤮': "sick", '🤒': "sick", '🤕': "hurt", '😷': "sick", '🥴': "dizzy", '🤧': "sick",
	'🚑': "ambulance", '🩸': "bleeding", '🩹': "hurt",
	'😢': "upset", '😭': "upset", '😡': "angry", '😠': "angry", '🤬': "angry", '😱': "scared",
	'😰': "scared", '😨': "scared", '😥': "upset", '😿': "upset", '😤': "angry", '😟': "upset", '😞': "upset",
	'🆘': "help", '🚨': "help", '⚠': "help",
	'🔇': "no music", '🎵': "music", '🎶': "music", '🎧': "music", '🔊': "music", '📢': "music",
	'💦': "wet", '💧': "wet", '🍺': "drink", '🍷': "drink", '🥤': "drink", '🍹': "drink", '🥂': "drink",
	'🏠': "home", '🏡': "home", '📱': "phone", '👜': "bag", '🎒': "bag", '👛': "purse", '🔑': "keys", '🧥': "coat",
	'❌': "not", '✖': "not", '👎': "not", '🙏': "thanks", '👋': "hi",
	'❓': "?", '❔': "?",
}

// contractions are whole words written with an apostrophe.
var contractions = map[string]string{
	"can't": "can not", "won't": "will not", "ain't": "is not", "shan't": "shall not",
	"i'll": "i will", "i'm": "i am", "i've": "i have", "i'd": "i would", "let's": "let us",
	"y'all": "you", "o'clock": "oclock", "c'mon": "come on",
}

// sIsWords are words whose "'s" means "is", not a possessive.
var sIsWords = map[string]string{
	"it": "it is", "what": "what is", "wot": "what is", "wat": "what is", "that": "that is",
	"there": "there is", "here": "here is", "he": "he is", "she": "she is", "who": "who is",
	"where": "where is", "when": "when is", "how": "how is", "let": "let us",
	"everything": "everything is", "everyone": "everyone is", "nothing": "nothing is",
	"something": "something is", "this": "this is",
}

// textSpeak spells out text speak, common misspellings and contractions
// typed without an apostrophe. Keys are lower case with runs of three or
// more letters already collapsed.
var textSpeak = map[string]string{
	// "-where" spelt as said: "cant find her coat anywere".
	"anywere": "anywhere", "anywear": "anywhere", "enywhere": "anywhere", "enywere": "anywhere", "nowere": "nowhere",
	"somewere": "somewhere", "sumwere": "somewhere", "sumwhere": "somewhere", "everywere": "everywhere",
	"evrywere": "everywhere", "evrywhere": "everywhere",
	"il": "i will", "ile": "i will", "mopd": "mopped", "mopt": "mopped", "wipd": "wiped", "coffing": "coughing", "cofing": "coughing", "coughin": "coughing", "coff": "cough", "u": "you", "yall": "you all", "yal": "you all", "ya": "you", "yu": "you", "yoo": "you", "r": "are", "ur": "your", "yr": "your", "youre": "you are",
	"im": "i am", "ive": "i have", "iv": "i have", "cant": "can not", "cnt": "can not", "carnt": "can not",
	"cannot": "can not", "kant": "can not", "dont": "do not", "dnt": "do not", "wont": "will not",
	"didnt": "did not", "didint": "did not", "doesnt": "does not", "isnt": "is not", "hasnt": "has not",
	"hasent": "has not", "havent": "have not", "wasnt": "was not", "werent": "were not", "arent": "are not", "arnt": "are not", "arnet": "are not", "isint": "is not", "issnt": "is not", "wasent": "was not", "wernt": "were not", "doesent": "does not", "dosnt": "does not", "dosent": "does not", "havnt": "have not", "dint": "did not", "cudnt": "could not", "couldent": "could not",
	"aint": "is not", "couldnt": "could not", "shouldnt": "should not", "wouldnt": "would not",
	"shud": "should", "shuld": "should", "shoud": "should", "shood": "should", "wud": "would", "cud": "could",
	"whats": "what is", "wats": "what is", "wots": "what is", "whts": "what is", "wotz": "what is",
	"watz": "what is", "wot": "what", "wat": "what", "wht": "what", "wut": "what", "whut": "what", "wha": "what",
	"thats": "that is", "its": "it is", "hes": "he is", "shes": "she is", "theres": "there is",
	"wheres": "where is", "whens": "when is", "whos": "who is", "hows": "how is", "lets": "let us",
	"theyre": "they are", "theyve": "they have", "weve": "we have", "youve": "you have",
	"2nite": "tonight", "2nyt": "tonight", "2night": "tonight", "tonite": "tonight", "tnite": "tonight",
	"2nt": "tonight", "tonyt": "tonight", "2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow",
	"tmrw": "tomorrow", "nite": "night", "nyt": "night", "nght": "night",
	"pls": "please", "plz": "please", "plez": "please", "pleez": "please", "pleeze": "please",
	"plse": "please", "pleas": "please", "plees": "please", "pleaze": "please",
	"thx": "thanks", "thnx": "thanks", "thanx": "thanks", "thnks": "thanks", "thks": "thanks",
	"thanku": "thank you", "thankyou": "thank you", "thankyu": "thank you", "ty": "thanks", "tq": "thanks",
	"ta": "thanks", "fanks": "thanks", "thanq": "thanks", "tnx": "thanks", "thanz": "thanks",
	"gr8": "great", "grt": "great", "l8": "late", "l8r": "later", "b4": "before", "nw": "now", "n": "and",
	"msg": "message", "txt": "text", "gonna": "going to", "gunna": "going to", "gona": "going to",
	"onnit": "on it", "onit": "on it", "jobz": "jobs", "jbs": "jobs",
	"wanna": "want to", "gotta": "got to", "cos": "because", "coz": "because", "cuz": "because",
	"bc": "because", "becos": "because", "ppl": "people", "peeps": "people", "sum1": "someone",
	"some1": "someone", "sumone": "someone", "somone": "someone", "any1": "anyone", "every1": "everyone", "musics": "music", "arivd": "arrived", "arrivd": "arrived", "dropt": "dropped", "pics": "photos", "pic": "photo",
	"piccies": "photos",
	"evry1":   "everyone", "evry1s": "everyone", "every1s": "everyone", "evryone": "everyone", "evryones": "everyone",
	"evrybody": "everybody", "evry": "every", "evrythin": "everything",
	"no1": "no one", "noone": "no one", "sumbody": "somebody", "summat": "something", "smth": "something",
	"sth": "something", "sumthin": "something", "somethin": "something", "nothin": "nothing",
	"abt": "about", "hv": "have", "hav": "have", "wen": "when", "whn": "when", "wer": "where", "whr": "where",
	"wr": "where", "tym": "time", "tyme": "time", "da": "the", "teh": "the", "jus": "just", "jst": "just",
	"juss": "just", "jsut": "just", "k": "ok", "kk": "ok", "okay": "ok", "okey": "ok", "oki": "ok",
	"okie": "ok", "okies": "ok", "okk": "ok", "okok": "ok", "oky": "ok", "omw": "on my way",
	"otw": "on the way", "idk": "i do not know", "dunno": "do not know", "dno": "do not know",
	"prob": "problem", "probs": "problem", "prblm": "problem", "prblem": "problem", "probz": "problem",
	"problm": "problem", "hlp": "help", "halp": "help", "hep": "help", "sik": "sick", "sic": "sick",
	"sck": "sick", "poorley": "poorly", "dun": "done", "dne": "done", "dn": "done", "finito": "finished",
	"fini": "finished", "redy": "ready", "rdy": "ready", "strtd": "started", "strt": "start",
	"startin": "starting", "doin": "doing", "goin": "going", "comin": "coming", "workin": "working",
	"leavin": "leaving", "headin": "heading", "gettin": "getting", "settin": "setting", "puttin": "putting",
	"cryin": "crying", "shoutin": "shouting", "fightin": "fighting", "arguin": "arguing", "fiting": "fighting",
	"waitin": "waiting", "bleedin": "bleeding", "lookin": "looking", "helpin": "helping",
	"nxt": "next", "nex": "next", "w8": "wait", "w8in": "waiting", "m8": "mate", "sry": "sorry",
	"soz": "sorry", "srry": "sorry", "sorri": "sorry", "opps": "oops", "oopps": "oops", "whoops": "oops",
	"woops": "oops", "oopsie": "oops", "oopsy": "oops", "ops": "oops", "mam": "mum", "mom": "mum",
	"mummy": "mum", "mother": "mum", "daddy": "dad", "father": "dad", "wiv": "with", "wif": "with", "wivout": "without", "wifout": "without", "witout": "without",
	"wid": "with", "w": "with", "bk": "back", "bak": "back", "bilt": "built", "c": "see", "cya": "bye", "cu": "bye", "ttyl": "bye",
	"bi": "bye", "tara": "bye", "laters": "bye", "gn": "goodnight", "gnight": "goodnight",
	"nighty": "night", "luv": "love", "lv": "love", "xo": "x", "xoxo": "x", "xx": "x", "xxx": "x",
	"yh": "yes", "ye": "yes", "yea": "yes", "yeah": "yes", "yep": "yes", "yup": "yes", "yeh": "yes",
	"nah": "no", "nope": "no", "na": "no", "taxy": "taxi", "taxie": "taxi", "taxee": "taxi",
	"taksi": "taxi", "cabbie": "taxi", "taxies": "taxis", "lites": "lights", "lite": "light", "lyts": "lights",
	"lytes": "lights", "muzik": "music", "musik": "music", "moosic": "music", "muzak": "music",
	"fone": "phone", "fon": "phone", "mobe": "phone", "asap": "quick", "urgnt": "urgent",
	"deejay": "dj", "ere": "here", "hre": "here", "heer": "here", "gud": "good", "gd": "good",
	"frend": "friend", "freind": "friend", "agen": "again", "agin": "again", "alot": "a lot",
	"aswell": "as well", "evrything": "everything", "everythin": "everything",
	"wrk": "work", "wrking": "working", "wkg": "working", "hme": "home", "hom": "home", "leavn": "leaving",
	"lft": "left", "arvd": "arrived", "spilld": "spilled", "spild": "spilled", "emergancy": "emergency",
	"emergancey": "emergency", "ambulence": "ambulance", "speakas": "speakers", "speekers": "speakers",
	"brokn": "broken", "brok": "broken", "stoped": "stopped", "stopt": "stopped", "fnshd": "finished",
	"fin": "finished", "cmplt": "complete", "upsett": "upset", "crys": "cries", "agro": "aggressive",
	"aggro": "aggressive", "missin": "missing", "lookn": "looking", "tnks": "thanks", "pickd": "picked",
	"collectd": "collected", "tabels": "tables", "chiars": "chairs", "raffel": "raffle",
	"dex": "decks", "decs": "decks", "alls": "all is", "everythings": "everything is",

	// Short words spelt as they sound. They are too short for correct
	// to mend safely, and each is common enough to name here.
	"iz": "is", "wil": "will", "gon": "gone", "th": "the", "ful": "full", "yt": "yet", "nt": "not",
	"ova": "over", "ovr": "over", "afta": "after", "aftr": "after", "unda": "under", "dwn": "down",
	"hve": "have", "haz": "has", "dat": "that", "tht": "that", "dem": "them", "mi": "my",
	"ther": "there", "thier": "their", "thay": "they", "wos": "was", "woz": "was", "sed": "said",
	"hert": "hurt", "layt": "late", "cum": "come", "com": "come", "cumin": "coming", "moped": "mopped",
	"wel": "well", "gt": "got", "fer": "for", "cn": "can", "knot": "not", "iam": "i am", "av": "have", "ar": "are",
	"dore": "door", "dor": "door", "luvly": "lovely", "lovly": "lovely", "goe": "go", "hs": "has", "wll": "will",
	"tha": "the", "mai": "my", "wun": "one", "gorn": "gone", "lait": "late", "orl": "all", "hr": "her",
	"de": "the", "int": "is not", "hur": "her", "fo": "for", "bck": "back", "lef": "left", "whent": "went", "loste": "lost", "crieing": "crying", "haf": "have",
	"sez": "says", "sayz": "says", "ses": "says", "sarnies": "sandwiches", "sarnie": "sandwich", "sarnis": "sandwiches",
	"cums": "comes", "cumz": "comes", "favrite": "favourite", "favrit": "favourite", "faverite": "favourite", "favorite": "favourite", "favourit": "favourite",
	"hedake": "headache", "headake": "headache", "hedache": "headache", "headach": "headache", "hedach": "headache",
	"heddake": "headache", "hed": "head", "ake": "ache",

	// Past tenses made regular, as children and many adults say them.
	"lefted": "left", "gotted": "got", "hurted": "hurt", "falled": "fell", "goed": "went", "comed": "came",
	"losted": "lost", "putted": "put", "taked": "took", "gived": "gave", "telled": "told", "sayed": "said",
	"runned": "ran", "sweeped": "swept", "feeled": "felt", "finded": "found", "throwed": "threw",
	"drinked": "drank", "eated": "ate", "bringed": "brought", "brang": "brought", "brung": "brought",
	"breaked": "broke", "brokened": "broken", "catched": "caught", "buyed": "bought", "tooked": "took",
	"goted": "got", "lossed": "lost",
}

// numberWords and ordinalWords are numbers spelled as words.
var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}

// willVerbs follow "ill" when it means "I'll": "ill go", "ill sort it".
var willVerbs = set("go", "do", "help", "come", "sort", "get", "deal", "check", "look", "take", "be", "try",
	"ring", "call", "text", "see", "bring", "fix", "find", "have", "wait", "stay", "put", "clean", "mop",
	"grab", "handle", "pop", "head", "nip", "run", "start", "finish", "tell", "let", "speak", "talk",
	"send", "keep", "watch", "sit", "stand", "walk", "need", "just", "leave", "make", "stop", "play", "switch",
	"turn")

// common is a list of ordinary English words. A word on it is never
// "corrected" into something else, so "gone" stays gone and never becomes
// done, "there" never becomes here.
var common = set(strings.Fields(`
fully stocked stock restocked topped grass bee bees minging loving love freezing heating smoking vaping
squash everywhere dropped lock locked blowing
sink sinks silk string strings swing spoke stoke struck strung stint wisp blond bull champ clamp cram feint
fewer gazed glazed hint leap leek paddle paint policy polite rasp rush spared token drill drills spoon fork
tray shed ramp tent horn glitter
a about above across after again against ago ahead all almost alone along already also although always am
among an and angel another answer any anybody anyone anything anyway anywhere apart are area arm around as
ask asked asking at ate away baby back bad badly bag bake ball band bank bar bars base bat bath be bear
beat became because become bed been beer before began begin behind being believe bell belt below bench
bend best bet better between big bike bill bin bird bit bite black blame blank blind block blow blue board
boat body bone book boot born both bottom bought bound bowl box boy brain brand bread break bring brought
brother brown build built bunch burst bus busy but buy by cake call called calling calm came camp can card
care carry case cash cat catch caught cause cell center centre chain chair chance change charge chart cheap
check cheek cheese chest chicken chip chips choose church city class clear clock close cloth cloud club
coast cold colour come comes coming cook cool copy corner cost could count country couple course cover
crazy cream cross crowd cup cut dance dancing dark date day days dead deal dear deep desk did die diet
different dine dinner dirt dirty dish do does dog doing dome dong dont door dot double down dozen drive
drop dry duck due dune during dust each ear early earth easy eat edge egg eight either else end ends
enough even evening ever every everybody everyone everything exact eye eyes face fact fade fair fall
family fan far farm fast fat fear feed feel feet fell felt few field fill film find fine finger fire
first fish fit five flat flight flights floor flow fly fold folk follow fond food foot for form forty
forward found four free fresh friday friend from front fruit full fun fund funny game garden gate gave
get gets getting gift girl give given glad go goat god goes going gold gone good got great green grew
ground group grow guess guy had hair half hand hang happen happy hard hare has hat hate have he head hear
heard heart heat held hell hello her here hers herself hey hi hide high hill him himself hire his hit
hold hole home hope horse hose hot hour hours house how however huge hundred hunt hut i ice idea if in
inch inside into iron is it item its itself jam jar job join joke jump just keep kept kick kid kids kill
kind king kiss kitchen knee knew know known lady lake land lane large last late later laugh lay lead
lean learn least leave led left leg lemon less let letter lick lie life lift light like likely line lion
list listen little live lives load loan local lock long look looked looking lord lose loss lot lots loud
love low luck lunch made mail main make man many map mark mass mat match mate matter may maybe me meal mean
meat meet men mess met mice middle might mile milk mind mine minute minutes miss mix mixed moment monday
money month moon more morning most mother mouse mouth move much mud must my myself nail name near neck
need neither nest net never new news nice night nights nine no nobody nod noise none noon nor nose not
note nothing now number nurse of off offer often oil old on once one only onto open or order other our
out outside oven over own page paid pain pair pan paper park part party pass past path pay pen people
per pet pick pie piece pig pile pill pin pink place plan plant plate play please plus pocket point pole
pool poor post pot pound power press pretty price print prize pull push put queen question quite race
rain raise ran rat rate rather reach read real really red rest rice rich ride right ring rise river road
rock roll roof room rope rose round row rule run safe said sail salt same sand sat saturday save saw say
school sea seat second see seem seen sell send sense sent set seven shall shape share sharp she sheep
shell shine ship shirt shop short shot should show shut side sight sign silly since sing sings sister
sit six size skill skin sky sleep slow small smell smile snow so soft sold some somebody someone
something sometimes son song soon sorry sort sound soup south space spell spend spent spin spot spring
square stage stair stairs stamp stand star start state stay steady step stick still stone stood stop
store story street strong such suit sun sunday sure swim table tail take taken talk tall tea teach team
tell ten than thank that the their them then there these they thing things think third this those though
three threw through throw thursday tick tie tied tight till time tiny tired to today together told tomorrow
tone tonight too took top total touch towards town toy train tree trip true try tuesday turn twice two
under until up upon us use used usual very visit voice wait wake walk wall want war warm was wash watch
water wave way we wear weather wednesday week weekend weight well went were west what wheel when where
whether which while white who whole whose why wide wife wild will win wind window wine wise wish with
without woke woman women wonder wood word words work world worry would write wrote yard year yellow yes
yet you young your yours yourself
bone tone note dine done cone lone zone shone prone bore core more sore tore wore
hear heard here hers herd were where there mere
last list lust past cast mist fist lost cost host
sock sack suck stick tick kick pick lick nick luck lock
all tell well will fill hill bill pill mill till wall ball call fall hall tall mall hull
car far jar war tar bag big bog bug beg rag tag wag
poor floor moor doer
still spell spill skill
text nest neat next
then wren hen
jabs hobs jots robs sobs mobs
baffle waffle ruffle
disc discs dish
cable fable stable able tale
chains hairs charts pairs
tinsel exist edit
cleared cleaner gleaned leaned
briefly
tea teem tram steam term seam
sing long wrong sung
often doors
jane made fade wade jake jaded
lean neon loan
alec flex apex
chips crisp
rave raving
nights fights rights tights sights might eight fright
shooting spouting
scare sacred shared snared scarred
unset onset inset
boat goat moat coat
key keep
shone prone
wallet walled mallet ballet
nurse curse parse pulse purge
kissing hissing mission
derived
bee dye eye rye
round pound hound mound wound bound fond fund
cap cob
dry try fry cry
feel full bell cell sell yell dell
hurl hunt
bet get jet let met net pet set vet yet wit
less mass miss moss mesh
mix
fired fined
snorted sported shorted
read reedy
leaning heaving weaving
sighs
decks docks necks ducks
going dying
combing homing
undue
come some hope tome dome
held kelp yelp hemp
tax
think thinks thought sorts sorting forgot forget forgets forgotten seeing seems looks gave given
anyway maybe actually basically probably definitely literally
mum dad nan gran grandma grandad uncle aunt cousin carer carers staff helper helpers volunteer
toilet toilets loo kitchen hall stage entrance exit fire alarm lift stairs outside inside car park carpark
drink drinks glass glasses bottle bottles cup cups water juice coke lemonade crisps sweets food pizza
dance dancing party disco dj song songs tune tunes play playing played
tonight today tomorrow yesterday minute minutes hour hours oclock pm am
claim claims claimed patch patched bother
`)...)

// set builds a lookup set from words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// everyday are the ordinary words of setting up, serving and clearing
// away that common lacks. Like common, they are never "corrected": "stacking"
// is not "starting", "wiped" is not "wife". Words one slip from an alarm
// ("sink" for sick, "chill" for child) are left out on purpose.
var everyday = set(strings.Fields(`
slipper slippers onesie onesies pyjamas pajamas teddy dressing gown
arrange balloon balloons banner banners batteries battery benches bins boil boxes brew broom brush
bucket bulb bulbs butter cables chop cloths coffee coffees collect connect crate crates cupboard
cupboards cuppa cuppas decorate deliver disconnect empty extension fetch floors freeze freezer
fridge greet grill hoist hoover inflate kettle knife knives label lamp lamps leads loos mend
microwave mugs napkin napkins pack papers pencil pencils pens plates plug polish poster posters
prizes projector quiz recycle refill repair replace restock rinse rounds score scores screen scrub
serve sheet sheets shelf shelve shelves signs slice soak socket sockets sponge spoons spread stack
stir support sweep tap taps test tidy tissue tissues toast towel towels trays unfold unload unlock unpack
unplug unroll unstack unwrap vacuum walls welcome windows wipe wrap
min mins sec secs hrs aider aiders fave ping
`)...)
