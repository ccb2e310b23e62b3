package sms

import (
	"context"
	"strconv"
	"strings"

	"github.com/clubnight/clubnight/escalation"
)

// A problem's texts go in order (escalation.WaitsFor says which earlier
// alerts a text waits for). The queue itself does not keep order (a text
// that failed waits to be tried again while later ones go), so a text
// that would overtake an earlier one of its problem waits for it.

// alertID is the fixed id of the alert about problem pk of night nightID
// to person at step: each is queued once, whichever hub gets there first.
func alertID(nightID, pk string, step int, person string) string {
	return "alert:" + nightID + ":" + pk + ":" + strconv.Itoa(step) + ":" + person
}

// followUpID is the fixed id of the one follow-up to person about pk.
func followUpID(nightID, pk, person string) string {
	return "followup:" + nightID + ":" + pk + ":" + person
}

// problemKeyOf returns the problem key in a text's id, for alerts and
// follow-ups (the night id and the person id hold no colon).
func problemKeyOf(rec *record) (pk string, step int, ok bool) {
	rest, found := strings.CutPrefix(rec.ID, "alert:"+rec.Night+":")
	if found {
		pk, tail, _ := strings.Cut(rest, ":")
		stepText, _, _ := strings.Cut(tail, ":")
		step, err := strconv.Atoi(stepText)
		return pk, step, err == nil && pk != ""
	}
	rest, found = strings.CutPrefix(rec.ID, "followup:"+rec.Night+":")
	if found {
		pk, _, _ := strings.Cut(rest, ":")
		return pk, escalation.FollowUpStep, pk != ""
	}
	return "", 0, false
}

// waitsForEarlier reports whether rec must wait for an earlier text of its
// problem that has not gone yet (still queued or being tried again). An
// earlier text that went, failed for good, was skipped or is gone no
// longer holds anything up.
func (s *Service) waitsForEarlier(ctx context.Context, rec *record) bool {
	if rec.Night == "" {
		return false
	}
	pk, step, ok := problemKeyOf(rec)
	if !ok || step == StepTeam {
		return false
	}
	seen, err := s.rdb.HGetAll(ctx, s.k.alerted(rec.Night, pk)).Result()
	if err != nil {
		return false
	}
	for _, a := range escalation.WaitsFor(asked(seen), step, rec.Person) {
		prev, err := s.q.load(ctx, alertID(rec.Night, pk, a.Step, a.Person))
		if err == nil && prev != nil && statusRank(prev.Status) <= statusRank("pending") {
			return true
		}
	}
	return false
}
