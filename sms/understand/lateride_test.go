package understand_test

import "testing"

// pierPlan is a made-up night for news of late lifts: a taxi, a parent,
// a support worker and one day centre minibus.
const pierPlan = `{
  "id": "pier", "title": "Pier Party", "date": "2027-06-05", "venue": "Pavilion Rooms",
  "people": [
    {"id": "gail", "name": "Gail", "phone": "+447700904501", "roles": ["committee"]},
    {"id": "ron",  "name": "Ron",  "phone": "+447700904502", "roles": ["committee"]},
    {"id": "viv",  "name": "Viv",  "phone": "+447700904503", "roles": ["staff", "first aid"]}
  ],
  "jobs": [
    {"id": "chairs", "title": "Put out the deck chairs", "phase": "setup", "who": ["gail"]},
    {"id": "home",   "title": "See everyone home",        "phase": "close", "who": ["ron"]}
  ],
  "timeline": [{"at": "19:00", "title": "Doors open"}, {"at": "21:30", "title": "Home time"}],
  "rides": [
    {"id": "p1", "name": "Tess",  "pickup": "taxi",           "at": "21:30", "note": "Gull Cars"},
    {"id": "p2", "name": "Ollie", "pickup": "parent",         "at": "21:30", "note": "his dad"},
    {"id": "p3", "name": "Nell",  "pickup": "support worker", "at": "21:15"},
    {"id": "p4", "name": "Kofi",  "pickup": "minibus",        "at": "21:30", "note": "Seaview day centre minibus"}
  ]
}`

// TestUnderstand_LiftSaysItIsLate: a lift that has said it will be late
// ("will be 20 mins late", "gonna be late, stuck in traffic", "stuck on
// the motorway") is a late ride, named by its guest or, for the night's
// one minibus, by "the minibus". "Might be late" is not news yet; a taxi
// late is a taxi problem, as ever; a member's own bus is no ride.
func TestUnderstand_LiftSaysItIsLate(t *testing.T) {
	n := planNight(t, pierPlan)
	checkOn(t, n, "21:00", []readCase{
		{"gail", "ollies dad rang he will be 20 mins late", "ride:p2=late"},
		{"ron", "nells support worker sed shes gona be late stuck in trafic", "ride:p3=late"},
		{"viv", "Ollie's dad just rang, he's stuck on the motorway and running about 15 minutes late", "ride:p2=late"},
		{"gail", "the minibus driver rang kofis bus is gonna be 20 mins late", "ride:p4=late"},
		{"ron", "minibus iz 15 mins late they jus rang", "ride:p4=late"},
		{"viv", "the seaview bus is running late", "ride:p4=late"},
		{"gail", "ollies dad might be late will let u know", ""},
		{"ron", "tess taxi is 15 mins late", "problem:taxi"},
		{"viv", "my bus was late", "!ride"},
		{"gail", "the minibus is here", "!ride"},
		{"ron", "the door is stuck", "problem:other"},
	})
}
