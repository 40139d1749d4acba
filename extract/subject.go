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

// bodyKey groups the mentions of one body: "Tameside", "Tameside MBC" and "Tameside
// Council" share the first word of their names.
func bodyKey(name string) string {
	// Only the first two words are read, so only they are lower-cased (lower-casing
	// changes no space into a word's letter or back, so the words are the same).
	f0, f1, n := firstFields(name)
	if n == 0 {
		return ""
	}
	k := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(f0), "'s"), "'")
	if (k == "st" || k == "st." || k == "hmp" || k == "hmyoi" || k == "north" || k == "south" || k == "east" || k == "west") && n > 1 {
		k += " " + strings.ToLower(f1)
	}
	return k
}

// firstFields returns the first two of strings.Fields(s) and how many of the two
// there are, without building the slice of all of them.
func firstFields(s string) (f0, f1 string, n int) {
	for f := range strings.FieldsSeq(s) {
		if n == 0 {
			f0 = f
		} else {
			f1 = f
			return f0, f1, 2
		}
		n++
	}
	return f0, f1, n
}

// nearestBody returns the index of the body mention that a judgement at r belongs to:
// the last named before it in its sentence (not where another body is based), else the
// first after it in its sentence, else the last named before it in the text; -1 if none.
func nearestBody(doc *text.Document, bodies []entity.BodyMention, r text.Range) int {
	si := doc.SentenceAt(r.Start)
	var sent text.Range
	if si >= 0 {
		sent = doc.Sentences()[si].Range
	}
	k := startingFrom(bodies, r.Start, bodyRange)
	before := k - 1
	for before >= 0 && bodies[before].Location && sent.Contains(bodies[before].Range) {
		before-- // "X nursery, based at Y Primary School, was rated": X's grade
	}
	after := firstWithin(bodies, k, sent, bodyRange)
	if before >= 0 && sent.Contains(bodies[before].Range) {
		return before
	}
	if after >= 0 {
		return after
	}
	return before
}

// heading reports a body named alone on its line: a section heading of a round-up
// ("St Cuthbert's Catholic Primary School", "Harnley Academy:").
func heading(doc *text.Document, r text.Range) bool {
	pi := doc.ParagraphAt(r.Start)
	if pi < 0 {
		return false
	}
	p := doc.Paragraphs()[pi].Range
	rest := strings.Trim(doc.Slice(text.Range{Start: r.End, End: p.End}), " :-")
	return p.Start == r.Start && rest == ""
}

// subjects picks the subject of the text (the body of the first current judgement, or
// of the first judgement) and, when the judgements belong to more than one body,
// returns each judgement's subject ("" otherwise).
func (s *state) subjects(found []rating.Found, bodies []entity.BodyMention) []string {
	doc := s.doc
	names := make([]string, len(found))
	if len(found) == 0 {
		return names
	}
	if len(bodies) == 0 {
		// No body the head nouns know ("Bramblewood Kingsmead rated Outstanding"): the
		// capitalised name that opens the first judgement's sentence.
		s.report.Subject = s.openingName(found[0].Sentence)
		return names
	}
	owner := make([]int, len(found))
	// The bodies named in the very sentence of a current judgement: more than one, and
	// the text is about several bodies.
	keys := map[string]bool{}
	for i, f := range found {
		owner[i] = nearestBody(doc, bodies, f.Range)
		if owner[i] >= 0 && f.Time == rating.Current {
			b := bodies[owner[i]]
			if doc.SentenceAt(b.Range.Start) == f.Sentence || heading(doc, b.Range) {
				keys[bodyKey(b.Name)] = true
			}
		}
	}
	lead := -1
	for i, f := range found {
		if owner[i] >= 0 && (lead < 0 || f.Time == rating.Current && found[lead].Time != rating.Current) {
			lead = i
		}
		if lead >= 0 && found[lead].Time == rating.Current {
			break
		}
	}
	if lead < 0 {
		// No body named near a grade: one the first grade's sentence names by a noun.
		if b := s.namedByNoun(bodies, found[0].Sentence); b >= 0 {
			s.report.Subject = s.fullest(bodies, bodyKey(bodies[b].Name), found[0].Range)
		}
		return names
	}
	if b := s.namedByNoun(bodies, found[lead].Sentence); b >= 0 {
		owner[lead] = b
	}
	s.report.Subject = s.fullest(bodies, bodyKey(bodies[owner[lead]].Name), found[lead].Range)
	if len(keys) > 1 {
		for i := range found {
			if owner[i] >= 0 {
				names[i] = s.fullest(bodies, bodyKey(bodies[owner[i]].Name), found[i].Range).Name
			}
		}
	}
	return names
}

