package rating

import (
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/internal/scratch"
	"github.com/verdictnlp/verdict/text"
)

// upperChanges reports whether strings.ToUpper(s) != s, without making the copy: s
// holds a rune unicode.ToUpper changes, or a byte that is no UTF-8 (ToUpper writes
// U+FFFD for it).
func upperChanges(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, w := utf8.DecodeRuneInString(s[i:]); w == 1 {
				return true
			}
		}
		if unicode.ToUpper(r) != r {
			return true
		}
	}
	return false
}

// InspectorateMention is a place a document names an inspectorate.
type InspectorateMention struct {
	Inspectorate Inspectorate
	Range        text.Range
}

// Inspectorates returns every mention of an inspectorate in doc, in order.
func Inspectorates(doc *text.Document) []InspectorateMention {
	buf := inspBufs.Get().(*[]InspectorateMention)
	out := (*buf)[:0]
	toks := doc.Tokens()
	sb := sentenceBufs.Get().(*sentenceScratch) // its grade list serves as the matches' scratch
	ms := sb.grades[:0]
	for _, s := range doc.Sentences() {
		ms = inspectorateMatcher.FindIn(doc, s.First, s.Last, ms[:0])
		for _, m := range ms {
			first, last := toks[s.First+m.First], toks[s.First+m.Last-1]
			r := text.Range{Start: int(first.Start), End: int(last.End)}
			// Short aliases ("CIW", "HMIC", "ISI") count only as written, in capitals.
			orig := doc.Slice(r)
			if len(orig) <= 7 && !strings.Contains(orig, " ") && upperChanges(orig) && orig != "Ofsted" && orig != "Oftsed" && orig != "Ofstead" && orig != "Estyn" {
				continue
			}
			out = append(out, InspectorateMention{Inspectorate(m.Value), r})
		}
	}
	if cap(ms) <= maxPooledFound {
		sb.grades = ms[:0]
		sentenceBufs.Put(sb)
	}
	return scratch.Keep(&inspBufs, buf, out, maxPooledFound)
}

// inspBufs holds Inspectorates' output scratch, as foundBufs holds FindAsOf's: the
// list grows there and the call keeps one copy of the right size.
var inspBufs = sync.Pool{New: func() any { return new([]InspectorateMention) }}

// Found is a judgement found in a document, before the resolver names its subject.
type Found struct {
	Judgement
	Inspectorate Inspectorate
	Range        text.Range // the grade phrase in the analysis text
	AreaRange    text.Range // where the text names the area; empty when it does not
	Sentence     int

	repeat   bool // a current grade said to repeat the previous one
	yearSaid int  // the year said beside a current grade that is not said to be now's
	nowSaid  bool // a current grade said to be now's ("has now been rated good")
}

// Find returns the judgements doc gives, in order. insp lists the document's
// inspectorate mentions (from [Inspectorates]); main is the inspectorate to assume
// where no mention comes before a grade. Spans and Text are left for the caller.
func Find(doc *text.Document, insp []InspectorateMention, main Inspectorate) []Found {
	return FindAsOf(doc, insp, main, 0)
}

// FindAsOf is Find for a text written in year (0 when unknown): a grade given with an
// earlier year is a previous one even when the text names no later year.
func FindAsOf(doc *text.Document, insp []InspectorateMention, main Inspectorate, year int) []Found {
	buf := foundBufs.Get().(*[]Found)
	sb := sentenceBufs.Get().(*sentenceScratch)
	// The finder lives in the pooled scratch: its methods keep pointers to it, so one
	// made here moved to the heap, an allocation per call.
	f := &sb.f
	*f = finder{doc: doc, insp: insp, main: main, docYear: max(latestYear(doc), year)}
	f.out = (*buf)[:0]
	f.grades, f.areas, f.cands, f.flags, f.words = sb.grades[:0], sb.areas[:0], sb.cands[:0], sb.flags[:0], sb.words[:0]
	f.ix = &sb.ix
	for si := range doc.Sentences() {
		f.sentence(si)
	}
	f.numberedRows()
	found := f.joined()
	f.putSentenceScratch(sb) // (f is sb's: read no more of it)
	out := repeatedPrevious(summaryOverall(impliedOverall(pastByYear(found))))
	// The implied judgements go at their places: lists are in input order.
	slices.SortStableFunc(out, func(a, b Found) int { return a.Range.Start - b.Range.Start })
	return scratch.Keep(&foundBufs, buf, out, maxPooledFound)
}

// foundBufs holds the finders' output scratch: a Found is large, and growing each
// call's list by doubling allocated several times what it keeps, so the list grows in
// reused scratch and the call keeps one copy of the right size. A scratch grown past
// maxPooledFound (a very long text) is the call's result itself.
var foundBufs = sync.Pool{New: func() any { return new([]Found) }}

const maxPooledFound = 1024

// sentenceBufs holds the finders' per-sentence scratch, the grade and area matches
// and the candidates: each call grew its own from nothing before.
var sentenceBufs = sync.Pool{New: func() any { return new(sentenceScratch) }}

type sentenceScratch struct {
	f             finder // FindAsOf's, cleared before the scratch goes back
	grades, areas []phrase.Match
	cands         []cand
	flags         []bool
	words         []string
	ix            sentenceIndex
}

