package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// otherPlan is a night unlike the fixture: other job titles, and names that
// are also ordinary words (Will, May). Nothing in the package may depend
// on the fixture's words.
const otherPlan = `{"id":"n2","title":"Spring Disco","people":[
 {"id":"will","name":"Will","phone":"+447700900201","roles":["committee"]},
 {"id":"bob","name":"Bob Smith","phone":"+447700900202","roles":["committee"]},
 {"id":"aisha","name":"Aisha","phone":"+447700900203","roles":["committee"]},
 {"id":"mo","name":"Mo","phone":"+447700900204","roles":["staff"]}],
"jobs":[
 {"id":"bunting","title":"Hang the bunting","phase":"setup","who":["will","bob"]},
 {"id":"tickets","title":"Sell raffle tickets","phase":"during","who":["aisha"]},
 {"id":"tuck","title":"Run the tuck shop","phase":"during","who":["bob"]},
 {"id":"karaoke","title":"Karaoke machine","phase":"setup","who":["will"]},
 {"id":"bands","title":"Hand out wristbands","phase":"during","who":["aisha","mo"]},
 {"id":"stack","title":"Stack the chairs","phase":"close","who":["bob","will"]},
 {"id":"sweep","title":"Sweep the floor","phase":"close","who":["will"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"19:30","title":"Karaoke"},{"at":"21:00","title":"Carriages"}],
"rides":[{"id":"k1","name":"Kev","pickup":"taxi","at":"21:00"},{"id":"m1","name":"May","pickup":"mum","at":"21:00"}]}`

func TestUnderstand_OtherNight(t *testing.T) {
	n := planNight(t, otherPlan)
	for _, tc := range []struct{ from, text, want string }{
		{"will", "bunting up", "done:bunting"},
		{"bob", "buntin done", "done:bunting"},
		{"aisha", "tickets sold", "done:tickets"},
		{"aisha", "raffel tickets done", "done:tickets"},
		{"bob", "tuck shop open", "doing:tuck"},
		{"will", "karoke ready", "done:karaoke"},
		{"aisha", "wristbands handed out", "done:bands"},
		{"bob", "chairs stacked", "done:stack"},
		{"will", "floor swept", "done:sweep"},
		{"will", "sweeping now", "doing:sweep"},
		{"bob", "done 6", "done:stack"},
		{"will", "done", "ask:done:bunting|done:karaoke|done:stack"},
		{"aisha", "can't find Kev", "problem:missing"},
		{"mo", "kevs taxi is late", "problem:taxi"},
		{"mo", "may has gone home", "ride:m1=gone"},
		{"aisha", "May's mum is here", "ride:m1=gone"},
		{"aisha", "Will has gone home", "leaving"},
		{"bob", "where is will", "problem:missing"},
		{"bob", "where is will x", "problem:missing"},
		{"bob", "I will be late", "none"}, // his own way here, not Will: nothing changes
		{"aisha", "when is karaoke", "status"},
		{"will", "karaoke mic not working", "problem:music"},
		{"aisha", "hi mo, someone is crying x", "problem:upset"},
		{"bob", "thanks mo", "none"},
		{"aisha", "found an umbrella", "problem:lost"},
	} {
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:00"})
		CheckValid(t, n, tc.text, in)
		if got := in.Expect(n); !Matches(got, tc.want) {
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
}
