package understand

import (
	"slices"
	"strings"
	"sync"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand/model"
)

// learned is the model trained from the committee texts in testdata, read
// on first use (so the trainer, which only needs features, runs while the
// weights are being replaced). It is only read after that.
var learned = sync.OnceValue(func() *model.Model {
	m, err := model.Embedded()
	if err != nil {
		panic("understand: the embedded model does not load: " + err.Error())
	}
	return m
})

// How sure the learned model must be before a text the rules would pass
// on is read as chat (and before a job the rules would tick or start from
// a text it reads as chat is asked about, see secondLook). Chosen by
// five-fold cross-validation over the tuned texts (a model trained without
// a fold reads that fold) and checked on held-out nights; see the note on
// issue 10.
const (
	sureChat   = 0.8 // at least this likely chat ...
	notTrouble = 0.2 // ... and less than this likely a problem of any kind
)

// secondOpinion asks the learned model about a text the rules would pass
// to a person. When the model is sure it is only chat, does not think it
// may be trouble, and the text names no one else, no guest, no time and
// no word Clubnight cannot read, nothing changes and the sender gets the
// usual kind reply. Anything else still goes to a person.
//
// Here the model does no more than that. Raising a problem on its word
// did more harm than good when measured, and checking in a sender it
// thought had arrived acted on "im in traffic" and "the singers have
// arrived". Where it all but rules out what the rules would do, the
// sender is asked (secondLook).
func (a *analysis) secondOpinion(in Intent) Intent {
	if in.Kind != Unknown || a.taughtReading || a.answeredChoice || !a.plainChat() {
		return in
	}
	v := a.modelView()
	if chat := v.prob[string(None)]; chat >= sureChat && v.trouble < notTrouble {
		a.because("the learned model reads it as chat (%.0f%% sure): nothing changes", 100*chat)
		return Intent{Kind: None}
	}
	return in
}

// plainChat reports a text the model may call chat: it names no one but
// the sender, no guest and no time, and every word is one Clubnight or an
// English dictionary knows (words it cannot read at all go to a person).
func (a *analysis) plainChat() bool {
	if a.atClock() || a.has(forAPerson) {
		return false
	}
	for _, i := range a.content() {
		t := a.t[i]
		switch ref := a.name(i); {
		case ref.ride != "", ref.person != "" && ref.person != a.sender:
			return false
		case t.time:
			return false
		case isAlpha(t.w) && !a.v.known(t.w) && !english[t.w] && !english[t.raw]:
			return false
		}
	}
	return true
}

// forAPerson are words of a text that asks the team for a thing, which a
// person should read whatever the model thinks: "has anyone got a
// plaster", "can someone bring more cups".
var forAPerson = ph("anyone got", "anybody got", "any one got", "can someone get", "can someone bring", "can somebody get", "can somebody bring", "can anyone get",
	"can anyone bring")

// How far the learned model must disagree before a reading of the rules
// that would change the night is asked about instead. Chosen on fifteen
// rounds of nights (6,370 texts) that neither the rules nor the model of
// the day had seen (see the note on issue 10): most of the rules' wrong
// readings were ones the model gave next to no chance, while the rules'
// right readings it almost always shared.
const (
	doubtUnder = 0.001 // the model gives the rules' reading less than this ...
	doubtOther = 0.5   // ... and one other reading at least this

	// How sure the model must be that a text of someone hurt or upset
	// is chat, naming no one, before the sender is asked first: "the
	// premiere was so good i cried happy tears".
	sureOK = 0.999
)

