// Package dashboard owns the staff and committee view at /dashboard: sign-in
// by a code texted to a team member's phone, sessions in Redis, the live
// view of a night (which talks to the hub over /ws like the kiosk does),
// planning nights, photos, the after-the-night report, wiping personal
// details, and the kiosk key.
//
// Everyone on the team is equal here, with one exception: phone numbers and
// plan exports need the organiser role (night.RoleOrganiser), which any team
// member can hold. While nobody on the live night holds it, everyone signed
// in counts as an organiser, so that a new deployment can appoint one.
//
// Its keys in Redis all start with the store's prefix and "dash:".
package dashboard

import (
	"context"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/clubnight/clubnight/auth"
	"github.com/clubnight/clubnight/hub"
	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/webasset"
)

// Texter sends one text message to an E.164 number. The SMS service (or
// its simulator) implements it.
type Texter interface {
	SendCode(ctx context.Context, to, body string) error
}

// InboxItem is one thing about texts a person should look at: a text from a
// number not on the team, a text nobody understood (word for word), a text
// that could not be delivered, or someone asking for no more texts.
type InboxItem struct {
	// ID names the item, so a person can say what a text meant.
	ID string `json:"id,omitempty"`
	// Kind is one of the Inbox... constants.
	Kind string    `json:"kind"`
	At   time.Time `json:"at"`
	// From is the sender's number, masked.
	From   string `json:"from,omitempty"`
	Person string `json:"person,omitempty"`
	Name   string `json:"name,omitempty"`
	// Text is the message word for word.
	Text string `json:"text,omitempty"`
	// Detail says more, such as why a text was not delivered.
	Detail string `json:"detail,omitempty"`
	// Resolved says a person has said what this text meant.
	Resolved bool `json:"resolved,omitempty"`
}

// Meaning is what a person says a text nobody understood meant: a job
// done or started, a problem of a kind, someone on a problem, a problem
// sorted, here, leaving, asking for jobs or the time, or nothing to do.
type Meaning struct {
	Kind        string `json:"kind"`
	Job         int    `json:"job,omitempty"`
	ProblemKind string `json:"problem_kind,omitempty"`
}

// Resolver does what a passed-on text meant, as its sender, and
// remembers the words so they are understood next time.
type Resolver interface {
	ResolveText(ctx context.Context, nightID, itemID string, m Meaning, by string) (reply string, err error)
}

// Kinds of InboxItem.
const (
	InboxUnknownNumber = "unknown_number"
	InboxNotUnderstood = "not_understood"
	InboxFailed        = "failed"
	InboxOptOut        = "opt_out"
	InboxOptIn         = "opt_in"
)

// Inbox lists a night's InboxItems, newest first.
type Inbox interface {
	Inbox(ctx context.Context, nightID string) ([]InboxItem, error)
}

// InboxFunc adapts a function to Inbox.
type InboxFunc func(ctx context.Context, nightID string) ([]InboxItem, error)

// Inbox calls f.
func (f InboxFunc) Inbox(ctx context.Context, nightID string) ([]InboxItem, error) {
	return f(ctx, nightID)
}

