package extract

import (
	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// judgements finds the inspectorate and the judgements, and keeps one judgement per
// (area, grade, time, year, subject): a grade said in the headline and again in the
// body is one judgement, at its first mention.
func (s *state) judgements() {
	doc := s.doc
	mentions := rating.Inspectorates(doc)
	s.inspMentions = mentions
	main := mainInspectorate(mentions)
	bodies := entity.Bodies(doc)
	s.bodies = bodies
	if main == rating.NoInspectorate {
		main = inspectorateOf(bodies)
	}
	year := 0
	if !s.cfg.ref.IsZero() {
		year = s.cfg.ref.Year()
	}
	found := rating.FindAsOf(doc, mentions, main, year)
	s.byBodyKind(found, bodies, mentions)
	s.allFound = found
	subjects := s.subjects(found, bodies)
	for i := range found {
		found[i].Subject = subjects[i]
	}
	type key struct {
		area, grade, subject string
		time                 rating.Time
		year                 int
	}
	seen := map[key]bool{}
	// A previous grade said once with its year and once without is one judgement.
	withYear := map[key]bool{}
	for _, f := range found {
		if f.Time == rating.Previous && f.Year != nil {
			withYear[key{area: f.Area, grade: f.Grade.String(), subject: f.Subject, time: f.Time}] = true
		}
	}
	for _, f := range found {
		if f.Time == rating.Previous && f.Year == nil && withYear[key{area: f.Area, grade: f.Grade.String(), subject: f.Subject, time: f.Time}] {
			continue
		}
		k := key{area: f.Area, grade: f.Grade.String(), subject: f.Subject, time: f.Time}
		if f.Year != nil {
			k.year = *f.Year
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		j := f.Judgement
		j.Span = doc.Span(f.Range)
		j.Text = j.Span.Of(doc.Source())
		if f.AreaRange.End > 0 {
			sp := doc.Span(f.AreaRange)
			j.AreaSpan, j.AreaText = &sp, sp.Of(doc.Source())
		}
		s.report.Judgements = append(s.report.Judgements, j)
		s.found = append(s.found, f)
	}
	// The inspectorate is that of the first judgement, at its first mention; one the
	// text never names (a report page) has no span.
	if len(s.found) > 0 {
		insp := s.found[0].Inspectorate
		s.report.Inspectorate = &InspectorateMention{Name: insp, Span: text.NoSpan}
		for _, m := range mentions {
			if m.Inspectorate == insp {
				s.report.Inspectorate.Span = doc.Span(m.Range)
				break
			}
		}
	}
}

// inspectorateOf infers the inspectorate of a text that names none from the kind of
// body it is about: a report page of the CQC names the hospital, not the CQC.
func inspectorateOf(bodies []entity.BodyMention) rating.Inspectorate {
	for _, b := range bodies {
		switch b.Kind {
		case entity.CouncilBody, entity.EducationBody:
			return rating.OfstedBody
		case entity.HealthBody, entity.CareBody:
			return rating.CQCBody
		case entity.PoliceBody:
			return rating.HMICFRSBody
		case entity.PrisonBody:
			return rating.HMIPrisonsBody
		}
	}
	return rating.NoInspectorate
}

// mainInspectorate is the inspectorate a text names most often (the first named, on a
// tie), or none.
func mainInspectorate(ms []rating.InspectorateMention) rating.Inspectorate {
	count := map[rating.Inspectorate]int{}
	best := rating.NoInspectorate
	for _, m := range ms {
		count[m.Inspectorate]++
		if count[m.Inspectorate] > count[best] {
			best = m.Inspectorate
		}
	}
	return best
}

// byBodyKind corrects the inspectorate of a grade whose sentence names no inspectorate
// but names a body another inspectorate inspects: in a round-up, "Brindley Police:
// 'inadequate'" under a CQC paragraph is HMICFRS's grade, on its scale.
func (s *state) byBodyKind(found []rating.Found, bodies []entity.BodyMention, mentions []rating.InspectorateMention) {
	doc := s.doc
	for i := range found {
		f := &found[i]
		sent := doc.Sentences()[f.Sentence].Range
		if firstWithin(mentions, startingFrom(mentions, sent.Start, inspRange), sent, inspRange) >= 0 {
			continue
		}
		if k := firstWithin(bodies, startingFrom(bodies, sent.Start, bodyRange), sent, bodyRange); k >= 0 {
			b := bodies[k]
			insp := inspectorateOf([]entity.BodyMention{b})
			if insp == rating.NoInspectorate || insp == f.Inspectorate || f.Area != rating.Overall && f.Area != "category" {
				continue
			}
			if g, ok := rating.GradeFor(insp, f.Grade); ok {
				f.Inspectorate, f.Grade, f.Scale = insp, g, g.Scale()
			}
		}
	}
}
