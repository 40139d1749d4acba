package extract

import (
	"bytes"
	"slices"
	"strings"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// person is one person of the text, with all their mentions (see entity.Person).
type person = entity.Person

// quotes finds the quotations and attributes each: it reads the quoted stretches with
// their attributions, the people, the inspectorates and bodies named, and the
// inspectorate and subject the judgements resolver reported. It works on its own copy
// of the people, adding the pronouns it finds speaking for one ("he said"), which the
// officials resolver reports after it. It writes Report.Quotes.
func (s *state) quotes() {
	doc := s.doc
	s.people = ownPeople(s.annotations.people)
	lastSpeaker := -1 // index into s.report.Quotes of the quote before, for continuations
	lastPara := -1
	narrated := false // a quote so far was the report's or the inspectors'
	var weak []bool   // per quote: no one is said to speak it, its speaker is a guess
	for ci, c := range s.quoteCands {
		if c.Words < quote.MinWords || titleLike(doc, c) || rating.IsGradePhrase(doc.Slice(c.Range())) {
			continue
		}
		a := s.attributions[ci]
		q := quote.Quote{Paragraphs: c.Paragraphs}
		r := c.Range()
		q.Span = doc.Span(r)
		q.Text = q.Span.Of(doc.Source())
		first := c.Segments[0]
		rp := s.remarksFrom(c.Before)
		cont := lastSpeaker >= 0 && first.Para == lastPara+1 && opensParagraph(doc, first)
		switch {
		case rp >= 0:
			// "remarks from Ana Roe that the plan '…'": hers, whoever speaks next.
			q.Speaker, q.SpeakerKind = s.people[rp].Name, quote.Person
		case a.Speaker.Len() > 0 && a.Passive:
			// "Social workers were described as 'skilled …'": the describer is unnamed;
			// in an inspection's narration, the report. "… by the chief inspector as"
			// names the describer.
			if ag, ok := passiveAgent(doc, c.Before); ok {
				q.Speaker, q.SpeakerKind = s.agentSpeaker(ag, first.Open)
			} else if s.narratesInspection(narrated) {
				q.SpeakerKind = quote.Report
			}
		case a.Speaker.Len() > 0:
			q.Speaker, q.SpeakerKind = s.speaker(a, first.Open)
			if q.Speaker == "" && q.SpeakerKind == quote.Unknown && !opensParagraph(doc, first) {
				// "a report issued today, online said '…'": the phrase names no one;
				// the sentence's subject may.
				q.Speaker, q.SpeakerKind = s.narrator(first.Open)
			}
		case cont:
			// A quote paragraph after a quote paragraph, with no attribution of its own:
			// the same speaker goes on.
			prev := s.report.Quotes[lastSpeaker]
			q.Speaker, q.SpeakerKind = prev.Speaker, prev.SpeakerKind
		case opensParagraph(doc, first):
			// A quote paragraph of its own after a paragraph that opens with the report or
			// the inspectors ("The report goes on to note that …"): theirs.
			q.Speaker, q.SpeakerKind = s.paragraphBefore(first.Para)
		case !opensParagraph(doc, first):
			// Words quoted inside a sentence with no one said to say them: the
			// sentence's subject ("The report … faulted …, saying pupils were '…'"),
			// else, in the narration of an inspection, the report.
			q.Speaker, q.SpeakerKind = s.narrator(first.Open)
			if q.SpeakerKind == quote.Unknown && q.Speaker == "" && s.narratesInspection(narrated) {
				q.SpeakerKind = quote.Report
			}
		}
		s.report.Quotes = append(s.report.Quotes, q)
		guess := q.Speaker == "" && q.SpeakerKind == quote.Unknown || a.Speaker.Len() == 0 || a.Passive
		weak = append(weak, rp < 0 && (cont && weak[lastSpeaker] || !cont && guess))
		lastSpeaker = len(s.report.Quotes) - 1
		lastPara = c.Segments[len(c.Segments)-1].Para
		narrated = narrated || q.SpeakerKind == quote.Report || q.SpeakerKind == quote.Inspectors
	}
	s.repeatedQuotes(weak)
	for i := range s.report.Quotes { // copies: see TestReportHoldsNoDocument
		s.report.Quotes[i].Speaker = strings.Clone(s.report.Quotes[i].Speaker)
	}
}

// officials reports the people who act in a public role, with every mention: it
// reads the people as the quotes resolver left them (with the pronouns that speak
// for them), links the pronouns that are the subject of a speech verb elsewhere, and
// names each one's organisation from the subject the judgements resolver reported. It
// writes Report.Officials.
func (s *state) officials() {
	doc := s.doc
	s.pronounMentions()
	for _, p := range s.people {
		if !p.Official() {
			continue
		}
		o := entity.Official{Name: strings.Clone(p.Name), Role: strings.Clone(p.Role), Org: strings.Clone(s.orgName(p.Org, p.Role))} // see TestReportHoldsNoDocument
		if len(p.Mentions) > 0 {
			o.Mentions = make([]entity.Mention, 0, len(p.Mentions)) // at most one each
		}
		seen := map[text.Range]bool{}
		for _, m := range p.Mentions {
			if seen[m] {
				continue
			}
			seen[m] = true
			sp := doc.Span(m)
			o.Mentions = append(o.Mentions, entity.Mention{Text: sp.Of(doc.Source()), Span: sp})
		}
		sortMentions(o.Mentions)
		s.report.Officials = append(s.report.Officials, o)
	}
	sortOfficials(s.report.Officials)
}

// narratesInspection reports a text that tells of an inspection: an inspectorate is
// found, or (narrated) a quote before was the report's or the inspectors'. Words
// quoted with no one said to say them are then the report's.
func (s *state) narratesInspection(narrated bool) bool {
	return narrated || s.report.Inspectorate != nil || len(s.inspMentions) > 0
}

// personMention is one mention of one of the text's people.
type personMention struct {
	at     text.Range
	person int
}

// mentionsIn returns the named mentions of people that lie inside r, in order, from
// the annotations' index.
func (s *state) mentionsIn(r text.Range) []personMention {
	i, _ := slices.BinarySearchFunc(s.mentionIndex, r.Start, func(m personMention, p int) int { return m.at.Start - p })
	j := i
	for j < len(s.mentionIndex) && s.mentionIndex[j].at.Start < r.End {
		j++
	}
	out := s.mentionIndex[i:j:j]
	var in []personMention
	for _, m := range out {
		if r.Contains(m.at) {
			in = append(in, m)
		}
	}
	return in
}

// opensParagraph reports a segment whose opening mark starts its paragraph.
func opensParagraph(doc *text.Document, seg quote.Segment) bool {
	p := doc.Paragraphs()[seg.Para]
	return strings.TrimSpace(doc.Text()[p.Start:seg.Open]) == ""
}

// titleLike reports a quoted title rather than speech: words that are nearly all
// capitalised ("Inspection of Local Authority Children's Services").
func titleLike(doc *text.Document, c quote.Candidate) bool {
	if len(c.Segments) > 1 {
		return false
	}
	n, caps := 0, 0
	for w := range strings.FieldsSeq(doc.Slice(c.Segments[0].Content)) {
		n++
		if w[0] >= 'A' && w[0] <= 'Z' {
			caps++
		}
	}
	return n > 0 && caps*10 >= n*8
}

// Words that name a speaker that is not a person.
var (
	reportWords    = speakerWords["report"]
	inspectorWords = speakerWords["inspectors"]
	orgWords       = union(speakerWords["organisation"], spokesWords)
	unknownWords   = speakerWords["lay"]
)

// speaker names the speaker of a quote that opens at quoteAt from its attribution.
func (s *state) speaker(a quote.Attribution, quoteAt int) (string, quote.SpeakerKind) {
	doc := s.doc
	r := a.Speaker
	clause := a.Clause
	if clause.Len() == 0 {
		clause = r
	}
	// A person named in the phrase or its aside ("Its branch secretary, Mark Tolley,"):
	// the first in the clause that is not the object of another verb or preposition.
	for _, pm := range s.mentionsIn(clause) {
		if possessorOfReport(doc, pm.at) {
			return "", quote.Report // "Russell's report states": the report speaks
		}
		if !objectOf(doc, pm.at) {
			return s.people[pm.person].Name, quote.Person
		}
	}
	if a.Verb == ":" {
		return "", quote.Unknown // a colon lead-in with no person as its subject
	}
	if name, ok := trailingName(doc, clause); ok {
		return name, quote.Person // "HM Inspector of Constabulary Tobias Renshaw"
	}
	words := strings.Fields(strings.Trim(strings.ToLower(doc.Slice(r)), " ,.:"))
	if len(words) == 0 {
		return "", quote.Unknown
	}
	if (words[0] == "which" || words[0] == "who") && strings.HasSuffix(a.Verb, "ing") && clause.Start < r.Start {
		// "The report of the visit, which came out on Monday, also faulted …,
		// saying": a participle's subject is the clause's head, not the aside.
		head := strings.TrimSpace(doc.LowerRange(text.Range{Start: clause.Start, End: r.Start}))
		if i := strings.IndexByte(head, ','); i > 0 {
			head = head[:i]
		}
		if i := strings.Index(head, " of "); i > 0 {
			head = head[:i] // "the report of the visit": the report
		}
		if ws := strings.Fields(head); len(ws) > 0 {
			words = ws
		}
	}
	if len(words) == 1 && words[0] == "they" {
		if name, ok := s.spokespersonBefore(r.Start); ok {
			return name, quote.Organisation // a spokesperson, then "…," they said
		}
		// "They describe it as …": the people the sentence before spoke of.
		return "", s.theyKind(r.Start)
	}
	if len(words) == 1 && (words[0] == "he" || words[0] == "she") {
		g := entity.Male
		if words[0] == "she" {
			g = entity.Female
		}
		if i := s.lastPerson(r.Start, g); i >= 0 && !s.unnamedSince(s.people[i], r.Start) {
			s.people[i].Mentions = append(s.people[i].Mentions, r)
			return s.people[i].Name, quote.Person
		}
		return "", quote.Unknown
	}
	// The inspectorate, by name or by what the press calls it.
	if k := firstWithin(s.inspMentions, startingFrom(s.inspMentions, r.Start, inspRange), r, inspRange); k >= 0 {
		if has(words, "report") || has(words, "letter") {
			return "", quote.Report
		}
		if has(words, "inspectors") || has(words, "inspector") {
			return "", quote.Inspectors
		}
		return s.inspMentions[k].Inspectorate.String(), quote.Inspectorate
	}
	return s.speakerNoun(r, words, quoteAt)
}

// speakerNoun names the speaker of a phrase that names no person by what its words
// say: a lay person, the report, the inspectors, the inspectorate, a body.
func (s *state) speakerNoun(r text.Range, words []string, quoteAt int) (string, quote.SpeakerKind) {
	doc := s.doc
	if len(words) == 1 && words[0] == "another" {
		return s.indefiniteBefore(r.Start), quote.Unknown // "an officer …, while another said"
	}
	last := words[len(words)-1]
	indefinite := words[0] == "one" || words[0] == "a" || words[0] == "an" || words[0] == "another" || words[0] == "some"
	switch {
	case anyOf(words, unknownWords) && !has(words, "council") && !has(words, "trust"):
		return layNoun(words), quote.Unknown // "one grandparent told inspectors" -> "grandparent"
	case indefinite && !anyOf(words, orgWords) && !anyOf(words, inspectorWords) && !anyOf(words, reportWords):
		return layNoun(words), quote.Unknown // "one care leaver said", "a manager told us"
	case reportWords[last] || anyOf(words, reportWords) && !anyOf(words, inspectorWords):
		return "", quote.Report
	case inspectorWords[last] || has(words, "inspectors"):
		return "", quote.Inspectors
	case last == "watchdog" || last == "regulator" || last == "inspectorate":
		// The inspectorate named last before the quote: in a round-up, the section's.
		name := ""
		if k := startingFrom(s.inspMentions, quoteAt+1, inspRange); k > 0 {
			name = s.inspMentions[k-1].Inspectorate.String()
		}
		if name == "" && s.report.Inspectorate != nil {
			name = s.report.Inspectorate.Name.String()
		}
		return name, quote.Inspectorate
	case bareSpokesperson(words):
		// "A spokesman said": for the body named last before.
		if name, kind := s.lastBodyBefore(r.Start); name != "" {
			return name, kind
		}
		return s.orgOf(r, words), quote.Organisation
	case anyOf(words, orgWords):
		return s.orgOf(r, words), quote.Organisation
	}
	// A capitalised organisation: "the Ministry of Justice", "Glenmoray Care Ltd".
	name := strings.TrimPrefix(strings.TrimSpace(doc.Slice(r)), "the ")
	if i := s.nearName(strings.Trim(name, " ,.:")); len(words) == 1 && i >= 0 {
		return s.people[i].Name, quote.Person // a name misspelt: "Veronic added"
	}
	if name != "" && name[0] >= 'A' && name[0] <= 'Z' && nameLike(name) {
		return name, quote.Organisation
	}
	// An unnamed post holder: "says principal", "the headteacher said".
	return layNoun(words), quote.Unknown
}

// trailingName reads a person's name at the end of a speaker phrase that the people
// finder did not know: two or three capitalised words after a role ("HM Inspector of
// Constabulary Tobias Renshaw").
func trailingName(doc *text.Document, r text.Range) (string, bool) {
	var last [3]string // the last three words, the last one last
	n := 0
	for w := range strings.FieldsSeq(strings.Trim(doc.Slice(r), " ,.:")) {
		last[0], last[1], last[2] = last[1], last[2], w
		n++
	}
	if n < 3 {
		return "", false
	}
	a, b := last[1], last[2]
	before := strings.ToLower(last[0])
	if !entity.IsNameWord(a) || !entity.IsNameWord(b) || entity.IsNameWord(last[0]) && !entity.IsRoleWord(before) {
		return "", false
	}
	if !entity.IsRoleWord(before) && before != "of" && before != "for" && before != "constabulary" {
		return "", false
	}
	return a + " " + b, true
}

// orgOf names the organisation of a speaker phrase: a body named in it, or the
// subject when the phrase says "the council", "the trust".
func (s *state) orgOf(r text.Range, words []string) string {
	// A body lies within one sentence, so one that overlaps r starts in the sentence
	// holding r.Start or after it: search there rather than scan every body.
	from := r.Start
	if si := s.doc.SentenceAt(r.Start); si >= 0 {
		from = s.doc.Sentences()[si].Start
	}
	for i := startingFrom(s.bodies, from, bodyRange); i < len(s.bodies) && s.bodies[i].Range.Start < r.End; i++ {
		if r.Overlaps(s.bodies[i].Range) {
			return s.bodies[i].Name
		}
	}
	// "a spokesperson for Glenmoray Care Ltd", "the Ministry of Justice"
	t := s.doc.Slice(r)
	for _, lead := range []string{" for ", " from ", " at "} {
		if i := strings.Index(t, lead); i >= 0 {
			rest := strings.TrimPrefix(t[i+len(lead):], "the ")
			if rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
				return rest
			}
		}
	}
	if s.report.Subject != nil {
		return s.report.Subject.Name
	}
	return ""
}

