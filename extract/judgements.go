package extract

import (
	"maps"
	"slices"
	"strings"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// judgements finds the inspectorate and the judgements, and keeps one judgement per
// (area, grade, time, year, subject): a grade said in the headline and again in the
// body is one judgement, at its first mention.
func (s *state) judgements() {
	doc := s.doc
	mentions, bodies := s.inspMentions, s.bodies
	found := s.grades // taken over (see annotations): the subjects and scales set below are this step's
	s.grades = nil
	s.byBodyKind(found, bodies, mentions)
	s.allFound = found
	subjects := s.subjects(found, bodies)
	for i := range found {
		found[i].Subject = subjects[i]
	}
	if kept := firstSaid(found); len(kept) > 0 {
		// Sized once: a Found and a Judgement are large, and most texts keep few.
		s.found = make([]rating.Found, 0, len(kept))
		s.report.Judgements = slices.Grow(s.report.Judgements, len(kept))
		var areaSpans []text.Span // one array for the area spans, sized so that no append moves it
		for _, i := range kept {
			f := found[i]
			j := f.Judgement
			j.Span = doc.Span(f.Range)
			j.Text = j.Span.Of(doc.Source())
			if f.AreaRange.End > 0 {
				if areaSpans == nil {
					areaSpans = make([]text.Span, 0, len(kept))
				}
				areaSpans = append(areaSpans, doc.Span(f.AreaRange))
				sp := &areaSpans[len(areaSpans)-1]
				j.AreaSpan, j.AreaText = sp, sp.Of(doc.Source())
			}
			s.report.Judgements = append(s.report.Judgements, j)
			s.found = append(s.found, f)
		}
	}
	s.oneOverall()
	if len(s.found) > 0 || reportsInspection(doc, mentions) {
		s.report.Inspectorate = reportedInspectorate(doc, s.found, mentions)
	}
	if s.report.Subject == nil && (len(s.found) > 0 || s.report.Inspectorate != nil) {
		s.report.Subject = s.leadSubject(bodies)
	}
	if s.report.Subject == nil && s.report.Inspectorate == nil && len(s.found) == 0 {
		// A report page that names neither a grade nor its inspectorate: "A report on
		// Hazelbrook Primary School", "Tinley Wood Nursery … Inspected by: …".
		s.report.Subject = s.reportedBody(bodies)
	}
	if s.serviceOverall() {
		s.oneOverall()
	}
	setChanges(s.report.Judgements)
}

// firstSaid returns the indexes of the grade mentions kept as judgements, in order:
// the first of each (area, grade, time, year, subject). A previous grade said once with
// its year and once without is one judgement.
func firstSaid(found []rating.Found) []int {
	type key struct {
		area, grade, subject string
		time                 rating.Time
		year                 int
	}
	seen := map[key]bool{}
	withYear := map[key]bool{}
	for _, f := range found {
		if f.Time == rating.Previous && f.Year != nil {
			withYear[key{area: f.Area, grade: f.Grade.String(), subject: f.Subject, time: f.Time}] = true
		}
	}
	kept := make([]int, 0, len(found))
	for i, f := range found {
		if f.Time == rating.Previous && f.Year == nil && withYear[key{area: f.Area, grade: f.Grade.String(), subject: f.Subject, time: f.Time}] {
			continue
		}
		k := key{area: f.Area, grade: f.Grade.String(), subject: f.Subject, time: f.Time}
		if f.Year != nil {
			k.year = *f.Year
		}
		n := len(seen) // one hash of k, not a lookup and then an insert
		if seen[k] = true; len(seen) == n {
			continue // said before
		}
		kept = append(kept, i)
	}
	return kept
}

// serviceOverall makes the grades of the inspected service its overall grades: when the
// subject is a hospital's maternity services, "maternity services: requires improvement"
// is the overall judgement, not one area of several, unless its grade differs from the
// overall grade of its time. A grade said twice that way is one judgement. It reports
// whether it changed any.
func (s *state) serviceOverall() bool {
	if s.report.Subject == nil || s.report.Subject.Service == "" {
		return false
	}
	svc := strings.ToLower(s.report.Subject.Service)
	overall := map[rating.Time]string{} // the first overall grade of each time
	for _, j := range s.report.Judgements {
		if _, ok := overall[j.Time]; !ok && j.Area == rating.Overall {
			overall[j.Time] = j.Grade.String()
		}
	}
	changed := false
	for i := range s.report.Judgements {
		j := &s.report.Judgements[i]
		// A service graded otherwise than the overall grade is one of several.
		if g, ok := overall[j.Time]; ok && g != j.Grade.String() {
			continue
		}
		if j.Area != rating.Overall && j.Area != "category" && sameService(j.Area, svc) {
			j.Area, s.found[i].Area, changed = rating.Overall, rating.Overall, true
		}
	}
	if !changed {
		return false
	}
	type key struct {
		area, grade, subject string
		time                 rating.Time
	}
	seen := map[key]bool{}
	keep, found := s.report.Judgements[:0], s.found[:0]
	for i, j := range s.report.Judgements {
		k := key{j.Area, j.Grade.String(), j.Subject, j.Time}
		if j.Area == rating.Overall && j.Year == nil && seen[k] {
			continue
		}
		seen[k] = true
		keep, found = append(keep, j), append(found, s.found[i])
	}
	s.report.Judgements, s.found = keep, found
	return true
}

// sameService reports an area that names the service svc: the same words, or one of
// them the other's first words ("maternity" and "maternity services").
func sameService(area, svc string) bool {
	return area == svc || strings.HasPrefix(svc, area+" ") || strings.HasPrefix(area, svc+" ")
}

// oneOverall keeps one current overall grade per subject: when the text names the
// overall judgement with one grade ("its overall grade is now good"), other
// current overall grades of that subject are a headline's shorthand, a service's or an
// area's grade the text does not name, and are dropped.
func (s *state) oneOverall() {
	js := s.report.Judgements
	named := map[string]string{} // subject -> the grade given as the named overall
	for _, j := range js {
		if j.Time == rating.Current && j.Area == rating.Overall && j.AreaText != "" {
			if _, ok := named[j.Subject]; !ok {
				named[j.Subject] = j.Grade.String()
			}
		}
	}
	if len(named) == 0 {
		return
	}
	keep := js[:0]
	found := s.found[:0]
	for i, j := range js {
		g, ok := named[j.Subject]
		if ok && j.Time == rating.Current && j.Area == rating.Overall && j.Grade.String() != g {
			continue
		}
		keep = append(keep, j)
		found = append(found, s.found[i])
	}
	s.report.Judgements, s.found = keep, found
}

// setChanges gives each current judgement its change from the previous judgement of
// the same scale, area and subject (the latest, when the text gives several years).
func setChanges(js []rating.Judgement) {
	for i := range js {
		c := &js[i]
		if c.Time != rating.Current {
			continue
		}
		prev := -1
		for k, p := range js {
			if p.Time != rating.Previous || p.Scale != c.Scale || p.Area != c.Area || p.Subject != c.Subject {
				continue
			}
			if prev < 0 || p.Year != nil && (js[prev].Year == nil || *p.Year > *js[prev].Year) {
				prev = k
			}
		}
		if prev >= 0 {
			c.Change = rating.Compare(c.Grade, js[prev].Grade)
		}
	}
}

// inspectionReports are the words that, beside an inspectorate's name, say it reported
// on an inspection.
var inspectionReports = text.NewWordSet(slices.Collect(maps.Keys(lexicon.Set("inspection_reports", true))))

// reportsInspection tells whether a text with no grade read still reports an
// inspection: a sentence naming an inspectorate, and not of national statistics, says it
// reported ("…, HM Inspectorate of Constabulary has said in a new report"). A job advert
// or a column names the inspectorate in passing ("a jail that Prisons inspectors
// visit each year").
func reportsInspection(doc *text.Document, mentions []rating.InspectorateMention) bool {
	last := -1
	for _, m := range mentions {
		si := doc.SentenceAt(m.Range.Start)
		if si < 0 || si == last {
			continue
		}
		last = si
		if rating.Statistical(doc, si) {
			continue
		}
		s := doc.Sentences()[si]
		for i := s.First; i < s.Last; i++ {
			if inspectionReports.Has(doc.WordID(i)) {
				return true
			}
		}
	}
	return false
}

// reportedInspectorate is the inspectorate whose inspection the text reports, at its
// first mention: that of the first judgement kept when the text names it, else the one
// the text names most (a text may report an inspection and read no grade). One the text
// never names is not reported (nil): a judgement's scale already says whose it is.
func reportedInspectorate(doc *text.Document, found []rating.Found, mentions []rating.InspectorateMention) *InspectorateMention {
	want := mainInspectorate(mentions)
	if len(found) > 0 && named(mentions, found[0].Inspectorate) {
		want = found[0].Inspectorate
	}
	for _, m := range mentions {
		if m.Inspectorate == want {
			return &InspectorateMention{Name: want, Span: doc.Span(m.Range)}
		}
	}
	return nil
}

// named reports whether the text names inspectorate i.
func named(mentions []rating.InspectorateMention, i rating.Inspectorate) bool {
	for _, m := range mentions {
		if m.Inspectorate == i {
			return true
		}
	}
	return false
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
		case entity.PoliceBody, entity.FireBody:
			return rating.HMICFRSBody
		case entity.PrisonBody:
			return rating.HMIPrisonsBody
		}
	}
	return rating.NoInspectorate
}

