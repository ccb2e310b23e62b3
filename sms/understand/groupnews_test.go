package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// groupPlan has a closing job whose title ends in a word guests use of
// themselves ("See people onto their rides"), as on the unseen talent
// show night.
const groupPlan = `{"id":"g1","title":"Talent Show","people":[
 {"id":"summer","name":"Summer","phone":"+447700900307","roles":["staff"]},
 {"id":"neil","name":"Neil","phone":"+447700900308","roles":["volunteer"]}],
"jobs":[
 {"id":"mop","title":"Mop the kitchen floor","phase":"close","who":["neil","summer"]},
 {"id":"rides","title":"See people onto their rides","phase":"close","who":["summer"]}],
"timeline":[{"at":"21:50","title":"Home time"}],
"rides":[{"id":"r1","name":"Kev","pickup":"taxi","at":"21:50","note":"A1 Taxis"}]}`

// TestUnderstand_GroupNewsIsNotTheSender keeps news about where everyone
// is from starting a job ("everyone is on their rides" is not the sender
// "on" the rides job) or checking the sender out ("all gone home safe" is
// the guests going, not the sender). From the person whose job is seeing
// people onto their rides, it is that job done; from anyone else a person
// reads it. The sender's own goodbyes to everyone still check them out.
func TestUnderstand_GroupNewsIsNotTheSender(t *testing.T) {
	n := planNight(t, groupPlan)
	for _, tc := range []struct{ from, text, want string }{
		{"summer", "Everyone is on their rides, all gone home safe", "done:rides"},
		{"summer", "everyone is on their rides", "done:rides"},
		{"summer", "all gone home safe", "done:rides"},
		{"neil", "everyone is on their rides", "unknown"},
		{"neil", "everybody has gone home", "quiet"},
		{"neil", "night all", "leaving"},
		{"neil", "bye everyone im going home", "leaving"},
		{"neil", "everyone has gone so im going home now", "leaving"},
		{"neil", "im on the kitchen floor now", "doing:mop"},
	} {
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "21:50"})
		CheckValid(t, n, tc.text, in)
		if got := in.Expect(n); !Matches(got, tc.want) {
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
}
