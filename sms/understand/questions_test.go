package understand_test

import "testing"

// TestUnderstand_QuestionAboutNothingOnThePlan: a question that names
// nothing the night holds ("whats the wifi password", "who won best
// dancer?") changes nothing and needs no person; a question naming a
// person, a job, a ride or trouble is still read for what it names.
func TestUnderstand_QuestionAboutNothingOnThePlan(t *testing.T) {
	n := planNight(t, pierPlan)
	checkOn(t, n, "20:00", []readCase{
		{"gail", "whats the wifi password", "none"},
		{"ron", "who won best dancer?", "none"},
		{"viv", "wot do i wear next time is it fancy dress again", "none"},
		{"gail", "whos got the spare keys", "none"},
		// still read for what they name
		{"ron", "where is kofi", "!none"},
		{"gail", "who is doing the deck chairs", "!done"},
		{"viv", "whats next", "status"},
		{"ron", "what are my jobs", "jobs"},
	})
}
