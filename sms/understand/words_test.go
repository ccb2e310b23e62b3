package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// TestUnderstand_EverydayNews: a cut hand is someone hurt, a blank screen
// is a problem, getting on the minibus is going home, and a cuppa is tea.
// "music has cut out" stays a music problem. "ill" before a word of work
// is "I'll", not unwell.
func TestUnderstand_EverydayNews(t *testing.T) {
	base := MustNight(t)
	for _, r := range []struct{ from, text, want string }{
		{"jade", "a girl has cut her hand", "problem:unwell"},
		{"tom", "lad cut himself on a glass", "problem:unwell"},
		{"jade", "music has cut out", "problem:music"},
		{"kim", "the screen in the hall has gone blank", "problem:other"},
		{"priya", "dee got on the minibus", "ride:r3=gone"},
		{"priya", "city cars came for jo", "ride:r1=gone"},
		{"tom", "ill stack the chairs after", "none"}, // "ill" is "I'll" before a word of work
		{"jade", "ill hoover the hall later", "none"},
		{"kim", "a guest is ill by the bar", "problem:unwell"},
	} {
		n, ctx := heldOutSetup(t, base, r.from, "")
		in := understand.Understand(r.text, n, r.from, ctx)
		CheckValid(t, n, r.text, in)
		if got := in.Expect(n); !Matches(got, r.want) {
			t.Errorf("%s %q = %s; want %s", r.from, r.text, got, r.want)
		}
	}
	n := planNight(t, `{"id":"n6","title":"Cafe","people":[{"id":"ann","name":"Ann","phone":"+447700900601","roles":["committee"]}],
"jobs":[{"id":"teas","title":"Make the teas","phase":"during","who":["ann"]}],"timeline":[],"rides":[]}`)
	if got := understand.Understand("made every one a cuppa", n, "ann", understand.Context{}).Expect(n); got != "done:teas" {
		t.Errorf("made every one a cuppa = %s; want done:teas", got)
	}
}

// TestUnderstand_RealWordsAreNotMended: a real English word is never
// mended into another ("dancer" into "danger", "sunny" into "funny"), so
// no alarm is raised on a guess; a
// real word that is a likely slip still is ("split" for "spilt").
func TestUnderstand_RealWordsAreNotMended(t *testing.T) {
	n := filmNight(t)
	for _, c := range []struct{ text, want string }{
		{"will is a brill dancer haha", "none"},
		{"the dancers r amazing", "none"},
		{"sumone split there drink near the film", "problem:spill"},
	} {
		checkReading(t, n, understand.Context{Now: "19:30"}, "bev", c.text, c.want)
	}
}
