package config

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"

	"github.com/redis/go-redis/v9"
)

// RedisOptions turns REDIS_URL into options for a UniversalClient:
//
//   - redis://[user:pass@]host:port[/db] or rediss:// for one server;
//   - host:port,host:port,... or redis-cluster://host:port[,...] for a Cluster;
//   - redis-sentinel://[user:pass@]host:port[,host:port...]/mastername[?db=N]
//     for Sentinel.
func RedisOptions(raw string) (*redis.UniversalOptions, error) {
	switch {
	case strings.HasPrefix(raw, "redis://"), strings.HasPrefix(raw, "rediss://"):
		o, err := redis.ParseURL(raw)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %v", redact(raw), urlProblem(err))
		}
		return &redis.UniversalOptions{Addrs: []string{o.Addr}, Username: o.Username, Password: o.Password,
			DB: o.DB, TLSConfig: o.TLSConfig}, nil
	case strings.HasPrefix(raw, "redis-sentinel://"):
		u, err := url.Parse(raw)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %v", redact(raw), urlProblem(err))
		}
		master := strings.Trim(u.Path, "/")
		if master == "" {
			return nil, fmt.Errorf("a sentinel URL needs the master name, as in redis-sentinel://host:26379/mymaster")
		}
		addrs, err := hostPorts(u.Host)
		if err != nil {
			return nil, err
		}
		o := &redis.UniversalOptions{Addrs: addrs, MasterName: master}
		if u.User != nil {
			o.Username = u.User.Username()
			o.Password, _ = u.User.Password()
		}
		if db := u.Query().Get("db"); db != "" {
			n, err := strconv.Atoi(db)
			if err != nil || n < 0 {
				return nil, fmt.Errorf("db=%q must be a number", db)
			}
			o.DB = n
		}
		return o, nil
	case strings.HasPrefix(raw, "redis-cluster://"):
		addrs, err := hostPorts(strings.TrimPrefix(raw, "redis-cluster://"))
		if err != nil {
			return nil, err
		}
		return &redis.UniversalOptions{Addrs: addrs, IsClusterMode: true}, nil
	case strings.Contains(raw, "://"):
		return nil, fmt.Errorf("%s must start with redis://, rediss:// or redis-sentinel://, or be a list of host:port", redact(raw))
	}
	addrs, err := hostPorts(raw)
	if err != nil {
		return nil, err
	}
	if len(addrs) == 1 {
		return &redis.UniversalOptions{Addrs: addrs}, nil
	}
	// Several addresses without a master name make go-redis use a Cluster.
	return &redis.UniversalOptions{Addrs: addrs}, nil
}

func hostPorts(list string) ([]string, error) {
	var out []string
	for _, a := range strings.Split(list, ",") {
		a = strings.TrimSpace(a)
		if a == "" {
			continue
		}
		if strings.Contains(a, "@") {
			// Never echo what may be a password.
			return nil, fmt.Errorf("a list of host:port cannot carry a user or password; use redis:// or redis-sentinel://")
		}
		if _, port, err := net.SplitHostPort(a); err != nil || port == "" {
			return nil, fmt.Errorf("%q is not host:port", a)
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no Redis address given")
	}
	return out, nil
}

// urlProblem is what is wrong with a URL, without the URL itself: a
// *url.Error quotes the whole URL, password and all.
func urlProblem(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// redact hides a password in a URL so it can go in an error message.
func redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return "the URL"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}
