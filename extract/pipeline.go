package extract

import (
	"context"
	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// state is one call's working state: the Document, what the annotators found, and the
// Report being filled. It is never shared between calls.
type state struct {
	ctx    context.Context // the call's; long stages give up when it is done
	cfg    *config
	doc    *text.Document
	report *Report

	inspMentions []rating.InspectorateMention
	bodies       []entity.BodyMention    // the named bodies, found once
	services     []entity.ServiceMention // the named services, found once
	bodyGroups   map[string]bodyGroup    // the bodies by their key, built on first use
	found        []rating.Found          // the judgements kept, with their analysis ranges
	allFound     []rating.Found          // every grade mention, a grade said twice included
	people       []person                // the people the text names, one each
	quoteCands   []quote.Candidate       // every quoted stretch, from the quote stage
	mentionIndex []personMention         // every mention of a person by position, built on first use
}

// stage is one step of the pipeline. Stages run in the order listed. A stage runs when
// its part is wanted or when a wanted part needs it; the Report then keeps only the
// wanted parts, so asking for one part gives exactly what the whole run gives for it.
type stage struct {
	name  string
	part  Part // what the stage reports
	needs Part // the parts whose stages must also run for this one's answer to be whole
	run   func(*state)
}

// stages is the pipeline: annotators first (each reads only the Document), then the
// resolvers that combine what they found. What each reads of the others:
//   - judgements: the years of previous judgements come from the dates stage;
//   - dates: the judgements found, to tell the previous inspection from the current;
//   - dated previous: the previous inspection's date, for an earlier judgement with no grade;
//   - officials: the people are reported by the quotes stage, which links them to quotes;
//   - quotes: the people, the inspectorate and the bodies, for speakers;
//   - findings: the grade mentions and the quotes, to leave out grades and others' words.
var stages = []stage{
	{"judgements", Judgements, Dates, (*state).judgements},
	{"officials", Officials, Quotes, (*state).officials},
	{"quotes", Quotes, Officials | Judgements, (*state).quotes},
	{"dates", Dates, Judgements, (*state).dates},
	{"dated previous", Judgements, Dates, (*state).datedPrevious},
	{"findings", Findings, Judgements | Quotes, (*state).findings},
}

// closure gives the parts whose stages run when want is asked for: want and everything
// it needs, directly or through another part.
func closure(want Part) Part {
	for {
		next := want
		for _, s := range stages {
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