// Options configure a Dashboard. Hub and Auth are required.
type Options struct {
	Hub  *hub.Hub
	Auth *auth.Authenticator
	// Texter sends sign-in codes. Without one nobody can sign in by phone.
	Texter Texter
	// Inbox feeds the texts panel; nil shows that texts are not connected.
	Inbox Inbox
	// Resolver lets people say what a passed-on text meant; nil hides it.
	Resolver Resolver
	Logger   *slog.Logger
	Clock    func() time.Time
	// SecureCookies marks cookies Secure (PUBLIC_URL is https).
	SecureCookies bool
	// KioskKeyChanged is called with the new kiosk key whenever it changes,
	// on this process or another on the same Redis.
	KioskKeyChanged func(newKey string)
	// PublicURL is the base URL people use, for the kiosk pairing link.
	// Empty: taken from each request.
	PublicURL string
	// ThisComputerOnly says Clubnight listens on loopback only (the
	// simulator's default), so no tablet can open a pairing link yet.
	ThisComputerOnly bool
	// WipeAfterDays wipes phone numbers and ride details of nights this many
	// days after their date, keeping the anonymised report. 0 turns it off.
	WipeAfterDays int
	// Location is the venue's time zone for clock times and dates (Local).
	Location *time.Location
	// SimulatorPath, when texts go to the SMS simulator, is its address
	// ("/sim"): the sign-in page says the code is there.
	SimulatorPath string
	// ForgetTexts, when set, is called by a privacy wipe with the night as
	// it was, to forget every text of it kept elsewhere (the SMS inbox).
	ForgetTexts func(ctx context.Context, n *night.Night) error
	// TrustedProxies are the HTTPS front's addresses: behind them the
	// sign-in limits per address count each person's device, not the front.
	TrustedProxies []netip.Prefix
}

// Timings of sign-in and sessions.
const (
	// CodeTTL is how long a sign-in code works.
	CodeTTL = 10 * time.Minute
	// CodeTries is how many wrong tries one code allows.
	CodeTries = 5
	// SessionTTL is how long a session lasts from sign-in. It is fixed, not
	// sliding: a session lasts one night, and the next needs a new code.
	SessionTTL = 12 * time.Hour
	// RateWindow is the window of the sign-in rate limits.
	RateWindow = 15 * time.Minute
	// CodesPerNumber is how many codes one number may ask for per window.
	CodesPerNumber = 3
	// CodesPerAddress is how many codes one client address may ask for per
	// window, whatever the numbers.
	CodesPerAddress = 20
	// ChecksPerAddress is how many code checks one address may make per window.
	ChecksPerAddress = 40
	// MaxPhotoBytes bounds an uploaded photo.
	MaxPhotoBytes = 5 << 20
	// PhotoSize is the longest side of a stored photo, in pixels.
	PhotoSize = 512
)

// Dashboard serves /dashboard and /media. Build it with New.
type Dashboard struct {
	opts   Options
	hub    *hub.Hub
	rdb    redis.UniversalClient
	prefix string // the store prefix + "dash:"
	log    *slog.Logger
	clock  func() time.Time
	loc    *time.Location

	assets *webasset.Set
	pages  map[string]*template.Template

	sessions *sessionStore
	photos   *photoDecoder
	// codeSlots bounds the sign-in codes being looked up and sent at once.
	codeSlots chan struct{}

	keyMu  sync.Mutex
	keyRev string // the kiosk key revision last seen
	keyNow string // the kiosk key this dashboard made or saw last
}

