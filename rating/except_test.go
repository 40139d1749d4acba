package rating_test

import (
	"strings"
	"testing"
)

// A grade given for every area but some: the framework's fixed set less the excepted
// ones, where the framework has one. Sentences written for this test.
func TestAllExcept(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The CQC rated Pellow Road Clinic good overall and for all key questions except responsive, which was rated requires improvement.",
			"current overall good|current safe good|current effective good|current caring good|current well-led good|current responsive requires improvement"},
		{"The CQC rated Pellow Road Clinic good for every domain apart from safe and effective.",
			"current caring good|current responsive good|current well-led good"},
		// Ofsted's areas vary with the framework's year: no set to take from.
		{"Ofsted rated Quarry Lane School good in all areas except personal development.",
			""},
	} {
		if got := strings.Join(judgements(tc.in), "|"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// Areas listed in one sentence and graded together in the next. Sentences written for
// this test.
func TestListedThenAll(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Ofsted looked at the quality of teaching and leadership and management. Inspectors judged the school good in all areas.",
			"current overall good|current quality of teaching good|current leadership and management good"},
		// Not in the same paragraph: nothing to take the areas from.
		{"Ofsted looked at the quality of teaching and leadership and management.\n\nInspectors judged the school good in all areas.",
			"current overall good"},
	} {
		if got := strings.Join(judgements(tc.in), "|"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// Areas of frameworks the lexicon lacked. Sentences written for this test.
func TestFrameworkAreas(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The CQC rated the trust's use of resources as requires improvement.",
			"current use of resources requires improvement"},
	} {
		if got := strings.Join(judgements(tc.in), "|"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// An area's rating said to change to a grade. Sentences written for this test.
func TestRatingChangeTo(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The CQC saw our rating for caring change to good.", "current caring good"},
		{"The CQC rating for responsive changed to requires improvement.", "current responsive requires improvement"},
	} {
		if got := strings.Join(judgements(tc.in), "|"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// "With regard to whether" names the areas of the grades around it; it is no doubt
// about them. Sentence written for this test.
func TestRegardWhether(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Inspectors from the CQC judged Moss Lane Surgery outstanding with regard to whether patients found it effective, but good with regard to whether staff were caring.",
			"current effective outstanding|current caring good"},
		// A long list of areas between the two grades still joins them.
		{"Inspectors from the CQC judged Moss Lane Surgery Outstanding with regard to whether it was well-led, responsive, effective, safe, but Good with regard to whether staff were caring.",
			"current well-led outstanding|current responsive outstanding|current effective outstanding|current safe outstanding|current caring good"},
	} {
		if got := strings.Join(judgements(tc.in), "|"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}
