package understand

// wandersIn reports a wandering at i that comes in: "a man wandering in
// from the car park", "someone wandered into the hall". Someone came in;
// nobody is missing (a stranger coming in may still be a problem of
// another kind).
func (a *analysis) wandersIn(i int) bool {
	return wanderWords[a.w(i)] && (a.w(i+1) == "in" || a.w(i+1) == "into")
}

var wanderWords = set("wandering", "wandered", "wanders", "wander", "wondering", "wondered")
