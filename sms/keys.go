package sms

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// keys names every Redis key of the package. Per-night keys share the hub's
// hash tag {n:<id>}; the outbound queue's keys share {q}, so each Lua script
// only touches keys of one Redis Cluster slot.
type keys struct{ p string }

func (k keys) sid(sid string) string { return k.p + "sid:" + sid }

// rate names a number by a hash of it, so a look at Redis shows no numbers.
func (k keys) rate(num string, w int64) string {
	sum := sha256.Sum256([]byte(num))
	return k.p + "rate:" + hex.EncodeToString(sum[:12]) + ":" + itoa(w)
}
func (k keys) night(id string) string      { return k.p + "{n:" + id + "}:" }
func (k keys) inbox(id string) string      { return k.night(id) + "inbox" }
func (k keys) cursor(id string) string     { return k.night(id) + "cursor" }
func (k keys) esc(id string) string        { return k.night(id) + "esc" }
func (k keys) sentAlerts(id string) string { return k.night(id) + "sent" }
func (k keys) escNights() string           { return k.p + "esc-nights" }
func (k keys) followed() string            { return k.p + "followed" }
func (k keys) step(id, pid string, step int) string {
	return k.night(id) + "step:" + pid + ":" + itoa(int64(step))
}
func (k keys) alerted(id, pid string) string      { return k.night(id) + "alerted:" + pid }
func (k keys) lastAlert(id, person string) string { return k.night(id) + "last:" + person }
func (k keys) ask(id, person string) string       { return k.night(id) + "ask:" + person }
func (k keys) resolved(id string) string          { return k.night(id) + "resolved" }

// learned holds the meanings people taught for phrases, for every night of
// this deployment: field = understand.PhraseKey, value = understand.Taught.
func (k keys) learned() string { return k.p + "learned" }

func (k keys) bySid(sid string) string { return k.p + "{q}:sid:" + sid }
func (k keys) early(sid string) string { return k.p + "{q}:early:" + sid }

func (k keys) simLog() string { return k.p + "sim:{sim}:log" }
func (k keys) simSeq() string { return k.p + "sim:{sim}:n" }

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
