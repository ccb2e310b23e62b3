package understand

import (
	"slices"
	"strconv"
	"strings"

	"github.com/clubnight/clubnight/night"
)

// Questions get answers, and texts that need nothing done get a plain
// reply, instead of being passed to a person.

// guardAnswer answers a question the rules could not read when it names a
// ride or a time, and lists the sender's jobs when a status question
// asks for their list.
func (a *analysis) guardAnswer(in Intent) Intent {
	switch {
	case (in.Kind == Unknown || in.Kind == Status) && a.has(myList) && a.has(sendMe):
		return Intent{Kind: Jobs} // "could you send me my jobs for the bowling"
	case in.Kind == Unknown && (a.asking() || a.yesNoAsked()):
		if a.asking() {
			if ans := a.answer(); ans.Kind != None {
				a.because("a question about the night: it is answered")
				return ans
			}
		}
		if a.yesNoAsked() {
			a.because("a yes or no question the plan cannot answer: nothing changes")
			return Intent{Kind: None}
		}
		if a.askedAboutNothingOfTheNight() {
			a.because("a question about nothing on the plan, no job, ride, person or trouble: nothing changes")
			return Intent{Kind: None}
		}
	case in.Kind == Unknown && a.anotherNight():
		a.because("it is news of another night: nothing changes tonight")
		return Intent{Kind: None}
	case in.Kind == Unknown && a.reminderNote():
		a.because("a reminder to the team of what is planned: nothing changes")
		return Intent{Kind: None}
	case in.Kind == Unknown && a.ownLiftToCome():
		a.because("the sender's own lift will come later: nothing changes")
		return Intent{Kind: None}
	case in.Kind == Unknown && a.memberOnWay():
		a.because("another of the team is on their way: nothing changes")
		return Intent{Kind: None}
	case in.Kind == Unknown && a.toldTimeNotice():
		a.because("it passes on when something will be: nothing changes")
		return Intent{Kind: None}
	case in.Kind == Unknown && a.ownWayHere():
		a.because("the sender is on their way, not here yet: nothing changes")
		return Intent{Kind: None}
	case in.Kind == Unknown && a.rideToCome():
		a.because("it says a guest's ride will come: nothing changes")
		return Intent{Kind: None}
	case in.Kind == Status && in.Item == nil && in.Ride == "" && a.has(myList):
		return Intent{Kind: Jobs}
	case in.Kind == Unknown && a.has(myList) && len(a.content()) <= 8:
		return Intent{Kind: Jobs}
	case in.Kind == Unknown && len(a.problemHits()) == 0 && len(a.jobRefs("").nums) > 0 &&
		(a.laterSaid() || a.ownWill() && (a.atClock() || a.atPartOfNight()) && !a.asking()):
		// "ill do the photos after the raffle", "will hang the flags at 2"
		a.because("it is a plan for later: nothing changes now")
		return Intent{Kind: None}
	case in.Kind == Unknown && len(a.problemHits()) == 0 && a.othersWork():
		who, _ := a.otherLeads()
		a.because("it says what %s is doing, not the sender", a.n.Name(who))
		return Intent{Kind: None}
	case in.Kind == Unknown && len(a.problemHits()) == 0:
		if _, neg := a.negation(); neg && (a.has(yetWords) || a.has(doneNegated) || a.has(notYetDone)) {
			if job, ok := a.takesBackTick(); ok {
				a.because("it says job %d, just ticked, is not done yet", job)
				return Intent{Kind: Undo}
			}
			a.because("it says something has not happened yet: nothing to do")
			return Intent{Kind: None}
		}
		if a.has(allWell) || a.has(praise) || a.has(goodWords) {
			a.because("it is good news or thanks: nothing to do")
			return Intent{Kind: None}
		}
		if a.wish() {
			a.because("it is a wish, not news: nothing to do")
			return Intent{Kind: None}
		}
		if a.smilingChat() {
			a.because("it smiles or laughs about the night, and names no job: nothing to do")
			return Intent{Kind: None}
		}
	}
	return in
}