// putSentenceScratch gives the finder's per-sentence scratch back for another call,
// its candidates cleared (they hold area lists), unless a very long sentence grew it.
func (f *finder) putSentenceScratch(sb *sentenceScratch) {
	if max(cap(f.grades), cap(f.areas), cap(f.cands), cap(f.flags)/3, cap(f.words)/3, cap(f.ix.grades.starts)/64, cap(f.ix.areas.starts)/64) > maxPooledFound {
		return
	}
	clear(f.cands[:cap(f.cands)])
	clear(f.words[:cap(f.words)]) // they are the document's text
	grades, areas, cands, flags, words := f.grades[:0], f.areas[:0], f.cands[:0], f.flags[:0], f.words[:0]
	*f = finder{} // f may be sb.f: keep no document or output alive in the pool
	sb.grades, sb.areas, sb.cands, sb.flags, sb.words = grades, areas, cands, flags, words
	sentenceBufs.Put(sb)
}

type finder struct {
	doc     *text.Document
	insp    []InspectorateMention
	main    Inspectorate
	docYear int
	out     []Found   // the output; for a long text, its last chunk (see add)
	done    [][]Found // a long text's full chunks of output, in order

	grades, areas []phrase.Match
	cands         []cand         // the sentence's candidates, the slice reused from sentence to sentence
	flags         []bool         // emit's marks of the candidates, reused likewise
	words         []string       // the words of the sentence being scanned, reused likewise
	ids           []text.WordID  // the word numbers of the sentence being read; see id
	ix            *sentenceIndex // grades and areas by the tokens they start and end at
}

// id returns the word number of token i of the sentence being read, counted as its
// word reader counts, or text.NoWord outside it (where the reader gives ""): the grade
// windows test it against word sets instead of hashing the word into a map.
func (f *finder) id(i int) text.WordID {
	if uint(i) >= uint(len(f.ids)) {
		return text.NoWord
	}
	return f.ids[i]
}

// matchIndex numbers, at each token of the sentence being read, the match that
// starts there and the one that ends just before it (k+1; 0 for none): the grade
// windows ask phrase.StartingAt and EndingAt of most words they pass, a binary search
// each. The matchers' matches do not overlap, so a token starts one match at most and
// ends one at most, and the index gives what the searches gave.
type matchIndex struct{ starts, ends []int32 }

// sentenceIndex is the sentence's grades' and areas' matchIndex, and the marks of the
// areas its grades have claimed (sentenceScan.claimed), kept in the pooled
// sentenceScratch with the matches.
type sentenceIndex struct {
	grades, areas matchIndex
	claimed       []bool
	// after and before hold the lists listAfter and listBefore return: a list is read
	// (into the candidate's areas) before the next is asked for.
	after, before []int
}

// build indexes ms, the matches of a sentence of n tokens.
func (x *matchIndex) build(ms []phrase.Match, n int) {
	x.starts, x.ends = slices.Grow(x.starts[:0], n+1)[:n+1], slices.Grow(x.ends[:0], n+1)[:n+1]
	clear(x.starts)
	clear(x.ends)
	for k, m := range ms {
		x.starts[m.First], x.ends[m.Last] = int32(k+1), int32(k+1)
	}
}

// starting is phrase.StartingAt of the indexed matches: the match starting at token i,
// or -1.
func (x *matchIndex) starting(i int) int {
	if uint(i) >= uint(len(x.starts)) {
		return -1
	}
	return int(x.starts[i]) - 1
}

// ending is phrase.EndingAt of the indexed matches: the match ending just before
// token i, or -1.
func (x *matchIndex) ending(i int) int {
	if uint(i) >= uint(len(x.ends)) {
		return -1
	}
	return int(x.ends[i]) - 1
}

func (f *finder) gradeStarting(i int) int { return f.ix.grades.starting(i) }
func (f *finder) gradeEnding(i int) int   { return f.ix.grades.ending(i) }
func (f *finder) areaStarting(i int) int  { return f.ix.areas.starting(i) }
func (f *finder) areaEnding(i int) int    { return f.ix.areas.ending(i) }

// inspectorateAt returns the inspectorate a grade at p is given by: the mention
// nearest p in its sentence (before it first), else the latest before p, else main.
func (f *finder) inspectorateAt(p int) Inspectorate {
	sent := text.Range{}
	if si := f.doc.SentenceAt(p); si >= 0 {
		sent = f.doc.Sentences()[si].Range
	}
	k := firstAfter(f.insp, p)
	best, inSent := f.main, NoInspectorate
	if k > 0 {
		best = f.insp[k-1].Inspectorate
	}
	for i := k - 1; i >= 0 && f.insp[i].Range.Start >= sent.Start; i-- {
		if sent.Contains(f.insp[i].Range) {
			inSent = f.insp[i].Inspectorate
			break
		}
	}
	if inSent == NoInspectorate && k < len(f.insp) && sent.Contains(f.insp[k].Range) {
		inSent = f.insp[k].Inspectorate
	}
	if inSent != NoInspectorate {
		return inSent
	}
	if next := f.headingInspectorate(p); next != NoInspectorate {
		return next
	}
	return best
}

