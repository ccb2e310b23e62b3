package corpus

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
)

// byEar holds everyday words and the ways people who spell by ear, or in
// a hurry, write them. It is a model of misspelling for measuring, not a
// dictionary the reader uses: the understanding never sees this table.
// Every spelling here is one seen in real texts of this kind (dialect,
// text speak, a letter doubled or dropped, a word spelt as it sounds).
var byEar = map[string][]string{
	"is": {"iz"}, "was": {"woz", "wos"}, "will": {"wil"}, "gone": {"gon"}, "going": {"goin"},
	"come": {"cum", "com"}, "coming": {"comin", "cumin", "comming"}, "here": {"ere", "hear"},
	"there": {"ther", "thear", "their"}, "where": {"wer", "were"}, "they": {"thay"}, "them": {"dem", "em"},
	"that": {"dat", "tht"}, "what": {"wot", "wat"}, "with": {"wiv", "wth"}, "have": {"hav", "av"},
	"has": {"haz"}, "done": {"dun", "don"}, "said": {"sed"}, "now": {"nw", "nowe"}, "you": {"u", "yu"},
	"your": {"ur", "yor"}, "are": {"r", "ar"}, "be": {"b"}, "to": {"2", "too"}, "for": {"4", "fer"},
	"tonight": {"2nite", "tonite"}, "people": {"ppl", "peple"}, "please": {"pls", "plz", "pleese"},
	"thanks": {"thx", "fanks"}, "sorry": {"sory", "sorri"}, "ready": {"redy", "reddy"}, "full": {"ful"},
	"all": {"al"}, "still": {"stil"}, "off": {"of"}, "down": {"dwn", "doun"}, "the": {"da", "th", "teh"},
	"and": {"n", "an", "nd"}, "finished": {"finishd", "finnished", "fineshed"}, "sorted": {"sortd", "sorterd"},
	"cleaned": {"cleand", "cleened"}, "mopped": {"moped", "mopt"}, "started": {"startd"},
	"stacked": {"stackd"}, "chairs": {"chars", "chares"}, "tables": {"tabels", "tabls"}, "one": {"1"},
	"someone": {"sum1", "sumone"}, "everyone": {"evry1", "every1", "evryone", "every one"}, "some": {"sum"},
	"help": {"hlp", "halp"}, "broken": {"brokin", "brokn", "broke"}, "stopped": {"stoped", "stopt"},
	"late": {"l8", "layt"}, "wait": {"w8", "wate"}, "before": {"b4"}, "music": {"musik", "muzic"},
	"lights": {"lites", "lytes"}, "right": {"rite"}, "night": {"nite"}, "friend": {"frend"},
	"floor": {"flor", "flore"}, "door": {"dor", "dore"}, "toilet": {"toilit", "toylet"},
	"toilets": {"toilits", "toylets"}, "kitchen": {"kichen", "kitchin"}, "sick": {"sik"},
	"little": {"litle", "lil"}, "just": {"jus", "jst"}, "got": {"gt"}, "yet": {"yt"}, "taxi": {"taxy"},
	"arrived": {"arived", "arrivd"}, "checked": {"chekd", "checkd"}, "filled": {"fild", "filld"},
	"left": {"lefted", "lft"}, "outside": {"outsid", "owtside"}, "money": {"muny", "mony"},
	"because": {"coz", "cos", "becos"}, "clean": {"cleen"}, "ticket": {"tiket"}, "tickets": {"tikets"},
	"when": {"wen"}, "really": {"rly", "realy"}, "about": {"abt", "bout"}, "doing": {"doin", "dooin"},
	"getting": {"gettin", "geting"}, "putting": {"puttin", "puting"}, "cleaning": {"cleanin", "cleening"},
	"washing": {"washin", "woshing"}, "coats": {"cotes", "coatz"}, "drinks": {"drinx"}, "water": {"warter", "wata"},
	"anyone": {"any1"}, "nobody": {"no1", "nobdy"}, "again": {"agen", "agin"}, "should": {"shud"},
	"would": {"wud"}, "could": {"cud"}, "my": {"me", "mi"}, "me": {"mi"}, "back": {"bak", "bk"},
	"home": {"hom"}, "mum": {"mam", "mom"}, "found": {"fownd"}, "missing": {"missin", "mising"},
	"crying": {"cryin"}, "upset": {"upsett"}, "spill": {"spil"}, "spilled": {"spild", "spilt"},
	"hurt": {"hert", "hurted"}, "fell": {"fel", "falled"}, "over": {"ova", "ovr"}, "under": {"unda"},
	"after": {"afta", "aftr"}, "later": {"l8r"}, "great": {"gr8"}, "good": {"gud"}, "busy": {"bizzy"},
	"lovely": {"luvly"}, "love": {"luv"}, "nearly": {"nerly"}, "half": {"haf", "harf"}, "boxes": {"boxs"},
	"speakers": {"speekers", "speakas"}, "finish": {"finsh"}, "start": {"strt"}, "starting": {"startin"},
	"need": {"ned"}, "cant": {"carnt", "cnt"}, "dont": {"dnt"}, "isnt": {"isint"}, "hasnt": {"hasent"},
	"havent": {"havnt", "havint"}, "didnt": {"dint", "didint"}, "im": {"am", "iam"}, "ill": {"il"},
	"collecting": {"colecting"}, "running": {"runing"}, "made": {"mad"}, "well": {"wel"},
}

// Misspell returns up to max ways of writing text with one everyday word
// spelt by ear (from byEar), each a whole text. Which ones is fixed by the
// text, so a measure made twice is the same measure.
func Misspell(text string, max int) []string {
	words := strings.Fields(text)
	type change struct {
		at   int
		new  string
		rank uint32
	}
	var all []change
	for i, w := range words {
		key := strings.ToLower(strings.Trim(w, ".,!?"))
		for _, s := range byEar[key] {
			h := fnv.New32a()
			fmt.Fprintf(h, "%s|%d|%s", text, i, s)
			all = append(all, change{i, s, h.Sum32()})
		}
	}
	slices.SortFunc(all, func(a, b change) int { return cmp.Compare(a.rank, b.rank) })
	var out []string
	for _, c := range all {
		if len(out) >= max {
			break
		}
		ws := slices.Clone(words)
		ws[c.at] = c.new
		if v := strings.Join(ws, " "); v != text && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// Misspelt is rows with each text written up to per other ways (Misspell),
// each keeping its row's sender and expectation.
func Misspelt(rows []Row, per int) []Row {
	var out []Row
	for _, r := range rows {
		for _, v := range Misspell(r.Text, per) {
			m := r
			m.Text = v
			out = append(out, m)
		}
	}
	return out
}
