package sms

import (
	"runtime/debug"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// readFunc reads one text: understand.Understand, unless a test stands in
// another.
type readFunc func(text string, n *night.Night, sender string, ctx understand.Context) understand.Intent

// read is how every text and call is understood. Whatever goes wrong in
// the rules, the words are never lost: a reading that panics or does not
// fit the night becomes "not understood", so the sender is told a person
// will read it and it waits on the dashboard.
func (s *Service) read(words string, n *night.Night, sender string, uctx understand.Context) (in understand.Intent) {
	defer func() {
		if r := recover(); r != nil {
			// The words are private; their length is enough to find the fault.
			s.log.Error("sms: the reading rules failed on a text", "person", sender, "bytes", len(words), "err", r, "stack", string(debug.Stack()))
			in = understand.Intent{Kind: understand.Unknown, Text: words}
		}
	}()
	read := s.reader
	if read == nil {
		read = understand.Understand
	}
	in = read(words, n, sender, uctx)
	if err := in.Valid(n); err != nil {
		s.log.Warn("sms: understanding gave an intent that does not fit the night", "person", sender, "err", err)
		in = understand.Intent{Kind: understand.Unknown, Text: words}
	}
	return in
}
