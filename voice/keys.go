package voice

// keys names every Redis key of the package, under the hub's prefix +
// "voice:". The call queue (outbox) keeps its keys under p + "{vq}:".
type keys struct{ p string }

func (k keys) call(sid string) string { return k.p + "call:{" + sid + "}" }
func (k keys) turn(sid, step, turn string) string {
	return k.p + "call:{" + sid + "}:" + step + ":" + turn
}
func (k keys) ringing(night, problem string) string {
	return k.p + "ringing:{n:" + night + "}:" + problem
}
