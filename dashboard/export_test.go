package dashboard

import (
	"context"
	"net/http/httptest"
)

// Hooks for the black-box tests.

// ProcessPhoto is processPhoto.
var ProcessPhoto = processPhoto

// FollowKioskKey runs one poll of the kiosk key, as Start does every few
// seconds.
func (d *Dashboard) FollowKioskKey(ctx context.Context) { d.followKioskKey(ctx) }

// PairURL is the kiosk link the page shows when reached at host.
func (d *Dashboard) PairURL(host string) string {
	r := httptest.NewRequest("GET", "/dashboard/kiosk", nil)
	r.Host = host
	return d.pairURL(r)
}
