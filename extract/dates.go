package extract

import (
	"sort"

	"github.com/verdictnlp/verdict/dates"
	"github.com/verdictnlp/verdict/internal/calendar"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// dates finds the dates the text gives and their roles (see Date): the dates package
// reads and resolves them, then reconcilePreviousYear makes the previous judgement's
// year and the previous inspection's date agree.
func (s *state) dates() {
	doc := s.doc
	ms := dates.Parse(doc)
	if len(ms) == 0 && !dateHasPreviousYear(s.found) {
		return
	}
	dates.Resolve(doc, ms, s.found, s.inspMentions, s.cfg.ref)
	ms = reconcilePreviousYear(doc, ms, s.found, s.report.Judgements)
	for i := range ms {
		if ms[i].Resolved() {
			s.report.Dates = append(s.report.Dates, ms[i].Date(doc))
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

// reconcilePreviousYear is the one step that makes the previous judgement's year and
// the previous inspection's date agree, run once the dates have their roles (dates.Resolve)
// and the grades their times (rating). Either side may give the year:
//
//   - a previous inspection date (the mention of role PreviousInspectionDate; the last
//     if several) gives its year to every previous grade that has none and no subject
//     of its own ("Earlier reports: … 2020" and "a third consecutive outstanding");
//   - else the first previous grade with a year gives the previous inspection's date:
//     the mention of that year in the grade's sentence nearest the grade, if it has no
//     role yet, or the year as written near the grade, added as a new mention.
//
// It reads doc (to find a year written near a grade), ms (resolved, with roles) and
// found (the grades, with their times and years). It writes the Year of those previous
// grades in found and of the judgements at the same indices in js (the report's
// judgements, built from found), and the role of one mention of ms; it returns ms,
// which has grown by one mention when the year had to be added.
func reconcilePreviousYear(doc *text.Document, ms []dates.Mention, found []rating.Found, js []rating.Judgement) []dates.Mention {
	prev := -1
	for i := range ms {
		if ms[i].Role() == PreviousInspectionDate {
			prev = i
		}
	}
	if prev >= 0 {
		yearToPreviousGrades(ms[prev].Year(), found, js)
		return ms
	}
	for _, f := range found {
		if f.Time != rating.Previous || f.Year == nil {
			continue
		}
		if ms, ok := previousDateOfGrade(doc, ms, &f); ok {
			return ms
		}
	}
	return ms
}

// yearToPreviousGrades gives year y, when known, to the previous grades of found that
// have no year and no subject of their own, and to the judgements of js at their indices.
func yearToPreviousGrades(y int, found []rating.Found, js []rating.Judgement) {
	if y == 0 {
		return
	}
	for i := range found {
		f := &found[i]
		if f.Time == rating.Previous && f.Year == nil && f.Subject == "" {
			y1, y2 := y, y
			f.Year = &y1
			if i < len(js) {
				js[i].Year = &y2
			}
		}
	}
}

// previousDateOfGrade makes the date of previous grade f's year in f's sentence, the
// one nearest the grade, the previous inspection's date; else the year as written near
// the grade, when no other date holds it, becomes that date.
func previousDateOfGrade(doc *text.Document, ms []dates.Mention, f *rating.Found) ([]dates.Mention, bool) {
	y := *f.Year
	best, dist := -1, 0
	first, _ := dates.TokenSpan(doc.Tokens(), f.Range)
	from := sort.Search(len(ms), func(i int) bool { return ms[i].Sentence() >= f.Sentence })
	for i := from; i < len(ms) && ms[i].Sentence() == f.Sentence; i++ {
		m := &ms[i]
		mf, _ := m.Tokens()
		if m.Resolved() && m.Year() == y && m.Role() == OtherDate {
			if d := dateAbs(mf - first); best < 0 || d < dist {
				best, dist = i, d
			}
		}
	}
	if best >= 0 {
		ms[best].SetRole(PreviousInspectionDate)
		return ms, true
	}
	tok := yearTokenNear(doc, f.Sentence, y, first)
	if tok < 0 {
		return ms, false
	}
	for i := from; i < len(ms) && ms[i].Sentence() == f.Sentence; i++ {
		if mf, ml := ms[i].Tokens(); mf <= tok && tok < ml {
			return ms, false // inside another date: "March 2019" is not the year alone
		}
	}
	dm := dates.YearAlone(tok, f.Sentence, y)
	dm.SetRole(PreviousInspectionDate)
	at := sort.Search(len(ms), func(i int) bool { first, _ := ms[i].Tokens(); return first > tok })
	ms = append(ms, dates.Mention{})
	copy(ms[at+1:], ms[at:])
	ms[at] = dm
	return ms, true
}

// yearTokenNear returns the token of sentence si that writes year y, the nearest to
// token first, or -1.
func yearTokenNear(doc *text.Document, si, y, first int) int {
	sent := doc.Sentences()[si]
	tok := -1
	for k := sent.First; k < sent.Last; k++ {
		if doc.Tokens()[k].Kind == text.Number && calendar.Year(doc.Word(k)) == y && (tok < 0 || dateAbs(k-first) < dateAbs(tok-first)) {
			tok = k
		}
	}
	return tok
}

func dateAbs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