var heID, sheID = text.Intern("he"), text.Intern("she")

// pronounMentions links "he" and "she" as the subject of a speech verb ("He said
// that …", "she added") to the person they stand for, quotes or not, so that every
// mention of an official is reported.
func (s *state) pronounMentions() {
	doc := s.doc
	toks := doc.Tokens()
	ids := doc.WordIDs(0, len(toks))
	for _, sent := range doc.Sentences() {
		for i := sent.First; i+1 < sent.Last; i++ {
			if ids[i] != heID && ids[i] != sheID {
				continue // (most tokens, told by their word number alone)
			}
			v := doc.Word(i + 1)
			if (v == "also" || v == "has" || v == "had") && i+2 < sent.Last {
				v = doc.Word(i + 2)
			}
			if !quote.IsSpeechVerb(v) {
				continue
			}
			g := entity.Male
			if ids[i] == sheID {
				g = entity.Female
			}
			r := toks[i].Range()
			if k := s.lastPerson(r.Start, g); k >= 0 && !s.unnamedSince(s.people[k], r.Start) {
				if !slices.Contains(s.people[k].Mentions, r) {
					s.people[k].Mentions = append(s.people[k].Mentions, r)
				}
			}
		}
	}
}

// orgName turns the organisation a role was given with into a name: a possessive
// "council" or "trust" stands for the subject, and so does no organisation at all for
// a council's roles.
func (s *state) orgName(org, role string) string {
	if org == "" { // (org alone, not lower-cased: only "" lower-cases to "")
		if s.report.Subject != nil && councilRole(role) {
			return s.report.Subject.Name
		}
		return ""
	}
	if subjectOrgNouns[strings.ToLower(org)] {
		if s.report.Subject != nil {
			return s.report.Subject.Name
		}
		return ""
	}
	return org
}

