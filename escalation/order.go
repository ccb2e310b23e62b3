package escalation

// A problem's texts go in order: its "Still needs help" alerts never
// before its first alerts, a follow-up never before the alert it follows.

// FollowUpStep stands for a follow-up's place in WaitsFor: after every
// alert to its person.
const FollowUpStep = -1

// Alert is one alert: to Person, at Step.
type Alert struct {
	Person string
	Step   int
}

// WaitsFor is the alerts about a problem a text to person at step must
// not overtake: for an alert, every alert of an earlier step; for a
// follow-up (FollowUpStep), the person's own alert. asked is who was asked
// about the problem, at which step.
func WaitsFor(asked Asked, step int, person string) []Alert {
	var out []Alert
	for who, at := range asked {
		if step == FollowUpStep && who == person || step > Team && at < step {
			out = append(out, Alert{Person: who, Step: at})
		}
	}
	return out
}
