package findings

import (
	"context"
	"sort"
	"strings"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// Input is what the scan reads besides the document: what the other annotators and
// stages found in it.
type Input struct {
	Doc *text.Document
	// Found are the judgements kept; Mentions every grade mention, a grade said twice
	// included (their grades and areas are labels, never cue words).
	Found, Mentions []rating.Found
	// Quotes are the quote stage's quotes with their speakers, in input order; when
	// there are none, the scan gives the quotations its own speakers.
	Quotes []quote.Quote
	// Candidates are the quoted stretches the quote stage found; nil when it has not
	// run, and the scan then finds them itself.
	Candidates []quote.Candidate
	// People are the officials the entity and quote stages found, with their roles:
	// one whose role is an inspector's ("lead inspector", "chief inspector of
	// prisons") speaks for the inspectors wherever the text names them.
	People []entity.Official
	// Inspectorate tells that the text names the inspectorate whose inspection it
	// reports.
	Inspectorate bool
	// Ctx, when not nil, is the call's: a long scan gives up when it is done.
	Ctx context.Context
}

// Find finds what inspectors found, as positive or failure clauses (see Finding).
//
// One pass over the paragraphs and their sentences, in order (run):
//   - whose words a sentence holds (attribution, quoteSpeaker): the inspectors' or the
//     report's words and narration can hold findings; the direct or reported words of
//     anyone else (council leaders, heads, trusts, politicians, parents) and their
//     promises cannot. The quote stage's quotes are used when it has found any, and the
//     scan's own reading of the quotations otherwise;
//   - the section it is in: "What needs to improve", CQC's "We rated it as … because:",
//     "However:", "There were positives." give the polarity of items without a cue word
//     of their own, and frame what follows as the report's words;
//   - its clauses (clauses), split at contrast words, each scored on the failure and
//     strength word lists with negation, recommendation and direction-of-change rules
//     (polarity).
//
// The word lists are internal/lexicon/data/findings_*.txt, matched on snowball stems,
// and the speech verbs the quote stage reads (speech_verbs.txt), matched as words.
// A text that reports no inspection (no judgement, no inspection wording) has none.
// The findings are in input order; a cancelled Ctx gives those found so far. A text
// over 4 GiB (fMaxText, beyond the offsets a word record holds) has none: extract
// never passes one (see extract.LargestInputSize).
func Find(in Input) []Finding {
	if len(in.Doc.Text()) > fMaxText {
		return nil
	}
	c := newFindCtx(in)
	defer c.release()
	if !c.reportsInspection() {
		return nil
	}
	c.run()
	return c.report()
}

// report turns the items with a polarity into Findings, in one slice sized for them
// all, or nil when there are none.
func (c *findCtx) report() []Finding {
	n := 0
	for _, it := range c.items {
		if it.pol != 0 {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Finding, 0, n)
	for _, it := range c.items {
		if it.pol == 0 {
			continue
		}
		sp := c.doc.Span(text.Range{Start: int(it.start), End: int(it.end)})
		if sp.Len() == 0 {
			continue
		}
		p := Failure
		if it.pol > 0 {
			p = Positive
		}
		out = append(out, Finding{Polarity: p, Theme: fThemeName(it.theme), Text: sp.Of(c.doc.Source()), Span: sp})
	}
	if len(out) == 0 {
		return nil // every one empty in the source: none, as when there are no items
	}
	return out
}

// findCtx is the scan's view of one document, and of the window of its words read
// (window.go).
type findCtx struct {
	in         Input
	doc        *text.Document
	buf        *fBuf // the per-word slices' storage, from a pool
	sp         fSplitter
	ws         []fword  // the window's words, after the look-behind and before the look-ahead
	w0, wEnd   int      // the window's own words are ws[w0:wEnd]
	s0         int      // the window's first sentence: sentW and the others are indexed by si-s0
	nextSent   int      // the first sentence after the window
	text       string   // the Document's text, which word slices for a word without a capital
	long       []fLong  // the words of fLongWord bytes or more or with a capital, in order
	starts     []uint16 // by word of ws: fword.first, 0 for a punctuation mark (find's test)
	sentW      [][2]int // each sentence's words in ws
	sentFirst  []bool   // per sentence: it holds a word of fFirstPerson (readWindow)
	sentInsp   []bool   // per sentence: it holds the word "inspector" (readWindow)
	maskedW    [][2]int // the ranges of words maskLabels masked, in its order (unmaskCapabilities)
	marks      []uint8  // per word: fwMasked, fwSuppressed and fwInSpeech (one byte a word: at scale, a table per word counts)
	sentQuote  []int32  // per sentence: index+1 of the quotation of its last word in speech, 0 if none
	quotes     []fquote
	quoteParts []text.Range // the quotations' parts, each quotation's [a, b) of them
	qNext      int          // the next quotation to give a speaker

	labels  []text.Range // the grade mentions' ranges, by start (sortLabels)
	labelK  int          // the first label no window has read
	pending []text.Range // the labels read that run on into the next window
	parts   []fQuotePart // the quotations' parts (placeQuotes)
	apart   bool         // the parts follow one another without overlapping
	partK   int          // the first part the next window can hold words of
	ready   int          // 1 + the paragraph after the window read already from paragraph 0, or 0

	headings []uint64 // a bit per paragraph: it reads as a heading (fIsHeading)

	inspectorNames map[string]bool
	reportPage     bool
	lastKind       fSpeaker // the last attributed speaker ("it said", "they found")
	lastPerson     fSpeaker // the last attributed person ("she added")
	paraSpeaker    []fSpeaker

	background int // index+1 of the last sentence that was all plan or background

	items    []fItem
	itemsEnd int                                   // the items given their range and theme (endItems)
	attribMs []fmatch                              // attribution's matches, the slice reused from sentence to sentence
	themeMs  []fmatch                              // theme's matches, the slice reused from clause to clause
	arena    []fmatch                              // the matches lists of one sentence's clauses (matches)
	cls      [][2]int                              // clauses' list, reused from sentence to sentence
	trace    func(si int, frame fSpeaker, sec int) // for tests: each sentence read
}

// fItem is one candidate finding: a clause's words (as clauseWords trims them, in the
// window that read them), its polarity (0 when it has no cue word) and the section it
// lies in. Once its window is read, its range and theme are kept (endItems), since
// the words are not. It is 24 bytes: at scale, the items are many.
type fItem struct {
	a, b       int32  // in the window's words
	start, end uint32 // the range of words [a, b)
	sec        int32  // index into sections+1, 0 for none
	pol        int8
	theme      uint8 // index into fThemes+1, 0 for ThemeOther
}

// endItems keeps the range and the theme of the items the window's words gave. An
// item with no polarity whose section gives none (run) is never reported: it is
// given no theme.
func (c *findCtx) endItems(secs []fsection) {
	for k := c.itemsEnd; k < len(c.items); k++ {
		it := &c.items[k]
		it.end = uint32(c.rng(c.ws[it.b-1]).End)
		if it.pol != 0 || it.sec > 0 && (secs[it.sec-1].def != 0 || secs[it.sec-1].list) {
			it.theme = c.theme(int(it.a), int(it.b))
		}
	}
	c.itemsEnd = len(c.items)
}

func newFindCtx(in Input) *findCtx {
	doc := in.Doc
	// The context itself lives in the pooled scratch: it is large, and one per call.
	buf := fBufs.Get().(*fBuf)
	if buf.names == nil {
		buf.names = map[string]bool{}
	}
	c := &buf.ctx
	*c = findCtx{in: in, doc: doc, buf: buf, inspectorNames: buf.names}
	c.sp = fSplitter{doc: doc, keys: newFKeyReader(doc, &buf.short), text: doc.Text(), hyphen: -1}
	c.notePeople(in.People)
	c.items, c.attribMs, c.themeMs, c.arena, c.cls = c.buf.items[:0], c.buf.attribMs[:0], c.buf.themeMs[:0], c.buf.arena[:0], c.buf.cls[:0]
	c.sortLabels(in.Mentions)
	c.quotes, c.quoteParts = fScanQuotes(doc, in.Candidates, buf)
	c.listParts()
	c.paraSpeaker = fReuse(&c.buf.paraSpeaker, len(doc.Paragraphs()))
	return c
}

// unmaskCapabilities gives back the grade word of a capability said again in the
// inspector's quoted words (the force "is good at catching burglars", after the
// grades): listed as a cue with "at" and followed by a verb, the grade says what the body
// does well, a finding besides the judgement. Outside speech (a lede: "X is outstanding
// at preventing crime, the inspectorate has found") the grade is the judgement's
// statement and stays a label; so does the grade of a judgement kept (found), and a
// grade set off in quotation marks ("is ‘good’ at operating"): a gap wider than a space.
//
// Only the masked words are read: maskLabels listed them (maskedW), and they are few.
// A word listed twice is read twice; the second time it is masked no longer or
// unmasked again, so the marks are the same.
func (c *findCtx) unmaskCapabilities(found []rating.Found) {
	for _, r := range c.maskedW {
		for i := r[0]; i < r[1] && i+2 < len(c.ws); i++ {
			c.unmaskCapability(found, i)
		}
	}
}

// unmaskCapability unmasks word i when it is the grade word of a capability in
// speech (unmaskCapabilities).
func (c *findCtx) unmaskCapability(found []rating.Found, i int) {
	if !c.masked(i) || c.word(c.ws[i+1]) != "at" || c.rng(c.ws[i+1]).Start-c.rng(c.ws[i]).End != 1 || !strings.HasSuffix(c.word(c.ws[i+2]), "ing") {
		return
	}
	if !c.inSpeech(i) || fFoundAt(found, c.rng(c.ws[i])) {
		return // the judgement's own grade
	}
	if e := fCueLex.at(c.ws, i, i+2); e != nil && fCapabilityCue(e) {
		c.marks[i] &^= fwMasked
	}
}

// fCapabilityCue reports a cue of a grade word and "at" ("good at"): it counts only in
// quoted speech (see unmaskCapabilities), not in a lede narrating the grade nor in
// the writer's own words ("we want officers good at listening").
func fCapabilityCue(e *fEntry) bool {
	return len(e.stems) == 2 && e.stems[1] == "at"
}

// fFoundAt reports whether r lies in the grade of a judgement kept (few: a plain scan).
func fFoundAt(found []rating.Found, r text.Range) bool {
	for _, f := range found {
		if f.Range.Start < r.End && r.Start < f.Range.End {
			return true
		}
	}
	return false
}

// listParts lists the quotations' parts, in order, for placeQuotes to walk alongside
// the windows.
func (c *findCtx) listParts() {
	parts := fRoom(&c.buf.parts, len(c.quoteParts)) // a part each, made once
	c.apart = true
	for qi, q := range c.quotes {
		for _, r := range c.quoteParts[q.a:q.b] {
			if n := len(parts); n > 0 && r.Start < int(parts[n-1].end) {
				c.apart = false
			}
			parts = append(parts, fQuotePart{uint32(r.Start), uint32(r.End), int32(qi)})
		}
	}
	c.parts, c.buf.parts = parts, parts[:0]
}

// placeQuotes marks the window's words that lie in a quotation of five words or more
// (shorter quoted stretches are scare quotes, grades or names, read as the sentence's
// own words), and gives each sentence the quotation of its last word so marked.
func (c *findCtx) placeQuotes() {
	if !c.apart {
		c.placeQuotesWalk(c.parts)
		return
	}
	// Apart, the words of each part are found by a binary search: the words outside
	// every quotation, most of a text, are not visited. A part that ends by the
	// window's last word has no words in the next.
	end := c.rng(c.ws[c.wEnd-1]).End
	si := 0
	for k := c.partK; k < len(c.parts) && int(c.parts[k].start) < end; k++ {
		p := c.parts[k]
		if c.quotes[p.q].words < 5 {
			continue
		}
		i := c.w0 + sort.Search(c.wEnd-c.w0, func(i int) bool { return c.rng(c.ws[c.w0+i]).End > int(p.start) })
		for ; i < c.wEnd && c.rng(c.ws[i]).Start < int(p.end); i++ {
			c.placeWord(i, p, &si)
		}
	}
	for c.partK < len(c.parts) && int(c.parts[c.partK].end) <= end {
		c.partK++
	}
}

// placeWord marks word i when it lies in part p, and gives its sentence, found from
// the sentence *si of the word before, p's quotation.
func (c *findCtx) placeWord(i int, p fQuotePart, si *int) {
	w := c.ws[i]
	if int(p.start) > c.rng(w).Start || c.rng(w).End > int(p.end) {
		return
	}
	c.marks[i] |= fwInSpeech
	if w.punct() {
		return
	}
	for c.sentW[*si][1] <= i {
		*si++
	}
	c.sentQuote[*si] = int32(p.q + 1)
}

// placeQuotesWalk is placeQuotes for parts that overlap: every word is compared with
// the first part that ends after its start (partK, carried from window to window).
func (c *findCtx) placeQuotesWalk(parts []fQuotePart) {
	k := c.partK
	defer func() { c.partK = k }()
	for si, r := range c.sentW { // the sentences' words, in order, are all the words
		for i := r[0]; i < r[1]; i++ {
			w := c.ws[i]
			for k < len(parts) && int(parts[k].end) <= c.rng(w).Start {
				k++
			}
			if k >= len(parts) {
				return // no word after the last part lies in one
			}
			if int(parts[k].start) > c.rng(w).Start || c.rng(w).End > int(parts[k].end) || c.quotes[parts[k].q].words < 5 {
				continue
			}
			c.marks[i] |= fwInSpeech
			if !w.punct() {
				c.sentQuote[si] = int32(parts[k].q + 1)
			}
		}
	}
}

// The marks of a word.
const (
	fwMasked     = 1 << iota // a judgement's grade or area: never a cue word
	fwSuppressed             // in a promise or response: never a cue word
	fwInSpeech               // in a quotation of five words or more
)

// masked reports a word of a judgement's grade or area.
func (c *findCtx) masked(i int) bool { return c.marks[i]&fwMasked != 0 }

// suppressed reports a word of a promise or response.
func (c *findCtx) suppressed(i int) bool { return c.marks[i]&fwSuppressed != 0 }

// fQuotePart is a part of quotation q: placeQuotes' list, kept in the pooled scratch.
type fQuotePart struct {
	start, end uint32
	q          int32
}

// reportsInspection tells whether the text reports an inspection: a judgement, or a
// phrase such as "inspectors found", or a report page's section headings. It tells
// whether the text is a report page (reportPage), which the scan needs from its
// first paragraph on: its headings, short, are read ahead of the scan
// (headingsReportPage).
func (c *findCtx) reportsInspection() bool {
	c.reportPage = c.headingsReportPage()
	c.resetWindows()
	if len(c.in.Found) > 0 || c.reportPage || c.in.Inspectorate {
		return true
	}
	var ms []fmatch
	for p0 := 0; c.nextSent < len(c.doc.Sentences()); {
		p1 := c.window(p0, true)
		for _, r := range c.sentW {
			if ms = fEventLex.find(c.ws, c.starts, r[0], r[1], ms[:0]); len(ms) > 0 {
				if p0 == 0 {
					c.ready = p1 + 1 // run reads this window first: it need not read it again
				} else {
					c.resetWindows()
				}
				return true
			}
		}
		p0 = p1
	}
	return false
}

// headingsReportPage reports a heading paragraph that opens a section (paragraphCue),
// as a report page has. The headings are read as windows of their own.
func (c *findCtx) headingsReportPage() bool {
	paras := c.doc.Paragraphs()
	heads := c.buf.heads[:0]
	defer func() { c.buf.heads = heads[:0] }()
	c.headings = fReuse(&c.buf.headings, (len(paras)+63)/64)
	for pi, p := range paras {
		if fIsHeading(c.doc, p) {
			c.headings[pi/64] |= 1 << (pi % 64)
			if c.mayOpenSection(p) {
				heads = append(heads, int32(pi))
			}
		}
	}
	if len(heads) == 0 {
		return false
	}
	for _, pi := range heads {
		p := paras[pi]
		c.wEnd = 0
		c.readWindow(p.First, p.Last, false)
		if cue, _ := c.paragraphCue(int(pi)); cue != 0 && cue != fsEnd && cue != fsFlip {
			return true
		}
	}
	return false
}

// mayOpenSection reports whether heading paragraph p may open a section: the first
// word of one of its sentences starts a section cue (fSectionLex) that its second word
// may go on with, or may (a hyphenated word, which the split cuts). Most headings' do
// not, and their words are not read: a heading's first word is often one a cue starts
// with ("The", "What"), its second seldom.
func (c *findCtx) mayOpenSection(p text.Paragraph) bool {
	sents := c.doc.Sentences()
	for si := p.First; si < p.Last; si++ {
		// The first word: marks, and none, are passed over as paragraphCue does.
		ti, last := sents[si].First, sents[si].Last
		for ti < last && c.doc.Kind(ti) == text.Punct {
			ti++
		}
		if ti == last {
			continue
		}
		first, ok := c.tokenKeys(ti)
		if !ok {
			return true
		}
		if (fStarts[first.Stem]|fStarts[first.Exact])&fSectionLex.bit == 0 {
			continue // the sentence's first word starts no cue
		}
		// The second word, after the quote marks and brackets the scan leaves out.
		for ti++; ti < last && c.doc.Kind(ti) == text.Punct && fSkipped(c.doc.Word(ti)); ti++ {
		}
		var next phrase.Word
		if ti < last {
			if next, ok = c.tokenKeys(ti); !ok {
				return true
			}
		}
		if fSectionLex.mayStart(first, next, ti < last) {
			return true
		}
	}
	return false
}

// tokenKeys returns the keys of the word or mark of token ti as the scan's split gives
// them, or false for a word the split would cut (a hyphen).
func (c *findCtx) tokenKeys(ti int) (phrase.Word, bool) {
	low, id := c.doc.Word(ti), c.doc.WordID(ti)
	switch {
	case c.doc.Kind(ti) == text.Punct:
		return c.sp.keys.punctKeys(low, id), true
	case strings.IndexByte(low, '-') >= 0:
		return phrase.Word{}, false
	}
	return c.sp.keys.word(low, id), true
}

// heading reports whether paragraph pi reads as a heading (fIsHeading), as
// headingsReportPage found.
func (c *findCtx) heading(pi int) bool { return c.headings[pi/64]&(1<<(pi%64)) != 0 }

// paragraphCue returns the section cue that a sentence of paragraph p opens with, and
// that sentence's index in the paragraph: a cue that is all of a heading or of a lead-in
// ("Inspectors found:", "We rated it as inadequate because:"), or a short sentence
// ("There were positives.").
func (c *findCtx) paragraphCue(pi int) (uint8, int) {
	p := c.doc.Paragraphs()[pi]
	heading, known := false, false // read on a cue's match only: it counts the words
	for si := p.First; si < p.Last; si++ {
		a, b := c.sentWords(si)
		for a < b && c.ws[a].punct() {
			a++
		}
		if a >= b {
			continue
		}
		e := fSectionLex.at(c.ws, a, b)
		if e == nil {
			continue
		}
		if !known {
			heading, known = c.heading(pi), true
		}
		rest := c.words(a+len(e.stems), b)
		leadIn := strings.HasSuffix(strings.TrimSpace(c.doc.Slice(c.doc.Sentences()[si].Range)), ":")
		ok := false
		switch e.tag {
		case fsEnd:
			// A long cue ("Ofsted has a duty to inspect …") closes from any sentence.
			ok = rest == 0 && (heading || leadIn) || len(e.stems) >= 4
		case fsFlip:
			ok = rest == 0 && (heading || leadIn)
		case fsMixed:
			ok = rest <= 1 && leadIn || heading && rest <= 3
		default:
			ok = heading || leadIn || rest <= 2
		}
		if ok {
			return e.tag, si - p.First
		}
	}
	return 0, 0
}

// fIsHeading reports a paragraph that reads as a heading: short, and not ended like a
// sentence (or ended with a question mark).
func fIsHeading(doc *text.Document, p text.Paragraph) bool {
	if p.Len() > 240 || p.Len() == 0 {
		return false // sixteen words never run this long; and long paragraphs are cheap to refuse
	}
	// A mark that ends a sentence or a lead-in is no space: when it is the last byte,
	// it is the trimmed text's too, and most paragraphs are refused without the trim.
	switch doc.Text()[p.End-1] {
	case '.', '!', ':', ',', ';':
		return false
	}
	s := strings.TrimSpace(doc.Slice(p.Range))
	if s == "" {
		return false
	}
	// The last byte first: it refuses most paragraphs without counting their words.
	switch s[len(s)-1] {
	case '.', '!', ':', ',', ';':
		return false
	case '"', '\'':
		if len(s) <= 1 || strings.ContainsRune(".!", rune(s[len(s)-2])) {
			return false
		}
	}
	// Seventeen words take 33 bytes at least (one each, and a space between): a
	// shorter paragraph need not be counted.
	return len(s) < 33 || countWords(s, 16) <= 16
}

// fIsBullet reports a paragraph that is a list item.
func fIsBullet(doc *text.Document, p text.Paragraph) bool {
	s := doc.Slice(p.Range)
	if strings.HasPrefix(s, "•") || strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "·") || strings.HasPrefix(s, "▪") {
		return true
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')')
}

// countWords counts the runs of non-space bytes in s, without allocating, up to
// limit+1: a heading is refused at the first word past its limit.
func countWords(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t'
		if !sp && !in {
			if n++; n > limit {
				return n
			}
		}
		in = !sp
	}
	return n
}
