package understand_test

import "testing"

const lanternPlan = `{"id":"l1","title":"Lantern Night","people":[
 {"id":"tom","name":"Tom","phone":"+447700904850","roles":["committee"]},
 {"id":"jo","name":"Jo","phone":"+447700904851","roles":["committee"]}],
"jobs":[
 {"id":"lanterns","title":"Put out the lanterns","phase":"setup","who":["tom"]},
 {"id":"bunting","title":"Put up the bunting","phase":"setup","who":["tom"]},
 {"id":"lanternsdown","title":"Pack away the lanterns","phase":"close","who":["jo"]}],
"timeline":[{"at":"19:00","title":"Doors open"}],"rides":[]}`

// TestUnderstand_PackedAwayIsNotPutOut: things put in a box, a bag or back
// are packed away, the opposite of a job that puts them out or up, so that
// job is not ticked. Put out, on the tables or up, it is; and a pack-away
// job is still done by packing away.
func TestUnderstand_PackedAwayIsNotPutOut(t *testing.T) {
	checkOn(t, planNight(t, lanternPlan), "19:30", []readCase{
		{"tom", "i put the lanterns in the box", "!done"},
		{"tom", "put the bunting back in the bag", "!done"},
		{"tom", "i put the lanterns out", "done:lanterns"},
		{"tom", "put all the lanterns on the tables", "done:lanterns"},
		{"tom", "put the bunting up", "done:bunting"},
		{"jo", "put the lanterns away in the box", "done:lanternsdown"},
	})
}