// secondLook asks the sender, with one short numbered question, when the
// rules would change the night in a way the learned model all but rules
// out and it reads the text as a clash the question can settle:
//   - a problem it reads as news of a job or as chat ("hid all the eggs,
//     they will never find them");
//   - a problem it reads as another kind ("a girl is crying, she didnt
//     find any eggs" is someone upset, not missing);
//   - a job done it reads as started, or started it reads as done;
//   - a job done or started it reads as chat ("the music is brilliant
//     tonight", "the band is playing my favourite song"), unless the text
//     says the job is finished in so many words ("finished the tombola");
//   - a job done it reads as the sender going home or arriving ("arrived!!
//     got my decks in the car");
//   - an arrival it reads as chat ("lights look lovely in the hall"):
//     "Have you just got here?";
//   - a job done it is all but sure is trouble ("fairy lights on the path
//     have gone out, its pitch black" on a night with the fairy lights to
//     put up): which is it, the job or telling the team?
//
// Danger (smoke, fire, someone trapped, the police) is never held back,
// nor a text that asks for help (the contract: safety first).
// Someone unwell or upset, told by the rules or read by the model, is
// not held back either: help goes to them whatever the right word, and a
// delay costs more than the wrong one. The one exception is a text the
// model is all but certain is chat (99.9%), gives trouble of any kind
// under 0.1%, and that names no one but the sender: "the premiere was so
// good i cried happy tears". The sender is asked "Shall we tell the
// team?", and one reply tells them. Someone missing is never held back as
// chat, but is asked about when the model reads another kind of trouble
// ("the lights in the toilets have gone off"): a false "missing" alarms
// the whole team. A reading the sender chose or a person taught, and a
// text in the plain command form, are left alone.
func (a *analysis) secondLook(in Intent) Intent {
	if a.answeredChoice || a.taughtReading || a.commandForm() || in.Kind == Problem && (a.dangerSaid() || a.helpAsked()) {
		return in
	}
	switch in.Kind {
	case Problem, Done, Doing, Here:
	default:
		return in
	}
	v := a.modelView()
	prob, top, best, trouble := v.prob, v.top, v.best, v.trouble
	mine := prob[string(in.Kind)]
	if in.Kind == Problem {
		mine = prob[string(Problem)+":"+string(in.ProblemKind)] + prob[string(Problem)]
	}
	if mine >= doubtUnder || best < doubtOther {
		return in
	}
	switch in.Kind {
	case Problem:
		if hurtOrUpset(in.ProblemKind) {
			if Kind(top) == None && best >= sureOK && trouble < doubtUnder && a.plainChat() {
				a.because("the learned model reads it as chat, not trouble (%.1f%% sure), and it names no one: it asks before telling the team", 100*best)
				return Intent{Kind: Ask, Choice: &Choice{Prompt: "Shall we tell the team?",
					Options: []Option{{Label: "yes, " + lowerFirst(night.KindWords[in.ProblemKind]), Intent: in}}}}
			}
			return in
		}
		if k, ok := strings.CutPrefix(top, string(Problem)+":"); ok {
			other := in
			other.ProblemKind = night.ProblemKind(k)
			if !night.ValidKind(other.ProblemKind) || other.ProblemKind == in.ProblemKind || hurtOrUpset(other.ProblemKind) {
				return in // someone hurt or upset: raise it now
			}
			if other.ProblemKind != night.Taxi {
				other.Ride = "" // only a taxi problem says a ride is late
			}
			if best >= settleOver {
				a.because("the learned model reads it as %s (%.0f%% sure): that kind is raised", top, 100*best)
				return other
			}
			a.because("the learned model reads it as %s (%.0f%% sure): it asks which", top, 100*best)
			return Intent{Kind: Ask, Choice: &Choice{Prompt: "What is wrong?", Options: []Option{
				{Label: lowerFirst(night.KindWords[in.ProblemKind]), Intent: in},
				{Label: lowerFirst(night.KindWords[other.ProblemKind]), Intent: other},
			}}}
		}
		if in.ProblemKind == night.Missing || trouble >= doubtUnder {
			return in
		}
		switch Kind(top) {
		case None, Done, Doing:
			a.because("the learned model reads it as %s, not a problem (%.0f%% sure): it asks before telling the team", top, 100*best)
			return Intent{Kind: Ask, Choice: &Choice{Prompt: "Shall we tell the team?",
				Options: []Option{{Label: "yes, " + lowerFirst(night.KindWords[in.ProblemKind]), Intent: in}}}}
		}
	case Done:
		j, _ := a.n.Job(in.Job)
		switch k, trouble := strings.CutPrefix(top, string(Problem)+":"); {
		case Kind(top) == Doing:
			a.because("the learned model reads it as started, not done (%.0f%% sure): it asks", 100*best)
			return a.askVerb(in.Job)
		case Kind(top) == Leaving:
			a.because("the learned model reads it as going home (%.0f%% sure): it asks", 100*best)
			return doneOr(in, j.Title, "you are going home", Intent{Kind: Leaving})
		case a.finishedSaid(in.Job):
			return in // "finished the tombola with amir" says it, whatever the model reads
		case Kind(top) == None && best >= sureChat:
			a.because("the learned model reads it as chat, not a job (%.0f%% sure): it asks", 100*best)
			return a.askVerb(in.Job)
		case Kind(top) == Here:
			a.because("the learned model reads it as arriving (%.0f%% sure): it asks", 100*best)
			return doneOr(in, j.Title, "you are here", Intent{Kind: Here})
		case trouble && night.ValidKind(night.ProblemKind(k)) && best >= settleOver:
			a.because("the learned model reads it as %s (%.0f%% sure): it asks", top, 100*best)
			return doneOr(in, j.Title, "tell the team: "+lowerFirst(night.KindWords[night.ProblemKind(k)]),
				Intent{Kind: Problem, ProblemKind: night.ProblemKind(k), Text: a.cleanText()})
		}
	case Here:
		if Kind(top) == None && best >= sureChat {
			a.because("the learned model reads it as chat, not arriving (%.0f%% sure): it asks", 100*best)
			return Intent{Kind: Ask, Choice: &Choice{Prompt: "Have you just got here?",
				Options: []Option{{Label: "yes", Intent: in}}}}
		}
	case Doing:
		switch Kind(top) {
		case Done:
			a.because("the learned model reads it as done, not started (%.0f%% sure): it asks", 100*best)
			return a.askVerb(in.Job)
		case None:
			if best < sureChat {
				break
			}
			a.because("the learned model reads it as chat, not a job (%.0f%% sure): it asks", 100*best)
			return a.askVerb(in.Job)
		}
	}
	return in
}

