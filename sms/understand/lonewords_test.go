package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// TestUnderstand_LoneHearIsHere: a text that is only "hear" is "here"
// spelt by ear; "hear" beside other words keeps its own meaning.
func TestUnderstand_LoneHearIsHere(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"ann", "hear", "here"},
		{"ann", "HEAR!!", "here"},
		{"ann", "hear x", "here"},
		{"ann", "hiya hear", "here"},
		{"ann", "can you hear me", ""},
		{"ann", "cant hear the music", "!here"},
		{"ann", "did u hear", ""},
	})
}

// TestUnderstand_ReadyForIsAPurpose: "ready for the bollywood tunes" says
// what the work was for; the job that plays the tunes is not done.
func TestUnderstand_ReadyForIsAPurpose(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Mela","venue":"Park Hall","people":[
 {"id":"raj","name":"Raj","phone":"+447700900111","roles":["committee"]},
 {"id":"una","name":"Una","phone":"+447700900112","roles":["staff"]}],
"jobs":[
 {"id":"sound","title":"Set up the sound system","phase":"setup","who":["raj"]},
 {"id":"music","title":"Play the Bollywood music","phase":"during","who":["raj"]},
 {"id":"disco","title":"Run the disco","phase":"during","who":["una"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"raj", "speakers plugged in and workin ready for the bollywood tunes", "!done:music"},
		{"una", "hall all set for the disco", "!done:disco"},
		{"raj", "sound system ready for the bollywood music", "done:sound"},
		{"raj", "ready to play the bollywood music", "!done:sound"},
	})
}

// rinkPlan is a night nobody tuned on: a limbo contest, a punch bowl, a
// job whose title is a thing the bronco needs, and names that are words.
const rinkPlan = `{"id":"n9","title":"Rink Night","venue":"Leisure Centre","people":[
 {"id":"cal","name":"Cal","phone":"+447700900221","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700900222","roles":["committee"]},
 {"id":"dee","name":"Dee","phone":"+447700900223","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[
 {"id":"skates","title":"Lay out the hire skates","phase":"setup","who":["cal"]},
 {"id":"mats","title":"Set up the bronco and crash mats","phase":"setup","who":["dee"]},
 {"id":"punch","title":"Make the punch","phase":"setup","who":["dee"]},
 {"id":"briefing","title":"Give the team briefing","phase":"briefing","who":["pat"]},
 {"id":"limbo","title":"Run the limbo contest","phase":"during","who":["hope"]},
 {"id":"home","title":"Help people get home","phase":"close","who":["pat"]}],
"timeline":[{"at":"19:00","title":"Skating starts"}],"rides":[]}`

// TestUnderstand_RinkNightWords: goodbyes, turns and knocks said the way
// the committee says them.
func TestUnderstand_RinkNightWords(t *testing.T) {
	n := planNight(t, rinkPlan)
	n = MustApply(t, n, night.Command{Type: night.CmdCheckIn, By: "cal"})
	n = MustApply(t, n, night.Command{Type: night.CmdCheckIn, By: "hope"})
	checkBarn(t, n, []readCase{
		// "yall" is "you all", never "yell".
		{"cal", "im off now see yall next month", "leaving"},
		{"cal", "yall are amazing", "!problem"},
		// "see you next month" is a goodbye, not news of another day.
		{"hope", "thank you everyone for a brill night the crisps sold out im going home now with my mum see you next month x", "leaving"},
		// Everyone having a go is taking turns, not a row.
		{"hope", "limbo is over everyone had a go", "!problem"},
		{"hope", "he had a go at me and now im upset", "problem:upset"},
		// A bumped head is someone hurt.
		{"cal", "some1 bumped there head on the rink wall", "problem:unwell"},
	})
}

// TestUnderstand_SeeYouNextMonthIsGoodbye: "see you next month" at the
// end of a long goodbye is no news of another day.
func TestUnderstand_SeeYouNextMonthIsGoodbye(t *testing.T) {
	n := MustApply(t, planNight(t, rinkPlan), night.Command{Type: night.CmdCheckIn, By: "hope"})
	checkBarn(t, n, []readCase{
		{"hope", "thank you everyone for a brill night the skates sold out of snacks im going home now with my mum see you next month x", "leaving"},
		{"hope", "i did the limbo last month", ""},
	})
}

// TestUnderstand_HeadingOffIsNoFault: "off" in "heading off now" is the
// sender going, not the speakers turned off.
func TestUnderstand_HeadingOffIsNoFault(t *testing.T) {
	n := MustApply(t, planNight(t, rinkPlan), night.Command{Type: night.CmdCheckIn, By: "cal"})
	checkBarn(t, n, []readCase{
		{"cal", "packed the speakers in the van im heading off now thanks every1 for a brill night", "!problem"},
		{"cal", "the speakers are off", "problem:music"},
	})
}

// TestUnderstand_GoingNowBeatsWorkNews: a goodbye that says the sender is
// going now checks them out, whatever work it tells of on the way.
func TestUnderstand_GoingNowBeatsWorkNews(t *testing.T) {
	n := MustApply(t, planNight(t, rinkPlan), night.Command{Type: night.CmdCheckIn, By: "dee"})
	checkBarn(t, n, []readCase{
		{"dee", "packed the crash mats in the van im heading off now thanks every1 for a brill night", "leaving"},
		{"dee", "thank you everyone the punch all gone im going home now with my mum see you next month x", "leaving"},
		{"dee", "crash mats done", "done:mats"},
		{"dee", "im not going home now the mats arent done", "!leaving"},
	})
}

