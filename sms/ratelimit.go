package sms

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// rateScript counts one text in a fixed window, shared by every hub.
// KEYS: counter. ARGV: window ms. Returns the count so far.
var rateScript = redis.NewScript(`
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n
`)

// rateVerdict says what to do with a text after counting it.
type rateVerdict int

const (
	rateOK    rateVerdict = iota
	rateWarn              // the first text over the limit: say so, kindly
	rateQuiet             // over the limit and told already: say nothing
)

// limit counts a text from number against CLUBNIGHT_SMS_RATE. The window
// is named by the clock every hub shares (Redis's TIME), so texts from one
// number that land on several hubs share one count, however far out a
// hub's own clock is. A store failure lets the text through: better a busy
// hub than a lost problem.
func (s *Service) limit(ctx context.Context, number string) rateVerdict {
	per := s.cfg.SMSPer
	if per <= 0 || s.cfg.SMSRate <= 0 {
		return rateOK
	}
	now, err := s.sharedNow(ctx)
	if err != nil {
		return rateOK
	}
	window := now.UnixNano() / int64(per)
	n, err := rateScript.Run(ctx, s.rdb, []string{s.k.rate(number, window)}, (per + time.Second).Milliseconds()).Int()
	if err != nil {
		return rateOK
	}
	switch {
	case n <= s.cfg.SMSRate:
		return rateOK
	case n == s.cfg.SMSRate+1:
		return rateWarn
	}
	return rateQuiet
}