// fullest returns the subject for a body: its longest name among the mentions with
// key, at that mention, with the service named with any of them or in the sentence of
// the judgement at r.
func (s *state) fullest(bodies []entity.BodyMention, key string, r text.Range) *entity.Subject {
	doc := s.doc
	if s.bodyGroups == nil {
		// Once per call: the longest name and the first service of each body.
		s.bodyGroups = make(map[string]bodyGroup, len(bodies))
		keys := make([]string, len(bodies))
		for i, b := range bodies {
			k := bodyKey(b.Name)
			keys[i] = k
			g, ok := s.bodyGroups[k]
			if !ok {
				g = bodyGroup{best: i}
			}
			if len(b.Name) > len(bodies[g.best].Name) {
				g.best = i
			}
			s.bodyGroups[k] = g
		}
		// The service named with the body itself, by its longest name or a shorter
		// form of it, not with a sibling of the same place ("Hallam General" beside
		// "Hallam Vale NHS Trust").
		for i, b := range bodies {
			k := keys[i]
			g := s.bodyGroups[k]
			if best := bodies[g.best].Name; g.service == "" && strings.HasPrefix(best, b.Name) {
				g.service = b.Service
				s.bodyGroups[k] = g
			}
		}
	}
	g := s.bodyGroups[key]
	service := g.service
	if service == "" {
		if si := doc.SentenceAt(r.Start); si >= 0 {
			sent := doc.Sentences()[si].Range
			i, _ := slices.BinarySearchFunc(s.services, sent.Start, func(m entity.ServiceMention, p int) int { return m.Range.Start - p })
			if i < len(s.services) && sent.Contains(s.services[i].Range) {
				service = s.services[i].Service
			}
		}
	}
	sp := doc.Span(bodies[g.best].Range)
	name := sp.Of(doc.Source())
	if redundantService(name, service) {
		service = ""
	}
	return &entity.Subject{Name: name, Service: service, Span: sp}
}

// redundantService reports a service that the body's own name already says it is a
// unit of: "probation service" for "Calder Brook probation delivery unit", "youth
// justice services" for "Marlow Youth Justice Service". The name's words are matched
// against the service's first word.
func redundantService(name, service string) bool {
	first, _, _ := strings.Cut(service, " ")
	if first == "" {
		return false
	}
	for w := range strings.FieldsSeq(strings.ToLower(name)) {
		if w == first {
			return true
		}
	}
	return false
}

// bodyGroup is what the mentions of one body say of it: its longest name and a service.
type bodyGroup struct {
	best    int
	service string
}

// openingName returns the subject named by the capitalised words that open sentence
// si (two or more, not an inspectorate, a title or "The"), or nil.
func (s *state) openingName(si int) *entity.Subject {
	doc := s.doc
	toks := doc.Tokens()
	i, j := entity.OpeningRun(doc, si, 5, func(k int) bool {
		w := doc.Slice(toks[k].Range())
		return entity.IsNameWord(w) && len(w) >= 2 && !s.isInspectorateAt(toks[k].Range())
	})
	if j-i < 2 {
		return nil
	}
	sp := doc.Span(text.Range{Start: int(toks[i].Start), End: int(toks[j-1].End)})
	return &entity.Subject{Name: sp.Of(doc.Source()), Span: sp}
}

