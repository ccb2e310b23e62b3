package twiliosig_test

import (
	"net/url"
	"testing"

	"github.com/twilio/twilio-go/client"

	"github.com/clubnight/clubnight/twiliosig"
)

// Sign must agree with twilio-go's own RequestValidator, which the webhook
// uses to check.
func TestSign_AgreesWithTwilioValidator(t *testing.T) {
	form := url.Values{"From": {"+447700900103"}, "Body": {"bar done 👍"}, "MessageSid": {"SM1"}, "To": {"+447700900000"}}
	sig := twiliosig.Sign("auth-token", "https://clubnight.example.org/sms/inbound", form)
	params := map[string]string{}
	for k, v := range form {
		params[k] = v[0]
	}
	v := client.NewRequestValidator("auth-token")
	if !v.Validate("https://clubnight.example.org/sms/inbound", params, sig) {
		t.Fatal("twilio-go does not accept our signature")
	}
	if v.Validate("https://clubnight.example.org/sms/status", params, sig) {
		t.Fatal("a signature for one URL must not pass for another")
	}
}
