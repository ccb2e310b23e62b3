// Package metrics owns Clubnight's Prometheus metrics. One *Metrics is made
// by main on its own registry and passed to every package that counts
// something, so there is no package-level state and tests can read values.
package metrics

import "github.com/prometheus/client_golang/prometheus"

// Metrics holds every collector Clubnight exports.
type Metrics struct {
	Screens         *prometheus.GaugeVec   // screens connected, by kind
	Events          prometheus.Counter     // events committed
	Commands        *prometheus.CounterVec // commands by type and outcome
	CommandLatency  prometheus.Histogram   // seconds from command in to commit
	DeliveryLag     prometheus.Histogram   // seconds from commit to handing the event to a screen's queue
	RedisErrors     prometheus.Counter     // Redis calls that failed
	RedisLatency    prometheus.Histogram   // seconds per store round trip
	SlowScreens     prometheus.Counter     // screens dropped for being slow
	TextsIn         *prometheus.CounterVec // inbound texts by outcome
	TextsOut        *prometheus.CounterVec // outbound texts by status
	Escalations     *prometheus.CounterVec // escalation steps taken
	WebhookDuration prometheus.Histogram   // seconds per SMS webhook request
	Resumes         *prometheus.CounterVec // resumes by result (events, snapshot)
	NightResets     prometheus.Counter     // followed nights whose history in Redis changed under the hub
	HTTPRequests    *prometheus.CounterVec // requests by route pattern and code
}

// New makes the collectors and registers them on reg.
func New(reg prometheus.Registerer) *Metrics {
	fast := []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5}
	m := &Metrics{
		Screens: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "clubnight_screens_connected",
			Help: "Websocket screens connected to this hub, by kind (kiosk, dashboard)."}, []string{"kind"}),
		Events: prometheus.NewCounter(prometheus.CounterOpts{Name: "clubnight_events_total",
			Help: "Changes committed to a night by this hub."}),
		Commands: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "clubnight_commands_total",
			Help: "Commands received, by type and outcome (ok, refused, duplicate, error)."}, []string{"type", "outcome"}),
		CommandLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "clubnight_command_seconds",
			Help: "Time from a command arriving to its commit in Redis.", Buckets: fast}),
		DeliveryLag: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "clubnight_event_delivery_lag_seconds",
			Help: "Time from an event's commit to this hub queueing it for its screens.", Buckets: fast}),
		RedisErrors: prometheus.NewCounter(prometheus.CounterOpts{Name: "clubnight_redis_errors_total",
			Help: "Redis calls that failed."}),
		RedisLatency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "clubnight_redis_seconds",
			Help: "Time per Redis commit round trip.", Buckets: fast}),
		SlowScreens: prometheus.NewCounter(prometheus.CounterOpts{Name: "clubnight_slow_screens_dropped_total",
			Help: "Screens disconnected because they could not keep up."}),
		TextsIn: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "clubnight_texts_in_total",
			Help: "Inbound texts, by outcome."}, []string{"outcome"}),
		TextsOut: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "clubnight_texts_out_total",
			Help: "Outbound texts, by status (queued, sent, delivered, failed, retried)."}, []string{"status"}),
		Escalations: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "clubnight_escalations_total",
			Help: "Problem alert steps taken, by step (team, staff, everyone)."}, []string{"step"}),
		WebhookDuration: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "clubnight_sms_webhook_seconds",
			Help: "Time to answer Twilio's inbound webhook.", Buckets: fast}),
		Resumes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "clubnight_resumes_total",
			Help: "Screens resuming with since, by result (events, snapshot)."}, []string{"result"}),
		NightResets: prometheus.NewCounter(prometheus.CounterOpts{Name: "clubnight_night_resets_total",
			Help: "Times a night this hub followed had another history in Redis (Redis lost changes); its screens got a fresh snapshot."}),
		HTTPRequests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "clubnight_http_requests_total",
			Help: "HTTP requests by route and status code."}, []string{"route", "code"}),
	}
	reg.MustRegister(m.Screens, m.Events, m.Commands, m.CommandLatency, m.DeliveryLag, m.RedisErrors,
		m.RedisLatency, m.SlowScreens, m.TextsIn, m.TextsOut, m.Escalations, m.WebhookDuration, m.Resumes, m.NightResets, m.HTTPRequests)
	return m
}

// Discard returns metrics registered nowhere, for tests and tools.
func Discard() *Metrics { return New(prometheus.NewRegistry()) }
