package sms_test

import (
	"context"
	"testing"

	"github.com/clubnight/clubnight/sms/understand"
)

// FuzzReceive: whatever arrives, the reply is nothing or one GSM-7 text of
// at most 160 characters, and nothing panics.
func FuzzReceive(f *testing.F) {
	for _, row := range []string{"JOBS", "DONE 4", "done four 👍", "PROBLEM taxi not here", "on it", "SORTED",
		"UNDO", "whats next", "\xff\xfe", "", "STOP", "START", "HELP", "1", "2", "Привет", "💩💩💩"} {
		f.Add("tom", row)
	}
	e := NewEnv(f, EnvOptions{Rate: 1 << 20})
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, who, body string) {
		from, ok := numbers[who]
		if !ok {
			from = who
		}
		reply, err := e.SMS.Receive(ctx, textFor(from, body))
		if err != nil {
			t.Fatalf("%q: %v", body, err)
		}
		if reply == "" {
			return
		}
		if !understand.GSM7(reply) || understand.Septets(reply) > 160 {
			t.Fatalf("%q -> %q is not one GSM-7 text", body, reply)
		}
	})
}
