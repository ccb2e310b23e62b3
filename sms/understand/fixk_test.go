package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// fixkFetePlan is a made-up summer fete for the wrongs found on nights
// written after the rules: two jobs on one thing (the banners), a job
// whose place is a word of other news (the hall), a job named by a word
// that is also how another job's things are told apart (the judging
// tables), two halves of a DJ set, a band, a briefing, and a job of
// hanging things. Rose's name is also a word.
const fixkFetePlan = `{"id":"fk","title":"Summer Fete","venue":"Oak Lane Hall","people":[
 {"id":"amy","name":"Amy","phone":"+447700904901","roles":["committee"]},
 {"id":"rose","name":"Rose","phone":"+447700904902","roles":["committee"]},
 {"id":"gus","name":"Gus","phone":"+447700904903","roles":["committee"]},
 {"id":"dev","name":"Dev","phone":"+447700904904","roles":["committee","dj"]},
 {"id":"nia","name":"Nia","phone":"+447700904905","roles":["volunteer"]},
 {"id":"kath","name":"Kath","phone":"+447700904906","roles":["staff","first aid"]}],
"jobs":[
 {"id":"banners","title":"Put up the banners","phase":"setup","who":["amy"]},
 {"id":"tables","title":"Put out the judging tables","phase":"setup","who":["gus"]},
 {"id":"mics","title":"Set up the mics","phase":"setup","who":["dev"]},
 {"id":"streamers","title":"Hang the streamers and lanterns","phase":"setup","who":["rose","nia"]},
 {"id":"briefing","title":"Give the team briefing","phase":"briefing","who":["kath"]},
 {"id":"judging","title":"Lead the judging","phase":"during","who":["nia"]},
 {"id":"teas","title":"Run the tea hatch","phase":"during","who":["gus"]},
 {"id":"dj1","title":"DJ the first half","phase":"during","who":["dev"]},
 {"id":"dj2","title":"DJ the second half","phase":"during","who":["amy"]},
 {"id":"music","title":"Play music between the rounds","phase":"during","who":["dev"]},
 {"id":"bannersdown","title":"Take down the banners","phase":"close","who":["amy","rose"]},
 {"id":"sweep","title":"Sweep the hall","phase":"close","who":["gus","nia"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"21:00","title":"Home time"}],
"rides":[
 {"id":"f1","name":"Ollie","pickup":"taxi","at":"21:00","note":"Oak Cabs"},
 {"id":"f2","name":"Precious","pickup":"support worker","at":"21:00","note":"Val"}]}`

// TestUnderstand_PlaceOfAnotherJobsThing: "banners all up round the hall"
// tells where the banners are; the hall is no news of "Sweep the hall".
// The hall said as a job of its own still is.
func TestUnderstand_PlaceOfAnotherJobsThing(t *testing.T) {
	checkOn(t, planNight(t, fixkFetePlan), "18:30", []readCase{
		{"amy", "banners r all up round the hall", "done:banners"},
		{"rose", "me n amy put all the banners up in the hall", "done:banners"},
		// near misses
		{"gus", "hall swept", "done:sweep"},
		{"gus", "chairs stacked in the hall", "!done:banners"},
	})
}

// TestUnderstand_CountingIsNoJobNumber: numbers that count ("2 sugars")
// or run on ("tested 1 2 1 2") name no job; the job named by its words
// does. A bare number is still a job number.
func TestUnderstand_CountingIsNoJobNumber(t *testing.T) {
	checkOn(t, planNight(t, fixkFetePlan), "19:00", []readCase{
		{"dev", "mics r set up and tested 1 2 1 2 lol", "done:mics"},
		{"gus", "tea hatch open! 2 sugars anyone", "doing:teas"},
		// near misses
		{"dev", "3 done", "done:mics"},
		{"dev", "done 3", "done:mics"},
	})
}

// TestUnderstand_LeadJobByItsThing: a text that opens with a job's word
// and says it is done is the job whose thing that word is ("Lead the
// judging"), not one where it only says which things ("the judging
// tables"). Two jobs where it names no thing of either still ask.
func TestUnderstand_LeadJobByItsThing(t *testing.T) {
	checkOn(t, planNight(t, fixkFetePlan), "20:00", []readCase{
		{"nia", "judging finished!! we tasted EVERY cake lol", "done:judging"},
		{"gus", "judging tables out", "done:tables"},
		// near misses
		{"nia", "judging not finished yet", "!done"},
	})
}

