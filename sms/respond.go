package sms

import (
	"context"
	"encoding/json"
	"time"

	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/sms/understand"
)

// askTTL is how long a question we asked waits for its "1", "2" or "3".
const askTTL = 5 * time.Minute

// respond does what intent asks for person p on night n, and says so.
func (s *Service) respond(ctx context.Context, n *night.Night, p *night.Person, in understand.Intent, body, cmdID string) (string, string) {
	name := nameOf(p.Name)
	cmd := night.Command{ID: cmdID, By: p.ID, Source: night.FromSMS}
	switch in.Kind {
	case understand.Jobs:
		return jobsReply(name, n, p.ID), "jobs"

	case understand.Done, understand.Doing:
		cmd.Type, cmd.Job = night.CmdDone, in.Job
		if in.Kind == understand.Doing {
			cmd.Type = night.CmdDoing
		}
		res, err := s.hub.Apply(ctx, n.ID, cmd)
		if err != nil {
			return s.refused(name, err, jobsHint)
		}
		j, _ := res.Night.Job(in.Job)
		if in.Kind == understand.Doing {
			return doingReply(name, j), "doing"
		}
		return doneReply(name, j), "done"

	case understand.Undo:
		cmd.Type = night.CmdUndo
		res, err := s.hub.Apply(ctx, n.ID, cmd)
		if err != nil {
			return s.refused(name, err, helpHint)
		}
		if res.Event == nil {
			return compose("OK " + name + ". We took that back."), "undo"
		}
		return undoReply(name, res.Night, res.Event), "undo"

	case understand.Problem:
		cmd.Type, cmd.Kind, cmd.Text = night.CmdRaise, in.ProblemKind, in.Text
		res, err := s.hub.Apply(ctx, n.ID, cmd)
		if err != nil {
			return s.refused(name, err, "Please call a member of staff.")
		}
		pr := raisedProblem(res)
		if pr == nil {
			return compose("Thanks " + name + ". We told the team."), "problem"
		}
		var told []string
		for _, q := range recipients(res.Night, pr, StepTeam, nil) {
			told = append(told, nameOf(q.Name))
		}
		return problemReply(name, pr, told), "problem"

	case understand.Claim:
		pid := in.Problem
		if pid == "" {
			pid = pickClaim(n, p.ID, s.conversation(ctx, n, p.ID).LastAlertProblem)
		}
		if pid == "" {
			return compose("Thanks "+name+". No problem needs help just now.", helpHint), "claim"
		}
		cmd.Type, cmd.Problem = night.CmdClaim, pid
		res, err := s.hub.Apply(ctx, n.ID, cmd)
		if err != nil {
			return s.refused(name, err, "")
		}
		pr, _ := res.Night.Problem(pid)
		return claimReply(name, pr), "claim"

	case understand.Sorted:
		pid := in.Problem
		if pid == "" {
			var options []*night.Problem
			pid, options = pickSorted(n, p.ID, s.conversation(ctx, n, p.ID).LastAlertProblem)
			if pid == "" && len(options) > 0 {
				ch := &understand.Choice{Prompt: "Which problem is sorted?"}
				for _, o := range options {
					ch.Options = append(ch.Options, understand.Option{Label: words(o),
						Intent: understand.Intent{Kind: understand.Sorted, Problem: o.ID}})
				}
				return s.ask(ctx, n, p, ch), "ask"
			}
		}
		if pid == "" {
			return compose("Thanks "+name+". There are no open problems just now.", helpHint), "sorted"
		}
		cmd.Type, cmd.Problem = night.CmdSort, pid
		res, err := s.hub.Apply(ctx, n.ID, cmd)
		if err != nil {
			return s.refused(name, err, "")
		}
		pr, _ := res.Night.Problem(pid)
		return sortedReply(name, pr), "sorted"

	case understand.Here, understand.Leaving:
		cmd.Type, cmd.Person = night.CmdCheckIn, in.Person
		if in.Kind == understand.Leaving {
			cmd.Type = night.CmdCheckOut
		}
		res, err := s.hub.Apply(ctx, n.ID, cmd)
		if err != nil {
			return s.refused(name, err, jobsHint)
		}
		self := in.Person == "" || in.Person == p.ID
		who := nameOf(res.Night.Name(in.Person))
		if in.Kind == understand.Leaving {
			return leavingReply(name, who, self), "leaving"
		}
		return hereReply(name, who, self), "here"

	case understand.Ride:
		cmd.Type, cmd.Ride = night.CmdRideGone, in.Ride
		if in.RideStatus == night.Late {
			cmd.Type = night.CmdRideLate
		}
		res, err := s.hub.Apply(ctx, n.ID, cmd)
		if err != nil {
			return s.refused(name, err, "")
		}
		r, _ := res.Night.Ride(in.Ride)
		return rideReply(name, r), "ride"

	case understand.Status:
		if j, ok := n.Job(in.Job); ok && in.Item == nil && in.Job != 0 {
			return jobStatusReply(name, n, j), "status"
		}
		if r, ok := n.Ride(in.Ride); ok && in.Item == nil {
			return rideStatusReply(name, r), "status"
		}
		return statusReply(name, n, in.Item, s.clock().In(s.loc).Format("15:04")), "status"

	case understand.Ask:
		return s.ask(ctx, n, p, in.Choice), "ask"

	case understand.None:
		return noneReply(name), "none"
	}

	// Not understood: a person reads it, word for word.
	s.note(ctx, n.ID, InboxItem{Kind: InboxNotUnderstood, From: phone.Mask(p.Phone), Person: p.ID, Name: p.Name, Text: body})
	return unknownReply(name, reader(n, p.ID)), "not_understood"
}