// The words that name an official's organisation (official_orgs.txt): the nouns that
// stand for the subject, and the words of a council's roles.
var (
	subjectOrgNouns  = lexicon.SectionSets("official_orgs")["stands-for-subject"]
	councilRoleWords = lexicon.SectionEntries("official_orgs", "council-role")
)

// objectOf reports a name that follows a preposition or a verb: "after meeting Cllr
// Ash", "who replaced Jane Smith".
func objectOf(doc *text.Document, m text.Range) bool {
	t := strings.TrimRight(doc.Slice(text.Range{Start: max(0, m.Start-12), End: m.Start}), " ")
	i := strings.LastIndexAny(t, " ,(")
	var buf [16]byte // the word, at most 12 bytes, lower-cased without a copy on the heap
	switch string(text.AppendLower(buf[:0], t[i+1:])) {
	case "by", "with", "to", "from", "after", "replaced", "met", "meeting", "told", "about", "for", "succeeded", "succeeding", "against", "than":
		return true
	}
	return false
}

// unnamedSince reports an unnamed person ("a colleague", "one parent") mentioned after
// p's last mention and before pos: the nearer antecedent of a pronoun at pos.
func (s *state) unnamedSince(p person, pos int) bool {
	last := -1
	for _, m := range p.Mentions {
		if m.End <= pos && m.End > last {
			last = m.End
		}
	}
	if last < 0 {
		return false
	}
	if pi := s.doc.ParagraphAt(pos); pi >= 0 {
		last = max(last, s.doc.Paragraphs()[pi].Start) // only the pronoun's own paragraph
	}
	if last >= pos {
		return false
	}
	article := false // the word before is "a", "an", "one" or "another"
	for w := range strings.FieldsSeq(s.doc.Slice(text.Range{Start: last, End: pos})) {
		var buf [32]byte // the word lower-cased, on the stack
		lw := text.AppendLower(buf[:0], w)
		if article && (unknownWords[string(bytes.Trim(lw, ",."))] || string(lw) == "colleague" || string(lw) == "friend") {
			return true
		}
		article = string(lw) == "a" || string(lw) == "an" || string(lw) == "one" || string(lw) == "another"
	}
	return false
}

