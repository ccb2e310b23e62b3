package understand

import (
	_ "embed"
	"strings"
)

// englishText is SCOWL's small British English list (Debian's
// wbritish-small; see english.txt.license), cut to lower-case words of
// four letters or more: `grep -E '^[a-z]+$' british-english-small | awk
// 'length($0)>=4'`.
//
//go:embed english.txt
var englishText string

// english are real English words. Spelling is never mended away from one:
// "dancer" is not a slip for "danger", nor "sunny" for "funny", nor
// "slippers" for "slippery". They are not mend targets either; only the
// lexicon and the night's own words are.
var english = func() map[string]bool {
	m := make(map[string]bool, 40000)
	for _, w := range strings.Fields(englishText) {
		m[w] = true
	}
	return m
}()
