package sms

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
)

// simKeep is how many texts the simulator keeps, across all its phones (the page shows recent ones).
const simKeep = 500

// Simulator stands in for Twilio when it is not configured: every text,
// in and out, lands in one list in Redis that the /sim page shows, so all
// hubs on one Redis see the same phones.
type Simulator struct {
	rdb   redis.UniversalClient
	k     keys
	clock func() time.Time
}

var _ Sender = (*Simulator)(nil)

// simText is one text on a simulated phone.
type simText struct {
	N      int64     `json:"n"`
	Phone  string    `json:"phone"` // E.164; stays inside the server
	Person string    `json:"person,omitempty"`
	In     bool      `json:"in"` // typed on the phone (true) or sent to it
	Body   string    `json:"body"`
	Kind   string    `json:"kind,omitempty"`
	At     time.Time `json:"at"`
}

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
	n, err := s.add(ctx, simText{Phone: m.To, Person: m.Person, Body: m.Body, Kind: m.Kind})
	if err != nil {
		return Sent{}, &SendError{Temporary: true, Err: err}
	}
	return Sent{SID: fmt.Sprintf("SIM%d", n), Status: "delivered"}, nil
}

func (s *Simulator) add(ctx context.Context, t simText) (int64, error) {
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
func (s *Simulator) texts(ctx context.Context, after int64) ([]simText, error) {
	raw, err := s.rdb.LRange(ctx, s.k.simLog(), 0, -1).Result()
	if err != nil {
		return nil, err
	}
	out := make([]simText, 0, 16)
	for _, r := range raw {
		var t simText
		if json.Unmarshal([]byte(r), &t) != nil || t.N <= after {
			continue
		}
		out = append(out, t)
	}
	return out, nil
}
