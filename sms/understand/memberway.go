package understand

// memberOnWay reports news that another of the team is on their way or
// running late: "dan says hes runnin late", "hope is on her way", "dans
// mum rang hes running late". The
// team member is not here yet, and no guest, ride or job is spoken of:
// nothing on the night changes.
func (a *analysis) memberOnWay() bool {
	c := a.content()
	if len(c) == 0 || a.asking() || a.guestNamed() != nil || a.name(c[0]).person == "" || a.name(c[0]).person == a.sender {
		return false
	}
	// "cara's mum says she'll be late", "he missed the bus": a messenger,
	// or their own journey, is no guest's lift.
	lifts := a.drop(a.words(pickupWords), func(i int) bool { return a.teamMessenger(i) || publicTransport[a.w(i)] })
	if !a.has(memberComing) || len(lifts) > 0 || len(a.words(taxiWords)) > 0 || len(a.jobRefs("").nums) > 0 {
		return false
	}
	return len(a.problemHits()) == 0 || a.onlyTaxiHits()
}

// memberComing say someone is coming but not here yet.
var memberComing = ph("running late", "is late", "be late", "be a bit late", "on her way", "on his way",
	"on their way", "on the way", "be there soon", "be here soon", "stuck in traffic")
