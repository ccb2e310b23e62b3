package understand_test

import "testing"

// seasidePlan is a made-up seaside disco for the problems and the chat
// that must change nothing: a first aider, a DJ, a door, rides by taxi
// and by parents, and names that are words (Ray, Will).
const seasidePlan = `{"id":"f1","title":"Seaside Disco","venue":"Bay Road Pavilion","people":[
 {"id":"pat","name":"Pat","phone":"+447700904301","roles":["committee"]},
 {"id":"rosa","name":"Rosa","phone":"+447700904302","roles":["committee"]},
 {"id":"omar","name":"Omar","phone":"+447700904303","roles":["committee"]},
 {"id":"finn","name":"Finn","phone":"+447700904304","roles":["volunteer"]},
 {"id":"jade","name":"Jade","phone":"+447700904305","roles":["committee"]},
 {"id":"ray","name":"Ray","phone":"+447700904306","roles":["member"]},
 {"id":"will","name":"Will","phone":"+447700904307","roles":["member"]}],
"jobs":[
 {"id":"brief","title":"Give the team briefing","phase":"setup","who":["pat"]},
 {"id":"door","title":"Welcome people at the door","phase":"during","who":["rosa"]},
 {"id":"dj","title":"Play the music","phase":"during","who":["omar"]},
 {"id":"snacks","title":"Serve the snacks","phase":"during","who":["jade"]},
 {"id":"tidy","title":"Tidy the hall","phase":"close","who":["finn","pat"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"20:00","title":"Limbo contest"},{"at":"21:30","title":"Home time"}],
"rides":[
 {"id":"s1","name":"Nina","pickup":"taxi","at":"21:30","note":"Star Cars"},
 {"id":"s2","name":"Leon","pickup":"taxi","at":"21:45","note":"Bay Taxis"},
 {"id":"s3","name":"Bella","pickup":"parent","at":"21:30","note":"Dad collects"}]}`

// checkSeaside reads each case on a fresh seaside night at half seven.
func checkSeaside(t *testing.T, cases []readCase) {
	t.Helper()
	checkOn(t, planNight(t, seasidePlan), "19:30", cases)
}

// TestUnderstand_OnFirstAidIsADuty: "on first aid" says who has the duty
// ("who's on first aid", "rosa is on first aid tonight"); nobody is hurt.
// Asked for, first aid is still someone hurt.
func TestUnderstand_OnFirstAidIsADuty(t *testing.T) {
	checkSeaside(t, []readCase{
		{"pat", "Team talk done, everyone knows the fire exits and who's on first aid.", "!problem"},
		{"jade", "rosa is on first aid tonight and finn is on the door", "!problem"},
		{"omar", "whos on first aid 2nite", "!problem"},
		{"finn", "im on first aid till 9 then jade is", "!problem"},
		// still someone hurt
		{"rosa", "ray fell over he needs first aid", "problem:unwell"},
		{"finn", "need first aid in the toilets quick", "problem:unwell"},
		{"jade", "can someone on first aid come to the bar now, nina cut her hand", "problem:unwell"},
	})
}

// TestUnderstand_NearlyHitIsNoInjury: a thing that fell and only nearly
// hit someone is a thing fallen (problem:other), not someone hurt nor a
// fight. A thing that did hit someone is still someone hurt.
func TestUnderstand_NearlyHitIsNoInjury(t *testing.T) {
	checkSeaside(t, []readCase{
		{"pat", "the photo wall has fallen over nearly hit sum1", "problem:other"},
		{"jade", "the big clock fell off the wall and almost hit someone", "problem:other"},
		{"finn", "a shelf has fallen off the wall nearly hit ray", "problem:other?"},
		// still someone hurt
		{"rosa", "the banner fell down and hit ray on the head", "problem:unwell"},
		{"omar", "the mirror fell on nina shes hurt", "problem:unwell"},
		{"jade", "ray fell over and nearly hit his head", "problem:unwell"},
	})
}

