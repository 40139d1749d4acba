package calendar

import (
	"testing"
	"time"
)

func TestYears(t *testing.T) {
	for _, tc := range []struct {
		w                string
		year, inspection int
	}{
		{"2024", 2024, 2024},
		{"1950", 1950, 0}, // a date may name it; no inspection is dated then
		{"1949", 0, 0},
		{"1990", 1990, 1990},
		{"2039", 2039, 2039},
		{"2050", 2050, 0}, // a target year, not an inspection's
		{"2099", 2099, 0},
		{"2100", 0, 0},
		{"202", 0, 0},
		{"20245", 0, 0},
		{"+202", 0, 0},
		{"20a4", 0, 0},
		{"", 0, 0},
	} {
		if got := Year(tc.w); got != tc.year {
			t.Errorf("Year(%q) = %d; want %d", tc.w, got, tc.year)
		}
		if got := InspectionYear(tc.w); got != tc.inspection {
			t.Errorf("InspectionYear(%q) = %d; want %d", tc.w, got, tc.inspection)
		}
	}
}

func TestNames(t *testing.T) {
	for _, tc := range []struct {
		w             string
		month, abbrev int
	}{
		{"january", 1, 0}, {"may", 5, 0}, {"december", 12, 0},
		{"jan", 0, 1}, {"sept", 0, 9}, {"sep", 0, 9}, {"dec", 0, 12},
		{"mayday", 0, 0}, {"March", 0, 0}, // the words are the lower-cased analysis words
	} {
		if got := Month(tc.w); got != tc.month {
			t.Errorf("Month(%q) = %d; want %d", tc.w, got, tc.month)
		}
		if got := MonthAbbrev(tc.w); got != tc.abbrev {
			t.Errorf("MonthAbbrev(%q) = %d; want %d", tc.w, got, tc.abbrev)
		}
	}
	for _, tc := range []struct {
		w        string
		day      time.Weekday
		ok, full bool
	}{
		{"sunday", time.Sunday, true, true},
		{"sun", time.Sunday, true, false},
		{"thurs", time.Thursday, true, false},
		{"saturday", time.Saturday, true, true},
		{"someday", 0, false, false},
	} {
		d, ok := Weekday(tc.w)
		if ok != tc.ok || ok && d != tc.day {
			t.Errorf("Weekday(%q) = %v, %v; want %v, %v", tc.w, d, ok, tc.day, tc.ok)
		}
		if got := FullWeekday(tc.w); got != tc.full {
			t.Errorf("FullWeekday(%q) = %v; want %v", tc.w, got, tc.full)
		}
	}
}

func TestDaysIn(t *testing.T) {
	for _, tc := range []struct{ y, m, want int }{
		{2023, 2, 28}, {2024, 2, 29}, {2100, 2, 28}, {2000, 2, 29}, {2024, 4, 30}, {2024, 12, 31},
	} {
		if got := DaysIn(tc.y, tc.m); got != tc.want {
			t.Errorf("DaysIn(%d, %d) = %d; want %d", tc.y, tc.m, got, tc.want)
		}
	}
}
