package understand

import "strings"

// Names are spelt the way they sound: "joe" for Jo, "alix" for Alex,
// "kris" for Chris. A word nobody knows that sounds like exactly one name
// on the night, and is spelt like no name at all, is read as that name.
// Similar names stay apart: "dan" is Dan and never Danny, and a word that
// sounds like two names ("dann" for Dan and Danny) names nobody.

// soundKey is a rough key of how a name sounds: c, ck, ch and q as k, ph
// as f, y and ee as i, a final e or h dropped, doubles run together, and
// every vowel after the first letter alike.
func soundKey(w string) string {
	w = soundSpelling.Replace(w)
	if len(w) > 1 {
		w = w[:1] + strings.ReplaceAll(w[1:], "th", "f") // "garef" is Gareth, said as heard
	}
	for len(w) > 2 && (strings.HasSuffix(w, "e") || strings.HasSuffix(w, "h")) {
		w = w[:len(w)-1]
	}
	var b []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i > 0 && c != 'i' && isVowel(c) {
			c = 'a'
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// soundSpelling folds letters that sound alike. A Replacer is safe for
// use by many goroutines and costly to build, so it is built once.
var soundSpelling = strings.NewReplacer("ph", "f", "ck", "k", "ch", "k", "c", "k", "q", "k", "z", "s", "ee", "i", "ey", "i",
	"ie", "i", "y", "i")

// soundAlike is the one name on the night that w sounds like, when w is a
// word nobody knows of at least three letters.
func (v *vocab) soundAlike(w string) ([]nameRef, bool) {
	if len(w) < 3 || !isAlpha(w) || v.known(w) {
		return nil, false
	}
	key := soundKey(w)
	found := ""
	for name := range v.names {
		if soundKey(name) != key {
			continue
		}
		if found != "" && found != name {
			return nil, false
		}
		found = name
	}
	if found == "" {
		return nil, false
	}
	return v.names[found], true
}
