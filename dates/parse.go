package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/calendar"
	"github.com/verdictnlp/verdict/text"
)

// datePoint is one calendar point as the text gives it: 0 is a part not given.
type datePoint struct{ y, m, d int }

// dateRelKind is a date given relative to the day of writing or to an earlier date.
type dateRelKind uint8

const (
	relNoDate         dateRelKind = iota
	relDay                        // today (n 0), yesterday (-1), tomorrow (+1)
	relWeek                       // last week (-1), this week (0), next week (+1)
	relMonth                      // last month, this month, next month
	relYear                       // last year, this year, earlier this year, next year
	relThatYear                   // "that year", "the same year": the year last named
	relFollowingMonth             // "the following month": after the month last named
	relFollowingYear              // "the following year"
	relPreviousYear               // "the previous year"
	relWeekday                    // "on Friday", "last Tuesday"
)

// Mention is one date expression of the text, first as parsed and then as resolved.
type Mention struct {
	first, last int // its tokens [first, last)
	sent        int

	start, end datePoint // end is the last point of a range; zero when not a range
	isRange    bool
	weekday    int  // the weekday named with the start, 1 + time.Weekday; 0 if none
	hasYearRel bool // a "this year", "last year" or "next year" after the date ...
	yearRel    int  // ... as 0, -1 or +1
	thatYear   bool // "that year" or "the same year" after the date
	rel        dateRelKind
	relN       int  // for relative dates: -1 last, 0 this, +1 next
	modifier   bool // a year describing a noun: "the 2022 report"
	future     bool // "by September", "will be … next year"

	// Resolved.
	ok        bool
	value     string
	endValue  string
	prec      Precision
	year      int // the resolved year of the start, 0 if unknown
	startRes  datePoint
	endRes    datePoint
	label     int  // the role+1 of a header label the date follows, or dateNoLabel
	dateline  bool // the article's dateline near the top
	role      Role
	candidate Role // the role the cues suggest, before one date per role is chosen
	graded    bool // an inspection cue gave the candidate role, not a visit's nor a monitoring inspection's
	class     int  // how reliable the candidate role is: higher wins
}

// dateScan reads the tokens of one sentence.
type dateScan struct {
	doc    *text.Document
	toks   []text.Token
	lo, hi int
	kinds  []startKind // mayStart's table (startKinds), set by parseDatesInto
}

func (p *dateScan) w(i int) string { return p.doc.WordIn(i, p.lo, p.hi) }

// raw is token i as written, with its case.
func (p *dateScan) raw(i int) string { return p.doc.TokenIn(i, p.lo, p.hi) }

func (p *dateScan) capitalised(i int) bool {
	r, _ := utf8.DecodeRuneInString(p.raw(i))
	return unicode.IsUpper(r)
}

// day returns the day of month token i gives ("4", "04", "4th", "31st"), or 0.
func (p *dateScan) day(i int) int { return dayNumber(p.w(i)) }

// dayNumber reads a day of month: "4", "04", "4th", "31st"; 0 if w is none.
func dayNumber(w string) int {
	n, k := 0, 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		n = n*10 + int(w[k]-'0')
		k++
	}
	if k == 0 || k > 2 {
		return 0
	}
	switch w[k:] {
	case "", "st", "nd", "rd", "th":
	default:
		return 0
	}
	if n < 1 || n > 31 {
		return 0
	}
	return n
}

// year returns the year token i gives, or 0.
func (p *dateScan) year(i int) int {
	if i < p.lo || i >= p.hi || p.doc.Kind(i) != text.Number {
		return 0
	}
	return calendar.Year(p.w(i))
}

// month returns the month token i names and how many tokens it takes ("Dec ." is two),
// and whether it is an abbreviation, which counts only beside a day or a year. A month
// name counts only when capitalised: "may" is a verb.
func (p *dateScan) month(i int) (m, n int, abbrev bool) {
	w := p.w(i)
	if w == "" || isDigit(w[0]) || !p.capitalised(i) { // a number names no month: as weekday
		return 0, 0, false
	}
	w = strings.TrimPrefix(w, "mid-")
	if m := calendar.Month(w); m > 0 {
		return m, 1, false
	}
	if m := calendar.MonthAbbrev(w); m > 0 {
		if p.w(i+1) == "." {
			return m, 2, true
		}
		return m, 1, true
	}
	return 0, 0, false
}

