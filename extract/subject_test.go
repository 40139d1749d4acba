package extract

import "testing"

// TestRedundantService checks that a service the body's own name already says it is a
// unit of is not given again, and that other services are kept.
func TestRedundantService(t *testing.T) {
	for _, tc := range []struct {
		name, service string
		want          bool
	}{
		{"Calder Brook probation delivery unit", "probation service", true},
		{"Marlow Youth Justice Service", "youth justice services", true},
		{"Tarn Vale region", "probation service", false},
		{"Hallam General Hospital", "maternity services", false},
		{"Borchester", "", false},
	} {
		if got := redundantService(tc.name, tc.service); got != tc.want {
			t.Errorf("redundantService(%q, %q) = %v, want %v", tc.name, tc.service, got, tc.want)
		}
	}
}