// theyKind names what "they" at p stands for: the subject of a sentence before it in
// its paragraph, inspectors ("Inspectors found … They said") or lay people ("Pupils
// are proud … They describe it as"); inspectors when no sentence says.
func (s *state) theyKind(p int) quote.SpeakerKind {
	doc := s.doc
	si := doc.SentenceAt(p)
	if si < 0 {
		return quote.Inspectors
	}
	for k := si - 1; k >= 0 && doc.Sentences()[k].Para == doc.Sentences()[si].Para; k-- {
		sent := doc.Sentences()[k]
		for i := sent.First; i < sent.Last && i < sent.First+3; i++ {
			w := doc.Word(i)
			switch {
			case w == "inspectors":
				return quote.Inspectors
			case unknownWords[w] && strings.HasSuffix(w, "s"):
				return quote.Unknown
			}
		}
	}
	return quote.Inspectors
}

// councilRole reports a role held in a council: leader, cabinet or lead member,
// councillor, director of children's services.
func councilRole(role string) bool {
	for _, w := range councilRoleWords {
		if strings.Contains(role, w) {
			return true
		}
	}
	return false
}

// lastPerson returns the person mentioned last before p whose gender fits g.
func (s *state) lastPerson(p int, g entity.Gender) int {
	i, _ := slices.BinarySearchFunc(s.mentionIndex, p, func(m personMention, p int) int { return m.at.Start - p })
	// A pronoun stands for someone named recently: a few dozen mentions back at most.
	stop := max(0, i-40)
	for i--; i >= stop; i-- {
		m := s.mentionIndex[i]
		if pr := s.people[m.person]; m.at.End <= p && (pr.Gender == g || pr.Gender == entity.UnknownGender) {
			return m.person
		}
	}
	return -1
}

