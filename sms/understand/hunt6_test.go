package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// galaPlan is a made-up karaoke gala for the problems, claims and
// presence hunt: names that are words (Will, Hope, Joy), similar names
// (Dan, Danny), two jobs of one person on the speakers (a word of
// trouble), a floor to sweep, a venue whose name holds a word of trouble
// ("Lost Mill Hall") and a taxi firm.
const galaPlan = `{"id":"g6","title":"Karaoke Gala","venue":"Lost Mill Hall","people":[
 {"id":"will","name":"Will","phone":"+447700906901","roles":["committee"]},
 {"id":"hope","name":"Hope","phone":"+447700906902","roles":["committee"]},
 {"id":"joy","name":"Joy","phone":"+447700906903","roles":["committee"]},
 {"id":"dan","name":"Dan","phone":"+447700906904","roles":["committee"]},
 {"id":"danny","name":"Danny","phone":"+447700906905","roles":["volunteer"]},
 {"id":"jo","name":"Jo","phone":"+447700906906","roles":["staff"]}],
"jobs":[
 {"id":"speakers","title":"Set up the speakers","phase":"setup","who":["dan"]},
 {"id":"bar","title":"Run the bar","phase":"during","who":["hope"]},
 {"id":"songs","title":"Write up the song list","phase":"during","who":["will"]},
 {"id":"away","title":"Pack away the speakers","phase":"close","who":["dan"]},
 {"id":"sweep","title":"Sweep the floor","phase":"close","who":["joy","danny"]}],
"timeline":[{"at":"19:00","title":"Doors open"},{"at":"19:30","title":"The Lost Boys sing"}],
"rides":[
 {"id":"g1","name":"Ada","pickup":"taxi","at":"21:00","note":"Blue Cars"},
 {"id":"g2","name":"Frank","pickup":"taxi","at":"21:00","note":"Star Taxis"}]}`

type galaCase struct{ setup, from, text, want string }

// checkGala reads each case on a fresh gala night after its setup: ""
// nothing, "alert" a spill raised by someone else and texted to the
// sender, "claim" a spill the sender holds, "in" the sender checked in.
func checkGala(t *testing.T, cases []galaCase) {
	t.Helper()
	for _, tc := range cases {
		n := planNight(t, galaPlan)
		ctx := understand.Context{Now: "19:30"}
		other := "jo"
		if tc.from == "jo" {
			other = "will"
		}
		switch tc.setup {
		case "alert":
			n, ctx = WithAlertBy(t, n, other, "Drink spilt by the bar")
		case "claim":
			n, ctx = WithClaimBy(t, n, tc.from, other)
		case "in":
			n = MustApply(t, n, night.Command{Type: night.CmdCheckIn, By: tc.from, Person: tc.from})
		}
		checkReading(t, n, ctx, tc.from, tc.text, tc.want)
	}
}

// TestUnderstand_PackedPlaceIsACrowd: a place said to be packed ("dance
// floor is packed", "bar is packed out") is full of people, not a job
// packed away; "speakers packed" still is.
func TestUnderstand_PackedPlaceIsACrowd(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "joy", "dance floor is packed", ""},
		{"", "will", "the dance floor is packed", ""},
		{"", "danny", "floor is packed tonight", ""},
		{"", "hope", "the bar is packed out", ""},
		{"", "joy", "its packed in here", ""},
		{"", "hope", "hall is absolutely packed", ""},
		{"", "dan", "speakers packed away", "done:away"},
		{"", "joy", "floor swept", "done:sweep"},
		{"", "dan", "the speakers are packed up", "done:away"},
	})
}

