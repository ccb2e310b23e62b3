// Package voice lets the team speak to Clubnight on the phone, and rings
// the staff when a problem nobody has taken reaches them. It owns the
// Twilio Programmable Voice webhooks (/voice/...), the TwiML it answers
// with, the state of each call in Redis (keyed by CallSid, so a retried
// webhook gets the same answer and changes nothing twice), and a durable
// queue of outbound calls placed through Twilio's Calls API.
//
// What a caller says is decided by the very same code as a text: the sms
// package's understanding, context and actions (see sms/voicehooks.go).
// This package only turns that into short spoken sentences and keypad
// choices. Pressing 1 always asks for help; pressing 9 takes back what
// was just done.
//
// Escalation calls follow the night itself: a problem still open whose
// alert has reached the staff step rings the staff who may be called, at
// that time of night, once each whichever hub sees it first.
package voice
