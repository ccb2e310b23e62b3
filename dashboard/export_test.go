package dashboard

import "context"

// Hooks for the black-box tests.

// ProcessPhoto is processPhoto.
var ProcessPhoto = processPhoto

// FollowKioskKey runs one poll of the kiosk key, as Start does every few
// seconds.
func (d *Dashboard) FollowKioskKey(ctx context.Context) { d.followKioskKey(ctx) }
