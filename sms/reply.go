package sms

import (
	"fmt"
	"strings"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// Every text we send is built here: plain words, one idea a sentence, the
// person's name, what changed and what to do next, in one GSM-7 segment.
// Titles and problem words are shortened to fit; the fixed words never are.

const (
	undoHint   = "Text UNDO if that is wrong."
	jobsHint   = "Text JOBS to see your jobs."
	helpHint   = "Text JOBS to see your jobs, or HELP if you need help."
	sortedHint = "Text SORTED when it is done."
	emergency  = "If it is an emergency call 999."
)

// room is what is left of one text after the given sentences and a space
// before each.
func room(sentences ...string) int {
	n := MaxSMS
	for _, s := range sentences {
		n -= 1 + gsmLen(s)
	}
	return n
}

// words is how a problem is said in a text: its words without trailing
// punctuation, so "(Priya)" or "." can follow.
func words(p *night.Problem) string {
	t := strings.TrimRight(plain(p.Text), " .!?,;:")
	if t == "" {
		t = night.KindWords[p.Kind]
	}
	return t
}

func jobTitle(j *night.Job) string { return strings.TrimRight(plain(j.Title), " .!?,;:") }

// alertText asks someone to help with p.
func alertText(n *night.Night, p *night.Problem, step int) string {
	head := "Problem: "
	if step > StepTeam {
		head = "Still needs help: "
	}
	by := ""
	if p.RaisedBy != "" {
		by = " (" + nameOf(n.Name(p.RaisedBy)) + ")"
	}
	tail := by + ". Can you help? Reply ON IT."
	return fill(head+"%s"+tail, words(p), MaxSMS)
}

// claimNotice tells the person who raised p who is coming.
func claimNotice(n *night.Night, p *night.Problem) string {
	return fill(nameOf(n.Name(p.ClaimedBy))+" is coming to help with: %s.", words(p), MaxSMS)
}

// sortNotice tells the person who raised p that it is sorted.
func sortNotice(n *night.Night, p *night.Problem) string {
	who := p.SortedBy
	if who == "" {
		return compose(fill("It is sorted: %s.", words(p), room("Thank you.")), "Thank you.")
	}
	return compose(fill(nameOf(n.Name(who))+" sorted it: %s.", words(p), room("Thank you.")), "Thank you.")
}

func doneReply(name string, j *night.Job) string {
	return compose(fill(fmt.Sprintf("Thanks %s. Job %d %%s is done.", name, j.Number), jobTitle(j), room(undoHint)), undoHint)
}

func doingReply(name string, j *night.Job) string {
	next := fmt.Sprintf("Text DONE %d when it is finished, or UNDO if that is wrong.", j.Number)
	return compose(fill(fmt.Sprintf("Thanks %s. You are doing job %d %%s.", name, j.Number), jobTitle(j), room(next)), next)
}

// problemReply says who has been told about p; for illness or a missing
// person it adds the 999 line, which always fits.
func problemReply(name string, p *night.Problem, told []string) string {
	var must []string
	if p.Kind == night.Unwell || p.Kind == night.Missing {
		must = append(must, emergency)
	}
	for most := 4; most >= 0; most-- {
		first := fmt.Sprintf("Thanks %s. We told %s.", name, listNames(told, most))
		switch {
		case len(told) == 0:
			first = fmt.Sprintf("Thanks %s. We have put it on the team's screen.", name)
		case most == 0:
			first = fmt.Sprintf("Thanks %s. We told %d people.", name, len(told))
		}
		if gsmLen(plain(first)) <= room(must...) {
			return compose(first, append(must, undoHint)...)
		}
	}
	return compose(fmt.Sprintf("Thanks %s. We told the team.", name), append(must, undoHint)...)
}

func claimReply(name string, p *night.Problem) string {
	return compose(fill(fmt.Sprintf("Thanks %s. You are helping with: %%s.", name), words(p), room(sortedHint)), sortedHint)
}

func sortedReply(name string, p *night.Problem) string {
	return compose(fill(fmt.Sprintf("Thanks %s. It is sorted: %%s.", name), words(p), room(undoHint)), undoHint)
}

func hereReply(name, who string, self bool) string {
	if self {
		return compose(fmt.Sprintf("Thanks %s. You are checked in.", name), "Text JOBS to see your jobs, or UNDO if that is wrong.")
	}
	return compose(fmt.Sprintf("Thanks %s. %s is checked in.", name, who), undoHint)
}

func leavingReply(name, who string, self bool) string {
	if self {
		return compose(fmt.Sprintf("Thanks %s. You are checked out. Get home safely.", name), undoHint)
	}
	return compose(fmt.Sprintf("Thanks %s. %s is checked out.", name, who), undoHint)
}

func rideReply(name string, r *night.Ride) string {
	guest := nameOf(r.Name)
	if r.Status == night.Late {
		return compose(fmt.Sprintf("Thanks %s. %s's ride is late. It is on the screen for the team.", name, guest), undoHint)
	}
	return compose(fmt.Sprintf("Thanks %s. %s has gone home.", name, guest), undoHint)
}

// rideStatusReply answers a question about a guest's ride home.
func rideStatusReply(name string, r *night.Ride) string {
	guest := nameOf(r.Name)
	switch r.Status {
	case night.Gone:
		return compose(fmt.Sprintf("Hi %s. %s has gone home.", name, guest))
	case night.Late:
		return compose(fmt.Sprintf("Hi %s. %s's ride is late. It was due at %s.", name, guest, r.At))
	}
	how := strings.TrimSpace(plain(r.Pickup))
	if how == "" {
		how = "ride"
	}
	return fill(fmt.Sprintf("Hi %s. %s's %%s is at %s.", name, guest, r.At), how, MaxSMS)
}

// undoReply says what UNDO took back.
func undoReply(name string, n *night.Night, ev *night.Event) string {
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
		return fill(tmpl, jobTitle(ev.Job), MaxSMS)
	case ev.Problem != nil && ev.Undid == night.CmdRaise:
		return fill(fmt.Sprintf("OK %s. We took back the problem: %%s.", name), words(ev.Problem), MaxSMS)
	case ev.Problem != nil && ev.Undid == night.CmdClaim:
		return fill(fmt.Sprintf("OK %s. We took that back. You are not helping with: %%s.", name), words(ev.Problem), MaxSMS)
	case ev.Problem != nil:
		return fill(fmt.Sprintf("OK %s. We took that back. This is not sorted: %%s.", name), words(ev.Problem), MaxSMS)
	case ev.Person != nil:
		state := "checked out"
		if ev.Person.CheckedIn {
			state = "checked in"
		}
		if ev.Person.ID == ev.By {
			return compose(head, fmt.Sprintf("You are %s.", state))
		}
		return compose(head, fmt.Sprintf("%s is %s.", nameOf(ev.Person.Name), state))
	case ev.Ride != nil:
		return compose(head, fmt.Sprintf("%s is waiting for their ride.", nameOf(ev.Ride.Name)))
	}
	return compose(head)
}

