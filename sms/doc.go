// Package sms lets the team run their part of the night by text. It owns
// Twilio's inbound webhook (who is texting, what they mean, what changes,
// what we say back), problem alerts and their escalation, a durable queue of
// outbound texts sent through Twilio's REST API, Twilio's status callbacks,
// and the practice simulator at /sim that stands in for Twilio when it is
// not configured.
//
// Understanding the words themselves belongs to sms/understand, which is
// pure; this package turns what it understood into hub commands and kind,
// short replies of one GSM-7 segment.
//
// All state lives in Redis under the hub's prefix + "sms:", so any number of
// hub processes can share the work: per-night keys carry the night's hash
// tag {n:<id>}, and the outbound queue's keys share the tag {q}.
package sms
