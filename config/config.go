// Package config parses Clubnight's settings from the environment once,
// into one struct, and validates them as a whole.
package config

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is every setting of a Clubnight process.
type Config struct {
	Addr string // CLUBNIGHT_ADDR
	// AddrDefaulted is true when CLUBNIGHT_ADDR was not set. On the SMS
	// simulator the default is loopback: the simulator shows sign-in codes.
	AddrDefaulted bool
	RedisURL      string // REDIS_URL; empty means the embedded store
	DataDir       string // CLUBNIGHT_DATA
	AdminToken    string // CLUBNIGHT_ADMIN_TOKEN
	KioskKey      string // CLUBNIGHT_KIOSK_KEY; empty means generated
	PublicURL     string // PUBLIC_URL; empty means http:// + Addr

	TwilioAccountSID string // TWILIO_ACCOUNT_SID
	TwilioAuthToken  string // TWILIO_AUTH_TOKEN
	TwilioFrom       string // TWILIO_FROM
	TwilioAPIURL     string // CLUBNIGHT_TWILIO_API_URL

	SMSRate    int           // CLUBNIGHT_SMS_RATE count ...
	SMSPer     time.Duration // ... per this window
	SymbolsDir string        // CLUBNIGHT_SYMBOLS: a folder of symbol SVGs for the kiosk
	KeyPrefix  string        // CLUBNIGHT_KEY_PREFIX: Redis key prefix
	// Durable (CLUBNIGHT_DURABLE) is "master" (a change is acknowledged
	// once the Redis master has it) or "replica" (once a replica has it
	// too, so a failover loses nothing acknowledged).
	Durable   string
	LogFormat string // CLUBNIGHT_LOG: text or json
	DebugAddr string // CLUBNIGHT_DEBUG_ADDR: where to serve pprof (off when empty)
	// TrustedProxies (CLUBNIGHT_TRUSTED_PROXIES) are the addresses of the
	// HTTPS front; X-Forwarded-For from them names the client.
	TrustedProxies []netip.Prefix
	TimeZone       *time.Location // CLUBNIGHT_TZ: the venue's time zone, for the running order
	WipeAfterDays  int            // CLUBNIGHT_WIPE_AFTER_DAYS: wipe phones and ride details of past nights (0: never)
}

// Embedded reports whether the embedded store is in use.
func (c *Config) Embedded() bool { return c.RedisURL == "" }

// HTTPS reports whether people reach the hub over HTTPS, so cookies must
// be Secure.
func (c *Config) HTTPS() bool { return strings.HasPrefix(c.PublicURL, "https://") }

// Twilio reports whether real SMS is configured.
func (c *Config) Twilio() bool { return c.TwilioAccountSID != "" }

// Lookup reads one setting; os.LookupEnv fits.
type Lookup func(name string) (string, bool)

// Error is a malformed setting. Its message is one line naming the setting.
type Error struct {
	Setting string
	Problem string
}

func (e *Error) Error() string { return e.Setting + ": " + e.Problem }

// FromEnv parses and validates every setting. It returns all problems
// joined; each is an *Error.
func FromEnv(lookup Lookup) (*Config, error) {
	ck := &check{get: func(name, def string) string {
		if v, ok := lookup(name); ok && strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
		return def
	}}
	c := ck.read()
	ck.listen(c)
	ck.wipeAfter(c)
	ck.timeZone(c)
	ck.debugAddr(c)
	ck.trustedProxies(c)
	ck.redisURL(c)
	ck.publicURL(c)
	ck.twilio(c)
	ck.smsRate(c)
	ck.secrets(c)
	ck.prefixAndLog(c)
	if len(ck.errs) > 0 {
		return nil, errors.Join(ck.errs...)
	}
	return c, nil
}

// check reads settings and gathers every problem with them, so a deployer
// fixes them all at once. Each method checks one group of settings, in
// the order the problems are listed.
type check struct {
	get  func(name, def string) string // a setting, trimmed, or def when unset or blank
	errs []error
}

func (ck *check) bad(setting, format string, args ...any) {
	ck.errs = append(ck.errs, &Error{Setting: setting, Problem: fmt.Sprintf(format, args...)})
}