// TestUnderstand_FirstHalfIsNoHalfWay: "first half finished" is the
// first half done, not a job half way through; "half done" still is.
func TestUnderstand_FirstHalfIsNoHalfWay(t *testing.T) {
	checkOn(t, planNight(t, fixkFetePlan), "20:00", []readCase{
		{"dev", "first half finished handin over to amy", "done:dj1"},
		{"dev", "the first half is done", "done:dj1"},
		// near misses
		{"rose", "streamers half done", "doing:streamers?"},
		{"rose", "streamers nearly finished", "doing:streamers?"},
	})
}

// TestUnderstand_HaveDoneBeatsHanging: "have put the streamers up" tells
// of work done, whatever "the lanterns are hanging" says of how things
// are. A job's own verb in -ing with no word of done is still under way.
func TestUnderstand_HaveDoneBeatsHanging(t *testing.T) {
	checkOn(t, planNight(t, fixkFetePlan), "18:30", []readCase{
		{"rose", "me n nia have put all the streamers up and the lanterns r hangin from the ceilin", "done:streamers"},
		// near misses
		{"rose", "hanging the streamers now", "doing:streamers"},
		{"rose", "have started the streamers", "doing:streamers"},
	})
}

// TestUnderstand_ThingsFallNotPeople: a thing told with "the" that falls
// is trouble of its own kind, not someone hurt; a person who falls is.
// "who is first aid" names a role, and "the judges seen it" no one lost.
func TestUnderstand_ThingsFallNotPeople(t *testing.T) {
	checkOn(t, planNight(t, fixkFetePlan), "19:30", []readCase{
		{"amy", "the changin room curtain has fallen down", "problem:other"},
		{"kath", "Briefing done, everyone knows where the fire exits are and who's first aid", "done:briefing"},
		{"gus", "ollie is really upset sum1 ate his cake before the judges seen it", "problem:upset"},
		// near misses
		{"amy", "the new lad has fallen down", "problem:unwell"},
		{"amy", "ollie has fallen over", "problem:unwell"},
		{"kath", "need first aid by the hall now", "problem:unwell"},
		{"gus", "has anyone seen ollie", "problem:missing"},
	})
}

// TestUnderstand_HandlingThingsIsNoFight: shoving is a fight; grabbing
// or pushing a thing is work; being pushed over is still trouble.
func TestUnderstand_HandlingThingsIsNoFight(t *testing.T) {
	checkOn(t, planNight(t, fixkFetePlan), "19:30", []readCase{
		{"gus", "2 lads shoving each other by the tea hatch", "problem:upset"},
		{"gus", "2 lads pushing each other at the front", "problem:upset"},
		{"nia", "grabbin sum blue roll for the tables", "!problem"},
		{"nia", "pushing the trolley back to the kitchen", "!problem"},
		// near misses
		{"nia", "i got pushed over by the door", "problem:upset"},
		{"nia", "a man grabbed precious", "problem:upset"},
	})
}

// TestUnderstand_HowThingsShouldBe: "meant to be quiet" and "dont worry"
// say how things should be; no fault is told. Music that stopped, however
// it is spelt, is.
func TestUnderstand_HowThingsShouldBe(t *testing.T) {
	checkOn(t, planNight(t, fixkFetePlan), "20:00", []readCase{
		{"kath", "the music is ment to be quiet for the judging so dont worry", "none"},
		{"amy", "the hats look mad tonite", "none"},
		{"nia", "i can stay late to help if kath needs me", "!problem"},
		// near misses
		{"dev", "musics stopd", "problem:music"},
		{"dev", "music is too quiet cant hear it", "problem:music"},
		{"amy", "gus is really mad at dev, shouting", "problem:upset"},
		{"nia", "help needed by the hall now", "problem:other"},
	})
}

// TestUnderstand_LookingEverywhereIsMissing: a guest gone and someone
// looking everywhere is a missing guest, not a ride gone; a guest gone
// off in their lifts is the job of seeing them home, not a fault.
func TestUnderstand_LookingEverywhereIsMissing(t *testing.T) {
	checkOn(t, planNight(t, fixkFetePlan), "21:00", []readCase{
		{"nia", "precious was in the hall now shes gone an her support worker is lookin evrywhere", "problem:missing"},
		{"kath", "Everyone's gone off in their lifts now", "!problem"},
		// near misses
		{"nia", "precious has gone with her support worker", "ride:f2=gone"},
		{"dev", "the speaker has gone off again", "problem:any"},
	})
}

