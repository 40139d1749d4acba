package extract_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/rating"
)

// formatDates writes each date as `role value[/end] "text"`.
func formatDates(ds []extract.Date) []string {
	out := []string{}
	for _, d := range ds {
		v := d.Value
		if d.End != nil {
			v += "/" + *d.End
		}
		out = append(out, fmt.Sprintf("%s %s %q", d.Role, v, d.Text))
	}
	return out
}

func extractDates(t *testing.T, in, ref string) *extract.Report {
	t.Helper()
	var opts []extract.Option
	if ref != "" {
		r, err := time.Parse("2006-01-02", ref)
		if err != nil {
			t.Fatal(err)
		}
		opts = append(opts, extract.WithReferenceDate(r))
	}
	ex, err := extract.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ex.Extract(in)
	if err != nil {
		t.Fatal(err)
	}
	checkReport(t, in, rep)
	return rep
}

// TestDatesAgreeWithJudgements checks that the previous judgement's year and the
// previous inspection's date agree, whichever of the two the text gives.
func TestDatesAgreeWithJudgements(t *testing.T) {
	t.Run("date from the judgement's year", func(t *testing.T) {
		// The year follows "joining", another event's cue, so only the previous grade
		// makes it the previous inspection.
		in := "The council, previously rated good after joining the partnership in 2019, is now inadequate."
		rep := extractDates(t, in, "")
		want := []string{`previous_inspection 2019 "2019"`}
		if got := formatDates(rep.Dates); !slices.Equal(got, want) {
			t.Errorf("dates(%q) = %v; want %v", in, got, want)
		}
	})
	t.Run("judgement's year from the date", func(t *testing.T) {
		in := "Overall effectiveness Inadequate\nPrevious inspection grade Good\nDate of previous inspection: 12 March 2019"
		rep := extractDates(t, in, "")
		var years []string
		for _, j := range rep.Judgements {
			if j.Time == rating.Previous {
				y := "none"
				if j.Year != nil {
					y = fmt.Sprint(*j.Year)
				}
				years = append(years, y)
			}
		}
		if want := []string{"2019"}; !slices.Equal(years, want) {
			t.Errorf("previous judgement years of %q = %v; want %v (dates %v)", in, years, want, formatDates(rep.Dates))
		}
	})
}

// TestTargetYearLeavesGradeCurrent checks that a year far ahead, a target's and not an
// inspection's, does not make the text's latest year and so turn its grade previous.
func TestTargetYearLeavesGradeCurrent(t *testing.T) {
	in := "Ofsted judged Wrenfield Primary good in 2024.\n\nThe governors hope to open a new sports hall by 2052."
	rep := extractDates(t, in, "")
	var times []string
	for _, j := range rep.Judgements {
		times = append(times, j.Time.String())
	}
	if want := []string{"current"}; !slices.Equal(times, want) {
		t.Errorf("judgement times of %q = %v; want %v (dates %v)", in, times, want, formatDates(rep.Dates))
	}
}
