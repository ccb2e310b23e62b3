package testhub

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// CorpusRow is one line of testdata/sms-corpus.tsv: who texts, what they
// text, and what it must do.
type CorpusRow struct{ From, Text, Expect string }

// Corpus reads testdata/sms-corpus.tsv from the module root.
func Corpus(t testing.TB) []CorpusRow {
	t.Helper()
	f, err := os.Open(filepath.Join(moduleRoot(t), "testdata", "sms-corpus.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []CorpusRow
	sc := bufio.NewScanner(f)
	for line := 0; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		if line == 0 || len(cols) < 3 {
			continue
		}
		rows = append(rows, CorpusRow{cols[0], cols[1], cols[2]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatal("testhub: the SMS corpus is empty")
	}
	return rows
}
