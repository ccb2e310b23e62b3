package main

import (
	"context"
	"fmt"
	"io"
)

func runLoad(ctx context.Context, args []string, stdout io.Writer) error {
	_ = ctx
	_ = args
	return fmt.Errorf("load: not built yet")
}