// doneOr asks whether the job of in (titled title) is done or other is
// what the text means: "Which is it? Reply 1 for Set up the music is done
// or 2 for you are here."
func doneOr(in Intent, title, label string, other Intent) Intent {
	return Intent{Kind: Ask, Choice: &Choice{Prompt: "Which is it?", Options: []Option{
		{Label: title + " is done", Intent: in},
		{Label: label, Intent: other},
	}}}
}

// finishedSaid reports a plain word of finishing next to job n's words,
// not denied: "finished the tombola", "tombola done", "done the
// teas". The text then says the job is done in so many words.
func (a *analysis) finishedSaid(n int) bool {
	for _, h := range a.matchJobs() {
		if h.num != n || len(h.idx) == 0 {
			continue
		}
		first, last := slices.Min(h.idx), slices.Max(h.idx)
		before := first - 1
		for before >= 0 && determiners[a.w(before)] {
			before--
		}
		after := last + 1
		for isWords[a.w(after)] {
			after++
		}
		for _, i := range []int{before, after} {
			if i >= 0 && finishedWords[a.w(i)] && !a.negated(i) {
				return true
			}
		}
	}
	return false
}

// How sure the learned model must be of one option of a question the
// rules would ask before that option is taken without asking.
const settleOver = 0.99

