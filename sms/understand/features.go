package understand

import (
	"strings"

	"github.com/clubnight/clubnight/night"
)

// ModelFeatures are the features the learned second opinion (package
// model) reads from a text: its words as the rules see them (spelling
// mended, the night's names put as @me, @person and @guest, words of a job
// title also put as @job), pairs of neighbouring words, and the letters
// inside each word, so a spelling the mender missed still looks like
// itself. The trainer and Understand share it, so the model always sees
// what it was trained on.
func ModelFeatures(text string, n *night.Night, sender string) []string {
	if n == nil {
		n = &night.Night{}
	}
	return newAnalysis(text, n, sender, Context{}).modelFeatures()
}

func (a *analysis) modelFeatures() []string {
	var f []string
	prev := "^"
	for i, t := range a.t {
		w := t.w
		switch name := a.nameWord(i); {
		case name != "":
			w = name
		case t.num != 0 && t.digit:
			w = "@number"
		}
		pair := w
		if a.v.stems[stem(w)] && w[0] != '@' {
			f = append(f, "w:@job")
			pair = "@job"
		}
		if a.social[i] {
			f = append(f, "s:"+w)
		} else {
			f = append(f, "w:"+w)
		}
		f = append(f, "b:"+prev+"_"+pair)
		prev = pair
		if w[0] != '@' {
			g := " " + w + " "
			for size := 3; size <= 5; size++ {
				for k := 0; k+size <= len(g); k++ {
					f = append(f, "c:"+g[k:k+size])
				}
			}
		}
	}
	f = append(f, "b:"+prev+"_$")
	if a.question {
		f = append(f, "q:?")
	}
	if len(a.t) <= 2 {
		f = append(f, "len:short")
	} else if len(a.t) > 12 {
		f = append(f, "len:long")
	}
	if strings.TrimSpace(a.text) != "" && len(a.content()) == 0 {
		f = append(f, "only:social")
	}
	return f
}
