// Package calendar is the one place the project knows month and weekday names and
// which four-digit numbers are plausible years. The names are data
// (internal/lexicon/data/calendar.txt); the words are the lower-cased analysis words.
package calendar

import (
	"strings"
	"time"

	"github.com/verdictnlp/verdict/internal/lexicon"
)

// The plausible years: a four-digit number outside them is not read as a year. A date
// may name any of them ("founded in 1962", "net zero by 2050").
const (
	FirstYear = 1950
	LastYear  = 2099
)

// The years an inspection or a grade may be dated in: the inspectorates' time, to a
// near future. Narrower than the plausible years, because the latest year a text names
// decides which grades are previous, and a target year ("by 2050") must not.
const (
	FirstInspectionYear = 1990
	LastInspectionYear  = 2039
)

var (
	monthNames   = map[string]int{} // full month name → 1..12
	monthAbbrevs = map[string]int{} // "sept" → 9
	weekdayNames = map[string]int{} // full or abbreviated weekday → 0 (Sunday) .. 6
	weekdayFull  = map[string]int{} // full weekday names only
)

func init() {
	month, weekday := 0, 0
	for _, sec := range lexicon.Sections("calendar") {
		for _, l := range sec.Entries {
			f := strings.Fields(l)
			switch sec.Name {
			case "months":
				month++
				monthNames[f[0]] = month
				for _, a := range f[1:] {
					monthAbbrevs[a] = month
				}
			case "weekdays":
				weekdayFull[f[0]] = weekday
				for _, a := range f {
					weekdayNames[a] = weekday
				}
				weekday++
			default:
				panic("calendar: calendar.txt: unknown section " + sec.Name)
			}
		}
	}
	if month != 12 || weekday != 7 {
		panic("calendar: calendar.txt must list 12 months and 7 weekdays")
	}
}

// Month returns the month 1..12 a full month name w names ("march"), or 0.
func Month(w string) int { return monthNames[w] }

// MonthAbbrev returns the month 1..12 an abbreviation w stands for ("sept"), or 0.
func MonthAbbrev(w string) int { return monthAbbrevs[w] }

// Weekday returns the weekday a full or abbreviated name w names ("tues"), and
// whether it names one.
func Weekday(w string) (time.Weekday, bool) {
	d, ok := weekdayNames[w]
	return time.Weekday(d), ok
}

// FullWeekday reports whether w is a weekday's full name ("tuesday", not "tue").
func FullWeekday(w string) bool { _, ok := weekdayFull[w]; return ok }

// Year returns the year a four-digit word w gives, or 0 when w is not four digits or
// not a plausible year (FirstYear to LastYear).
func Year(w string) int { return yearIn(w, FirstYear, LastYear) }

// InspectionYear is Year for the years an inspection may be dated in
// (FirstInspectionYear to LastInspectionYear).
func InspectionYear(w string) int { return yearIn(w, FirstInspectionYear, LastInspectionYear) }

// yearIn returns the year the four digits of w give when it is from lo to hi, else 0.
func yearIn(w string, lo, hi int) int {
	if len(w) != 4 {
		return 0
	}
	n := 0
	for k := 0; k < 4; k++ {
		if w[k] < '0' || w[k] > '9' {
			return 0
		}
		n = n*10 + int(w[k]-'0')
	}
	if n < lo || n > hi {
		return 0
	}
	return n
}

// DaysIn returns the number of days of month m (1..12) of year y.
func DaysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
