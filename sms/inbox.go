package sms

import (
	"context"
	"encoding/json"
	"slices"
	"time"

	"github.com/clubnight/clubnight/hub"
)

// inboxKeep is how many items the dashboard's SMS inbox keeps per night.
const inboxKeep = 200

// Inbox item kinds.
const (
	InboxUnknownNumber = "unknown_number" // a number not on the team texted
	InboxNotUnderstood = "not_understood" // a team member's text we could not read
	InboxFailed        = "failed"         // a text we sent did not arrive
	InboxOptOut        = "opt_out"        // someone asked for no more texts
	InboxOptIn         = "opt_in"         // someone asked for texts again
)

// InboxItem is one thing on the dashboard's SMS list that a person should
// look at. Numbers are always masked.
type InboxItem struct {
	// ID names the item, so a person can say what a text meant (Resolve).
	ID     string    `json:"id,omitempty"`
	Kind   string    `json:"kind"`
	At     time.Time `json:"at"`
	From   string    `json:"from,omitempty"`   // masked number
	Person string    `json:"person,omitempty"` // person id, when known
	Name   string    `json:"name,omitempty"`
	Text   string    `json:"text,omitempty"` // word for word
	// Detail says more: the provider's error for a failed text.
	Detail string `json:"detail,omitempty"`
	// Resolved says a person has said what this text meant.
	Resolved bool `json:"resolved,omitempty"`
}

// Inbox returns the night's SMS items for the dashboard, newest first:
// texts from unknown numbers, texts not understood, failed deliveries and
// opt-outs.
func (s *Service) Inbox(ctx context.Context, nightID string) ([]InboxItem, error) {
	raw, err := s.rdb.LRange(ctx, s.k.inbox(nightID), 0, inboxKeep-1).Result()
	if err != nil {
		return nil, err
	}
	done, err := s.rdb.SMembers(ctx, s.k.resolved(nightID)).Result()
	if err != nil {
		return nil, err
	}
	out := make([]InboxItem, 0, len(raw))
	for _, r := range raw {
		var it InboxItem
		if json.Unmarshal([]byte(r), &it) == nil {
			it.Resolved = it.ID != "" && slices.Contains(done, it.ID)
			out = append(out, it)
		}
	}
	return out, nil
}

// note adds an item to a night's inbox, keeping the newest inboxKeep.
func (s *Service) note(ctx context.Context, nightID string, it InboxItem) {
	if nightID == "" {
		return
	}
	if it.At.IsZero() {
		it.At = s.clock().UTC()
	}
	if it.ID == "" {
		it.ID = hub.NewID()
	}
	data, _ := json.Marshal(it)
	key := s.k.inbox(nightID)
	_, err := s.rdb.TxPipelined(ctx, func(p redisPipe) error {
		p.LPush(ctx, key, data)
		p.LTrim(ctx, key, 0, inboxKeep-1)
		return nil
	})
	if err != nil {
		s.log.Error("sms: cannot record an inbox item", "night", nightID, "kind", it.Kind, "err", err)
	}
}
