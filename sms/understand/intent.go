package understand

import (
	"fmt"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// Kind says what a text asks for.
type Kind string

const (
	Jobs    Kind = "jobs"    // list my jobs
	Done    Kind = "done"    // Job is done
	Doing   Kind = "doing"   // I am starting Job
	Undo    Kind = "undo"    // take back my last change
	Problem Kind = "problem" // ProblemKind, Text; Ride or Person when someone is named
	Claim   Kind = "claim"   // I'm on Problem ("" = the one the hub thinks of)
	Sorted  Kind = "sorted"  // Problem is sorted ("" = the one the hub thinks of)
	Here    Kind = "here"    // check in (Person, when it is someone else)
	Leaving Kind = "leaving" // check out (Person, when it is someone else)
	Ride    Kind = "ride"    // Ride is RideStatus (gone or late)
	Status  Kind = "status"  // a question about the night; Item when one was named
	Ask     Kind = "ask"     // unclear but it matters: ask Choice
	None    Kind = "none"    // greeting, thanks, emoji: nothing to do
	Unknown Kind = "unknown" // not understood: a person reads Text word for word
)

// MaxOptions is the most choices an Ask offers.
const MaxOptions = 3

// Intent is what one text means. Only the fields of its Kind are set.
type Intent struct {
	Kind Kind `json:"kind"`
	// Job is the job number (1..N) for Done and Doing, and for a Status
	// question about one job ("is the bar done?").
	Job int `json:"job,omitempty"`
	// Problem is a problem id for Claim and Sorted ("" lets the hub choose),
	// and for a Status question about an open problem ("whos helping with
	// the taxi").
	Problem string `json:"problem,omitempty"`
	// ProblemKind is the kind of a new Problem.
	ProblemKind night.ProblemKind `json:"problem_kind,omitempty"`
	// Text is the sender's words, cleaned, for a Problem; the text exactly as
	// it came for Unknown.
	Text string `json:"text,omitempty"`
	// Ride is the ride for Ride, or the guest a Problem is about.
	Ride string `json:"ride,omitempty"`
	// RideStatus is gone or late, for Ride.
	RideStatus night.RideStatus `json:"ride_status,omitempty"`
	// Person is the team member a Here, Leaving or Problem is about, when it
	// is not the sender.
	Person string `json:"person,omitempty"`
	// Item is the timeline item a Status question named; nil means "what's
	// next".
	Item *night.TimelineItem `json:"item,omitempty"`
	// Choice is the question to send back for Ask.
	Choice *Choice `json:"choice,omitempty"`
}

// Context is what the conversation knows before this text.
type Context struct {
	// LastAlertProblem is the id of the problem most recently texted to the
	// sender, so "on it" knows what it answers.
	LastAlertProblem string
	// Now is the local clock, "HH:MM", used to pick between timeline items.
	Now string
	// PendingChoice is the question we asked the sender last time, so a
	// reply such as "2" or "the second one" resolves it.
	PendingChoice *Choice
	// Taught is the meaning a person chose for a text with the same
	// PhraseKey, when there is one (see Teach).
	Taught *Taught
}

// Choice is a short question with numbered options, each a concrete Intent.
type Choice struct {
	// Prompt is the question, such as "Which job is done?".
	Prompt  string   `json:"prompt"`
	Options []Option `json:"options"`
}

// Option is one numbered answer to a Choice.
type Option struct {
	// Label is how the option is said in the question ("Set up the bar").
	Label  string `json:"label"`
	Intent Intent `json:"intent"`
}

// Expect renders the intent the way the SMS corpus writes expectations:
// jobs, done:<job id>, doing:<job id>, undo, problem:<kind>, claim, sorted,
// here, leaving, ride:<ride id>=<status>, status, none, unknown, and
// ask:<option>|<option> for a question.
func (i Intent) Expect(n *night.Night) string {
	switch i.Kind {
	case Done, Doing:
		id := fmt.Sprint(i.Job)
		if j, ok := n.Job(i.Job); ok {
			id = j.ID
		}
		return string(i.Kind) + ":" + id
	case Problem:
		return "problem:" + string(i.ProblemKind)
	case Ride:
		return "ride:" + i.Ride + "=" + string(i.RideStatus)
	case Ask:
		if i.Choice == nil {
			return "ask"
		}
		opts := make([]string, len(i.Choice.Options))
		for k, o := range i.Choice.Options {
			opts[k] = o.Intent.Expect(n)
		}
		return "ask:" + strings.Join(opts, "|")
	}
	return string(i.Kind)
}

// Valid reports whether the intent can be acted on in n: known kind, jobs,
// rides, problems and timeline items that exist, and a well-formed Ask.
func (i Intent) Valid(n *night.Night) error {
	switch i.Kind {
	case Jobs, Undo, Here, Leaving, None, Unknown:
	case Done, Doing:
		if _, ok := n.Job(i.Job); !ok {
			return fmt.Errorf("%s: there is no job %d", i.Kind, i.Job)
		}
	case Problem:
		if !night.ValidKind(i.ProblemKind) {
			return fmt.Errorf("problem: bad kind %q", i.ProblemKind)
		}
	case Claim, Sorted:
		if i.Problem != "" {
			if _, ok := n.Problem(i.Problem); !ok {
				return fmt.Errorf("%s: there is no problem %q", i.Kind, i.Problem)
			}
		}
	case Ride:
		if i.Ride == "" {
			return fmt.Errorf("ride: whose ride?")
		}
		if i.RideStatus != night.Gone && i.RideStatus != night.Late {
			return fmt.Errorf("ride: status %q is not gone or late", i.RideStatus)
		}
	case Status:
		if i.Item != nil && !hasItem(n, *i.Item) {
			return fmt.Errorf("status: %q is not on the timeline", i.Item.Title)
		}
		if _, ok := n.Job(i.Job); i.Job != 0 && !ok {
			return fmt.Errorf("status: there is no job %d", i.Job)
		}
		if _, ok := n.Problem(i.Problem); i.Problem != "" && !ok {
			return fmt.Errorf("status: there is no problem %q", i.Problem)
		}
	case Ask:
		if i.Choice == nil || len(i.Choice.Options) == 0 || len(i.Choice.Options) > MaxOptions {
			return fmt.Errorf("ask: needs 1 to %d options", MaxOptions)
		}
		for _, o := range i.Choice.Options {
			if o.Intent.Kind == Ask {
				return fmt.Errorf("ask: an option cannot be another question")
			}
			if err := o.Intent.Valid(n); err != nil {
				return fmt.Errorf("ask option %q: %w", o.Label, err)
			}
		}
	default:
		return fmt.Errorf("unknown kind %q", i.Kind)
	}
	if i.Ride != "" {
		if _, ok := n.Ride(i.Ride); !ok {
			return fmt.Errorf("%s: there is no ride %q", i.Kind, i.Ride)
		}
	}
	if i.Person != "" {
		if _, ok := n.Person(i.Person); !ok {
			return fmt.Errorf("%s: there is no person %q", i.Kind, i.Person)
		}
	}
	return nil
}

func hasItem(n *night.Night, it night.TimelineItem) bool {
	for _, t := range n.Timeline {
		if t == it {
			return true
		}
	}
	return false
}