// New returns a dashboard. It fails only when the embedded pages are broken
// or a required option is missing.
func New(opts Options) (*Dashboard, error) {
	if opts.Hub == nil || opts.Auth == nil {
		return nil, errors.New("dashboard: Options.Hub and Options.Auth are required")
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Clock == nil {
		opts.Clock = time.Now
	}
	if opts.Location == nil {
		opts.Location = time.Local
	}
	opts.PublicURL = strings.TrimRight(opts.PublicURL, "/")
	st := opts.Hub.Store()
	d := &Dashboard{
		opts: opts, hub: opts.Hub, rdb: st.Client(), prefix: st.Prefix() + "dash:",
		log: opts.Logger, clock: opts.Clock, loc: opts.Location,
	}
	if err := d.loadAssets(); err != nil {
		return nil, err
	}
	if err := d.loadPages(); err != nil {
		return nil, err
	}
	d.sessions = &sessionStore{d: d, index: map[string]*nightIndex{}}
	d.photos = newPhotoDecoder(DecodeBudget, DecodeSlots)
	d.codeSlots = make(chan struct{}, 16)
	return d, nil
}

// Sessions returns the session lookup for auth.Authenticator.SetSessions.
// A session authenticates GET requests (the /ws stream, the JSON API's
// reads); other methods also need the session's CSRF token in the
// X-CSRF-Token header.
func (d *Dashboard) Sessions() auth.Sessions { return d.sessions }

// Register adds the dashboard's routes to mux.
func (d *Dashboard) Register(mux *http.ServeMux) {
	mux.HandleFunc("GET /dashboard", d.serveHome)
	mux.HandleFunc("GET /dashboard/{$}", d.serveHome)
	mux.Handle("GET "+assetPrefix+"{file}", d.assets)
	mux.HandleFunc("GET /dashboard/help", d.serveHelp)

	mux.HandleFunc("POST /dashboard/signin/code", d.postSignInCode)
	mux.HandleFunc("POST /dashboard/signin/verify", d.postSignInVerify)
	mux.HandleFunc("POST /dashboard/signin/token", d.postSignInToken)
	mux.HandleFunc("POST /dashboard/signout", d.form(d.postSignOut))

	mux.HandleFunc("GET /dashboard/api/inbox", d.api(d.getInbox))
	mux.HandleFunc("POST /dashboard/api/inbox/resolve", d.apiPost(d.postResolve))
	mux.HandleFunc("GET /dashboard/api/me", d.api(d.getMe))

	mux.HandleFunc("GET /dashboard/nights", d.page(d.serveNights))
	mux.HandleFunc("POST /dashboard/nights/live", d.form(d.postLive))
	mux.HandleFunc("POST /dashboard/nights/copy", d.form(d.postCopy))
	mux.HandleFunc("POST /dashboard/nights/import", d.form(d.postImport))
	mux.HandleFunc("POST /dashboard/nights/wipe", d.form(d.postWipe))
	mux.HandleFunc("GET /dashboard/export/{file}", d.page(d.serveExport))
	mux.HandleFunc("GET /dashboard/plan/{night}", d.page(d.servePlanEditor))
	mux.HandleFunc("GET /dashboard/api/plan/{night}", d.api(d.getPlan))
	mux.HandleFunc("POST /dashboard/api/plan/{night}", d.apiPost(d.postPlan))
	mux.HandleFunc("POST /dashboard/api/photo/{night}/{kind}/{id}", d.apiPost(d.postPhoto))
	mux.HandleFunc("GET /media/{night}/{kind}/{file}", d.serveMedia)

	mux.HandleFunc("GET /dashboard/report/{file}", d.page(d.serveReport))

	mux.HandleFunc("GET /dashboard/kiosk", d.page(d.serveKiosk))
	mux.HandleFunc("GET /dashboard/kiosk/qr.png", d.page(d.serveKioskQR))
	mux.HandleFunc("POST /dashboard/kiosk/new-key", d.form(d.postNewKioskKey))
}

// Start runs the background work until ctx ends: the automatic wipe of old
// nights (at start, then hourly) and following kiosk key changes made by
// other processes. It returns at once.
func (d *Dashboard) Start(ctx context.Context) {
	d.keyMu.Lock()
	d.keyRev, _ = d.rdb.Get(ctx, d.prefix+"kiosk-rev").Result()
	d.keyMu.Unlock()
	go func() {
		wipe := time.NewTicker(time.Hour)
		keys := time.NewTicker(5 * time.Second)
		defer wipe.Stop()
		defer keys.Stop()
		if _, err := d.WipeDue(ctx); err != nil && ctx.Err() == nil {
			d.log.Error("dashboard: automatic wipe failed", "err", err)
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-wipe.C:
				if _, err := d.WipeDue(ctx); err != nil && ctx.Err() == nil {
					d.log.Error("dashboard: automatic wipe failed", "err", err)
				}
			case <-keys.C:
				d.followKioskKey(ctx)
			}
		}
	}()
}

func (d *Dashboard) key(parts ...string) string { return d.prefix + strings.Join(parts, ":") }