// TestUnderstand_GoingOverWithTheMop: told of a spill by the bar, "going
// to the bar now with the mop" takes it on; going to the bar with no word
// of the spill does not.
func TestUnderstand_GoingOverWithTheMop(t *testing.T) {
	n := planNight(t, fixkFetePlan)
	n, ctx := WithAlertBy(t, n, "amy", "Drink spilt by the tea hatch")
	checkReading(t, n, ctx, "nia", "ok going to the tea hatch now wiv the mop", "claim")
	checkReading(t, n, ctx, "nia", "going over with the mop", "claim")
	// near misses
	checkReading(t, n, ctx, "nia", "going to the toilet", "!claim")
	checkReading(t, n, understand.Context{Now: "19:30"}, "nia", "going to the hall now", "!claim")
}

// fixkParadePlan is a made-up parade night for a word that is the thing
// of one job and only says which thing of others ("parade"), a thing with
// a name like a doing ("cut-outs"), a job that switches ends of the night
// only when the words name it alike, and guests with a minibus or a
// parent to take them home.
const fixkParadePlan = `{"id":"fk2","title":"Parade Night","venue":"Mill Street Centre","people":[
 {"id":"dan","name":"Dan","phone":"+447700904911","roles":["committee"]},
 {"id":"mark","name":"Mark","phone":"+447700904912","roles":["committee","dj"]},
 {"id":"joy","name":"Joy","phone":"+447700904913","roles":["committee"]},
 {"id":"cath","name":"Cath","phone":"+447700904914","roles":["staff","first aid"]}],
"jobs":[
 {"id":"float","title":"Decorate the parade float","phase":"setup","who":["dan"]},
 {"id":"cutouts","title":"Put up the paper cut-outs","phase":"setup","who":["joy"]},
 {"id":"sweets","title":"Run the sweets table","phase":"during","who":["joy"]},
 {"id":"music","title":"Play the parade music","phase":"during","who":["mark"]},
 {"id":"parade","title":"Lead the parade","phase":"during","who":["dan"]},
 {"id":"tidy","title":"Wipe down the tables","phase":"close","who":["joy"]},
 {"id":"kiosk","title":"Close the kiosk and cash up","phase":"close","who":["cath"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"21:00","title":"Home time"}],
"rides":[
 {"id":"p1","name":"Lucy","pickup":"minibus","at":"21:00"},
 {"id":"p2","name":"Marcel","pickup":"taxi","at":"21:00","note":"Star Cars"}]}`

// TestUnderstand_ParadeIsTheParade: "starting the parade, get behind the
// float" starts the parade, not the float it only says which float of.
// A word that only says which thing of jobs not the sender's still asks.
func TestUnderstand_ParadeIsTheParade(t *testing.T) {
	checkOn(t, planNight(t, fixkParadePlan), "20:00", []readCase{
		{"dan", "ok we r startin the parade now every1 get behind the float", "doing:parade"},
		{"dan", "float all done looks ace", "done:float"},
		// near misses
		{"joy", "parade started", "!doing:float"},
	})
}

// TestUnderstand_DoingIsNoThing: "the music keeps cutting out" is the
// music failing, not news of the "cut-outs"; "cashing up now" is the job
// that cashes up; "Mark's music has gone off" is the music, not Mark gone.
func TestUnderstand_DoingIsNoThing(t *testing.T) {
	checkOn(t, planNight(t, fixkParadePlan), "20:00", []readCase{
		{"joy", "the music keeps cuttin out", "problem:music"},
		{"cath", "cashing up now", "doing:kiosk"},
		{"cath", "Mark's music has gone off, nothing coming out the speakers", "problem:music"},
		// near misses
		{"joy", "cut outs all up", "done:cutouts"},
		{"cath", "mark has gone off and nobody can find him", "problem:missing"},
	})
}

// TestUnderstand_OtherEndNamedAlike: a job of the other end of the night
// takes the news only when the words name it as they name the first:
// "sweets table all finished and put away" names "Wipe down the tables"
// by "table" alone, so it asks.
func TestUnderstand_OtherEndNamedAlike(t *testing.T) {
	checkOn(t, planNight(t, fixkParadePlan), "21:00", []readCase{
		{"joy", "sweets table all finished and put away", "!done:tidy"},
		{"joy", "tables all wiped down", "done:tidy"},
	})
}

// TestUnderstand_RideMissedOrLeft: a guest who missed the minibus, or a
// minibus gone without them, has no way home: a ride problem, not a ride
// running late. "nobody can find him" and "no joy" tell of trouble, not
// of none.
func TestUnderstand_RideMissedOrLeft(t *testing.T) {
	checkOn(t, planNight(t, fixkParadePlan), "21:00", []readCase{
		{"cath", "lucy missed the minibus", "problem:taxi"},
		{"cath", "the minibus went without lucy", "problem:taxi"},
		{"dan", "Rang Star Cars again, no joy. Marcel still waiting outside", "problem:taxi"},
		{"dan", "LUCY WAS IN THE PARADE NOW NOBODY CAN FIND HER", "problem:missing"},
		// near misses
		{"cath", "lucys minibus is running late", "ride:p1=late"},
		{"cath", "lucy got on the minibus", "ride:p1=gone"},
		{"dan", "nobody is missing", "!problem"},
	})
}