func (p *dateScan) isMonth(i int) bool { m, _, _ := p.month(i); return m > 0 }

// weekday returns 1 + the weekday token i names, or 0.
func (p *dateScan) weekday(i int) int {
	// A number, most of the tokens asked, names no weekday: its text as written is
	// not read for a capital.
	w := p.w(i)
	if w == "" || isDigit(w[0]) || !p.capitalised(i) {
		return 0
	}
	if d, ok := calendar.Weekday(w); ok {
		return int(d) + 1
	}
	return 0
}

func (p *dateScan) rangeWord(i int) bool { return p.is(secRange, i) }

// yearAfter reads an optional ", 2023" after a point; it returns the index after it.
func (p *dateScan) yearAfter(j int, pt *datePoint) int {
	k := j
	if p.w(k) == "," {
		k++
	}
	if y := p.year(k); y > 0 {
		pt.y = y
		return k + 1
	}
	return j
}

// pointAt reads one calendar point at i: "4 December 2023", "4th of December",
// "December 4, 2023", "December 2023", "December". abbrev tells a month abbreviation.
func (p *dateScan) pointAt(i int) (pt datePoint, next int, abbrev, ok bool) {
	if d := p.day(i); d > 0 {
		j := i + 1
		if p.w(j) == "of" {
			j++
		}
		m, n, ab := p.month(j)
		if m == 0 {
			return pt, i, false, false
		}
		pt = datePoint{m: m, d: d}
		return pt, p.yearAfter(j+n, &pt), ab, true
	}
	m, n, ab := p.month(i)
	if m == 0 {
		return pt, i, false, false
	}
	j := i + n
	pt = datePoint{m: m}
	if d := p.day(j); d > 0 && !p.isMonth(j+1) && p.w(j+1) != ":" {
		pt.d = d
		j++
	}
	return pt, p.yearAfter(j, &pt), ab, true
}

// parseFrom reads the date expression that starts at token i, if any. Its caller
// tries only the tokens mayStart lets by (prefilter.go).
func (p *dateScan) parseFrom(i int) (dm Mention, ok bool) {
	if dm, ok := p.relativeAt(i); ok {
		return dm, true
	}
	if dm, ok := p.numericAt(i); ok {
		return dm, true
	}
	first := i
	wd := 0
	if d := p.weekday(i); d > 0 {
		j := i + 1
		if p.w(j) == "," {
			j++
		}
		if p.day(j) == 0 && !p.isMonth(j) {
			return p.weekdayAlone(i, d)
		}
		wd, i = d, j
	}
	dm.first, dm.weekday = first, wd

	if dm, ok := p.fusedRangeAt(i, dm); ok {
		return dm, true
	}
	if dm, ok, done := p.dayListAt(i, dm); done {
		return dm, ok
	}
	return p.pointsAt(i, wd, dm)
}

// weekdayAlone reads weekday d named at i with no day or month after it: a date
// only when the name is written in full ("Sat" alone is not) and read as weekdayOnly.
func (p *dateScan) weekdayAlone(i, d int) (dm Mention, ok bool) {
	if !calendar.FullWeekday(p.w(i)) {
		return dm, false
	}
	return p.weekdayOnly(i, d)
}

// dayListAt reads two days and one month at i: "4 to 15 March 2024", "between 8 and
// 19 January", "11, 12 May". done reports that it read one, valid or not.
func (p *dateScan) dayListAt(i int, dm Mention) (_ Mention, ok, done bool) {
	d1 := p.day(i)
	k := i + 2
	if p.weekday(k) > 0 && p.day(k+1) > 0 {
		k++ // "Monday 3rd and Tuesday 4th March": a weekday with each day
	}
	if d1 == 0 || !(p.rangeWord(i+1) || p.w(i+1) == ",") || p.day(k) == 0 {
		return dm, false, false
	}
	pt, j, _, ok := p.pointAt(k)
	if !ok || pt.d == 0 || pt.d <= d1 {
		return dm, false, false
	}
	m1 := pt.m
	if pt2, k, _, ok2 := p.pointAt(j + 1); pt.y == 0 && p.rangeWord(j) && ok2 && pt2.d > 0 && pt2.y > 0 && pt2.m >= pt.m {
		// "11, 12 May and 2 June 2021": the range runs on to a later month.
		pt, j = pt2, k
	}
	dm.start, dm.end, dm.isRange = datePoint{y: pt.y, m: m1, d: d1}, pt, true
	dm.last = p.yearSuffix(j, &dm)
	return dm, validDateMention(&dm), true
}

