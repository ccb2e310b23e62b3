package kiosk_test

import (
	"encoding/json"
	"reflect"
	"regexp"
	"slices"
	"testing"

	"github.com/clubnight/clubnight/kiosk"
	"github.com/clubnight/clubnight/night"
)

type change struct {
	Set map[string]any `json:"set"`
	By  []string       `json:"by"`
	Add []string       `json:"add"`
}

type pageRules struct {
	Changes  map[string]map[string]change `json:"changes"`
	Kinds    []string                     `json:"kinds"`
	KindText map[string]string            `json:"kindText"`
}

func mustPageRules(t *testing.T) pageRules {
	t.Helper()
	_, srv := mustServer(t, kiosk.Config{})
	_, body := mustGet(t, srv.URL+"/kiosk", nil)
	m := regexp.MustCompile(`(?s)<script id="kiosk-config" type="application/json">(.*?)</script>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no page config")
	}
	var r pageRules
	if err := json.Unmarshal([]byte(m[1]), &r); err != nil {
		t.Fatalf("page config: %v", err)
	}
	return r
}

// The page shows a tap at once, before the hub answers, from rules the
// server worked out with night.Apply itself: for each command the kiosk
// sends and each status its thing can be in, what changes, and nothing for
// a command the hub would refuse. The page states no rule of its own.
func TestPageConfig_RulesComeFromApply(t *testing.T) {
	r := mustPageRules(t)
	want := map[string]map[string]change{
		"done": {
			"todo":  {Set: map[string]any{"status": "done"}, By: []string{"done_by"}},
			"doing": {Set: map[string]any{"status": "done"}, By: []string{"done_by"}},
		},
		"doing": {
			"todo":  {Set: map[string]any{"status": "doing"}, By: []string{"started_by"}},
			"doing": {Set: map[string]any{}, By: []string{"started_by"}},
		},
		"claim": {"open": {Set: map[string]any{"status": "claimed"}, By: []string{"claimed_by"}}},
		"sort": {
			"open":    {Set: map[string]any{"status": "sorted"}, By: []string{"claimed_by", "sorted_by"}},
			"claimed": {Set: map[string]any{"status": "sorted"}, By: []string{"sorted_by"}},
		},
		"ride_gone": {
			"waiting": {Set: map[string]any{"status": "gone"}},
			"late":    {Set: map[string]any{"status": "gone"}},
		},
		"ride_late": {"waiting": {Set: map[string]any{"status": "late"}}},
		"raise": {
			"waiting": {Set: map[string]any{"status": "late"}},
			"late":    {Set: map[string]any{}},
		},
		"wait_with": {
			"waiting": {Set: map[string]any{}, Add: []string{"waiting_with"}},
			"late":    {Set: map[string]any{}, Add: []string{"waiting_with"}},
		},
		"check_in":  {"": {Set: map[string]any{"checked_in": true}}},
		"check_out": {"": {Set: map[string]any{"checked_in": false}}},
		"briefed":   {"": {Set: map[string]any{"delivered": true}, By: []string{"delivered_by"}}},
	}
	for cmd, byStatus := range want {
		for status, w := range byStatus {
			got, ok := r.Changes[cmd][status]
			if !ok {
				t.Errorf("%s from %q: no rule, want %+v", cmd, status, w)
				continue
			}
			if len(got.Set) == 0 && len(w.Set) == 0 {
				got.Set, w.Set = nil, nil
			}
			if !reflect.DeepEqual(got, w) {
				t.Errorf("%s from %q: %+v, want %+v", cmd, status, got, w)
			}
		}
		for status := range r.Changes[cmd] {
			if _, ok := byStatus[status]; !ok {
				t.Errorf("%s from %q: a rule, but the hub refuses it", cmd, status)
			}
		}
	}
	for cmd := range r.Changes {
		if _, ok := want[cmd]; !ok {
			t.Errorf("a rule for %s, which the kiosk does not send", cmd)
		}
	}
	var kinds []string
	for _, k := range night.ProblemKinds {
		kinds = append(kinds, string(k))
		if r.KindText[string(k)] != night.KindWords[k] {
			t.Errorf("kindText[%s] = %q, want the hub's %q", k, r.KindText[string(k)], night.KindWords[k])
		}
	}
	if !slices.Equal(r.Kinds, kinds) {
		t.Errorf("kinds %v, want the hub's order %v", r.Kinds, kinds)
	}
}