// headingInspectorate returns the inspectorate named in the sentence after a heading
// that holds position p and names none: a heading introduces the section below it, not
// the one above ("Wexcombe care service judged 'good'" over "The CQC has rated …").
func (f *finder) headingInspectorate(p int) Inspectorate {
	si := f.doc.SentenceAt(p)
	if si < 0 || si+1 >= len(f.doc.Sentences()) {
		return NoInspectorate
	}
	sents := f.doc.Sentences()
	s := sents[si]
	para := f.doc.Paragraphs()[s.Para]
	if para.Last-para.First != 1 || s.Last-s.First > 12 {
		return NoInspectorate
	}
	next := sents[si+1].Range
	if k := firstAfter(f.insp, next.Start-1); k < len(f.insp) && next.Contains(f.insp[k].Range) {
		return f.insp[k].Inspectorate
	}
	return NoInspectorate
}

type cand struct {
	m        phrase.Match
	grade    Grade
	insp     Inspectorate
	time     Time
	year     int
	areas    []areaRef
	explicit bool // the time was said outright ("now", "from … to")
	repeat   bool // a current grade said to repeat the previous one ("again", "retained")
	yearSaid int  // the year said beside a current grade, 0 if none
}

func (c cand) end() int { return c.m.Last }

// areaRef is an area a grade is for, with where the text names it (none for the
// overall judgement a grade gets by default).
type areaRef struct {
	name  string
	at    text.Range
	named bool
}

// sentence finds the judgements of sentence si: the grades it accepts, then the areas
// each is for, then the judgements, as the named steps of a sentenceScan.
func (f *finder) sentence(si int) {
	doc := f.doc
	s := doc.Sentences()[si]
	n := s.Last - s.First
	if n == 0 {
		return
	}
	sc := &sentenceScan{f: f, si: si, s: s, n: n}
	word := &sc.w
	f.ids = doc.WordIDs(s.First, s.Last)
	f.grades = gradeMatcher.FindIn(doc, s.First, s.Last, f.grades[:0])
	if len(f.grades) == 0 {
		return
	}
	// The rules read the words of a graded sentence again and again: each is read
	// from the Document once.
	*word = sentenceWords(doc, s, f.words[:0])
	f.words = word.ws
	f.ix.grades.build(f.grades, n)
	if aside := asideStart(f.grades, f.ids); statistics(f.ids[:aside], word) {
		return
	}
	f.areas = f.dropModifiers(areaMatcher.FindIn(doc, s.First, s.Last, f.areas[:0]), n, word)
	f.ix.areas.build(f.areas, n)
	para := doc.Paragraphs()[s.Para]
	sc.tableRow = para.Last-para.First == 1 && n <= 24
	// A list item that opens with a grade, under a lead-in ending in a colon: "We found
	// that outcomes were: • poor for safety".
	sc.listItem = sc.tableRow && word.at(0) == "\u2022" && f.underColon(s.Para)
	// The area named by a short heading just before a row that is only a grade.
	sc.heading = phrase.Match{Value: -1}
	if sc.tableRow && len(f.grades) == 1 && f.grades[0].First == 0 && isTrailing(word, f.grades[0].Last, n) && s.Para > 0 {
		sc.heading, sc.headingAt = f.headingArea(s.Para - 1)
	}
	f.ix.claimed = slices.Grow(f.ix.claimed[:0], len(f.areas))[:len(f.areas)]
	clear(f.ix.claimed)
	sc.claimed = f.ix.claimed
	sc.cands = f.cands[:0] // no sentence reads another's candidates: one list serves them all
	sc.candidates()
	f.cands = sc.cands
	if len(sc.cands) == 0 || scaleList(f.grades, word) {
		return
	}
	sc.joinPrevious()
	sc.listedAreasOf()
	sc.tableColumns()
	sc.comparedAreas()
	sc.sameGrade()
	sc.fallbackAreas()
	sc.comparedAreas() // a compared grade takes the area the fallback found
	sc.emit()
}

// dropModifiers removes the area mentions that modify a noun after them ("safeguarding
// issues", "safeguarding and child protection failings"), in place.
func (f *finder) dropModifiers(areas []phrase.Match, n int, word *words) []phrase.Match {
	out := areas[:0]
	for _, a := range areas {
		if !f.modifier(a, n, word) {
			out = append(out, a)
		}
	}
	return out
}

// modifier reports an area mention followed by a modified noun, right after it or after
// "and" and at most two more words.
func (f *finder) modifier(a phrase.Match, n int, word *words) bool {
	i := a.Last
	if modifiedNounIDs.Has(f.id(i)) {
		return true
	}
	if f.id(i) != andID {
		return false
	}
	for j := i + 1; j < n && j <= i+3; j++ {
		if modifiedNounIDs.Has(f.id(j)) {
			return true
		}
		if isPunct(word.at(j)) {
			return false
		}
	}
	return false
}

// sentenceScan is one sentence's reading: its grade candidates and which area
// mentions they have claimed.
type sentenceScan struct {
	f                  *finder
	si                 int
	s                  text.Sentence
	n                  int
	tableRow, listItem bool
	heading            phrase.Match // the area of a short heading over a grade-only row
	headingAt          text.Range
	cands              []cand
	claimed            []bool // per area mention of the sentence
	w                  words  // the sentence's words, which the rules read most
}

// words reads a sentence's tokens lower-cased (Document.Word), or "" outside it. The
// rules take it as a pointer to this type rather than a function value, so that the
// call, made for most words they pass, is inlined.
type words struct {
	ws []string // the sentence's words, read from the Document once
}

// sentenceWords returns the words of sentence s of doc, read into buf.
func sentenceWords(doc *text.Document, s text.Sentence, buf []string) words {
	for i := s.First; i < s.Last; i++ {
		buf = append(buf, doc.Word(i))
	}
	return words{ws: buf}
}