// TestUnderstand_ArrivedDoorOpen: "I'm at the centre now, the side door's
// open" tells of arriving; the door is how things are there.
func TestUnderstand_ArrivedDoorOpen(t *testing.T) {
	checkOn(t, planNight(t, fixkParadePlan), "18:00", []readCase{
		{"cath", "Hi all, I'm at Mill Street now, the side door's open.", "here"},
		// near misses
		{"cath", "kiosk open", "!here"},
	})
}

// fixkSafariPlan is a made-up safari night for a DJ's "set", things said
// to be somewhere, a word cut short, and going home said in text speak.
const fixkSafariPlan = `{"id":"fk3","title":"Safari Night","venue":"Greenbank Hut","people":[
 {"id":"danny","name":"Danny","phone":"+447700904921","roles":["committee","dj"]},
 {"id":"dan","name":"Dan","phone":"+447700904922","roles":["committee","dj"]},
 {"id":"amber","name":"Amber","phone":"+447700904923","roles":["committee"]},
 {"id":"bev","name":"Bev","phone":"+447700904924","roles":["staff","first aid"]}],
"jobs":[
 {"id":"decks","title":"Set up the speakers and DJ desk","phase":"setup","who":["dan","danny"]},
 {"id":"animals","title":"Put out the cardboard dinosaurs","phase":"setup","who":["amber"]},
 {"id":"welcome","title":"Welcome explorers at the door","phase":"during","who":["bev"]},
 {"id":"dj1","title":"DJ the first half","phase":"during","who":["dan"]},
 {"id":"dj2","title":"DJ the second half","phase":"during","who":["danny"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"21:00","title":"Home time"}],
"rides":[{"id":"s1","name":"Stan","pickup":"taxi","at":"21:00","note":"Green Cars"}]}`

// TestUnderstand_MySetIsMyDJJob: "my set" is the sender's one DJ job,
// not the job of setting up the decks they are standing at.
func TestUnderstand_MySetIsMyDJJob(t *testing.T) {
	checkOn(t, planNight(t, fixkSafariPlan), "20:00", []readCase{
		{"danny", "im on the decks startin my set 🎧", "doing:dj2"},
		{"danny", "my set is finnished last song played 🎶", "done:dj2"},
		{"dan", "finished my first set handing over to danny now", "done:dj1"},
		// near misses
		{"danny", "decks set up", "done:decks"},
		{"amber", "my set is done", "!done:dj1"},
	})
}

// TestUnderstand_ThingsSaidToBeThere: "the lion is by the door" tells
// where a thing is, not news of the job at the door; a word cut short
// ("dinos") is the night's word it starts.
func TestUnderstand_ThingsSaidToBeThere(t *testing.T) {
	checkOn(t, planNight(t, fixkSafariPlan), "18:30", []readCase{
		{"amber", "all the dinos r out. the lion is by the door lol 🦁", "done:animals"},
		{"amber", "putting the dinos out now", "doing:animals"},
		// near misses
		{"bev", "im by the door now welcoming every1", "doing:welcome"},
		{"amber", "stans gone home in the taxi", "ride:s1=gone"},
	})
}

// TestUnderstand_NotLostNotIll: a thing left at home is not lost at the
// night; lights that "look sick" are praise, a person who looks sick is
// not; "off now l8r" is going home, "ill do it later" a plan.
func TestUnderstand_NotLostNotIll(t *testing.T) {
	checkOn(t, planNight(t, fixkSafariPlan), "20:00", []readCase{
		{"danny", "dan left his headphones at home again 🙄 using mine", "!problem"},
		{"dan", "the disco lights go red then amber then green looks sick", "!problem"},
		{"danny", "off now l8r", "leaving"},
		// near misses
		{"danny", "dan left his headphones in the hall can someone look", "problem:lost"},
		{"dan", "the lad by the door looks sick", "problem:unwell"},
		{"dan", "amber looks sick", "problem:unwell"},
		{"danny", "ill do the decks later", "!doing"},
	})
}

