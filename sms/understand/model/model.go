// Package model is a small learned second opinion on what a text is about:
// a multinomial logistic regression over hashed word and letter features,
// trained from the committee texts in testdata by `go generate` and
// embedded in the binary. The rules in package understand decide; they ask
// the model only about texts they would otherwise pass to a person.
//
// The package is plain Go with no I/O: it turns feature strings into
// probabilities, trains from labelled examples, and reads and writes its
// weights as bytes.
package model

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"
	"slices"
)

// Model is a trained classifier. It is only read after it is built, so one
// Model may serve many goroutines.
type Model struct {
	dims   int       // number of hashed feature slots, a power of two
	labels []string  // class names, in weight order
	w      []float32 // weight of slot s for class c at c*dims+s
	b      []float32 // bias per class
	scale  []float32 // per class: weights are whole multiples of it, -127 to 127
}

// Labels are the model's classes, in the order Predict scores them.
func (m *Model) Labels() []string { return slices.Clone(m.labels) }

// slots hashes feature strings into distinct slots.
func (m *Model) slots(features []string) []int {
	out := make([]int, 0, len(features))
	for _, f := range features {
		h := fnv.New32a()
		h.Write([]byte(f))
		out = append(out, int(h.Sum32())&(m.dims-1))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Predict gives each label's probability for a text's features, in the
// order of Labels.
func (m *Model) Predict(features []string) []float64 {
	return m.probs(m.slots(features))
}

// Best is the most likely label and its probability.
func (m *Model) Best(features []string) (string, float64) {
	p := m.Predict(features)
	best := 0
	for c := range p {
		if p[c] > p[best] {
			best = c
		}
	}
	return m.labels[best], p[best]
}

func (m *Model) probs(slots []int) []float64 {
	z := make([]float64, len(m.labels))
	for c := range z {
		s := float64(m.b[c])
		row := m.w[c*m.dims : (c+1)*m.dims]
		for _, i := range slots {
			s += float64(row[i])
		}
		z[c] = s
	}
	top := slices.Max(z)
	sum := 0.0
	for c := range z {
		z[c] = math.Exp(z[c] - top)
		sum += z[c]
	}
	for c := range z {
		z[c] /= sum
	}
	return z
}

// Example is one labelled text, as features.
type Example struct {
	Features []string
	Label    string
}

// Options shape training. The zero value is not useful; see Defaults.
type Options struct {
	Dims   int     // hashed slots, a power of two
	Epochs int     // passes over the examples
	Rate   float64 // AdaGrad step size
	L2     float64 // weight decay per update
	Seed   uint64  // shuffling seed, so training is reproducible
}

// Defaults are the options the embedded model is trained with.
func Defaults() Options {
	return Options{Dims: 1 << 15, Epochs: 12, Rate: 0.3, L2: 1e-6, Seed: 1}
}

// Train fits a model to examples. The same examples and options always
// give the same model.
func Train(examples []Example, o Options) (*Model, error) {
	if o.Dims <= 0 || o.Dims&(o.Dims-1) != 0 {
		return nil, fmt.Errorf("dims must be a power of two, not %d", o.Dims)
	}
	if len(examples) == 0 {
		return nil, errors.New("no examples to learn from")
	}
	var labels []string
	for _, e := range examples {
		if !slices.Contains(labels, e.Label) {
			labels = append(labels, e.Label)
		}
	}
	slices.Sort(labels)
	m := &Model{dims: o.Dims, labels: labels, w: make([]float32, len(labels)*o.Dims), b: make([]float32, len(labels))}
	type row struct {
		slots []int
		label int
	}
	rows := make([]row, len(examples))
	for i, e := range examples {
		rows[i] = row{m.slots(e.Features), slices.Index(labels, e.Label)}
	}
	g2 := make([]float64, len(m.w)) // AdaGrad sums of squared gradients
	b2 := make([]float64, len(m.b))
	rng := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	order := make([]int, len(rows))
	for i := range order {
		order[i] = i
	}
	for range o.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			r := rows[k]
			p := m.probs(r.slots)
			for c := range p {
				g := p[c]
				if c == r.label {
					g -= 1
				}
				b2[c] += g * g
				m.b[c] -= float32(o.Rate * g / math.Sqrt(b2[c]+1e-8))
				for _, s := range r.slots {
					at := c*o.Dims + s
					gw := g + o.L2*float64(m.w[at])
					g2[at] += gw * gw
					m.w[at] -= float32(o.Rate * gw / math.Sqrt(g2[at]+1e-8))
				}
			}
		}
	}
	m.quantise()
	return m, nil
}

