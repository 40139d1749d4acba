package extract

import (
	"slices"

	"github.com/verdictnlp/verdict/dates"
	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// annotations is the first phase's result: everything the annotators find in one
// Document, each read once from the Document alone (and the reference date), before any
// resolver runs. Resolvers read it and never change it; what they work out goes into
// the resolution state (see state) and the Report. The one exception is a list with
// one reader: the grade mentions and the raw dates are each read by one step only
// (judgements, dates), which takes the list over and clears the field, rather than
// copy a list of large items. No later reader can see the list as it changed it.
type annotations struct {
	doc *text.Document

	inspMentions []rating.InspectorateMention // every inspectorate named, in input order
	bodies       []entity.BodyMention         // every named body, in input order
	services     []entity.ServiceMention      // every service named, with a body or alone
	grades       []rating.Found               // every grade mention, a grade said twice included; taken by judgements
	rawDates     []dates.Mention              // every date written, not yet placed or given a role; taken by dates

	// The people and the quotes, annotated only when a resolver that reads them runs
	// (quotes, officials).
	people       []person          // the people the text names, one each, with their named mentions
	mentionIndex []personMention   // every named mention of a person, by position
	quoteCands   []quote.Candidate // every quoted stretch
	attributions []quote.Attribution
	// attributions[i] is quoteCands[i]'s attribution (who the text says speaks), read for
	// every candidate long enough to be reported as a quote; zero for the others.
}

// annotate runs the annotators over doc: those of the rating, entity, dates and quote
// packages, and the people's mentions. withPeople also annotates the people, the
// quoted stretches and their attributions.
func annotate(doc *text.Document, cfg *config, withPeople bool) *annotations {
	a := &annotations{doc: doc}
	a.inspMentions = rating.Inspectorates(doc)
	a.bodies = entity.Bodies(doc)
	a.services = entity.Services(doc)
	a.grades = gradeMentions(doc, cfg, a.inspMentions, a.bodies)
	a.rawDates = dates.Parse(doc)
	if withPeople {
		a.people = entity.GatherPeople(doc, cfg.people)
		a.mentionIndex = indexMentions(a.people)
		a.quoteCands = quote.Candidates(doc, quote.Segments(doc))
		a.attributions = make([]quote.Attribution, len(a.quoteCands))
		for i, c := range a.quoteCands {
			if c.Words >= quote.MinWords {
				a.attributions[i] = quote.Attribute(doc, c)
			}
		}
	}
	return a
}

// gradeMentions finds every grade the text gives, read on the scale of the inspectorate
// the text is about: the one it names most, else the framework its area names belong
// to, else its bodies' kind. The reference date's year is the current year of a text
// with no date of its own.
func gradeMentions(doc *text.Document, cfg *config, mentions []rating.InspectorateMention, bodies []entity.BodyMention) []rating.Found {
	main := mainInspectorate(mentions)
	if main == rating.NoInspectorate {
		main = rating.FrameworkOf(doc)
	}
	if main == rating.NoInspectorate {
		main = inspectorateOf(bodies)
	}
	year := 0
	if !cfg.ref.IsZero() {
		year = cfg.ref.Year()
	}
	return rating.FindAsOf(doc, mentions, main, year)
}

// indexMentions indexes the people's named mentions by position.
func indexMentions(people []person) []personMention {
	idx := []personMention{}
	for i, p := range people {
		for _, m := range p.Mentions {
			idx = append(idx, personMention{m, i})
		}
	}
	slices.SortStableFunc(idx, func(a, b personMention) int { return a.at.Start - b.at.Start })
	return idx
}

// ownPeople returns a copy of people whose mention lists a resolver may extend (with
// the pronouns it links) without changing the annotations. The lists are clipped, not
// copied: an append to one copies it then, and most are never extended.
func ownPeople(people []person) []person {
	out := slices.Clone(people)
	for i := range out {
		out[i].Mentions = slices.Clip(out[i].Mentions)
	}
	return out
}
