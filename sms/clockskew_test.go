package sms_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/config"
	"github.com/clubnight/clubnight/internal/testredis"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
)

// Two hubs on one real Redis, one with its clock 10 minutes out: the
// "still needs help" step comes the night's wait after the first alert,
// whichever hub raised the problem and whichever runs the step, and
// nobody is texted twice. Escalation times are Redis's, not a hub's.
func TestClockSkew_EscalationWaitsByRedisClock(t *testing.T) {
	const wait = 3 * time.Second
	for _, tc := range []struct {
		name       string
		skew       time.Duration
		raiseOnOdd bool
	}{
		{"ahead, raised on the right hub", 10 * time.Minute, false},
		{"behind, raised on the hub behind", -10 * time.Minute, true},
		{"ahead, raised on the hub ahead", 10 * time.Minute, true},
		{"behind, raised on the right hub", -10 * time.Minute, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rdb := testredis.Start(t).Client(t)
			plan := MustPlan(t)
			plan.EscalateAfterSeconds = int(wait / time.Second)
			a, b := &Recorder{}, &Recorder{}
			right := startClockHub(t, rdb, "cn:", time.Now, a, false)
			importLive(t, right.hub, plan)
			right.sms.Start(t.Context())
			t.Cleanup(right.sms.Close)
			odd := startClockHub(t, rdb, "cn:", skewed(tc.skew), b, true)

			raiser := right
			if tc.raiseOnOdd {
				raiser = odd
			}
			mustApplyOn(t, right.hub, plan.ID, night.Command{Type: night.CmdCheckIn, By: "tom"})
			mustApplyOn(t, raiser.hub, plan.ID, night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Taxi for Jo not here"})

			first := waitText(t, "tom", 10*time.Second, a, b)
			staff := waitText(t, "kim", 30*time.Second, a, b)
			if gap := staff.Sub(first); gap < wait-time.Second {
				t.Fatalf("the staff were texted %s after the first alert; the night waits %s", gap.Round(time.Millisecond), wait)
			}
			time.Sleep(300 * time.Millisecond)
			for _, person := range []string{"tom", "kim"} {
				if n := len(a.To(person)) + len(b.To(person)); n != 1 {
					t.Errorf("%s got %d texts about one problem, want 1", person, n)
				}
			}
			if got := alertsByStep(a, b)[sms.StepStaff]; len(got) != 1 {
				t.Errorf("staff step texts: %v", got)
			}
		})
	}
}

// A hub that follows the night with its clock far ahead, or a problem
// raised on a hub whose clock is far behind, still gets the problem
// texted: no problem is skipped as "too old" by one hub's clock, and the
// shared cursor never moves past a problem nobody was told about.
func TestClockSkew_FollowerSkipsNoProblem(t *testing.T) {
	for _, tc := range []struct {
		name                   string
		raiserSkew, followSkew time.Duration
	}{
		{"the follower is 45 minutes ahead", 0, 45 * time.Minute},
		{"the raiser is 45 minutes behind", -45 * time.Minute, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rdb := testredis.Start(t).Client(t)
			plan := MustPlan(t)
			rec := &Recorder{}
			kiosk := startClockHub(t, rdb, "cn:", skewed(tc.raiserSkew), &Recorder{}, false)
			importLive(t, kiosk.hub, plan)
			startClockHub(t, rdb, "cn:", skewed(tc.followSkew), rec, true)

			mustApplyOn(t, kiosk.hub, plan.ID, night.Command{Type: night.CmdCheckIn, By: "tom"})
			mustApplyOn(t, kiosk.hub, plan.ID, night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Taxi for Jo not here"})
			waitText(t, "tom", 10*time.Second, rec)
			if got := rec.Alerts()[sms.StepTeam]; len(got) != 1 || got[0] != "tom" {
				t.Fatalf("first alerts: %v", got)
			}
		})
	}
}

// A claim taken on a hub whose clock is 45 minutes behind is not "too old"
// to tell the others: the change is stamped with the shared clock, so its
// age is the same on every hub.
func TestClockSkew_FollowUpFromAHubBehind(t *testing.T) {
	rdb := testredis.Start(t).Client(t)
	plan := MustPlan(t)
	rec := &Recorder{}
	kiosk := startClockHub(t, rdb, "cn:", skewed(-45*time.Minute), &Recorder{}, false)
	importLive(t, kiosk.hub, plan)
	startClockHub(t, rdb, "cn:", skewed(0), rec, true)

	mustApplyOn(t, kiosk.hub, plan.ID, night.Command{Type: night.CmdCheckIn, By: "tom"})
	mustApplyOn(t, kiosk.hub, plan.ID, night.Command{Type: night.CmdCheckIn, By: "jade"})
	raised := mustApplyOn(t, kiosk.hub, plan.ID, night.Command{Type: night.CmdRaise, By: "priya", Kind: night.Taxi, Text: "Taxi for Jo not here"})
	waitText(t, "tom", 10*time.Second, rec)
	waitText(t, "jade", 10*time.Second, rec)
	mustApplyOn(t, kiosk.hub, plan.ID, night.Command{Type: night.CmdClaim, By: "jade", Problem: raised.Event.Problem.ID})
	Eventually(t, 10*time.Second, "Tom to be told Jade is on it", func() bool { return len(rec.To("tom")) == 2 })
	if got := rec.To("tom")[1].Body; !strings.Contains(got, "Jade is on it") {
		t.Fatalf("Tom's second text: %q", got)
	}
}

// The limit on texts from one number counts by the clock every hub shares:
// a texter whose texts land on two hubs, one with its clock three hours
// out, is limited as on one hub, not given a fresh allowance by the hub
// whose clock names another window.
func TestClockSkew_RateLimitSharedByHubs(t *testing.T) {
	rdb := testredis.Start(t).Client(t)
	plan := MustPlan(t)
	limit := func(c *config.Config) { c.SMSRate, c.SMSPer = 3, time.Hour }
	right := startClockHubWith(t, rdb, "cn:", time.Now, &Recorder{}, false, limit)
	importLive(t, right.hub, plan)
	odd := startClockHubWith(t, rdb, "cn:", skewed(3*time.Hour), &Recorder{}, false, limit)

	text := func(h *clockHub) string {
		t.Helper()
		reply, err := h.sms.Receive(context.Background(), sms.Text{From: numbers["sam"], Body: "JOBS", SID: NewSID()})
		if err != nil {
			t.Fatal(err)
		}
		return reply
	}
	for i, h := range []*clockHub{right, odd, right} {
		if reply := text(h); !strings.Contains(reply, "your jobs") {
			t.Fatalf("text %d: %q", i+1, reply)
		}
	}
	if warn := text(odd); !strings.Contains(warn, "a lot of texts") {
		t.Fatalf("the fourth text in an hour, on the hub whose clock is 3 hours ahead, got %q; want the kind warning", warn)
	}
	if reply := text(right); reply != "" {
		t.Fatalf("the fifth text got %q; want no answer", reply)
	}
}