// pointsAt reads a calendar point at i, or two joined as a range, after weekday wd if
// one was named; else a year alone.
func (p *dateScan) pointsAt(i, wd int, dm Mention) (Mention, bool) {
	pt, j, abbrev, ok := p.pointAt(i)
	if !ok {
		if wd > 0 {
			return dm, false
		}
		return p.yearAt(i)
	}
	if p.modifierBefore(i) {
		dm.first = i - 1
	}
	dm.start = pt
	if p.rangeWord(j) && !(p.w(j) == "and" && pt.y > 0) { // "March 2019 and May 2022" are two dates
		j = p.rangeEnd(pt, j, &dm)
	}
	if dm.isRange && dm.start.y == 0 {
		dm.start.y = dm.end.y // the year is said once, at the end: "4 March and 26 April 2024"
		if dm.start.y > 0 && (dm.start.m > dm.end.m || dm.start.m == dm.end.m && dm.start.d > dm.end.d) {
			dm.start.y--
		}
	}
	dm.last = p.yearSuffix(j, &dm)
	if abbrev && pt.d == 0 && pt.y == 0 {
		return dm, false // "Mar" alone is not March
	}
	if pt.d == 0 && pt.y == 0 && !dm.hasYearRel && !dm.thatYear && wd == 0 && !p.monthAloneIsDate(i, j, dm.first) {
		return dm, false
	}
	return dm, validDateMention(&dm)
}

// rangeEnd reads the end of a range after point pt and the range word at j into dm,
// and returns the index after the mention so far.
func (p *dateScan) rangeEnd(pt datePoint, j int, dm *Mention) int {
	if pt.d > 0 && pt.y == 0 && p.day(j+1) > 0 && !p.isMonth(j+2) && p.w(j+2) != "of" {
		// "January 13 and 24", "June 28 and 29": one month and two days.
		end := datePoint{m: pt.m, d: p.day(j + 1)}
		if end.d > pt.d {
			k := p.yearAfter(j+2, &end)
			dm.end, dm.isRange, j = end, true, k
		}
		return j
	}
	// "18 April and 12 May", "September 26 - October 20", "June and July 2024".
	if pt2, k, _, ok2 := p.pointAt(j + 1); ok2 && (pt2.d > 0) == (pt.d > 0) && (pt.y == 0 || pt2.y > 0 && !pointAfter(pt, pt2)) {
		dm.end, dm.isRange, j = pt2, true, k
	}
	return j
}

// monthAloneIsDate reports whether a month named alone at i (the mention starting at
// first and its words ending before j) is a date: only after a word such as "in" or
// "since", or with "early", "late" or "mid", or describing a noun; "May" alone may be a
// verb or a name.
func (p *dateScan) monthAloneIsDate(i, j, first int) bool {
	return first != i || p.is(secBeforeMonth, i-1) || strings.HasPrefix(p.w(i), "mid-") || p.monthModifies(i, j)
}

// pointAfter reports whether a comes after b; both give a year.
func pointAfter(a, b datePoint) bool {
	if a.y != b.y {
		return a.y > b.y
	}
	if a.m != b.m {
		return a.m > b.m
	}
	return a.d > b.d
}

// modifierBefore reports "early", "late" or "mid" before a month at i.
func (p *dateScan) modifierBefore(i int) bool {
	switch p.w(i - 1) {
	case "early", "late", "mid":
		return true
	}
	return false
}

