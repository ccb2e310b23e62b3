package voice

import (
	"net/http"
	"net/url"
	"strconv"

	"github.com/twilio/twilio-go/twiml"
)

// language is how Clubnight speaks and listens: British English.
const language = "en-GB"

// answer is one TwiML reply under construction.
type answer struct{ verbs []twiml.Element }

func (a *answer) say(text string) {
	if text != "" {
		a.verbs = append(a.verbs, &twiml.VoiceSay{Message: text, Language: language})
	}
}

// listen asks for speech or a key press, saying prompt while it waits.
// Every answer (or silence) goes to action.
func (a *answer) listen(action, prompt, hints string) {
	a.verbs = append(a.verbs, &twiml.VoiceGather{
		Input: "speech dtmf", Action: action, Method: http.MethodPost, Language: language,
		NumDigits: "1", Timeout: "6", SpeechTimeout: "auto", Hints: hints, ActionOnEmptyResult: "true",
		InnerElements: []twiml.Element{&twiml.VoiceSay{Message: prompt, Language: language}},
	})
}

// keys asks for one key press only, saying prompt while it waits; no
// press goes on to the next verb.
func (a *answer) keys(action, prompt string) {
	a.verbs = append(a.verbs, &twiml.VoiceGather{
		Input: "dtmf", Action: action, Method: http.MethodPost, NumDigits: "1", Timeout: "8",
		InnerElements: []twiml.Element{&twiml.VoiceSay{Message: prompt, Language: language}},
	})
}

func (a *answer) redirect(to string) {
	a.verbs = append(a.verbs, &twiml.VoiceRedirect{Url: to, Method: http.MethodPost})
}

func (a *answer) hangup() { a.verbs = append(a.verbs, &twiml.VoiceHangup{}) }

func (a *answer) String() string {
	doc, err := twiml.Voice(a.verbs)
	if err != nil {
		doc, _ = twiml.Voice([]twiml.Element{&twiml.VoiceSay{Message: sorryLine, Language: language}, &twiml.VoiceHangup{}})
	}
	return doc
}

// goodbye is a whole reply that says text and ends the call.
func goodbye(text string) string {
	var a answer
	a.say(text)
	a.hangup()
	return a.String()
}

func writeTwiML(w http.ResponseWriter, doc string) {
	w.Header().Set("Content-Type", "text/xml; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte(doc))
}

// path is a webhook path with its query, relative to PUBLIC_URL.
func path(p string, q url.Values) string {
	if len(q) == 0 {
		return p
	}
	return p + "?" + q.Encode()
}

func turnQuery(turn int, extra ...string) url.Values {
	q := url.Values{"turn": {strconv.Itoa(turn)}}
	for i := 0; i+1 < len(extra); i += 2 {
		q.Set(extra[i], extra[i+1])
	}
	return q
}
