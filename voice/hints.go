package voice

import (
	"strings"

	"github.com/clubnight/clubnight/night"
)

// maxHints bounds the hint list: Twilio takes up to 500 phrases, but a
// short list of the night's own words helps recognition most.
const maxHints = 100

// fixedHints are the words people use most with Clubnight.
var fixedHints = []string{"done", "finished", "started", "help", "problem", "on it", "sorted", "undo",
	"checked in", "here", "going home", "taxi", "late", "what's next", "my jobs"}

// hints lists the night's own words for the speech recogniser: the team's
// and guests' names, job titles, pickups (taxi firms) and timeline items.
func hints(n *night.Night) string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = spoken(s)
		key := strings.ToLower(s)
		if s == "" || len(s) > 100 || seen[key] || len(out) >= maxHints {
			return
		}
		seen[key] = true
		out = append(out, strings.ReplaceAll(s, ",", " "))
	}
	for _, p := range n.People {
		add(firstName(p.Name))
		add(p.Name)
	}
	for _, j := range n.Jobs {
		add(j.Title)
	}
	for _, r := range n.Rides {
		add(firstName(r.Name))
		add(r.Pickup)
		add(r.Note) // often the taxi firm: "City Cars"
	}
	for _, t := range n.Timeline {
		add(t.Title)
	}
	for _, h := range fixedHints {
		add(h)
	}
	return strings.Join(out, ", ")
}
