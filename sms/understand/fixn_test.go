package understand_test

import "testing"

// fixnFoamPlan is a foam party whose jobs share their things: towels put
// out and wet towels collected, mats laid and mats rolled up, a sock
// table set out.
const fixnFoamPlan = `{"id":"fn","title":"Foam Party","venue":"Brook Hall","people":[
 {"id":"ada","name":"Ada","phone":"+447700910101","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700910102","roles":["committee"]},
 {"id":"kit","name":"Kit","phone":"+447700910103","roles":["committee"]},
 {"id":"will","name":"Will","phone":"+447700910104","roles":["committee"]},
 {"id":"lou","name":"Lou","phone":"+447700910105","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700910106","roles":["staff","first aid"]}],
"jobs":[
 {"id":"towels","title":"Put out the towels","phase":"setup","who":["hope"]},
 {"id":"mats","title":"Lay out the soft mats","phase":"setup","who":["will"]},
 {"id":"socks","title":"Set up the sock puppet table","phase":"setup","who":["lou"]},
 {"id":"booth","title":"Put up the puppet booth","phase":"setup","who":["kit"]},
 {"id":"briefing","title":"Give the team briefing","phase":"briefing","who":["pat"]},
 {"id":"welcome","title":"Welcome guests at the door","phase":"during","who":["kit"]},
 {"id":"dj","title":"Play the music","phase":"during","who":["ada"]},
 {"id":"boothdown","title":"Take down the puppet booth","phase":"close","who":["kit"]},
 {"id":"matsup","title":"Roll up the mats","phase":"close","who":["will"]},
 {"id":"wet","title":"Collect the wet towels","phase":"close","who":["ada","hope"]},
 {"id":"tidy","title":"Collect the light sticks and tidy up","phase":"close","who":["kit"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"22:00","title":"Home time"}],
"rides":[{"id":"r1","name":"Gemma","pickup":"taxi","at":"22:00","note":"Star Cars"}]}`

// TestUnderstand_TheVerbSaysWhichOfOneThing: of two jobs on the same
// things, the one whose own verb and little word the text says, even when
// the other is the sender's: "put the towels out for hope" is "Put out
// the towels", not the sender's "Collect the wet towels".
func TestUnderstand_TheVerbSaysWhichOfOneThing(t *testing.T) {
	checkOn(t, planNight(t, fixnFoamPlan), "18:30", []readCase{
		{"ada", "i put all the towels out for hope on the chairs", "done:towels"},
		// near misses
		{"ada", "collected all the towels", "done:wet"},
		{"hope", "towels out", "done:towels"},
	})
}

// TestUnderstand_LaidThingsAreDown: "mats all down" for "Lay out the soft
// mats" is the mats laid, not packed down at the close (whose title says
// "up").
func TestUnderstand_LaidThingsAreDown(t *testing.T) {
	checkOn(t, planNight(t, fixnFoamPlan), "18:30", []readCase{
		{"will", "mats all down", "done:mats"},
		{"will", "soft mats r down now", "done:mats"},
		// near misses
		{"will", "mats all rolled up", "done:matsup"},
		{"kit", "booth taken down", "done:boothdown"},
		{"kit", "puppet booth all bilt", "done:booth"},
	})
}

// TestUnderstand_ThingsOnADoneTable: "table all set out, glue and felt are
// on it" is the job done; "on it" says what is on the table.
func TestUnderstand_ThingsOnADoneTable(t *testing.T) {
	checkOn(t, planNight(t, fixnFoamPlan), "18:30", []readCase{
		{"lou", "sock puppet table is all set out, glue sticks and felt are on it", "done:socks"},
		// near misses
		{"lou", "sock table, im on it", "doing:socks"},
	})
}

// TestUnderstand_OffDutyAndGoingHome: "so i can come off the door" is no
// offer to help; "packed my decks, off home now" is the sender going.
func TestUnderstand_OffDutyAndGoingHome(t *testing.T) {
	checkOn(t, planNight(t, fixnFoamPlan), "21:00", []readCase{
		{"kit", "all the guests r in now so i can come off the door", "!doing:welcome"},
		// near misses
		{"kit", "on the door now", "doing:welcome"},
	})
	checkOn(t, planNight(t, fixnFoamPlan), "22:30", []readCase{
		{"ada", "packed my decks, off home now. great night", "leaving"},
		{"ada", "music done off home now", "leaving"},
		// near misses
		{"ada", "the guests are off home now", "!leaving"},
	})
}

