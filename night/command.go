package night

import "time"

// CommandType names a change to a night.
type CommandType string

const (
	CmdDone      CommandType = "done"       // Job
	CmdDoing     CommandType = "doing"      // Job
	CmdUndo      CommandType = "undo"       // takes back By's last change
	CmdCheckIn   CommandType = "check_in"   // By (or Person for someone else)
	CmdCheckOut  CommandType = "check_out"  // By (or Person)
	CmdRaise     CommandType = "raise"      // Kind, Text
	CmdClaim     CommandType = "claim"      // Problem
	CmdSort      CommandType = "sort"       // Problem
	CmdRideGone  CommandType = "ride_gone"  // Ride
	CmdRideLate  CommandType = "ride_late"  // Ride
	CmdRideWait  CommandType = "ride_wait"  // Ride: back to waiting
	CmdWaitWith  CommandType = "wait_with"  // Ride: By waits with them
	CmdBriefed   CommandType = "briefed"    // Index: briefing point delivered
	CmdAssignJob CommandType = "assign_job" // Job, Who
	CmdAddJob    CommandType = "add_job"    // Title, Phase, Who
	CmdAddRide   CommandType = "add_ride"   // Name, Pickup, At, Note
	CmdAddPerson CommandType = "add_person" // Name, Phone (E.164), Roles
	CmdOptOut    CommandType = "opt_out"    // Person
	CmdOptIn     CommandType = "opt_in"     // Person
	CmdNoCalls   CommandType = "no_calls"   // Person (or By): ring them no more tonight
	CmdEscalate  CommandType = "set_escalation"
	CmdReplace   CommandType = "replace_plan" // Plan
	CmdAlerted   CommandType = "alerted"      // Problem, Who, Step: who was texted about it
	CmdTexts     CommandType = "texts"        // Down: whether texts are failing to go out (system only)
)

// Command is one request to change a night. The hub fills in At and
// History; adapters
// fill in By (a person id on the night; empty only for the admin API) and
// Source. ID, when set, makes the command idempotent: the hub applies a
// given ID at most once.
type Command struct {
	ID     string      `json:"id,omitempty"`
	Type   CommandType `json:"type"`
	By     string      `json:"by,omitempty"`
	Source Source      `json:"source,omitempty"`
	At     time.Time   `json:"at,omitempty"`
	// History names the night's history in Redis the command is applied
	// in (the hub's epoch), never what a client sent: a problem raised
	// keeps it (Problem.History).
	History string `json:"-"`

	Job     int         `json:"job,omitempty"`
	Problem string      `json:"problem,omitempty"`
	Ride    string      `json:"ride,omitempty"`
	Person  string      `json:"person,omitempty"`
	Index   *int        `json:"index,omitempty"`
	Kind    ProblemKind `json:"kind,omitempty"`
	Text    string      `json:"text,omitempty"`
	Who     []string    `json:"who,omitempty"`
	Title   string      `json:"title,omitempty"`
	Phase   Phase       `json:"phase,omitempty"`
	Name    string      `json:"name,omitempty"`
	Pickup  string      `json:"pickup,omitempty"`
	Time    string      `json:"time,omitempty"`
	Note    string      `json:"note,omitempty"`
	Phone   string      `json:"phone,omitempty"`
	Roles   []string    `json:"roles,omitempty"`
	Seconds int         `json:"seconds,omitempty"`
	Step    int         `json:"step,omitempty"`
	Plan    *Plan       `json:"plan,omitempty"`
	// SameAs, on a sort, names the problem this one repeats: it is sorted
	// as the same as that one, so a repeat is not chased twice.
	SameAs string `json:"same_as,omitempty"`
	// Down says, for texts, that texts are failing to go out.
	Down bool `json:"down,omitempty"`
}

// KioskAllowed reports whether a kiosk may send this command. A kiosk acts
// for the person who taps it; plan edits and phone numbers are not its job.
func (c CommandType) KioskAllowed() bool {
	switch c {
	case CmdDone, CmdDoing, CmdUndo, CmdCheckIn, CmdCheckOut, CmdRaise, CmdClaim, CmdSort,
		CmdRideGone, CmdRideLate, CmdRideWait, CmdWaitWith, CmdBriefed:
		return true
	}
	return false
}

// Event is what one applied command changed. It carries the changed things
// in full, so a screen can replace them by id. Events never carry phone
// numbers.
type Event struct {
	Type      string      `json:"type"` // always "event" on the wire
	Seq       int64       `json:"seq"`
	Night     string      `json:"night"`
	Kind      CommandType `json:"kind"`
	At        time.Time   `json:"at"`
	By        string      `json:"by,omitempty"`
	Source    Source      `json:"source,omitempty"`
	CommandID string      `json:"command_id,omitempty"`
	// Undid is the kind of change an undo took back.
	Undid CommandType `json:"undid,omitempty"`

	// Subject is what the change touched, as it is after it.
	Subject
	Index *int `json:"index,omitempty"`
	// State is the whole public night, for a replaced plan or an undone
	// raise, where replacing by id is not enough.
	State    *Night    `json:"state,omitempty"`
	Activity *Activity `json:"activity,omitempty"`
	// EscalateAfterSeconds is set by set_escalation.
	EscalateAfterSeconds int `json:"escalate_after_seconds,omitempty"`
}
