package voice

import (
	"fmt"
	"strings"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// Everything Clubnight says on the phone is built here: short sentences,
// common words, the person's name, what changed and what to do next. The
// keys never change meaning: 1 is help, 9 takes back, 2 to 4 answer a
// question.

const (
	sorryLine    = "Sorry. Something went wrong. Please call again in a minute, or text us."
	helpKey      = "Press 1 if you need help."
	undoKey      = "Press 9 to take that back."
	anythingElse = "Say anything else you want to tell us, or press 1 for help. Or hang up when you are done."
	emergency    = "If it is an emergency, call 999."
	notTeamLine  = "Hello. This line is for the Clubnight team. We do not know this number, so we cannot help on this line. Goodbye."
	noNightLine  = "Hello. This is Clubnight. There is no club night on just now. Please call again on the night. Goodbye."
)

// firstName is how we greet someone.
func firstName(full string) string {
	f := strings.Fields(full)
	if len(f) == 0 {
		return "there"
	}
	return f[0]
}

// spoken makes text fit to be read aloud: no brackets or symbols that a
// voice would say oddly, no trailing punctuation.
func spoken(text string) string {
	r := strings.NewReplacer("(", "", ")", "", "#", "number ", "&", " and ", "_", " ", "*", "", "/", " or ")
	return strings.TrimRight(strings.Join(strings.Fields(r.Replace(text)), " "), " .!?,;:")
}

func jobWords(j *night.Job) string {
	return fmt.Sprintf("job %d, %s", j.Number, spoken(j.Title))
}

func problemWords(p *night.Problem) string {
	if t := spoken(p.Text); t != "" {
		return t
	}
	return night.KindWords[p.Kind]
}

// jobsLine lists the caller's jobs still to do: "You have 2 jobs: job 1,
// tables and chairs; job 4, the bar."
func jobsLine(n *night.Night, person string) string {
	var todo []string
	for _, num := range n.JobsOf(person) {
		if j, ok := n.Job(num); ok && j.Status != night.Done {
			todo = append(todo, jobWords(j))
		}
	}
	switch len(todo) {
	case 0:
		if len(n.JobsOf(person)) > 0 {
			return "All your jobs are done. Thank you."
		}
		return "You have no jobs on the list tonight."
	case 1:
		return "You have 1 job: " + todo[0] + "."
	}
	if len(todo) > 5 {
		return fmt.Sprintf("You have %d jobs. The first ones are: %s.", len(todo), strings.Join(todo[:5], "; "))
	}
	return fmt.Sprintf("You have %d jobs: %s.", len(todo), strings.Join(todo, "; "))
}

// greeting is what a caller hears first.
func greeting(n *night.Night, p *night.Person) string {
	return fmt.Sprintf("Hi %s. %s", firstName(p.Name), jobsLine(n, p.ID))
}

const greetingAsk = "Say what you want to tell us, or press 1 for help."

// confirmLine checks words we did not hear well before doing anything.
func confirmLine(words string) string {
	return fmt.Sprintf("I think you said: %s. Press 2 if that is right. Or say it again.", spoken(words))
}

// choiceLine puts a question with keypad answers, 2 for the first option:
// 1 always means help.
func choiceLine(ch *understand.Choice) string {
	var b strings.Builder
	b.WriteString(spoken(ch.Prompt))
	b.WriteString(".")
	for i, o := range ch.Options {
		fmt.Fprintf(&b, " Press %d for %s.", i+2, spoken(o.Label))
	}
	return b.String()
}

// fromText reads a text reply aloud: the sentences that tell what
// happened, without the ones about what to text next.
func fromText(reply string) string {
	var keep []string
	for _, s := range sentences(reply) {
		low := strings.ToLower(s)
		if strings.HasPrefix(low, "text ") || strings.Contains(low, " text ") || strings.HasPrefix(low, "reply ") {
			continue
		}
		keep = append(keep, s)
	}
	return strings.Join(keep, " ")
}

// sentences splits text after ". ", "! " and "? ".
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text)-1; i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i+1] == ' ' {
			out = append(out, strings.TrimSpace(text[start:i+1]))
			start = i + 1
		}
	}
	if rest := strings.TrimSpace(text[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}
