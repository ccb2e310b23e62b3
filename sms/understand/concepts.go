package understand

import (
	"slices"
	"strings"
)

// A phrase is a run of canonical words; a concept is the phrases that say
// one thing ("on it", "i will go", ...). Phrases are matched after
// normalising, so they are written in the canonical forms: "i am", not "im".
type phrase []string

func ph(list ...string) []phrase {
	out := make([]phrase, len(list))
	for i, p := range list {
		out[i] = strings.Fields(p)
	}
	return out
}

// cross is every phrase made of one word from each list, in order:
// cross({"hit"}, {"his", "her"}, {"head"}) is "hit his head", "hit her head".
func cross(lists ...[]string) []phrase {
	out := []phrase{nil}
	for _, words := range lists {
		next := make([]phrase, 0, len(out)*len(words))
		for _, p := range out {
			for _, w := range words {
				next = append(next, append(slices.Clip(p), w))
			}
		}
		out = next
	}
	return out
}

// What a text asks for, said in plain words.
var (
	undoStrong = ph("undo", "undone", "take back", "take it back", "take that back", "taken back", "revert",
		"reverse", "reverse that", "go back", "scrap that", "cancel that", "ignore that", "ignore my last",
		"cancel last", "cancel my last", "scrap my last", "scrap the last", "cancel the last", "ignore the last",
		"delete that", "delete my last", "delete the last", "ignore last", "change that back", "change it back",
		"put it back", "put that back", "untick", "un tick", "untick that", "scratch that", "scratch my last",
		"scratch the last", "pressed that too soon", "pressed it too soon", "ticked that too soon",
		"ticked it too soon", "sent that too soon", "said done too soon", "pressed done too soon")
	undoWeak = ph("oops", "mistake", "mistaken", "my bad", "wrong", "did not mean", "not meant", "by accident",
		"accidentally", "cancel that", "cancel it", "cancel last", "ignore that", "ignore last", "ignore my last",
		"scrap that", "wrong one", "wrong job", "wrong number", "not that one", "meant")

	claimStrong = ph("on it", "i will go", "i will help", "i will deal", "i will sort", "i will do it",
		"i will get it", "i will look", "i will check", "i will take", "i will handle", "i will come",
		"i will be there", "i will see to", "i will sort it", "i will fix", "i can help", "i can go",
		"i can do it", "i can deal", "i can sort", "i can come", "can i help", "leave it with me",
		"leave it to me", "leave that with me", "leave this with me", "i got it", "i have got it",
		"i have got this", "i got this", "i have it", "dealing with it", "handling it", "i am dealing",
		"i am handling", "i am going to help", "i am helping", "i am sorting", "sorting it",
		"i will go and", "i will head", "i will pop", "i will nip", "happy to help", "i could help",
		"i am coming to help", "i am going there", "going there now", "i am heading there")
	// claimMoving says the sender is going to a problem; it claims one
	// only when there is one to go to.
	claimMoving = ph("on my way", "i am on my way", "on the way", "i am coming", "coming now",
		"going now", "heading there", "heading over", "going over", "coming over", "running over",
		"be there in", "there in a", "i am going over", "i am heading over", "be right there", "right there",
		"be there soon", "on way", "right over", "be right over", "coming with", "i am coming with",
		"on my way with", "bringing the", "i am nearest", "i am closest", "i am nearer", "going to it",
		"i am going to it", "heading to it")
	// claimShort are answers to an alert that mean a claim only when they
	// are all the text says: "me", "coming", "will do".
	claimShort = ph("coming", "will do", "got it", "me", "i will", "i am going", "be there", "i am there",
		"ok going", "yes going", "going", "me me", "i can", "i could", "i will do", "i go", "gonna get it", "get it")
	sortedStrong = ph("sorted", "fixed", "resolved", "solved", "dealt with", "sorted out", "back on",
		"working again", "working now", "up and running", "all sorted", "calmed down", "calm now",
		"better now", "feels better", "feeling better", "cleaned up", "cleaned it up", "cleaned it", "mopped",
		"mopped up", "cleared up", "found him", "found her", "found them", "turned up", "came back", "is back",
		"all clear", "sorted now", "taken care of", "handled", "back again", "playing again", "no longer",
		"anymore", "any more", "stopped arguing", "stopped crying", "stopped fighting", "stopped shouting",
		"stopped bleeding", "stopped being sick", "all cleaned")
	sortedWeak = ph("ok now", "all ok", "all good", "all fine", "fine now", "good now", "alright now",
		"all right now", "all right", "is ok", "is fine", "is alright", "are ok", "are fine", "done now",
		"all done", "no problem now", "stopped now", "all calm", "quiet now", "ok again", "fine again")
	// rideGone says a guest has left: "jo has gone home", "alex picked up".
	rideGone = ph("gone", "left", "went", "collected", "picked up", "taken", "departed", "away", "gone home",
		"got on the minibus", "got on the bus", "on the minibus", "got in the minibus", "on the bus home",
		"came for", "come for", "came to get", "picked up by",
		"went home", "going home", "got in", "in the taxi", "in taxi", "took",
		"home safe", "safe home", "got home", "off home", "on her way home", "on his way home",
		"on their way home", "got picked up", "got collected", "been collected", "been picked up",
		"home", "walked home", "in his taxi", "in her taxi", "in their taxi", "in the cab", "in his cab", "in her cab", "picked him up", "picked her up",
		"picked them up", "came for him", "came for her", "came for them", "collected him", "collected her",
		"got him", "got her", "took him", "took her", "took them", "fetched him", "fetched her")
	// rideInCar says a guest is in a car, so gone, unless it is the car
	// park ("kev is in the car park" is waiting, not gone).
	rideInCar = ph("in the car", "in car", "in his car", "in her car", "in their car")
	carPark   = ph("car park", "carpark")
	// pickupArrived says whoever takes a guest home has come: "alexs mum came".
	pickupArrived = ph("here", "came", "arrived", "come", "outside", "turned up", "is here", "has come")

	hereWords = ph("here", "arrived", "i am in", "checked in", "check in", "checking in", "signed in",
		"sign in", "signing in", "at the hall", "at the venue", "at the club", "in the hall", "at hall",
		"got here", "made it", "i am there", "present", "in the building", "reporting for duty", "clocked in",
		"clocking in", "i am at the hall", "i am at the venue", "in now", "i am hear", "hear now",
		"i am hear now", "just got to", "got to the", "i have got to", "walked in", "just walked in",
		"i am outside", "outside now", "coming in now", "just got in", "i am in the building",
		// Arriving: at the door or the car park, the sender is here.
		"in the car park", "in the carpark", "at the car park", "coming in", "parked up", "just parked",
		"nearly there", "almost there", "just pulled up", "pulled up outside", "just pulled in", "just come in",
		"just came in", "i have come in",
		// Brought by someone: "mum dropped me off".
		"dropped me off", "dropped me at", "dropped me here", "brought me here")
	leaveWords = ph("leaving", "i am leaving", "going home", "go home", "gone home", "heading home",
		"home time for me", "that is me off", "that is me away",
		"heading off", "off home", "off now", "i am off", "bye", "goodbye", "see you", "goodnight",
		"good night", "night all", "night night", "night everyone", "signing out", "sign out", "signed out",
		"checking out", "check out", "checked out", "clocking off", "clocking out", "clocked off",
		"clocked out", "done for tonight", "done for the night", "finished for tonight",
		"finished for the night", "on my way home", "i left", "i have left", "home now", "leave now",
		"heading out", "away home", "away now", "going now bye", "off to bed", "i am going now",
		"got to go", "have to go", "i have to go", "i must go", "need to go", "i need to go",
		"i am out", "left now", "walking home", "getting the bus home", "have to leave", "got to leave",
		"need to leave", "going to leave", "i will leave", "i am going home", "i am heading home")

	statusWords = ph("what is next", "what next", "what now", "what is on", "what is happening",
		"what happening", "what happens", "what is going on", "what time", "when", "how long",
		"what is the time", "schedule", "running order", "timetable", "programme", "program",
		"what is after", "what comes next", "after this", "is it time", "what happens now", "what is on now",
		"what is on next", "what is the plan", "the plan", "when is", "what is first", "start time",
		"when do", "when does", "what is coming up", "coming up next", "what is coming",
		// "hows the nite going": how the night is going now
		"how is the night going", "how is it going", "how is it all going", "how is everything going",
		"how is everything", "how are things going", "how are things", "how is the night", "how is it looking",
		// "where are we up to": how far the night has got
		"where are we up to", "where we up to", "where are we at now", "where have we got to")
	// nightAsk ask after the whole night, inside a longer question: "could
	// i have a quick update on how the night is going".
	nightAsk = ph("how the night is going", "how the evening is going", "how everything is going",
		"where we are with the running order", "where we are up to", "where we are with the night")
	// jobsAsk are questions about one's own jobs; jobList are words that
	// ask for the list when nothing else is said.
	jobsAsk = ph("what am i doing", "what do i do", "what do i need to do", "what should i do",
		"what should i be doing", "what can i do", "what have i got", "what have i got to do",
		"what is my job", "what are my jobs", "what i am doing", "what i doing", "what i do", "what to do",
		"anything to do", "anything else to do", "what else", "what do you need", "what do you want me to do",
		"what am i on", "what is mine", "which jobs", "which job", "what are my tasks", "what jobs",
		"what i got", "what do i have", "what have i", "what must i do", "what job", "tell me my jobs",
		"what am i meant to be doing", "what am i supposed to do", "what am i supposed to be doing",
		"what am i down for", "am i down for", "what i have got to do", "what have i got to do", "remind me what i",
		"what i have to do", "what i am doing again", "what am i down to do", "what is on my list", "what have i got on",
		"what is my next job", "what is my task", "what am i to do", "what is left", "what else can i do",
		"what next for me", "what now for me", "what shall i do", "where do you want me", "where am i")
	jobList = ph("jobs", "my jobs", "my job", "job list", "my list", "list", "tasks", "task", "rota", "job",
		"my tasks", "to do list", "todo")
	doneStrong = ph("done", "finished", "finish", "complete", "completed", "did", "all done",
		"ticked off", "over", "ended", "finshed")
	doneWeak = ph("ready", "set up", "all set", "put out", "put up", "up", "cleaned", "tidied", "checked",
		"out", "given", "drawn", "delivered", "tested", "installed", "swept", "hoovered", "working",
		"all working", "works", "laid", "sold", "sold out", "stacked", "swept", "hung", "packed",
		"packed away", "put away", "cleared", "emptied", "locked up", "switched on", "turned on", "placed", "handed out", "finito", "sorted it",
		"sorted", "fixed", "sorted out", "laid out", "in place", "good to go", okMoji, "ok now", "sorted now",
		// "so i can come off the door": off duty there.
		"i can come off", "i came off", "i have come off", "i am coming off", "we can come off", "we came off",
		"built", "all built")
	doingWords = ph("doing", "now doing", "starting", "start", "started", "begin", "beginning", "begun",
		"working on", "going to do", "going to start", "about to", "on my way to", "on my way up to",
		"on my way over to", "on my way down to", "on my way round to", "heading up to", "heading over to", "setting",
		"setting up", "putting", "getting", "helping", "will do", "i will do", "i am on", "heading to",
		"going to", "do", "on with", "cracking on", "gonna do", "getting on", "making a start",
		"going to help", "help with", "helping with", "i will help with", "open", "opened", "now open",
		"is open", "opening")
	// bareVerbs may stand without a job ("done", "starting now"); other
	// verb words ("up", "on", "out") say something only about a job named.
	bareVerbs = ph("done", "finished", "finish", "complete", "completed", "all done", "ready", "doing",
		"now doing", "starting", "start", "started", "begin", "beginning", "working on", "about to start",
		"making a start", "starting now", "did it", "finshed", "ticked off", "all set", "all set up", "set up")
	// sortedJob are the sorted words that also mean a job is done: "bar
	// sorted". The rest ("working again") only ever mean a problem.
	sortedJob = ph("sorted", "fixed", "sorted out", "all sorted", "sorted now", "sorted it", "cleaned up",
		"cleared up", "cleaned it up")
	doneNegated = ph("not done", "not finished", "not ready", "not complete", "not completed",
		"have not done", "did not finish", "not finish", "have not finished", "did not do", "not set up", "unfinished", "not did", "not over")

	socialPhrases = ph("oh no", "no worries", "no problem", "not a problem", "no problems", "thank you",
		"many thanks", "thanks a lot", "thanks so much", "thank you so much", "much appreciated",
		"well done", "good job", "nice one", "spot on", "see you soon", "have fun", "lots of love", "take care",
		"quick question", "quick update", "quick reminder", "quick message", "good evening", "good morning", "good afternoon", "hi there", "hey there",
		"great night", "lovely night", "brilliant night", "fab night", "good fun", "great fun", "love this",
		"what a night", "great party", "love it", "good night tonight", "great night tonight")
)

