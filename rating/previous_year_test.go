package rating_test

import (
	"slices"
	"testing"
)

// TestPreviousYearCues covers the cues of rating/previous_year.go, each in a sentence
// written for this test, with a case beside each that the cue must leave alone.
func TestPreviousYearCues(t *testing.T) {
	for _, tc := range []struct {
		name, reason, in string
		want             []string
	}{
		{"told it", "'was told it' gives a grade as a rating verb does",
			"Ofsted has now rated Pellow Academy good. The academy was told it was inadequate in 2015.",
			[]string{"current overall good", "previous overall inadequate 2015"}},
		{"being told they", "'being told they' under a proposal is nobody's grade",
			"Under the plans, schools short of good would end up being told they require improvement.",
			nil},
		{"year first, turn to now", "a year said beside a grade, then 'but … now': the grade is the earlier one",
			"Ofsted rated Pellow Academy good. In 2015 the academy was told it needed improvement overall, but today it is a different place.",
			[]string{"current overall good", "previous overall requires improvement 2015"}},
		{"year first, no turn", "the only year of the text beside a grade, with no turn to now, is the news",
			"In 2015 Pellow Academy was told it needed improvement by Ofsted.",
			[]string{"current overall requires improvement"}},
		{"opened last year", "'Last year' opening the sentence reaches a grade far after it",
			"Last year the minister sent in a commissioner after an Ofsted inspection rated the council's services inadequate.",
			[]string{"previous overall inadequate"}},
		{"opened last year, turn to this", "a turn to the present before the grade stops the opening's reach",
			"Last year the home was rated good, but this month inspectors rated it inadequate.",
			[]string{"previous overall good", "current overall inadequate"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := judgements(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("%s (%s):\n got %q\nwant %q", tc.in, tc.reason, got, tc.want)
			}
		})
	}
}