// TestUnderstand_MusicNotStoppedIsNoFault: music that has not stopped,
// or never stopped, kept going: no fault. Music that stopped, or will not
// play, still is one.
func TestUnderstand_MusicNotStoppedIsNoFault(t *testing.T) {
	checkSeaside(t, []readCase{
		{"jade", "the music hasnt stopped once tonight its well good", "!problem"},
		{"finn", "music never stopped all night every1 dancing", "!problem"},
		{"rosa", "the music didnt stop till the limbo, brilliant", "!problem"},
		// still a fault
		{"pat", "the music has stopped", "problem:music"},
		{"jade", "music stopped and the speakers not working", "problem:music"},
		{"finn", "no music in the hall", "problem:music"},
		{"rosa", "the music keeps stopping", "problem:music"},
	})
}

// TestUnderstand_LostThenFoundIsOver: a thing told lost and then found in
// the same text ("found them in my bag") is over: nothing to do. Not
// found yet, it is still lost.
func TestUnderstand_LostThenFoundIsOver(t *testing.T) {
	checkSeaside(t, []readCase{
		{"pat", "Has anyone seen my car keys? Don't worry found them in my bag", "none"},
		{"finn", "lost my phone lol nvm found it in my coat", "none"},
		{"jade", "cant find my purse... oh found it", "!problem"},
		// still lost
		{"rosa", "lost my phone havent found it yet", "problem:lost?"},
		{"omar", "nina has lost her bag, we have not found it", "problem:lost"},
		{"finn", "has anyone seen my car keys", "problem:lost"},
	})
}

// TestUnderstand_RideNotDueYetIsNoProblem: a taxi "not due till" a time
// later is not late: nothing is wrong. A taxi that is not here, or is
// late, still is a problem.
func TestUnderstand_RideNotDueYetIsNoProblem(t *testing.T) {
	checkSeaside(t, []readCase{
		{"pat", "Nina's taxi isn't due till 10 so no rush", "none"},
		{"rosa", "Leon's taxi isn't due till 9.45 so no rush with him.", "!problem"},
		{"finn", "leons cab is not due until quarter to ten", "none"},
		{"jade", "ninas taxi isnt due yet", "!problem"},
		// still a problem
		{"omar", "ninas taxi isnt here yet", "problem:taxi"},
		{"pat", "leons taxi is not here and its 10 past 10", "problem:taxi"},
		{"jade", "star cars still not come for nina", "problem:taxi"},
	})
}

// TestUnderstand_StayingToHelpIsAnOffer: staying on to help ("staying to
// help tidy") offers help; it asks for none. A call for help still is one.
func TestUnderstand_StayingToHelpIsAnOffer(t *testing.T) {
	checkSeaside(t, []readCase{
		{"pat", "Not leaving yet, staying to help tidy", "!problem"},
		{"jade", "im stopping to help finn stack the chairs", "!problem"},
		{"rosa", "ill stay to help with the tidy", "!problem"},
		// still a call for help
		{"finn", "need help at the door now", "problem:other"},
		{"omar", "can someone come and help me in the hall a man is shouting", "problem:any"},
	})
}

// TestUnderstand_WhereSpeltAsSaid: "anywere", "nowere", "sumwere" are
// anywhere, nowhere and somewhere, never "anymore": "cant find her coat
// anywere" is a thing lost.
func TestUnderstand_WhereSpeltAsSaid(t *testing.T) {
	checkSeaside(t, []readCase{
		{"pat", "lena cant find her coat anywere", "problem:lost"},
		{"rosa", "nina cant find her bag anywere", "problem:lost"},
		{"finn", "ray has lost his phone cant find it anywere", "problem:lost"},
		{"jade", "cant find ray anywere", "problem:missing"},
		// still nothing wrong
		{"omar", "is there a plug anywere near the stage", "!problem"},
	})
}

// TestUnderstand_WanderingInIsNoOneMissing: someone wandering in ("a man
// we don't know wandering in from the car park") came in: nobody is
// missing. Asking for someone to come, it is still a problem. Someone
// wandering off is still missing.
func TestUnderstand_WanderingInIsNoOneMissing(t *testing.T) {
	checkSeaside(t, []readCase{
		{"pat", "There's a man we don't know wandering in from the car park, can someone come to the door", "problem:other"},
		{"rosa", "a lady wandered into the hall from outside can someone come", "problem:other?"},
		{"finn", "a man has wandered in from the street", "!problem:missing"},
		// still missing
		{"jade", "ray has wandered off and we cant find him", "problem:missing"},
		{"omar", "nina wandered out the fire door", "problem:missing"},
	})
}
