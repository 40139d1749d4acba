package main

import (
	"testing"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/rating"
)

func TestJudgementYear(t *testing.T) {
	y := 2019
	date := func(role extract.DateRole, v string) extract.Date { return extract.Date{Role: role, Value: v} }
	tests := []struct {
		name, why string
		time      rating.Time
		year      *int
		dates     []extract.Date
		want      string
	}{
		{"previous with year", "the text gives the previous judgement's year", rating.Previous, &y, nil, "2019"},
		{"previous without year", "an inspection date is not the previous judgement's", rating.Previous, nil,
			[]extract.Date{date(extract.InspectionDate, "2024-03")}, ""},
		{"current by inspection", "the inspection is when the grade was given", rating.Current, nil,
			[]extract.Date{date(extract.PublishedDate, "2024-05-02"), date(extract.InspectionDate, "2024-03")}, "2024"},
		{"current by publication", "without an inspection date, the report's publication", rating.Current, nil,
			[]extract.Date{date(extract.OtherDate, "2020"), date(extract.PublishedDate, "2023-11-30")}, "2023"},
		{"year unknown", "a month without its year gives no year", rating.Current, nil,
			[]extract.Date{date(extract.InspectionDate, "--10"), date(extract.PublishedDate, "2022")}, "2022"},
		{"no dates", "nothing to take a year from", rating.Current, nil, nil, ""},
	}
	for _, tt := range tests {
		rep := &extract.Report{Dates: tt.dates}
		j := rating.Judgement{Time: tt.time, Year: tt.year}
		if got := judgementYear(rep, j); got != tt.want {
			t.Errorf("%s (%s): judgementYear = %q; want %q", tt.name, tt.why, got, tt.want)
		}
	}
}

func TestJudgementRow(t *testing.T) {
	grade, ok := rating.Lookup(rating.Ofsted, "requires improvement")
	if !ok {
		t.Fatal("no Ofsted grade requires improvement")
	}
	rep := &extract.Report{Inspectorate: &extract.InspectorateMention{Name: rating.OfstedBody}}
	j := rating.Judgement{Area: "leadership and management, including governance", Grade: grade, Scale: rating.Ofsted, Time: rating.Current}
	want := `Ofsted,ofsted,"leadership and management, including governance",current,requires improvement,`
	if got := judgementRow(rep, j); got != want {
		t.Errorf("judgementRow = %q; want %q (an area with a comma is quoted)", got, want)
	}
	if got := judgementRow(&extract.Report{}, j); got[0] != ',' {
		t.Errorf("judgementRow without inspectorate = %q; want an empty first column", got)
	}
}

func TestThemeOf(t *testing.T) {
	if got := themeOf(extract.Finding{Text: "records were incomplete"}); got != unthemed {
		t.Errorf("themeOf(finding without theme) = %q; want %q", got, unthemed)
	}
}