// yearSuffix reads an optional "this year", "last year", "that year" after a date that
// gives no year of its own, and returns the index after the mention.
func (p *dateScan) yearSuffix(j int, dm *Mention) int {
	if dm.start.y > 0 || dm.end.y > 0 {
		return j
	}
	k := j
	if p.w(k) == "," {
		k++
	}
	if p.w(k) == "the" && p.w(k+1) == "same" && p.w(k+2) == "year" {
		dm.thatYear = true
		return k + 3
	}
	if p.w(k+1) != "year" {
		return j
	}
	switch p.w(k) {
	case "this":
		dm.hasYearRel, dm.yearRel = true, 0
	case "last":
		dm.hasYearRel, dm.yearRel = true, -1
	case "next":
		dm.hasYearRel, dm.yearRel = true, 1
		dm.future = true
	case "that":
		dm.thatYear = true
	default:
		return j
	}
	return k + 2
}

// validDateMention checks the days against the months.
func validDateMention(dm *Mention) bool {
	ok := func(pt datePoint) bool {
		if pt.d == 0 || pt.m == 0 {
			return true
		}
		y := pt.y
		if y == 0 {
			y = 2024 // a leap year: 29 February may stand without one
		}
		return pt.d <= calendar.DaysIn(y, pt.m)
	}
	return ok(dm.start) && (!dm.isRange || ok(dm.end))
}

// yearAt reads a year alone ("in 2019"), a season of a year ("the spring of 2024") or
// nothing.
func (p *dateScan) yearAt(i int) (dm Mention, ok bool) {
	first := i
	if p.is(secSeasons, i) {
		j := i + 1
		if p.w(j) == "of" {
			j++
		}
		if p.year(j) == 0 {
			return dm, false
		}
		i = j
	}
	y := p.year(i)
	if y == 0 || p.numberBesideYear(first, i) {
		return dm, false
	}
	dm.first, dm.last = first, i+1
	dm.start = datePoint{y: y}
	if first == i {
		// "2019 to 2023", "between 2019 and 2023": a range of years.
		if j := i + 1; p.rangeWord(j) && (p.w(j) != "and" || p.w(first-1) == "between") {
			if y2 := p.year(j + 1); y2 > y && !p.numberBesideYear(j+1, j+1) {
				dm.end, dm.isRange, dm.last = datePoint{y: y2}, true, j+2
				return dm, true
			}
		}
		dm.modifier = p.is(secYearModifies, i+1)
	}
	return dm, true
}

// numberBesideYear reports a four-digit number that is a quantity or part of a name:
// "more than 2000 pupils", "the Care Act 2014".
func (p *dateScan) numberBesideYear(first, i int) bool {
	return p.is(secNotYearBefore, first-1) || p.is(secNotYearAfter, i+1)
}

// numericAt reads a date written in figures: "2017-12-14", "30/11/2023", an academic or
// reporting year "2023/24", "2023-25".
func (p *dateScan) numericAt(i int) (dm Mention, ok bool) {
	if i < p.lo || i >= p.hi {
		return dm, false
	}
	w := p.w(i)
	if p.doc.Kind(i) != text.Number {
		return p.ordinalRangeAt(i, w)
	}
	sep := numericSeparator(w)
	if sep == 0 {
		return dm, false
	}
	parts := strings.Split(w, string(sep))
	dm.first, dm.last = i, i+1
	switch len(parts) {
	case 3:
		return fullNumericDate(parts, sep, dm)
	case 2:
		if sep == '.' {
			return dm, false
		}
		if d1, d2 := figures(parts[0]), figures(parts[1]); sep == '-' && len(parts[0]) <= 2 && len(parts[1]) <= 2 && d1 >= 1 && d2 > d1 && d2 <= 31 {
			return p.dayRangeBeforeMonth(i, d1, d2, dm)
		}
		return p.yearSpanAt(i, parts, dm)
	}
	return dm, false
}

// ordinalRangeAt reads "5th-7th March 2024" at i, whose word is w: two ordinal days
// and one month.
func (p *dateScan) ordinalRangeAt(i int, w string) (dm Mention, ok bool) {
	a, b, ok := strings.Cut(w, "-")
	if !ok || dayNumber(a) == 0 || dayNumber(b) <= dayNumber(a) {
		return dm, false
	}
	m, n, _ := p.month(i + 1)
	if m == 0 {
		return dm, false
	}
	end := datePoint{m: m, d: dayNumber(b)}
	dm.first, dm.last = i, p.yearAfter(i+1+n, &end)
	dm.start, dm.end, dm.isRange = datePoint{y: end.y, m: m, d: dayNumber(a)}, end, true
	dm.last = p.yearSuffix(dm.last, &dm)
	return dm, validDateMention(&dm)
}