// TestUnderstand_GoingWithTheMop: told of a spill, "im goin wiv the mop"
// takes it on.
func TestUnderstand_GoingWithTheMop(t *testing.T) {
	n := planNight(t, fixkSafariPlan)
	n, ctx := WithAlertBy(t, n, "bev", "Drink spilt by the door")
	checkReading(t, n, ctx, "amber", "im goin wiv the mop", "claim")
}

// TestUnderstand_SongsAndSmashesAndMess: a song's name is no row, a thing
// that smashes and holds no drink is no spill, the mess the sender is
// scrubbing is no new one, and a guest gone off with their support worker
// is home, not missing.
func TestUnderstand_SongsAndSmashesAndMess(t *testing.T) {
	checkOn(t, planNight(t, fixkSafariPlan), "20:00", []readCase{
		{"bev", "dan is gonna play twist and shout after the contest", "!problem"},
		{"bev", "sound's gone off in the middle of twist and shout!!", "problem:music"},
		{"bev", "one of the big screens fell off the table and smashed", "problem:other"},
		{"amber", "scrubbin the dinosaurs now they are well messy", "!problem"},
		{"bev", "Stan has gone off with his taxi", "ride:s1=gone"},
		{"danny", "remind me what ive got to do again 🙈", "jobs"},
		// near misses
		{"bev", "the kids r playing and fighting", "problem:upset"},
		{"bev", "the music stopped and now a man is shouting", "problem:upset"},
		{"bev", "someone smashed a glass by the door", "problem:spill"},
		{"bev", "its well messy by the door", "problem:spill?"},
		{"bev", "stan has gone off and nobody can find him", "problem:missing"},
	})
}

// fixkBandsPlan is a made-up battle of the bands for a word that names
// one job's thing and another's place ("stage"), a verb and its little
// word ("Pack down"), a thing named by an -ing word ("voting slips"), and
// a taxi that went to the wrong place.
const fixkBandsPlan = `{"id":"fk4","title":"Battle of the Bands","venue":"Corn Street Hall","people":[
 {"id":"danny","name":"Danny","phone":"+447700904931","roles":["committee"]},
 {"id":"will","name":"Will","phone":"+447700904932","roles":["committee"]},
 {"id":"keisha","name":"Keisha","phone":"+447700904933","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700904934","roles":["staff","first aid"]}],
"jobs":[
 {"id":"stage","title":"Set up the stage","phase":"setup","who":["will","danny"]},
 {"id":"booth","title":"Set up the photo booth","phase":"setup","who":["hope"]},
 {"id":"voting","title":"Put out the voting slips and box","phase":"setup","who":["keisha"]},
 {"id":"host","title":"Call the bands on stage","phase":"during","who":["danny"]},
 {"id":"photos","title":"Take photos of the bands","phase":"during","who":["hope"]},
 {"id":"packdown","title":"Pack down the stage","phase":"close","who":["will","danny"]}],
"timeline":[{"at":"18:30","title":"Doors open"},{"at":"21:00","title":"Home time"}],
"rides":[{"id":"b1","name":"Shona","pickup":"taxi","at":"21:00","note":"Corn Cabs"},
 {"id":"b2","name":"Shauna","pickup":"parent","at":"21:00","note":"her dad"}]}`

// TestUnderstand_StageIsTheStage: "done the stage, all ready for the
// bands" from someone who does not call the bands on is no news of that;
// "photo boof iz reddy" says which photo thing, so the
// photos are no head of it; an -ing word before a night's thing says
// which thing, not that work is under way.
func TestUnderstand_StageIsTheStage(t *testing.T) {
	checkOn(t, planNight(t, fixkBandsPlan), "18:30", []readCase{
		{"will", "me n danny dun the stage its all reddy for the bands", "!done:host"},
		{"hope", "foto boof iz reddy", "!done:photos"},
		{"keisha", "voteing slips r out an the box is ther 2", "done:voting"},
		// near misses
		{"keisha", "putting out the voting slips now", "doing:voting"},
		{"danny", "calling the bands on stage now", "doing:host"},
	})
}

// TestUnderstand_BandLostAndWrongHall: a band that lost lost a game, not
// its way; a taxi gone to the wrong hall has not got its guest.
func TestUnderstand_BandLostAndWrongHall(t *testing.T) {
	checkOn(t, planNight(t, fixkBandsPlan), "21:00", []readCase{
		{"hope", "shauna is crying cos her band lost 😢", "problem:upset"},
		{"hope", "the taxi for shona went to the wrong hall", "problem:taxi"},
		// near misses
		{"hope", "shauna is lost and crying", "problem:missing"},
		{"hope", "shona went in her taxi", "ride:b1=gone"},
	})
}
