package dates

import (
	"slices"
	"sort"
	"sync"

	"github.com/verdictnlp/verdict/internal/calendar"
	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// How far back from a date, in tokens, a cue may stand, and how close a publication
// cue must be ("published on its website today").
const (
	dateCueReach       = 30
	datePublishedReach = 7
	datePreviousReach  = 4
)

// Role classes: when several dates could have a role, the one of the highest class
// keeps it.
const (
	dateClassNone     = 0
	dateClassBody     = 1 // cued by the running text
	dateClassDay      = 2 // a publication day the text states ("published on Monday")
	dateClassLabel    = 3 // a header label: "Inspection dates:", "Published:"
	dateClassDateline = 1
)

// dateGradeCue is a judgement's grade in a sentence, as the roles read it.
type dateGradeCue struct {
	first, last int // tokens
	previous    bool
	category    bool
	year        int
}

// dateSentenceCues is what one sentence holds that gives dates their roles.
type dateSentenceCues struct {
	cues       []phrase.Match // absolute token indices
	grades     []dateGradeCue
	inspectors []int // tokens where an inspectorate is named
	read       bool  // cues holds the sentence's cue phrases (see dateRoleReader.sentence)

	nGrades, nInspectors int32 // the lengths grades and inspectors are cut to (fileGrades)
}

// dateRoleReader gives dates roles from the cues of their sentences. Readers are kept
// across calls in roleReaders, with the room of their lists.
type dateRoleReader struct {
	doc   *text.Document
	scan  dateScan
	cues  []*dateSentenceCues // by sentence, nil until read
	about []uint8             // by paragraph: 0 not yet known, 1 speaks of no inspectors, 2 of inspectors
	block []dateSentenceCues  // where newCues takes the next sentence's cues from

	blocks  [][]dateSentenceCues // every block newCues has made, reused from call to call
	nblocks int                  // how many of blocks this call has taken
	grades  []dateGradeCue       // the store fileGrades cuts the sentences' grades from
	insps   []int                // the store fileInspectors cuts the sentences' inspectorates from
	matches []phrase.Match       // the store the sentences' cue phrases are appended to
}

// roleReaders keeps the readers of past calls: the lists by sentence and paragraph,
// the blocks of sentence records and the stores were Resolve's largest allocations,
// each sized to the text. A reader grown past maxPooledSentences is not kept.
var roleReaders = sync.Pool{New: func() any { return new(dateRoleReader) }}

const maxPooledSentences = 4096

func newDateRoleReader(doc *text.Document, found []rating.Found, insp []rating.InspectorateMention) *dateRoleReader {
	r := roleReaders.Get().(*dateRoleReader)
	r.doc, r.scan = doc, dateScan{doc: doc, toks: doc.Tokens()}
	r.cues = slices.Grow(r.cues[:0], len(doc.Sentences()))[:len(doc.Sentences())] // all nil: release cleared them
	r.about = zeroed(r.about, len(doc.Paragraphs()))
	r.fileGrades(found)
	r.fileInspectors(insp)
	return r
}

// release gives r back to roleReaders once its call is done with it. The records
// handed out are cleared, so that a kept reader holds nothing of the call's, and so is
// the list by sentence: all its room is nil when the next call takes it.
func (r *dateRoleReader) release() {
	if len(r.cues) > maxPooledSentences {
		return
	}
	clear(r.cues)
	for _, b := range r.blocks[:r.nblocks] {
		clear(b[:cap(b)])
	}
	r.doc, r.scan, r.block, r.nblocks, r.matches = nil, dateScan{}, nil, 0, r.matches[:0]
	roleReaders.Put(r)
}

// zeroed returns s resized to n items, all zero, in its own room when it has enough.
func zeroed[T any](s []T, n int) []T {
	s = slices.Grow(s[:0], n)[:n]
	clear(s)
	return s
}

// fileGrades files each grade found under its sentence, in order. The sentences' lists
// are cut from one array, each sized by a first count: one allocation, not a growing
// list per sentence.
func (r *dateRoleReader) fileGrades(found []rating.Found) {
	for _, f := range found {
		r.slot(f.Sentence).nGrades++
	}
	r.grades = zeroed(r.grades, len(found))
	store := r.grades
	toks := r.doc.Tokens()
	for _, f := range found {
		sc := r.slot(f.Sentence)
		if sc.grades == nil {
			k := int(sc.nGrades)
			sc.grades, store = store[:0:k], store[k:]
		}
		first, last := tokenSpanIn(toks, f.Range, r.doc.Sentences()[f.Sentence])
		g := dateGradeCue{first: first, last: last, previous: f.Time == rating.Previous, category: f.Area == "category"}
		if f.Year != nil {
			g.year = *f.Year
		}
		sc.grades = append(sc.grades, g)
	}
}

// fileInspectors files the first token of each inspectorate mention under its
// sentence, in order, the lists cut from one array as fileGrades cuts them.
func (r *dateRoleReader) fileInspectors(insp []rating.InspectorateMention) {
	n := 0
	for _, m := range insp {
		if si := r.doc.SentenceAt(m.Range.Start); si >= 0 {
			r.slot(si).nInspectors++
			n++
		}
	}
	r.insps = zeroed(r.insps, n)
	store := r.insps
	for _, m := range insp {
		if si := r.doc.SentenceAt(m.Range.Start); si >= 0 {
			first, _ := tokenSpanIn(r.doc.Tokens(), m.Range, r.doc.Sentences()[si])
			sc := r.slot(si)
			if sc.inspectors == nil {
				k := int(sc.nInspectors)
				sc.inspectors, store = store[:0:k], store[k:]
			}
			sc.inspectors = append(sc.inspectors, first)
		}
	}
}

// inspectorsAbout reports whether the paragraph of sentence si names inspectors, an
// inspectorate or an inspection.
func (r *dateRoleReader) inspectorsAbout(si int) bool {
	para := r.doc.Sentences()[si].Para
	if v := r.about[para]; v != 0 {
		return v == 2
	}
	p := r.doc.Paragraphs()[para]
	v := false
	for k := p.First; k < p.Last && !v; k++ {
		sc := r.sentence(k)
		v = len(sc.inspectors) > 0
		for _, c := range sc.cues {
			if c.Value == dateCueInspector || c.Value == dateCueInspection {
				v = true
			}
		}
	}
	r.about[para] = 1
	if v {
		r.about[para] = 2
	}
	return v
}

// sentence returns the cues of sentence si, finding its cue phrases on first use.
func (r *dateRoleReader) sentence(si int) *dateSentenceCues {
	sc := r.slot(si)
	if sc.read {
		return sc
	}
	s := r.doc.Sentences()[si]
	start := len(r.matches)
	r.matches = dateCues.FindIn(r.doc, s.First, s.Last, r.matches)
	sc.cues = r.matches[start:len(r.matches):len(r.matches)] // capped: a later append moves it
	for i := range sc.cues {
		sc.cues[i].First += s.First
		sc.cues[i].Last += s.First
	}
	sc.read = true
	return sc
}

// slot returns the record of sentence si, made on first use, its cue phrases not yet
// found: the grades and inspectorates are filed for every sentence that holds one,
// and only the sentences a date's role is read from need their phrases.
func (r *dateRoleReader) slot(si int) *dateSentenceCues {
	if sc := r.cues[si]; sc != nil {
		return sc
	}
	sc := r.newCues()
	r.cues[si] = sc
	return sc
}

// newCues returns an empty dateSentenceCues from the reader's current block: the
// sentences read are a few per date and per grade, each one allocation before. A
// block is never appended to past its room, so the pointers handed out stay valid;
// the blocks double in size, from 2 to 64, and are kept with the reader for its next
// call.
func (r *dateRoleReader) newCues() *dateSentenceCues {
	if len(r.block) == cap(r.block) {
		if r.nblocks < len(r.blocks) {
			r.block = r.blocks[r.nblocks][:0]
		} else {
			r.block = make([]dateSentenceCues, 0, min(64, max(2, 2*cap(r.block))))
			r.blocks = append(r.blocks, r.block)
		}
		r.nblocks++
	}
	r.block = r.block[:len(r.block)+1]
	r.block[len(r.block)-1] = dateSentenceCues{}
	return &r.block[len(r.block)-1]
}

// TokenSpan returns the tokens [first, last) that analysis range rg covers.
func TokenSpan(toks []text.Token, rg text.Range) (int, int) {
	first := sort.Search(len(toks), func(i int) bool { return int(toks[i].End) > rg.Start })
	last := sort.Search(len(toks), func(i int) bool { return int(toks[i].Start) >= rg.End })
	if last < first {
		last = first
	}
	return first, last
}

// tokenSpanIn is TokenSpan for a range of sentence s, the answer the same: the tokens
// are searched for among the sentence's, and among all only when the answer found
// lies at an end of the sentence's, where it may be outside them. The role reader
// files every grade and inspectorate mention of a text; a text's tokens are many.
func tokenSpanIn(toks []text.Token, rg text.Range, s text.Sentence) (int, int) {
	lo, hi := min(s.First, len(toks)), min(s.Last, len(toks))
	first := searchIn(lo, hi, len(toks), func(i int) bool { return int(toks[i].End) > rg.Start })
	last := searchIn(lo, hi, len(toks), func(i int) bool { return int(toks[i].Start) >= rg.End })
	return first, max(first, last)
}

// searchIn is sort.Search(n, pred) searching [lo, hi) first: its answer k there is
// the first true of all when pred is false just before k (or k is 0) and true at k
// (or k is n).
func searchIn(lo, hi, n int, pred func(int) bool) int {
	k := lo + sort.Search(hi-lo, func(i int) bool { return pred(lo + i) })
	if (k > lo || lo == 0 || !pred(lo-1)) && (k < hi || hi == n || pred(hi)) {
		return k
	}
	return sort.Search(n, pred)
}

// future marks a date the text puts ahead of the day of writing: "by September", "will be
// published next year".
func (r *dateRoleReader) future(dm *Mention) bool {
	s := r.doc.Sentences()[dm.sent]
	if dm.first-1 >= s.First && isDateWord(secFutureBefore, r.doc.WordID(dm.first-1)) {
		return true
	}
	for k := dm.first - 1; k >= s.First && k >= dm.first-6; k-- {
		w := r.doc.Word(k)
		if w == "," {
			return false // "As you may know, on Monday 3rd …": another clause
		}
		if isDateWord(secFuture, r.doc.WordID(k)) {
			return true
		}
	}
	return false
}

// role returns the role a mention's cues give it, and how reliable that is.
func (r *dateRoleReader) role(dm *Mention) (Role, int) {
	if role, class, ok := labelRole(dm); ok {
		return role, class
	}
	s := r.doc.Sentences()[dm.sent]
	sc := r.sentence(dm.sent)
	if dm.modifier {
		// "the 2019 inspection rated it good" is the previous inspection; "Ofsted's 2022
		// visit" alone says nothing of which inspection it was.
		if r.previousGradeOfYear(sc, dm.year) {
			return PreviousInspectionDate, dateClassBody
		}
		return OtherDate, dateClassNone
	}
	if r.cueAfter(sc, dm) {
		// "a June inspection", "the May 2-3 inspection", "their April 9 visit": a
		// month or day that describes the inspection.
		return r.inspectionRole(sc, dateCueStartingAt(sc, dm.last), dm), dateClassBody
	}
	if role, class, ok := r.roleBefore(sc, dm, s); ok {
		return role, class
	}
	if c := r.cueAhead(sc, dm); c != nil {
		// "From 6 to 17 March a full inspection was held at the trust".
		return r.inspectionRole(sc, c, dm), dateClassBody
	}
	// "In 2016 the same inspectors rated the force inadequate": the grade follows.
	for k := dm.last; k < s.Last && k < dm.last+12; k++ {
		if g := dateGradeAt(sc, k); g != nil {
			if g.previous && !g.category && g.year > 0 && g.year == dm.year {
				return PreviousInspectionDate, dateClassBody
			}
			break
		}
	}
	if r.gradeHeadingAbove(dm) {
		return InspectionDate, dateClassNone // below any date a cue gives
	}
	return OtherDate, dateClassNone
}

// gradeHeadingAbove reports a date alone on its line under a short line that names an
// inspectorate and gives a current grade: a report page's "Ofsted - Outstanding" over
// "March 2024" dates the inspection that gave the grade.
func (r *dateRoleReader) gradeHeadingAbove(dm *Mention) bool {
	sents, paras := r.doc.Sentences(), r.doc.Paragraphs()
	s := sents[dm.sent]
	if p := paras[s.Para]; p.Last-p.First != 1 || dm.first != s.First || dm.last < s.Last-1 {
		return false // not alone on its line (a full stop may follow)
	}
	above := s.Para - 1
	for above >= 0 && paras[above].First == paras[above].Last {
		above-- // blank lines
	}
	if above < 0 || paras[above].Last-paras[above].First != 1 {
		return false
	}
	hi := paras[above].First
	if h := sents[hi]; h.Last-h.First > gradeHeadingTokens {
		return false
	}
	sc := r.sentence(hi)
	if len(sc.inspectors) == 0 {
		return false
	}
	for _, g := range sc.grades {
		if !g.previous && !g.category {
			return true
		}
	}
	return false
}

// gradeHeadingTokens is the longest line, in tokens, read as a grade heading.
const gradeHeadingTokens = 8

// labelRole returns the role a header label or the dateline gives a mention, or
// none for a date ahead of the day of writing; ok is false when none of these decides.
func labelRole(dm *Mention) (_ Role, class int, ok bool) {
	if dm.label != dateNoLabel {
		role := Role(dm.label - 1)
		if role == OtherDate {
			return OtherDate, dateClassNone, true
		}
		return role, dateClassLabel, true
	}
	if dm.dateline {
		return PublishedDate, dateClassDateline, true
	}
	if dm.future || dm.rel == relDay && dm.relN > 0 {
		return OtherDate, dateClassNone, true
	}
	return OtherDate, dateClassNone, false
}

// roleBefore returns the role the nearest grade or cue before a mention gives it,
// back to a semicolon or dateCueReach tokens; ok is false when none decides.
func (r *dateRoleReader) roleBefore(sc *dateSentenceCues, dm *Mention, s text.Sentence) (_ Role, class int, ok bool) {
	since := dm.first > s.First && r.doc.Word(dm.first-1) == "since"
	for k := dm.first - 1; k >= s.First && k >= dm.first-dateCueReach; k-- {
		if r.doc.Word(k) == ";" {
			break
		}
		if g := dateGradeAt(sc, k); g != nil {
			// "rated inadequate in March 2023", "the good grade it was given in 2018".
			if g.previous && !g.category && g.year > 0 && g.year == dm.year {
				return PreviousInspectionDate, dateClassBody, true
			}
			return OtherDate, dateClassNone, true // a placement in special measures or Engage, a current grade
		}
		c := dateCueEndingAt(sc, k)
		if c == nil {
			continue
		}
		switch c.Value {
		case dateCueInspection:
			return r.inspectionRole(sc, c, dm), dateClassBody, true
		case dateCueVisit:
			if r.inspectorsAbout(dm.sent) {
				return r.inspectionRole(sc, c, dm), dateClassBody, true
			}
		case dateCueInspectorVerb:
			if r.inspectorBefore(sc, c.First, s.First) {
				return r.inspectionRole(sc, c, dm), dateClassBody, true
			}
		case dateCuePublished:
			if role, class, ok := r.publishedRole(sc, c, dm, since, s.First); ok {
				return role, class, true
			}
		case dateCueOther:
			return OtherDate, dateClassNone, true
		case dateCueReport:
			return OtherDate, dateClassNone, true // "Inspection report 30/11/2023", "a report from HMICFRS on Tuesday"
		}
		k = c.First // past the whole phrase
	}
	return OtherDate, dateClassNone, false
}

// publishedRole returns the role publication cue c before a mention gives it; ok is
// false when the cue stands too far from the date to decide.
func (r *dateRoleReader) publishedRole(sc *dateSentenceCues, c *phrase.Match, dm *Mention, since bool, first int) (_ Role, class int, ok bool) {
	if since {
		return OtherDate, dateClassNone, true // "the reports published since Monday"
	}
	if r.previousInspectionBefore(sc, c.First, first) {
		// "Rating at last inspection: Good (report published 3 August 2020)": the
		// previous report's publication dates the previous inspection.
		return PreviousInspectionDate, dateClassBody, true
	}
	if dm.first-c.Last > datePublishedReach {
		return OtherDate, dateClassNone, false
	}
	if !r.aboutReport(sc, c) {
		return OtherDate, dateClassNone, true // "the council published its plan on 4 March"
	}
	if dm.prec == Day && !dm.isRange {
		return PublishedDate, dateClassDay, true
	}
	return PublishedDate, dateClassNone, true
}

// inspectionRole tells the inspection a text reports from an earlier one: "its last
// full inspection in 2022", "since the last inspection in 2012", "a PEEL inspection that
// year judged it inadequate" (the year of a previous grade).
//
// It marks dm graded when c is an inspection word (see gradedInspection): such an
// inspection, months before another, is the previous one.
func (r *dateRoleReader) inspectionRole(sc *dateSentenceCues, c *phrase.Match, dm *Mention) Role {
	s := r.doc.Sentences()[dm.sent]
	dm.graded = r.gradedInspection(sc, c, s.First)
	for k := c.First - 1; k >= s.First && k >= c.First-datePreviousReach; k-- {
		if w := r.doc.Word(k); w == "since" || r.datePreviousCue(sc, k) {
			return PreviousInspectionDate
		}
	}
	for k := c.Last; k < dm.first; k++ {
		if w := r.doc.Word(k); w == "since" || r.datePreviousCue(sc, k) {
			return PreviousInspectionDate
		}
	}
	if r.previousGradeOfYear(sc, dm.year) {
		return PreviousInspectionDate
	}
	return InspectionDate
}

// gradedInspection reports an inspection cue c, or an inspection word just before
// inspector verb c ("the inspection carried out in"), with no word of an ungraded
// visit just before it.
func (r *dateRoleReader) gradedInspection(sc *dateSentenceCues, c *phrase.Match, first int) bool {
	if c.Value == dateCueInspectorVerb {
		for i := range sc.cues {
			if o := &sc.cues[i]; o.Value == dateCueInspection && o.Last <= c.First && o.Last >= c.First-2 {
				c = o
				break
			}
		}
	}
	return c.Value == dateCueInspection && !r.ungradedBefore(c.First, first)
}

// ungradedBefore reports a word of an ungraded visit in the three tokens before k:
// "a monitoring inspection", "the focused inspection".
func (r *dateRoleReader) ungradedBefore(k, first int) bool {
	for j := k - 1; j >= first && j >= k-3; j-- {
		if isDateWord(secUngradedInspection, r.doc.WordID(j)) {
			return true
		}
	}
	return false
}

// datePreviousCue reports a word at k that makes an inspection an earlier one: "last",
// "previous"; but not the "last" of "last year inspectors visited".
func (r *dateRoleReader) datePreviousCue(sc *dateSentenceCues, k int) bool {
	if k+1 < len(r.doc.Tokens()) {
		switch w := r.doc.Word(k + 1); w {
		case "year", "month", "week", "spring", "summer", "autumn", "winter":
			return false
		default:
			if calendar.FullWeekday(w) || calendar.Month(w) > 0 {
				return false
			}
		}
	}
	for i := range sc.cues {
		if c := &sc.cues[i]; c.Value == dateCuePrevious && c.First <= k && k < c.Last {
			return true
		}
	}
	return false
}

// previousGradeOfYear reports a previous grade of year y in the sentence.
func (r *dateRoleReader) previousGradeOfYear(sc *dateSentenceCues, y int) bool {
	if y == 0 {
		return false
	}
	for _, g := range sc.grades {
		if g.previous && !g.category && g.year == y {
			return true
		}
	}
	return false
}

// aboutReport reports a publication cue that is about the report or the inspectorate's
// letter: a report word or an inspectorate within a few tokens of it.
func (r *dateRoleReader) aboutReport(sc *dateSentenceCues, c *phrase.Match) bool {
	for _, o := range sc.cues {
		if (o.Value == dateCueReport || o.Value == dateCueInspection || o.Value == dateCueVisit) && o.Last > c.First-12 && o.First < c.Last+4 {
			return true
		}
	}
	for _, t := range sc.inspectors {
		if t >= c.First-12 && t < c.First {
			return true
		}
	}
	return false
}

// inspectorBefore reports inspectors, an inspectorate or an inspection named in the
// sentence before token k: the subject of "spent two weeks in the borough", "took place".
func (r *dateRoleReader) inspectorBefore(sc *dateSentenceCues, k, first int) bool {
	for _, c := range sc.cues {
		if (c.Value == dateCueInspector || c.Value == dateCueInspection || c.Value == dateCueVisit) && c.Last <= k {
			return true
		}
	}
	for _, t := range sc.inspectors {
		if first <= t && t < k {
			return true
		}
	}
	return false
}

func dateGradeAt(sc *dateSentenceCues, k int) *dateGradeCue {
	for i := range sc.grades {
		if g := &sc.grades[i]; g.first <= k && k < g.last {
			return g
		}
	}
	return nil
}

func dateCueEndingAt(sc *dateSentenceCues, k int) *phrase.Match {
	for i := range sc.cues {
		if sc.cues[i].Last == k+1 {
			return &sc.cues[i]
		}
	}
	return nil
}

// dateAheadReach is how far after a day or month, in tokens, an inspection cue may
// stand when no cue stands before it.
const dateAheadReach = 14

// cueAfter reports a month or day written as a modifier of an inspection or visit
// cue that follows it at once, after a determiner: "a November inspection".
func (r *dateRoleReader) cueAfter(sc *dateSentenceCues, dm *Mention) bool {
	if dm.prec == Year || dm.first == 0 {
		return false
	}
	switch r.doc.Word(dm.first - 1) {
	case "a", "an", "the", "its", "their", "our", "his", "her", "this":
	default:
		return false
	}
	c := dateCueStartingAt(sc, dm.last)
	return c != nil && (c.Value == dateCueInspection || c.Value == dateCueVisit && r.inspectorsAbout(dm.sent))
}

// cueAhead returns the inspection cue that follows a day or month in its sentence
// when nothing else does first: another date, another event, a semicolon.
func (r *dateRoleReader) cueAhead(sc *dateSentenceCues, dm *Mention) *phrase.Match {
	if dm.prec == Year {
		return nil
	}
	s := r.doc.Sentences()[dm.sent]
	for k := dm.last; k < s.Last && k < dm.last+dateAheadReach; k++ {
		w := r.doc.Word(k)
		if w == ";" || len(w) == 4 && isDigits(w) || calendar.Month(w) > 0 {
			return nil
		}
		if c := dateCueStartingAt(sc, k); c != nil {
			switch c.Value {
			case dateCueInspection:
				return c
			case dateCueOther, dateCuePublished, dateCueReport:
				return nil
			}
		}
	}
	return nil
}

func dateCueStartingAt(sc *dateSentenceCues, k int) *phrase.Match {
	for i := range sc.cues {
		if sc.cues[i].First == k {
			return &sc.cues[i]
		}
	}
	return nil
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// previousInspectionBefore reports an earlier inspection named in the sentence before
// token k: an inspection cue with "last" or "previous" just before it.
func (r *dateRoleReader) previousInspectionBefore(sc *dateSentenceCues, k, first int) bool {
	for i := range sc.cues {
		c := &sc.cues[i]
		if c.Value != dateCueInspection || c.Last > k {
			continue
		}
		for j := c.First - 1; j >= first && j >= c.First-datePreviousReach; j-- {
			if r.datePreviousCue(sc, j) {
				return true
			}
		}
	}
	return false
}
