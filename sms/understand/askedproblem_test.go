package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// A question naming the kind of one open problem is about that problem; with
// two of that kind open it names neither, and with none it is what it was.
func TestUnderstand_QuestionAboutAnOpenProblem(t *testing.T) {
	const text = "whos helping with the taxi"
	n := MustNight(t)
	if in := understand.Understand(text, n, "jade", understand.Context{Now: "19:30"}); in.Problem != "" {
		t.Fatalf("no problem is open, yet %q named problem %q", text, in.Problem)
	}
	one := MustApply(t, n, night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Taxi for Jo not here"})
	in := understand.Understand(text, one, "jade", understand.Context{Now: "19:30"})
	if in.Kind != understand.Status || in.Problem != one.Problems[0].ID {
		t.Fatalf("%q with one taxi problem open: %+v, want a status question about %s", text, in, one.Problems[0].ID)
	}
	if err := in.Valid(one); err != nil {
		t.Fatal(err)
	}
	two := MustApply(t, one, night.Command{Type: night.CmdRaise, By: "kim", Kind: night.Taxi, Text: "Chris's taxi is late"})
	if in := understand.Understand(text, two, "jade", understand.Context{Now: "19:30"}); in.Problem != "" {
		t.Fatalf("%q with two taxi problems open named %q: it cannot tell which", text, in.Problem)
	}
	if err := (understand.Intent{Kind: understand.Status, Problem: "nope"}).Valid(n); err == nil {
		t.Fatal("a status question about a problem that does not exist was valid")
	}
}
