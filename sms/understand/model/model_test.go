package model_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/sms/understand/model"
)

// tiny is a made-up task: texts about bins are "done", about rain "none".
func tiny() []model.Example {
	var ex []model.Example
	for _, s := range []string{"bins out", "put the bins out", "bins done", "emptied the bins"} {
		ex = append(ex, model.Example{Features: strings.Fields(s), Label: "done"})
	}
	for _, s := range []string{"it is raining", "rain again lol", "so much rain", "raining cats"} {
		ex = append(ex, model.Example{Features: strings.Fields(s), Label: "none"})
	}
	return ex
}

func options() model.Options {
	o := model.Defaults()
	o.Dims = 1 << 10
	return o
}

func TestTrain_LearnsAndPredicts(t *testing.T) {
	m, err := model.Train(tiny(), options())
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Labels(); len(got) != 2 || got[0] != "done" || got[1] != "none" {
		t.Fatalf("labels %v", got)
	}
	for text, want := range map[string]string{"the bins": "done", "rain": "none"} {
		label, p := m.Best(strings.Fields(text))
		if label != want || p < 0.6 {
			t.Errorf("%q = %s (%.2f); want %s", text, label, p, want)
		}
	}
	p := m.Predict([]string{"bins"})
	if sum := p[0] + p[1]; sum < 0.999 || sum > 1.001 {
		t.Errorf("probabilities add to %f", sum)
	}
}

func TestTrain_SameExamplesSameModel(t *testing.T) {
	a, err := model.Train(tiny(), options())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := model.Train(tiny(), options())
	da, _ := a.MarshalBinary()
	db, _ := b.MarshalBinary()
	if !bytes.Equal(da, db) {
		t.Fatal("training twice on the same examples gave two models")
	}
}

func TestTrain_RefusesBadOptions(t *testing.T) {
	o := options()
	o.Dims = 1000
	if _, err := model.Train(tiny(), o); err == nil {
		t.Error("dims that are not a power of two were taken")
	}
	if _, err := model.Train(nil, options()); err == nil {
		t.Error("no examples were taken")
	}
}

// TestLoad_RoundTrip: the model read back from its bytes predicts exactly
// as the trained one.
func TestLoad_RoundTrip(t *testing.T) {
	m, _ := model.Train(tiny(), options())
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := model.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"bins", "rain", "bins and rain", "nothing known"} {
		p, q := m.Predict(strings.Fields(text)), back.Predict(strings.Fields(text))
		for i := range p {
			if p[i] != q[i] {
				t.Fatalf("%q: %v before, %v after", text, p, q)
			}
		}
	}
}

func TestLoad_RefusesDamagedBytes(t *testing.T) {
	m, _ := model.Train(tiny(), options())
	good, _ := m.MarshalBinary()
	for name, data := range map[string][]byte{
		"empty":       nil,
		"bad header":  append([]byte("XXXX"), good[4:]...),
		"cut short":   good[:len(good)-10],
		"extra bytes": append(append([]byte{}, good...), 1, 2, 3),
		"no labels":   append([]byte("CNM2"), 0, 4, 0, 0, 0, 0, 0, 0),
	} {
		if _, err := model.Load(data); err == nil {
			t.Errorf("%s: loaded", name)
		}
	}
}

// TestEmbedded_Loads: the weights in the binary load and know every kind
// of text the corpus expects.
func TestEmbedded_Loads(t *testing.T) {
	m, err := model.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	labels := strings.Join(m.Labels(), " ")
	for _, k := range []string{"done", "doing", "none", "here", "claim", "sorted", "problem:spill", "problem:taxi", "jobs", "status"} {
		if !strings.Contains(" "+labels+" ", " "+k+" ") {
			t.Errorf("the embedded model has no label %s (has %s)", k, labels)
		}
	}
}

// BenchmarkPredict is the embedded model reading one text's features (a
// text of about twelve words has some 150).
func BenchmarkPredict(b *testing.B) {
	m, err := model.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	var f []string
	for _, w := range strings.Fields("hiya me and sam have put all the chairs out by the stage now x") {
		f = append(f, "w:"+w)
		g := " " + w + " "
		for n := 3; n <= 5; n++ {
			for i := 0; i+n <= len(g); i++ {
				f = append(f, "c:"+g[i:i+n])
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		m.Predict(f)
	}
}
