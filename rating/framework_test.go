package rating_test

import (
	"testing"

	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// TestFrameworkOf checks that a text naming no inspectorate is placed under the
// framework its area names belong to, only when two or more names agree on one.
func TestFrameworkOf(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     rating.Inspectorate
	}{
		{"Care Inspectorate themes", "Grades awarded\n\nQuality of Staffing 4 Good\n\nQuality of Environment 3 Adequate", rating.CareInspectorateBody},
		{"one name is not enough", "Quality of Staffing 4 Good", rating.NoInspectorate},
		{"names of two frameworks", "Quality of Staffing 4 Good\n\nQuality of Environment 3 Adequate\n\nPurposeful activity was poor.", rating.NoInspectorate},
		{"no areas", "The home was praised by relatives.", rating.NoInspectorate},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := rating.FrameworkOf(text.Parse(tc.in)); got != tc.want {
				t.Errorf("%q: got %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
