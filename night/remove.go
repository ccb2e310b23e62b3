package night

import (
	"fmt"
	"slices"
)

// CmdRemovePerson takes Person off the team of a live night: off the team
// list, and off every job and briefing point they were down for. Someone
// who has already done something tonight stays, so the night's record
// keeps their name: take them off their jobs instead.
const CmdRemovePerson CommandType = "remove_person"

func applyRemovePerson(m *Night, c Command, ev *Event) (string, error) {
	i := slices.IndexFunc(m.People, func(p Person) bool { return p.ID == c.Person })
	if i < 0 {
		if c.Person == "" {
			return "", Errorf(Invalid, "Who should come off the team?")
		}
		return "", Errorf(NotFound, "There is nobody called %s on the team.", c.Person)
	}
	name := m.People[i].Name
	if m.People[i].CheckedIn || tookPart(m, c.Person) {
		return "", Errorf(Conflict, "%s has done things tonight, so %s stays on the team. Take %s off their jobs instead.", name, name, name)
	}
	m.People = slices.Delete(slices.Clone(m.People), i, i+1)
	for j := range m.Jobs {
		if slices.Contains(m.Jobs[j].Who, c.Person) {
			m.Jobs[j].Who = slices.DeleteFunc(slices.Clone(m.Jobs[j].Who), func(w string) bool { return w == c.Person })
		}
	}
	for j := range m.Briefing {
		if slices.Contains(m.Briefing[j].Who, c.Person) {
			m.Briefing[j].Who = slices.DeleteFunc(slices.Clone(m.Briefing[j].Who), func(w string) bool { return w == c.Person })
		}
	}
	delete(m.Undo, c.Person)
	return fmt.Sprintf("%s took %s off the team.", m.Name(c.By), name), nil
}

// tookPart reports whether id appears in anything done on the night.
func tookPart(m *Night, id string) bool {
	for _, j := range m.Jobs {
		if j.DoneBy == id || j.StartedBy == id {
			return true
		}
	}
	for _, p := range m.Problems {
		if p.RaisedBy == id || p.ClaimedBy == id || p.SortedBy == id {
			return true
		}
	}
	for _, r := range m.Rides {
		if slices.Contains(r.WaitingWith, id) {
			return true
		}
	}
	for _, b := range m.Briefing {
		if b.DeliveredBy == id {
			return true
		}
	}
	for _, a := range m.Activity {
		if a.By == id {
			return true
		}
	}
	return false
}
