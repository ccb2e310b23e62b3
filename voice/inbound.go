package voice

import (
	"context"
	"net/http"
	"strconv"
	"strings"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/sms/understand"
)

// maxSpeech bounds the words we read from one answer.
const maxSpeech = 600

// serveInbound answers a call to the Clubnight number: a team member is
// greeted by name with their jobs and asked what they want to tell us; a
// number not on the team is told so and the call ends at once.
func (s *Service) serveInbound(w http.ResponseWriter, r *http.Request) {
	if !s.sig.ParseForm(w, r) {
		return
	}
	sid := r.PostForm.Get("CallSid")
	if sid == "" {
		http.Error(w, "CallSid is missing.", http.StatusBadRequest)
		return
	}
	from := r.PostForm.Get("From")
	writeTwiML(w, s.once(r.Context(), sid, "in", "0", func() (string, bool) { return s.greet(r.Context(), sid, from, 1) }))
}

// greet answers a call: next is the turn its words go to.
func (s *Service) greet(ctx context.Context, sid, rawFrom string, next int) (string, bool) {
	n, ok, doc := s.liveNight(ctx)
	if !ok {
		return doc, true
	}
	from, _ := phone.Normalise(rawFrom)
	p, known := n.PersonByPhone(from)
	if !known {
		s.log.Info("voice: a call from a number not on the team", "from", phone.Mask(from))
		return goodbye(notTeamLine), true
	}
	if err := s.saveState(ctx, sid, &callState{Night: n.ID, Person: p.ID}); err != nil {
		s.log.Error("voice: cannot keep a call's state", "err", err)
		return goodbye(sorryLine), false
	}
	s.log.Info("voice: call in", "person", p.ID)
	var a answer
	a.listen(s.gatherURL(next), greeting(n, p)+" "+greetingAsk, hints(n))
	a.redirect(s.gatherURL(next))
	return a.String(), true
}

// liveNight is the live night, or the words to end the call with.
func (s *Service) liveNight(ctx context.Context) (*night.Night, bool, string) {
	id, err := s.hub.LiveID(ctx)
	if err != nil {
		if night.ErrorCode(err) == night.NotFound {
			return nil, false, goodbye(noNightLine)
		}
		return nil, false, goodbye(sorryLine)
	}
	n, err := s.hub.CachedNight(ctx, id)
	if err != nil {
		return nil, false, goodbye(sorryLine)
	}
	return n, true, ""
}

func (s *Service) gatherURL(turn int) string { return s.url(path(GatherPath, turnQuery(turn))) }

// serveGather takes what a caller said or pressed.
func (s *Service) serveGather(w http.ResponseWriter, r *http.Request) {
	if !s.sig.ParseForm(w, r) {
		return
	}
	f := r.PostForm
	sid := f.Get("CallSid")
	turn, err := strconv.Atoi(r.URL.Query().Get("turn"))
	if sid == "" || err != nil || turn < 1 {
		http.Error(w, "CallSid or turn is missing.", http.StatusBadRequest)
		return
	}
	t := heard{
		digits: strings.TrimSpace(f.Get("Digits")),
		speech: cleanSpeech(f.Get("SpeechResult")),
	}
	// No Confidence is read as unsure: a question costs less than a
	// wrong change.
	t.confidence, _ = strconv.ParseFloat(strings.TrimSpace(f.Get("Confidence")), 64)
	writeTwiML(w, s.once(r.Context(), sid, "g", strconv.Itoa(turn), func() (string, bool) {
		return s.gather(r.Context(), sid, f.Get("From"), turn, t)
	}))
}

// heard is one answer from a caller.
type heard struct {
	digits     string
	speech     string
	confidence float64
}

// cleanSpeech makes a SpeechResult safe to read: valid UTF-8, one line,
// at most maxSpeech characters.
func cleanSpeech(raw string) string {
	s := strings.ToValidUTF8(raw, "")
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > maxSpeech {
		s = string(r[:maxSpeech])
	}
	return s
}

// gather decides one answer of a call in.
func (s *Service) gather(ctx context.Context, sid, rawFrom string, turn int, h heard) (string, bool) {
	st, err := s.loadState(ctx, sid)
	if err != nil {
		return goodbye(sorryLine), false
	}
	if st == nil {
		// The call's state is gone (or this is not our call): start again.
		return s.greet(ctx, sid, rawFrom, turn+1)
	}
	n, ok, doc := s.liveNight(ctx)
	if !ok {
		return doc, true
	}
	p, ok := n.Person(st.Person)
	if !ok || n.ID != st.Night {
		return goodbye("Sorry. Tonight's plan has changed. Please call again. Goodbye."), true
	}
	c := &turnCtx{s: s, n: n, p: p, st: st, sid: sid, turn: turn, cmdID: "voice:" + sid + ":" + strconv.Itoa(turn)}
	doc = c.decide(ctx, h)
	if err := s.saveState(ctx, sid, st); err != nil {
		s.log.Error("voice: cannot keep a call's state", "err", err)
		return goodbye(sorryLine), false
	}
	return doc, true
}

// turnCtx is one answer being decided.
type turnCtx struct {
	s     *Service
	n     *night.Night
	p     *night.Person
	st    *callState
	sid   string
	turn  int
	cmdID string
}

