package config_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/config"
)

// env is a Lookup over a fixed set of settings.
func env(kv ...string) config.Lookup {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(name string) (string, bool) {
		v, ok := m[name]
		return v, ok
	}
}

// MustConfig parses settings that must be valid.
func MustConfig(t *testing.T, lookup config.Lookup) *config.Config {
	t.Helper()
	c, err := config.FromEnv(lookup)
	if err != nil {
		t.Fatalf("FromEnv: %v", err)
	}
	return c
}

// MustProblems parses settings that must be malformed, and returns each
// problem, checking each is a one-line *config.Error.
func MustProblems(t *testing.T, lookup config.Lookup) []*config.Error {
	t.Helper()
	c, err := config.FromEnv(lookup)
	if err == nil {
		t.Fatalf("FromEnv accepted the settings: %+v", c)
	}
	if c != nil {
		t.Fatalf("FromEnv returned a config with an error")
	}
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	var out []*config.Error
	for _, e := range errs {
		var ce *config.Error
		if !errors.As(e, &ce) {
			t.Fatalf("problem %T %q is not a *config.Error", e, e)
		}
		if strings.ContainsAny(ce.Error(), "\n\r") {
			t.Fatalf("problem spans lines: %q", ce.Error())
		}
		if ce.Error() != ce.Setting+": "+ce.Problem {
			t.Fatalf("problem %q does not start with its setting %q", ce.Error(), ce.Setting)
		}
		out = append(out, ce)
	}
	if lines := strings.Split(err.Error(), "\n"); len(lines) != len(out) {
		t.Fatalf("error has %d lines for %d problems: %q", len(lines), len(out), err)
	}
	return out
}

func TestFromEnv_Defaults(t *testing.T) {
	for name, lookup := range map[string]config.Lookup{
		"Empty":      env(),
		"AllBlank":   env("CLUBNIGHT_ADDR", "", "REDIS_URL", "  ", "CLUBNIGHT_SMS_RATE", "", "CLUBNIGHT_LOG", " ", "TWILIO_FROM", ""),
		"OSLikeNone": func(string) (string, bool) { return "", false },
	} {
		t.Run(name, func(t *testing.T) {
			c := MustConfig(t, lookup)
			want := config.Config{Addr: "127.0.0.1:8080", AddrDefaulted: true, DataDir: "./clubnight-data", PublicURL: "http://localhost:8080",
				SMSRate: 20, SMSPer: time.Minute, KeyPrefix: "cn:", LogFormat: "text", WipeAfterDays: 30, Durable: "master"}
			if c.TimeZone == nil || c.TimeZone.String() != "Europe/London" {
				t.Fatalf("default time zone = %v, want Europe/London", c.TimeZone)
			}
			c.TimeZone = nil
			if !reflect.DeepEqual(*c, want) {
				t.Fatalf("defaults = %+v; want %+v", *c, want)
			}
			if !c.Embedded() || c.Twilio() {
				t.Fatalf("defaults: embedded %v, twilio %v", c.Embedded(), c.Twilio())
			}
		})
	}
}

func TestFromEnv_Set(t *testing.T) {
	c := MustConfig(t, env(
		"CLUBNIGHT_ADDR", " 127.0.0.1:9000 ",
		"REDIS_URL", "redis://redis:6379/1",
		"CLUBNIGHT_DATA", "/var/lib/clubnight",
		"CLUBNIGHT_ADMIN_TOKEN", "0123456789abcdef",
		"CLUBNIGHT_KIOSK_KEY", "kiosk-key-123",
		"PUBLIC_URL", "https://clubnight.example.org/",
		"TWILIO_ACCOUNT_SID", "AC123",
		"TWILIO_AUTH_TOKEN", "secrettoken0123",
		"TWILIO_FROM", "+447700900000",
		"CLUBNIGHT_TWILIO_API_URL", "http://127.0.0.1:9999",
		"CLUBNIGHT_SMS_RATE", "5/s",
		"CLUBNIGHT_SYMBOLS", "/symbols",
		"CLUBNIGHT_KEY_PREFIX", "test:1:",
		"CLUBNIGHT_LOG", "json",
		"CLUBNIGHT_DURABLE", "replica",
		"CLUBNIGHT_TZ", "America/New_York",
	))
	want := config.Config{Addr: "127.0.0.1:9000", RedisURL: "redis://redis:6379/1", DataDir: "/var/lib/clubnight",
		AdminToken: "0123456789abcdef", KioskKey: "kiosk-key-123", PublicURL: "https://clubnight.example.org",
		TwilioAccountSID: "AC123", TwilioAuthToken: "secrettoken0123", TwilioFrom: "+447700900000",
		TwilioAPIURL: "http://127.0.0.1:9999", SMSRate: 5, SMSPer: time.Second, SymbolsDir: "/symbols",
		KeyPrefix: "test:1:", LogFormat: "json", WipeAfterDays: 30, Durable: "replica"}
	if c.TimeZone == nil || c.TimeZone.String() != "America/New_York" {
		t.Fatalf("time zone = %v", c.TimeZone)
	}
	c.TimeZone = nil
	if !reflect.DeepEqual(*c, want) {
		t.Fatalf("config = %+v\nwant %+v", *c, want)
	}
	if c.Embedded() || !c.Twilio() {
		t.Fatalf("embedded %v, twilio %v", c.Embedded(), c.Twilio())
	}
}