// jobsReply lists the jobs still to do, numbered, shortening titles so all
// of them fit (and naming how many more when they cannot).
func jobsReply(name string, n *night.Night, person string) string {
	nums := n.JobsOf(person)
	if len(nums) == 0 {
		return compose(fmt.Sprintf("Hi %s. You have no jobs on the list tonight.", name), "Text WHAT'S NEXT to hear what is next.")
	}
	var todo []*night.Job
	for _, num := range nums {
		if j, ok := n.Job(num); ok && j.Status != night.Done {
			todo = append(todo, j)
		}
	}
	if len(todo) == 0 {
		return compose(fmt.Sprintf("Thanks %s. All your jobs are done.", name), "Text WHAT'S NEXT to hear what is next.")
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
			bare := plain(head) + " " + strings.Join(nums, ", ") + more + "."
			budget := MaxSMS - gsmLen(bare)
			if withTail {
				budget -= 1 + gsmLen(tail)
			}
			per := budget / k
			if per < 20 && k > 1 {
				continue
			}
			items := make([]string, k)
			for i, j := range todo[:k] {
				items[i] = nums[i] + shorten(jobTitle(j), per)
			}
			text := plain(head) + " " + strings.Join(items, ", ") + more
			if !strings.HasSuffix(text, "...") {
				text += "."
			}
			if withTail {
				return compose(text, tail)
			}
			return compose(text)
		}
	}
	return compose(head)
}

