package ws

import (
	"context"
	"encoding/json"
	"sync"

	"github.com/clubnight/clubnight/hub"
)

// snapshots keeps the newest snapshot message of each night, so a crowd of
// screens connecting at once (after a Wi-Fi drop, or a hub restart) costs
// one load and one encoding, not one each.
type snapshots struct {
	mu   sync.Mutex
	byID map[string]cachedSnapshot
}

type cachedSnapshot struct {
	pos  hub.Position
	data []byte
}

// snapshotMessage returns the snapshot of night id as Redis has it now, and
// where it stands. A snapshot is kept per seq and epoch: the same seq of
// another history is another night.
func (s *Server) snapshotMessage(ctx context.Context, id string) (hub.Position, []byte, error) {
	pos, err := s.hub.PositionFromRedis(ctx, id)
	if err != nil {
		return hub.Position{}, nil, err
	}
	s.snaps.mu.Lock()
	c, ok := s.snaps.byID[id]
	s.snaps.mu.Unlock()
	if ok && c.pos == pos {
		return c.pos, c.data, nil
	}
	n, epoch, err := s.hub.NightAndEpochFromRedis(ctx, id)
	if err != nil {
		return hub.Position{}, nil, err
	}
	pos = hub.Position{Seq: n.Seq, Epoch: epoch}
	data, err := json.Marshal(snapshot{Type: "snapshot", Seq: n.Seq, Epoch: epoch, Night: n.Public()})
	if err != nil {
		return hub.Position{}, nil, err
	}
	s.snaps.mu.Lock()
	defer s.snaps.mu.Unlock()
	if s.snaps.byID == nil || len(s.snaps.byID) > 64 {
		s.snaps.byID = map[string]cachedSnapshot{}
	}
	if old, ok := s.snaps.byID[id]; !ok || old.pos.Epoch != pos.Epoch || old.pos.Seq < pos.Seq {
		s.snaps.byID[id] = cachedSnapshot{pos: pos, data: data}
	}
	return pos, data, nil
}
