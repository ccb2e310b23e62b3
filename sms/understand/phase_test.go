package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// twoEndsPlan gives one person two jobs on one thing, one at each end of
// the night, and a third close job that shares no word with them.
const twoEndsPlan = `{"id":"n3","title":"Film Night","people":[
 {"id":"ann","name":"Ann","phone":"+447700900301","roles":["committee"]},
 {"id":"lee","name":"Lee","phone":"+447700900302","roles":["committee"]}],
"jobs":[
 {"id":"benches_out","title":"Put out the benches","phase":"setup","who":["ann"]},
 {"id":"screen","title":"Hang the screen","phase":"setup","who":["lee"]},
 {"id":"floor","title":"Sweep the floor","phase":"close","who":["ann"]},
 {"id":"benches_in","title":"Put away the benches","phase":"close","who":["ann"]}],
"timeline":[{"at":"19:00","title":"Film starts"}],"rides":[]}`

// TestUnderstand_JobAtTheEndItSpeaksOf: words of the end of the night
// that also name the job at that end pick it; they do not ask between the
// named job and one the text never spoke of.
func TestUnderstand_JobAtTheEndItSpeaksOf(t *testing.T) {
	n := planNight(t, twoEndsPlan)
	for _, tc := range []struct{ from, text, want string }{
		{"ann", "benches put away", "done:benches_in"},
		{"ann", "putin the benches away now", "doing:benches_in"},
		{"ann", "benches out", "done:benches_out"},
		{"ann", "floor swept", "done:floor"},
		{"ann", "benches all reddy", "done:benches_out"}, // ready is the setup end
	} {
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:00"})
		CheckValid(t, n, tc.text, in)
		if got := in.Expect(n); !Matches(got, tc.want) {
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
}

// titleWordsPlan has two jobs on one thing told apart only by their verbs,
// and a job whose word is one letter from an everyday word.
const titleWordsPlan = `{"id":"n4","title":"Games Night","people":[
 {"id":"ann","name":"Ann","phone":"+447700900401","roles":["committee"]},
 {"id":"lee","name":"Lee","phone":"+447700900402","roles":["committee"]}],
"jobs":[
 {"id":"tables_out","title":"Set out the tables","phase":"setup","who":["ann"]},
 {"id":"snacks","title":"Serve the snacks","phase":"during","who":["lee"]},
 {"id":"wipe","title":"Wipe the tables","phase":"close","who":["ann"]}],
"timeline":[{"at":"19:00","title":"Games start"}],"rides":[]}`

// TestUnderstand_TitleWordsPick: when the words that name things tie, the
// title's other words the text says pick the job; an everyday word is not
// a slip for a job's word; an ending keeps its tense.
func TestUnderstand_TitleWordsPick(t *testing.T) {
	n := planNight(t, titleWordsPlan)
	for _, tc := range []struct{ from, text, want string }{
		{"ann", "tables wiped", "done:wipe"},
		{"ann", "tabls all out", "done:tables_out"},
		{"ann", "wiping the tables now", "doing:wipe"},
		{"lee", "snacks served", "done:snacks"},
		{"lee", "servin the snacks", "doing:snacks"},
		{"lee", "stacking chairs", "unknown"},
	} {
		in := understand.Understand(tc.text, n, tc.from, understand.Context{Now: "19:00"})
		CheckValid(t, n, tc.text, in)
		if got := in.Expect(n); !Matches(got, tc.want) {
			t.Errorf("%s %q = %s; want %s", tc.from, tc.text, got, tc.want)
		}
	}
}
