package understand_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// TestUnderstand_SecondLookAsks: when the rules would change the night in
// a way the learned model all but rules out, the sender gets one short
// question instead, and nothing changes until they answer. Readings the
// model shares are acted on as before.
func TestUnderstand_SecondLookAsks(t *testing.T) {
	n := planNight(t, chatPlan)
	checkOn(t, n, "19:30", []readCase{
		// A thing gone astray is lost property or a person missing: ask.
		{"ray", "pizza cutter is missing", "ask:problem:missing|problem:lost"},
		// A job done with a small fault, a message passed on, a question
		// about a ride: ask before telling the team.
		{"jade", "lights r up but one string wont light", "ask:problem:other"},
		{"ray", "police came to say someone parked badly", "ask:problem:other"},
		{"jade", "where is kevs cab from", "ask:problem:taxi"},
		// Given out is done or under way: ask which.
		{"ray", "samosas all givin out", "ask:done:samosa|doing:samosa"},
		// Someone upset or unwell is never held back, whatever the model
		// reads: help goes to them either way.
		{"ray", "kev cried when he got his medal", "problem:upset"},
		// Near misses the model shares stay acted on.
		{"ray", "a lady is crying by the door", "problem:upset"},
		{"jade", "where is kev hes not in the hall", "problem:missing"},
		{"ray", "samosas all out", "done:samosa"},
		{"jade", "hanging the fairy lights now", "doing:lights"},
		{"jade", "someone spilt juice all over the floor by the door", "problem:spill"},
	})
}

// TestUnderstand_SecondLookAnswered: the answer to the question is acted
// on, whatever the model thinks, and the question fits one text.
func TestUnderstand_SecondLookAnswered(t *testing.T) {
	n := planNight(t, chatPlan)
	in, why := understand.Explain("pizza cutter is missing", n, "ray", understand.Context{Now: "19:30"})
	if in.Kind != understand.Ask || in.Choice == nil {
		t.Fatalf("pizza cutter is missing = %s; want a question (%s)", in.Expect(n), strings.Join(why, "; "))
	}
	q := in.Choice.Question()
	if understand.Septets(q) > understand.MaxSMS || !strings.Contains(q, "1") || !strings.Contains(q, "2") {
		t.Errorf("question %q: want two numbered options in one text", q)
	}
	if !strings.Contains(strings.Join(why, "; "), "learned model") {
		t.Errorf("why = %q; want it to say the learned model asked", why)
	}
	for reply, want := range map[string]string{"2": "problem:lost", "1": "problem:missing"} {
		got := understand.Understand(reply, n, "ray", understand.Context{Now: "19:31", PendingChoice: in.Choice})
		if g := got.Expect(n); g != want {
			t.Errorf("reply %q = %s; want %s", reply, g, want)
		}
	}
}
