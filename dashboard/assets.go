package dashboard

import (
	"embed"
	"fmt"

	"github.com/clubnight/clubnight/webasset"
)

//go:embed static
var staticFS embed.FS

const assetPrefix = "/dashboard/assets/"

// assetNames are the files pages load besides themselves, served under
// content-hashed names so they can be cached forever and a new build is
// never mixed with an old one.
var assetNames = []string{"static/dash.css", "static/common.js", "static/live.js", "static/plan.js"}

func (d *Dashboard) loadAssets() error {
	set, err := webasset.New(staticFS, assetPrefix, assetNames...)
	if err != nil {
		return fmt.Errorf("dashboard: %w", err)
	}
	d.assets = set
	return nil
}
