package understand_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// TestUnderstand_CutShortTextsAreRead reads every start and every end of
// the dev corpus's texts, cut at each space. Texts end and begin anywhere:
// a reading that looks one word past the end ("mic not") or before the
// start must still give a valid intent, never panic.
func TestUnderstand_CutShortTextsAreRead(t *testing.T) {
	for _, text := range []string{"mic not", "music not", "speakers not", "dj not"} {
		readNoPanic(t, MustNight(t), text, "tom")
	}

	f, err := os.Open("../../testdata/sms-corpus-dev.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := MustNight(t)
	seen := map[string]bool{}
	read := 0
	sc := bufio.NewScanner(f)
	for line := 0; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		if line == 0 || len(cols) < 2 {
			continue
		}
		words := strings.Fields(cols[1])
		for k := 1; k < len(words); k++ {
			for _, cut := range []string{strings.Join(words[:k], " "), strings.Join(words[k:], " ")} {
				if seen[cut] {
					continue
				}
				seen[cut] = true
				read++
				readNoPanic(t, n, cut, cols[0])
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if read < 1000 {
		t.Fatalf("read only %d cut texts; the dev corpus did not load", read)
	}
}

// readNoPanic reads one text and reports a panic as that text's failure,
// so one run names every text that breaks the reading.
func readNoPanic(t *testing.T, n *night.Night, text, from string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%q from %s: the reading panicked: %v", text, from, r)
		}
	}()
	CheckValid(t, n, text, understand.Understand(text, n, from, understand.Context{}))
}
