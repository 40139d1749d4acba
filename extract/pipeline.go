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

// stage is one step of the pipeline. Stages run in the order listed; a stage whose part
// is not wanted is skipped (part 0 always runs).
type stage struct {
	name string
	part Part
	run  func(*state)
}

// stages is the pipeline: annotators first (each reads only the Document), then the
// resolvers that combine what they found.
var stages = []stage{
	{"judgements", Judgements, (*state).judgements},
	{"officials", Officials | Quotes, (*state).officials},
	{"quotes", Quotes, (*state).quotes},
	{"dates", Dates, (*state).dates},
	{"findings", Findings, (*state).findings},
}
