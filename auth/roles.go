package auth

import (
	"slices"

	"github.com/clubnight/clubnight/night"
)

// Who may change roles is decided here, and only here: the plan editor, a
// plan import, a copy, add_person and making a night live all ask.
//
// The organiser role is the one role that grants rights (phone numbers,
// plan exports, wipes). A caller who is not an organiser may change any
// other label, but may neither give the organiser role nor take it away:
// taking the last one away would leave a night with no organiser, where
// everyone counts as one.

// errRoles is what a member who may not change roles is told.
func errRoles() error {
	return night.Errorf(night.Forbidden, "Only an organiser can make someone an organiser, or stop them being one. Please ask an organiser.")
}

// CheckRoles decides whether p may save people with the roles in after,
// where before is who holds the organiser role now: the night's people as
// stored, those of the night being copied, or nil for a new night.
func (p Principal) CheckRoles(before, after []night.PlanPerson) error {
	if p.Organiser {
		return nil
	}
	was := map[string]bool{}
	for _, pp := range before {
		was[pp.ID] = slices.Contains(pp.Roles, night.RoleOrganiser)
	}
	now := map[string]bool{}
	for _, pp := range after {
		org := slices.Contains(pp.Roles, night.RoleOrganiser)
		now[pp.ID] = true
		if org != was[pp.ID] {
			return errRoles()
		}
	}
	for id, org := range was {
		if org && !now[id] {
			return errRoles()
		}
	}
	return nil
}

// CheckNewPerson decides whether p may add a person with roles to a live
// night (add_person).
func (p Principal) CheckNewPerson(roles []string) error {
	if !p.Organiser {
		return night.Errorf(night.Forbidden, "Only an organiser can add phone numbers. Any team member can be one.")
	}
	return p.CheckRoles(nil, []night.PlanPerson{{Roles: roles}})
}

// CheckMakeLive decides whether p may make a night live. Making live a
// night where nobody is an organiser, while the live night has one, would
// make everyone an organiser, so only an organiser may.
// live is the live night now (nil when there is none).
func (p Principal) CheckMakeLive(live, next *night.Night) error {
	if p.Organiser || hasOrganiser(next) || !hasOrganiser(live) {
		return nil
	}
	return night.Errorf(night.Forbidden, "Nobody on that night is an organiser, so only an organiser can make it live. Please ask an organiser.")
}

// hasOrganiser reports whether anyone on n holds the organiser role.
func hasOrganiser(n *night.Night) bool {
	if n == nil {
		return false
	}
	for i := range n.People {
		if n.People[i].HasRole(night.RoleOrganiser) {
			return true
		}
	}
	return false
}