// isInspectorateAt reports an inspectorate mention overlapping r.
func (s *state) isInspectorateAt(r text.Range) bool {
	for _, m := range s.inspMentions {
		if m.Range.Overlaps(r) {
			return true
		}
	}
	return false
}

// leadSubject is the subject of a text that reports an inspection but ties no grade to
// a body: the first body it names by a head noun ("Tollbridge Day Nursery"), else the
// first place named with its service; by its fullest name ("Marlow Vale Hospital" and
// then "Marlow Vale Hospitals NHS Trust": the trust); nil if none.
func (s *state) leadSubject(bodies []entity.BodyMention) *entity.Subject {
	if len(bodies) == 0 {
		return s.openingSubject()
	}
	b := bodies[0]
	for _, c := range bodies {
		if c.Kind != entity.OtherBody {
			b = c
			break
		}
	}
	return s.fullest(bodies, bodyKey(b.Name), b.Range)
}

// leadSentences is how many sentences from the start openingSubject reads: the headline,
// the byline and dateline, and the lede.
const leadSentences = 8

// openingSubject is the subject of a text that names no body by a head noun: the name
// that opens one of its first sentences, no inspectorate, that the words after it say
// is a body ("Little Acorns, which opened in 2019, …", "Brightstart was rated
// 'good'"), else the name of a place visited ("at Farrowby school"); nil if none.
func (s *state) openingSubject() *entity.Subject {
	doc := s.doc
	for si := range min(leadSentences, len(doc.Sentences())) {
		r, ok := entity.OpeningName(doc, si)
		if !ok || s.isInspectorateAt(r) {
			r, ok = entity.VisitedName(doc, si)
		}
		if !ok || s.isInspectorateAt(r) {
			continue
		}
		sp := doc.Span(r)
		return &entity.Subject{Name: sp.Of(doc.Source()), Span: sp}
	}
	return nil
}

// namedByNoun returns the body that a judgement's sentence names only by a common noun
// ("A hospital trust in the north has been rated 'good'"): the first body in the text
// whose name ends with that noun ("North Wolds Hospitals NHS Trust", not the hospitals
// it runs); -1 when the sentence names a body itself or uses no such noun.
func (s *state) namedByNoun(bodies []entity.BodyMention, si int) int {
	doc := s.doc
	sent := doc.Sentences()[si]
	for _, b := range bodies {
		if sent.Range.Contains(b.Range) {
			return -1
		}
	}
	for i := sent.First; i < sent.Last; i++ {
		if !subjectNouns.Has(doc.WordID(i)) || i+1 < sent.Last && subjectNouns.Has(doc.WordID(i+1)) {
			continue // "a hospital trust": the trust
		}
		w := doc.Word(i)
		for k, b := range bodies {
			if strings.HasSuffix(strings.ToLower(b.Name), " "+w) {
				return k
			}
		}
		return -1
	}
	return -1
}

// subjectNouns are the common nouns a lead uses for the body it names later.
var subjectNouns = text.NewWordSet(slices.Collect(maps.Keys(lexicon.Set("subject_nouns", true))))

// reportedBody returns the subject of a report page: the first body named in a sentence
// that speaks of its report or inspection ("Our findings at Tollbridge Infant School",
// "… Inspected by: …"); nil if none does.
func (s *state) reportedBody(bodies []entity.BodyMention) *entity.Subject {
	doc := s.doc
	for _, b := range bodies {
		si := doc.SentenceAt(b.Range.Start)
		if si < 0 {
			continue
		}
		sent := doc.Sentences()[si]
		for i := sent.First; i < sent.Last; i++ {
			if reportPageWords.Has(doc.WordID(i)) {
				return s.fullest(bodies, bodyKey(b.Name), b.Range)
			}
		}
	}
	return nil
}

// reportPageWords say that a sentence speaks of a body's inspection report.
var reportPageWords = text.NewWordSet(slices.Collect(maps.Keys(lexicon.Set("report_words", true))))