// TestUnderstand_LateRideWorriesItsGuest: a guest worried or upset
// because their ride is late ("franks cab is late hes worried") is news of
// the ride; a fight beside a taxi is still an upset.
func TestUnderstand_LateRideWorriesItsGuest(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "hope", "franks cab is late he's worried", "problem:taxi"},
		{"", "joy", "adas taxi hasnt come and shes getting upset", "problem:taxi"},
		{"", "will", "blue cars not here ada is anxious", "problem:taxi"},
		{"", "joy", "ada is crying her taxi hasnt come", "problem:any"},
		{"", "hope", "2 lads fighting by the taxi", "problem:upset"},
	})
}

// TestUnderstand_OfferToSearchIsNoNewMissing: "ill go find her" offers to
// look; it tells of no one newly missing, so no problem is raised.
func TestUnderstand_OfferToSearchIsNoNewMissing(t *testing.T) {
	checkGala(t, []galaCase{
		{"alert", "hope", "i'll go find her", "!problem"},
		{"alert", "will", "ill look for him", "!problem"},
		{"", "joy", "ill go and find ada", "!problem"},
		{"", "joy", "cant find ada anywhere", "problem:missing"},
		{"", "dan", "can u help me find frank", "problem:missing"},
		{"", "hope", "i cant find ada", "problem:missing"},
		{"", "hope", "im looking for ada she has gone", "problem:missing"},
	})
}

// TestUnderstand_FoundTheThingSought: "found the coat" finds a thing
// already spoken of. With a lost thing open it is that problem sorted;
// from someone holding another problem it is passed on; "found a coat"
// is still new lost property.
func TestUnderstand_FoundTheThingSought(t *testing.T) {
	lostOpen := func(t *testing.T, sender string, claim bool) (*night.Night, understand.Context) {
		n := planNight(t, galaPlan)
		n = MustApply(t, n, night.Command{Type: night.CmdRaise, By: "jo", Kind: night.Lost, Text: "Black coat gone from the rail"})
		id := n.Problems[0].ID
		if claim {
			n = MustApply(t, n, night.Command{Type: night.CmdClaim, By: sender, Problem: id})
		}
		return n, understand.Context{Now: "19:30", LastAlertProblem: id}
	}
	n, ctx := lostOpen(t, "hope", true)
	checkReading(t, n, ctx, "hope", "found the coat", "sorted")
	n, ctx = lostOpen(t, "hope", false)
	checkReading(t, n, ctx, "hope", "found the black coat by the bar", "sorted")
	checkGala(t, []galaCase{
		{"claim", "hope", "found the coat", ""},
		{"claim", "joy", "i found his phone", ""},
		{"", "hope", "found a coat by the bar", "problem:lost"},
		{"claim", "hope", "found a phone on the floor", "problem:lost"},
	})
}

// TestUnderstand_JoyfulWordsAreNoUpset: "dancing like mad" and "crying
// with joy" tell of a happy crowd, not an upset guest.
func TestUnderstand_JoyfulWordsAreNoUpset(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "hope", "everyones dancing like mad", ""},
		{"", "will", "they r singin like crazy lol", ""},
		{"", "danny", "ada sang her heart out she was crying with joy", ""},
		{"", "dan", "frank in tears of happiness", ""},
		{"", "hope", "ada is crying her eyes out", "problem:upset"},
		{"", "hope", "a man is going mad at the bar", "problem:upset"},
	})
}

// TestUnderstand_WatchForIsNoNews: "remember to watch for spills" asks
// the team to look out; nothing has happened.
func TestUnderstand_WatchForIsNoNews(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "jo", "remember to watch for spills by the bar", ""},
		{"", "jo", "keep a look out for anyone upset", ""},
		{"", "jo", "be on the lookout for lost coats", ""},
		{"", "hope", "watch out a spill by the bar", "problem:spill"},
	})
}