func has(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

func anyOf(ws []string, set map[string]bool) bool {
	for _, x := range ws {
		if set[x] {
			return true
		}
	}
	return false
}

func sortMentions(ms []entity.Mention) {
	slices.SortStableFunc(ms, func(a, b entity.Mention) int { return a.Span.Start - b.Span.Start })
}

func sortOfficials(os []entity.Official) {
	slices.SortStableFunc(os, func(a, b entity.Official) int { return a.Mentions[0].Span.Start - b.Mentions[0].Span.Start })
}

// layNoun is the bare noun that describes an unnamed speaker: the last word of the
// phrase that names a member of the public or a post ("one concerned parent" ->
// "parent", "a prison officer" -> "officer").
func layNoun(words []string) string {
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.Trim(words[i], ",.:;'\"")
		next := ""
		if i+1 < len(words) {
			next = strings.Trim(words[i+1], ",.:;")
		}
		if unknownWords[w] || entity.IsPublicRole(w) || entity.IsRoleWord(w) && !entity.IsRoleWord(next) {
			return w
		}
	}
	return ""
}

// narrator names who speaks a quote opening at p inside a sentence with no speech
// verb of its own: the first source the sentence names before the quote that is not
// the object of a verb or preposition: a person, the report, the inspectors or the
// inspectorate, which must open the sentence ("Estyn singled out … for its '…'").
func (s *state) narrator(p int) (string, quote.SpeakerKind) {
	doc := s.doc
	si := doc.SentenceAt(p)
	if si < 0 {
		return "", quote.Unknown
	}
	sent := doc.Sentences()[si]
	before := text.Range{Start: sent.Range.Start, End: p}
	switch doc.Word(sent.First) {
	case "they":
		return "", s.theyKind(sent.Range.Start) // "They praised its '…'"
	case "it":
		return "", quote.Report // "It praises staff for their '…'", as "it said" is
	}
	for _, pm := range s.mentionsIn(before) {
		if !objectOf(doc, pm.at) {
			return s.people[pm.person].Name, quote.Person
		}
		break
	}
	subject := text.Range{Start: sent.Range.Start, End: int(doc.Tokens()[min(sent.First+4, sent.Last-1)].End)}
	for _, m := range s.inspMentions {
		// The inspectorate as the sentence's subject: "Estyn singled out …".
		if before.Contains(m.Range) && subject.Contains(m.Range) {
			return m.Inspectorate.String(), quote.Inspectorate
		}
	}
	for i := sent.First; i < sent.Last && int(doc.Tokens()[i].End) <= p; i++ {
		switch w := doc.Word(i); {
		case w == "report" || w == "letter":
			return "", quote.Report
		case w == "inspectors" || w == "inspector":
			return "", quote.Inspectors
		}
	}
	return "", quote.Unknown
}

