package understand_test

import "testing"

// TestUnderstand_MustBeDoneIsNotUnderWay: what has to be done ("the quiz
// has to start at 8", "we got to do the raffle") is not being done yet, so
// no job is started or ticked. Said as news, it still is.
func TestUnderstand_MustBeDoneIsNotUnderWay(t *testing.T) {
	checkOn(t, planNight(t, bowlsPlan), "19:30", []readCase{
		{"sue", "the manager says the quiz has to start at 8", ""},
		{"jade", "the quiz has to start at 8", ""},
		{"jade", "quiz is supposed to be done by 9", ""},
		{"jade", "quiz starting now", "doing:quiz"},
		{"jade", "quiz done", "done:quiz"},
	})
}