// TestUnderstand_FetchingTheKitIsNoCall: "ill get the first aid kit"
// offers to fetch it; "can someone get the first aid kit" still calls for
// first aid.
func TestUnderstand_FetchingTheKitIsNoCall(t *testing.T) {
	checkGala(t, []galaCase{
		{"alert", "dan", "ill get the first aid kit", "!problem"},
		{"", "joy", "im bringing the first aid box", "!problem"},
		{"", "hope", "can sum1 get the first aid kit", "problem:unwell"},
		{"", "hope", "get the first aid kit quick", "problem:unwell"},
		{"", "hope", "need first aid at the bar", "problem:unwell"},
	})
}

// TestUnderstand_WhoWasIllIsWhoItIs: "the man who felt ill went home"
// names someone by an illness already told; the news is what they did
// next. "a man who feels ill needs help" still calls. Going home told of
// someone else ("a guest is leaving") does not check the sender out.
func TestUnderstand_WhoWasIllIsWhoItIs(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "joy", "the man who felt ill went home with his wife", ""},
		{"", "hope", "the lady who was sick has gone home now", ""},
		{"", "will", "the girl that fainted is fine now", ""},
		{"", "joy", "the lad who was upset is dancing now", ""},
		{"", "hope", "a man who feels ill needs help by the bar", "problem:unwell"},
		{"", "hope", "lady who fell over is bleeding", "problem:unwell"},
		{"in", "hope", "the lady who was sick has gone home now", "!leaving"},
		{"in", "hope", "a guest is leaving now", "!leaving"},
		{"in", "hope", "he has gone home", "!leaving"},
		{"in", "hope", "going home now", "leaving"},
		{"in", "hope", "she is fine so im going home", "leaving"},
	})
}

// galaWordNames is the gala night with team members whose names are
// words that are not often names (Angel, Faith).
func galaWordNames(t *testing.T) *night.Night {
	t.Helper()
	p, err := night.ParsePlan([]byte(galaPlan))
	if err != nil {
		t.Fatal(err)
	}
	p.People = append(p.People, night.PlanPerson{ID: "angel", Name: "Angel", Phone: "+447700906907", Roles: []string{"committee"}},
		night.PlanPerson{ID: "faith", Name: "Faith", Phone: "+447700906908", Roles: []string{"committee"}})
	return night.NewNight(p)
}

// TestUnderstand_IsSomeoneHereAsks: "is angel here yet" asks whether
// someone has come, even when the name is a word; it never checks the
// sender in. "am i checked in" is not news either.
func TestUnderstand_IsSomeoneHereAsks(t *testing.T) {
	n := galaWordNames(t)
	ctx := understand.Context{Now: "19:30"}
	for _, text := range []string{"is angel here yet", "is angel here", "are faith and angel here", "is the dj here yet", "has angel arrived"} {
		checkReading(t, n, ctx, "hope", text, "")
	}
	checkReading(t, n, ctx, "hope", "im here", "here")
}

// TestUnderstand_NoOneNeededIt: "no one needed the first aid" denies the
// trouble though "no one" stands a few words before it.
func TestUnderstand_NoOneNeededIt(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "joy", "no one needed the first aid", ""},
		{"", "joy", "no one has been sick at all", ""},
		{"", "joy", "no one had to use the first aid kit", ""},
		{"", "joy", "some one needed the first aid", "problem:unwell"},
	})
	// A night with a first aid job, so "first aid" is the job's and "aid"
	// stands alone, five words after "no".
	n := mustPlanNight(t, "../../testdata/hunt6/sports.json")
	checkReading(t, n, understand.Context{Now: "19:30"}, "angel", "no one needed the first aid", "")
	checkReading(t, n, understand.Context{Now: "19:30"}, "bob", "no one needs the first aid tonight", "")
}

// TestUnderstand_SmashedAFeat: "we smashed the penalties" is praise like
// "smashed it"; "smashed the glass" is still broken glass.
func TestUnderstand_SmashedAFeat(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "will", "we smashed the penalties", ""},
		{"", "hope", "ada smashed that song", ""},
		{"", "joy", "you smashed the karaoke tonight", ""},
		{"", "joy", "someone smashed the glass by the bar", "problem:spill"},
		{"", "dan", "smashed a glass", "problem:spill"},
	})
}