// TestUnderstand_PunchTheDrink: punch spilt, or red punch, is a drink;
// a punch thrown is still a fight, on a night with no punch job.
func TestUnderstand_PunchTheDrink(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Party","venue":"Hall","people":[
 {"id":"cal","name":"Cal","phone":"+447700900221","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[{"id":"bar","title":"Run the bar","phase":"during","who":["cal"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"cal", "some1 spilt red punch on the dance floor", "problem:spill"},
		{"cal", "can we have more punch", "!problem"},
		{"cal", "lee punched dave by the door", "problem:upset"},
		{"cal", "someone threw a punch at the bar", "problem:upset"},
	})
}

// TestUnderstand_SoundAlikeInATitlePair: after a word of a title, a word
// that sounds like the title's next word is that word, though it is a
// word itself: "hay bails" are the hay bales, "mirror bawl" the mirror
// ball, "tea earn" the tea urn. Elsewhere the word keeps its meaning.
func TestUnderstand_SoundAlikeInATitlePair(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Hoedown","venue":"Social Club","people":[
 {"id":"carl","name":"Carl","phone":"+447700900221","roles":["committee"]},
 {"id":"will","name":"Will","phone":"+447700900222","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[
 {"id":"bales","title":"Put out the hay bales","phase":"setup","who":["carl"]},
 {"id":"ball","title":"Hang the mirror ball","phase":"setup","who":["will"]},
 {"id":"urn","title":"Switch on the tea urn","phase":"setup","who":["pat"]},
 {"id":"calling","title":"Call the line dances","phase":"during","who":["will"]},
 {"id":"balesaway","title":"Stack the hay bales back in the van","phase":"close","who":["carl","will"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"carl", "hay bails r all out round the dance floor", "done:bales"},
		{"will", "mirror bawl is up", "done:ball"},
		{"pat", "tea earn is on", "done:urn"},
		{"will", "the bells are ringing", "!done"},
	})
}

// TestUnderstand_LeadingJobIsDone: "the briefing is finished, everyone
// knows where the crash mats are" is news of the briefing; the mats come
// after.
func TestUnderstand_LeadingJobIsDone(t *testing.T) {
	checkBarn(t, planNight(t, rinkPlan), []readCase{
		{"pat", "The briefing is finished, everyone knows where the crash mats and fire exits are", "done:briefing"},
		{"pat", "briefing all done everyone knows about the limbo", "done:briefing"},
	})
}

// TestUnderstand_WipedTheSpillOffAJobThing: holding a spill, "wiped up the
// mats" sorts it, though mats are a job's thing; "wiped the tables" for a
// job that wipes the tables is that job.
func TestUnderstand_WipedTheSpillOffAJobThing(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Hoedown","venue":"Social Club","people":[
 {"id":"dean","name":"Dean","phone":"+447700900221","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[
 {"id":"bronco","title":"Set up the bucking bronco and crash mats","phase":"setup","who":["dean"]},
 {"id":"tables","title":"Wipe the tables","phase":"close","who":["dean"]}],
"timeline":[],"rides":[]}`)
	n, ctx := WithClaimBy(t, n, "dean", "pat")
	checkReading(t, n, ctx, "dean", "wiped up the mats all good now", "sorted")
	checkReading(t, n, ctx, "dean", "mopped the crash mats", "sorted")
	m := MustApply(t, planNight(t, `{"id":"n9","title":"Hoedown","venue":"Social Club","people":[
 {"id":"dean","name":"Dean","phone":"+447700900221","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[{"id":"tables","title":"Wipe the tables","phase":"close","who":["dean"]}],
"timeline":[],"rides":[]}`), night.Command{Type: night.CmdCheckIn, By: "dean"})
	m, ctx = WithClaimBy(t, m, "dean", "pat")
	checkReading(t, m, ctx, "dean", "wiped the tables", "done:tables")
}

// TestUnderstand_ReadyToIsNotStarted: "ready to do the skates" says the
// sender can start, not that they have; the arrival is the news.
func TestUnderstand_ReadyToIsNotStarted(t *testing.T) {
	checkBarn(t, planNight(t, rinkPlan), []readCase{
		{"cal", "hiya its cal im at the leisure centre now my mum dropped me off im ready to do the skates", "here"},
		{"cal", "ready to do the skates", ""},
		{"cal", "skates ready to go", "done:skates"},
		{"cal", "doing the skates now", "doing:skates"},
	})
}

// TestUnderstand_IrregularPastOfTitleVerb: "clue cards r hidden" is "Hide
// the clue cards" done, as "chairs stacked" is "Stack the chairs".
func TestUnderstand_IrregularPastOfTitleVerb(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Mystery","venue":"Village Hall","people":[
 {"id":"mark","name":"Mark","phone":"+447700900221","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[
 {"id":"clues","title":"Hide the clue cards around the hall","phase":"setup","who":["mark"]},
 {"id":"fish","title":"Feed the fish","phase":"setup","who":["pat"]},
 {"id":"lights","title":"String up the fairy lights","phase":"setup","who":["pat"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"mark", "all the clue cards r hidden", "done:clues"},
		{"pat", "fish fed", "done:fish"},
		{"pat", "fairy lights strung up", "done:lights"},
	})
}

// TestUnderstand_NoWaitNotYetTakesBack: right after ticking the skates,
// "no wait skates arnt all out yet" takes the tick back, though "skates"
// is a word of other jobs too.
func TestUnderstand_NoWaitNotYetTakesBack(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Rink","venue":"Leisure Centre","people":[
 {"id":"dan","name":"Dan","phone":"+447700900221","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[
 {"id":"skates","title":"Lay out the hire skates","phase":"setup","who":["dan"]},
 {"id":"hire","title":"Run the skate hire counter","phase":"during","who":["dan"]},
 {"id":"back","title":"Collect the hire skates back in","phase":"close","who":["dan"]}],
"timeline":[],"rides":[]}`)
	ticked := MustApply(t, n, night.Command{Type: night.CmdDone, By: "dan", Job: jobNumber(t, n, "skates")})
	checkBarn(t, ticked, []readCase{
		{"dan", "no wait skates arnt all out yet", "undo"},
		{"dan", "hang on not all out yet", "undo"},
	})
	checkBarn(t, n, []readCase{{"dan", "no wait skates arnt all out yet", ""}})
}

