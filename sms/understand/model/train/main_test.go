package main

import (
	"bytes"
	"os"
	"testing"
)

// TestWeights_AreFresh: the embedded weights are exactly what training on
// the texts in testdata gives, so a text or rule change that moves the
// model cannot land without `go generate ./sms/understand/model`.
func TestWeights_AreFresh(t *testing.T) {
	m, err := trainAll("../../../..")
	if err != nil {
		t.Fatal(err)
	}
	want, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("../weights.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, want) {
		t.Fatal("sms/understand/model/weights.bin is stale: run `go generate ./sms/understand/model` and commit it")
	}
}