// read takes the settings that need no parsing as they are.
func (ck *check) read() *Config {
	get := ck.get
	c := &Config{
		Addr:             get("CLUBNIGHT_ADDR", ""),
		RedisURL:         get("REDIS_URL", ""),
		DataDir:          get("CLUBNIGHT_DATA", "./clubnight-data"),
		AdminToken:       get("CLUBNIGHT_ADMIN_TOKEN", ""),
		KioskKey:         get("CLUBNIGHT_KIOSK_KEY", ""),
		PublicURL:        get("PUBLIC_URL", ""),
		TwilioAccountSID: get("TWILIO_ACCOUNT_SID", ""),
		TwilioAuthToken:  get("TWILIO_AUTH_TOKEN", ""),
		TwilioFrom:       get("TWILIO_FROM", ""),
		TwilioAPIURL:     get("CLUBNIGHT_TWILIO_API_URL", ""),
		SymbolsDir:       get("CLUBNIGHT_SYMBOLS", ""),
		KeyPrefix:        get("CLUBNIGHT_KEY_PREFIX", "cn:"),
		Durable:          get("CLUBNIGHT_DURABLE", "master"),
		LogFormat:        get("CLUBNIGHT_LOG", "text"),
		DebugAddr:        get("CLUBNIGHT_DEBUG_ADDR", ""),
	}
	if c.Addr == "" {
		// Without Twilio the SMS simulator stands in, and it shows sign-in
		// codes: only this computer may reach it unless asked otherwise.
		c.Addr, c.AddrDefaulted = "127.0.0.1:8080", true
		if c.Twilio() {
			c.Addr = ":8080"
		}
	}
	return c
}

// listen checks CLUBNIGHT_ADDR.
func (ck *check) listen(c *Config) {
	if _, port, err := net.SplitHostPort(c.Addr); err != nil {
		ck.bad("CLUBNIGHT_ADDR", "%q is not a listen address like :8080 or 127.0.0.1:8080", c.Addr)
	} else if p, err := strconv.Atoi(port); err != nil || p < 0 || p > 65535 {
		ck.bad("CLUBNIGHT_ADDR", "port %q must be a number from 0 to 65535", port)
	}
}

// wipeAfter reads CLUBNIGHT_WIPE_AFTER_DAYS.
func (ck *check) wipeAfter(c *Config) {
	if days, err := strconv.Atoi(ck.get("CLUBNIGHT_WIPE_AFTER_DAYS", "30")); err != nil || days < 0 || days > 3650 {
		ck.bad("CLUBNIGHT_WIPE_AFTER_DAYS", "must be a whole number of days from 0 (never) to 3650")
	} else {
		c.WipeAfterDays = days
	}
}

// timeZone reads CLUBNIGHT_TZ.
func (ck *check) timeZone(c *Config) {
	tz := ck.get("CLUBNIGHT_TZ", "Europe/London")
	if loc, err := time.LoadLocation(tz); err != nil {
		ck.bad("CLUBNIGHT_TZ", "%q is not a time zone like Europe/London", tz)
	} else {
		c.TimeZone = loc
	}
}

// debugAddr checks CLUBNIGHT_DEBUG_ADDR, when set.
func (ck *check) debugAddr(c *Config) {
	if c.DebugAddr != "" {
		if _, _, err := net.SplitHostPort(c.DebugAddr); err != nil {
			ck.bad("CLUBNIGHT_DEBUG_ADDR", "%q is not a listen address like 127.0.0.1:6060", c.DebugAddr)
		}
	}
}

// trustedProxies reads CLUBNIGHT_TRUSTED_PROXIES: addresses and ranges,
// separated by commas.
func (ck *check) trustedProxies(c *Config) {
	v := ck.get("CLUBNIGHT_TRUSTED_PROXIES", "")
	if v == "" {
		return
	}
	for _, item := range strings.Split(v, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if p, err := netip.ParsePrefix(item); err == nil {
			c.TrustedProxies = append(c.TrustedProxies, p.Masked())
		} else if a, err := netip.ParseAddr(item); err == nil {
			c.TrustedProxies = append(c.TrustedProxies, netip.PrefixFrom(a.Unmap(), a.Unmap().BitLen()))
		} else {
			ck.bad("CLUBNIGHT_TRUSTED_PROXIES", "%q is not an address or a range like 172.16.0.0/12", item)
		}
	}
}

// redisURL checks REDIS_URL, when set.
func (ck *check) redisURL(c *Config) {
	if c.RedisURL != "" {
		if _, err := RedisOptions(c.RedisURL); err != nil {
			ck.bad("REDIS_URL", "%v", err)
		}
	}
}