// TestUnderstand_FeelingsOfFun: screaming with laughter, sick with nerves
// and a smoke machine tell of a lively night, not trouble; a real scream,
// sickness or smoke still is.
func TestUnderstand_FeelingsOfFun(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "joy", "the kids were screaming with laughter", ""},
		{"", "hope", "everyone shouting with joy", ""},
		{"", "will", "i feel sick with nerves for my song", ""},
		{"", "dan", "the smoke machine is great", ""},
		{"", "dan", "smoke machines on", ""},
		{"", "joy", "a lady is screaming at the bar", "problem:upset"},
		{"", "hope", "a lad feels sick", "problem:unwell"},
		{"", "dan", "smoke coming from the speakers", "problem:any"},
	})
}

// TestUnderstand_ActsTroubleIsTheShow: trouble done by an act of the
// running order ("the lost boys were screaming", "boys cried") is part of
// the show; a guest crying is not.
func TestUnderstand_ActsTroubleIsTheShow(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "joy", "it was so sad when the boys cried", ""},
		{"", "hope", "the lost boys were screaming lol", ""},
		{"", "hope", "a boy is crying by the door", "problem:upset"},
		{"", "hope", "ada cried", "problem:upset"},
		{"", "hope", "the boys are fighting", "problem:upset"},
	})
}

// TestUnderstand_DontFeelWell: "dont feel well" and "doesnt feel well"
// say someone is unwell, as "not feeling well" does; a guest who "dont
// feel like dancing" is not.
func TestUnderstand_DontFeelWell(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "joy", "a man at the door dont feel well", "problem:unwell"},
		{"", "joy", "a lady doesnt feel well", "problem:unwell"},
		{"", "hope", "ada is not feeling very well", "problem:unwell"},
		{"", "hope", "ada dont feel like dancing", ""},
		{"", "hope", "i dont feel well so im going home", "leaving"},
	})
}

// TestUnderstand_SpillToolsAndDryFloors: someone told of a spill who
// answers with a cleaning tool ("ill grab a brush") takes it on; someone
// holding a spill who says the floor is dry or the glass swept up has
// sorted it, even when sweeping the floor is also their job.
func TestUnderstand_SpillToolsAndDryFloors(t *testing.T) {
	checkGala(t, []galaCase{
		{"alert", "will", "ill grab a brush", "claim"},
		{"alert", "hope", "ill get the dustpan", "claim"},
		{"alert", "hope", "ill bring a bucket", "claim"},
		{"claim", "danny", "floor is dry now", "sorted"},
		{"claim", "hope", "floors dry", "sorted"},
		{"claim", "hope", "glass swept up", "sorted"},
		{"", "joy", "floor swept", "done:sweep"},
		{"", "will", "ill grab a brush after the songs", "!claim"},
	})
}

// TestUnderstand_AtTheVenueByTwoWords: "at lost mill" names the venue
// "Lost Mill Hall" by two of its words, though each is an everyday word
// and one is a word of trouble: the sender has come.
func TestUnderstand_AtTheVenueByTwoWords(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "hope", "at lost mill now", "here"},
		{"", "will", "im at lost mill", "here"},
		{"", "hope", "is ada at lost mill", ""},
	})
}

// TestUnderstand_PulledUpAndHomeTimeForMe: "just pulled up outside" and
// "just come in" say the sender has come; "home time for me" that they
// are going. Said of someone else, neither is the sender's.
func TestUnderstand_PulledUpAndHomeTimeForMe(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "jo", "just pulled up outside", "here"},
		{"", "jo", "just pulled in x", "here"},
		{"", "hope", "ive just come in", "here"},
		{"", "hope", "ada has just come in", "!here"},
		{"", "hope", "the dj just pulled up", "!here"},
		{"in", "will", "home time for me night", "leaving"},
		{"in", "will", "thats me off", "leaving"},
		{"in", "will", "home time for ada", "!leaving"},
	})
}

