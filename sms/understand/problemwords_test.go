package understand_test

import (
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// TestUnderstand_TroubleSeenElsewhere: trouble on the news, on the telly
// or in a film is not trouble at the night.
func TestUnderstand_TroubleSeenElsewhere(t *testing.T) {
	checkHarm(t, []readCase{
		{"mark", "big fire on the news tonight near town", ""},
		{"faye", "omar was crying at the film on tv lol", ""},
		{"sue", "someone collapsed on telly in a soap", ""},
		{"bill", "omar has gone missing", "problem:missing"},
	})
}

// TestUnderstand_TroubleOver: "panic over", "false alarm", "all patched
// up" say the trouble has passed; "was missing but" tells of trouble that
// turned out fine, which a person reads rather than the team being
// texted.
func TestUnderstand_TroubleOver(t *testing.T) {
	checkHarm(t, []readCase{
		{"jack", "found the glue pots panic over", ""},
		{"sue", "ruth grazed her hand earlier all patched up now", ""},
		{"faye", "false alarm the smoke was the toaster", ""},
		{"bill", "pete was missing but he was in the loo", ""},
		{"bill", "ruth was sick but shes dancing again", ""},
		{"bill", "pete is in a panic over his taxi", "problem:upset"},
		{"bill", "ruth was sick and now shes crying", "problem:unwell"},
	})
}

// TestUnderstand_OwnRideIn: "my taxi is late, be there soon" is the
// sender on their way, not a guest's ride home.
func TestUnderstand_OwnRideIn(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "my taxi is late sorry be there soon", ""},
		{"jack", "my cab hasnt come yet be there in 10", ""},
		{"sue", "omars taxi is late", "problem:taxi"},
	})
}

// TestUnderstand_SlangPraise: "smashed it", "its mad", "sick beats" praise
// the night; they are no spill, no anger and no illness.
func TestUnderstand_SlangPraise(t *testing.T) {
	checkHarm(t, []readCase{
		{"mark", "raffle done and bill smashed it", ""},
		{"faye", "you smashed it tonight", ""},
		{"jack", "its mad in here lol so busy", ""},
		{"faye", "sick beats tonight", ""},
		{"mark", "the beats are sick", ""},
		{"faye", "someone smashed a glass by the door", "problem:spill"},
		{"faye", "omar is mad at pete", "problem:upset"},
	})
}

// TestUnderstand_SomeoneLostAThing: "someone lost a scarf" is a thing
// lost, never a person missing.
func TestUnderstand_SomeoneLostAThing(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "someones lost a red towel its by the door", ""},
		{"sue", "somebody lost a blanket", ""},
	})
}

// TestUnderstand_OwnMishapLaughed: the sender's own bump told with a
// laugh is asked about before the team is texted.
func TestUnderstand_OwnMishapLaughed(t *testing.T) {
	checkHarm(t, []readCase{
		{"jack", "i got hit by a paint brush lol", ""},
		{"jack", "i got pushed over by the door", "problem:upset"},
	})
}

// TestUnderstand_NextTimeIsAWish: "can we get a louder speaker next time"
// wishes for another night; nothing is wrong now.
func TestUnderstand_NextTimeIsAWish(t *testing.T) {
	checkHarm(t, []readCase{
		{"mark", "too quiet can we get a bigger speaker next time", ""},
		{"sue", "the kettle is broken we need a new one next month", ""},
	})
}

// TestUnderstand_ClaimedIsAWord: "claimed" is a word, not "calmed"
// mistyped, and "no bother" is not "no brother".
func TestUnderstand_ClaimedIsAWord(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "ive claimed that spill", ""},
		{"faye", "spilt a bit of the glue no bother wiped it", ""},
	})
}

// TestUnderstand_FindHerAnywhere: "cant find her anywhere" seeks a
// person; "anywhere" is no belonging of hers.
func TestUnderstand_FindHerAnywhere(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "where is ruth we cant find her anywhere", "problem:missing"},
		{"faye", "cant find him anywhere, pete was by the door", "problem:missing"},
		{"faye", "ruth cant find her scarf", "problem:lost"},
	})
}

