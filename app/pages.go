package app

import "context"

// registerPages adds the kiosk, dashboard and simulator pages.
func (a *App) registerPages(ctx context.Context) error {
	_ = ctx
	return nil
}
