package understand_test

import "testing"

// gooPlan is a made-up slime and crafts night for the mends of rounds L
// to O: two jobs on one table, a song job beside a job named like a
// song, a game named like a costume, an oven, and a knitting corner.
const gooPlan = `{"id":"fixq","title":"Goo Night","venue":"Brook Hall, Canal Street","people":[
 {"id":"ivy","name":"Ivy","phone":"+447700904951","roles":["committee"]},
 {"id":"leo","name":"Leo","phone":"+447700904952","roles":["committee"]},
 {"id":"mo","name":"Mo","phone":"+447700904953","roles":["committee"]},
 {"id":"kat","name":"Kat","phone":"+447700904954","roles":["volunteer"]},
 {"id":"bev","name":"Bev","phone":"+447700904955","roles":["staff","first aid"]}],
"jobs":[
 {"id":"goo","title":"Set up the goo table","phase":"setup","who":["ivy"]},
 {"id":"oven","title":"Light the pizza oven","phase":"setup","who":["leo"]},
 {"id":"knit","title":"Set out the knitting corner","phase":"setup","who":["kat"]},
 {"id":"briefing","title":"Give the team briefing","phase":"setup","who":["bev"]},
 {"id":"songs","title":"Play the party songs","phase":"during","who":["mo"]},
 {"id":"dino","title":"Set up the dinosaur corner","phase":"during","who":["kat"]},
 {"id":"robot","title":"Run the robot dance game","phase":"during","who":["leo"]},
 {"id":"clean","title":"Clean up the goo table","phase":"close","who":["ivy","mo"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"21:30","title":"Home time"}],
"rides":[{"id":"r1","name":"Nell","pickup":"taxi","at":"21:30","note":"Star Cars"}]}`

// TestUnderstand_RoundsLtoOMends: the wrongs and misses of rounds L to O,
// each with a near miss that keeps its reading.
func TestUnderstand_RoundsLtoOMends(t *testing.T) {
	checkOn(t, planNight(t, gooPlan), "19:30", []readCase{
		// A thing's temperature is no fever.
		{"leo", "pizza ovens lit and up to temperature 👍", "done:oven"},
		{"leo", "the water is the right temperature now", "!problem"},
		{"ivy", "a lad has got a high temperature and feels hot", "problem:unwell"},
		// What the team knows is no news of trouble.
		{"bev", "briefing done, everyone knows where the fire exits are and who to go to for first aid", "done:briefing"},
		{"bev", "briefing done, a lad by the door needs first aid", "problem:unwell"},
		// Trouble waved away with "but its done".
		{"ivy", "goo table cleaned. still a bit sticky but its done", "done:clean"},
		{"ivy", "goo all over the floor by the door", "problem:spill"},
		// Finding out is learning, not looking for someone.
		{"kat", "nells dad asked if we do a summer one, i said id find out", ""},
		{"kat", "cant find nell anywhere", "problem:missing"},
		// Going home, said as what follows from a lift outside.
		{"mo", "thanks all i had the best time doin the songs my mum is outside so im going home see u next month", "leaving"},
		{"mo", "doin the party songs now", "doing:songs"},
		// A song's name is not the job it sounds like.
		{"mo", "thats my party songs dun last 1 was the dinosaur song", "done:songs"},
		{"kat", "dinosaur corner dun", "done:dino"},
		// A likeness is not the game.
		{"ivy", "lol leo is dancing like a real robot 😂", ""},
		{"leo", "robot dance game dun", "done:robot"},
		// A harm denied leaves the broken thing.
		{"kat", "the goo table leg has snapped, nobody hurt", "problem:other"},
		{"kat", "nobody hurt, all fine here", ""},
		// "oh no" is dismay, not a denial.
		{"mo", "oh no the music has cut out again", "problem:music"},
		{"mo", "no the music is fine", ""},
		// Near misses from review: a person's trouble is never waved
		// away, and what someone knows of an accident is still news.
		{"ivy", "goo table cleaned, a lad slipped and hurt his back but its done", "problem:unwell"},
		{"ivy", "goo table cleaned, a lad has gone missing but its done", "problem:missing"},
		{"kat", "i dont know how it happened but mo has cut her hand badly", "problem:unwell"},
		{"kat", "i explained how the lad got hurt and he is bleeding a lot", "problem:unwell"},
		{"bev", "i know who started the fight", "!done"},
		{"bev", "i know who started the fight", "!doing"},
		{"bev", "she has got the temperature and feels sick", "problem:unwell"},
		{"leo", "the goo table has collapsed on a lads foot", "problem:any"},
		// Staying to help offers help; asking for it is a problem, never
		// held back.
		{"mo", "im not leavin yet ill stay n help", ""},
		{"mo", "can sum1 stay and help me pls", "problem:other"},
		{"mo", "can someone help me at the goo table pls", "problem:other"},
		// A silent k, put back from the dictionary, before a far guess
		// at a denial.
		{"kat", "sumones left a coat and a nitting bag by the door", "problem:lost"},
	})
}