// TestUnderstand_NameAsAWordAfterAnIntensifier: "so much joy", "pure
// joy" and "what a sunny nite" use the words, not Joy's or Sunny's names.
func TestUnderstand_NameAsAWordAfterAnIntensifier(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Party","venue":"Hall","people":[
 {"id":"joy","name":"Joy","phone":"+447700900221","roles":["committee"]},
 {"id":"sunny","name":"Sunny","phone":"+447700900222","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[{"id":"bar","title":"Run the bar","phase":"during","who":["joy"]}],
"timeline":[],"rides":[]}`)
	for _, tc := range []readCase{
		{"pat", "so much joy in here tonight 😍", "none"},
		{"pat", "pure joy tonight", "none"},
		{"pat", "what a sunny nite for it ☀️😎", "none"},
		{"pat", "joy is not well", "problem:unwell"},
	} {
		checkReading(t, n, understand.Context{Now: "19:00"}, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_DeniedSpeltByEar: "arnt", "wernt" and "dosnt" deny as
// "arent" does.
func TestUnderstand_DeniedSpeltByEar(t *testing.T) {
	checkBarn(t, planNight(t, rinkPlan), []readCase{
		{"cal", "skates arnt out yet", ""},
		{"cal", "the skates wernt laid out", ""},
		{"dee", "punch dosnt taste done", "!done"},
	})
}

// TestUnderstand_NameIsNoMisspeltJobWord: "carl" is Carl, not "call" of
// "Call up the singers", so "carl is sorting the mic" is news of Carl.
func TestUnderstand_NameIsNoMisspeltJobWord(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Karaoke","venue":"Hall","people":[
 {"id":"carl","name":"Carl","phone":"+447700900221","roles":["committee"]},
 {"id":"will","name":"Will","phone":"+447700900222","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[
 {"id":"mics","title":"Test the microphones","phase":"setup","who":["carl"]},
 {"id":"host","title":"Host the karaoke and call up the singers","phase":"during","who":["will"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"pat", "carl is sorting the mic", "none"},
		{"will", "carl done", "!done:host"},
	})
}

// TestUnderstand_OthersWorkIsNews: "euan is sorting the stage" is news of
// another member's work, however it is worded; nothing changes.
func TestUnderstand_OthersWorkIsNews(t *testing.T) {
	checkBarn(t, planNight(t, rinkPlan), []readCase{
		{"pat", "cal is sorting the skates", "none"},
		{"pat", "dee is mixing the punch", "none"},
		{"cal", "sorting the skates", "!none"},
	})
}

// campPlan is a night nobody tuned on: a fire that is a job's thing, two
// verbs in one title, fire buckets, and a sing-song.
const campPlan = `{"id":"n9","title":"Camp Night","venue":"Scout Hut","people":[
 {"id":"gus","name":"Gus","phone":"+447700900221","roles":["committee"]},
 {"id":"kit","name":"Kit","phone":"+447700900222","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700900223","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[
 {"id":"fire","title":"Build and light the fire","phase":"setup","who":["gus"]},
 {"id":"buckets","title":"Fill the fire buckets with water","phase":"setup","who":["gus"]},
 {"id":"cake","title":"Cut and share the cake","phase":"during","who":["kit"]},
 {"id":"song","title":"Lead the sing-song","phase":"during","who":["hope"]},
 {"id":"fireout","title":"Put the fire out safely","phase":"close","who":["gus"]}],
"timeline":[],"rides":[]}`

// TestUnderstand_SecondTitleVerb: "Build and light the fire" has two
// verbs; "fire's lit" is the job done, not a fire to alarm anyone.
func TestUnderstand_SecondTitleVerb(t *testing.T) {
	checkBarn(t, planNight(t, campPlan), []readCase{
		{"gus", "Fire's lit and going nicely", "done:fire"},
		{"kit", "cake shared out", "done:cake"},
		{"gus", "the hut is on fire", "problem:other"},
	})
}

// TestUnderstand_EmojiBesideJobNews: an emoji beside news of a job shows
// the job ("buckets r full 💧"); on its own words, it still tells.
func TestUnderstand_EmojiBesideJobNews(t *testing.T) {
	checkBarn(t, planNight(t, campPlan), []readCase{
		{"gus", "buckets r full 💧", "done:buckets"},
		{"gus", "fire buckets filled 💦", "done:buckets"},
		{"kit", "floor by the door 💧💧", "problem:spill"},
	})
}

// TestUnderstand_PlaceOfAnotherThing: "all the puddings are out on the
// tables" says where the puddings are; it is no news of the tables' job.
func TestUnderstand_PlaceOfAnotherThing(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Awards","venue":"Hotel","people":[
 {"id":"amir","name":"Amir","phone":"+447700900221","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[
 {"id":"trophies","title":"Set out the trophies on the stage table","phase":"setup","who":["pat"]},
 {"id":"kitchen","title":"Tidy the kitchen","phase":"close","who":["amir"]},
 {"id":"desserts","title":"Serve the desserts","phase":"during","who":["amir"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"amir", "all the puddings are out on the tables", "!done:trophies"},
		{"amir", "all done in the kitchen", "done:kitchen"},
		{"pat", "trophies out on the table", "done:trophies"},
	})
}

// TestUnderstand_CantStopIsNoDenial: "cant stop crying" says it goes on;
// coughing is someone unwell, however it is spelt.
func TestUnderstand_CantStopIsNoDenial(t *testing.T) {
	checkBarn(t, planNight(t, campPlan), []readCase{
		{"kit", "sumone cant stop coffing the smoke got them", "problem:unwell"},
		{"kit", "jo cant stop crying", "problem:upset"},
		{"kit", "jo is not crying now", "!problem"},
	})
}

// TestUnderstand_CampNightMisses: a guitar string snapped is the music;
// "not ours" says whose a found thing is; "kit is on the hot dogs" is
// news of Kit's work; "yummy" is praise.
func TestUnderstand_CampNightMisses(t *testing.T) {
	checkBarn(t, planNight(t, campPlan), []readCase{
		{"hope", "snapped a string on my guitar cant play", "problem:music"},
		{"gus", "found a torch in the woods after the walk not ours", "problem:lost"},
		{"pat", "kit is on the cake tonight", "none"},
		{"pat", "hope is on the sing-song", "none"},
		{"kit", "the cake is yummy 😋", "none"},
	})
}

// TestUnderstand_SortedSpeltShort: holding a spill, "mopd up" and "clean
// now 👍" say it is over.
func TestUnderstand_SortedSpeltShort(t *testing.T) {
	n, ctx := WithClaimBy(t, planNight(t, campPlan), "kit", "pat")
	checkReading(t, n, ctx, "kit", "mopd up", "sorted")
	checkReading(t, n, ctx, "kit", "clean now 👍", "sorted")
}

// TestUnderstand_ClaimSpeltShort: told of a spill, "aye aye il clean it"
// and "comin 2 lane 3 now wiv the mop" take it on ("il" is "i will", "2"
// after "coming" is "to").
func TestUnderstand_ClaimSpeltShort(t *testing.T) {
	n, ctx := WithAlertBy(t, planNight(t, campPlan), "pat", "Drink spilt by the hut door")
	checkReading(t, n, ctx, "kit", "aye aye il clean it", "claim")
	checkReading(t, n, ctx, "kit", "comin 2 lane 3 now wiv the mop", "claim")
}

// TestUnderstand_WholeNameWins: of two jobs on the treasure hunt, the one
// the text names whole is meant; two jobs both named whole still ask.
func TestUnderstand_WholeNameWins(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Pirates","venue":"Church Hall","people":[
 {"id":"femi","name":"Femi","phone":"+447700900221","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900224","roles":["staff"]}],
"jobs":[
 {"id":"clues","title":"Hide the treasure hunt clues","phase":"setup","who":["femi"]},
 {"id":"boothup","title":"Set up the photo booth","phase":"setup","who":["femi"]},
 {"id":"hunt","title":"Run the treasure hunt","phase":"during","who":["femi"]},
 {"id":"boothdown","title":"Take down the photo booth","phase":"close","who":["femi"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"femi", "treasure hunt has started", "doing:hunt"},
		{"femi", "treasure found!! hunt finished", "done:hunt"},
		{"femi", "treasure hunt clues all hidden", "done:clues"},
	})
	// Two jobs on the booth and no word of which end of the night: it is
	// not taken down before it is set up.
	checkBarn(t, n, []readCase{{"femi", "photo booth done", "done:boothup"}})
	up := MustApply(t, n, night.Command{Type: night.CmdDone, By: "femi", Job: jobNumber(t, n, "boothup")})
	checkBarn(t, up, []readCase{{"femi", "photo booth done", "done:boothdown"}})
}

// TestUnderstand_SendMeMyJobs: "send me my jobs for the skating" asks for
// the sender's list, though it names a part of the night; "when is the
// skating" still asks the time.
func TestUnderstand_SendMeMyJobs(t *testing.T) {
	n := planNight(t, rinkPlan)
	checkBarn(t, n, []readCase{
		{"cal", "Hi could you send me my jobs for the skating please", "jobs"},
		{"cal", "can u text me my jobs for tonight", "jobs"},
		{"hope", "tell me my jobs for skating again pls", "jobs"},
		{"cal", "when is the skating", "status"},
		{"cal", "what time do my jobs for the skating start", "!jobs"},
	})
}

// feastPlan is a night nobody tuned on: a job of washing up beside a
// hand-washing station of another member, and bunting that is put up.
const feastPlan = `{"id":"n9","title":"Feast Night","venue":"Church Hall","people":[
 {"id":"bea","name":"Bea","phone":"+447700900231","roles":["committee"]},
 {"id":"owen","name":"Owen","phone":"+447700900232","roles":["committee"]},
 {"id":"kat","name":"Kat","phone":"+447700900233","roles":["committee"]},
 {"id":"moira","name":"Moira","phone":"+447700900234","roles":["staff"]}],
"jobs":[
 {"id":"handwash","title":"Set up the hand-washing station","phase":"setup","who":["owen"]},
 {"id":"bunting","title":"Hang the bunting","phase":"setup","who":["kat"]},
 {"id":"washup","title":"Wash up the pots and pans","phase":"close","who":["bea"]}],
"timeline":[{"at":"19:15","title":"Cooking demo"}],"rides":[]}`

// TestUnderstand_WashingUpIsUnderWay: "washing up the pots now" is the
// work under way, though "washing" is also a word of another job's title;
// "bunting up" is still done.
func TestUnderstand_WashingUpIsUnderWay(t *testing.T) {
	n := planNight(t, feastPlan)
	checkBarn(t, n, []readCase{
		{"bea", "washing up the pots now", "doing:washup"},
		{"bea", "washing up now", "doing:washup"},
		{"bea", "doing the washing up now", "doing:washup"},
		{"kat", "bunting up", "done:bunting"},
		{"owen", "hand washing station set up", "done:handwash"},
	})
}

// TestUnderstand_TitleForSaysWhatFor: "Hide the eggs for the egg hunt"
// is for the hunt; "egg hunt finished" is running the hunt, done, and not
// the egg and spoon race that also opens with "egg".
func TestUnderstand_TitleForSaysWhatFor(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Spring","venue":"Church Hall","people":[
 {"id":"dan","name":"Dan","phone":"+447700900241","roles":["committee"]},
 {"id":"sue","name":"Sue","phone":"+447700900242","roles":["staff"]}],
"jobs":[
 {"id":"eggs","title":"Hide the eggs for the egg hunt","phase":"setup","who":["dan"]},
 {"id":"hunt","title":"Run the egg hunt","phase":"during","who":["dan"]},
 {"id":"race","title":"Run the egg and spoon race","phase":"during","who":["dan"]},
 {"id":"chairs","title":"Put out chairs for the quiz","phase":"setup","who":["sue"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"dan", "egg hunt finished all the eggs found", "done:hunt"},
		{"dan", "eggs all hidden", "done:eggs"},
		{"dan", "hid the eggs", "done:eggs"},
		{"dan", "egg and spoon race finished", "done:race"},
		{"sue", "chairs out for the quiz", "done:chairs"},
	})
}

// TestUnderstand_HangOnNotFinishedTakesBack: right after a tick, "hang on
// i havent finishd" takes it back though "hang" is a word of another job,
// "take that bak" is "take that back", and "sorry speakers not finished
// yet pressed it too soon" asks for the take-back its "not" does not deny.
func TestUnderstand_HangOnNotFinishedTakesBack(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Feast","venue":"Church Hall","people":[
 {"id":"kat","name":"Kat","phone":"+447700900251","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900252","roles":["staff"]}],
"jobs":[
 {"id":"labels","title":"Put allergy labels on every dish","phase":"setup","who":["kat"]},
 {"id":"flags","title":"Hang up the flags","phase":"setup","who":["pat"]},
 {"id":"music","title":"Set up the music and speakers","phase":"setup","who":["kat"]}],
"timeline":[],"rides":[]}`)
	ticked := MustApply(t, n, night.Command{Type: night.CmdDone, By: "kat", Job: jobNumber(t, n, "labels")})
	checkBarn(t, ticked, []readCase{
		{"kat", "hang on i havent finishd", "undo"},
		{"kat", "take that bak pls", "undo"},
		{"kat", "dont undo it i have finished", ""},
	})
	speakers := MustApply(t, n, night.Command{Type: night.CmdDone, By: "kat", Job: jobNumber(t, n, "music")})
	checkBarn(t, speakers, []readCase{
		{"kat", "sorry speakers not finished yet pressed it too soon", "undo"},
		{"kat", "please dont undo it", ""},
		{"kat", "do not take it back", ""},
	})
	checkBarn(t, n, []readCase{{"kat", "hang on i havent finishd", ""}})
}