// TestUnderstand_NotAProblemAfterAll: the lights off told of how things
// look, help someone will give later, shaking told with crying, and a
// bag no one has claimed.
func TestUnderstand_NotAProblemAfterAll(t *testing.T) {
	checkOn(t, planNight(t, fixnFoamPlan), "20:00", []readCase{
		{"hope", "the towels look amazing with the lights off 😍", "none"},
		{"lou", "Will is going to help me with the tidy up later", "!problem:other"},
		{"hope", "one of the ladies is really upset she is shaking and wont stop crying", "problem:upset"},
		{"kit", "found a pink handbag under a chair no ones claimed it", "problem:lost"},
		{"pat", "Briefing done, everyone knows to walk not run on the mats", "done:briefing"},
		{"will", "someone nocked a cup of cola over by the dj", "problem:spill"},
		// near misses
		{"hope", "lights off in the hall help", "problem:other"},
		{"lou", "can someone help me", "problem:other"},
		{"hope", "she is shaking and feels sick", "problem:unwell"},
		{"pat", "briefing not done yet", "none"},
	})
}

// TestUnderstand_StateOfTheSecondVerb: "the hall is tidy" is the state
// "tidy up" leaves things in, though it is the second verb of "Collect
// the light sticks and tidy up".
func TestUnderstand_StateOfTheSecondVerb(t *testing.T) {
	checkOn(t, planNight(t, fixnFoamPlan), "22:15", []readCase{
		{"kit", "all the light sticks are back in the box and the hall is tidy", "done:tidy"},
		// near misses
		{"kit", "the hall is not tidy yet", "!done:tidy"},
		{"kit", "collecting the light sticks", "doing:tidy"},
	})
}

// fixnGolfPlan is a crazy golf night: holes set out and packed away, a
// taxi for a guest, laser guns checked.
const fixnGolfPlan = `{"id":"fg","title":"Crazy Golf","venue":"Oak Hall","people":[
 {"id":"will","name":"Will","phone":"+447700910201","roles":["committee"]},
 {"id":"dan","name":"Dan","phone":"+447700910202","roles":["committee"]},
 {"id":"rose","name":"Rose","phone":"+447700910203","roles":["committee"]},
 {"id":"kerry","name":"Kerry","phone":"+447700910204","roles":["staff","first aid"]}],
"jobs":[
 {"id":"course","title":"Set out the nine golf holes","phase":"setup","who":["will"]},
 {"id":"guns","title":"Check the laser guns","phase":"setup","who":["dan"]},
 {"id":"music","title":"Set up the music","phase":"setup","who":["rose"]},
 {"id":"packaway","title":"Pack away the golf holes","phase":"close","who":["will","dan"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"22:00","title":"Home time"}],
"rides":[{"id":"x1","name":"Shona","pickup":"taxi","at":"22:00","note":"Star Cars"}]}`

// TestUnderstand_NoTroubleInIt: words of trouble that are not trouble
// here: guns that fire, a "because he was stuck" that tells why, help
// someone says they will give, a hole in one.
func TestUnderstand_NoTroubleInIt(t *testing.T) {
	checkOn(t, planNight(t, fixnGolfPlan), "19:30", []readCase{
		{"dan", "checked all the guns they all fire ok", "done:guns"},
		{"will", "i set up the music for rose cos she was stuck on the bus its all plugged in", "done:music"},
		{"kerry", "will said hes gonna help rose with the music later", "!problem:music"},
		{"will", "i got a hole in 1!!!!", "none"},
		// near misses
		{"dan", "the fire alarm is going off", "problem:other"},
		{"rose", "im stuck in the toilet", "problem:other"},
		{"rose", "can someone help with the music its stopped", "problem:music"},
		{"will", "golf holes all set out", "done:course"},
	})
}

// TestUnderstand_WhichTroubleItIs: lights gone off where the ladies are is
// the lights, not ladies gone; a box fell apart is no one hurt; a guest
// who wants to go home because her taxi has not come is the taxi.
func TestUnderstand_WhichTroubleItIs(t *testing.T) {
	checkOn(t, planNight(t, fixnGolfPlan), "22:10", []readCase{
		{"rose", "the lights in the ladies toilets have gone off", "problem:other"},
		{"will", "one of the boxes on hole 7 has fell apart and the tunnel is squashed", "problem:other"},
		{"kerry", "the star cars taxi for shona still hasnt come its gone quarter past and she wants to go home can sum1 ring them", "problem:taxi"},
		// near misses
		{"rose", "the ladies have gone off and we cant find them", "problem:missing"},
		{"will", "a lady fell over on hole 3 her knee is bleeding", "problem:unwell"},
		{"kerry", "shona is crying and shaking her taxi is late", "problem:upset"},
	})
}

