package extract

import (
	"sort"
	"strings"

	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// How near the top a dateline may stand, and how short its line must be.
const (
	datelineParas   = 15
	datelineTokens  = 16
	dateLabelTokens = 24 // the longest header line without a colon
)

// dates finds the dates the text gives and their roles (see Date).
//
// One pass over the sentences reads every date expression; the header labels and the
// dateline near the top give the day of writing (else the reference date), against
// which dates without a year and relative dates are placed, in input order; the words
// before each date give it a role; then each role keeps one date, the most reliable,
// and the previous judgement's year and the previous inspection's date are made to
// agree.
func (s *state) dates() {
	doc := s.doc
	ms := parseDates(doc)
	if len(ms) == 0 && !dateHasPreviousYear(s.found) {
		return
	}
	markDateLabels(doc, ms)
	markFollowingLabels(doc, ms)
	lastOfPreviousList(doc, ms)
	anchor := s.anchor(doc, ms)

	roles := newDateRoleReader(doc, s.found, s.inspMentions)
	res := &dateResolver{anchor: anchor, years: dateNamedYears(ms)}
	for i := range ms {
		ms[i].future = ms[i].future || roles.future(&ms[i])
		res.resolve(&ms[i])
	}
	for i := range ms {
		if ms[i].ok {
			ms[i].candidate, ms[i].class = roles.role(&ms[i])
		}
	}
	chooseDateRoles(ms)
	ms = s.agreeWithJudgements(doc, ms)

	for _, m := range ms {
		if !m.ok {
			continue
		}
		toks := doc.Tokens()
		sp := doc.Span(text.Range{Start: toks[m.first].Start, End: toks[m.last-1].End})
		d := Date{Role: m.role, Value: m.value, Precision: m.prec, Text: sp.Of(doc.Source()), Span: sp}
		if m.isRange && m.endValue != "" {
			e := m.endValue
			d.End = &e
		}
		s.report.Dates = append(s.report.Dates, d)
	}
}

// parseDates reads every date expression of the document, in order.
func parseDates(doc *text.Document) []dateMention {
	var ms []dateMention
	paras := doc.Paragraphs()
	sents := doc.Sentences()
	checked, copyright := -1, false // the paragraph last checked for a copyright notice
	for si, s := range sents {
		p := dateScan{doc: doc, toks: doc.Tokens(), lo: s.First, hi: s.Last}
		for i := s.First; i < s.Last; {
			dm, ok := p.parseAt(i)
			if !ok || dm.last <= i {
				i++
				continue
			}
			if dm.rel == relNoDate && dm.start.m == 0 {
				// A year alone: not in a copyright line.
				if checked != s.Para {
					checked = s.Para
					copyright = dateCopyright(doc.Lower()[paras[s.Para].Start:paras[s.Para].End])
				}
				if copyright {
					i = dm.last
					continue
				}
			}
			dm.sent = si
			ms = append(ms, dm)
			i = dm.last
		}
	}
	return ms
}

func dateCopyright(lower string) bool {
	for w := range dateWords["copyright"] {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// markDateLabels finds the header lines ("Inspection dates: 4 to 15 March 2024",
// "Published: 17 May 2024", "Closing date: 13 April 2025") and the date each labels.
func markDateLabels(doc *text.Document, ms []dateMention) {
	sents := doc.Sentences()
	toks := doc.Tokens()
	for i := range ms {
		m := &ms[i]
		s := sents[m.sent]
		if m.sent != doc.Paragraphs()[s.Para].First {
			continue // a label opens its line
		}
		if i > 0 && ms[i-1].sent == m.sent {
			continue // only the first date of a line is labelled
		}
		if m.first-s.First > 8 {
			continue
		}
		word := func(k int) string { return doc.Word(s.First + k) }
		lm := dateLabels.Find(m.first-s.First, word, nil)
		end := 0
		if len(lm) > 0 && lm[0].First == 0 {
			end = lm[0].Last
			m.label = lm[0].Value
		} else {
			// An unknown label and a colon: "Interviews: 28 April 2025".
			for end < m.first-s.First && toks[s.First+end].Kind == text.Word {
				end++
			}
			if end == 0 || end > 4 || word(end) != ":" {
				continue
			}
			m.label = int(OtherDate) + 1
			end++
		}
		// Between the label and the date: at most a colon, a dash or "on". Without a
		// colon the line must be short, a header and not a sentence ("Published on 4
		// March 2024, the strategy set out …"), unless the date is in figures.
		gap, colon := 0, false
		for k := end; k < m.first-s.First; k++ {
			switch word(k) {
			case ":", "-", "|":
				gap++
				colon = true
			case "on", ",", "(":
				gap++
			default:
				gap = 99
			}
		}
		p := doc.Paragraphs()[s.Para]
		lineLen := sents[p.Last-1].Last - s.First
		inFigures := m.last-m.first == 1 && toks[m.first].Kind == text.Number // " date 2019-09-27"
		if gap > 2 || !colon && lineLen > dateLabelTokens && !inFigures {
			m.label = dateNoLabel
		}
	}
}

// lastOfPreviousList moves a previous-inspection label to the last date of the list it
// heads: "Previous inspection date 24/04/2011, 18/02/2016" gives the latest, 2016.
func lastOfPreviousList(doc *text.Document, ms []dateMention) {
	for i := range ms {
		if ms[i].label != int(PreviousInspectionDate)+1 {
			continue
		}
		j := i
		for j+1 < len(ms) && ms[j+1].sent == ms[i].sent && listGap(doc, ms[j].last, ms[j+1].first) {
			j++
		}
		for k := i; k < j; k++ {
			ms[k].label = int(OtherDate) + 1 // an earlier inspection still
		}
		if j > i {
			ms[j].label = int(PreviousInspectionDate) + 1
		}
	}
}

// listGap reports tokens [a, b) that only join the items of a list: a comma, "and".
func listGap(doc *text.Document, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if w := doc.Word(k); w != "," && w != "and" && w != ";" {
			return false
		}
	}
	return true
}

// markFollowingLabels gives the inspection role to a date alone on its line when the
// next line opens with the inspection: a CQC page's "14 March 2021 / During a routine
// inspection / About the service".
func markFollowingLabels(doc *text.Document, ms []dateMention) {
	paras, sents := doc.Paragraphs(), doc.Sentences()
	for i := range ms {
		m := &ms[i]
		pi := sents[m.sent].Para
		p := paras[pi]
		if m.label != dateNoLabel || pi+1 >= len(paras) || p.Last-p.First != 1 {
			continue
		}
		if s := sents[m.sent]; m.first != s.First || m.last < s.Last-1 {
			continue // not alone on its line (a full stop may follow)
		}
		next := sents[paras[pi+1].First]
		if doc.Word(next.First) != "during" {
			continue
		}
		for k := next.First + 1; k < next.Last && k <= next.First+4; k++ {
			if w := doc.Word(k); w == "inspection" || w == "inspections" {
				m.label = int(InspectionDate) + 1
				break
			}
		}
	}
}

// anchor finds the day of writing: a labelled publication date, else the dateline (a
// short line near the top that opens with a full date), else the reference date, else a
// dateline that gives only a year ("News release | Kestermoor, 2024").
func (s *state) anchor(doc *text.Document, ms []dateMention) dateAnchor {
	full := func(m *dateMention) bool {
		return m.rel == relNoDate && !m.isRange && m.start.y > 0 && m.start.m > 0 && m.start.d > 0
	}
	for i := range ms {
		if m := &ms[i]; m.label == int(PublishedDate)+1 && full(m) {
			return dateAnchor{m.start.y, m.start.m, m.start.d, Day, true}
		}
	}
	sents := doc.Sentences()
	paras := doc.Paragraphs()
	yearLine := -1
	for i := range ms {
		m := &ms[i]
		s := sents[m.sent]
		if s.Para >= datelineParas {
			break
		}
		if m.label != dateNoLabel {
			continue
		}
		p := paras[s.Para]
		first := sents[p.First].First
		last := sents[p.Last-1].Last
		if last-first > datelineTokens {
			continue
		}
		if full(m) && (m.first-first <= 3 || doc.Word(first) == "by") { // "By Jo Bloggs, 5 March 2024"
			m.dateline = true
			return dateAnchor{m.start.y, m.start.m, m.start.d, Day, true}
		}
		if yearLine < 0 && m.start.m == 0 && m.rel == relNoDate && !m.isRange && m.last == last && last-first <= 8 && m.first > first {
			if w := doc.Word(m.first - 1); w == "," || w == "|" {
				yearLine = i
			}
		}
	}
	if ref := s.cfg.ref; !ref.IsZero() {
		if yearLine < 0 || ms[yearLine].start.y == ref.Year() {
			return dateAnchor{ref.Year(), int(ref.Month()), ref.Day(), Day, true}
		}
	}
	if yearLine >= 0 {
		ms[yearLine].dateline = true
		return dateAnchor{y: ms[yearLine].start.y, prec: Year, ok: true}
	}
	return dateAnchor{}
}

// chooseDateRoles keeps one date per role: the candidate of the highest class, the first on
// a tie, and of the dates that say the same, the first. The rest are other dates.
func chooseDateRoles(ms []dateMention) {
	for i := range ms {
		ms[i].role = OtherDate
	}
	dropEarlierVisits(ms)
	for _, role := range []DateRole{InspectionDate, PublishedDate, PreviousInspectionDate} {
		best := -1
		for i := range ms {
			if ms[i].ok && ms[i].candidate == role && (best < 0 || ms[i].class > ms[best].class || ms[i].class == ms[best].class && role == PreviousInspectionDate && yearBeats(&ms[i], &ms[best])) {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		for i := 0; i <= best; i++ {
			if ms[i].ok && ms[i].candidate == role && ms[i].value == ms[best].value && ms[i].endValue == ms[best].endValue {
				ms[i].role = role
				break
			}
		}
	}
}

// yearBeats reports a previous inspection's date with a year where the one before of
// the same class has none: "a damning full inspection in June last year" (no year to place it) gives
// way to "had previously been judged inadequate in June 2022".
func yearBeats(m, best *dateMention) bool {
	return strings.HasPrefix(best.value, "--") && !strings.HasPrefix(m.value, "--")
}

// dateVisitGap is how many months before another dated visit a visit must end to be an
// earlier one.
const dateVisitGap = 6

// dropEarlierVisits takes the inspection role from a visit that ended months before
// another the text dates: "after a focused visit in May 2022 found weaknesses, inspectors
// carried out a full inspection in March 2024" reports the March inspection.
func dropEarlierVisits(ms []dateMention) {
	// Each date as the months it may cover: a year covers twelve.
	months := func(m *dateMention) (lo, hi int) {
		first, last := m.startRes, m.startRes
		if m.isRange {
			last = m.endRes
		}
		if first.y == 0 || last.y == 0 {
			return -1, -1
		}
		lo, hi = first.y*12, last.y*12+11
		if first.m > 0 {
			lo = first.y*12 + first.m - 1
		}
		if last.m > 0 {
			hi = last.y*12 + last.m - 1
		}
		return lo, hi
	}
	latest := -1
	for i := range ms {
		if m := &ms[i]; m.ok && m.candidate == InspectionDate && m.class == dateClassBody {
			lo, _ := months(m)
			latest = max(latest, lo)
		}
	}
	for i := range ms {
		if m := &ms[i]; m.ok && m.candidate == InspectionDate && m.class == dateClassBody {
			if _, hi := months(m); hi >= 0 && hi+dateVisitGap <= latest {
				m.candidate = OtherDate
			}
		}
	}
}

func dateHasPreviousYear(found []rating.Found) bool {
	for _, f := range found {
		if f.Time == rating.Previous && f.Year != nil {
			return true
		}
	}
	return false
}

// agreeWithJudgements makes the previous judgement's year and the previous inspection's
// date agree: a previous grade with a year and no previous inspection date gives one (at
// the year's place in the text); a previous grade with no year takes the year of the
// previous inspection date.
func (s *state) agreeWithJudgements(doc *text.Document, ms []dateMention) []dateMention {
	prev := -1
	for i := range ms {
		if ms[i].role == PreviousInspectionDate {
			prev = i
		}
	}
	if prev >= 0 {
		y := ms[prev].year
		if y == 0 {
			return ms
		}
		for i := range s.found {
			f := &s.found[i]
			if f.Time == rating.Previous && f.Year == nil && f.Subject == "" {
				y1, y2 := y, y
				f.Year = &y1
				if i < len(s.report.Judgements) {
					s.report.Judgements[i].Year = &y2
				}
			}
		}
		return ms
	}
	for _, f := range s.found {
		if f.Time != rating.Previous || f.Year == nil {
			continue
		}
		y := *f.Year
		// A date of that year in the grade's sentence, nearest the grade.
		best, dist := -1, 0
		first, _ := dateTokenSpan(doc.Tokens(), f.Range)
		from := sort.Search(len(ms), func(i int) bool { return ms[i].sent >= f.Sentence })
		for i := from; i < len(ms) && ms[i].sent == f.Sentence; i++ {
			m := &ms[i]
			if m.ok && m.sent == f.Sentence && m.year == y && m.role == OtherDate {
				if d := dateAbs(m.first - first); best < 0 || d < dist {
					best, dist = i, d
				}
			}
		}
		if best >= 0 {
			ms[best].role = PreviousInspectionDate
			return ms
		}
		// Else the year as written near the grade.
		sent := doc.Sentences()[f.Sentence]
		tok := -1
		for k := sent.First; k < sent.Last; k++ {
			if doc.Tokens()[k].Kind == text.Number && dateYearNumber(doc.Word(k)) == y && (tok < 0 || dateAbs(k-first) < dateAbs(tok-first)) {
				tok = k
			}
		}
		if tok < 0 {
			continue
		}
		for i := from; i < len(ms) && ms[i].sent == f.Sentence; i++ {
			if ms[i].first <= tok && tok < ms[i].last {
				tok = -1 // inside another date: "March 2019" is not the year alone
				break
			}
		}
		if tok < 0 {
			continue
		}
		dm := dateMention{first: tok, last: tok + 1, sent: f.Sentence, start: datePoint{y: y},
			ok: true, value: dateYearString(y), prec: Year, year: y, role: PreviousInspectionDate}
		at := sort.Search(len(ms), func(i int) bool { return ms[i].first > tok })
		ms = append(ms, dateMention{})
		copy(ms[at+1:], ms[at:])
		ms[at] = dm
		return ms
	}
	return ms
}

func dateYearString(y int) string { v, _ := formatDatePoint(datePoint{y: y}); return v }

func dateAbs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
