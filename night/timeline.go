package night

// NowAndNext returns the timeline items in force at clock time hhmm
// ("19:20") and the one after it. Before the night starts now is nil and
// next is the first item; once it is over now is the last item and next is
// nil. Times are compared as HH:MM text, so a night must not cross midnight.
func (n *Night) NowAndNext(hhmm string) (now, next *TimelineItem) {
	for i := range n.Timeline {
		if n.Timeline[i].At <= hhmm {
			now = &n.Timeline[i]
			continue
		}
		return now, &n.Timeline[i]
	}
	return now, nil
}

// WhatsNext is the item WHAT'S NEXT names: the next one, the first before
// the night starts, the last once it is over. It is nil for an empty
// timeline.
func (n *Night) WhatsNext(hhmm string) *TimelineItem {
	now, next := n.NowAndNext(hhmm)
	if next != nil {
		return next
	}
	return now
}

// OpenProblems returns problems that are not sorted, oldest first.
func (n *Night) OpenProblems() []Problem {
	var out []Problem
	for _, p := range n.Problems {
		if p.Status != Sorted {
			out = append(out, p)
		}
	}
	return out
}
