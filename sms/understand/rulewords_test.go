package understand_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// respelled are the words the rules name that the reader is meant to
// spell out or mend before the rules look: text speak, contractions,
// plurals the rules name in both forms, and sound-alikes. Any other word
// a rule names must reach the rules as it is, or the rule never fires
// ("20 mins" read as "20 mine" once).
var respelled = map[string]string{
	"am": "i am", "asap": "quick", "bak": "back", "brung": "brought", "cannot": "can not", "cant": "can not",
	"crys": "cries", "droped": "dropped", "dun": "done", "everyones": "everyone", "finito": "finished",
	"gonna": "going to", "ha": "her", "haz": "has", "hear": "here", "hes": "he is", "im": "i am",
	"issues": "issue", "its": "it is", "ive": "i have", "machines": "machine", "msg": "message", "n": "and",
	"noises": "noise", "noone": "no one", "of": "off", "ppl": "people", "prob": "problem", "probs": "problem",
	"puddles": "puddle", "r": "are", "rides": "ride", "shes": "she is", "slushy": "slush", "split": "spilt",
	"thats": "that is", "thier": "their", "til": "till", "times": "time", "txt": "text", "u": "you", "upp": "up",
	"wanna": "want to", "wat": "what", "whats": "what is", "whoops": "oops", "wont": "will not", "wot": "what",
	"ya": "you", "yeah": "yes", "ta": "thanks", "thankyou": "thank you", "xoxo": "x", "hiii": "hi",
	"thx": "thanks", "plz": "please", "xx": "x", "okay": "ok", "sry": "sorry", "cheer": "cheers",
	"soz": "sorry", "pls": "please", "luv": "love", "mother": "mum", "dont": "do not",
}

// TestRuleWords_ReachTheRules reads every word the rules name in their
// word sets and phrases (the set and ph calls of the package) inside a
// text (the word lists written as one string too), and checks the reader passes it to the rules unchanged, or
// changed only as respelled says.
func TestRuleWords_ReachTheRules(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]bool{}
	fset := token.NewFileSet()
	lower := regexp.MustCompile(`^[a-z]+$`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if fn, ok := call.Fun.(*ast.Ident); !ok || fn.Name != "set" && fn.Name != "ph" {
				return true
			}
			for _, arg := range call.Args {
				if fields, ok := arg.(*ast.CallExpr); ok && len(fields.Args) == 1 {
					arg = fields.Args[0] // set(strings.Fields(`...`))
				}
				lit, ok := arg.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				for _, w := range strings.Fields(s) {
					if lower.MatchString(w) {
						words[w] = true
					}
				}
			}
			return true
		})
	}
	if len(words) < 1000 {
		t.Fatalf("found %d rule words; the set and ph calls were not read", len(words))
	}
	n := MustNight(t)
	for w := range words {
		_, why := understand.Explain("said "+w+" now", n, "tom", understand.Context{Now: "19:30"})
		got := strings.NewReplacer("(", "", ")", "").Replace(strings.TrimPrefix(why[0], "words: "))
		got = strings.TrimSuffix(strings.TrimPrefix(got, "said "), " now")
		want := w
		if r, ok := respelled[w]; ok {
			want = r
		}
		if got != want && got+"s" != w { // a plural read as its one thing is meant
			t.Errorf("the rules name %q, but the reader passes it on as %q", w, got)
		}
	}
}