// at returns token i of the sentence lower-cased, or "" outside it.
func (w *words) at(i int) string {
	if uint(i) >= uint(len(w.ws)) {
		return ""
	}
	return w.ws[i]
}

// word returns the sentence's token i lower-cased (Document.Word), or "" outside it.
func (sc *sentenceScan) word(i int) string { return sc.w.at(i) }

func (sc *sentenceScan) tok(i int) text.Token { return sc.f.doc.Tokens()[sc.s.First+i] }

func (sc *sentenceScan) rangeOf(m phrase.Match) text.Range {
	return text.Range{Start: int(sc.tok(m.First).Start), End: int(sc.tok(m.Last - 1).End)}
}

// candidates keeps the grades of the sentence that are judgements of some body, with
// their time and year.
func (sc *sentenceScan) candidates() {
	f, si, n, word, cands := sc.f, sc.si, sc.n, &sc.w, sc.cands
	for gi, g := range f.grades {
		r := text.Range{Start: int(sc.tok(g.First).Start), End: int(sc.tok(g.Last - 1).End)}
		gw := gradeWords[g.Value]
		orig := f.doc.Slice(r)
		if !f.acceptGrade(gw, orig, g, n, word, sc.tableRow) && !coordinated(cands, g, word, f.areas) && !(sc.listItem && g.First <= 1) {
			continue
		}
		if f.negated(g, n, word) {
			continue
		}
		insp := f.inspectorateAt(r.Start) // asked only of a grade kept so far: most are not
		grade, ok := gradeFor(insp, gw)
		if !ok {
			continue
		}
		c := cand{m: g, grade: grade, insp: insp}
		var said int
		c.time, c.year, c.explicit, said = f.timeOf(gi, g, n, word)
		c.repeat = c.time == Current && f.repeated(g, n, word)
		if c.time == Current && !c.explicit {
			c.yearSaid = said
		}
		if y, ok := f.continuesPrevious(si, word); ok && c.time == Current && !c.explicit && c.yearSaid == 0 && !c.repeat && grade.Scale() != Category {
			// A category is a state that lasts ("moved into Engage …, and will remain there").
			c.time, c.year = Previous, y
		}
		cands = append(cands, c)
	}
	sc.cands = cands
}

// joinPrevious makes a grade joined to a previous one by "and" or a comma, in the same
// clause, as old: "when safety was judged not sufficiently good and purposeful activity
// was poor".
func (sc *sentenceScan) joinPrevious() {
	f, word, cands := sc.f, &sc.w, sc.cands
	for ci := 1; ci < len(cands); ci++ {
		p, c := cands[ci-1], &cands[ci]
		if p.time != Previous || c.time == Previous || c.explicit {
			continue
		}
		joined, and := true, false
		for i := p.m.Last; i < c.m.First; i++ {
			w := word.at(i)
			and = and || w == "and" || w == ","
			if !(w == "and" || w == "," || filler[w] || linking[w] || phrase.Covering(f.areas, i)) || w == "to" || w == "now" {
				joined = false
			}
		}
		joined = joined && and
		if joined {
			c.time, c.year = Previous, p.year
		}
	}
}

// listAfter returns the area mentions listed right after a grade that ends at from.
func (sc *sentenceScan) listAfter(from int, quoted bool) []int {
	f, n, word, claimed := sc.f, sc.n, &sc.w, sc.claimed
	got := f.ix.after[:0]
	defer func() { f.ix.after = got[:0] }()
	i := from
	connected := false
	if quoted && isQuote(word.at(i)) && f.areaStarting(i+1) >= 0 {
		i++ // "'inadequate' care leaver support": the grade qualifies the area
		connected = true
	}
	unknown := 0
	for i < n {
		if k := f.areaStarting(i); k >= 0 {
			if len(got) == 0 && ratingWordsOnly(from, i, word) && areaCands[f.areas[k].Value][0].name == Overall {
				connected = true // "rated good overall and in three of the four areas"
			}
			if claimed[k] || !connected || sc.ownGrade(k) {
				break
			}
			got = append(got, k)
			i = f.areas[k].Last
			unknown = 0
			continue
		}
		w := word.at(i)
		switch {
		case w == "which" && includes(word.at(i+1)):
			connected = true // "grades of good, which included fostering …"
			i++
		case w == "except" || w == "apart":
			i = n // "for all points except safe": the areas after are not this grade's
			continue
		case w == "which" || w == "who" || w == "that":
			i = n // a relative clause: the list is over
			continue
		case w == "-" && len(got) == 0:
			// "'exceptional' – the top of the scale – for attendance and behaviour"
			if j := parenEnd(i, n, word); j > i && !phrase.Within(f.areas, i, j) {
				i = j + 1
				continue
			}
		case afterConnectorIDs.Has(f.id(i)):
			connected = true
		case w == "to" && (word.at(i-1) == "regard" || word.at(i-1) == "relation"):
			connected = true // "good with regard to whether patients felt safe"
		case afterSkipIDs.Has(f.id(i)) || numberWord(w):
		case connected && unknown < 6 && !(f.gradeStarting(i) >= 0) && !clauseStop(w):
			// "weak for how well it supports people's wellbeing": a few words may
			// stand between the connector and the area's name.
			unknown++
		default:
			i = n
			continue
		}
		i++
	}
	return got
}

