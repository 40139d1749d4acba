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

// A grade won in a participle clause after a comma takes the main clause's time, not
// that of a "had" before the comma. Sentences written for this test.
func TestGainClause(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The CQC found the surgery had improved, earning a 'good' rating.", "current overall good"},
		{"The CQC said the surgery had been rated 'good' before the move.", "previous overall good"},
	} {
		if got := strings.Join(judgements(tc.in), "|"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// Grades given by number in rows of their own on an Ofsted page. Text written for
// this test.
func TestNumberedRows(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Ofsted report.\n\nThis inspection: 1\n\nPrevious inspection:3\n", "current overall outstanding|previous overall requires improvement"},
		// A number out of the scale, or another inspectorate's page, gives nothing.
		{"Ofsted report.\n\nThis inspection: 6\n", ""},
		{"CQC report.\n\nThis inspection: 2\n", ""},
	} {
		if got := strings.Join(judgements(tc.in), "|"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}

// Figures in an aside after the grade compare it with others; they do not make the
// sentence one of statistics. Sentences written for this test.
func TestStatisticsAside(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The CQC rated the trust as requiring improvement - which is the grade held by around half of acute trusts.", "current overall requires improvement"},
		{"The CQC said about half of acute trusts were rated as requiring improvement.", ""},
	} {
		if got := strings.Join(judgements(tc.in), "|"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}
