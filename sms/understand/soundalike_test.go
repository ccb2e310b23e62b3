package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// similarPlan has names that sound alike (Dan and Danny) and guests whose
// names are often spelt as they sound (Jo, Chris).
const similarPlan = `{"id":"n5","title":"Quiz","people":[
 {"id":"dan","name":"Dan","phone":"+447700900501","roles":["committee"]},
 {"id":"danny","name":"Danny","phone":"+447700900502","roles":["committee"]},
 {"id":"bev","name":"Bev","phone":"+447700900503","roles":["staff"]}],
"jobs":[{"id":"door","title":"Take money on the door","phase":"during","who":["dan"]}],
"timeline":[{"at":"19:00","title":"Round one"}],
"rides":[{"id":"r1","name":"Jo","pickup":"taxi","at":"21:30","note":"Ace Cars"},
 {"id":"r2","name":"Chris","pickup":"dad","at":"21:30"}]}`

// TestUnderstand_NamesSpeltAsTheySound: "joe" is Jo and "kris" is Chris,
// but a word that sounds like both Dan and Danny names neither.
func TestUnderstand_NamesSpeltAsTheySound(t *testing.T) {
	n := planNight(t, similarPlan)
	for _, tc := range []struct{ from, text, want string }{
		{"bev", "joe has gone home in the taxi", "ride:r1=gone"},
		{"bev", "joes taxi is late", "problem:taxi"},
		{"bev", "kris has gone with his dad", "ride:r2=gone"},
		{"bev", "dann is doing the door", "none"},
		{"bev", "danny is doing the door", "none"},
	} {
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:00"})
		CheckValid(t, n, tc.text, in)
		if got := in.Expect(n); !Matches(got, tc.want) {
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
	if in := understand.Understand("joes taxi is late", n, "bev", understand.Context{}); in.Ride != "r1" {
		t.Errorf("joes taxi is late names ride %q, want r1", in.Ride)
	}
}
