package dates

import (
	"slices"
	"strconv"
	"time"

	"github.com/verdictnlp/verdict/internal/calendar"
)

// dateAnchor is the day the text was written, against which dates without a year and
// relative dates are placed: the article's dateline or publication header, else the
// reference date. prec is Year for a dateline that gives only a year ("Kestermoor, 2024").
type dateAnchor struct {
	y, m, d int
	prec    Precision
	ok      bool
}

func (a dateAnchor) day() (time.Time, bool) {
	if !a.ok || a.prec != Day {
		return time.Time{}, false
	}
	return time.Date(a.y, time.Month(a.m), a.d, 0, 0, 0, 0, time.UTC), true
}

// before reports whether the anchor comes before pt within a year: a point in an
// unknown year that falls after the anchor's day in the anchor's year.
func (a dateAnchor) before(pt datePoint) bool {
	if pt.m != a.m {
		return pt.m > a.m
	}
	return pt.d > 0 && a.prec == Day && pt.d > a.d
}

// dateResolver places parsed mentions on the calendar, in input order.
type dateResolver struct {
	anchor   dateAnchor
	years    []int // the years the text names, latest first
	lastYear int   // the year last named, for "that year"
	lastM    datePoint
}

// yearFor returns the year of pt, which the text may not give: from a "this year"
// suffix, from "that year", from the weekday it is said to fall on, or from the anchor.
// 0 is a year that cannot be known.
func (r *dateResolver) yearFor(pt datePoint, dm *Mention, weekday int) int {
	switch {
	case pt.y > 0:
		return pt.y
	case dm.hasYearRel:
		if r.anchor.ok {
			return r.anchor.y + dm.yearRel
		}
		return 0
	case dm.thatYear:
		return r.lastYear
	case weekday > 0 && pt.d > 0:
		return r.weekdayYear(pt, weekday, dm.future)
	case !r.anchor.ok:
		return 0
	case r.anchor.prec == Year:
		return r.anchor.y
	}
	y := r.anchor.y
	if dm.future {
		if !r.anchor.before(pt) && !(pt.m == r.anchor.m && pt.d == 0) && !(pt.m == r.anchor.m && pt.d == r.anchor.d) {
			y++ // "by March" in a December article is next March
		}
	} else if r.anchor.before(pt) {
		y-- // "inspected in November" in a January article is last November
	}
	return y
}

// weekdayYear is the year in which pt falls on the weekday the text names: the nearest
// at or before the anchor, or without an anchor the latest year the text names.
func (r *dateResolver) weekdayYear(pt datePoint, weekday int, future bool) int {
	fits := func(y int) bool {
		return pt.d <= calendar.DaysIn(y, pt.m) &&
			time.Date(y, time.Month(pt.m), pt.d, 0, 0, 0, 0, time.UTC).Weekday() == time.Weekday(weekday-1)
	}
	if r.anchor.ok {
		y := r.anchor.y
		if future {
			for k := 0; k < 12; k++ {
				if fits(y + k) {
					return y + k
				}
			}
			return 0
		}
		if r.anchor.prec != Year && r.anchor.before(pt) {
			y--
		}
		for k := 0; k < 12; k++ {
			if fits(y - k) {
				return y - k
			}
		}
		return 0
	}
	for _, y := range r.years {
		if fits(y) {
			return y
		}
	}
	return 0
}

// resolve fills a mention's value, end, precision and year.
func (r *dateResolver) resolve(dm *Mention) {
	if dm.rel != relNoDate {
		r.resolveRelative(dm)
		return
	}
	start, end := dm.start, dm.end
	if dm.isRange {
		end.y = r.yearFor(end, dm, 0)
		switch {
		case start.y > 0:
		case end.y > 0:
			// The range ends in the year found; it starts then or, across a new
			// year, the year before.
			start.y = end.y
			if start.m > end.m || start.m == end.m && start.d > end.d {
				start.y--
			}
		default:
			start.y = r.yearFor(start, dm, dm.weekday)
		}
	} else {
		start.y = r.yearFor(start, dm, dm.weekday)
	}
	r.set(dm, start, end)
	if dm.start.y > 0 || dm.end.y > 0 {
		r.lastYear = max(dm.start.y, dm.end.y)
	}
}

func (r *dateResolver) set(dm *Mention, start, end datePoint) {
	if !onCalendar(start) || dm.isRange && !onCalendar(end) {
		return // 29 February of a year that has none
	}
	if dm.isRange && start.y > 0 && end.y > 0 && pointAfter(start, end) {
		return // a range that ends before it starts
	}
	v, p := formatDatePoint(start)
	if v == "" {
		return
	}
	dm.value, dm.prec, dm.year, dm.startRes, dm.ok = v, p, start.y, start, true
	if dm.isRange {
		ev, _ := formatDatePoint(end)
		if ev == "" || ev == v {
			dm.isRange = false
		} else {
			dm.endValue, dm.endRes = ev, end
		}
	}
	last := start
	if dm.isRange {
		last = end
	}
	if last.m > 0 && last.y > 0 {
		r.lastM = last
	}
}

