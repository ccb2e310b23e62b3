package night_test

import (
	"reflect"
	"strconv"
	"testing"

	"github.com/clubnight/clubnight/night"
)

// fillAll sets every exported field of v to something not zero (strings
// "f1", "f2", ..., numbers, true, one-element lists), so a field a
// conversion drops shows as a difference.
func fillAll(v reflect.Value, next *int) {
	*next++
	switch v.Kind() {
	case reflect.String:
		v.SetString("f" + strconv.Itoa(*next))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(*next))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fillAll(s.Index(0), next)
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillAll(v.Field(i), next)
			}
		}
	}
}

// TestPlan_NightCarriesEveryField: a plan with every field set comes back
// whole from a night made of it, so no field of Plan (or of its people,
// jobs, briefing points and rides) is forgotten in either direction.
func TestPlan_NightCarriesEveryField(t *testing.T) {
	var p night.Plan
	fillAll(reflect.ValueOf(&p).Elem(), new(int))
	if got := night.NewNight(&p).Plan(); !reflect.DeepEqual(got, &p) {
		t.Fatalf("a plan lost something on its way through a night:\n got %+v\nwant %+v", got, &p)
	}
}

// liveOnly are the fields of a night that a plan does not have: what
// happens on the night. A field added to a night's types must be either
// here or in the plan's types under the same name, so it is not forgotten
// by NewNight and Night.Plan.
var liveOnly = map[reflect.Type][]string{
	reflect.TypeFor[night.Night]():         {"Seq", "Problems", "Activity", "Undo", "NextProblem", "TextsDown"},
	reflect.TypeFor[night.Person]():        {"CheckedIn", "OptedOut"},
	reflect.TypeFor[night.Job]():           {"Number", "Status", "StartedBy", "DoneBy", "DoneAt"},
	reflect.TypeFor[night.BriefingPoint](): {"Delivered", "DeliveredBy"},
	reflect.TypeFor[night.Ride]():          {"Status", "WaitingWith", "GoneAt"},
}

// TestPlan_EveryNightFieldIsPlannedOrLive: every field of a night's types
// is in the matching plan type under the same name, or is live state.
func TestPlan_EveryNightFieldIsPlannedOrLive(t *testing.T) {
	pairs := map[reflect.Type]reflect.Type{
		reflect.TypeFor[night.Night]():         reflect.TypeFor[night.Plan](),
		reflect.TypeFor[night.Person]():        reflect.TypeFor[night.PlanPerson](),
		reflect.TypeFor[night.Job]():           reflect.TypeFor[night.PlanJob](),
		reflect.TypeFor[night.BriefingPoint](): reflect.TypeFor[night.PlanBriefing](),
		reflect.TypeFor[night.Ride]():          reflect.TypeFor[night.PlanRide](),
	}
	for live, plan := range pairs {
		for i := range live.NumField() {
			name := live.Field(i).Name
			_, planned := plan.FieldByName(name)
			isLive := false
			for _, l := range liveOnly[live] {
				isLive = isLive || l == name
			}
			switch {
			case planned && isLive:
				t.Errorf("%s.%s is in %s and also listed as live only", live.Name(), name, plan.Name())
			case !planned && !isLive:
				t.Errorf("%s.%s is neither in %s nor listed as live only: add it to one", live.Name(), name, plan.Name())
			}
		}
	}
}
