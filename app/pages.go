package app

import (
	"context"
	"fmt"

	"github.com/clubnight/clubnight/kiosk"
)

// registerPages adds the kiosk, dashboard and simulator pages.
func (a *App) registerPages(ctx context.Context) error {
	_ = ctx
	k, err := kiosk.New(kiosk.Config{CheckKey: a.Auth.CheckKioskKey, SymbolsDir: a.Config.SymbolsDir, Logger: a.Log})
	if err != nil {
		return fmt.Errorf("CLUBNIGHT_SYMBOLS: %w", err)
	}
	k.Register(a.mux)
	return nil
}
