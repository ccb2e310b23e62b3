package config_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/config"
)

func TestRedisOptions(t *testing.T) {
	cases := []struct {
		name               string
		url                string
		addrs              []string
		user, pass, master string
		db                 int
		tls, cluster       bool
	}{
		{name: "Plain", url: "redis://localhost:6379", addrs: []string{"localhost:6379"}},
		{name: "NoPort", url: "redis://redis", addrs: []string{"redis:6379"}},
		{name: "TLS", url: "rediss://cache.example.org:6380", addrs: []string{"cache.example.org:6380"}, tls: true},
		{name: "UserPassDB", url: "redis://app:pa55@redis:6379/3", addrs: []string{"redis:6379"}, user: "app", pass: "pa55", db: 3},
		{name: "PasswordOnly", url: "redis://:pa55@redis:6379", addrs: []string{"redis:6379"}, pass: "pa55"},
		{name: "TLSWithUser", url: "rediss://app:pa55@cache:6380/2", addrs: []string{"cache:6380"}, user: "app", pass: "pa55", db: 2, tls: true},
		{name: "OneHostPort", url: "redis:6379", addrs: []string{"redis:6379"}},
		{name: "CommaList", url: "h1:7000, h2:7001,h3:7002", addrs: []string{"h1:7000", "h2:7001", "h3:7002"}},
		{name: "CommaListTrailingComma", url: "h1:7000,h2:7001,", addrs: []string{"h1:7000", "h2:7001"}},
		{name: "ClusterSingle", url: "redis-cluster://h1:7000", addrs: []string{"h1:7000"}, cluster: true},
		{name: "ClusterList", url: "redis-cluster://h1:7000,h2:7001", addrs: []string{"h1:7000", "h2:7001"}, cluster: true},
		{name: "Sentinel", url: "redis-sentinel://h1:26379,h2:26379/mymaster?db=2",
			addrs: []string{"h1:26379", "h2:26379"}, master: "mymaster", db: 2},
		{name: "SentinelOne", url: "redis-sentinel://h1:26379/mymaster", addrs: []string{"h1:26379"}, master: "mymaster"},
		{name: "SentinelUserPass", url: "redis-sentinel://app:pa55@h1:26379,h2:26379/mymaster",
			addrs: []string{"h1:26379", "h2:26379"}, user: "app", pass: "pa55", master: "mymaster"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o, err := config.RedisOptions(tc.url)
			if err != nil {
				t.Fatalf("RedisOptions(%q): %v", tc.url, err)
			}
			if !slices.Equal(o.Addrs, tc.addrs) || o.Username != tc.user || o.Password != tc.pass ||
				o.MasterName != tc.master || o.DB != tc.db || (o.TLSConfig != nil) != tc.tls || o.IsClusterMode != tc.cluster {
				t.Fatalf("options = addrs %v user %q pass %q master %q db %d tls %v cluster %v\nwant %+v",
					o.Addrs, o.Username, o.Password, o.MasterName, o.DB, o.TLSConfig != nil, o.IsClusterMode, tc)
			}
			if got := MustConfig(t, env("REDIS_URL", tc.url)).RedisURL; got != strings.TrimSpace(tc.url) {
				t.Fatalf("FromEnv kept REDIS_URL as %q", got)
			}
		})
	}
}

func TestRedisOptions_Refused(t *testing.T) {
	cases := []struct {
		name, url, says string
	}{
		{"Empty", "", "no Redis address given"},
		{"OnlyCommas", " , ,", "no Redis address given"},
		{"NoPort", "localhost", `"localhost" is not host:port`},
		{"OneBadInList", "h1:7000,h2", `"h2" is not host:port`},
		{"BadScheme", "http://redis:6379", "must start with redis://, rediss:// or redis-sentinel://"},
		{"UnixScheme", "unix:///tmp/redis.sock", "must start with redis://"},
		{"BadDB", "redis://redis:6379/abc", "database"},
		{"BadPort", "redis://redis:notaport", "invalid port"},
		{"SentinelNoMaster", "redis-sentinel://h1:26379,h2:26379", "needs the master name"},
		{"SentinelSlashOnly", "redis-sentinel://h1:26379/", "needs the master name"},
		{"SentinelBadDB", "redis-sentinel://h1:26379/mymaster?db=two", `db="two" must be a number`},
		{"SentinelNegativeDB", "redis-sentinel://h1:26379/mymaster?db=-1", `db="-1" must be a number`},
		{"SentinelNoHost", "redis-sentinel:///mymaster", "no Redis address given"},
		{"ClusterEmpty", "redis-cluster://", "no Redis address given"},
		{"ClusterNoPort", "redis-cluster://h1", `"h1" is not host:port`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o, err := config.RedisOptions(tc.url)
			if err == nil || o != nil {
				t.Fatalf("RedisOptions(%q) = %+v, %v; want an error", tc.url, o, err)
			}
			if !strings.Contains(err.Error(), tc.says) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q does not say %q on one line", err, tc.says)
			}
		})
	}
}

// TestRedisOptions_PasswordNeverShown tries every way a URL with a password
// can be refused.
func TestRedisOptions_PasswordNeverShown(t *testing.T) {
	const secret = "s3cretPa55"
	urls := []string{
		"redis://app:" + secret + "@redis:6379/abc",
		"redis://:" + secret + "@redis:notaport",
		"rediss://app:" + secret + "@redis:notaport/0",
		"redis://app:" + secret + " x@redis:6379",
		"redis://app:" + secret + "@red is:6379",
		"redis-sentinel://app:" + secret + "@h1:26379",
		"redis-sentinel://app:" + secret + "@h1:26379/m?db=x",
		"redis-sentinel://app:" + secret + "@h1:x/m",
		"redis-sentinel://app:" + secret + "@h1/m",
		"redis-cluster://app:" + secret + "@h1:7000",
		"app:" + secret + "@h1:7000,h2:7001",
		"http://app:" + secret + "@redis:6379",
		"https://app:" + secret + "@redis:notaport",
	}
	for _, u := range urls {
		t.Run(u, func(t *testing.T) {
			_, err := config.RedisOptions(u)
			if err == nil {
				t.Fatalf("RedisOptions accepted %q", u)
			}
			if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), "s3cret") {
				t.Fatalf("error shows the password: %q", err)
			}
			_, err = config.FromEnv(env("REDIS_URL", u))
			if err == nil || !strings.HasPrefix(err.Error(), "REDIS_URL: ") || strings.Contains(err.Error(), "s3cret") {
				t.Fatalf("FromEnv error = %q; want REDIS_URL named and no password", err)
			}
		})
	}
}
