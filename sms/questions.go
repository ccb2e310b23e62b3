package sms

import (
	"context"

	"github.com/clubnight/clubnight/sms/wording"
)

// The handlers of intents that change nothing: they look something up, or
// put a question, and word the answer.

// listJobs is JOBS: the sender's jobs still to do.
func (s *Service) listJobs(_ context.Context, t turn) (string, string) {
	return wording.Jobs(t.name, t.n, t.p.ID), "jobs"
}

// answerStatus answers a question about a job, a ride or the running order.
func (s *Service) answerStatus(_ context.Context, t turn) (string, string) {
	n, in := t.n, t.in
	if p, ok := n.Problem(in.Problem); ok && in.Problem != "" {
		return wording.ProblemStatus(t.name, n, p), "status"
	}
	if j, ok := n.Job(in.Job); ok && in.Item == nil && in.Job != 0 {
		return wording.JobStatus(t.name, n, j), "status"
	}
	if r, ok := n.Ride(in.Ride); ok && in.Item == nil {
		return wording.RideStatus(t.name, r), "status"
	}
	return wording.Status(t.name, n, in.Item, s.clock().In(s.loc).Format("15:04")), "status"
}

// askChoice puts the numbered question understanding asked for.
func (s *Service) askChoice(ctx context.Context, t turn) (string, string) {
	return s.ask(ctx, t.n, t.p, t.in.Choice), "ask"
}

// greet answers a text that asks for nothing ("hi", "thanks").
func (s *Service) greet(_ context.Context, t turn) (string, string) {
	return wording.None(t.name), "none"
}
