package httpapi

import (
	"net/http"
	"strings"
	"time"
)

// Deadlines gives every request but a websocket upgrade a deadline to
// send its body, so a client trickling a byte at a time cannot hold a
// connection (and a goroutine) for ever. Uploads (photos, plan files) get
// the longer upload deadline. The websocket keeps no such deadline: its
// own pings and pongs decide when it is gone.
//
// Wrap the server's handler with it outermost, so the ResponseWriter is
// still the server's own.
func Deadlines(read, upload time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isUpgrade(r) {
			d := read
			if r.Method == http.MethodPost && (strings.HasPrefix(r.URL.Path, "/dashboard/api/photo/") ||
				r.URL.Path == "/dashboard/nights/import") {
				d = upload
			}
			_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(d))
		}
		next.ServeHTTP(w, r)
	})
}

func isUpgrade(r *http.Request) bool {
	return r.Method == http.MethodGet && strings.EqualFold(r.Header.Get("Upgrade"), "websocket")
}
