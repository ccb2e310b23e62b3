package understand

import (
	"fmt"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// The committee teaches Clubnight their words. When a person reads a text
// that was passed on and chooses what it meant, the caller remembers the
// text's phrase key with that meaning (Teach), and gives it back in
// Context.Taught the next time a text has the same key (PhraseKey). The key
// has the night's names taken out, so "tell @person the bog is blocked"
// learned from one member works for another member, about another person,
// on a later night.

// Taught is a meaning a person chose for a phrase.
type Taught struct {
	Kind Kind `json:"kind"`
	// Job is the title of the job for Done and Doing, so the meaning
	// carries to a later night with a job of the same title (and only
	// then: a guess at another job would tick the wrong one).
	Job string `json:"job,omitempty"`
	// ProblemKind is the kind of problem for Problem.
	ProblemKind night.ProblemKind `json:"problem_kind,omitempty"`
}

// Teachable are the kinds a person may choose for a text.
var Teachable = []Kind{Done, Doing, Problem, Claim, Sorted, Here, Leaving, Jobs, Status, None}

// PhraseKey is the text's words as understanding reads them (lower case,
// spelling mended, greetings and sign-offs left out), with the night's
// names replaced by @person, @me and @guest. It is "" when the text has no
// words to remember.
func PhraseKey(text string, n *night.Night, sender string) string {
	if n == nil {
		n = &night.Night{}
	}
	if strings.TrimSpace(text) == "" {
		return ""
	}
	a := newAnalysis(text, n, sender, Context{})
	var words []string
	for _, i := range a.content() {
		w := a.t[i].w
		if name := a.nameWord(i); name != "" {
			w = name
		}
		if len(words) > 0 && words[len(words)-1] == w && w[0] == '@' {
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// nameWord is token i put as the night's name it is, "" when it names no
// one: @me for the sender, @person for another of the team, @guest for a
// guest going home. Phrase keys and the learned model's features share it,
// so both abstract names the same way.
func (a *analysis) nameWord(i int) string {
	switch ref := a.name(i); {
	case ref.person != "" && ref.person == a.sender:
		return "@me"
	case ref.person != "" && ref.ride == "":
		return "@person"
	case ref.ride != "":
		return "@guest"
	}
	return ""
}

// Teach says what to remember when a person decides that text, from
// sender on n, meant in: the phrase key and the meaning. It fails with a
// plain message when there is nothing to learn.
func Teach(text string, n *night.Night, sender string, in Intent) (string, Taught, error) {
	key := PhraseKey(text, n, sender)
	if key == "" {
		return "", Taught{}, fmt.Errorf("that text has no words to learn")
	}
	t := Taught{Kind: in.Kind}
	switch in.Kind {
	case Done, Doing:
		j, ok := n.Job(in.Job)
		if !ok {
			return "", Taught{}, fmt.Errorf("there is no job %d", in.Job)
		}
		t.Job = j.Title
	case Problem:
		if !night.ValidKind(in.ProblemKind) {
			return "", Taught{}, fmt.Errorf("that is not a kind of problem")
		}
		t.ProblemKind = in.ProblemKind
	case Claim, Sorted, Here, Leaving, Jobs, Status, None:
	default:
		return "", Taught{}, fmt.Errorf("a text cannot be taught to mean %s", in.Kind)
	}
	return key, t, nil
}

// taught turns the meaning a person chose for this phrase into an intent
// on this night. ok is false when it no longer fits (no such job).
func (a *analysis) taught(t Taught) (Intent, bool) {
	a.because("a person taught Clubnight that these words mean %s", t.Kind)
	switch t.Kind {
	case Done, Doing:
		for _, j := range a.n.Jobs {
			if strings.EqualFold(j.Title, t.Job) {
				return Intent{Kind: t.Kind, Job: j.Number}, true
			}
		}
		return Intent{}, false // no such job tonight: read it as usual
	case Problem:
		if !night.ValidKind(t.ProblemKind) {
			return Intent{}, false
		}
		return a.problem(t.ProblemKind), true
	case Claim:
		return Intent{Kind: Claim}, true
	case Sorted:
		if p := a.heldProblem(); p != nil {
			return Intent{Kind: Sorted, Problem: p.ID}, true
		}
		return Intent{Kind: Sorted}, true
	case Here, Leaving:
		return Intent{Kind: t.Kind, Person: a.otherPerson()}, true
	case Status:
		return a.status(), true
	case Jobs, None:
		return Intent{Kind: t.Kind}, true
	}
	return Intent{}, false
}

// looseFiller are words a phrase means the same without: "the cooler is
// full of drinks now" is "cooler full of drinks".
var looseFiller = set("the", "a", "an", "is", "are", "was", "its", "it", "now", "just", "all", "so", "ok",
	"okay", "x", "xx", "please", "pls", "really", "very", "right", "yeah", "yes", "then", "again", "already",
	"and", "hi", "hey", "thanks", "thank", "you", "ta", "cheers", "mate", "oh", "well", "been")

// LooseKey is a phrase key with its little words taken out and the rest
// stemmed, so a taught phrase is found again when it comes with more or
// fewer of them, or another ending: "cooler is full of drinks" and "the
// cooler's full of drink now". It is "" when fewer than two words would
// be left, or when it is the key itself: a single word is too little to
// carry a meaning taught for a longer text. Words that deny ("not") and
// names (@person) stay.
func LooseKey(key string) string {
	var words []string
	for _, w := range strings.Fields(key) {
		if looseFiller[w] {
			continue
		}
		if w[0] != '@' {
			w = stem(w)
		}
		words = append(words, w)
	}
	if len(words) < 2 {
		return ""
	}
	loose := "~ " + strings.Join(words, " ")
	return loose
}