// ownGrade reports an area mention followed by its own rating verb and grade: in
// "outstanding in four of the five areas, with just 'safety' rated as 'good'", safety
// is good's area, not outstanding's.
func (sc *sentenceScan) ownGrade(k int) bool {
	verb := false
	for i := sc.f.areas[k].Last; i < sc.n && i < sc.f.areas[k].Last+5; i++ {
		w := sc.word(i)
		switch {
		case sc.f.gradeStarting(i) >= 0:
			return verb
		case ratingCues[w] || w == "was" || w == "were" || w == "is" || w == "are":
			verb = true
		case isQuote(w) || filler[w] || linking[w]:
		default:
			return false
		}
	}
	return false
}

// listBefore returns the area mentions listed just before to, back to floor.
func (sc *sentenceScan) listBefore(to, floor int) []int {
	f, word, claimed := sc.f, &sc.w, sc.claimed
	got := f.ix.before[:0]
	defer func() { f.ix.before = got[:0] }()
	i := to - 1
	budget := 0 // unknown words allowed before the next list item, after "and" or a comma
	for i >= floor {
		if k := f.areaEnding(i + 1); k >= 0 && f.areas[k].First >= floor {
			if claimed[k] {
				break
			}
			got = append(got, k) // found last first: reversed on return
			i = f.areas[k].First - 1
			budget = 3 // "and the school's early years provision"
			continue
		}
		w := word.at(i)
		switch {
		case w == "which" && word.at(i-1) == "," && len(got) == 0 && f.areaEnding(i-1) >= 0:
			i -= 2 // "except well-led, which was rated good"
			continue
		case w == "-" || w == ",":
			// Skip a parenthesis: "organisational delivery – which covers … – as",
			// "its case supervision, the quality of work with cases, as".
			if j := parenStart(i, floor, word); j >= 0 {
				i = j - 1
				continue
			}
			if len(got) > 0 {
				budget = 3
			}
		case w == "and" || w == "of":
			if len(got) > 0 {
				budget = 3
			}
		case listSkipIDs.Has(f.id(i)) || w == ";" || w == "for" || gradeNumber(w):
		case budget > 0:
			budget--
		default:
			i = floor - 1
			continue
		}
		i--
	}
	slices.Reverse(got)
	return got
}

// listedAreasOf gives each grade the areas listed with it: a list right after it ("inadequate in four categories: A; B; and C", "good for safe
// and caring"), otherwise the list just before it ("safe and well-led were rated
// inadequate").
func (sc *sentenceScan) listedAreasOf() {
	f, si, n, word, cands := sc.f, sc.si, sc.n, &sc.w, sc.cands
	for ci := range cands {
		c := &cands[ci]
		after := sc.listAfter(c.m.Last, isQuote(word.at(c.m.First-1)) && isQuote(word.at(c.m.Last)))
		floor := 0
		if ci > 0 {
			floor = cands[ci-1].m.Last
		}
		if ci+1 < len(cands) {
			for len(after) > 0 && f.areas[after[len(after)-1]].First > cands[ci+1].m.First {
				after = after[:len(after)-1]
			}
		}
		before := sc.listBefore(c.m.First, floor)
		if len(before) == 0 {
			// "rated safety at HMP Stanmoor as poor", "help and protection for children
			// who need it requires improvement": the areas before a place or a qualifier.
			for i := c.m.First - 1; i >= floor && c.m.First-i <= 7 && !clauseStop(word.at(i)); i-- {
				if w := word.at(i); w == "at" || w == "in" || w == "for" {
					if before = sc.listBefore(i, floor); len(before) > 0 {
						break
					}
				}
			}
		}
		if len(before) > 0 {
			after = sc.notOverall(after) // a service "judged good overall": the word is the service's
		}
		if len(before) > 0 && len(after) > 0 {
			// Both: keep the areas before only when nothing but linking words stand
			// between them and the grade ("safety and respect, and remained poor in
			// purposeful activity": the areas before belong to another verb).
			for i := f.areas[before[len(before)-1]].Last; i < c.m.First; i++ {
				if id := f.id(i); !linkingIDs.Has(id) && !fillerIDs.Has(id) {
					before = nil
					break
				}
			}
		}
		// The areas before, then those after, without joining the two lists in a new one.
		sc.claimListed(c, before)
		sc.claimListed(c, after)
		if len(before)+len(after) == 0 && ci == len(cands)-1 {
			c.areas = f.listBelow(si, c.insp) // "… in these areas:" over a list
		}
		if at, to, ex, ok := f.allExcept(c.m.Last, n, word); ok {
			c.areas = append(c.areas, allBut(c.insp, ex, f.areas, text.Range{Start: int(sc.tok(at).Start), End: int(sc.tok(to - 1).End)})...)
		}
	}
}

// claimListed gives c the areas of the mentions ks its inspectorate grades, claiming them.
func (sc *sentenceScan) claimListed(c *cand, ks []int) {
	for _, k := range ks {
		if name, ok := areaFor(sc.f.areas[k].Value, c.insp); ok {
			sc.claimed[k] = true
			c.areas = append(c.areas, areaRef{name, sc.rangeOf(sc.f.areas[k]), true})
		}
	}
}

