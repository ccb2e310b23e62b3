package understand

// A text that laughs or smiles and names no job, no problem and asks
// nothing ("kyle drew a bowling pin on the score sheet lol", "the singer
// gave me a rose 🌹") is chat about the night: nothing changes and nobody
// needs to read it.

// smilingChat reports a smile or a laugh in a text that names no job and
// no guest, asks nothing and denies nothing.
func (a *analysis) smilingChat() bool {
	smiles := a.laughing()
	for _, t := range a.t {
		smiles = smiles || t.w == smileMoji
	}
	if !smiles || a.asking() || len(a.jobRefs("").nums) > 0 || a.ride() != nil {
		return false
	}
	_, neg := a.negation()
	return !neg
}
