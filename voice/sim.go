package voice

import (
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/twiliosig"
	"github.com/clubnight/clubnight/web"
)

// SimCallPath is the practice phone's call: the page at /sim sends what the
// caller says or presses, and gets back what Clubnight says, through the
// very webhooks Twilio calls. Served only when texts go to the simulator.
const SimCallPath = "/sim/api/call"

// RegisterSim adds the practice call to the simulator, behind guard (nil:
// open, as the simulator itself is). It does nothing when Twilio is on.
func (s *Service) RegisterSim(mux *http.ServeMux, guard func(http.Handler) http.Handler) {
	if !s.sms.Simulated() {
		return
	}
	if guard == nil {
		guard = func(h http.Handler) http.Handler { return h }
	}
	mux.Handle("POST "+SimCallPath, guard(http.HandlerFunc(s.simCall)))
}

// simTurn is one turn of a practice call, as the page sends it.
type simTurn struct {
	Person     string  `json:"person"`
	Call       string  `json:"call"` // "" starts a call
	Next       string  `json:"next"` // where the last answer said to go
	Speech     string  `json:"speech"`
	Confidence float64 `json:"confidence"`
	Digits     string  `json:"digits"`
}

// simHeard is Clubnight's answer, as the page gets it.
type simHeard struct {
	Call  string `json:"call"`
	Said  string `json:"said"`
	Next  string `json:"next,omitempty"`
	Ended bool   `json:"ended"`
}

func (s *Service) simCall(w http.ResponseWriter, r *http.Request) {
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		web.WriteJSON(w, http.StatusUnsupportedMediaType, map[string]string{"error": "Please send JSON."})
		return
	}
	var in simTurn
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 16<<10)).Decode(&in); err != nil {
		web.WriteJSON(w, http.StatusBadRequest, map[string]string{"error": "We could not read that."})
		return
	}
	n, ok, _ := s.liveNight(r.Context())
	if !ok {
		web.WriteJSON(w, http.StatusNotFound, map[string]string{"error": "There is no club night on just now."})
		return
	}
	p, ok := n.Person(in.Person)
	if !ok || p.Phone == "" {
		web.WriteJSON(w, http.StatusNotFound, map[string]string{"error": "Please choose a person with a phone number."})
		return
	}
	form := url.Values{"CallSid": {in.Call}, "From": {p.Phone}, "To": {s.cfg.TwilioFrom}, "Direction": {"inbound"}}
	target := InboundPath
	if in.Call == "" {
		form.Set("CallSid", "CAsim"+hub.NewID())
	} else {
		if !strings.HasPrefix(in.Next, GatherPath+"?turn=") {
			web.WriteJSON(w, http.StatusBadRequest, map[string]string{"error": "That call has ended. Please call again."})
			return
		}
		target = in.Next
		if d := strings.TrimSpace(in.Digits); d != "" {
			form.Set("Digits", d)
		}
		if sp := strings.TrimSpace(in.Speech); sp != "" {
			form.Set("SpeechResult", sp)
			form.Set("Confidence", strconv.FormatFloat(in.Confidence, 'f', 4, 64))
		}
	}
	req := httptest.NewRequestWithContext(r.Context(), http.MethodPost, target, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if tok := s.cfg.TwilioAuthToken; tok != "" {
		req.Header.Set("X-Twilio-Signature", twiliosig.Sign(tok, s.url(target), form))
	}
	rec := httptest.NewRecorder()
	if target == InboundPath {
		s.serveInbound(rec, req)
	} else {
		s.serveGather(rec, req)
	}
	if rec.Code != http.StatusOK {
		web.WriteJSON(w, http.StatusServiceUnavailable, map[string]string{"error": "The call did not work. Please try again."})
		return
	}
	out := s.simRead(rec.Body.String())
	out.Call = form.Get("CallSid")
	web.WriteJSON(w, http.StatusOK, out)
}

// simRead turns TwiML into what the page shows and reads aloud.
func (s *Service) simRead(doc string) simHeard {
	var root struct {
		Kids []simNode `xml:",any"`
	}
	var out simHeard
	if xml.Unmarshal([]byte(doc), &root) != nil {
		return simHeard{Said: sorryLine, Ended: true}
	}
	var said []string
	var walk func([]simNode)
	walk = func(nodes []simNode) {
		for _, k := range nodes {
			switch k.XMLName.Local {
			case "Say":
				said = append(said, strings.TrimSpace(k.Text))
			case "Gather":
				if out.Next == "" {
					out.Next = strings.TrimPrefix(k.Action, s.cfg.PublicURL)
				}
			case "Hangup":
				out.Ended = true
			}
			walk(k.Kids)
		}
	}
	walk(root.Kids)
	out.Said = strings.Join(said, " ")
	if out.Next == "" {
		out.Ended = true
	}
	return out
}

type simNode struct {
	XMLName xml.Name
	Action  string    `xml:"action,attr"`
	Text    string    `xml:",chardata"`
	Kids    []simNode `xml:",any"`
}