// TestUnderstand_ServedFoodDropped: food of the night's own serving jobs
// ("Serve the noodles") dropped on the floor or spread about is a spill;
// sitting on the floor eating it is not.
func TestUnderstand_ServedFoodDropped(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Feast","venue":"Church Hall","people":[
 {"id":"kat","name":"Kat","phone":"+447700900251","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900252","roles":["staff"]}],
"jobs":[
 {"id":"dal","title":"Serve the dal and rice","phase":"during","who":["kat"]},
 {"id":"flags","title":"Hang up the flags","phase":"setup","who":["pat"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"pat", "sumone dropd there noodles evrywhere on the floor", "problem:spill"},
		{"pat", "someone dropped their dal on the floor", "problem:spill"},
		{"pat", "dal everywhere by table 2", "problem:spill"},
		{"pat", "kids sitting on the floor eating dal", "!problem"},
		{"pat", "flags dropped on the floor", "!problem:spill"},
	})
}

// TestUnderstand_ActOfTheTeamIsAJob: "Cooking demo with Tariq" on the
// running order, Tariq of the team, is the job "Run the cooking demo";
// "painting with frida" of a guest act is still the act.
func TestUnderstand_ActOfTheTeamIsAJob(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Feast","venue":"Church Hall","people":[
 {"id":"tariq","name":"Tariq","phone":"+447700900253","roles":["committee"]},
 {"id":"moira","name":"Moira","phone":"+447700900254","roles":["staff"]}],
