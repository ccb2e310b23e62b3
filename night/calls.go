package night

// CallRules are a person's wishes about phone calls from Clubnight, set in
// the plan. They are separate from texts: opting out of texts (STOP) does
// not stop calls, and a person who may not be called still gets texts.
type CallRules struct {
	// MayCall lets Clubnight ring them when a problem nobody has taken
	// needs them. Off unless the plan says so: nobody is rung by surprise.
	MayCall bool `json:"may_call,omitempty"`
	// CallFrom and CallTo (HH:MM, the venue's time) bound when they may be
	// rung: from CallFrom up to, not including, CallTo. A window may run
	// past midnight (22:00 to 01:00). Both empty means any time.
	CallFrom string `json:"call_from,omitempty"`
	CallTo   string `json:"call_to,omitempty"`
}

// problems lists what is wrong with the rules of a person whose number is
// phone, in the plan's words.
func (c CallRules) problems(phone string) []string {
	var out []string
	if c.CallFrom != "" && !ValidTime(c.CallFrom) {
		out = append(out, "call_from "+quote(c.CallFrom)+" must be HH:MM")
	}
	if c.CallTo != "" && !ValidTime(c.CallTo) {
		out = append(out, "call_to "+quote(c.CallTo)+" must be HH:MM")
	}
	switch {
	case (c.CallFrom == "") != (c.CallTo == ""):
		out = append(out, "set both call_from and call_to, or neither")
	case c.CallFrom != "" && c.CallFrom == c.CallTo:
		out = append(out, "call_from and call_to are the same time")
	}
	if c.MayCall && phone == "" {
		out = append(out, "may_call needs a phone number")
	}
	return out
}

// Callable reports whether p may be rung at hhmm (the venue's time,
// HH:MM): they said yes in the plan, have a number, and it is inside
// their window.
func (p *Person) Callable(hhmm string) bool {
	if !p.MayCall || p.Phone == "" {
		return false
	}
	from, to := p.CallFrom, p.CallTo
	if from == "" || to == "" {
		return true
	}
	if from < to {
		return hhmm >= from && hhmm < to
	}
	return hhmm >= from || hhmm < to // past midnight
}

func quote(s string) string { return `"` + s + `"` }
