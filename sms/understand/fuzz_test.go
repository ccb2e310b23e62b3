package understand_test

import (
	"testing"
	"unicode/utf8"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms/understand"
)

func FuzzUnderstand(f *testing.F) {
	base := MustNight(f)
	claimed, claimCtx := WithClaim(f, base, "tom")
	pending := understand.Understand("done", base, "marcus", understand.Context{})
	for _, r := range loadCorpus(f) {
		f.Add(r.text, r.from)
	}
	for _, r := range heldOut {
		f.Add(r.text, r.from)
	}
	for _, s := range []string{"", " ", "\xff\xfe", "0", "#", "no.", "done 99999999999", "job #",
		"'s", "i'll", "ill", "😀👍🚕", "ᴅᴏɴᴇ", "ＤＯＮＥ ４", "done\x00bar", "2nd", "last", "set up up",
		"where is will x", "May's mum", "Will, the music", "waiting for blue line", "line", "a2b", "a 2",
		"star"} {
		f.Add(s, "tom")
	}
	type scene struct {
		n   *night.Night
		ctx understand.Context
	}
	p, err := night.ParsePlan([]byte(otherPlan))
	if err != nil {
		f.Fatal(err)
	}
	firms, err := night.ParsePlan([]byte(firmPlan))
	if err != nil {
		f.Fatal(err)
	}
	scenes := []scene{
		{night.NewNight(firms), understand.Context{Now: "21:30"}},
		{base, understand.Context{}},
		{night.NewNight(p), understand.Context{Now: "19:00"}},
		{claimed, claimCtx},
		{base, understand.Context{Now: "20:00", PendingChoice: pending.Choice}},
		{&night.Night{}, understand.Context{LastAlertProblem: "p9"}},
	}
	f.Fuzz(func(t *testing.T, text, sender string) {
		if len(text) > 1600 {
			// Twilio joins a long text into at most 1600 characters. Longer
			// inputs test nothing a sender can send, and the fuzzer's
			// minimising of them stalled a CI run for minutes.
			return
		}
		for _, s := range scenes {
			in := understand.Understand(text, s.n, sender, s.ctx)
			CheckValid(t, s.n, text, in)
			switch in.Kind {
			case understand.Unknown:
				if in.Text != text {
					t.Errorf("%q: unknown must carry the text word for word, got %q", text, in.Text)
				}
			case understand.Problem:
				if !understand.GSM7(in.Text) || !utf8.ValidString(in.Text) {
					t.Errorf("%q: problem text %q is not GSM-7", text, in.Text)
				}
			}
		}
	})
}

// firmPlan has taxi firms named by common words ("Blue Line"), by a digit
// ("A2B Cars") and by one word ("Star"), which the reading joins across
// tokens: a firm word last in a text once read past its end.
const firmPlan = `{"id":"fz","title":"Fuzz Night","venue":"The Old Fire Station","people":[
 {"id":"tom","name":"Tom","phone":"+447700900601","roles":["staff"]},
 {"id":"will","name":"Will","phone":"+447700900602","roles":["committee"]}],
"jobs":[{"id":"door","title":"Take money at the door","phase":"during","who":["tom"]},
 {"id":"fight","title":"Run the water fight","phase":"during","who":["will"]}],
"timeline":[{"at":"20:00","title":"Band: The Puddle Jumpers"}],
"rides":[{"id":"r1","name":"Amber","pickup":"taxi","at":"21:30","note":"Blue Line"},
 {"id":"r2","name":"Bina","pickup":"taxi","at":"21:30","note":"A2B Cars"},
 {"id":"r3","name":"Cy","pickup":"taxi","at":"21:45","note":"Star"}]}`