func TestFromEnv_PublicURLFromAddr(t *testing.T) {
	cases := []struct{ addr, want string }{
		{":8080", "http://localhost:8080"},
		{":0", "http://localhost:0"},
		{"127.0.0.1:9000", "http://127.0.0.1:9000"},
		{"clubnight.local:80", "http://clubnight.local:80"},
		{"[::1]:8080", "http://[::1]:8080"},
	}
	for _, tc := range cases {
		t.Run(tc.addr, func(t *testing.T) {
			if got := MustConfig(t, env("CLUBNIGHT_ADDR", tc.addr)).PublicURL; got != tc.want {
				t.Fatalf("PublicURL = %q; want %q", got, tc.want)
			}
		})
	}
}

func TestFromEnv_Malformed(t *testing.T) {
	twilio := "TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM"
	cases := []struct {
		name    string
		env     []string
		setting string
		says    string // part of the problem
		secret  string // must not appear in the error
	}{
		{"AddrNoPort", []string{"CLUBNIGHT_ADDR", "8080"}, "CLUBNIGHT_ADDR", `"8080" is not a listen address`, ""},
		{"AddrNamedPort", []string{"CLUBNIGHT_ADDR", "localhost:http"}, "CLUBNIGHT_ADDR", `port "http" must be a number`, ""},
		{"AddrPortTooBig", []string{"CLUBNIGHT_ADDR", ":70000"}, "CLUBNIGHT_ADDR", `port "70000"`, ""},
		{"AddrEmptyPort", []string{"CLUBNIGHT_ADDR", "localhost:"}, "CLUBNIGHT_ADDR", `port ""`, ""},
		{"AddrTooManyColons", []string{"CLUBNIGHT_ADDR", "a:b:8080"}, "CLUBNIGHT_ADDR", "is not a listen address", ""},
		{"AddrNewline", []string{"CLUBNIGHT_ADDR", ":80\n80"}, "CLUBNIGHT_ADDR", `port "80\n80"`, ""},
		{"RedisScheme", []string{"REDIS_URL", "http://redis:6379"}, "REDIS_URL", "must start with redis://", ""},
		{"RedisNoPort", []string{"REDIS_URL", "redis"}, "REDIS_URL", `"redis" is not host:port`, ""},
		{"RedisSentinelNoMaster", []string{"REDIS_URL", "redis-sentinel://h1:26379"}, "REDIS_URL", "master name", ""},
		{"RedisBadPortWithPassword", []string{"REDIS_URL", "redis://:s3cret@redis:notaport"}, "REDIS_URL", "invalid port", "s3cret"},
		{"RedisBadDBWithPassword", []string{"REDIS_URL", "redis://u:s3cret@redis:6379/abc"}, "REDIS_URL", "database", "s3cret"},
		{"PublicURLNoScheme", []string{"PUBLIC_URL", "clubnight.example.org"}, "PUBLIC_URL", "must be a full address", ""},
		{"PublicURLFTP", []string{"PUBLIC_URL", "ftp://clubnight.example.org"}, "PUBLIC_URL", "must be a full address", ""},
		{"PublicURLNoHost", []string{"PUBLIC_URL", "https://"}, "PUBLIC_URL", "must be a full address", ""},
		{"PublicURLNewline", []string{"PUBLIC_URL", "https://a\nb"}, "PUBLIC_URL", "must be a full address", ""},
		{"TwilioSIDOnly", []string{"TWILIO_ACCOUNT_SID", "AC1"}, twilio, "set all three", ""},
		{"TwilioTokenOnly", []string{"TWILIO_AUTH_TOKEN", "tok-s3cret"}, twilio, "set all three", "tok-s3cret"},
		{"TwilioFromOnly", []string{"TWILIO_FROM", "+447700900000"}, twilio, "set all three", ""},
		{"TwilioNoFrom", []string{"TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "tok-s3cret"}, twilio, "set all three", "tok-s3cret"},
		{"TwilioNoToken", []string{"TWILIO_ACCOUNT_SID", "AC1", "TWILIO_FROM", "+447700900000"}, twilio, "set all three", ""},
		{"TwilioNoSID", []string{"TWILIO_AUTH_TOKEN", "tok-s3cret", "TWILIO_FROM", "+447700900000"}, twilio, "set all three", "tok-s3cret"},
		{"TwilioTokenNotPlain", []string{"TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "tok-s3cret ", "TWILIO_FROM", "+447700900000"},
			"TWILIO_AUTH_TOKEN", "only letters and digits", "tok-s3cret"},
		{"DurableWord", []string{"CLUBNIGHT_DURABLE", "always"}, "CLUBNIGHT_DURABLE", `"always" must be master or replica`, ""},
		{"DurableEmbedded", []string{"CLUBNIGHT_DURABLE", "replica"}, "CLUBNIGHT_DURABLE", "needs a Redis", ""},
		{"TwilioAPIURLNoScheme", []string{"CLUBNIGHT_TWILIO_API_URL", "localhost:9999"}, "CLUBNIGHT_TWILIO_API_URL", "must be a full address", ""},
		{"TwilioAPIURLNoHost", []string{"CLUBNIGHT_TWILIO_API_URL", "http:///2010-04-01"}, "CLUBNIGHT_TWILIO_API_URL", "must be a full address", ""},
		{"SMSRateNoUnit", []string{"CLUBNIGHT_SMS_RATE", "20"}, "CLUBNIGHT_SMS_RATE", `"20" must look like 20/min`, ""},
		{"SMSRateZero", []string{"CLUBNIGHT_SMS_RATE", "0/min"}, "CLUBNIGHT_SMS_RATE", "whole number from 1", ""},
		{"SMSRateUnit", []string{"CLUBNIGHT_SMS_RATE", "20/fortnight"}, "CLUBNIGHT_SMS_RATE", "must end in /s, /min or /hour", ""},
		{"AdminTokenShort", []string{"CLUBNIGHT_ADMIN_TOKEN", "short-s3cret"}, "CLUBNIGHT_ADMIN_TOKEN", "at least 16 characters", "short-s3cret"},
		{"KioskKeyShort", []string{"CLUBNIGHT_KIOSK_KEY", "k-s3cret"}, "CLUBNIGHT_KIOSK_KEY", "at least 12 characters", "k-s3cret"},
		{"KeyPrefixOpenBrace", []string{"CLUBNIGHT_KEY_PREFIX", "{cn:"}, "CLUBNIGHT_KEY_PREFIX", "must not contain { or }", ""},
		{"KeyPrefixBraces", []string{"CLUBNIGHT_KEY_PREFIX", "{cn}:"}, "CLUBNIGHT_KEY_PREFIX", "must not contain { or }", ""},
		{"LogXML", []string{"CLUBNIGHT_LOG", "xml"}, "CLUBNIGHT_LOG", `"xml" must be text or json`, ""},
		{"LogCase", []string{"CLUBNIGHT_LOG", "JSON"}, "CLUBNIGHT_LOG", `"JSON" must be text or json`, ""},
		{"LogNewline", []string{"CLUBNIGHT_LOG", "te\nxt"}, "CLUBNIGHT_LOG", `"te\nxt" must be text or json`, ""},
		{"TimeZone", []string{"CLUBNIGHT_TZ", "Mars/Olympus"}, "CLUBNIGHT_TZ", `"Mars/Olympus" is not a time zone`, ""},
		{"DebugAddr", []string{"CLUBNIGHT_DEBUG_ADDR", "nowhere"}, "CLUBNIGHT_DEBUG_ADDR", `"nowhere" is not a listen address`, ""},
		{"WipeDays", []string{"CLUBNIGHT_WIPE_AFTER_DAYS", "soon"}, "CLUBNIGHT_WIPE_AFTER_DAYS", "must be a whole number of days", ""},
		{"TrustedProxies", []string{"CLUBNIGHT_TRUSTED_PROXIES", "172.16.0.0/12, caddy"}, "CLUBNIGHT_TRUSTED_PROXIES", `"caddy" is not an address or a range`, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			probs := MustProblems(t, env(tc.env...))
			if len(probs) != 1 {
				t.Fatalf("problems = %q; want one", probs)
			}
			p := probs[0]
			if p.Setting != tc.setting || !strings.Contains(p.Problem, tc.says) {
				t.Fatalf("problem = %q; want %s saying %q", p, tc.setting, tc.says)
			}
			if tc.secret != "" && strings.Contains(p.Error(), tc.secret) {
				t.Fatalf("problem shows a secret: %q", p)
			}
		})
	}
}

func TestFromEnv_AllProblemsReported(t *testing.T) {
	probs := MustProblems(t, env(
		"CLUBNIGHT_ADDR", "nope",
		"REDIS_URL", "http://x:1",
		"PUBLIC_URL", "example.org",
		"TWILIO_ACCOUNT_SID", "AC1",
		"CLUBNIGHT_TWILIO_API_URL", "nope",
		"CLUBNIGHT_SMS_RATE", "lots",
		"CLUBNIGHT_ADMIN_TOKEN", "short",
		"CLUBNIGHT_KIOSK_KEY", "short",
		"CLUBNIGHT_KEY_PREFIX", "{x}",
		"CLUBNIGHT_LOG", "xml",
	))
	want := []string{"CLUBNIGHT_ADDR", "REDIS_URL", "PUBLIC_URL", "TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM",
		"CLUBNIGHT_TWILIO_API_URL", "CLUBNIGHT_SMS_RATE", "CLUBNIGHT_ADMIN_TOKEN", "CLUBNIGHT_KIOSK_KEY",
		"CLUBNIGHT_KEY_PREFIX", "CLUBNIGHT_LOG"}
	var got []string
	for _, p := range probs {
		got = append(got, p.Setting)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("settings named = %q; want %q", got, want)
	}
}

func TestParseRate(t *testing.T) {
	ok := []struct {
		in  string
		n   int
		per time.Duration
	}{
		{"20/min", 20, time.Minute},
		{"20/m", 20, time.Minute},
		{"20/minute", 20, time.Minute},
		{"5/s", 5, time.Second},
		{"5/sec", 5, time.Second},
		{"5/second", 5, time.Second},
		{"100/hour", 100, time.Hour},
		{"100/h", 100, time.Hour},
		{" 7 / MIN ", 7, time.Minute},
		{"1/s", 1, time.Second},
		{"100000/s", 100000, time.Second},
	}
	for _, tc := range ok {
		t.Run(tc.in, func(t *testing.T) {
			n, per, err := config.ParseRate(tc.in)
			if err != nil || n != tc.n || per != tc.per {
				t.Fatalf("ParseRate(%q) = %d, %v, %v; want %d, %v", tc.in, n, per, err, tc.n, tc.per)
			}
		})
	}
	bad := []struct{ in, says string }{
		{"", "must look like 20/min"},
		{"20", "must look like 20/min"},
		{"20 per min", "must look like 20/min"},
		{"0/min", "whole number from 1 to 100000"},
		{"-1/min", "whole number from 1 to 100000"},
		{"100001/min", "whole number from 1 to 100000"},
		{"1.5/min", "whole number from 1 to 100000"},
		{"x/min", "whole number from 1 to 100000"},
		{"/min", "whole number from 1 to 100000"},
		{"20/", "must end in /s, /min or /hour"},
		{"20/day", "must end in /s, /min or /hour"},
		{"20/min/s", "must end in /s, /min or /hour"},
	}
	for _, tc := range bad {
		t.Run("Bad_"+tc.in, func(t *testing.T) {
			n, per, err := config.ParseRate(tc.in)
			if err == nil || !strings.Contains(err.Error(), tc.says) || n != 0 || per != 0 {
				t.Fatalf("ParseRate(%q) = %d, %v, %v; want an error saying %q", tc.in, n, per, err, tc.says)
			}
			if !strings.Contains(err.Error(), `"`+tc.in+`"`) {
				t.Fatalf("error %q does not quote the setting", err)
			}
		})
	}
}

func TestFromEnv_TrustedProxies(t *testing.T) {
	c, err := config.FromEnv(env("CLUBNIGHT_TRUSTED_PROXIES", " 172.16.0.0/12 ,10.1.2.3,, ::1 ,192.168.7.9/16"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range c.TrustedProxies {
		got = append(got, p.String())
	}
	want := "172.16.0.0/12 10.1.2.3/32 ::1/128 192.168.0.0/16"
	if strings.Join(got, " ") != want {
		t.Fatalf("trusted proxies %v, want %s", got, want)
	}
	if c, err := config.FromEnv(env()); err != nil || c.TrustedProxies != nil {
		t.Fatalf("by default no front is trusted: %v %v", c.TrustedProxies, err)
	}
}
