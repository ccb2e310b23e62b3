package sms

import (
	"context"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

// The handlers of intents that change the night: each applies one command
// through the hub and words what changed, or why nothing did.

// markJob is DONE 4 or DOING 4.
func (s *Service) markJob(ctx context.Context, t turn) (string, string) {
	t.cmd.Type, t.cmd.Job = night.CmdDone, t.in.Job
	if t.in.Kind == understand.Doing {
		t.cmd.Type = night.CmdDoing
	}
	res, err := s.hub.Apply(ctx, t.n.ID, t.cmd)
	if err != nil {
		return s.refused(t.name, err, jobsHint)
	}
	j, _ := res.Night.Job(t.in.Job)
	if t.in.Kind == understand.Doing {
		return doingReply(t.name, j), "doing"
	}
	return doneReply(t.name, j), "done"
}

// undo takes back the sender's last change.
func (s *Service) undo(ctx context.Context, t turn) (string, string) {
	t.cmd.Type = night.CmdUndo
	res, err := s.hub.Apply(ctx, t.n.ID, t.cmd)
	if err != nil {
		return s.refused(t.name, err, helpHint)
	}
	if res.Event == nil {
		return compose("OK " + t.name + ". We took that back."), "undo"
	}
	return undoReply(t.name, res.Night, res.Event), "undo"
}

// raise puts a problem up and says who was told.
func (s *Service) raise(ctx context.Context, t turn) (string, string) {
	t.cmd.Type, t.cmd.Kind, t.cmd.Text = night.CmdRaise, t.in.ProblemKind, t.in.Text
	res, err := s.hub.Apply(ctx, t.n.ID, t.cmd)
	if err != nil {
		return s.refused(t.name, err, "Please call a member of staff.")
	}
	pr := raisedProblem(res)
	if pr == nil {
		return compose("Thanks " + t.name + ". We told the team."), "problem"
	}
	var told []string
	for _, q := range recipients(res.Night, pr, StepTeam, nil) {
		told = append(told, nameOf(q.Name))
	}
	return problemReply(t.name, pr, told), "problem"
}

// raisedProblem is the problem a raise created.
func raisedProblem(res *hub.Result) *night.Problem {
	if res.Event != nil && res.Event.Problem != nil {
		if pr, ok := res.Night.Problem(res.Event.Problem.ID); ok {
			return pr
		}
	}
	return nil
}

// claim is ON IT: the named problem, else the one pickClaim finds.
func (s *Service) claim(ctx context.Context, t turn) (string, string) {
	pid := t.in.Problem
	if pid == "" {
		pid = pickClaim(t.n, t.p.ID, s.conversation(ctx, t.n, t.p.ID).LastAlertProblem)
	}
	if pid == "" {
		return compose("Thanks "+t.name+". No problem needs help just now.", helpHint), "claim"
	}
	t.cmd.Type, t.cmd.Problem = night.CmdClaim, pid
	res, err := s.hub.Apply(ctx, t.n.ID, t.cmd)
	if err != nil {
		return s.refused(t.name, err, "")
	}
	pr, _ := res.Night.Problem(pid)
	return claimReply(t.name, pr), "claim"
}

// markSorted is SORTED: the named problem, else the one pickSorted finds; when
// it cannot tell, it asks which.
func (s *Service) markSorted(ctx context.Context, t turn) (string, string) {
	pid := t.in.Problem
	if pid == "" {
		var options []*night.Problem
		pid, options = pickSorted(t.n, t.p.ID, s.conversation(ctx, t.n, t.p.ID).LastAlertProblem)
		if pid == "" && len(options) > 0 {
			return s.ask(ctx, t.n, t.p, whichSorted(options)), "ask"
		}
	}
	if pid == "" {
		return compose("Thanks "+t.name+". There are no open problems just now.", helpHint), "sorted"
	}
	t.cmd.Type, t.cmd.Problem = night.CmdSort, pid
	res, err := s.hub.Apply(ctx, t.n.ID, t.cmd)
	if err != nil {
		return s.refused(t.name, err, "")
	}
	pr, _ := res.Night.Problem(pid)
	return sortedReply(t.name, pr), "sorted"
}

// whichSorted asks which of options is sorted.
func whichSorted(options []*night.Problem) *understand.Choice {
	ch := &understand.Choice{Prompt: "Which problem is sorted?"}
	for _, o := range options {
		ch.Options = append(ch.Options, understand.Option{Label: words(o),
			Intent: understand.Intent{Kind: understand.Sorted, Problem: o.ID}})
	}
	return ch
}

// checkInOut is HERE or LEAVING, for the sender or someone they name.
func (s *Service) checkInOut(ctx context.Context, t turn) (string, string) {
	leaving := t.in.Kind == understand.Leaving
	t.cmd.Type, t.cmd.Person = night.CmdCheckIn, t.in.Person
	if leaving {
		t.cmd.Type = night.CmdCheckOut
	}
	res, err := s.hub.Apply(ctx, t.n.ID, t.cmd)
	if err != nil {
		return s.refused(t.name, err, jobsHint)
	}
	self := t.in.Person == "" || t.in.Person == t.p.ID
	who := nameOf(res.Night.Name(t.in.Person))
	if leaving {
		return leavingReply(t.name, who, self), "leaving"
	}
	return hereReply(t.name, who, self), "here"
}

// ride says a guest's ride has gone or is late.
func (s *Service) ride(ctx context.Context, t turn) (string, string) {
	t.cmd.Type, t.cmd.Ride = night.CmdRideGone, t.in.Ride
	if t.in.RideStatus == night.Late {
		t.cmd.Type = night.CmdRideLate
	}
	res, err := s.hub.Apply(ctx, t.n.ID, t.cmd)
	if err != nil {
		return s.refused(t.name, err, "")
	}
	r, _ := res.Night.Ride(t.in.Ride)
	return rideReply(t.name, r), "ride"
}