// greetings open a text; a name right after one is the person addressed.
var greetings = set("hi", "hiya", "hey", "heya", "hello", "helo", "hullo", "yo", "morning", "evening",
	"afternoon", "dear", "hiii", "howdy", "alright", "evenin", "mornin")

// socialWords carry no request: thanks, kisses, please, laughter.
var socialWords = set("thanks", "thank", "cheers", "x", "love", "please", "lol", "haha", "hehe", "ha",
	"hun", "hon", "babe", "ps", "lmao", "lmfao", "rofl", "xoxo", "bless", "sorry", smileMoji, "hi", "hiya",
	"hey", "heya", "hello", "helo", "hullo", "yo", "dear", "howdy")

// ackWords are answers that ask for nothing: ok, yes, great.
var ackWords = set("ok", "yes", "cool", "great", "nice", "good", "fine", "lovely", "brilliant", "brill",
	"ace", "grand", "sure", "right", "alright", "noted", "understood", "perfect", "super", "awesome",
	"wicked", "fab", "fantastic", "amazing", "excellent", "np", "yay", "woohoo", "wow", "fun", "happy",
	"sound", "lush", "class", "will", okMoji, "there", "all", "everyone", "guys",
	"team", "now", "you", "again", "too", "as", "well", "really", "very", "so", "just", "and", "the", "a",
	"it", "is", "was", "that", "this", "ta", "much")

