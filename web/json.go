// Package web holds what every HTTP adapter shares: the one mapping of
// night.Error codes to HTTP statuses, JSON answers, and who sent a request
// (the device's address behind a trusted front, the key rate limits count
// it by, whether it came from this computer).
package web

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"

	"github.com/clubnight/clubnight/night"
)

// Status maps an error's code to an HTTP status.
func Status(err error) int {
	switch night.ErrorCode(err) {
	case night.Invalid:
		return http.StatusBadRequest
	case night.NotFound:
		return http.StatusNotFound
	case night.Conflict:
		return http.StatusConflict
	case night.Forbidden:
		return http.StatusForbidden
	case night.Busy, night.Unknown:
		return http.StatusServiceUnavailable
	case night.TooMany:
		return http.StatusTooManyRequests
	}
	return http.StatusInternalServerError
}

type errorBody struct {
	Error    string   `json:"error"`
	Code     string   `json:"code"`
	Problems []string `json:"problems,omitempty"`
}

// WriteError answers with the error's status and plain message; internal
// details are logged, never sent.
func WriteError(w http.ResponseWriter, log *slog.Logger, err error) {
	status := Status(err)
	body := errorBody{Error: night.ErrorMessage(err), Code: string(night.ErrorCode(err))}
	var ne *night.Error
	if errors.As(err, &ne) {
		body.Problems = ne.Problems
	} else if log != nil {
		log.Error("request failed", "err", err)
	}
	switch status {
	case http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", "2")
	case http.StatusTooManyRequests:
		w.Header().Set("Retry-After", "60")
	}
	WriteJSON(w, status, body)
}

// WriteJSON answers with v as JSON.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
