// Package smstest is the harness shared by the tests of the SMS and voice
// services: an sms.Options with waits short enough for tests, a logger a
// test can switch on, and a way to post a webhook form as Twilio does.
// The fake Twilio itself is internal/faketwilio.
package smstest

import (
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/sms"
)

// Options is the SMS service on h as tests run it: clock now, logs to log
// (nil for none), and polls, retries and leases short so a test waits
// little; the sender follows cfg (Twilio when configured, else the
// simulator).
func Options(h *hub.Hub, cfg *config.Config, now func() time.Time, log *slog.Logger) sms.Options {
	return sms.Options{Hub: h, Config: cfg, Clock: now, Logger: log, Location: time.Local,
		TickEvery: 20 * time.Millisecond, PollEvery: 20 * time.Millisecond, RetryBase: 50 * time.Millisecond,
		RetryMax: 200 * time.Millisecond, SendTimeout: 2 * time.Second, Lease: 3 * time.Second}
}

// Logger returns a debug logger writing to w; with w nil, to stderr when
// the environment variable env is set (SMS_TEST_LOG=1 go test ...), else
// nil, which the services take as no logs.
func Logger(w io.Writer, env string) *slog.Logger {
	if w == nil && os.Getenv(env) != "" {
		w = os.Stderr
	}
	if w == nil {
		return nil
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// Post sends form to target as Twilio posts a webhook, with sig as its
// X-Twilio-Signature when sig is not empty, and returns the answer.
func Post(t testing.TB, target string, form url.Values, sig string) (status int, header http.Header, body []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if sig != "" {
		req.Header.Set("X-Twilio-Signature", sig)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ = io.ReadAll(res.Body)
	return res.StatusCode, res.Header, body
}