// questionStarts begin a yes/no question: "is the bar done?".
var questionStarts = set("is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "can",
	"could", "should", "shall", "will", "would", "am", "may", "might")

// subjects can follow a question start: "is the ...", "has jo ...".
var subjects = set("i", "you", "we", "he", "she", "they", "it", "the", "a", "an", "my", "your", "our",
	"their", "his", "her", "that", "this", "there", "anyone", "someone", "everyone", "anybody", "somebody",
	"every", "everybody", "each", "any")

// carrierKeywords are the words a carrier acts on when a text is only that
// word. Understand never makes them a command (HELP excepted, which the
// contract makes a problem).
var carrierKeywords = set("stop", "stopall", "unsubscribe", "end", "quit", "revoke", "optout", "cancel",
	"start", "unstop", "yes", "info")

// CommandWords returns the canonical words the SMS contract teaches. None
// of them is a carrier opt-out or opt-in keyword.
func CommandWords() []string {
	return []string{"JOBS", "DONE", "DOING", "UNDO", "PROBLEM", "ON IT", "SORTED", "HERE", "LEAVING",
		"WHAT'S NEXT", "HELP"}
}

// IsCarrierKeyword reports whether text is only a word carriers act on
// themselves (STOP, UNSUBSCRIBE, END, QUIT, STOPALL, REVOKE, OPTOUT, CANCEL,
// START, UNSTOP, YES, INFO, HELP), ignoring case, spaces and punctuation.
func IsCarrierKeyword(text string) bool {
	w := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if r == ' ' || r == '.' || r == '!' || r == '\n' || r == '\r' || r == '\t' {
			return -1
		}
		return '#'
	}, text)
	return carrierKeywords[w] || w == "help"
}