"jobs":[
 {"id":"demo","title":"Run the cooking demo","phase":"during","who":["tariq","moira"]},
 {"id":"paints","title":"Put out the paints","phase":"setup","who":["moira"]}],
"timeline":[{"at":"19:15","title":"Cooking demo with Tariq"},{"at":"20:00","title":"Painting with Frida"}],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"moira", "Starting the cooking demo now with Tariq", "doing:demo"},
		{"moira", "painting with frida has started", "!doing:paints"},
	})
}

// TestUnderstand_GivenOutIsGone: the things of a job of handing them out
// "all gone" or "none left" are the job done; things of other jobs gone
// are still lost, and "gone to get" them is an errand.
func TestUnderstand_GivenOutIsGone(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Feast","venue":"Church Hall","people":[
 {"id":"kat","name":"Kat","phone":"+447700900255","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900256","roles":["staff"]}],
"jobs":[
 {"id":"recipes","title":"Hand out the recipe cards","phase":"during","who":["kat"]},
 {"id":"chocs","title":"Give out the chocolate prizes","phase":"during","who":["kat"]},
 {"id":"labels","title":"Put the name labels on the tables","phase":"setup","who":["pat"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"kat", "gave out all the recipe cards none left", "done:recipes"},
		{"kat", "recipe cards all gone", "done:recipes"},
		{"kat", "all the chocolate gone to the winners", "done:chocs"},
		{"kat", "the recipe cards are not all gone yet", ""},
		{"kat", "gone to get the recipe cards", "!problem"},
		{"kat", "my bag is gone", "problem:lost"},
		{"kat", "recipe cards all gone nearly", "!doing"},
		{"pat", "all the name labels have gone", "!done"},
	})
}