// numericSeparator returns the first '/', '-' or '.' of w, or 0.
func numericSeparator(w string) byte {
	for k := 0; k < len(w); k++ {
		if w[k] == '/' || w[k] == '-' || w[k] == '.' {
			return w[k]
		}
	}
	return 0
}

// figures reads s as a number of one to four digits; -1 when it is none.
func figures(s string) int {
	n := 0
	if s == "" || len(s) > 4 {
		return -1
	}
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return -1
		}
		n = n*10 + int(s[k]-'0')
	}
	return n
}

// fullNumericDate reads the three parts of "2017-12-14" (ISO 8601), "30/11/2023" or
// the American "12/25/2023" into dm.
func fullNumericDate(parts []string, sep byte, dm Mention) (Mention, bool) {
	a, b, c := figures(parts[0]), figures(parts[1]), figures(parts[2])
	switch {
	case len(parts[0]) == 4 && sep == '-' && len(parts[1]) == 2 && len(parts[2]) == 2 && calendar.Year(parts[0]) > 0:
		dm.start = datePoint{y: a, m: b, d: c} // ISO 8601
	case len(parts[2]) == 4 && calendar.Year(parts[2]) > 0 && len(parts[0]) <= 2 && len(parts[1]) <= 2:
		if b > 12 && a <= 12 {
			a, b = b, a // American order: 12/25/2023
		}
		dm.start = datePoint{y: c, m: b, d: a}
	default:
		return dm, false
	}
	if dm.start.m < 1 || dm.start.m > 12 || dm.start.d < 1 || dm.start.d > calendar.DaysIn(dm.start.y, dm.start.m) {
		return dm, false
	}
	return dm, true
}

// dayRangeBeforeMonth reads "4-15 March 2024" at i, whose token gives days d1 and d2:
// two days and one month.
func (p *dateScan) dayRangeBeforeMonth(i, d1, d2 int, dm Mention) (Mention, bool) {
	m, n, _ := p.month(i + 1)
	if m == 0 {
		return dm, false
	}
	end := datePoint{m: m, d: d2}
	dm.last = p.yearAfter(i+1+n, &end)
	dm.start, dm.end, dm.isRange = datePoint{y: end.y, m: m, d: d1}, end, true
	dm.last = p.yearSuffix(dm.last, &dm)
	return dm, validDateMention(&dm)
}

// yearSpanAt reads an academic or reporting year at i from its two parts: "2023/24",
// "2023-2025", ending at most five years after it starts.
func (p *dateScan) yearSpanAt(i int, parts []string, dm Mention) (Mention, bool) {
	y := calendar.Year(parts[0])
	if y == 0 || p.numberBesideYear(i, i) {
		return dm, false
	}
	e := figures(parts[1])
	switch len(parts[1]) {
	case 2:
		e += y / 100 * 100
		if e < y {
			e += 100
		}
	case 4:
	default:
		return dm, false
	}
	if e <= y || e > y+5 {
		return dm, false
	}
	dm.start, dm.end, dm.isRange = datePoint{y: y}, datePoint{y: e}, true
	dm.modifier = p.is(secYearModifies, i+1)
	return dm, true
}

// weekdayOnly reads a weekday standing for a date near the day of writing: "on Friday",
// "last Tuesday", "(Tuesday)".
func (p *dateScan) weekdayOnly(i, d int) (dm Mention, ok bool) {
	dm.first, dm.last, dm.rel, dm.weekday = i, i+1, relWeekday, d
	switch p.w(i - 1) {
	case "on", "since", "(", "from":
	case "last":
		dm.first, dm.relN = i-1, -1
	case "next":
		dm.first, dm.relN, dm.future = i-1, 1, true
	case "this":
		dm.first = i - 1
	case "until", "by":
		dm.future = true
	default:
		return dm, false
	}
	if p.w(i+1) == "'s" {
		return dm, false
	}
	return dm, true
}

