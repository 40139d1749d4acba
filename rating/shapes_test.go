package rating_test

import (
	"slices"
	"testing"
)

// TestFindShapes covers the shapes of real coverage (issue 12), each in a sentence
// written for this test, with the judgements it gives and why.
func TestFindShapes(t *testing.T) {
	for _, tc := range []struct {
		name, reason, in string
		want             []string
	}{
		{"special measures implies inadequate", "only an inadequate school is put in special measures",
			"Ofsted has placed Fernlea Academy in special measures.",
			[]string{"current category special measures", "current overall inadequate"}},
		{"an overall grade given beside the category", "no second overall grade",
			"Ofsted rated Fernlea Academy inadequate and placed it in special measures.",
			[]string{"current overall inadequate", "current category special measures"}},
		{"serious weaknesses found", "coverage uses the words loosely of findings",
			"An Ofsted inspection of the council's SEND services found serious weaknesses.",
			[]string{"current category serious weaknesses"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := judgements(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("%s (%s):\n got %q\nwant %q", tc.in, tc.reason, got, tc.want)
			}
		})
	}
}
