package sms

import (
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/wording"
)

// The wording escalate.go and follow.go use, by the names they have used;
// everything else calls package wording directly.

// MaxSMS is the most GSM-7 characters one text may have: one segment.
const MaxSMS = wording.MaxSMS

func alertText(n *night.Night, p *night.Problem, step int) string {
	return wording.Alert(n, p, step > StepTeam)
}

func claimNotice(n *night.Night, p *night.Problem) string { return wording.ClaimNotice(n, p) }
func sortNotice(n *night.Night, p *night.Problem) string  { return wording.SortNotice(n, p) }
func fill(template, slot string, room int) string         { return wording.Fill(template, slot, room) }
func nameOf(name string) string                           { return wording.Name(name) }
func words(p *night.Problem) string                       { return wording.ProblemWords(p) }