// othersWork reports news of another member at work on a job: "euan is
// sorting the stage", "carl is sorting the mic". Their own texts tick it.
func (a *analysis) othersWork() bool {
	c := a.content()
	if _, ok := a.otherLeads(); !ok || len(c) < 3 || len(a.jobRefs("").nums) == 0 {
		return false
	}
	// "kit is on the hot dogs tonight": on a job, as "is doing" it.
	return (a.w(c[1]) == "is" || a.w(c[1]) == "s") && (strings.HasSuffix(a.w(c[2]), "ing") || a.w(c[2]) == "on" && !a.has(claimStrong))
}

// takesBackTick is the job the sender just ticked done, when a "not done
// yet" text says sorry or names only that job: "sorry not full yet" right
// after ticking "Fill the foot spas" takes the tick back. With no sorry
// and no job named, or another job named, nothing is taken back.
func (a *analysis) takesBackTick() (int, bool) {
	last, ok := a.n.Undo[a.sender]
	if !ok || last.Type != string(night.CmdDone) || a.asking() {
		return 0, false
	}
	job, err := strconv.Atoi(last.Target)
	if err != nil {
		return 0, false
	}
	// "hang on i havent finished": "hang" of the sorry names no job.
	sorry := a.spans(apology)
	named := slices.DeleteFunc(a.jobRefs("").nums, func(n int) bool {
		for _, h := range a.matchJobs() {
			if h.num == n && slices.ContainsFunc(h.idx, func(i int) bool { return !slices.Contains(sorry, i) }) {
				return false
			}
		}
		return true
	})
	if slices.Contains(named, job) || len(named) == 0 && a.apologised() {
		return job, true
	}
	return 0, false
}

// apologised reports a word of sorry, or a text that opens with
// "mistake": "mistake i didnt finish the speakers".
func (a *analysis) apologised() bool {
	return a.has(apology) || a.w(a.firstContent()) == "mistake"
}

var apology = ph("sorry", "oops", "my bad", "my mistake", "no wait", "wait no", "hang on")

var (
	yetWords  = ph("yet", "still")
	goodWords = ph("amazing", "lovely", "love", "loving", "loved", "great", "brilliant", "fab", "fabulous",
		"fantastic", "fun", "nice", "happy", "merry", "christmas", "enjoying", "enjoyed", "awesome", "ace",
		"beautiful", "wonderful", "thank you", "thanks", "cheers", "ta", "good night", "well done", "good job",
		"proud", "best", "smashing", "dancing", "having fun", "superb", "excellent", "cool", "perfect", "brill",
		"pretty", "gorgeous", "sunny", "enjoy", "enjoys", "have a good", "so much fun", "really good", "so good",
		"well good", "very good", "well nice", "really nice", "aloha", "joy", "yummy", "tasty", "delicious", "lush",
		// How a busy, happy crowd is told: "bar is rammed", "speakers r blasting".
		"rammed", "heaving", "mobbed", "buzzing", "blasting", "pumping", "going wild", "gone wild", "went wild", "going mad for", "went mad for",
		"gone mad for", "having a blast", "a blast", "no dramas", "no drama", "quiet night", "all quiet",
		"stole the show", "brought the house down", "going well", "went well", "packed out", "mint", "banging")
)

// wish reports a text that hopes for something: "hope everyone enjoys the
// film", "i hope the pies are warm enuf", "hope callums taxi comes on
// time". "hope is ..." speaks of Hope.
func (a *analysis) wish() bool {
	c := a.content()
	if len(c) < 2 {
		return false
	}
	k := 0
	if a.w(c[0]) == "i" {
		k = 1
	}
	if k+1 >= len(c) || a.w(c[k]) != "hope" && a.w(c[k]) != "hoping" {
		return false
	}
	// "Hope's dad is late": a wish is never owned.
	next := a.w(c[k+1])
	return !a.t[c[k]].poss && !hopeIsName[next] && len(a.problemHits()) == 0
}