// paragraphBefore names the report, the inspectors or a person when the last sentence
// of the paragraph before paragraph pi opens with them (a person only as the subject
// of a speech verb: "Venkat insisted the staff had worked hard."); Unknown otherwise.
func (s *state) paragraphBefore(pi int) (string, quote.SpeakerKind) {
	doc := s.doc
	if pi == 0 {
		return "", quote.Unknown
	}
	prev := doc.Paragraphs()[pi-1]
	if prev.Last <= prev.First {
		return "", quote.Unknown
	}
	sent := doc.Sentences()[prev.Last-1]
	if name, ok := s.spokespersonOpens(sent); ok {
		return name, quote.Organisation // "A spokesperson for Quillon Care told us …"
	}
	for i := sent.First; i < sent.Last && i < sent.First+4; i++ {
		switch doc.Word(i) {
		case "report", "letter":
			return "", quote.Report
		case "inspector", "inspectors":
			return "", quote.Inspectors
		}
	}
	head := text.Range{Start: sent.Range.Start, End: int(doc.Tokens()[min(sent.First+3, sent.Last-1)].End)}
	if pms := s.mentionsIn(head); len(pms) > 0 && sent.Last-sent.First > 2 {
		end := doc.SentenceAt(pms[0].at.End)
		if end >= 0 && quote.IsSpeechVerb(doc.Word(s.tokenAfter(pms[0].at.End))) {
			return s.people[pms[0].person].Name, quote.Person
		}
	}
	return "", quote.Unknown
}

