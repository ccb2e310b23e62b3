package hub

// LogKey is the Redis key of night id's event log. The hub owns it; the one
// place outside the hub that touches it is wiping a night (dashboard), which
// trims the old events that carry guest names. Ask here rather than build
// the key by hand, so the two can never disagree.
func (s *Store) LogKey(id string) string { return s.logKey(id) }