// hopeIsName follow "hope" when Hope is who the text is about.
var hopeIsName = set("is", "has", "was", "s", "will", "can", "and", "did", "does", "said", "says", "here",
	"not", "needs", "wants", "could", "should", "would", "had", "just", "took", "put", "went")

// sendMe asks for something to be sent or told to the sender.
var sendMe = ph("send me", "text me", "txt me", "tell me", "give me", "remind me", "send my", "resend")

var myList = ph("my list", "my jobs", "my job", "my tasks", "my rota", "list again", "jobs again", "my list again")

// askedProblem is the one problem not yet sorted that a question is about,
// by the kind of problem it names ("the taxi", "the spill"); "" when it
// names none, or more than one such problem is open.
func (a *analysis) askedProblem() string {
	kinds := a.mentionedKinds(nil)
	if len(kinds) == 0 {
		return ""
	}
	id := ""
	for _, p := range a.n.OpenProblems() {
		if kinds[p.Kind] {
			if id != "" {
				return ""
			}
			id = p.ID
		}
	}
	return id
}

// aboutSelf reports a text whose subject is the sender: "im ...", "i ...".
func (a *analysis) aboutSelf() bool {
	c := a.content()
	return len(c) > 0 && (a.w(c[0]) == "i" || a.w(c[0]) == "my")
}

// answer is what a question gets instead of a change: the time of what it
// names, a ride's news, the sender's jobs, or a plain reply.
func (a *analysis) answer() Intent {
	if it := a.timelineItem(); it != nil {
		return Intent{Kind: Status, Item: it}
	}
	if r := a.ride(); r != nil {
		return Intent{Kind: Status, Ride: r.ID}
	}
	if id := a.askedProblem(); id != "" {
		return Intent{Kind: Status, Problem: id} // "whos helping with the taxi"
	}
	if a.has(jobsAsk) {
		return Intent{Kind: Jobs}
	}
	if job, ok := a.singleJob(); ok {
		return a.jobAnswer(job) // "is the kitchen tidy?", "who is doing job 3?"
	}
	if refs := a.jobRefs(""); len(refs.nums) == 2 && a.atBothEnds(refs.nums[0], refs.nums[1]) {
		// "has rose finished the merch table?" of "Set up the merch table"
		// and "Pack away the merch table": a question changes nothing, so
		// the one the night comes to first is answered.
		return a.jobAnswer(min(refs.nums[0], refs.nums[1]))
	}
	if a.has(jobList) || a.whatAmIDoing() {
		return Intent{Kind: Jobs}
	}
	return Intent{Kind: None}
}

// atBothEnds reports two jobs, named by the same words, at either end of
// the night: "Set up the merch table" and "Pack away the merch table".
func (a *analysis) atBothEnds(x, y int) bool {
	jx, okx := a.n.Job(x)
	jy, oky := a.n.Job(y)
	return okx && oky && jx.Phase != jy.Phase && (jx.Phase == night.Close) != (jy.Phase == night.Close)
}

// askedAboutNothingOfTheNight reports a question that starts with a
// question word and names nothing the night holds: no job, ride, team
// member, problem word or time ("whats the wifi password", "who won best
// dancer?", "wot do i wear next time"). The plan cannot answer it and it
// asks for nothing to be done, so nothing changes; "where is jo" names a
// person and still goes to the problem rules.
func (a *analysis) askedAboutNothingOfTheNight() bool {
	c := a.content()
	if len(c) == 0 || !questionWords[a.w(c[0])] || a.w(c[0]) == "where" {
		return false
	}
	if len(a.problemHits()) > 0 || len(a.jobRefs("").nums) > 0 || a.ride() != nil || a.otherPerson() != "" ||
		a.has(myList) || a.has(statusWords) || a.has(jobsAsk) || a.atClock() {
		return false
	}
	for i := range a.t {
		if a.name(i) != (nameRef{}) && !a.social[i] {
			return false
		}
	}
	return true
}
