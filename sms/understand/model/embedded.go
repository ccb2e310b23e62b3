package model

import _ "embed"

//go:generate go run ./train -root ../../.. -out weights.bin

// weights is the model trained from testdata by `go generate`.
//
//go:embed weights.bin
var weights []byte

// Embedded is the model trained from the committee texts in testdata.
func Embedded() (*Model, error) { return Load(weights) }