// TestUnderstand_Every1IsEveryone: "evry 1" and "sum 1" are one word;
// "every 1 hour" is not.
func TestUnderstand_Every1IsEveryone(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Spring","venue":"Church Hall","people":[
 {"id":"rose","name":"Rose","phone":"+447700900257","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900258","roles":["staff"]}],
"jobs":[
 {"id":"welcome","title":"Welcome guests and hand out bunny ears","phase":"during","who":["rose"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"rose", "evry 1 is in and got there bunny ears", "done:welcome"},
		{"pat", "sum 1 has spilt juice by the door", "problem:spill"},
		{"pat", "every 1 hour we check the fire doors", "!problem"},
	})
}

// TestUnderstand_LoveTheThingIsPraise: "love all the bonnets" opens with
// loving them, so it is praise, not a job named alone; "love" at the end
// is a sign-off and the job named is still asked about.
func TestUnderstand_LoveTheThingIsPraise(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Spring","venue":"Church Hall","people":[
 {"id":"amira","name":"Amira","phone":"+447700900259","roles":["committee"]},
 {"id":"pat","name":"Pat","phone":"+447700900260","roles":["staff"]}],
"jobs":[
 {"id":"judge","title":"Judge the bonnet competition","phase":"during","who":["amira"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"amira", "love all the bonnets", "none"},
		{"amira", "luv the bonnets 😍", "none"},
		{"amira", "bonnets judged love amira x", "done:judge"},
	})
}

// TestUnderstand_BackInItsPlace: things said to be back in their place
// are the job that puts them back or away; a person back in the hall, or
// speakers back on after a fault, are not.
func TestUnderstand_BackInItsPlace(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Games","venue":"Church Hall","people":[
 {"id":"hope","name":"Hope","phone":"+447700900261","roles":["committee"]},
 {"id":"mark","name":"Mark","phone":"+447700900262","roles":["staff"]}],
"jobs":[
 {"id":"out","title":"Put out the board games","phase":"setup","who":["hope"]},
 {"id":"away","title":"Put the board games back in the cupboard","phase":"close","who":["hope"]},
 {"id":"speakers","title":"Set up the speakers","phase":"setup","who":["mark"]},
 {"id":"speakersaway","title":"Pack away the speakers","phase":"close","who":["mark"]},
 {"id":"projector","title":"Pack away the projector","phase":"close","who":["mark"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"hope", "games back in the cubberd", "done:away"},
		{"mark", "projecter back in its box", "done:projector"},
		{"mark", "speakers back on now", "!done:speakersaway"},
		{"mark", "is the projector back in its box", "!done"},
		{"hope", "mark is back in the hall", "!done"},
		{"hope", "games not back in the cupboard yet", "!done"},
	})
}

// TestUnderstand_StateOfTheTitleVerbChooses: "duck pool is full up" is
// the job that fills the pool, not the one that empties it.
func TestUnderstand_StateOfTheTitleVerbChooses(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Fair","venue":"Park","people":[
 {"id":"will","name":"Will","phone":"+447700900263","roles":["committee"]},
 {"id":"bev","name":"Bev","phone":"+447700900264","roles":["staff"]}],
"jobs":[
 {"id":"fill","title":"Fill the hook-a-duck pool","phase":"setup","who":["will"]},
 {"id":"empty","title":"Pack away the stalls and empty the duck pool","phase":"close","who":["will"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"will", "duck pool is full up and all the ducks r in", "done:fill"},
		{"will", "stalls all packed away", "done:empty"},
	})
}

// TestUnderstand_GameFinishedIsTheRun: "coconut shy game finished" is
// running the shy, not setting it up; "coconut shy set up" still is.
func TestUnderstand_GameFinishedIsTheRun(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Fair","venue":"Park","people":[
 {"id":"dan","name":"Dan","phone":"+447700900265","roles":["committee"]},
 {"id":"bev","name":"Bev","phone":"+447700900266","roles":["staff"]}],
"jobs":[
 {"id":"shy","title":"Set up the coconut shy","phase":"setup","who":["dan"]},
 {"id":"run","title":"Run the coconut shy","phase":"during","who":["dan"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"dan", "coconut shy game finished evry coconut nocked off 🥥", "done:run"},
		{"dan", "coconut shy finished we have a winner", "done:run"},
		{"dan", "coconut shy all set up", "done:shy"},
	})
}

// TestUnderstand_NotInTheHallIsNoLateTaxi: "he isnt in the hall and his
// taxi is due" says where a guest is not, not that the taxi is late;
// "taxi is not at the door yet" still is. What everyone "knows about" is
// what they were told, not news of a spill.
func TestUnderstand_NotInTheHallIsNoLateTaxi(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Ball","venue":"Centre","people":[
 {"id":"bev","name":"Bev","phone":"+447700900267","roles":["staff"]},
 {"id":"nat","name":"Nat","phone":"+447700900268","roles":["committee"]}],
"jobs":[
 {"id":"briefing","title":"Give the team briefing","phase":"briefing","who":["bev"]}],
