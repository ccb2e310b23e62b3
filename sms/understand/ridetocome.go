package understand

// News that a guest's ride will come ("graces mum is coming at quarter
// past nine", "rubys nan is on her way", "pippas dad might pick her up,
// will let u know") changes nothing: nobody has gone yet and nothing is
// late. It needs no person to read it either; the team is told nothing
// new. Words that pass on what someone said ("told", "asked") stay with a
// person, who can tell whether it is news of a ride come.

// rideToCome reports such news about the guest the text names: words of
// a ride still to come, none of it gone, come or late, and nobody told.
func (a *analysis) rideToCome() bool {
	r := a.guestNamed()
	if r == nil || !a.comingNotTold() || a.pickupCame() || len(a.lateIdx()) > 0 || a.matchNotNegated(rideGone) {
		return false
	}
	if len(r.At) == 5 && len(a.ctx.Now) == 5 && a.ctx.Now > r.At {
		return false // past the pickup time, "is coming" may be news of a late ride
	}
	return len(a.problemHits()) == 0 || a.onlyTaxiHits()
}

// comingNotTold reports words of a ride still to come, and none passing
// on what someone was told or asked, nor a "but" that may turn the news
// ("her taxi is coming at 9 but its 9.40 now").
func (a *analysis) comingNotTold() bool {
	return a.has(rideComing) && !a.has(rideTold) && !a.hasWord("but")
}

// rideComing say a ride will come, later or soon.
var rideComing = ph("is coming", "coming at", "coming for", "coming later", "comes at", "coming to get",
	"will come", "to come", "will be", "will pick", "will collect", "is picking", "is collecting",
	"might pick", "may pick", "might collect", "might come", "may come", "might go with", "is due", "due at", "not due",
	"on her way", "on his way", "on their way", "on the way", "on its way", "will let you know")

// rideTold pass on what someone said: a person reads those.
var rideTold = ph("told", "asked", "tell", "telling", "said to", "ask")

// onlyTaxiHits reports that every problem word is of a ride (a taxi
// named), which news of a ride to come holds without any trouble.
func (a *analysis) onlyTaxiHits() bool {
	for _, h := range a.problemHits() {
		if h.kind != "taxi" {
			return false
		}
	}
	return true
}