// TestUnderstand_RideNotComeIsLate: a guest's ride that is not a taxi
// and "hasnt come" or "is not here" after its pickup time is late; the
// "not" says so, it denies nothing. Before its time, or "jays bus isnt
// late", nothing changes.
func TestUnderstand_RideNotComeIsLate(t *testing.T) {
	n := mustPlanNight(t, "../../testdata/hunt6/sports.json")
	ctx := understand.Context{Now: "21:20"}
	checkReading(t, n, ctx, "sandra", "jays bus hasnt come", "ride:r5=late")
	checkReading(t, n, ctx, "sandra", "the day centre bus is not here for jay", "ride:r5=late")
	checkReading(t, n, ctx, "sandra", "rays support worker hasnt turned up", "ride:r4=late")
	checkReading(t, n, ctx, "sandra", "jays bus isnt late", "")
	checkReading(t, n, ctx, "sandra", "has jays bus come", "")
	early := understand.Context{Now: "19:30"}
	checkReading(t, n, early, "sandra", "jays bus isnt here yet", "")
	checkReading(t, n, early, "sandra", "tess is still playing her mum isnt here yet", "")
}

// TestUnderstand_IdiomsOfANight: "no need for first aid", "lost in the
// music", "stuck on the door", "dying here" and "screaming for more" are
// how people talk on a good night; none is trouble or an arrival.
func TestUnderstand_IdiomsOfANight(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "danny", "no need for first aid", ""},
		{"", "joy", "frank is lost in the music haha", ""},
		{"", "danny", "im stuck on the door for a bit", ""},
		{"", "dan", "dying here this is so funny", ""},
		{"", "will", "the kids are screaming for more", ""},
		{"", "joy", "ada is lost", "problem:missing"},
		{"", "danny", "the lift is stuck", "problem:other"},
		{"", "hope", "im stuck in the toilet", "problem:other"},
		{"", "joy", "lady screaming at the door", "problem:upset"},
		{"", "dan", "here now", "here"},
	})
}

// TestUnderstand_PlayFightIsAllWell: a fight said to be friendly or in
// fun ("a bit of a fight but all friendly", "just messing") is all well;
// a fight is still news.
func TestUnderstand_PlayFightIsAllWell(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "will", "the match was a bit of a fight but all friendly", ""},
		{"", "hope", "2 lads wrestling just messing", ""},
		{"", "hope", "they were fighting over the mic all in good fun", ""},
		{"", "hope", "2 lads fighting by the bar", "problem:upset"},
	})
}

// TestUnderstand_ThanksAndOthersOnIt: thanks for sorting a problem, or
// trouble told with "but dan got it", raise no new problem; trouble told
// plainly still does.
func TestUnderstand_ThanksAndOthersOnIt(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "jo", "well done for sorting the spill dan", "!problem"},
		{"", "hope", "thanks for finding ada joy", "!problem"},
		{"", "will", "cheers for cleaning up the sick", "!problem"},
		{"", "hope", "i was gonna say there was a spill but dan got it", "!problem"},
		{"", "hope", "lady fainted but joy is with her", "!problem"},
		{"", "hope", "sorting out a spill by the bar", "!none"},
		{"", "hope", "spill by the bar dan", "problem:spill"},
		{"", "hope", "a lady fainted but joy cant find the first aid kit", "problem:unwell"},
	})
}

