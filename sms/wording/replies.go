package wording

import (
	"fmt"
	"strings"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// Every text we send is built here. Titles and problem words are shortened
// to fit; the fixed words never are. Each reply greets the person by name
// (Name) and ends with what they can text next.

// Hints: what to text next, added after a refusal's reason.
const (
	JobsHint      = "Text JOBS to see your jobs."
	HelpHint      = "Text JOBS to see your jobs, or HELP if you need help."
	CallStaffHint = "Please call a member of staff."
)

const (
	undoHint   = "Text UNDO if that is wrong."
	sortedHint = "Text SORTED when it is done."
	onItHint   = "Text ON IT to help."
	emergency  = "If it is an emergency call 999."
)

// room is what is left of one text after the given sentences and a space
// before each.
func room(sentences ...string) int {
	n := MaxSMS
	for _, s := range sentences {
		n -= 1 + Len(s)
	}
	return n
}

// ProblemWords is how a problem is said in a text: its words without trailing
// punctuation, so "(Priya)" or "." can follow.
func ProblemWords(p *night.Problem) string {
	t := strings.TrimRight(Plain(p.Text), " .!?,;:")
	if t == "" {
		t = night.KindWords[p.Kind]
	}
	return t
}

func jobTitle(j *night.Job) string { return strings.TrimRight(Plain(j.Title), " .!?,;:") }

// Alert asks someone to help with p; again is for a later escalation
// step, when the first people asked have not come.
func Alert(n *night.Night, p *night.Problem, again bool) string {
	head := "Problem: "
	if again {
		head = "Still needs help: "
	}
	by := ""
	if p.RaisedBy != "" {
		by = " (" + Name(n.Name(p.RaisedBy)) + ")"
	}
	tail := by + ". Can you help? Reply ON IT."
	return Fill(head+"%s"+tail, ProblemWords(p), MaxSMS)
}

// ClaimNotice tells the person who raised p who is coming.
func ClaimNotice(n *night.Night, p *night.Problem) string {
	return Fill(Name(n.Name(p.ClaimedBy))+" is coming to help with: %s.", ProblemWords(p), MaxSMS)
}

// SortNotice tells the person who raised p that it is sorted.
func SortNotice(n *night.Night, p *night.Problem) string {
	who := p.SortedBy
	if who == "" {
		return Compose(Fill("It is sorted: %s.", ProblemWords(p), room("Thank you.")), "Thank you.")
	}
	return Compose(Fill(Name(n.Name(who))+" sorted it: %s.", ProblemWords(p), room("Thank you.")), "Thank you.")
}

// Done says job j is done.
func Done(name string, j *night.Job) string {
	return Compose(Fill(fmt.Sprintf("Thanks %s. Job %d %%s is done.", name, j.Number), jobTitle(j), room(undoHint)), undoHint)
}

// Doing says the person has started job j.
func Doing(name string, j *night.Job) string {
	next := fmt.Sprintf("Text DONE %d when it is finished, or UNDO if that is wrong.", j.Number)
	return Compose(Fill(fmt.Sprintf("Thanks %s. You are doing job %d %%s.", name, j.Number), jobTitle(j), room(next)), next)
}

// Problem says who has been told about p; for illness or a missing
// person it adds the 999 line, which always fits.
func Problem(name string, p *night.Problem, told []string) string {
	var must []string
	if p.Kind == night.Unwell || p.Kind == night.Missing {
		must = append(must, emergency)
	}
	for most := 4; most >= 0; most-- {
		first := fmt.Sprintf("Thanks %s. We told %s.", name, ListNames(told, most))
		switch {
		case len(told) == 0:
			first = fmt.Sprintf("Thanks %s. We have put it on the team's screen.", name)
		case most == 0:
			first = fmt.Sprintf("Thanks %s. We told %d people.", name, len(told))
		}
		if Len(Plain(first)) <= room(must...) {
			return Compose(first, append(must, undoHint)...)
		}
	}
	return Compose(fmt.Sprintf("Thanks %s. We told the team.", name), append(must, undoHint)...)
}

// ProblemStatus answers a question about an open problem: who is helping
// with it, or that nobody is yet and how to help.
func ProblemStatus(name string, n *night.Night, p *night.Problem) string {
	if p.Status == night.Claimed && p.ClaimedBy != "" {
		return Fill(fmt.Sprintf("Hi %s. %s is helping with: %%s.", name, Name(n.Name(p.ClaimedBy))), ProblemWords(p), MaxSMS)
	}
	return Compose(Fill(fmt.Sprintf("Hi %s. Nobody is helping with: %%s yet.", name), ProblemWords(p), room(onItHint)), onItHint)
}

// Claim says the person is helping with p.
func Claim(name string, p *night.Problem) string {
	return Compose(Fill(fmt.Sprintf("Thanks %s. You are helping with: %%s.", name), ProblemWords(p), room(sortedHint)), sortedHint)
}

// Sorted says p is sorted.
func Sorted(name string, p *night.Problem) string {
	return Compose(Fill(fmt.Sprintf("Thanks %s. It is sorted: %%s.", name), ProblemWords(p), room(undoHint)), undoHint)
}

// Here says who is checked in (self: the sender).
func Here(name, who string, self bool) string {
	if self {
		return Compose(fmt.Sprintf("Thanks %s. You are checked in.", name), "Text JOBS to see your jobs, or UNDO if that is wrong.")
	}
	return Compose(fmt.Sprintf("Thanks %s. %s is checked in.", name, who), undoHint)
}

// Leaving says who is checked out (self: the sender).
func Leaving(name, who string, self bool) string {
	if self {
		return Compose(fmt.Sprintf("Thanks %s. You are checked out. Get home safely.", name), undoHint)
	}
	return Compose(fmt.Sprintf("Thanks %s. %s is checked out.", name, who), undoHint)
}

// Ride says a guest's ride has gone, or is late.
func Ride(name string, r *night.Ride) string {
	guest := Name(r.Name)
	if r.Status == night.Late {
		return Compose(fmt.Sprintf("Thanks %s. %s's ride is late. It is on the screen for the team.", name, guest), undoHint)
	}
	return Compose(fmt.Sprintf("Thanks %s. %s has gone home.", name, guest), undoHint)
}

// RideStatus answers a question about a guest's ride home.
func RideStatus(name string, r *night.Ride) string {
	guest := Name(r.Name)
	switch r.Status {
	case night.Gone:
		return Compose(fmt.Sprintf("Hi %s. %s has gone home.", name, guest))
	case night.Late:
		return Compose(fmt.Sprintf("Hi %s. %s's ride is late. It was due at %s.", name, guest, r.At))
	}
	how := strings.TrimSpace(Plain(r.Pickup))
	if how == "" {
		how = "ride"
	}
	return Fill(fmt.Sprintf("Hi %s. %s's %%s is at %s.", name, guest, r.At), how, MaxSMS)
}

// Undo says what UNDO took back.
func Undo(name string, n *night.Night, ev *night.Event) string {
	head := fmt.Sprintf("OK %s. We took that back.", name)
	switch {
	case ev.Job != nil:
		state := "is not started"
		if ev.Job.Status == night.Doing {
			state = "is started, not done"
		} else if ev.Job.Status == night.Done {
			state = "is done"
		}
		tmpl := fmt.Sprintf("OK %s. We took that back. Job %d %%s %s.", name, ev.Job.Number, state)
		return Fill(tmpl, jobTitle(ev.Job), MaxSMS)
	case ev.Problem != nil && ev.Undid == night.CmdRaise:
		return Fill(fmt.Sprintf("OK %s. We took back the problem: %%s.", name), ProblemWords(ev.Problem), MaxSMS)
	case ev.Problem != nil && ev.Undid == night.CmdClaim:
		return Fill(fmt.Sprintf("OK %s. We took that back. You are not helping with: %%s.", name), ProblemWords(ev.Problem), MaxSMS)
	case ev.Problem != nil:
		return Fill(fmt.Sprintf("OK %s. We took that back. This is not sorted: %%s.", name), ProblemWords(ev.Problem), MaxSMS)
	case ev.Person != nil:
		state := "checked out"
		if ev.Person.CheckedIn {
			state = "checked in"
		}
		if ev.Person.ID == ev.By {
			return Compose(head, fmt.Sprintf("You are %s.", state))
		}
		return Compose(head, fmt.Sprintf("%s is %s.", Name(ev.Person.Name), state))
	case ev.Ride != nil:
		return Compose(head, fmt.Sprintf("%s is waiting for their ride.", Name(ev.Ride.Name)))
	}
	return Compose(head)
}

// Jobs lists the jobs still to do, numbered, shortening titles so all
// of them fit (and naming how many more when they cannot).
func Jobs(name string, n *night.Night, person string) string {
	nums := n.JobsOf(person)
	if len(nums) == 0 {
		return Compose(fmt.Sprintf("Hi %s. You have no jobs on the list tonight.", name), "Text WHAT'S NEXT to hear what is next.")
	}
	var todo []*night.Job
	for _, num := range nums {
		if j, ok := n.Job(num); ok && j.Status != night.Done {
			todo = append(todo, j)
		}
	}
	if len(todo) == 0 {
		return Compose(fmt.Sprintf("Thanks %s. All your jobs are done.", name), "Text WHAT'S NEXT to hear what is next.")
	}
	head := fmt.Sprintf("%s, your jobs:", name)
	tail := "Text DONE and the number when one is done."
	for k := len(todo); k >= 1; k-- {
		more := ""
		if k < len(todo) {
			more = fmt.Sprintf(" and %d more", len(todo)-k)
		}
		for _, withTail := range []bool{true, false} {
			nums := make([]string, k)
			for i, j := range todo[:k] {
				nums[i] = fmt.Sprintf("%d ", j.Number)
			}
			bare := Plain(head) + " " + strings.Join(nums, ", ") + more + "."
			budget := MaxSMS - Len(bare)
			if withTail {
				budget -= 1 + Len(tail)
			}
			per := budget / k
			if per < 20 && k > 1 {
				continue
			}
			items := make([]string, k)
			for i, j := range todo[:k] {
				items[i] = nums[i] + Shorten(jobTitle(j), per)
			}
			text := Plain(head) + " " + strings.Join(items, ", ") + more
			if !strings.HasSuffix(text, "...") {
				text += "."
			}
			if withTail {
				return Compose(text, tail)
			}
			return Compose(text)
		}
	}
	return Compose(head)
}

// Status names the next item of the running order (or the asked one)
// and its time.
func Status(name string, n *night.Night, item *night.TimelineItem, now string) string {
	if item != nil {
		return Fill(fmt.Sprintf("Hi %s. %%s is at %s.", name, item.At), Plain(item.Title), MaxSMS)
	}
	next := n.WhatsNext(now)
	if next == nil {
		return Compose(fmt.Sprintf("Hi %s. There is no running order for tonight yet.", name))
	}
	if next.At <= now {
		return Fill(fmt.Sprintf("Hi %s. The last thing tonight is %%s at %s.", name, next.At), Plain(next.Title), MaxSMS)
	}
	return Fill(fmt.Sprintf("Hi %s. Next is %%s at %s.", name, next.At), Plain(next.Title), MaxSMS)
}

// Ask puts a numbered question, greeting them by name when it fits.
func Ask(name string, ch *understand.Choice) string {
	q := ch.Question()
	if greeted := "Hi " + name + ". " + q; Len(greeted) <= MaxSMS {
		return greeted
	}
	return q
}

// None answers a text that asks for nothing.
func None(name string) string { return Compose(fmt.Sprintf("Hi %s.", name), HelpHint) }

// Declined answers a question of ours with no, or with words that pick
// none of its answers.
func Declined(name string) string {
	return Compose(fmt.Sprintf("OK %s. Nothing has changed.", name), HelpHint)
}

// Empty answers an empty text.
func Empty(name string) string {
	return Compose(fmt.Sprintf("Hi %s. Your text was empty.", name), HelpHint)
}

// NotUnderstood says who will read a text we could not.
func NotUnderstood(name, reader string) string {
	return Compose(fmt.Sprintf("Thanks %s. We could not read that, so %s will read it on the screen.", name, reader))
}

// Refused passes on the hub's plain reason, and what to do instead. A
// reason about the sender by name is said to them: "You are not checked
// in", not "Priya is not checked in".
func Refused(name, reason, next string) string {
	if rest, ok := strings.CutPrefix(reason, name+" is "); ok {
		reason = "You are " + rest
	} else if rest, ok := strings.CutPrefix(reason, name+" has "); ok {
		reason = "You have " + rest
	}
	return Compose(fmt.Sprintf("Sorry %s.", name)+" "+reason, next)
}

// Replies to someone we cannot help by text.
const (
	UnknownNumber = "Hello. This number is not on tonight's team. Please ask a team member to add you."
	NoNight       = "Hello. There is no club night on just now. Please text again on the night."
)

// sorry greets name, or nobody in particular when we do not know them.
func sorry(name string) string {
	if name == "" {
		return "Sorry."
	}
	return "Sorry " + name + "."
}

// Busy says we could not do it just now (the store failed).
func Busy(name string) string {
	return Compose(sorry(name)+" We could not do that just now.", "Please text again in a minute.")
}

// RateLimited asks someone texting a lot to wait.
func RateLimited(name string) string {
	return Compose(sorry(name)+" That is a lot of texts at once.", "Please wait a little, then text again.")
}

// OptedOut confirms STOP (the simulator only: Twilio answers STOP itself).
func OptedOut() string {
	return Compose("You will get no more texts from Clubnight.", "Text START to get them again.")
}

// OptedIn confirms START.
func OptedIn(name string) string {
	return Compose(fmt.Sprintf("Hi %s. You will get texts from Clubnight again.", name), HelpHint)
}

// JobStatus answers a question about one job ("is the bar done?",
// "who is doing the raffle?"): how it stands and whose it is. It changes
// nothing.
func JobStatus(name string, n *night.Night, j *night.Job) string {
	state := "is not started yet."
	switch j.Status {
	case night.Done:
		state = "is done."
		if j.DoneBy != "" {
			state = "was done by " + Name(n.Name(j.DoneBy)) + "."
		}
	case night.Doing:
		state = "is started."
	}
	var who []string
	for _, id := range j.Who {
		who = append(who, Name(n.Name(id)))
	}
	whose := "Nobody has this job."
	if len(who) > 0 {
		whose = "It is for " + andList(who) + "."
	}
	return Compose(Fill(fmt.Sprintf("Hi %s. Job %d %%s %s", name, j.Number, state), jobTitle(j), room(whose)), whose)
}

// andList joins names as people say them: "Tom, Jade and Leon".
func andList(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// TookBack is UNDO's reply when the hub says what was taken back is gone
// from the log.
func TookBack(name string) string { return Compose("OK " + name + ". We took that back.") }

// ToldTeam is a raise's reply when the new problem cannot be found.
func ToldTeam(name string) string { return Compose("Thanks " + name + ". We told the team.") }

// NothingToClaim answers ON IT when no problem needs help.
func NothingToClaim(name string) string {
	return Compose("Thanks "+name+". No problem needs help just now.", HelpHint)
}

// NothingToSort answers SORTED when no problem is open.
func NothingToSort(name string) string {
	return Compose("Thanks "+name+". There are no open problems just now.", HelpHint)
}
