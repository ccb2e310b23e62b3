package understand_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// chatPlan is a night none of the tuned texts are about.
const chatPlan = `{"id":"so1","title":"Bollywood Night","date":"2027-03-06","venue":"Elm Street Hall","people":[
 {"id":"jade","name":"Jade","phone":"+447700904811","roles":["committee"]},
 {"id":"ray","name":"Ray","phone":"+447700904812","roles":["committee"]},
 {"id":"pam","name":"Pam","phone":"+447700904813","roles":["staff","first aid"]}],
"jobs":[
 {"id":"lights","title":"Hang the fairy lights","phase":"setup","who":["jade"]},
 {"id":"samosa","title":"Put out the samosas","phase":"during","who":["ray"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"21:45","title":"Home time"}],
"rides":[{"id":"x1","name":"Kev","pickup":"taxi","at":"21:45","note":"Star Cars"}]}`

// TestUnderstand_LearnedModelReadsChat: texts the rules cannot place, that
// the learned model is sure are chat, get the kind reply instead of a
// person's time. Texts that name someone else, a guest or a time, or have
// words nobody can read, still go to a person, however sure the model is.
func TestUnderstand_LearnedModelReadsChat(t *testing.T) {
	n := planNight(t, chatPlan)
	// Plain chat the rules cannot place. Each retraining may move one
	// text across the line, so most, not each, must be the model's; none
	// may change the night.
	chat := []struct{ from, text string }{
		{"ray", "my bus was well busy"},
		{"jade", "can i bring my cousin next month"},
		{"jade", "my cousin got a new puppy"},
		{"jade", "my phone is on 5 percent"},
		{"jade", "my sister is getting married in june"},
		{"ray", "my nan made me a new dress for tonight"},
	}
	byModel := 0
	for _, tc := range chat {
		in, why := understand.Explain(tc.text, n, tc.from, understand.Context{Now: "19:30"})
		switch got := in.Expect(n); {
		case got == "none" && strings.Contains(strings.Join(why, "; "), "learned model"):
			byModel++
		case got != "none" && got != "unknown":
			t.Errorf("%s %q = %s; want none, or unknown for a person (%s)", tc.from, tc.text, got, strings.Join(why, "; "))
		}
	}
	if byModel < len(chat)-2 {
		t.Errorf("the learned model read %d of %d plain chat texts as chat; want at least %d", byModel, len(chat), len(chat)-2)
	}
	for _, tc := range []struct{ from, text string }{
		{"ray", "kevs dad rang"},             // a guest named: a person reads it
		{"jade", "blorp zingle wamp"},        // no word to read
		{"ray", "pam said the thing"},        // someone else named
		{"jade", "my cousin is coming at 9"}, // a time
		{"jade", "has anyone got a plaster"}, // asks the team for something
	} {
		in, why := understand.Explain(tc.text, n, tc.from, understand.Context{Now: "19:30"})
		if got := in.Expect(n); got != "unknown" {
			t.Errorf("%s %q = %s; want unknown, for a person (%s)", tc.from, tc.text, got, strings.Join(why, "; "))
		}
	}
}