// TestUnderstand_BriefingNewsAfterDone: a briefing done and what everyone
// now knows, "no" written for "know" included, is the briefing done; the
// "if there's a problem" in it tells what to do, not that there is one.
func TestUnderstand_BriefingNewsAfterDone(t *testing.T) {
	checkOn(t, planNight(t, fixnFoamPlan), "18:45", []readCase{
		{"pat", "Briefing done, everyone knows where the first aid kit is and who to tell if there's a problem", "done:briefing"},
		{"pat", "briefing finnished they all no the rules now", "done:briefing"},
		// near misses
		{"pat", "tell me if there's a problem", "none"},
		{"pat", "no the briefing is not done", "none"},
		{"ada", "drink knocked over but i wiped it", "none"},
	})
}

// TestUnderstand_AnyoneKnowWhere: "X isn't in the hall, does anyone know
// where he went?" seeks a guest, as "has anyone seen X" does.
func TestUnderstand_AnyoneKnowWhere(t *testing.T) {
	checkOn(t, planNight(t, fixnFoamPlan), "20:00", []readCase{
		{"pat", "Callum isn't in the hall or the toilets, does anyone know where he went?", "problem:missing"},
		// near misses
		{"pat", "does anyone know where the mop is", "!problem:missing"},
	})
}

// fixnBouncePlan is a bounce night: nets checked, a shoes area, pots
// made for the guests, seeing guests off home.
const fixnBouncePlan = `{"id":"fb","title":"Bounce Night","venue":"Elm Hall","people":[
 {"id":"nadia","name":"Nadia","phone":"+447700910301","roles":["committee"]},
 {"id":"louise","name":"Louise","phone":"+447700910302","roles":["committee"]},
 {"id":"rory","name":"Rory","phone":"+447700910303","roles":["committee"]},
 {"id":"bev","name":"Bev","phone":"+447700910304","roles":["staff","first aid"]},
 {"id":"mel","name":"Mel","phone":"+447700910305","roles":["committee"]}],
"jobs":[
 {"id":"nets","title":"Check the trampoline nets","phase":"setup","who":["nadia"]},
 {"id":"shoedesk","title":"Look after the shoes desk","phase":"during","who":["louise"]},
 {"id":"floss","title":"Make candy floss for the guests","phase":"during","who":["rory"]},
 {"id":"potsrack","title":"Put the pots on the drying rack","phase":"during","who":["rory"]},
 {"id":"seeoff","title":"See guests off home","phase":"close","who":["bev"]},
 {"id":"home","title":"Help people get home","phase":"close","who":["mel"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"22:00","title":"Home time"}],
"rides":[{"id":"x1","name":"Tariq","pickup":"taxi","at":"22:00","note":"Star Cars"}]}`

// TestUnderstand_HomeTimeAndChecks: seeing guests off said in the past,
// the guests gone home told by who sees them off, helping people get home
// under way, a check with nothing found, shoes given back, one pot made.
func TestUnderstand_HomeTimeAndChecks(t *testing.T) {
	checkOn(t, planNight(t, fixnBouncePlan), "22:10", []readCase{
		{"bev", "seen off all the guests 👋 x", "done:seeoff"},
		{"bev", "All our guests have gone home safe, that's home time done", "done:seeoff"},
		{"mel", "Helping people get home now, first ones are going out to the cars", "doing:home"},
		{"nadia", "checked all the nets, no holes, they're fine", "done:nets"},
		{"louise", "i dun the shoes desk all the shoes gon back to ppl", "!problem:lost"},
		{"rory", "i made a pot like a cat lol", "!done:potsrack"},
		// near misses
		{"mel", "done helping people get home", "done:home"},
		{"mel", "im going home now bye", "leaving"},
		{"nadia", "no nets checked yet", "!done:nets"},
		{"louise", "someones shoes have gone, cant find them", "problem:lost"},
		{"rory", "pots all on the rack", "done:potsrack"},
	})
}

// TestUnderstand_DiscoSoundAndTimes: the disco itself stopped or gone
// quiet is the music (its lights are not); "can hear nothing" is the
// sound; "half 6" is a time, not half done; someone "stuck the paper up".
func TestUnderstand_DiscoSoundAndTimes(t *testing.T) {
	checkOn(t, planNight(t, fixnFoamPlan), "19:30", []readCase{
		{"kit", "danny sez the disco has stopped werkin", "problem:music"},
		{"kit", "transmitter has gone off, nobody can hear nothing!!", "problem:music"},
		{"pat", "Briefing done, everyone knows what they're doing. Doors open at half 6.", "done:briefing"},
		{"kit", "me n lou stuck the booth signs up its massive", "!problem:other"},
		// near misses
		{"kit", "the disco lights have broken", "problem:other"},
		{"pat", "briefing half done", "!done:briefing"},
		{"lou", "lou is stuck in the toilet", "problem:other"},
	})
}