// TestUnderstand_CameToWatchAndGonnaCry: a parent who "came to see the
// match" has not collected their guest; "im gonna cry this is so good" is
// the sender's joy; "the lady who lost her coat found it" is over.
func TestUnderstand_CameToWatchAndGonnaCry(t *testing.T) {
	n := mustPlanNight(t, "../../testdata/hunt6/sports.json")
	ctx := understand.Context{Now: "19:30"}
	checkReading(t, n, ctx, "bobby", "leon's mum came to see the match", "")
	checkReading(t, n, ctx, "bobby", "tess mum came to watch", "")
	checkReading(t, n, ctx, "bobby", "tess mum came for her", "ride:r3=gone")
	checkGala(t, []galaCase{
		{"", "hope", "i'm gonna cry this is so good", ""},
		{"", "hope", "ada is going to cry shes so upset", "problem:upset"},
		{"", "will", "the lady who lost her coat found it", ""},
		{"", "will", "a lady lost her coat", "problem:lost"},
	})
}

// TestUnderstand_VenueWordIsNoFirm: a taxi firm named like the venue
// ("Mill Cabs" at "Lost Mill Hall") is not what "im at the mill hall"
// speaks of: the sender has come. "mill cabs are here" is still the firm.
func TestUnderstand_VenueWordIsNoFirm(t *testing.T) {
	p, err := night.ParsePlan([]byte(galaPlan))
	if err != nil {
		t.Fatal(err)
	}
	p.Rides[0].Note = "Mill Cabs"
	n := night.NewNight(p)
	ctx := understand.Context{Now: "19:30"}
	checkReading(t, n, ctx, "hope", "im at the mill hall", "here")
	checkReading(t, n, ctx, "hope", "mill cabs are here", "!here")
}

// TestUnderstand_IllAndGoneHome: someone else unwell who has gone home
// already ("i think rose is poorly she has gone home") needs no alert; a
// guest unwell here still does.
func TestUnderstand_IllAndGoneHome(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "jo", "i think hope is poorly she has gone home", "!problem"},
		{"", "jo", "dan felt sick so he went home", "!problem"},
		{"", "jo", "hope is poorly", "problem:unwell"},
		{"", "jo", "a lady is poorly by the door", "problem:unwell"},
		{"in", "hope", "feeling sick going home", "leaving"},
	})
}

// TestUnderstand_BusyCrowdIsGoodNews: how a busy, happy crowd is told
// ("bar is rammed", "speakers r blasting", "no dramas") is good news that
// needs nothing; it is answered, not passed to a person.
func TestUnderstand_BusyCrowdIsGoodNews(t *testing.T) {
	n := planNight(t, galaPlan)
	ctx := understand.Context{Now: "19:30"}
	for _, text := range []string{"bar is rammed", "speakers r blasting", "no dramas", "quiet night so far",
		"the crowd went wild for the lost boys", "dance floor is heaving"} {
		if got := understand.Understand(text, n, "hope", ctx); got.Kind != understand.None {
			t.Errorf("%q = %s; want none", text, got.Expect(n))
		}
	}
	checkGala(t, []galaCase{{"", "hope", "bar is rammed and a lady fainted", "problem:unwell"}})
}

// TestUnderstand_CheckForLostStuff: "check the changing rooms for lost
// stuff" is a job of looking; "lost my phone" is still lost property.
func TestUnderstand_CheckForLostStuff(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "jo", "dont forget to check the changing rooms for lost stuff", "!problem"},
		{"", "jo", "looked under the seats for lost things none there", "!problem"},
		{"", "hope", "lost my phone", "problem:lost"},
		{"", "hope", "found some lost stuff by the bar", "problem:lost"},
	})
}

// TestUnderstand_MeantAndSafe: lights off on purpose, the sender's own
// coat left in their car and guests all accounted for are no trouble and
// tick no job.
func TestUnderstand_MeantAndSafe(t *testing.T) {
	checkGala(t, []galaCase{
		{"", "dan", "the stage lights went off on purpose for the scene", ""},
		{"", "hope", "i left my coat in the car", ""},
		{"", "jo", "all guests accounted for", ""},
		{"", "dan", "the lights went off", "problem:other"},
		{"", "hope", "someone left their coat on the chair", "problem:lost"},
	})
}
