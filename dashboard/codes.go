package dashboard

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/web"
)

// A sign-in code is kept as a hash with its own salt, in a hash key per
// number with a TTL: h (hash), s (salt), exp (unix ms), tries, person, night.
// Asking again replaces the code, so only the newest one works.

// rateScript is a sliding-window limit: it drops entries older than the
// window, refuses when limit remain, else records this one.
// KEYS: the set. ARGV: oldest score kept, now score, limit, member, ttl ms.
var rateScript = redis.NewScript(`
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1
`)

// tryScript counts a try of a code that exists; -1 when there is none.
var tryScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
return redis.call('HINCRBY', KEYS[1], 'tries', 1)
`)

// allow records one use of a limited thing and reports whether it was
// within limit uses in the last window.
func (d *Dashboard) allow(ctx context.Context, key string, limit int, window time.Duration) (bool, error) {
	now := d.clock()
	res, err := rateScript.Run(ctx, d.rdb, []string{key},
		now.Add(-window).UnixMilli(), now.UnixMilli(), limit, randomID(9), window.Milliseconds()).Int()
	if err != nil {
		return false, err
	}
	return res == 1, nil
}

// Keys name a number by a hash of it, so a look at Redis shows no numbers.
func (d *Dashboard) codeKey(e164 string) string { return d.key("code", hashID(e164)[:24]) }

// clientAddr is the sign-in limits' idea of who is asking.
// An IPv6 address counts by its /64, which one home or phone holds whole.
func (d *Dashboard) clientAddr(r *http.Request) string {
	return web.LimitKey(web.ClientAddr(r, d.opts.TrustedProxies))
}

func newCode() string {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return fmt.Sprintf("%06d", n.Int64())
}

func codeHash(salt, code string) string {
	sum := sha256.Sum256([]byte(salt + ":" + code))
	return hex.EncodeToString(sum[:])
}

// errLimited is a rate limit that was hit.
var errLimited = errors.New("rate limited")

// member is a team member found by phone number.
type member struct {
	night, person, name string
}

// findMember looks for e164 on the live night, then on every stored night.
func (d *Dashboard) findMember(ctx context.Context, e164 string) (member, bool, error) {
	var ids []string
	if live, err := d.hub.LiveID(ctx); err == nil {
		ids = append(ids, live)
	}
	all, err := d.hub.Store().Nights(ctx)
	if err != nil {
		return member{}, false, err
	}
	ids = append(ids, all...)
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		idx, err := d.sessions.indexOf(ctx, id)
		if err != nil {
			if night.ErrorCode(err) == night.NotFound {
				continue
			}
			return member{}, false, err
		}
		if e, ok := idx.byPhone[e164]; ok {
			return member{night: id, person: e.person, name: e.name}, true, nil
		}
	}
	return member{}, false, nil
}

// requestCode applies the rate limits, and texts a new code when e164 is
// on a team. The caller says the same thing whatever happened, except for
// a rate limit, which does not depend on whether the number is on a team.
func (d *Dashboard) requestCode(ctx context.Context, e164, addr string) error {
	ok, err := d.allow(ctx, d.key("rate", "addr", addr), CodesPerAddress, RateWindow)
	if err != nil {
		return err
	}
	if !ok {
		return errLimited
	}
	ok, err = d.allow(ctx, d.key("rate", "num", hashID(e164)[:24]), CodesPerNumber, RateWindow)
	if err != nil {
		return err
	}
	if !ok {
		return errLimited
	}
	// Everything that depends on whether the number is on a team happens
	// off the request path, so the answer takes the same time for any
	// number and cannot tell them apart.
	select {
	case d.codeSlots <- struct{}{}:
	default:
		return errLimited
	}
	go func() {
		defer func() { <-d.codeSlots }()
		bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
		defer cancel()
		if err := d.sendCode(bctx, e164); err != nil {
			d.log.Error("dashboard: sign-in code", "err", err)
		}
	}()
	return nil
}

// sendCode texts a new code to e164 when it is on a team.
func (d *Dashboard) sendCode(ctx context.Context, e164 string) error {
	m, found, err := d.findMember(ctx, e164)
	if err != nil {
		return err
	}
	if !found {
		d.log.Info("dashboard: sign-in code asked for a number on no team")
		return nil
	}
	if d.opts.Texter == nil {
		d.log.Error("dashboard: no texter, so no sign-in code can be sent")
		return nil
	}
	code := newCode()
	salt := randomID(12)
	exp := d.clock().Add(CodeTTL)
	key := d.codeKey(e164)
	_, err = d.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Del(ctx, key)
		p.HSet(ctx, key, "h", codeHash(salt, code), "s", salt, "exp", exp.UnixMilli(), "tries", 0,
			"person", m.person, "night", m.night)
		p.Expire(ctx, key, CodeTTL)
		return nil
	})
	if err != nil {
		return err
	}
	body := "Your Clubnight sign-in code is " + code + ". It works for 10 minutes. Do not share it."
	if err := d.opts.Texter.SendCode(ctx, e164, body); err != nil {
		d.log.Error("dashboard: sending a sign-in code failed", "err", err)
	}
	return nil
}

// checkCode uses up the code for e164 when it is right. It reports whether
// it was, and which member it signs in.
func (d *Dashboard) checkCode(ctx context.Context, e164, code, addr string) (member, bool, error) {
	ok, err := d.allow(ctx, d.key("rate", "check", addr), ChecksPerAddress, RateWindow)
	if err != nil {
		return member{}, false, err
	}
	if !ok {
		return member{}, false, errLimited
	}
	key := d.codeKey(e164)
	tries, err := tryScript.Run(ctx, d.rdb, []string{key}).Int()
	if err != nil {
		return member{}, false, err
	}
	if tries < 0 {
		return member{}, false, nil
	}
	if tries > CodeTries {
		d.rdb.Del(ctx, key)
		return member{}, false, nil
	}
	f, err := d.rdb.HGetAll(ctx, key).Result()
	if err != nil {
		return member{}, false, err
	}
	exp, _ := strconv.ParseInt(f["exp"], 10, 64)
	if d.clock().UnixMilli() >= exp {
		d.rdb.Del(ctx, key)
		return member{}, false, nil
	}
	if subtle.ConstantTimeCompare([]byte(codeHash(f["s"], code)), []byte(f["h"])) != 1 {
		return member{}, false, nil
	}
	// Only the request that deletes the key signs in: a code works once.
	n, err := d.rdb.Del(ctx, key).Result()
	if err != nil {
		return member{}, false, err
	}
	if n != 1 {
		return member{}, false, nil
	}
	return member{night: f["night"], person: f["person"]}, true, nil
}