// publicURL checks PUBLIC_URL, or makes it from the listen address.
func (ck *check) publicURL(c *Config) {
	if c.PublicURL == "" {
		host := c.Addr
		if strings.HasPrefix(host, ":") {
			host = "localhost" + host
		} else if c.AddrDefaulted {
			host = "localhost:8080"
		}
		c.PublicURL = "http://" + host
	} else if u, err := url.Parse(c.PublicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		ck.bad("PUBLIC_URL", "%q must be a full address like https://clubnight.example.org", c.PublicURL)
	}
	c.PublicURL = strings.TrimRight(c.PublicURL, "/")
}

// twilio checks the Twilio settings (all three or none, a token Twilio
// will take, an API address) and CLUBNIGHT_DURABLE, in the order their
// problems have always been listed.
func (ck *check) twilio(c *Config) {
	n := 0
	for _, v := range []string{c.TwilioAccountSID, c.TwilioAuthToken, c.TwilioFrom} {
		if v != "" {
			n++
		}
	}
	if n != 0 && n != 3 {
		ck.bad("TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM", "set all three for real SMS, or none for the simulator")
	}
	switch {
	case c.Durable != "master" && c.Durable != "replica":
		ck.bad("CLUBNIGHT_DURABLE", "%q must be master or replica", c.Durable)
	case c.Durable == "replica" && c.Embedded():
		ck.bad("CLUBNIGHT_DURABLE", "replica needs a Redis with a replica (REDIS_URL)")
	}
	if n == 3 && !plainToken(c.TwilioAuthToken) {
		// Twilio's tokens are letters and digits; anything else (a quote or
		// a space copied with it) would make Twilio refuse every text.
		ck.bad("TWILIO_AUTH_TOKEN", "must be only letters and digits, as in the Twilio console (check for quotes or spaces copied with it)")
	}
	if c.TwilioAPIURL != "" {
		if u, err := url.Parse(c.TwilioAPIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			ck.bad("CLUBNIGHT_TWILIO_API_URL", "%q must be a full address like http://127.0.0.1:9999", c.TwilioAPIURL)
		}
	}
}

// smsRate reads CLUBNIGHT_SMS_RATE.
func (ck *check) smsRate(c *Config) {
	rate, per, err := ParseRate(ck.get("CLUBNIGHT_SMS_RATE", "20/min"))
	if err != nil {
		ck.bad("CLUBNIGHT_SMS_RATE", "%v", err)
	}
	c.SMSRate, c.SMSPer = rate, per
}

// secrets checks the admin token and kiosk key are long enough, when set.
func (ck *check) secrets(c *Config) {
	if c.AdminToken != "" && len(c.AdminToken) < 16 {
		ck.bad("CLUBNIGHT_ADMIN_TOKEN", "must be at least 16 characters")
	}
	if c.KioskKey != "" && len(c.KioskKey) < 12 {
		ck.bad("CLUBNIGHT_KIOSK_KEY", "must be at least 12 characters")
	}
}

// prefixAndLog checks the key prefix and the log format.
func (ck *check) prefixAndLog(c *Config) {
	if strings.ContainsAny(c.KeyPrefix, "{}") {
		ck.bad("CLUBNIGHT_KEY_PREFIX", "must not contain { or }")
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		ck.bad("CLUBNIGHT_LOG", "%q must be text or json", c.LogFormat)
	}
}

// ParseRate reads "20/min", "5/s", "100/hour".
func ParseRate(s string) (int, time.Duration, error) {
	num, unit, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return 0, 0, fmt.Errorf("%q must look like 20/min", s)
	}
	n, err := strconv.Atoi(strings.TrimSpace(num))
	if err != nil || n < 1 || n > 100000 {
		return 0, 0, fmt.Errorf("%q must start with a whole number from 1 to 100000", s)
	}
	switch strings.ToLower(strings.TrimSpace(unit)) {
	case "s", "sec", "second":
		return n, time.Second, nil
	case "m", "min", "minute":
		return n, time.Minute, nil
	case "h", "hour":
		return n, time.Hour, nil
	}
	return 0, 0, fmt.Errorf("%q must end in /s, /min or /hour", s)
}

// plainToken reports whether s is only ASCII letters and digits.
func plainToken(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return s != ""
}