// notOverall drops the mentions of the overall judgement from a list of area mentions,
// claiming them: such an "overall" is the grade's own word, no other grade's area.
func (sc *sentenceScan) notOverall(ks []int) []int {
	out := ks[:0:0]
	for _, k := range ks {
		if areaCands[sc.f.areas[k].Value][0].name == Overall {
			sc.claimed[k] = true
			continue
		}
		out = append(out, k)
	}
	return out
}

// tableColumns reads a row of a table with a column per inspection: each grade is of its
// column's year, and both are for the row's area.
func (sc *sentenceScan) tableColumns() {
	f, cands := sc.f, sc.cands
	// A row of a table with a column per inspection ("Safety  Not sufficiently good
	// Poor" under "Healthy prison test  2021  2024"): each grade is of its column's
	// year, and all are for the row's area.
	if sc.tableRow && len(cands) == 2 {
		if y1, y2 := f.columnYears(sc.s.Para); y1 > 0 && y1 != y2 {
			cands[1].areas = cands[0].areas
			for k, y := range []int{y1, y2} {
				if y < f.docYear {
					cands[k].time, cands[k].year, cands[k].explicit = Previous, y, true
				} else {
					cands[k].time, cands[k].year, cands[k].explicit = Current, 0, true
				}
			}
		}
	}
}

// comparedAreas gives a grade compared with another ("up from poor", "moved from good to
// requires improvement") the areas of the grade it is compared with.
func (sc *sentenceScan) comparedAreas() {
	cands := sc.cands
	// A grade compared with another ("up from poor", "moved from good to requires
	// improvement") is for the same areas as the grade it is compared with.
	for ci := 0; ci+1 < len(cands); ci++ {
		a, b := &cands[ci], &cands[ci+1]
		upFrom := sc.fromAt(b.m.First)
		if a.time == b.time || !(a.explicit || b.explicit) || b.m.First-a.m.Last > 4 && !upFrom {
			continue
		}
		if len(a.areas) == 0 {
			a.areas = b.areas
		} else if len(b.areas) == 0 {
			b.areas = a.areas
		}
	}
}

// sameGrade gives a grade the areas said to share it further on: "care was rated weak,
// with staffing and the environment also put at that level", "… and
// leadership was judged the same".
func (sc *sentenceScan) sameGrade() {
	word := &sc.w
	for p := 1; p+1 < sc.n; p++ {
		w, next := word.at(p), word.at(p+1)
		if !(w == "the" && next == "same" || (w == "this" || w == "that") && (next == "level" || next == "grade")) {
			continue
		}
		ci := len(sc.cands) - 1
		for ci >= 0 && sc.cands[ci].m.Last > p {
			ci--
		}
		if ci < 0 || !sc.cueNear(p) {
			continue
		}
		c := &sc.cands[ci]
		for _, k := range sc.listBefore(p, c.m.Last) {
			if name, ok := areaFor(sc.f.areas[k].Value, c.insp); ok {
				sc.claimed[k] = true
				c.areas = append(c.areas, areaRef{name, sc.rangeOf(sc.f.areas[k]), true})
			}
		}
	}
}

// cueNear reports a rating cue within four words before token p.
func (sc *sentenceScan) cueNear(p int) bool {
	for i := p - 1; i >= 0 && i >= p-4; i-- {
		if ratingCues[sc.word(i)] {
			return true
		}
	}
	return false
}

// fromAt reports "from" right before the grade at token at, over quotes and an article,
// after "up", "down" or a comma: "up from poor", "improved to 'good', from a
// 'requires improvement' rating".
func (sc *sentenceScan) fromAt(at int) bool {
	i := at - 1
	for i > 0 && (isQuote(sc.word(i)) || sc.word(i) == "a" || sc.word(i) == "an") {
		i--
	}
	w := sc.word(i - 1)
	return sc.word(i) == "from" && (w == "up" || w == "down" || w == ",")
}

// fallbackAreas finds the area of a grade no list gave one: every area listed before,
// a heading, the area the sentence before names, or the area opening its clause.
func (sc *sentenceScan) fallbackAreas() {
	f, si, word, cands, claimed := sc.f, sc.si, &sc.w, sc.cands, sc.claimed
	for ci := range cands {
		c := &cands[ci]
		if len(c.areas) > 0 || c.grade.Scale() == Category {
			continue
		}
		// "good in all aspects" after a sentence that lists the areas judged.
		if forAllAreas(c.m.Last, word) {
			if refs := f.listedAreas(si, c.insp); len(refs) > 0 {
				if hasOverall(c.grade.Scale()) {
					c.areas = append(c.areas, areaRef{name: Overall})
				}
				c.areas = append(c.areas, refs...)
				continue
			}
		}
		if sc.heading.Value >= 0 {
			if name, ok := areaFor(sc.heading.Value, c.insp); ok {
				c.areas = []areaRef{{name, sc.headingAt, true}}
				continue
			}
		}
		// "Our rating of safe went down. We rated it as inadequate": "it", or "that
		// area", is the area the sentence before names.
		if word.at(c.m.First-1) == "it" || word.at(c.m.First-2) == "it" && linking[word.at(c.m.First-1)] || thatArea(c.m.First, word) {
			if m, at := f.previousSentenceArea(si); m.Value >= 0 {
				if name, ok := areaFor(m.Value, c.insp); ok {
					c.areas = []areaRef{{name, at, true}}
					continue
				}
			}
		}
		// An area put first, for the sentence's grade: "In use of resources, the CQC
		// judged it inadequate".
		if k := sc.frontedArea(); k >= 0 && ci == 0 && f.areas[k].Last <= c.m.First {
			if name, ok := areaFor(f.areas[k].Value, c.insp); ok {
				claimed[k] = true
				c.areas = append(c.areas, areaRef{name, sc.rangeOf(f.areas[k]), true})
				continue
			}
		}
		// "The rating for whether its wards are safe has improved to good": the area
		// a rating noun is for, earlier in the clause.
		if k := sc.ratedArea(c.m.First); k >= 0 {
			if name, ok := areaFor(f.areas[k].Value, c.insp); ok {
				claimed[k] = true
				c.areas = append(c.areas, areaRef{name, sc.rangeOf(f.areas[k]), true})
				continue
			}
		}
		// The area that opens the grade's clause: "Apprenticeships, which account for
		// …, were judged inadequate"; "while resettlement – … – was found to be good".
		i := clauseStart(c.m.First, word, f.grades)
		for i < c.m.First && (word.at(i) == "the" || word.at(i) == "its" || word.at(i) == "while" || word.at(i) == "whilst" || word.at(i) == "," || isQuote(word.at(i))) {
			i++
			if word.at(i) == "quality" && word.at(i+1) == "of" {
				i += 2 // "the quality of its resettlement work … was rated"
			}
		}
		if k := f.areaStarting(i); k >= 0 && !claimed[k] && f.areas[k].Last <= c.m.First {
			if name, ok := areaFor(f.areas[k].Value, c.insp); ok {
				claimed[k] = true
				c.areas = append(c.areas, areaRef{name, sc.rangeOf(f.areas[k]), true})
			}
		}
	}
}

