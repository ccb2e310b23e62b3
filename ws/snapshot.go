package ws

import (
	"context"
	"encoding/json"
	"sync"
)

// snapshots keeps the newest snapshot message of each night, so a crowd of
// screens connecting at once (after a Wi-Fi drop, or a hub restart) costs
// one load and one encoding, not one each.
type snapshots struct {
	mu   sync.Mutex
	byID map[string]cachedSnapshot
}

type cachedSnapshot struct {
	seq  int64
	data []byte
}

func (s *Server) snapshotMessage(ctx context.Context, id string) (int64, []byte, error) {
	seq, err := s.hub.Seq(ctx, id)
	if err != nil {
		return 0, nil, err
	}
	s.snaps.mu.Lock()
	c, ok := s.snaps.byID[id]
	s.snaps.mu.Unlock()
	if ok && c.seq == seq {
		return c.seq, c.data, nil
	}
	n, err := s.hub.Night(ctx, id)
	if err != nil {
		return 0, nil, err
	}
	data, err := json.Marshal(snapshot{Type: "snapshot", Seq: n.Seq, Night: n.Public()})
	if err != nil {
		return 0, nil, err
	}
	s.snaps.mu.Lock()
	defer s.snaps.mu.Unlock()
	if s.snaps.byID == nil || len(s.snaps.byID) > 64 {
		s.snaps.byID = map[string]cachedSnapshot{}
	}
	if old, ok := s.snaps.byID[id]; !ok || old.seq < n.Seq {
		s.snaps.byID[id] = cachedSnapshot{seq: n.Seq, data: data}
	}
	return n.Seq, data, nil
}
