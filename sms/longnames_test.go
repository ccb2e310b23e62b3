package sms_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/sms/understand"
)

// title60 is a job title of exactly 60 characters.
func title60(t *testing.T, s string) string {
	t.Helper()
	s = (s + strings.Repeat(" and more", 10))[:60]
	return strings.TrimRight(s, " ") + strings.Repeat("s", 60-len(strings.TrimRight(s, " ")))
}

func longPlan(t *testing.T) *night.Plan {
	t.Helper()
	var jobs []map[string]any
	for i, s := range []string{"Set up the disco lights", "Put out the tables", "Blow up the balloons",
		"Check the fire exits", "Run the raffle", "Sweep the hall floor"} {
		jobs = append(jobs, map[string]any{"id": "j" + itoa(i+1), "title": title60(t, s), "phase": night.Phases[i%4],
			"who": []string{"ca", "mj"}})
	}
	plan := map[string]any{
		"id": "long", "title": "A night with long names", "date": "2026-12-05", "venue": "Hall",
		"people": []map[string]any{
			{"id": "ca", "name": "Christopher-Alexander", "phone": "+447700900201", "roles": []string{"staff"}},
			{"id": "mj", "name": "Maximiliana-Josephine", "phone": "+447700900202", "roles": []string{"committee"}},
			{"id": "ba", "name": "Bartholomew-Augustine", "phone": "+447700900203", "roles": []string{"staff"}},
			{"id": "ef", "name": "Evangelina-Florentina", "phone": "+447700900204", "roles": []string{"committee"}},
			{"id": "gh", "name": "Gwendolyn-Hildegarde", "phone": "+447700900205", "roles": []string{"committee"}},
			{"id": "zo", "name": "Zoë O’Sullivan-Ångström", "phone": "+447700900206", "roles": []string{"committee"}},
		},
		"jobs": jobs,
		"timeline": []map[string]any{
			{"at": "18:00", "title": title60(t, "Everybody arrives and the team sets up the hall")},
			{"at": "21:00", "title": title60(t, "The grand raffle with prizes from the local shops")},
		},
		"rides": []map[string]any{{"id": "r1", "name": "Anastasia-Konstantina", "pickup": "taxi", "at": "22:00"}},
	}
	data, _ := json.Marshal(plan)
	p, err := night.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestReplies_LongestNames runs every kind of reply and outbound text with
// the longest names and titles of a night: each must be one GSM-7 text.
func TestReplies_LongestNames(t *testing.T) {
	rec := &Recorder{}
	e := NewEnv(t, EnvOptions{Plan: longPlan(t), Sender: rec, Start: true, Rate: 60})
	phones := map[string]string{"ca": "+447700900201", "mj": "+447700900202", "ba": "+447700900203",
		"ef": "+447700900204", "gh": "+447700900205", "zo": "+447700900206"}
	for k, v := range phones {
		numbers[k] = v
	}
	longest, longestText := 0, ""
	send := func(who, body string) string {
		t.Helper()
		reply := e.Text(who, body)
		if n := understand.Septets(reply); n > longest {
			longest, longestText = n, reply
		}
		t.Logf("%s %q -> (%d) %q", who, body, understand.Septets(reply), reply)
		return reply
	}
	for _, p := range []string{"ca", "mj", "ba", "ef", "gh"} {
		send(p, "HERE")
	}
	send("ca", "JOBS")
	send("ca", "DONE 1")
	send("ca", "UNDO")
	send("ca", "DOING 2")
	send("ca", "DONE 2")
	send("ca", "DONE 2")
	send("ca", "DONE 99")
	send("ca", "UNDO")
	send("ca", "UNDO")
	send("mj", "WHAT'S NEXT")
	send("mj", "what time is the grand raffle")
	if r := send("mj", "who is doing job 3?"); !strings.Contains(r, "Job 3") {
		t.Errorf("a question about a job should answer it: %q", r)
	}
	send("zo", "hello")
	send("zo", "")
	send("zo", "the purple elephant sings quietly in november")
	send("mj", "PROBLEM a lady feels very sick and faint by the "+strings.Repeat("very long corridor ", 20))
	Eventually(t, 5*time.Second, "alerts", func() bool { return len(rec.Sent()) >= 4 })
	send("ca", "ON IT")
	send("ba", "ON IT")
	send("ca", "SORTED")
	send("gh", "cant find Anastasia-Konstantina anywhere")
	send("ef", "someone is upset and crying by the door")
	send("mj", "Anastasia-Konstantina has gone home")
	send("mj", "UNDO")
	send("ca", "SORTED")
	send("ca", "LEAVING")
	send("ca", "UNDO")
	e.Clock.Advance(3 * time.Minute)
	e.Clock.Advance(3 * time.Minute)
	Eventually(t, 5*time.Second, "notices", func() bool { return len(rec.To("mj")) >= 2 })
	time.Sleep(200 * time.Millisecond)
	for _, m := range rec.Sent() {
		CheckSMS(t, m.Body)
		if n := understand.Septets(m.Body); n > longest {
			longest, longestText = n, m.Body
		}
		t.Logf("%s to %s: (%d) %q", m.Kind, m.Person, understand.Septets(m.Body), m.Body)
	}
	// Over the rate limit.
	for range 60 {
		res := e.Post(sms.InboundPath, TextForm(phones["gh"], "JOBS", NewSID()))
		if len(res.Messages) == 1 && strings.Contains(res.Messages[0], "a lot of texts") {
			CheckSMS(t, res.Messages[0])
			break
		}
	}
	t.Logf("longest text (%d characters): %q", longest, longestText)
}
