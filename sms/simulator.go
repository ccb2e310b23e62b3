package sms

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/simpage"
	"github.com/clubnight/clubnight/twilioapi"
)

// simKeep is how many texts the simulator keeps, across all its phones (the page shows recent ones).
const simKeep = 500

// Simulator stands in for Twilio when it is not configured: every text,
// in and out, lands in one list in Redis that the /sim page (simpage)
// shows, so all hubs on one Redis see the same phones.
type Simulator struct {
	rdb   redis.UniversalClient
	k     keys
	clock func() time.Time
}

var _ Sender = (*Simulator)(nil)

// simAdd numbers a text and appends it in one step.
// KEYS: seq, log. ARGV: JSON of the text without its leading "{", keep.
var simAdd = redis.NewScript(`
local n = redis.call('INCR', KEYS[1])
redis.call('RPUSH', KEYS[2], '{"n":' .. n .. ',' .. ARGV[1])
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[2]), -1)
return n
`)

// Send puts m on the phone of m.To at once; simulated texts are delivered.
func (s *Simulator) Send(ctx context.Context, m Message) (Sent, error) {
	n, err := s.add(ctx, simpage.Text{Phone: m.To, Person: m.Person, Body: m.Body, Kind: m.Kind})
	if err != nil {
		return Sent{}, &twilioapi.SendError{Temporary: true, Err: err}
	}
	return Sent{SID: fmt.Sprintf("SIM%d", n), Status: "delivered"}, nil
}

func (s *Simulator) add(ctx context.Context, t simpage.Text) (int64, error) {
	t.At = s.clock().UTC()
	data, err := json.Marshal(t)
	if err != nil {
		return 0, err
	}
	// Drop the "n" field json wrote, and the leading "{": the script puts
	// the real number in front.
	var rest map[string]json.RawMessage
	_ = json.Unmarshal(data, &rest)
	delete(rest, "n")
	data, _ = json.Marshal(rest)
	return simAdd.Run(ctx, s.rdb, []string{s.k.simSeq(), s.k.simLog()}, string(data[1:]), simKeep).Int64()
}

// texts returns the kept texts numbered after after, oldest first.
func (s *Simulator) texts(ctx context.Context, after int64) ([]simpage.Text, error) {
	raw, err := s.rdb.LRange(ctx, s.k.simLog(), 0, -1).Result()
	if err != nil {
		return nil, err
	}
	out := make([]simpage.Text, 0, 16)
	for _, r := range raw {
		var t simpage.Text
		if json.Unmarshal([]byte(r), &t) != nil || t.N <= after {
			continue
		}
		out = append(out, t)
	}
	return out, nil
}

// simBackend is what the /sim page asks of the service.
type simBackend struct{ s *Service }

var _ simpage.Backend = simBackend{}

func (b simBackend) LiveNight(ctx context.Context) (*night.Night, error) {
	id, err := b.s.hub.LiveID(ctx)
	if err != nil {
		return nil, err
	}
	return b.s.hub.NightFromRedis(ctx, id)
}

func (b simBackend) Texts(ctx context.Context, after int64) ([]simpage.Text, error) {
	return b.s.sim.texts(ctx, after)
}

// Send puts the typed text on p's phone, handles it exactly as the webhook
// would, and puts the reply on the phone too.
func (b simBackend) Send(ctx context.Context, p *night.Person, body string) (string, error) {
	sim := b.s.sim
	if _, err := sim.add(ctx, simpage.Text{Phone: p.Phone, Person: p.ID, In: true, Body: cleanBody(body)}); err != nil {
		return "", err
	}
	reply, err := b.s.receive(ctx, Text{From: p.Phone, Body: body, SID: "SM" + hub.NewID()})
	if err != nil {
		return "", err
	}
	if reply != "" {
		if _, err := sim.add(ctx, simpage.Text{Phone: p.Phone, Person: p.ID, Body: reply, Kind: "reply"}); err != nil {
			return "", err
		}
	}
	return reply, nil
}
