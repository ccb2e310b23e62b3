package escalation

import (
	"time"

	"github.com/clubnight/clubnight/night"
)

// Every time here is the shared clock's (Redis's), but one: a change's own
// time, which is the clock of the hub that took it, and may be minutes out.

// NextDue is when the step after one that ran at ran is due: the night's
// wait later, so those just asked have that long to answer.
func NextDue(n *night.Night, ran time.Time) time.Time { return ran.Add(n.EscalateAfter()) }

// ResumeDue is when asking more people starts again after a claim was
// taken back at undone (the undo's own time): the night's wait after it.
// undone is trusted only within the night's wait before now, so a hub far
// behind brings the step forward to now at most, and one ahead delays it
// not at all.
func ResumeDue(n *night.Night, undone, now time.Time) time.Time {
	at := undone
	if at.After(now) {
		at = now
	}
	if earliest := now.Add(-n.EscalateAfter()); at.Before(earliest) {
		at = earliest
	}
	return NextDue(n, at)
}

// Held reports whether step, now due, waits because texts are not going
// out: a "Still needs help" that cannot be sent helps nobody, and would
// reach the staff before the first alert reached anyone. A problem's
// first alerts are never held: they go as soon as texts do.
func Held(n *night.Night, step int) bool { return n.TextsDown && step > Team }

// HeldUntil is when a held step is next looked at: the night's wait from
// now, so once texts go again those first asked get that wait to answer.
func HeldUntil(n *night.Night, now time.Time) time.Time { return NextDue(n, now) }

// Resume finds the step to pick a problem up at after a stop lost its
// schedule: the first step not yet run, from the step after the widest it
// was recorded as texted at. ran reports whether a step ran. ok is false
// when every step has run.
func Resume(p *night.Problem, ran func(step int) bool) (step int, ok bool) {
	step = Team
	if len(p.Alerted) > 0 {
		step = p.Step + 1
	}
	for ; step <= Everyone; step++ {
		if !ran(step) {
			return step, true
		}
	}
	return 0, false
}
