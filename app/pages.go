package app

import (
	"context"
	"fmt"
	"net"
	"strings"

	"github.com/clubnight/clubnight/dashboard"
	"github.com/clubnight/clubnight/kiosk"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/sms/understand"
)

// registerPages adds the kiosk and the dashboard (the simulator comes with
// SMS).
func (a *App) registerPages(ctx context.Context, backup backupSaver) error {
	k, err := kiosk.New(kiosk.Config{CheckKey: a.Auth.CheckKioskKey, SymbolsDir: a.Config.SymbolsDir, Logger: a.Log})
	if err != nil {
		return fmt.Errorf("CLUBNIGHT_SYMBOLS: %w", err)
	}
	k.Register(a.mux)

	simPath := ""
	if a.SMS.Simulated() {
		simPath = "/sim"
	}
	d, err := dashboard.New(dashboard.Options{
		Hub: a.Hub, Auth: a.Auth, Texter: a.SMS, Inbox: dashboard.InboxFunc(a.inbox), Resolver: textResolver{a.SMS},
		Logger: a.Log, SecureCookies: a.Config.HTTPS(), PublicURL: a.Config.PublicURL,
		ThisComputerOnly: thisComputerOnly(a.Config.Addr),
		WipeAfterDays:    a.Config.WipeAfterDays, Location: a.Config.TimeZone, SimulatorPath: simPath,
		TrustedProxies: a.Config.TrustedProxies, ForgetTexts: a.SMS.WipeNight,
		KioskKeyChanged: func(key string) {
			a.Auth.SetKioskKey(key)
			// Screens paired with the old key are closed now, not at the
			// next regular check.
			go a.WS.Recheck(context.Background())
			if backup != nil {
				if err := backup.SaveMeta(context.Background()); err != nil {
					a.Log.Error("backup failed", "err", err)
				}
			}
		},
	})
	if err != nil {
		return err
	}
	a.Auth.SetSessions(d.Sessions())
	d.Register(a.mux)
	dctx, cancel := context.WithCancel(context.Background())
	d.Start(dctx)
	a.closers = append(a.closers, cancel)
	return nil
}

// backupSaver is the embedded store's backup, when there is one.
type backupSaver interface {
	SaveMeta(ctx context.Context) error
}

// inbox hands the dashboard what SMS keeps for it.
func (a *App) inbox(ctx context.Context, nightID string) ([]dashboard.InboxItem, error) {
	items, err := a.SMS.Inbox(ctx, nightID)
	if err != nil {
		return nil, err
	}
	out := make([]dashboard.InboxItem, len(items))
	for i, it := range items {
		out[i] = dashboard.InboxItem(it)
	}
	return out, nil
}

var _ dashboard.Texter = (*sms.Service)(nil)

// textResolver hands the dashboard's "what did this text mean" to SMS.
type textResolver struct{ s *sms.Service }

// ResolveText does what the person chose and returns what Clubnight would
// have texted back.
func (r textResolver) ResolveText(ctx context.Context, nightID, itemID string, m dashboard.Meaning, by string) (string, error) {
	in := understand.Intent{Kind: understand.Kind(m.Kind), Job: m.Job, ProblemKind: night.ProblemKind(m.ProblemKind)}
	res, err := r.s.Resolve(ctx, nightID, itemID, in, by)
	return res.Reply, err
}

// thisComputerOnly reports whether addr (CLUBNIGHT_ADDR) listens on a
// loopback address, which no tablet can reach.
func thisComputerOnly(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
