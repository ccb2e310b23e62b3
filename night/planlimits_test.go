package night_test

import (
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// A plan file is held to the same limits as the plan editor, and says so:
// nothing is cut short without a word.
func TestPlan_ValidateTooLong(t *testing.T) {
	p := MustPlan(t)
	p.People[0].Name = strings.Repeat("A", 5000)
	p.Jobs[0].Title = strings.Repeat("é", 121)
	p.Title = strings.Repeat("x", 120) // the most allowed
	err := p.Validate()
	if night.ErrorCode(err) != night.Invalid {
		t.Fatalf("a 5,000-character name: %v, want invalid", err)
	}
	probs := err.(*night.Error).Problems
	want := []string{
		"people[0] (sam): the name is 5000 characters long; the most is 80",
		"jobs[0] (hall): the title is 121 characters long; the most is 120",
	}
	if len(probs) != len(want) {
		t.Fatalf("problems %q, want %q", probs, want)
	}
	for i := range want {
		if probs[i] != want[i] {
			t.Errorf("problem %d is %q, want %q", i, probs[i], want[i])
		}
	}
}

// A time the browser could not read reaches the plan empty: the message
// says what to write, not `time "" must be HH:MM`. Two people with the same
// name would be two same-looking pictures on the kiosk: the plan asks for
// a surname or initial.
func TestPlan_ValidateWords(t *testing.T) {
	p := MustPlan(t)
	p.Timeline[0].At = ""
	p.People[1].Name = " sam "
	err := p.Validate()
	if err == nil {
		t.Fatal("no problem found")
	}
	got := strings.Join(err.(*night.Error).Problems, "\n")
	for _, want := range []string{
		"timeline[0]: the time is missing or is not a real time; write it like 19:30",
		"people[1] (priya): the name sam is used twice (also sam); add a surname or an initial",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
}