// spokespersonOpens names the body whose spokesperson opens sent as its subject: "A
// spokesperson for Quillon Care told the paper …", "The trust's spokesman disputed …".
func (s *state) spokespersonOpens(sent text.Sentence) (string, bool) {
	doc := s.doc
	for i := sent.First; i < sent.Last && i < sent.First+3; i++ {
		if !spokesWords[doc.Word(i)] {
			continue
		}
		v := i + 1
		if w := doc.Word(v); w == "for" || w == "from" || w == "at" {
			v++
		}
		if doc.Word(v) == "the" {
			v++
		}
		for v < sent.Last && isCapital(doc.Slice(doc.Tokens()[v].Range())) {
			v++
		}
		r := text.Range{Start: int(doc.Tokens()[sent.First].Start), End: int(doc.Tokens()[v-1].End)}
		return s.orgOf(r, strings.Fields(doc.LowerRange(r))), true
	}
	return "", false
}

func isCapital(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// spokespersonBefore names the body of a spokesperson who opens the last sentence of
// the paragraph before the one holding p: the singular "they" of a quote there.
func (s *state) spokespersonBefore(p int) (string, bool) {
	pi := s.doc.ParagraphAt(p)
	if pi < 1 {
		return "", false
	}
	prev := s.doc.Paragraphs()[pi-1]
	if prev.Last <= prev.First {
		return "", false
	}
	return s.spokespersonOpens(s.doc.Sentences()[prev.Last-1])
}

var spokesWords = speakerWords["spokesperson"]

// speakerWords holds the words of a speaker phrase that say what kind of speaker it
// names, one set per kind (speaker_words.txt).
var speakerWords = lexicon.SectionSets("speaker_words")

// union returns a new set holding the members of a and b.
func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for k := range a {
		m[k] = true
	}
	for k := range b {
		m[k] = true
	}
	return m
}

// tokenAfter returns the index of the first token that starts at or after p.
func (s *state) tokenAfter(p int) int {
	toks := s.doc.Tokens()
	i, _ := slices.BinarySearchFunc(toks, p, func(t text.Token, p int) int { return int(t.Start) - p })
	return min(i, len(toks)-1)
}

// possessorOfReport reports a name that owns the report that speaks: "Ash's report
// states", "Ash's letter said".
func possessorOfReport(doc *text.Document, m text.Range) bool {
	r := text.Range{Start: m.End, End: min(len(doc.Text()), m.End+12)}
	if t := doc.Slice(r); len(t) < 3 || !text.EqualLower(t[:3], "'s ") {
		return false
	}
	f := strings.Fields(doc.LowerRange(r)[3:])
	return len(f) > 0 && reportWords[strings.Trim(f[0], ",.:")] && f[0] != "it"
}