// TestUnderstand_SickThings: a sick bucket or sick bag is a thing, and "a
// quick one" opens a text; neither is trouble.
func TestUnderstand_SickThings(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "the sick bucket is under the sink if you need it", ""},
		{"sue", "quick one the spare chairs are in the shed", ""},
		{"sue", "ruth was sick in the bucket", "problem:unwell"},
	})
}

// TestUnderstand_OwnSadFace: the sender's own small loss with only a sad
// face ("i dropped my crisps 😭") is asked about, not sent to the team as
// someone upset.
func TestUnderstand_OwnSadFace(t *testing.T) {
	checkHarm(t, []readCase{
		{"jack", "i dropped my biscuit 😭", ""},
		{"jack", "ruth is upset 😭", "problem:upset"},
	})
}

// TestUnderstand_SomeoneOnIt: "bill is on the spill" says someone is
// dealing with it; "is someone on the spill" asks. Neither is a new
// spill for the team.
func TestUnderstand_SomeoneOnIt(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "bill is on the spill", ""},
		{"sue", "is someone on the spill", ""},
		{"sue", "faye is on the mess by the sink", ""},
		{"sue", "theres a spill on the floor by the sink", "problem:spill"},
	})
}

// TestUnderstand_LostThenFound: "lost his phone but found it" and "dropped
// her purse but got it back" tell of trouble already over.
func TestUnderstand_LostThenFound(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "ruth dropped her purse but got it back", ""},
		{"faye", "omar lost his keys but pete is looking", "problem:lost"},
	})
}

// TestUnderstand_Idioms: "lost for words", "sick and tired", a song called
// fire and an alarm that "was a test" are no trouble.
func TestUnderstand_Idioms(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "ruth is lost for words she loved it", ""},
		{"bill", "i am sick and tired of selling tickets lol", ""},
		{"mark", "the song fire by the kings is next", ""},
		{"mark", "next up is a song called fight", ""},
		{"sue", "the siren went off outside it was a test", ""},
		{"sue", "the fire alarm went off", "problem:other"},
	})
}

// TestUnderstand_FoundThingNotTheSpill: a lost thing found again, told
// while a spill is open, does not mark the spill sorted.
func TestUnderstand_FoundThingNotTheSpill(t *testing.T) {
	n, ctx := WithAlertBy(t, mustCraftNight(t), "sue", "Juice spilt by the sink")
	for _, text := range []string{"omar lost his keys but found them in his coat", "ruth dropped her purse but got it back"} {
		checkReading(t, n, ctx, "faye", text, "")
	}
}

// TestUnderstand_FirmWordLast: a taxi firm whose name is common words
// ("Blue Line") named as the last word of a text is read without a
// crash.
func TestUnderstand_FirmWordLast(t *testing.T) {
	n := planNight(t, `{"id":"x","title":"Disco","people":[
 {"id":"lin","name":"Lin","phone":"+447700900701","roles":["staff"]}],
"jobs":[{"id":"door","title":"Take money at the door","phase":"during","who":["lin"]}],
"rides":[{"id":"b2","name":"Amber","pickup":"taxi","at":"21:30","note":"Blue Line"}]}`)
	checkReading(t, n, understand.Context{Now: "19:30"}, "lin", "ambers been waiting 30 mins for blue line", "problem:taxi")
	checkReading(t, n, understand.Context{Now: "19:30"}, "lin", "waiting on the line", "")
}

// TestUnderstand_PraiseWords: "dead good", "was fire", "everyone went mad
// for it", "the lights are sick" praise the night.
func TestUnderstand_PraiseWords(t *testing.T) {
	checkHarm(t, []readCase{
		{"mark", "the speakers are dead good", ""},
		{"faye", "the raffle was fire", ""},
		{"faye", "everyone went mad for the raffle", ""},
		{"faye", "the kids went mad when bill won", ""},
		{"faye", "the paints are sick", ""},
		{"mark", "the speaker is dead", "problem:music"},
		{"faye", "the kitchen is on fire", "problem:other"},
		{"faye", "omar went mad at pete", "problem:upset"},
		{"faye", "omar feels sick", "problem:unwell"},
	})
}