// refused passes the hub's plain reason on, with what to do instead.
func (s *Service) refused(name string, err error, next string) (string, string) {
	switch night.ErrorCode(err) {
	case night.Busy, night.Internal:
		s.log.Error("sms: a command failed", "err", err)
		return busyReply(name), "error"
	}
	return refusedReply(name, night.ErrorMessage(err), next), "refused"
}

// ask puts a numbered question and remembers it for the answer.
func (s *Service) ask(ctx context.Context, n *night.Night, p *night.Person, ch *understand.Choice) string {
	if ch == nil || len(ch.Options) == 0 {
		return noneReply(nameOf(p.Name))
	}
	if len(ch.Options) > understand.MaxOptions {
		ch.Options = ch.Options[:understand.MaxOptions]
	}
	data, _ := json.Marshal(ch)
	if err := s.rdb.Set(ctx, s.k.ask(n.ID, p.ID), data, askTTL).Err(); err != nil {
		s.log.Warn("sms: cannot remember a question", "err", err)
	}
	return askReply(nameOf(p.Name), ch)
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

// pickClaim chooses the problem "on it" answers: the one last texted to
// them while nobody has it, else the oldest nobody has that they did not
// raise; failing that, one someone else has (the hub then says who).
func pickClaim(n *night.Night, person, lastAlert string) string {
	if p, ok := n.Problem(lastAlert); ok && p.Status == night.Open && p.RaisedBy != person {
		return p.ID
	}
	open := n.OpenProblems()
	for _, p := range open {
		if p.Status == night.Open && p.RaisedBy != person {
			return p.ID
		}
	}
	if p, ok := n.Problem(lastAlert); ok && p.Status != night.Sorted {
		return p.ID
	}
	for i := len(open) - 1; i >= 0; i-- {
		if open[i].RaisedBy != person || open[i].Status == night.Open {
			return open[i].ID
		}
	}
	return ""
}

// pickSorted chooses the problem "sorted" closes: the one they hold (the
// latest they claimed), else the only open one, else the only one they
// raised, else the one last texted to them. When it cannot tell, it
// returns up to three to ask about, newest first.
func pickSorted(n *night.Night, person, lastAlert string) (string, []*night.Problem) {
	open := n.OpenProblems()
	var held *night.Problem
	for i := range open {
		p := &open[i]
		if p.Status == night.Claimed && p.ClaimedBy == person &&
			(held == nil || (!p.ClaimedAt.IsZero() && !held.ClaimedAt.IsZero() && p.ClaimedAt.After(held.ClaimedAt))) {
			held = p
		}
	}
	switch {
	case held != nil:
		return held.ID, nil
	case len(open) == 0:
		return "", nil
	case len(open) == 1:
		return open[0].ID, nil
	}
	var mine []*night.Problem
	for i := range open {
		if open[i].RaisedBy == person {
			mine = append(mine, &open[i])
		}
	}
	if len(mine) == 1 {
		return mine[0].ID, nil
	}
	if p, ok := n.Problem(lastAlert); ok && p.Status != night.Sorted {
		return p.ID, nil
	}
	var options []*night.Problem
	for i := len(open) - 1; i >= 0 && len(options) < understand.MaxOptions; i-- {
		options = append(options, &open[i])
	}
	return "", options
}

// reader is who will read a text we could not: a member of staff on duty,
// else any member of staff or organiser, else the team.
func reader(n *night.Night, sender string) string {
	var staff []*night.Person
	for i := range n.People {
		q := &n.People[i]
		if q.ID != sender && (q.HasRole(night.RoleStaff) || q.HasRole(night.RoleOrganiser)) {
			staff = append(staff, q)
		}
	}
	for _, q := range staff {
		if q.CheckedIn {
			return nameOf(q.Name)
		}
	}
	if len(staff) > 0 {
		return nameOf(staff[0].Name)
	}
	return "the team"
}