// quantise rounds each class's weights to 255 steps, so the weights file
// is a byte per weight and the model in memory is exactly the one read
// back from it.
func (m *Model) quantise() {
	m.scale = make([]float32, len(m.labels))
	for c := range m.labels {
		row := m.w[c*m.dims : (c+1)*m.dims]
		top := float32(0)
		for _, v := range row {
			top = max(top, float32(math.Abs(float64(v))))
		}
		m.scale[c] = top / 127
		if top == 0 {
			m.scale[c] = 1
		}
		for i, v := range row {
			row[i] = float32(step(v, m.scale[c])) * m.scale[c]
		}
	}
}

// step is the whole number of scale steps nearest to v.
func step(v, scale float32) int8 {
	return int8(max(-127, min(127, math.Round(float64(v)/float64(scale)))))
}

// magic opens a weights file, with its format version.
const magic = "CNM2"

// MarshalBinary writes the model as bytes: a header, the labels, the
// biases and each class's scale as little-endian float32, then the weights
// as one signed byte each (steps of the class's scale).
func (m *Model) MarshalBinary() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	le := binary.LittleEndian
	buf.Write(le.AppendUint32(nil, uint32(m.dims)))
	buf.Write(le.AppendUint32(nil, uint32(len(m.labels))))
	for _, l := range m.labels {
		buf.WriteByte(byte(len(l)))
		buf.WriteString(l)
	}
	for _, v := range m.b {
		buf.Write(le.AppendUint32(nil, math.Float32bits(v)))
	}
	for _, v := range m.scale {
		buf.Write(le.AppendUint32(nil, math.Float32bits(v)))
	}
	for c := range m.labels {
		for _, v := range m.w[c*m.dims : (c+1)*m.dims] {
			buf.WriteByte(byte(step(v, m.scale[c])))
		}
	}
	return buf.Bytes(), nil
}

// Load reads a model written by MarshalBinary.
func Load(data []byte) (*Model, error) {
	r := bytes.NewReader(data)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, errors.New("not a Clubnight model (bad header)")
	}
	var dims, k uint32
	if err := binary.Read(r, binary.LittleEndian, &dims); err != nil {
		return nil, fmt.Errorf("model header: %w", err)
	}
	if err := binary.Read(r, binary.LittleEndian, &k); err != nil {
		return nil, fmt.Errorf("model header: %w", err)
	}
	if dims == 0 || dims&(dims-1) != 0 || dims > 1<<22 || k == 0 || k > 64 {
		return nil, fmt.Errorf("model header: %d slots, %d labels", dims, k)
	}
	m := &Model{dims: int(dims)}
	for range k {
		n, err := r.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("model labels: %w", err)
		}
		l := make([]byte, n)
		if _, err := io.ReadFull(r, l); err != nil {
			return nil, fmt.Errorf("model labels: %w", err)
		}
		m.labels = append(m.labels, string(l))
	}
	m.b = make([]float32, k)
	m.scale = make([]float32, k)
	if err := binary.Read(r, binary.LittleEndian, m.b); err != nil {
		return nil, fmt.Errorf("model biases: %w", err)
	}
	if err := binary.Read(r, binary.LittleEndian, m.scale); err != nil {
		return nil, fmt.Errorf("model scales: %w", err)
	}
	q := make([]int8, int(k)*int(dims))
	if err := binary.Read(r, binary.LittleEndian, q); err != nil {
		return nil, fmt.Errorf("model weights: %w", err)
	}
	m.w = make([]float32, len(q))
	for i, v := range q {
		m.w[i] = float32(v) * m.scale[i/int(dims)]
	}
	if r.Len() != 0 {
		return nil, fmt.Errorf("model: %d bytes left over", r.Len())
	}
	return m, nil
}