"timeline":[],"rides":[{"id":"r1","name":"Kieran","pickup":"Centre","at":"22:00","note":"Northern Cars"}]}`)
	checkBarn(t, n, []readCase{
		{"bev", "Has anyone seen Kieran? He isn't in the hall and his taxi is due", "!problem:taxi"},
		{"nat", "kierans taxi is not at the door yet", "problem:taxi"},
		{"nat", "he is not in the hall", "!problem:taxi"},
		{"bev", "Briefing done, everyone knows about the slippy floor", "done:briefing"},
		{"bev", "slippy floor by the door", "problem:spill"},
	})
}

// TestUnderstand_NightWordWrittenAsTwo: "score bord" is the scoreboard of
// "Set up the scoreboard", not "score bored" of "Keep the score".
func TestUnderstand_NightWordWrittenAsTwo(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Game show","venue":"Centre","people":[
 {"id":"hope","name":"Hope","phone":"+447700900269","roles":["committee"]},
 {"id":"joy","name":"Joy","phone":"+447700900270","roles":["committee"]}],
"jobs":[
 {"id":"board","title":"Set up the scoreboard","phase":"setup","who":["hope"]},
 {"id":"score","title":"Keep the score","phase":"during","who":["hope"]},
 {"id":"floss","title":"Make the candyfloss","phase":"during","who":["joy"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"hope", "score bord is up", "done:board"},
		{"hope", "score board is up", "done:board"},
		{"joy", "making candy floss now", "doing:floss"},
		{"hope", "keepin score now", "doing:score"},
	})
}

// TestUnderstand_RoundOneIsNoJobNumber: "round 1 has started" names the
// quiz's round, not job 1; "job 1 done" and "#1 done" still do.
func TestUnderstand_RoundOneIsNoJobNumber(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Game show","venue":"Centre","people":[
 {"id":"hope","name":"Hope","phone":"+447700900269","roles":["committee"]},
 {"id":"dan","name":"Dan","phone":"+447700900271","roles":["committee"]}],
"jobs":[
 {"id":"buzzers","title":"Set up the buzzers","phase":"setup","who":["dan","hope"]},
 {"id":"score","title":"Keep the score","phase":"during","who":["hope"]}],
"timeline":[{"at":"19:15","title":"Round 1: general knowledge"}],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"hope", "keepin score now round 1 has started", "doing:score"},
		{"dan", "table 1 done", "!done:buzzers"},
		{"dan", "job 1 done", "done:buzzers"},
		{"dan", "#1 done", "done:buzzers"},
	})
}

// TestUnderstand_AtTheirJobsPlace: the sender at the place their own job
// is named by, at work there, has started it; "im at the door" alone may
// be arriving, someone else's place is not their job, and "waiting at the
// door" is no work.
func TestUnderstand_AtTheirJobsPlace(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Game show","venue":"Centre","people":[
 {"id":"ade","name":"Ade","phone":"+447700900272","roles":["committee"]},
 {"id":"danny","name":"Danny","phone":"+447700900273","roles":["committee"]}],
"jobs":[
 {"id":"door","title":"Welcome people at the door","phase":"during","who":["ade"]},
 {"id":"ready","title":"Get the green room ready","phase":"setup","who":["danny"]},
 {"id":"green","title":"Look after the green room","phase":"during","who":["danny"]},
 {"id":"tea","title":"Set up the tea table","phase":"setup","who":["danny"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"ade", "at the door saying hello to evry1", "doing:door"},
		{"danny", "in the tea room with the guests", "!doing"},
		{"danny", "im in the green room with the contestants", "doing:green"},
		{"ade", "waiting at the door for my lift", "!doing"},
		{"danny", "at the door saying hello", "!doing"},
		{"ade", "is anyone at the door saying hello", "!doing"},
	})
}

// TestUnderstand_ThSaidAsF: "garef" is Gareth spelt as it is often said.
func TestUnderstand_ThSaidAsF(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Game show","venue":"Centre","people":[
 {"id":"amira","name":"Amira","phone":"+447700900274","roles":["committee"]}],
"jobs":[{"id":"bibs","title":"Give out the bibs","phase":"during","who":["amira"]}],
"timeline":[],"rides":[{"id":"r2","name":"Gareth","pickup":"taxi","at":"22:00","note":"Swift Cabs"}]}`)
	checkBarn(t, n, []readCase{
		{"amira", "garef gon in the taxi", "ride:r2=gone"},
		{"amira", "gareth gone in his taxi", "ride:r2=gone"},
	})
}

// TestUnderstand_DoingMyHeadIn: "the lights r doing my head in" moans
// about them; nobody has started a job on the lights.
func TestUnderstand_DoingMyHeadIn(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Ball","venue":"Centre","people":[
 {"id":"dan","name":"Dan","phone":"+447700900275","roles":["committee"]}],
"jobs":[
 {"id":"up","title":"Put up the fairy lights","phase":"setup","who":["dan"]},
 {"id":"down","title":"Take down the fairy lights","phase":"close","who":["dan"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"dan", "the lights r doing my head in", "!doing"},
		{"dan", "doing the lights now", "doing:up"},
	})
}

// TestUnderstand_EveryoneSignedIn: "evryone signed in now" from the one
// who signs people in is their job done; from anyone else it is news, and
// "not everyone signed in yet" changes nothing.
func TestUnderstand_EveryoneSignedIn(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Games","venue":"Hut","people":[
 {"id":"nadia","name":"Nadia","phone":"+447700900276","roles":["committee"]},
 {"id":"gary","name":"Gary","phone":"+447700900277","roles":["staff"]}],
"jobs":[
 {"id":"signin","title":"Sign people in at the door","phase":"during","who":["nadia"]},
 {"id":"tea","title":"Make the tea","phase":"during","who":["gary"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"nadia", "evryone signed in now", "done:signin"},
		{"nadia", "evry1 is signd in now", "done:signin"},
		{"gary", "everyone signed in now", "!done"},
		{"nadia", "not everyone signed in yet", "!done"},
		{"nadia", "has everyone signed in", "!done"},
	})
}

// TestUnderstand_AtTheVillageHall: "im at the villige hall" arrives, though
// a taxi firm is called Village Cabs; "village cabs here" is still the
// firm, and "im at the bowlin alley" arrives at the bowling alley.
func TestUnderstand_AtTheVillageHall(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Mystery","venue":"St Mary's Village Hall","people":[
 {"id":"danny","name":"Danny","phone":"+447700900278","roles":["committee"]}],