// ratedArea returns the first unclaimed area mention after a rating noun and "for",
// "of" or "on", within a few words, in the clause before token at; -1 if none.
func (sc *sentenceScan) ratedArea(at int) int {
	for i := clauseStart(at, &sc.w, sc.f.grades); i+1 < at; i++ {
		if !nounsAfterIDs.Has(sc.f.id(i)) {
			continue // read by number: the word after only after a rating noun
		}
		if w := sc.word(i + 1); w != "for" && w != "of" && w != "on" {
			continue
		}
		first := -1
		for j := i + 2; j < at && j <= i+10; j++ {
			k := sc.f.areaStarting(j)
			if k < 0 || sc.claimed[k] || sc.f.areas[k].Last > at {
				continue
			}
			if w := sc.word(j - 1); w == "are" || w == "is" || w == "was" || w == "were" || w == "be" {
				return k // "for whether its services are effective": the predicate
			}
			if first < 0 {
				first = k
			}
		}
		if first >= 0 {
			return first
		}
	}
	return -1
}

// frontedArea returns the unclaimed area mention a sentence (or a bullet) opens with
// after "for" or "in" ("For wellbeing, …", "In its use of resources …"), or the
// overall judgement set off by a comma ("Overall, the trust was rated …"); else -1.
func (sc *sentenceScan) frontedArea() int {
	i := 0
	if sc.word(i) == "\u2022" {
		i++
	}
	if k := sc.f.areaStarting(i); k >= 0 && !sc.claimed[k] && sc.word(sc.f.areas[k].Last) == "," &&
		areaCands[sc.f.areas[k].Value][0].name == Overall {
		return k
	}
	if w := sc.word(i); w != "for" && w != "in" {
		return -1
	}
	i++
	if w := sc.word(i); w == "the" || w == "its" || w == "their" {
		i++
	}
	k := sc.f.areaStarting(i)
	if k < 0 || sc.claimed[k] {
		return -1
	}
	return k
}

// emit adds the judgements of the kept candidates to the finder's output.
func (sc *sentenceScan) emit() {
	f, si, n, word, cands := sc.f, sc.si, sc.n, &sc.w, sc.cands
	m := len(cands)
	flags := slices.Grow(f.flags[:0], 3*m)[:3*m] // the three lists of marks, in the finder's scratch
	clear(flags)
	f.flags = flags
	legend := scaleLegend(cands, word, flags[:m:m])
	alt, former := alternativeGrades(cands, word, flags[m:2*m:2*m]), formerGrades(cands, word, flags[2*m:])
	for ci, c := range cands {
		if legend[ci] || alt[ci] || former[ci] || gradeKey(c, word) {
			continue
		}
		r := text.Range{Start: int(sc.tok(c.m.First).Start), End: int(sc.tok(c.m.Last - 1).End)}
		areas := c.areas
		if len(areas) == 0 {
			switch {
			case c.grade.Scale() == Category:
				areas = []areaRef{{name: "category"}}
			case !hasOverall(c.grade.Scale()) || mentionsAreas(n, word) || gradedActivity(c.m.Last, word) || countedGrade(c.m.First, word):
				// A scale with no overall grade, "two areas 'require improvement'", or
				// "'poor' at handling complaints": a grade for areas the text does not
				// name is no judgement we can give.
				continue
			default:
				areas = []areaRef{{name: Overall}}
			}
		}
		for _, a := range areas {
			if c.grade.Scale() == Category {
				a = areaRef{name: "category"}
			}
			if (c.grade.word == "met" || c.grade.word == "not met") && a.name != "safeguarding" {
				continue
			}
			if c.grade.Scale() == OfstedReportCard {
				a.name = reportCardArea(a.name)
			} else if c.grade.Scale() == Ofsted {
				a.name = eifArea(a.name)
			}
			j := Judgement{Area: a.name, Grade: c.grade, Scale: c.grade.Scale(), Time: c.time}
			if c.time == Previous && c.year > 0 {
				y := c.year
				j.Year = &y
			}
			fd := Found{Judgement: j, Inspectorate: c.insp, Range: r, Sentence: si, repeat: c.repeat,
				yearSaid: c.yearSaid, nowSaid: c.time == Current && c.explicit}
			if a.named {
				fd.AreaRange = a.at
			}
			f.add(fd)
		}
	}
}

