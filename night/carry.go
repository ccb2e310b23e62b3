package night

import "reflect"

// A Plan and the Night made from it have the same things in them (people,
// jobs, briefing points, rides), written down once per type: each field
// they share has the same name and type in both. carry copies those fields,
// so NewNight and Night.Plan cannot forget a field in one direction, and a
// field added to both is carried without touching either.
// TestPlan_NightCarriesEveryField fails when a field is added to one side
// and not the other.

// carry copies every field of src (a struct or a pointer to one) into the
// field of *dst with the same name and type. Slices are copied, never
// shared, and never left nil, so the JSON says [] rather than null. Fields
// whose types differ (a plan's []PlanPerson, a night's []Person) are left
// to the caller.
func carry(dst, src any) {
	d := reflect.ValueOf(dst).Elem()
	s := reflect.Indirect(reflect.ValueOf(src))
	for i := range s.NumField() {
		f := s.Type().Field(i)
		to, ok := d.Type().FieldByName(f.Name)
		if !ok || len(to.Index) != 1 || to.Type != f.Type {
			continue
		}
		v := s.Field(i)
		if v.Kind() == reflect.Slice {
			c := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			reflect.Copy(c, v)
			v = c
		}
		d.Field(to.Index[0]).Set(v)
	}
}
