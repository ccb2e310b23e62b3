package dashboard

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	qrcode "github.com/skip2/go-qrcode"

	"github.com/clubnight/clubnight/auth"
)

// The kiosk key lives in the store's setting "kiosk_key", as the app keeps
// it. A new key overwrites it and bumps a revision under the dashboard's
// keys; every dashboard polls the revision and tells its process through
// KioskKeyChanged, so the old key stops working on every hub.

func (d *Dashboard) settingKey() string { return d.hub.Store().Prefix() + "setting:kiosk_key" }

// kioskKey is the key in force in this process.
func (d *Dashboard) kioskKey() string {
	d.keyMu.Lock()
	defer d.keyMu.Unlock()
	if d.keyNow != "" {
		return d.keyNow
	}
	return d.opts.Auth.KioskKey()
}

func (d *Dashboard) setKioskKey(key, rev string) {
	d.keyMu.Lock()
	changed := d.keyNow != key
	d.keyNow, d.keyRev = key, rev
	d.keyMu.Unlock()
	if changed && d.opts.KioskKeyChanged != nil {
		d.opts.KioskKeyChanged(key)
	}
}

// NewKioskKey makes a new kiosk key; the old one stops working. It returns
// the new key.
func (d *Dashboard) NewKioskKey(ctx context.Context) (string, error) {
	key := auth.NewKey()
	if err := d.rdb.Set(ctx, d.settingKey(), key, 0).Err(); err != nil {
		return "", err
	}
	rev, err := d.rdb.Incr(ctx, d.key("kiosk-rev")).Result()
	if err != nil {
		return "", err
	}
	d.setKioskKey(key, strconv.FormatInt(rev, 10))
	d.log.Info("dashboard: new kiosk key made; the old one no longer works")
	return key, nil
}

// followKioskKey picks up a key made by another process.
func (d *Dashboard) followKioskKey(ctx context.Context) {
	rev, err := d.rdb.Get(ctx, d.key("kiosk-rev")).Result()
	if err != nil {
		return
	}
	d.keyMu.Lock()
	same := rev == d.keyRev
	d.keyMu.Unlock()
	if same {
		return
	}
	key, err := d.rdb.Get(ctx, d.settingKey()).Result()
	if err != nil || key == "" {
		return
	}
	d.setKioskKey(key, rev)
}

// pairURL is the address a kiosk opens to pair. A tablet must be able to
// reach it, so it is built from PUBLIC_URL when that names a real host,
// else from the address this page was reached at, else (when that is this
// machine itself, such as localhost) from the machine's address on the
// local network, with the same port.
func (d *Dashboard) pairURL(r *http.Request) string {
	return d.reachableBase(r) + "/kiosk?key=" + url.QueryEscape(d.kioskKey())
}

func (d *Dashboard) reachableBase(r *http.Request) string {
	if pu, err := url.Parse(d.opts.PublicURL); err == nil && pu.Host != "" && !loopbackHost(pu.Hostname()) {
		return d.opts.PublicURL
	}
	scheme := "http"
	if r.TLS != nil || d.opts.SecureCookies {
		scheme = "https"
	}
	host := r.Host
	if host == "" {
		host = "localhost"
	}
	name, port := host, ""
	if h, p, err := net.SplitHostPort(host); err == nil {
		name, port = h, p
	}
	if loopbackHost(name) {
		if ip := lanAddress(); ip != "" {
			host = ip
			if port != "" {
				host = net.JoinHostPort(ip, port)
			}
		}
	}
	return scheme + "://" + host
}

// loopbackHost reports whether host names this machine only: no other
// device can reach it.
func loopbackHost(host string) bool {
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") || strings.HasSuffix(strings.ToLower(host), ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && (ip.IsLoopback() || ip.IsUnspecified())
}

// lanAddress is this machine's first private IPv4 address on an interface
// that is up (else its first other IPv4 address), or "" when it has none.
func lanAddress() string {
	ifs, err := net.Interfaces()
	if err != nil {
		return ""
	}
	other := ""
	for _, it := range ifs {
		if it.Flags&net.FlagUp == 0 || it.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, err := it.Addrs()
		if err != nil {
			continue
		}
		for _, a := range addrs {
			if n, ok := a.(*net.IPNet); ok {
				ip4 := n.IP.To4()
				if ip4 == nil || !ip4.IsGlobalUnicast() {
					continue
				}
				if ip4.IsPrivate() {
					return ip4.String()
				}
				if other == "" {
					other = ip4.String()
				}
			}
		}
	}
	return other
}

type kioskBody struct {
	URL     string
	QR      string
	Message string
	Note    string
}

// kioskNote warns, in plain words, when no tablet can reach Clubnight yet.
func (d *Dashboard) kioskNote() string {
	if !d.opts.ThisComputerOnly {
		return ""
	}
	return "Right now only this computer can open Clubnight, so a tablet cannot use this code yet. " +
		"To let tablets on your Wi-Fi in, start Clubnight again with CLUBNIGHT_ADDR=:8080."
}

func (d *Dashboard) serveKiosk(w http.ResponseWriter, r *http.Request, v *viewer) {
	sum := sha256.Sum256([]byte(d.kioskKey()))
	body := kioskBody{URL: d.pairURL(r), QR: "/dashboard/kiosk/qr.png?v=" + hex.EncodeToString(sum[:4]), Note: d.kioskNote()}
	if r.URL.Query().Get("msg") == "new" {
		body.Message = "There is a new kiosk key. The old one does not work any more. Scan this code on every kiosk."
	}
	d.render(w, r, v, http.StatusOK, "kiosk", pageData{Title: "Kiosk", Nav: "kiosk", Body: body})
}

func (d *Dashboard) serveKioskQR(w http.ResponseWriter, r *http.Request, _ *viewer) {
	png, err := qrcode.Encode(d.pairURL(r), qrcode.Medium, 360)
	if err != nil {
		d.log.Error("dashboard: QR code", "err", err)
		http.Error(w, "Please try again.", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, _ = w.Write(png)
}

func (d *Dashboard) postNewKioskKey(w http.ResponseWriter, r *http.Request, v *viewer) {
	if !confirmed(r) {
		d.askFirst(w, r, v, confirmBody{Title: "Make a new kiosk key?", Icon: "key",
			What: []string{"Every kiosk that is paired now stops working at once.",
				"You then pair each kiosk again with the new code.", "This cannot be undone."},
			Action: "/dashboard/kiosk/new-key", Yes: "Yes, make a new key", Class: "danger", Back: "/dashboard/kiosk"})
		return
	}
	if _, err := d.NewKioskKey(r.Context()); err != nil {
		d.log.Error("dashboard: new kiosk key", "err", err)
		d.renderError(w, r, v, http.StatusServiceUnavailable, "We could not make a new key.", "Please try again in a minute.")
		return
	}
	http.Redirect(w, r, "/dashboard/kiosk?msg=new", http.StatusSeeOther)
}
