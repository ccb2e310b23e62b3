package understand

// actedOnPerson reports a past verb at i whose object is a person: "the
// bronco threw me off", "the swing hit him". Said right after a job's
// thing, the thing did something to someone; no job is done. Only object
// pronouns count: "everyone" or a name after the verb often starts the
// next clause ("grotto closed evry1 had a go").
func (a *analysis) actedOnPerson(i int) bool {
	return personObjects[a.w(i+1)]
}

// personObjects are people as the object of a verb, never its subject.
var personObjects = set("me", "him", "her", "them", "us")
