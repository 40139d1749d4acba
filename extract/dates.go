package extract

import (
	"sort"

	"github.com/verdictnlp/verdict/dates"
	"github.com/verdictnlp/verdict/internal/calendar"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// dates places the dates the text gives and gives each its role (see Date): the dates
// package resolves the date mentions annotated, given the judgements kept and the
// inspectorates named.
func (s *state) dates() {
	s.dateMentions, s.rawDates = s.rawDates, nil // taken over, not copied (see annotations)
	if len(s.dateMentions) > 0 {
		dates.Resolve(s.doc, s.dateMentions, s.found, s.inspMentions, s.cfg.ref)
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
func (s *state) agreeWithJudgements(doc *text.Document, ms []dates.Mention) []dates.Mention {
	prev := -1
	for i := range ms {
		if ms[i].Role() == PreviousInspectionDate {
			prev = i
		}
	}
	if prev >= 0 {
		s.yearToPreviousGrades(ms[prev].Year())
		return ms
	}
	for _, f := range s.found {
		if f.Time != rating.Previous || f.Year == nil {
			continue
		}
		if ms, ok := previousDateOfGrade(doc, ms, &f); ok {
			return ms
		}
	}
	return ms
}

// yearToPreviousGrades gives year y, when known, to the previous grades that have no
// year and no subject of their own.
func (s *state) yearToPreviousGrades(y int) {
	if y == 0 {
		return
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
		if doc.Kind(k) == text.Number && calendar.Year(doc.Word(k)) == y && (tok < 0 || dateAbs(k-first) < dateAbs(tok-first)) {
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