// mainInspectorate is the inspectorate a text names most often (the first named, on a
// tie), or none; a name and its abbreviation beside it count once: "the Care Quality Commission (CQC)" names it once.
func mainInspectorate(ms []rating.InspectorateMention) rating.Inspectorate {
	count := map[rating.Inspectorate]int{}
	best := rating.NoInspectorate
	for i, m := range ms {
		if i > 0 && ms[i-1].Inspectorate == m.Inspectorate && m.Range.Start-ms[i-1].Range.End <= 3 {
			continue // "Care Quality Commission (CQC)": one naming
		}
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

// datedPrevious records an earlier inspection the text dates but grades nowhere
// ("standards have slipped since inspectors last came, in 2019") as a previous overall
// judgement with no grade and that year: the text tells when the previous judgement
// was made, not what it was. Its text and span are the date's. None is added when the
// text gives any previous grade (its year is on that judgement already), or when the
// date has no year.
func (s *state) datedPrevious() {
	for _, j := range s.report.Judgements {
		if j.Time == rating.Previous {
			return
		}
	}
	for _, d := range s.report.Dates {
		if d.Role != PreviousInspectionDate {
			continue
		}
		y, ok := yearOfValue(d.Value)
		if !ok {
			return
		}
		j := rating.Judgement{
			Area: rating.Overall, Scale: s.gradelessScale(), Time: rating.Previous,
			Year: &y, Text: d.Text, Span: d.Span,
		}
		js := s.report.Judgements
		at := len(js) // in input order
		for at > 0 && js[at-1].Span.Start > j.Span.Start {
			at--
		}
		s.report.Judgements = slices.Insert(js, at, j)
		return
	}
}

// gradelessScale is the scale of a judgement whose grade the text does not give: the
// current overall grade's, else the reported inspectorate's.
func (s *state) gradelessScale() rating.Scale {
	for _, j := range s.report.Judgements {
		if j.Area == rating.Overall && j.Time == rating.Current && j.Scale != rating.Category {
			return j.Scale
		}
	}
	if s.report.Inspectorate != nil {
		return rating.ScaleOf(s.report.Inspectorate.Name)
	}
	return rating.ScaleOf(rating.NoInspectorate)
}

// yearOfValue reads the year of a date value ("2019", "2019-09"); false for a value
// with no year ("--09").
func yearOfValue(v string) (int, bool) {
	if len(v) < 4 {
		return 0, false
	}
	y := 0
	for i := 0; i < 4; i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0, false
		}
		y = y*10 + int(v[i]-'0')
	}
	return y, true
}