func (r *dateResolver) resolveRelative(dm *Mention) {
	a := r.anchor
	day, hasDay := a.day()
	switch dm.rel {
	case relDay:
		if hasDay {
			t := day.AddDate(0, 0, dm.relN)
			r.set(dm, datePoint{t.Year(), int(t.Month()), t.Day()}, datePoint{})
		}
	case relWeek:
		if hasDay {
			monday := day.AddDate(0, 0, -((int(day.Weekday())+6)%7)+7*dm.relN)
			sunday := monday.AddDate(0, 0, 6)
			dm.isRange = true
			r.set(dm, datePoint{monday.Year(), int(monday.Month()), monday.Day()},
				datePoint{sunday.Year(), int(sunday.Month()), sunday.Day()})
		}
	case relMonth:
		if a.ok && a.prec != Year {
			t := time.Date(a.y, time.Month(a.m)+time.Month(dm.relN), 1, 0, 0, 0, 0, time.UTC)
			r.set(dm, datePoint{y: t.Year(), m: int(t.Month())}, datePoint{})
		}
	case relYear:
		if a.ok {
			r.set(dm, datePoint{y: a.y + dm.relN}, datePoint{})
		}
	case relThatYear:
		if r.lastYear > 0 {
			r.set(dm, datePoint{y: r.lastYear}, datePoint{})
		}
	case relFollowingYear, relPreviousYear:
		if r.lastYear > 0 {
			n := 1
			if dm.rel == relPreviousYear {
				n = -1
			}
			r.set(dm, datePoint{y: r.lastYear + n}, datePoint{})
		}
	case relFollowingMonth:
		if r.lastM.y > 0 {
			t := time.Date(r.lastM.y, time.Month(r.lastM.m)+1, 1, 0, 0, 0, 0, time.UTC)
			r.set(dm, datePoint{y: t.Year(), m: int(t.Month())}, datePoint{})
		}
	case relWeekday:
		if hasDay {
			wd := time.Weekday(dm.weekday - 1)
			back := (int(day.Weekday()) - int(wd) + 7) % 7 // days back to the weekday, 0 today
			var t time.Time
			switch {
			case dm.relN < 0: // "last Tuesday": before today
				if back == 0 {
					back = 7
				}
				t = day.AddDate(0, 0, -back)
			case dm.relN > 0 || dm.future: // "next Tuesday", "until Tuesday"
				fwd := (7 - back) % 7
				if fwd == 0 && dm.relN > 0 {
					fwd = 7
				}
				t = day.AddDate(0, 0, fwd)
			default: // "on Friday": this day or the last such before it
				t = day.AddDate(0, 0, -back)
			}
			r.set(dm, datePoint{t.Year(), int(t.Month()), t.Day()}, datePoint{})
		}
	}
}

func onCalendar(pt datePoint) bool {
	return pt.y == 0 || pt.d == 0 || pt.d <= calendar.DaysIn(pt.y, pt.m)
}

// formatDatePoint writes a point as "YYYY-MM-DD", "YYYY-MM" or "YYYY", or with an unknown
// year as "--MM-DD" or "--MM"; "" when nothing can be written. It writes the digits
// itself, as fmt's %04d and %02d would: fmt.Sprintf cost as much as placing the date.
func formatDatePoint(pt datePoint) (string, Precision) {
	var room [24]byte
	b := room[:0]
	prec := Year
	switch {
	case pt.d > 0 && pt.y > 0:
		b, prec = appendZeroPadded(b, pt.y, 4), Day
		b = appendZeroPadded(append(b, '-'), pt.m, 2)
		b = appendZeroPadded(append(b, '-'), pt.d, 2)
	case pt.d > 0:
		b, prec = appendZeroPadded(append(b, "--"...), pt.m, 2), Day
		b = appendZeroPadded(append(b, '-'), pt.d, 2)
	case pt.m > 0 && pt.y > 0:
		b, prec = appendZeroPadded(b, pt.y, 4), Month
		b = appendZeroPadded(append(b, '-'), pt.m, 2)
	case pt.m > 0:
		b, prec = appendZeroPadded(append(b, "--"...), pt.m, 2), Month
	case pt.y >= calendar.FirstYear && pt.y <= calendar.LastYear:
		return yearValues[pt.y-calendar.FirstYear], Year // a year alone, the commonest date: no string made
	case pt.y > 0:
		b = appendZeroPadded(b, pt.y, 4)
	default:
		return "", Year
	}
	return string(b), prec
}

// yearValues holds the values of the years calendar.FirstYear to LastYear alone,
// written as formatDatePoint writes them.
var yearValues = func() (vs []string) {
	for y := calendar.FirstYear; y <= calendar.LastYear; y++ {
		vs = append(vs, string(appendZeroPadded(nil, y, 4)))
	}
	return vs
}()

// appendZeroPadded appends n in decimal, padded with zeros to width characters, as
// fmt's %0*d does (a sign counts in the width).
func appendZeroPadded(b []byte, n, width int) []byte {
	var room [20]byte
	digits := strconv.AppendInt(room[:0], int64(n), 10)
	if n < 0 {
		b, digits, width = append(b, '-'), digits[1:], width-1
	}
	for k := len(digits); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// dateNamedYears returns the years the mentions give outright, latest first.
func dateNamedYears(ms []Mention) []int {
	seen := map[int]bool{}
	var ys []int
	for _, m := range ms {
		for _, y := range []int{m.start.y, m.end.y} {
			if y > 0 && !seen[y] {
				seen[y] = true
				ys = append(ys, y)
			}
		}
	}
	slices.Sort(ys) // the years are distinct: sorted up and reversed is latest first
	slices.Reverse(ys)
	return ys
}