// TestUnderstand_OwnJourneyIn: the sender's bus broke down and they will
// be late: their own way in, not trouble at the night.
func TestUnderstand_OwnJourneyIn(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "the bus broke down ill be late", ""},
		{"jack", "train is stuck outside town be there soon", ""},
	})
}

// TestUnderstand_MissedAThing: a guest who "missed the raffle" missed a
// part of the night, not a ride.
func TestUnderstand_MissedAThing(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "omar missed the raffle he was in the loo", ""},
		{"faye", "omar missed his taxi", "problem:taxi"},
	})
}

// TestUnderstand_WetPeopleAndLostPropertyBox: people soaked by a water
// fight or wet grass are no spill; where the lost property box is, is no
// lost thing.
func TestUnderstand_WetPeopleAndLostPropertyBox(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "everyones drenched lol", ""},
		{"faye", "wet grass everywhere careful", ""},
		{"sue", "lost property box is by the door", ""},
		{"sue", "water all over the floor by the sink", "problem:spill"},
		{"sue", "someone handed in a phone to lost property", "problem:lost"},
	})
}

// TestUnderstand_ButLaughing: trouble told, then "but" and a laugh or
// "just", is most likely no trouble; a person reads it.
func TestUnderstand_ButLaughing(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "ruth says her tummy hurts but she just wants more biscuits lol", ""},
		{"faye", "omar fell over but hes laughing", ""},
		{"faye", "omar fell over and hes bleeding lol", "problem:unwell"},
	})
}

// TestUnderstand_PersonOnFire: "omar is on fire tonight" is almost always
// praise; it asks before texting the team.
func TestUnderstand_PersonOnFire(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "omar is on fire tonight", ""},
		{"faye", "the bin is on fire", "problem:other"},
	})
}

// TestUnderstand_SoakedPerson: a named person soaked is no spill; soaked
// and shivering is someone unwell.
func TestUnderstand_SoakedPerson(t *testing.T) {
	checkHarm(t, []readCase{
		{"faye", "omar is soaked", ""},
		{"faye", "ruth is soaked and shivering", "problem:unwell"},
	})
}

// TestUnderstand_OthersClaimReported: "bill said hes on it" tells who took
// the spill on; the sender is not marked as on it.
func TestUnderstand_OthersClaimReported(t *testing.T) {
	n, ctx := WithAlertBy(t, mustCraftNight(t), "sue", "Juice spilt by the sink")
	checkReading(t, n, ctx, "faye", "bill said hes on it", "")
	checkReading(t, n, ctx, "faye", "jack says he will do it", "")
	checkReading(t, n, ctx, "faye", "on it", "claim")
	checkReading(t, n, ctx, "faye", "im on it", "claim")
}

// TestUnderstand_TheOpenSpill: "the spill is by the sink", told while a
// spill is open, is about that spill, not a new one; "cant right now"
// declines, it reports nothing wrong.
func TestUnderstand_TheOpenSpill(t *testing.T) {
	n, ctx := WithAlertBy(t, mustCraftNight(t), "sue", "Juice spilt by the sink")
	checkReading(t, n, ctx, "faye", "the spill is by the sink", "")
	checkReading(t, n, ctx, "faye", "that spill is huge", "")
	checkReading(t, n, ctx, "faye", "cant right now im on the paints", "")
	checkReading(t, n, ctx, "faye", "another spill by the door", "problem:spill")
	checkReading(t, mustCraftNight(t), understand.Context{Now: "19:30"}, "faye", "the spill is by the sink", "problem:spill")
}

// TestUnderstand_IfAnyoneAndTastes: "if anyone feels sick tell me" says
// what to do, not what happened; "ruth doesnt like loud music" is her
// taste, no fault with the music.
func TestUnderstand_IfAnyoneAndTastes(t *testing.T) {
	checkHarm(t, []readCase{
		{"sue", "if anyone feels sick tell me", ""},
		{"sue", "let me know if someone gets lost", ""},
		{"sue", "ruth doesnt like loud music", ""},
		{"sue", "omar feels sick and if anyone has a bucket bring it", "problem:unwell"},
		{"mark", "the music is not working", "problem:music"},
	})
}
