package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/clubnight/clubnight/loadtest"
)

// runLoad drives a running hub: `clubnight load -url http://127.0.0.1:8080
// -key KIOSK_KEY -token ADMIN_TOKEN -screens 1000 -changes 200 -rate 20`.
func runLoad(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("load", flag.ContinueOnError)
	fs.SetOutput(stdout)
	cfg := loadtest.Config{Log: os.Stderr}
	var people string
	fs.StringVar(&cfg.URL, "url", "http://127.0.0.1:8080", "the hub's base URL")
	fs.StringVar(&cfg.SendURL, "send-url", "", "send changes to this hub instead (another replica on the same Redis)")
	fs.StringVar(&cfg.KioskKey, "key", os.Getenv("CLUBNIGHT_KIOSK_KEY"), "kiosk key")
	fs.StringVar(&cfg.AdminToken, "token", os.Getenv("CLUBNIGHT_ADMIN_TOKEN"), "admin token (for -via api)")
	fs.StringVar(&cfg.Night, "night", "", "night id (default: the live night)")
	fs.IntVar(&cfg.Screens, "screens", 100, "websocket screens to open")
	fs.IntVar(&cfg.Changes, "changes", 200, "changes to send")
	fs.Float64Var(&cfg.Rate, "rate", 20, "changes per second")
	fs.StringVar(&cfg.Via, "via", "api", "api or sms")
	fs.StringVar(&people, "people", "sam,priya,tom,jade,marcus,kim,leon", "comma list: person ids (api) or phone numbers (sms) who take turns checking in and out")
	fs.StringVar(&cfg.TwilioAuthToken, "twilio-token", os.Getenv("TWILIO_AUTH_TOKEN"), "sign webhook posts with this auth token")
	fs.StringVar(&cfg.PublicURL, "public-url", os.Getenv("PUBLIC_URL"), "the URL the hub checks signatures against")
	fs.Float64Var(&cfg.Stalled, "stalled", 0, "share of screens that never read (0..1)")
	fs.DurationVar(&cfg.Hold, "hold", 0, "keep screens open this long after the last change")
	missed := fs.Int("reconnect-missed", 0, "instead: drop every screen, send this many changes, and reconnect them all at once with since")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg.People = strings.Split(people, ",")
	start := time.Now()
	if *missed > 0 {
		rep, err := loadtest.RunReconnect(ctx, cfg, *missed)
		if err != nil {
			return fmt.Errorf("load: %w", err)
		}
		fmt.Fprintln(stdout, rep)
		return nil
	}
	rep, err := loadtest.Run(ctx, cfg)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	fmt.Fprintln(stdout, rep)
	fmt.Fprintf(stdout, "total time %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}
