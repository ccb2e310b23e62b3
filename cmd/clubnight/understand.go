package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/understand/corpus"
)

// understandCmd reads texts against a night plan, the way the SMS webhook
// reads them, and prints what each would do and why. With -corpus it also
// judges each text against its expectation and prints a table, so an
// organiser can try their committee's own words before a night. It changes
// nothing anywhere.
func understandCmd(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("understand", flag.ContinueOnError)
	fs.SetOutput(stdout)
	planPath := fs.String("night", "", "the night's plan (JSON, as uploaded on the dashboard)")
	corpusPath := fs.String("corpus", "", "texts to try: tab-separated from, text, expect (the SMS corpus format); without it, lines of `person-id<TAB>text` are read from standard input")
	quiet := fs.Bool("q", false, "with -corpus, print only the texts that were not right, and the table")
	now := fs.String("now", "19:30", "the time of night the texts are read at, HH:MM")
	misspell := fs.Int("misspell", 0, "with -corpus, read each text instead as up to N other spellings of it, one everyday word spelt by ear (iz, gon, wiv), to see how well misspelt words are understood")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *planPath == "" {
		return fmt.Errorf("understand: say which night with -night plan.json")
	}
	ctx := understand.Context{Now: *now}
	if *corpusPath == "" {
		plan, err := corpus.LoadPlan(*planPath)
		if err != nil {
			return fmt.Errorf("understand: %v", err)
		}
		return readLines(night.NewNight(plan), ctx, stdin, stdout)
	}
	plan, rows, err := corpus.Load(*planPath, *corpusPath)
	if err != nil {
		return fmt.Errorf("understand: %v", err)
	}
	n := night.NewNight(plan)
	if *misspell > 0 {
		rows = corpus.Misspelt(rows, *misspell)
	}
	results, err := corpus.Run(rows, n, ctx)
	if err != nil {
		return fmt.Errorf("understand: %v", err)
	}
	for _, r := range results {
		if *quiet && r.Outcome == corpus.Right {
			continue
		}
		fmt.Fprintf(stdout, "%-9s %s: %q\n          want %s, read as %s: %s\n", strings.ToUpper(string(r.Outcome)),
			r.Row.From, r.Row.Text, r.Row.Expect, r.Intent.Expect(n), r.Detail)
		for _, w := range r.Why {
			fmt.Fprintf(stdout, "          - %s\n", w)
		}
	}
	fmt.Fprintln(stdout)
	return corpus.Count(results).Write(stdout)
}

// readLines prints the reading of each `person<TAB>text` line.
func readLines(n *night.Night, ctx understand.Context, stdin io.Reader, stdout io.Writer) error {
	sc := bufio.NewScanner(stdin)
	for sc.Scan() {
		from, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			from, text, ok = strings.Cut(sc.Text(), ":")
		}
		from, text = strings.TrimSpace(from), strings.TrimSpace(text)
		if !ok || text == "" {
			continue
		}
		if _, known := n.Person(from); !known {
			fmt.Fprintf(stdout, "%q: nobody on the night has the id %q\n", text, from)
			continue
		}
		in, why := understand.Explain(text, n, from, ctx)
		fmt.Fprintf(stdout, "%s: %q\n  read as %s\n", from, text, in.Expect(n))
		for _, w := range why {
			fmt.Fprintf(stdout, "  - %s\n", w)
		}
	}
	return sc.Err()
}