"jobs":[{"id":"photo","title":"Set up the photo wall","phase":"setup","who":["danny"]}],
"timeline":[],"rides":[{"id":"r1","name":"Pauline","pickup":"taxi","at":"22:00","note":"Village Cabs"},
 {"id":"r2","name":"Kev","pickup":"taxi","at":"22:15","note":"Village Cabs"}]}`)
	checkBarn(t, n, []readCase{
		{"danny", "im at the villige hall", "here"},
		{"danny", "im at the bowlin alley", "here"},
		{"danny", "village cabs here for pauline", "ride:r1=gone"},
		{"danny", "village cabs are late", "problem:taxi"},
		{"danny", "if it rains we go in the hall", "!here"},
	})
}

// TestUnderstand_DroppedTheirDrink: a drink or food dropped or knocked is
// a spill ("there" for "their" too); drinks "dropped off" are delivered.
// A firm that "cant send anyone" lets a guest down.
func TestUnderstand_DroppedTheirDrink(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Ball","venue":"Centre","people":[
 {"id":"robin","name":"Robin","phone":"+447700900279","roles":["committee"]},
 {"id":"bev","name":"Bev","phone":"+447700900280","roles":["staff"]}],
"jobs":[{"id":"snow","title":"Set up the snow machine","phase":"setup","who":["robin"]}],
"timeline":[],"rides":[{"id":"r1","name":"Kieran","pickup":"taxi","at":"22:00","note":"Northern Cars"}]}`)
	checkBarn(t, n, []readCase{
		{"robin", "sumone dropped there drink by the snow machine", "problem:spill"},
		{"robin", "someone knocked their juice into the ball pit", "problem:spill"},
		{"robin", "dropped the drinks off at the bar", "!problem"},
		{"bev", "Northern Cars have just rung to say they can't send anyone for Kieran", "problem:taxi"},
	})
}

// TestUnderstand_WontShutIsStuck: a thing that "wont spin" or a door that
// "wont shut" is a fault, even from the one whose job it is; "doors wont
// open till 7" is the plan.
func TestUnderstand_WontShutIsStuck(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Game show","venue":"Centre","people":[
 {"id":"sunny","name":"Sunny","phone":"+447700900281","roles":["committee"]},
 {"id":"bev","name":"Bev","phone":"+447700900282","roles":["staff"]}],
"jobs":[
 {"id":"wheel","title":"Put up the spinning wheel","phase":"setup","who":["sunny"]},
 {"id":"doors","title":"Check the fire doors","phase":"setup","who":["sunny"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"sunny", "the wheel wont spin its stuck", "problem:other"},
		{"sunny", "the fire door wont shut", "problem:other"},
		{"bev", "doors wont open till 7", "!problem"},
	})
}

// TestUnderstand_FireIsOutOpensTheText: "The fire is out completely, ive
// poured two buckets over it" opens with the fire put out; the buckets
// are how. "handin out lollys" is still the lollies.
func TestUnderstand_FireIsOutOpensTheText(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Camp","venue":"Scout Hut","people":[
 {"id":"gary","name":"Gary","phone":"+447700900283","roles":["staff"]},
 {"id":"will","name":"Will","phone":"+447700900284","roles":["committee"]}],
"jobs":[
 {"id":"buckets","title":"Fill the fire buckets with water and sand","phase":"setup","who":["will"]},
 {"id":"fireout","title":"Put the fire out safely","phase":"close","who":["gary","will"]},
 {"id":"raffle","title":"Hand out the raffle tickets","phase":"during","who":["gary"]},
 {"id":"lollies","title":"Give the kids their lollies","phase":"during","who":["gary"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"gary", "The fire is out completely, I've poured two buckets over it and it's cold now", "done:fireout"},
		{"gary", "handin out lollys now", "!done"},
		{"will", "fire buckets are full", "done:buckets"},
	})
}

// TestUnderstand_AllThereTokens: "all there tokens" is "all their tokens",
// so a lost purse is still lost; "all there now" is all present.
func TestUnderstand_AllThereTokens(t *testing.T) {
	checkBarn(t, barnNight(t), []readCase{
		{"ann", "someone has lost there purse with all there tokens in", "problem:lost"},
		{"ann", "chairs all there now", "!problem"},
	})
}

// TestUnderstand_ErSaidAsA: "dabbas" and "speaka" are the night's
// "dabbers" and "speaker", written as said.
func TestUnderstand_ErSaidAsA(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Bingo","venue":"Hall","people":[
 {"id":"sky","name":"Sky","phone":"+447700900285","roles":["committee"]}],
"jobs":[
 {"id":"dabbers","title":"Put the dabbers out","phase":"setup","who":["sky"]},
 {"id":"speaker","title":"Set up the speaker","phase":"setup","who":["sky"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"sky", "put all the dabbas out", "done:dabbers"},
		{"sky", "speaka set up", "done:speaker"},
	})
}

// TestUnderstand_PiesInTheOven: a job's food in the oven, for a job that
// warms it, is under way; asked, or a thing that is no food of a cooking
// job, it is not. "bilt" is "built".
func TestUnderstand_PiesInTheOven(t *testing.T) {
	n := planNight(t, `{"id":"n9","title":"Karaoke","venue":"Hall","people":[
 {"id":"joy","name":"Joy","phone":"+447700900286","roles":["committee"]},
 {"id":"kyle","name":"Kyle","phone":"+447700900287","roles":["committee"]}],
"jobs":[
 {"id":"pies","title":"Warm up the mince pies","phase":"during","who":["joy"]},
 {"id":"trays","title":"Put out the trays","phase":"setup","who":["joy"]},
 {"id":"stall","title":"Build the ring toss stall","phase":"setup","who":["kyle"]}],
"timeline":[],"rides":[]}`)
	checkBarn(t, n, []readCase{
		{"joy", "pies in the oven now", "doing:pies"},
		{"joy", "are the pies in the oven", "!doing"},
		{"joy", "trays in the oven", "!doing:trays"},
		{"kyle", "ring toss stall bilt", "done:stall"},
	})
}