// settle takes one option of a numbered question the rules would ask when
// the learned model is all but sure of that option and gives the others
// next to no chance: "the music keeps cutting out" is the music, not
// trouble of another kind; "where has leanne gone, we cant find her" is
// someone missing, not lost property. Options the model cannot tell
// apart (two jobs, both done) are still asked about, and so is a question
// that asks only whether to tell the team.
func (a *analysis) settle(in Intent) Intent {
	if in.Kind != Ask || in.Choice == nil || len(in.Choice.Options) < 2 || a.answeredChoice || a.taughtReading {
		return in
	}
	labels := make([]string, len(in.Choice.Options))
	for i, o := range in.Choice.Options {
		labels[i] = modelLabel(o.Intent)
		if labels[i] == "" || slices.Contains(labels[:i], labels[i]) {
			return in
		}
	}
	v := a.modelView()
	for i, o := range in.Choice.Options {
		if v.prob[labels[i]] < settleOver {
			continue
		}
		a.because("the learned model reads it as %s (%.0f%% sure): no need to ask", labels[i], 100*v.prob[labels[i]])
		return o.Intent
	}
	return in
}

// modelLabel is the learned model's label for what in does, or "" when
// the model has none.
func modelLabel(in Intent) string {
	switch in.Kind {
	case Problem:
		if in.ProblemKind == "" {
			return ""
		}
		return string(Problem) + ":" + string(in.ProblemKind)
	case Done, Doing, Here, Leaving, Undo, Claim, Sorted, None, Status, Jobs:
		return string(in.Kind)
	}
	return ""
}

// modelView is what the learned model reads in a text: how likely each
// of its labels is, the likeliest and how likely, and how likely trouble
// of any kind is.
type modelView struct {
	prob    map[string]float64
	top     string
	best    float64
	trouble float64
}

// modelView asks the learned model about the text.
func (a *analysis) modelView() modelView {
	m := learned()
	p := m.Predict(a.modelFeatures())
	v := modelView{prob: make(map[string]float64, len(p))}
	for i, l := range m.Labels() {
		v.prob[l] = p[i]
		if p[i] > v.best {
			v.top, v.best = l, p[i]
		}
		if l == string(Problem) || strings.HasPrefix(l, string(Problem)+":") {
			v.trouble += p[i]
		}
	}
	return v
}

// commandForm reports a text in the plain command form the kiosk's help
// teaches ("problem spill by the bar", "done 3"): it says what it means.
func (a *analysis) commandForm() bool {
	c := a.content()
	return len(c) > 0 && (a.w(c[0]) == "problem" || a.w(c[0]) == "done" && len(c) > 1 && a.t[c[1]].num != 0)
}

// hurtOrUpset reports a kind of problem that sends someone to a person
// who is there: unwell or upset.
func hurtOrUpset(k night.ProblemKind) bool { return k == night.Unwell || k == night.Upset }

// dangerSaid reports a word of danger the text says and does not deny:
// "smoke coming from the speakers", "rose is stuck in the lift". The fire
// door and the fire exits are places, not a fire.
func (a *analysis) dangerSaid() bool {
	for i := range a.t {
		w := a.w(i)
		if !dangerWords[w] || a.negated(i) || w == "fire" && fireThings[a.w(i+1)] || w == "lift" && !a.wordWithinBefore(i, 3, "stuck", "trapped") {
			continue
		}
		return true
	}
	return false
}

// helpAsked reports a problem the rules read from a call for help ("can
// sum1 help me pls"); help offered or said of later was dropped before.
func (a *analysis) helpAsked() bool {
	return slices.ContainsFunc(a.problemHits(), func(h problemHit) bool {
		return slices.ContainsFunc(h.idx, func(i int) bool { return a.w(i) == "help" || a.w(i) == "sos" })
	})
}

// wordWithinBefore reports one of words among the n words before i.
func (a *analysis) wordWithinBefore(i, n int, words ...string) bool {
	for j := i - 1; j >= 0 && j >= i-n; j-- {
		if slices.Contains(words, a.w(j)) {
			return true
		}
	}
	return false
}

var (
	// dangerWords tell of danger to people, whatever else is wrong.
	// "help" is not among them: "will is going to help me with the tidy
	// up later" is the kind of text the model is right to doubt.
	dangerWords = set("fire", "smoke", "smoking", "flames", "burning", "trapped", "lift", "police", "ambulance", "999",
		"emergency", "urgent", "urgently", "sos", "danger", "dangerous", "unsafe", "fight", "fighting", "punched", "knife",
		"weapon", "intruder", "stranger", "security")
)
