package escalation

import (
	"slices"

	"github.com/clubnight/clubnight/night"
)

// told is everyone told about p: those asked (as Redis keeps them) and
// those the night records as texted.
func told(p *night.Problem, asked Asked) []string {
	out := slices.Clone(p.Alerted)
	for id := range asked {
		out = append(out, id)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// reachable is person id of n when a text can reach them.
func reachable(n *night.Night, id string) (*night.Person, bool) {
	r, ok := n.Person(id)
	if !ok || r.Phone == "" || r.OptedOut {
		return nil, false
	}
	return r, true
}

// FollowUp is who hears one short follow-up after by picked p up, sorted
// it, or (as its raiser) took it back: everyone already told about it, so
// nobody comes running for a problem in hand, but by and the raiser (who
// is told apart), in id order.
func FollowUp(n *night.Night, p *night.Problem, asked Asked, by string) []*night.Person {
	var out []*night.Person
	for _, id := range told(p, asked) {
		if id == by || id == p.RaisedBy {
			continue
		}
		if r, ok := reachable(n, id); ok {
			out = append(out, r)
		}
	}
	return out
}

// StillOpen is, for a night that stopped being live, each person told
// about a problem not yet sorted, with those problems in the night's
// order: nobody goes home thinking a taxi that never came was dealt with.
// asked gives who was asked about a problem.
func StillOpen(n *night.Night, asked func(*night.Problem) Asked) map[string][]*night.Problem {
	out := map[string][]*night.Problem{}
	for i := range n.Problems {
		p := &n.Problems[i]
		if p.Status == night.Sorted {
			continue
		}
		for _, id := range told(p, asked(p)) {
			if _, ok := reachable(n, id); ok {
				out[id] = append(out[id], p)
			}
		}
	}
	return out
}
