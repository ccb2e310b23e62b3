package sms

import (
	"context"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/wording"
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
		return s.refused(t.name, err, wording.JobsHint)
	}
	j, _ := res.Night.Job(t.in.Job)
	if t.in.Kind == understand.Doing {
		return wording.Doing(t.name, j), "doing"
	}
	return wording.Done(t.name, j), "done"
}

// undo takes back the sender's last change.
func (s *Service) undo(ctx context.Context, t turn) (string, string) {
	t.cmd.Type = night.CmdUndo
	res, err := s.hub.Apply(ctx, t.n.ID, t.cmd)
	if err != nil {
		return s.refused(t.name, err, wording.HelpHint)
	}
	if res.Event == nil {
		return wording.TookBack(t.name), "undo"
	}
	return wording.Undo(t.name, res.Night, res.Event), "undo"
}

// raise puts a problem up and says who was told.
func (s *Service) raise(ctx context.Context, t turn) (string, string) {
	t.cmd.Type, t.cmd.Kind, t.cmd.Text = night.CmdRaise, t.in.ProblemKind, t.in.Text
	res, err := s.hub.Apply(ctx, t.n.ID, t.cmd)
	if err != nil {
		return s.refused(t.name, err, wording.CallStaffHint)
	}
	pr := raisedProblem(res)
	if pr == nil {
		return wording.ToldTeam(t.name), "problem"
	}
	var told []string
	for _, q := range recipients(res.Night, pr, StepTeam, nil) {
		told = append(told, wording.Name(q.Name))
	}
	return wording.Problem(t.name, pr, told), "problem"
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
		return wording.NothingToClaim(t.name), "claim"
	}
	return s.onProblem(ctx, t, night.CmdClaim, pid, wording.Claim, "claim")
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
		return wording.NothingToSort(t.name), "sorted"
	}
	return s.onProblem(ctx, t, night.CmdSort, pid, wording.Sorted, "sorted")
}

// onProblem applies typ to problem pid and words the reply with say.
func (s *Service) onProblem(ctx context.Context, t turn, typ night.CommandType, pid string,
	say func(name string, p *night.Problem) string, outcome string) (string, string) {
	t.cmd.Type, t.cmd.Problem = typ, pid
	res, err := s.hub.Apply(ctx, t.n.ID, t.cmd)
	if err != nil {
		return s.refused(t.name, err, "")
	}
	pr, _ := res.Night.Problem(pid)
	return say(t.name, pr), outcome
}

// whichSorted asks which of options is sorted.
func whichSorted(options []*night.Problem) *understand.Choice {
	ch := &understand.Choice{Prompt: "Which problem is sorted?"}
	for _, o := range options {
		ch.Options = append(ch.Options, understand.Option{Label: wording.ProblemWords(o),
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
		return s.refused(t.name, err, wording.JobsHint)
	}
	self := t.in.Person == "" || t.in.Person == t.p.ID
	who := wording.Name(res.Night.Name(t.in.Person))
	if leaving {
		return wording.Leaving(t.name, who, self), "leaving"
	}
	return wording.Here(t.name, who, self), "here"
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
	return wording.Ride(t.name, r), "ride"
}
