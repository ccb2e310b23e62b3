package voice

// keys names every Redis key of the package, under the hub's prefix +
// "voice:". The call queue's keys share the hash tag {vq} so each of its
// scripts touches one Redis Cluster slot.
type keys struct{ p string }

func (k keys) call(sid string) string { return k.p + "call:{" + sid + "}" }
func (k keys) turn(sid, step, turn string) string {
	return k.p + "call:{" + sid + "}:" + step + ":" + turn
}
func (k keys) ringing(night, problem string) string {
	return k.p + "ringing:{n:" + night + "}:" + problem
}
func (k keys) ready() string        { return k.p + "{vq}:ready" }
func (k keys) lease() string        { return k.p + "{vq}:lease" }
func (k keys) delay() string        { return k.p + "{vq}:delay" }
func (k keys) rec(id string) string { return k.p + "{vq}:c:" + id }