// statusReply names the next item of the running order (or the asked one)
// and its time.
func statusReply(name string, n *night.Night, item *night.TimelineItem, now string) string {
	if item != nil {
		return fill(fmt.Sprintf("Hi %s. %%s is at %s.", name, item.At), plain(item.Title), MaxSMS)
	}
	next := n.WhatsNext(now)
	if next == nil {
		return compose(fmt.Sprintf("Hi %s. There is no running order for tonight yet.", name))
	}
	if next.At <= now {
		return fill(fmt.Sprintf("Hi %s. The last thing tonight is %%s at %s.", name, next.At), plain(next.Title), MaxSMS)
	}
	return fill(fmt.Sprintf("Hi %s. Next is %%s at %s.", name, next.At), plain(next.Title), MaxSMS)
}

// askReply puts a numbered question, greeting them by name when it fits.
func askReply(name string, ch *understand.Choice) string {
	q := ch.Question()
	if greeted := "Hi " + name + ". " + q; gsmLen(greeted) <= MaxSMS {
		return greeted
	}
	return q
}

func noneReply(name string) string { return compose(fmt.Sprintf("Hi %s.", name), helpHint) }

func emptyReply(name string) string {
	return compose(fmt.Sprintf("Hi %s. Your text was empty.", name), helpHint)
}

func unknownReply(name, reader string) string {
	return compose(fmt.Sprintf("Thanks %s. We could not read that, so %s will read it on the screen.", name, reader))
}

// refusedReply passes on the hub's plain reason, and what to do instead.
func refusedReply(name, reason, next string) string {
	return compose(fmt.Sprintf("Sorry %s.", name)+" "+reason, next)
}

const (
	unknownNumberReply = "Hello. This number is not on tonight's team. Please ask a team member to add you."
	noNightReply       = "Hello. There is no club night on just now. Please text again on the night."
)

// sorry greets name, or nobody in particular when we do not know them.
func sorry(name string) string {
	if name == "" {
		return "Sorry."
	}
	return "Sorry " + name + "."
}

func busyReply(name string) string {
	return compose(sorry(name)+" We could not do that just now.", "Please text again in a minute.")
}

func rateReply(name string) string {
	return compose(sorry(name)+" That is a lot of texts at once.", "Please wait a little, then text again.")
}

func optOutReply() string {
	return compose("You will get no more texts from Clubnight.", "Text START to get them again.")
}

func optInReply(name string) string {
	return compose(fmt.Sprintf("Hi %s. You will get texts from Clubnight again.", name), helpHint)
}

// jobStatusReply answers a question about one job ("is the bar done?",
// "who is doing the raffle?"): how it stands and whose it is. It changes
// nothing.
func jobStatusReply(name string, n *night.Night, j *night.Job) string {
	state := "is not started yet."
	switch j.Status {
	case night.Done:
		state = "is done."
		if j.DoneBy != "" {
			state = "was done by " + nameOf(n.Name(j.DoneBy)) + "."
		}
	case night.Doing:
		state = "is started."
	}
	var who []string
	for _, id := range j.Who {
		who = append(who, nameOf(n.Name(id)))
	}
	whose := "Nobody has this job."
	if len(who) > 0 {
		whose = "It is for " + andList(who) + "."
	}
	return compose(fill(fmt.Sprintf("Hi %s. Job %d %%s %s", name, j.Number, state), jobTitle(j), room(whose)), whose)
}

// andList joins names as people say them: "Tom, Jade and Leon".
func andList(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
