package understand

// reminderNote reports a notice to the team that opens as a reminder:
// "Reminder: quiz starts at 7.45, answer sheets are on the snack bar",
// "just a reminder taxis are booked for 10". It tells the team what is
// planned; nothing on the night changes. A problem told in it still goes
// to a person.
func (a *analysis) reminderNote() bool {
	c := a.content()
	if len(c) < 3 || a.asking() {
		return false
	}
	opens := false
	for _, i := range c[:min(3, len(c))] {
		opens = opens || reminderWords[a.w(i)]
	}
	if !opens {
		return false
	}
	for _, h := range a.problemHits() {
		if h.kind != "taxi" || len(a.lateIdx()) > 0 {
			return false
		}
	}
	return true
}

var reminderWords = set("reminder", "reminders")
