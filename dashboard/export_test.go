package dashboard

import (
	"context"
	"net/http/httptest"
)

// Hooks for the black-box tests.

// FollowKioskKey runs one poll of the kiosk key, as Start does every few
// seconds.
func (d *Dashboard) FollowKioskKey(ctx context.Context) { d.followKioskKey(ctx) }

// ProcessPhoto processes one photo with the default budget.
func ProcessPhoto(data []byte) ([]byte, error) {
	return newPhotoDecoder(DecodeBudget, DecodeSlots).Process(context.Background(), data)
}

// PhotoDecoder is the photo decoder.
type PhotoDecoder = photoDecoder

// NewPhotoDecoder returns a decoder with its own budget and slots.
func NewPhotoDecoder(budget int64, slots int) *PhotoDecoder { return newPhotoDecoder(budget, slots) }

// PairURL is the kiosk link the page shows when reached at host.
func (d *Dashboard) PairURL(host string) string {
	r := httptest.NewRequest("GET", "/dashboard/kiosk", nil)
	r.Host = host
	return d.pairURL(r)
}

// KioskNote is what the Kiosk page says above the pairing code.
func (d *Dashboard) KioskNote() string { return d.kioskNote() }
