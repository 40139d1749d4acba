package extract

import (
	"context"
	"slices"

	"github.com/verdictnlp/verdict/dates"
	"github.com/verdictnlp/verdict/rating"
)

// The pipeline has two phases. First the annotators read the Document, once, into one
// annotations value (see annotate). Then the resolvers run as named steps, in order,
// each reading the annotations and what the steps before it resolved, and each writing
// its own part of the Report and of the resolution state below.

// state is one call's second phase: the annotations, read-only, and what the resolvers
// work out. Each field after the annotations is written by the one resolver named
// beside it and read by those after it. It is never shared between calls.
type state struct {
	*annotations
	ctx    context.Context // the call's; long steps give up when it is done
	cfg    *config
	report *Report

	found        []rating.Found       // judgements: the grades kept as judgements, with their analysis ranges
	allFound     []rating.Found       // judgements: every grade mention, with its subject
	bodyGroups   map[string]bodyGroup // judgements: the bodies by their key, built on first use
	people       []person             // quotes: the people, with the pronouns that speak for them
	dateMentions []dates.Mention      // dates: every date, placed and given its role; released by date report
}

// step is one resolver of the second phase. A step runs when its part is wanted or
// when a wanted part needs it; the Report then keeps only the wanted parts, so asking
// for one part gives exactly what the whole run gives for it.
type step struct {
	name  string
	part  Part // the part of the Report the step writes
	needs Part // the parts whose steps must also run for this one's answer to be whole
	run   func(*state)
}

// steps is the second phase, in order. What each reads and writes:
//   - judgements reads the inspectorates, bodies and grade mentions; writes the
//     inspectorate, the subject and the judgements (their previous years come later,
//     from the dates: hence it needs Dates);
//   - quotes reads the quoted stretches and their attributions, the people, the
//     inspectorates and bodies, and the reported inspectorate and subject; writes the
//     quotes, and the pronouns that speak for a person;
//   - officials reads the people as quotes left them and the subject; writes the
//     officials;
//   - dates reads the date mentions, the judgements kept and the inspectorates named;
//     places each date and gives it its role;
//   - previous year reads the judgements and the dates; makes the previous judgement's
//     year and the previous inspection's date agree, writing both;
//   - date report writes the dates placed;
//   - dated previous reads the dates reported; writes a gradeless previous judgement for
//     an earlier inspection that is dated but not graded;
//   - findings reads the grade mentions, the judgements kept, the quotes and the
//     officials; writes the findings.
var steps = []step{
	{"judgements", Judgements, Dates, (*state).judgements},
	{"quotes", Quotes, Judgements, (*state).quotes},
	{"officials", Officials, Quotes | Judgements, (*state).officials},
	{"dates", Dates, Judgements, (*state).dates},
	{"previous year", Judgements | Dates, Judgements | Dates, (*state).previousYear},
	{"date report", Dates, 0, (*state).reportDates},
	{"dated previous", Judgements, Dates, (*state).datedPrevious},
	{"findings", Findings, Judgements | Quotes | Officials, (*state).findings},
}

// closure gives the parts whose steps run when want is asked for: want and everything
// it needs, directly or through another part.
func closure(want Part) Part {
	for {
		next := want
		for _, s := range steps {
			if want&s.part != 0 {
				next |= s.needs
			}
		}
		if next == want {
			return want
		}
		want = next
	}
}

// keepOnly empties the parts of r that were run only because a wanted part needed them.
func keepOnly(r *Report, want Part) {
	if want&Judgements == 0 {
		r.Inspectorate, r.Subject, r.Judgements = nil, nil, r.Judgements[:0]
	}
	if want&Dates == 0 {
		r.Dates = r.Dates[:0]
	}
	if want&Officials == 0 {
		r.Officials = r.Officials[:0]
	}
	if want&Quotes == 0 {
		r.Quotes = r.Quotes[:0]
	}
	if want&Findings == 0 {
		r.Findings = r.Findings[:0]
	}
}

// previousYear makes the previous judgement's year and the previous inspection's date
// agree (see agreeWithJudgements): a previous grade with a year and no previous
// inspection date makes that year's date the previous inspection's; a previous grade
// with no year takes the previous inspection's. It is the one step that writes into two
// parts, the judgements' years and the dates' roles, because its answer is that the two
// agree.
func (s *state) previousYear() {
	if len(s.dateMentions) == 0 && !dateHasPreviousYear(s.found) {
		return
	}
	s.dateMentions = s.agreeWithJudgements(s.doc, s.dateMentions)
}

// reportDates reports every date placed on the calendar, in input order.
func (s *state) reportDates() {
	n := 0
	for i := range s.dateMentions {
		if s.dateMentions[i].Resolved() {
			n++
		}
	}
	s.report.Dates = slices.Grow(s.report.Dates, n) // a Date is large: the list is sized once
	for i := range s.dateMentions {
		if s.dateMentions[i].Resolved() {
			s.report.Dates = append(s.report.Dates, s.dateMentions[i].Date(s.doc))
		}
	}
	dates.Release(s.dateMentions) // no step reads the mentions after: their room is Parse's again
	s.dateMentions = nil
}