// relativeAt reads "today", "yesterday", "last month", "earlier this year", "that
// year", "the following month".
func (p *dateScan) relativeAt(i int) (dm Mention, ok bool) {
	dm.first, dm.last = i, i+1
	switch w := p.w(i); w {
	case "today":
		dm.rel = relDay
		return dm, true
	case "yesterday":
		dm.rel, dm.relN = relDay, -1
		return dm, true
	case "tomorrow":
		dm.rel, dm.relN, dm.future = relDay, 1, true
		return dm, true
	case "earlier", "later":
		if p.w(i+1) != "this" {
			return dm, false
		}
		if dm, ok := p.relativeAt(i + 1); ok {
			dm.first = i
			return dm, true
		}
	case "this", "last", "next":
		n := 0
		switch w {
		case "last":
			n = -1
		case "next":
			n = 1
		}
		switch p.w(i - 1) {
		case "the", "over", "past", "for", "of":
			return dm, false // "over the last year" is twelve months, not a calendar year
		}
		switch p.w(i + 1) {
		case "week":
			dm.rel = relWeek
		case "month":
			dm.rel = relMonth
		case "year":
			dm.rel = relYear
		default:
			return dm, false
		}
		dm.relN, dm.last, dm.future = n, i+2, n > 0
		return dm, true
	case "that":
		if p.w(i+1) == "year" && p.w(i+2) != "'s" {
			dm.rel, dm.last = relThatYear, i+2
			return dm, true
		}
	case "the":
		if rel, ok := theRelative[p.w(i+1)+" "+p.w(i+2)]; ok {
			dm.rel, dm.last = rel, i+3
			return dm, true
		}
	}
	return dm, false
}

// fusedRangeAt reads a range of days written as one token, before or after its month:
// "9-10 March", "March 9-10", and the garbled "0708 February 2023" of a flattened
// page (the 5th to the 6th).
func (p *dateScan) fusedRangeAt(i int, dm Mention) (Mention, bool) {
	d1, d2 := fusedDayRange(p.w(i))
	mAt, next := i+1, i+2
	if d1 == 0 {
		m, n, ab := p.month(i)
		if m == 0 || ab {
			return dm, false
		}
		d1, d2 = fusedDayRange(p.w(i + n))
		mAt, next = i, i+n+1
	}
	m, n, _ := p.month(mAt)
	if d1 == 0 || m == 0 {
		return dm, false
	}
	if mAt == i+1 {
		next = i + 1 + n
	}
	end := datePoint{m: m, d: d2}
	j := p.yearAfter(next, &end)
	dm.start, dm.end, dm.isRange = datePoint{y: end.y, m: m, d: d1}, end, true
	dm.last = p.yearSuffix(j, &dm)
	return dm, validDateMention(&dm)
}

// fusedDayRange reads "9-10" or "0708" as two days, the second after the first; 0, 0
// when w is not such a token.
func fusedDayRange(w string) (int, int) {
	var a, b string
	if i := strings.IndexAny(w, "-–"); i > 0 {
		a, b = w[:i], strings.TrimLeft(w[i:], "-–")
	} else if len(w) == 4 && w[:2] != "19" && w[:2] != "20" { // not a year
		a, b = w[:2], w[2:]
	} else {
		return 0, 0
	}
	d1, d2 := dayNumber(a), dayNumber(b)
	if d1 == 0 || d2 <= d1 || len(b) != 2 && len(w) == 4 {
		return 0, 0
	}
	return d1, d2
}

// monthModifies reports a month alone at i that describes the noun at j after a
// determiner: "a November inspection".
func (p *dateScan) monthModifies(i, j int) bool {
	switch p.w(i - 1) {
	case "a", "an", "the", "its", "their", "our", "this":
		return p.is(secMonthModifies, j)
	}
	return false
}

// theRelative are the dates said as "the" and two words, relative to another date.
var theRelative = map[string]dateRelKind{
	"same year":       relThatYear,
	"following month": relFollowingMonth,
	"following year":  relFollowingYear,
	"previous year":   relPreviousYear,
}