// decide: 1 is help, 9 takes back, 2 to 4 answer the question we asked,
// words go through the same understanding as a text.
func (c *turnCtx) decide(ctx context.Context, h heard) string {
	ask, words, options := c.st.Ask, c.st.Words, c.st.Options
	c.st.Ask, c.st.Words, c.st.Options = "", "", 0
	if h.digits != "" || h.speech != "" {
		c.st.Quiet = 0
	}
	switch d := h.digits; {
	case d == "1":
		return c.help(ctx)
	case d == "9":
		return c.act(ctx, understand.Intent{Kind: understand.Undo}, "UNDO", false)
	case d == "2" && ask == "confirm":
		in, pending := c.s.sms.Understand(ctx, c.n, c.p, words)
		return c.act(ctx, in, words, pending)
	case ask == "choice" && len(d) == 1 && d[0] >= '2' && int(d[0]-'1') <= options:
		// The same understanding reads the answer to its own question.
		num := strconv.Itoa(int(d[0] - '1'))
		in, pending := c.s.sms.Understand(ctx, c.n, c.p, num)
		return c.act(ctx, in, num, pending)
	case d != "":
		return c.listen("That key does nothing here. " + greetingAsk)
	case h.speech == "":
		c.st.Quiet++
		if c.st.Quiet >= 2 {
			return goodbye("We did not hear anything. Goodbye. Call again any time.")
		}
		return c.listen("Sorry, I did not hear anything. " + greetingAsk)
	}
	in, pending := c.s.sms.Understand(ctx, c.n, c.p, h.speech)
	if h.confidence < c.s.opts.MinConfidence {
		if changes(in.Kind) {
			c.st.Ask, c.st.Words = "confirm", h.speech
			return c.listen(confirmLine(h.speech))
		}
		if in.Kind == understand.Unknown && c.st.Unsure == 0 {
			c.st.Unsure++
			return c.listen("Sorry, I did not catch that. Please say it again, or press 1 for help.")
		}
	}
	c.st.Unsure = 0
	return c.act(ctx, in, h.speech, pending)
}

// changes reports whether an intent changes the night, and so must not
// come from words we did not hear well.
func changes(k understand.Kind) bool {
	switch k {
	case understand.Done, understand.Doing, understand.Undo, understand.Problem, understand.Claim,
		understand.Sorted, understand.Here, understand.Leaving, understand.Ride:
		return true
	}
	return false
}

// help raises "needs help" at once, as a HELP text does: a caller in
// distress may not get words out.
func (c *turnCtx) help(ctx context.Context) string {
	in := understand.Intent{Kind: understand.Problem, ProblemKind: night.Other, Text: "HELP, pressed 1 on a phone call"}
	seq := c.n.Seq
	_, outcome := c.s.sms.Act(ctx, c.n, c.p, in, "HELP", c.cmdID, false)
	if ev := c.s.madeBy(ctx, c.n.ID, seq, c.cmdID); ev != nil && ev.Kind == night.CmdRaise {
		return c.listen(thanks(c.p, "We have told the team you need help. Someone will come to you. "+emergency) + " " + undoKey + " " + anythingElse)
	}
	c.s.log.Warn("voice: a help press made no problem", "outcome", outcome)
	return c.listen("Sorry. We could not tell the team. Please find a member of staff. " + emergency)
}

// act does what the understanding decided, exactly as for a text, and
// says what happened.
func (c *turnCtx) act(ctx context.Context, in understand.Intent, words string, pending bool) string {
	seq := c.n.Seq
	reply, outcome := c.s.sms.Act(ctx, c.n, c.p, in, words, c.cmdID, pending)
	c.s.log.Info("voice: answer", "person", c.p.ID, "outcome", outcome)
	if in.Kind == understand.Ask && outcome == "ask" && in.Choice != nil && len(in.Choice.Options) > 0 {
		ch := *in.Choice
		if len(ch.Options) > understand.MaxOptions {
			ch.Options = ch.Options[:understand.MaxOptions]
		}
		c.st.Ask, c.st.Options = "choice", len(ch.Options)
		return c.listen(choiceLine(&ch))
	}
	if ev := c.s.madeBy(ctx, c.n.ID, seq, c.cmdID); ev != nil {
		text, undoable := readBack(c.n, ev, c.p.ID)
		text = thanksName(text, c.p)
		if undoable {
			text += " " + undoKey
		}
		return c.listen(text + " " + anythingElse)
	}
	switch outcome {
	case "jobs":
		return c.listen(jobsLine(c.n, c.p.ID) + " " + anythingElse)
	case "not_understood":
		return c.listen("Sorry " + firstName(c.p.Name) + ". I could not tell what you meant. A person will look at your words on the screen. " + anythingElse)
	case "none":
		return c.listen("OK. " + anythingElse)
	}
	text := fromText(reply)
	if text == "" {
		text = "OK."
	}
	return c.listen(text + " " + anythingElse)
}

// listen is a whole answer that says prompt and waits for the next turn.
func (c *turnCtx) listen(prompt string) string {
	var a answer
	a.listen(c.s.gatherURL(c.turn+1), prompt, hints(c.n))
	a.redirect(c.s.gatherURL(c.turn + 1))
	return a.String()
}

func thanks(p *night.Person, rest string) string { return "Thanks " + firstName(p.Name) + ". " + rest }

// thanksName puts the caller's name in a read-back's first word.
func thanksName(text string, p *night.Person) string {
	for _, w := range []string{"Thanks. ", "OK. "} {
		if rest, ok := strings.CutPrefix(text, w); ok {
			return strings.TrimSuffix(w, ". ") + " " + firstName(p.Name) + ". " + rest
		}
	}
	return text
}
