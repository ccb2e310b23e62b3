package understand

import "github.com/clubnight/clubnight/night"

// statusStop are words of a question that never name a timeline item.
var statusStop = set("what", "time", "when", "is", "does", "do", "start", "starts", "begin", "the", "a",
	"at", "on", "it", "we", "next", "how", "long", "till", "until", "and", "up", "of", "to", "sets", "set",
	"are", "will", "be", "get", "i", "you", "there", "this", "that", "now", "today", "tonight", "happen",
	"happening", "going", "again", "after", "before", "for", "my", "me")

// selfWords make a question about the sender's own slot: "when am I on".
var selfWords = set("i", "my", "me")

// itemInfo is what a timeline item's title says.
type itemInfo struct {
	item night.TimelineItem
	keys []string // stems that name it
}

func newItemInfo(it night.TimelineItem) itemInfo {
	info := itemInfo{item: it}
	for _, t := range titleTokens(it.Title) {
		if !statusStop[t.w] && t.num == 0 {
			info.keys = append(info.keys, stem(t.w))
		}
	}
	return info
}

// words returns the item's keywords; they are misspelling targets.
func (i itemInfo) words() []string { return i.keys }

// timelineItem finds the timeline item a question names: "when is the
// raffle", "what time do doors open", "when am I on" (the sender's own DJ
// slot). Between equals the next one after Now wins.
func (a *analysis) timelineItem() *night.TimelineItem {
	df := map[string]float64{}
	for _, it := range a.v.items {
		for _, k := range it.keys {
			df[k]++
		}
	}
	self := ""
	if len(a.words(selfWords)) > 0 {
		if p, ok := a.n.Person(a.sender); ok {
			if toks := titleTokens(p.Name); len(toks) > 0 {
				self = stem(toks[0].w)
			}
		}
	}
	var best []int
	bestScore := 0.0
	for n, it := range a.v.items {
		score := 0.0
		for _, k := range it.keys {
			if k == self {
				score += 0.5 / df[k]
				continue
			}
			for i := range a.t {
				if !a.social[i] && !statusStop[a.w(i)] && a.t[i].num == 0 && sameStem(stem(a.w(i)), k) {
					score += 1 / df[k]
					break
				}
			}
		}
		switch {
		case score <= 0:
		case score > bestScore+1e-9:
			best, bestScore = []int{n}, score
		case score > bestScore-1e-9:
			best = append(best, n)
		}
	}
	if len(best) == 0 {
		return nil
	}
	pick := best[0]
	if a.ctx.Now != "" {
		pick = best[len(best)-1]
		for _, n := range best {
			if a.v.items[n].item.At > a.ctx.Now {
				pick = n
				break
			}
		}
	}
	it := a.v.items[pick].item
	return &it
}
