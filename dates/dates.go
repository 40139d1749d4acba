package dates

import (
	"time"

	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// Parse reads every date expression of the document, in input order, as parsed and
// not yet placed on the calendar.
func Parse(doc *text.Document) []Mention { return parseDates(doc) }

// Resolve places the mentions on the calendar and gives each its role.
//
// The header labels and the dateline near the top give the day of writing (else ref,
// when not zero), against which dates without a year and relative dates are placed, in
// input order; the words before each date, the grades found and the inspectorates named
// give it a role; then each role keeps one date, the most reliable.
func Resolve(doc *text.Document, ms []Mention, found []rating.Found, insp []rating.InspectorateMention, ref time.Time) {
	markDateLabels(doc, ms)
	markFollowingLabels(doc, ms)
	markLabelsAbove(doc, ms)
	lastOfPreviousList(doc, ms)
	latestUnderPreviousHeading(doc, ms)
	a := anchor(doc, ms, ref)

	roles := newDateRoleReader(doc, found, insp)
	res := &dateResolver{anchor: a, years: dateNamedYears(ms)}
	for i := range ms {
		ms[i].future = ms[i].future || roles.future(&ms[i])
		res.resolve(&ms[i])
	}
	for i := range ms {
		if ms[i].ok {
			ms[i].candidate, ms[i].class = roles.role(&ms[i])
		}
	}
	roles.release()
	chooseDateRoles(ms)
}

// YearAlone is a resolved mention of year y written as the single token tok of
// sentence sent, with no role yet (OtherDate).
func YearAlone(tok, sent, y int) Mention {
	return Mention{first: tok, last: tok + 1, sent: sent, start: datePoint{y: y},
		ok: true, value: dateYearString(y), prec: Year, year: y}
}

// Resolved reports whether the mention was placed on the calendar: only resolved
// mentions are dates of the report.
func (m *Mention) Resolved() bool { return m.ok }

// Role is the mention's role once resolved.
func (m *Mention) Role() Role { return m.role }

// SetRole gives the mention another role, as the reconciliation with the judgements
// does.
func (m *Mention) SetRole(r Role) { m.role = r }

// Year is the resolved year of the mention's start, 0 if unknown.
func (m *Mention) Year() int { return m.year }

// Sentence is the index of the mention's sentence.
func (m *Mention) Sentence() int { return m.sent }

// Tokens is the mention's tokens [first, last).
func (m *Mention) Tokens() (first, last int) { return m.first, m.last }

// Date is the mention as the report gives it; the mention must be resolved.
func (m *Mention) Date(doc *text.Document) Date {
	toks := doc.Tokens()
	sp := doc.Span(text.Range{Start: int(toks[m.first].Start), End: int(toks[m.last-1].End)})
	d := Date{Role: m.role, Value: m.value, Precision: m.prec, Text: sp.Of(doc.Source()), Span: sp}
	if m.isRange && m.endValue != "" {
		e := m.endValue
		d.End = &e
	}
	return d
}

func dateYearString(y int) string { v, _ := formatDatePoint(datePoint{y: y}); return v }
