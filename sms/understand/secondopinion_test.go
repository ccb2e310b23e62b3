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
	for _, tc := range []struct{ from, text, want, why string }{
		{"ray", "my bus was well busy", "none", "learned model"},
		{"jade", "can i bring my cousin next month", "none", "learned model"},
		{"jade", "my cousin got a new puppy", "none", "learned model"},
		{"jade", "my phone is on 5 percent", "none", "learned model"},
		{"jade", "my sister is getting married in june", "none", "learned model"},
		{"ray", "kevs dad rang", "unknown", ""},             // a guest named: a person reads it
		{"jade", "blorp zingle wamp", "unknown", ""},        // no word to read
		{"ray", "pam said the thing", "unknown", ""},        // someone else named
		{"jade", "my cousin is coming at 9", "unknown", ""}, // a time
		{"jade", "has anyone got a plaster", "unknown", ""}, // asks the team for something
	} {
		in, why := understand.Explain(tc.text, n, tc.from, understand.Context{Now: "19:30"})
		if got := in.Expect(n); got != tc.want {
			t.Errorf("%s %q = %s; want %s (%s)", tc.from, tc.text, got, tc.want, strings.Join(why, "; "))
			continue
		}
		if said := strings.Join(why, "; "); tc.why != "" && !strings.Contains(said, tc.why) {
			t.Errorf("%s %q: the reason does not name the %s: %s", tc.from, tc.text, tc.why, said)
		}
	}
}
