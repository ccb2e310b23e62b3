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
		{"rose", "streamers half done", "doing:streamers"},
		{"rose", "streamers nearly finished", "doing:streamers"},
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