// add appends fd to the output. A long text's output grows a chunk at a time: append
// grows a long slice by a quarter, so a list grown to n judgements had allocated and
// copied about 5n of them, the larger part of the cost per byte of a text dense with
// grades (4 MB of them: 300 MB allocated for a 62 MB list). Chunks are joined once.
func (f *finder) add(fd Found) {
	if len(f.out) == cap(f.out) && len(f.out) >= foundChunk {
		f.done = append(f.done, f.out)
		f.out = make([]Found, 0, foundChunk)
	}
	f.out = append(f.out, fd)
}

// foundChunk is the length of a chunk of a long text's output: 216 KB of judgements.
const foundChunk = 1024

// joined returns the output as one list: the output itself, or, for a long text, its
// chunks copied once into a list of exactly their length.
func (f *finder) joined() []Found {
	if len(f.done) == 0 {
		return f.out
	}
	n := len(f.out)
	for _, c := range f.done {
		n += len(c)
	}
	all := make([]Found, 0, n)
	for _, c := range f.done {
		all = append(all, c...)
	}
	return append(all, f.out...)
}

// foundBackward yields the output's judgements from the last back.
func (f *finder) foundBackward() iter.Seq[*Found] {
	return func(yield func(*Found) bool) {
		for k := len(f.out) - 1; k >= 0; k-- {
			if !yield(&f.out[k]) {
				return
			}
		}
		for c := len(f.done) - 1; c >= 0; c-- {
			for k := len(f.done[c]) - 1; k >= 0; k-- {
				if !yield(&f.done[c][k]) {
					return
				}
			}
		}
	}
}

// GradeFor returns grade g as inspectorate i gives it: the same words on i's scale,
// or false when i has no such grade ("poor" is no Ofsted grade).
func GradeFor(i Inspectorate, g Grade) (Grade, bool) { return gradeFor(i, g.word) }

// gradeFor returns the grade word gw on the scale inspectorate i uses for it.
func gradeFor(i Inspectorate, gw string) (Grade, bool) {
	for _, s := range scalesOf(i) {
		if g, ok := Lookup(s, gw); ok {
			return g, true
		}
	}
	return Grade{}, false
}

// ScaleOf returns the scale inspectorate i grades on (Ofsted's when i is none).
func ScaleOf(i Inspectorate) Scale { return scalesOf(i)[0] }

// scalesOf returns the scales inspectorate i uses, its own first. The lists are shared:
// read them, never change them (a list made per call was an allocation per grade).
func scalesOf(i Inspectorate) []Scale {
	switch i {
	case OfstedBody, NoInspectorate:
		return ofstedScales
	case CQCBody:
		return cqcScales
	case HMICFRSBody:
		return peelScales
	case HMIPrisonsBody:
		return prisonsScales
	case HMIProbationBody:
		return probationScales
	case CareInspectorateBody:
		return careInspectorateScales
	case EducationScotlandBody:
		return educationScotlandScales
	case CIWBody:
		return ciwScales
	case EstynBody:
		return estynScales
	case ISIBody:
		return isiScales
	}
	return otherScales
}

var (
	ofstedScales            = []Scale{Ofsted, OfstedReportCard, Category}
	cqcScales               = []Scale{CQC, Category}
	peelScales              = []Scale{PEEL, Category}
	prisonsScales           = []Scale{HMIPrisons}
	probationScales         = []Scale{HMIProbation}
	careInspectorateScales  = []Scale{CareInspectorate}
	educationScotlandScales = []Scale{EducationScotland}
	ciwScales               = []Scale{CIW}
	estynScales             = []Scale{Estyn, Category}
	isiScales               = []Scale{ISI}
	otherScales             = []Scale{Ofsted}
)

// gradedActivity reports a grade followed by what it grades as an activity, "at" and
// a verb's -ing form ("'weak' at answering the phone"): the grade of a part the text
// does not name as an area, not the overall grade. A quotation mark may close the grade.
func gradedActivity(last int, word *words) bool {
	i := last
	if isQuote(word.at(i)) {
		i++
	}
	if word.at(i) != "at" {
		return false
	}
	w := word.at(i + 1)
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// continuesPrevious reports a sentence that goes on about the earlier inspection the
// sentence before it graded: it opens with "it" or "they", and every grade of the
// sentence before is previous, one with its year, which it returns ("The home was
// first inspected in 2019 and rated inadequate. It received a good rating for
// caring.").
func (f *finder) continuesPrevious(si int, word *words) (int, bool) {
	if w := word.at(0); (w != "it" && w != "they") || si == 0 {
		return 0, false
	}
	year, any := 0, false
	for o := range f.foundBackward() {
		if o.Sentence < si-1 {
			break
		}
		if o.Sentence != si-1 {
			continue
		}
		if o.Time != Previous {
			return 0, false
		}
		any = true
		if o.Year != nil {
			year = *o.Year
		}
	}
	return year, any && year > 0
}
