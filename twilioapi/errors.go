package twilioapi

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"

	"github.com/twilio/twilio-go/client"
)

// SendError is a failed send with the provider's HTTP status, and whether
// trying again later may work (5xx, 429, timeouts) or not (other 4xx).
type SendError struct {
	Status    int
	Temporary bool
	Err       error
}

func (e *SendError) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("send failed with HTTP %d: %v", e.Status, e.Err)
	}
	return fmt.Sprintf("send failed: %v", e.Err)
}

func (e *SendError) Unwrap() error { return e.Err }

// Temporary reports whether a failed send is worth trying again: timeouts,
// network failures, 5xx and 429 are; a refusal such as a 400 is not.
func Temporary(err error) bool {
	if err == nil {
		return false
	}
	var se *SendError
	if errors.As(err, &se) {
		return se.Temporary
	}
	var tre *client.TwilioRestError
	if errors.As(err, &tre) {
		return tre.Status >= 500 || tre.Status == 429
	}
	var v1 *client.RestErrorV1
	if errors.As(err, &v1) {
		return v1.HttpStatusCode >= 500 || v1.HttpStatusCode == 429
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) {
		return true
	}
	var ue *url.Error
	return errors.As(err, &ue)
}
