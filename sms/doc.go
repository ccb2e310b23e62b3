// Package sms lets the team run their part of the night by text. It owns
// Twilio's inbound webhook (who is texting, what they mean, what changes,
// what we say back), problem alerts and their escalation, a durable queue of
// outbound texts, Twilio's status callbacks, the dashboard's list of texts
// a person should read, and the practice phones that stand in for Twilio
// when it is not configured.
//
// Its neighbours do one thing each: sms/understand reads the words (pure),
// sms/wording words every reply in one GSM-7 segment (pure), sms/simpage
// serves the practice phones at /sim, and twilioapi talks to Twilio's REST
// API. Here, a file tells one story:
//
//   - webhook.go, inbound.go: a text in, once (dedupe.go), within the rate
//     limit (ratelimit.go), after the carrier words (optout.go);
//   - respond.go: what each kind of intent does, in commands.go (changes)
//     and questions.go (look-ups); pick.go chooses which problem a short
//     text means; conversation.go keeps the last alert and a question;
//   - queue.go, outbound.go, status.go: the durable send queue, its
//     workers, and Twilio's delivery reports; sender.go, simulator.go: who
//     takes a text (Twilio or the practice phones); codes.go: sign-in codes;
//   - escalate.go, follow.go: who is alerted, and when;
//   - inbox.go: the dashboard's texts to read; wipe.go: forgetting a night;
//     voicehooks.go: what the voice side borrows.
//
// All state lives in Redis under the hub's prefix + "sms:", so any number of
// hub processes can share the work: per-night keys carry the night's hash
// tag {n:<id>}, and the outbound queue's keys share the tag {q}.
package sms
