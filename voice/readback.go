package voice

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/clubnight/clubnight/night"
)

// madeBy finds the event that command cmdID made after seq, if it made one.
func (s *Service) madeBy(ctx context.Context, nightID string, seq int64, cmdID string) *night.Event {
	evs, _, err := s.hub.EventsFromRedis(ctx, nightID, seq, 100)
	if err != nil {
		return nil
	}
	for _, raw := range evs {
		var ev night.Event
		if json.Unmarshal(raw.JSON, &ev) == nil && ev.CommandID == cmdID {
			return &ev
		}
	}
	return nil
}

// readBack says what a change did, in the caller's words where it can.
// undoable reports whether "press 9" may take it back.
func readBack(n *night.Night, ev *night.Event, caller string) (text string, undoable bool) {
	name := func(id string) string { return firstName(n.Name(id)) }
	switch ev.Kind {
	case night.CmdDone:
		return fmt.Sprintf("Thanks. %s, is done.", capital(jobWords(ev.Job))), true
	case night.CmdDoing:
		return fmt.Sprintf("Thanks. You are doing %s.", jobWords(ev.Job)), true
	case night.CmdRaise:
		line := "Thanks. We have told the team: " + problemWords(ev.Problem) + ". Someone will come."
		if ev.Problem.Kind == night.Unwell || ev.Problem.Kind == night.Missing || ev.Problem.Kind == night.Other {
			line += " " + emergency
		}
		return line, true
	case night.CmdClaim:
		return "Thanks. You are helping with: " + problemWords(ev.Problem) + ".", true
	case night.CmdSort:
		return "Thanks. It is sorted: " + problemWords(ev.Problem) + ".", true
	case night.CmdCheckIn:
		if ev.Person == nil || ev.Person.ID == caller {
			return "Thanks. You are checked in.", true
		}
		return fmt.Sprintf("Thanks. %s is checked in.", name(ev.Person.ID)), true
	case night.CmdCheckOut:
		if ev.Person == nil || ev.Person.ID == caller {
			return "Thanks. You are checked out. Get home safely.", true
		}
		return fmt.Sprintf("Thanks. %s is checked out.", name(ev.Person.ID)), true
	case night.CmdRideGone:
		return fmt.Sprintf("Thanks. %s has gone home.", firstName(ev.Ride.Name)), true
	case night.CmdRideLate:
		return fmt.Sprintf("Thanks. %s's ride is late. The team can see it on the screen.", firstName(ev.Ride.Name)), true
	case night.CmdUndo:
		return undoneLine(ev), false
	}
	return "Thanks. That is done.", true
}

// undoneLine says what "press 9" took back.
func undoneLine(ev *night.Event) string {
	switch {
	case ev.Job != nil:
		state := "is not started"
		switch ev.Job.Status {
		case night.Doing:
			state = "is started, not done"
		case night.Done:
			state = "is done"
		}
		return fmt.Sprintf("OK. We took that back. %s, %s.", capital(jobWords(ev.Job)), state)
	case ev.Problem != nil && ev.Undid == night.CmdRaise:
		return "OK. We took back the problem: " + problemWords(ev.Problem) + "."
	case ev.Problem != nil && ev.Undid == night.CmdClaim:
		return "OK. We took that back. You are not helping with: " + problemWords(ev.Problem) + "."
	case ev.Problem != nil:
		return "OK. We took that back. This is not sorted: " + problemWords(ev.Problem) + "."
	}
	return "OK. We took that back."
}

func capital(s string) string {
	if s == "" {
		return s
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}
