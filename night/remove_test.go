package night_test

import (
	"slices"
	"testing"

	"github.com/clubnight/clubnight/night"
)

func TestApply_RemovePerson(t *testing.T) {
	remove := func(id string) night.Command {
		return night.Command{Type: night.CmdRemovePerson, Person: id, Source: night.FromDashboard}
	}
	runApply(t, []applyCase{
		{name: "OffTheTeamAndEveryJob", cmd: remove("jade"), text: "Someone took Jade off the team.",
			check: func(t *testing.T, n, m *night.Night, ev *night.Event) {
				if _, ok := m.Person("jade"); ok {
					t.Fatal("Jade is still on the team")
				}
				for _, j := range m.Jobs {
					if slices.Contains(j.Who, "jade") {
						t.Fatalf("Jade is still down for job %d", j.Number)
					}
				}
				for _, b := range m.Briefing {
					if slices.Contains(b.Who, "jade") {
						t.Fatalf("Jade still says a briefing point")
					}
				}
				if _, ok := n.Person("jade"); !ok || !slices.Contains(n.Jobs[0].Who, "jade") {
					t.Fatal("the night before the change was modified")
				}
				if ev.State == nil || ev.State.Seq != ev.Seq || len(ev.State.Activity) == 0 || ev.State.Activity[len(ev.State.Activity)-1].Seq != ev.Seq {
					t.Fatal("the event does not carry the whole night as it now is")
				}
				for _, p := range ev.State.People {
					if p.Phone != "" {
						t.Fatalf("the event carries %s's phone number", p.ID)
					}
				}
			}},
		{name: "SomeoneWhoDidSomethingStays", given: []night.Command{{Type: night.CmdDone, Job: 1, By: "jade"}}, cmd: remove("jade"),
			code: night.Conflict, msg: "Jade has done things tonight, so Jade stays on the team. Take Jade off their jobs instead."},
		{name: "CheckedInStays", given: []night.Command{{Type: night.CmdCheckIn, By: "jade"}}, cmd: remove("jade"),
			code: night.Conflict, msg: "Jade has done things tonight, so Jade stays on the team. Take Jade off their jobs instead."},
		{name: "Nobody", cmd: remove("ghost"), code: night.NotFound, msg: "There is nobody called ghost on the team."},
		{name: "NoPerson", cmd: remove(""), code: night.Invalid, msg: "Who should come off the team?"},
	})
}
