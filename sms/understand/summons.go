package understand

// A text that is only a call to come somewhere now ("come to the gazebo
// now pls!!", "al come 2 the gate now") calls someone to trouble, though
// it does not say what: the team must go and see. Anything more said
// after the call ("come to the stage now the band is on") may be an
// invitation, and is left to the other rules.

var (
	// summonsLead may stand before "come": "al come", "can u come".
	summonsLead = set("can", "could", "you", "u", "ya", "someone", "somebody", "anyone", "sum1", "please")
	// comeTo may follow "come" before where: "come to the", "come over to".
	comeTo = set("to", "2", "over", "down", "up", "round", "back", "out", "into", "in", "here", "there")
	// urgentNow say the call is for now: "now", "quick", "asap".
	urgentNow = set("now", "quick", "quickly", "asap", "urgent", "urgently", "immediately", "fast", "straight")
	// summonsTail may end the call: "now pls x", "now right away".
	summonsTail = set("now", "quick", "quickly", "asap", "urgent", "urgently", "immediately", "fast", "straight",
		"away", "right", "please", "x", "xx", "here", "pls")
)

// summons finds a text whose words are only a call to come, somewhere,
// now: a lead ("can u", a name), "come", up to four words of where, a
// word of now, and nothing after but more of the same.
func (a *analysis) summons() []int {
	c := a.content()
	k := 0
	for k < len(c) && k < 3 && a.w(c[k]) != "come" {
		if w := a.w(c[k]); !summonsLead[w] && a.name(c[k]).person == "" {
			return nil
		}
		k++
	}
	if k >= len(c) || a.w(c[k]) != "come" {
		return nil
	}
	come := k
	if k+1 >= len(c) || !comeTo[a.w(c[k+1])] {
		return nil // "come on now" urges, "come see the band now" invites
	}
	k++
	now := -1
	for ; k < len(c) && k <= come+6; k++ {
		if urgentNow[a.w(c[k])] {
			now = k
			break
		}
		if a.t[c[k]].emoji || a.t[c[k]].num > 0 {
			return nil
		}
	}
	if now < 0 {
		return nil
	}
	for _, i := range c[now+1:] {
		if !summonsTail[a.w(i)] {
			return nil
		}
	}
	return []int{c[come], c[now]}
}
