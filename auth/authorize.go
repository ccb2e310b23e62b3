package auth

import "github.com/clubnight/clubnight/night"

// Authorize fills in where a command comes from and who sent it, from the
// caller's credentials rather than the command's own words, and refuses
// what this caller may not do. Every adapter that takes commands (the JSON
// API, the websocket) calls it, so the rules live in one place.
func (p Principal) Authorize(c *night.Command) error {
	if c.Type == night.CmdReplace || c.Plan != nil {
		return night.Errorf(night.Invalid, "Load a new plan from the dashboard, or with PUT /api/nights/{id}.")
	}
	switch p.Kind {
	case Kiosk:
		if !c.Type.KioskAllowed() {
			return night.Errorf(night.Forbidden, "The venue screen cannot do that. Use the dashboard.")
		}
		c.Source = night.FromKiosk
	case Member:
		c.Source = night.FromDashboard
		if p.Person != "" {
			// A member acts as themselves: the activity log names them.
			c.By = p.Person
		}
	case Admin:
		c.Source = night.FromAPI
	default:
		return night.Errorf(night.Forbidden, "Please sign in first.")
	}
	if c.Type == night.CmdAddPerson {
		return p.CheckNewPerson(c.Roles)
	}
	return nil
}
