package rating_test

import (
	"strings"
	"testing"
)

// A grade that names a provider by its former grade, or defines a grade in a key, is no
// judgement. Sentences written for this test.
func TestFormerAndKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"'Inadequate' school climbs to 'good' in Ofsted report.", "current overall good"},
		// Alone, the attributive grade is the provider's grade.
		{"'Inadequate' school to become an academy, says Ofsted.", "current overall inadequate"},
		{"Ofsted key. Grade 2 is Good: provision that meets children's needs well.", ""},
		{"Ofsted key. Grade 3 'Requires improvement': provision that is not yet good.", ""},
	} {
		if got := strings.Join(judgements(tc.in), "|"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}
