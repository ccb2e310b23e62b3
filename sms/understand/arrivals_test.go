package understand_test

import "testing"

// TestUnderstand_ArrivingAndLeavingInOwnWords: the sender's own car being
// parked, their own lift that dropped them off and "where is everyone"
// are an arrival, not a guest's ride nor anyone missing; locking up on
// the way out is leaving, not a lock that is stuck; "hows the nite going"
// asks how the night is going; a short "iz here now" leaves out that it
// is the sender.
func TestUnderstand_ArrivingAndLeavingInOwnWords(t *testing.T) {
	n := planNight(t, pierPlan)
	checkOn(t, n, "18:30", []readCase{
		{"ron", "Arrived, just parking the car 🚗", "here"},
		{"ron", "im here just parking the car", "here"},
		{"gail", "hiya its gail just got 2 the pavilion my mum dropped me off where is every1", "here"},
		{"gail", "my dad dropped me off where is every1", "here"},
		{"viv", "Heading off now, pavilion is locked. Night all", "leaving"},
		{"ron", "hows the nite going", "status"},
		{"gail", "iz here now", "here"},
		{"viv", "is here x", "here"},
		{"ron", "is here now?", "!here"},
		{"gail", "is kofi here now", "!here"},
		{"gail", "hows it all going?", "status"},
		// still trouble
		{"viv", "the toilet door is locked", "problem:other"},
		{"ron", "leaving now, but kofi is locked out", "!leaving"},
		{"gail", "cant find my mum", "problem:missing"},
		{"ron", "ollies dad is parking the car", "!here"},
	})
}
