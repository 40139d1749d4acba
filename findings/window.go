package findings

import (
	"slices"
	"sort"
	"strings"

	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// The scan reads the words of a window of paragraphs at a time (about fWindowBytes of
// text, or one paragraph when it is longer) into tables it reuses, so that its memory
// is the window's, not the document's: at scale the per-word tables were the stage's
// largest. Every rule reads the words of one sentence, but for a few words past its
// ends: a look-behind of fLookBehind words (aimedImprovement's "efforts made to
// improve", inspectorateWe's "we") and a look-ahead of fLookAhead words
// (unmaskCapability's "good at catching", inspectorateWe's phrase). The window's table
// holds those words of the windows around it too, so that every read sees the words
// the document's whole list held there. What outlives a window (the items, the
// quotations' speakers, the sections, the names) is kept apart from the words.

const (
	fLookBehind = 4
	fLookAhead  = 2
)

// fWindowBytes is a window's size: a variable, so that a test can make each paragraph
// a window of its own.
var fWindowBytes = 1 << 16

// window reads the words of the window that starts at paragraph p0 and returns the
// paragraph after it. A window holds every sentence from the first not yet read; the
// last also those after the last paragraph.
func (c *findCtx) window(p0 int, ahead bool) int {
	paras := c.doc.Paragraphs()
	p1 := p0
	for p1 < len(paras) && (p1 == p0 || paras[p1].End-paras[p0].Start <= fWindowBytes) {
		p1++
	}
	s1 := len(c.doc.Sentences())
	if p1 < len(paras) {
		s1 = max(c.nextSent, paras[p1-1].Last)
	}
	c.readWindow(c.nextSent, s1, ahead)
	return p1
}

// resetWindows starts the windows again at the document's start.
func (c *findCtx) resetWindows() {
	c.nextSent, c.wEnd, c.ws, c.ready = 0, 0, c.ws[:0], 0
	c.sp.hyphen = -1
}

// readWindow reads the words of sentences [s0, s1) after the last fLookBehind words of
// the window before, and, when ahead, up to fLookAhead words of the sentences after.
func (c *findCtx) readWindow(s0, s1 int, ahead bool) {
	sp := &c.sp
	var kept [fLookBehind]fword
	var keptLong [fLookBehind]fLong
	var keptStarts [fLookBehind]uint16
	n := min(fLookBehind, c.wEnd)
	for k := range n {
		i := c.wEnd - n + k
		kept[k], keptStarts[k] = c.ws[i], c.starts[i]
		if kept[k].bits&fLongWord == fLongWord {
			keptLong[k] = c.long[kept[k].start]
		}
	}
	// Room for a word a token and one more a hyphen (a hyphenated token's parts), and
	// the look-ahead's, made once: a window may be one paragraph of megabytes.
	sents := c.doc.Sentences()
	toks := c.doc.Tokens()
	first, last := sents[s0].First, sents[s1-1].Last
	hyphens := 0
	if last > first {
		hyphens = strings.Count(c.doc.Text()[toks[first].Start:toks[last-1].End], "-")
	}
	words := n + last - first + hyphens + fLookAhead
	sp.ws, sp.starts = fRoom(&c.buf.ws, words), fRoom(&c.buf.starts, words)
	sp.long = c.longRoom(first, last, n+hyphens)
	for k := range n {
		sp.keep(kept[k], keptLong[k], keptStarts[k])
	}
	c.s0, c.w0, c.nextSent = s0, len(sp.ws), s1
	c.sentW = fReuse(&c.buf.sentW, s1-s0)
	c.sentFirst = fReuse(&c.buf.sentFirst, s1-s0)
	c.sentInsp = fReuse(&c.buf.sentInsp, s1-s0)
	for si := s0; si < s1; si++ {
		a := len(sp.ws)
		// Numbers from before init: firstPersonOther and noteInspectorNames read every
		// sentence.
		sp.firstPerson, sp.inspector = !sp.keys.ok, !sp.keys.ok
		sp.split(sents[si].First, sents[si].Last)
		c.sentW[si-s0], c.sentFirst[si-s0], c.sentInsp[si-s0] = [2]int{a, len(sp.ws)}, sp.firstPerson, sp.inspector
	}
	c.wEnd = len(sp.ws)
	if ahead {
		sp.lookAhead(s1)
	}
	c.ws, c.starts, c.long, c.text = sp.ws, sp.starts, sp.long, sp.text
	c.buf.ws, c.buf.starts, c.buf.long = sp.ws[:0], sp.starts[:0], sp.long[:0]
}

// longRoom returns the window's list of long words (fLong), emptied. A window longer
// than fWindowBytes (one long paragraph) has its room counted first, since a list of
// megabytes grown by append allocates about five times its size in all: a token with a
// capital or of fLongWord bytes or more, and extra, the parts of hyphenated tokens and
// the words kept from the window before.
func (c *findCtx) longRoom(first, last, extra int) []fLong {
	toks, doc := c.doc.Tokens(), c.doc
	if last == first || int(toks[last-1].End-toks[first].Start) <= fWindowBytes {
		return c.buf.long[:0]
	}
	n := extra + fLookAhead
	for ti := first; ti < last; ti++ {
		t := toks[ti]
		// The same test as push's: a word with a capital is not the text's bytes.
		if t.End-t.Start >= fLongWord || doc.Word(ti) != doc.Text()[t.Start:t.End] {
			n++
		}
	}
	return fRoom(&c.buf.long, n)
}

// fSkipped reports a punctuation mark the scan leaves out: quote marks and brackets.
func fSkipped(mark string) bool {
	switch mark {
	case "'", "\"", "[", "]", "\u2018", "\u2019", "\u201c", "\u201d":
		return true
	}
	return false
}

// keep appends w, a word of the window before, whose matcher bits are starts, and
// whose entry in the window before's long words is l when it has one.
func (s *fSplitter) keep(w fword, l fLong, starts uint16) {
	if w.bits&fLongWord == fLongWord {
		w.start = uint32(len(s.long))
		s.long = append(s.long, l)
	}
	s.ws = append(s.ws, w)
	s.starts = append(s.starts, starts)
}

// lookAhead appends the first fLookAhead words (or more, a hyphenated token's) of the
// sentences from s1 on, token by token. The next window reads them again: the
// hyphen search's state is put back as it was.
func (s *fSplitter) lookAhead(s1 int) {
	hyphen := s.hyphen
	end := len(s.ws) + fLookAhead
	sents := s.doc.Sentences()
	for si := s1; si < len(sents) && len(s.ws) < end; si++ {
		for ti := sents[si].First; ti < sents[si].Last && len(s.ws) < end; ti++ {
			s.split(ti, ti+1)
		}
	}
	s.hyphen = hyphen
}

// sentWords returns the words of sentence si of the window.
func (c *findCtx) sentWords(si int) (int, int) {
	r := c.sentW[si-c.s0]
	return r[0], r[1]
}

// markWindow sets the marks of the window's words: the grade mentions' (maskLabels),
// the quotations' (placeQuotes), and the capabilities given back
// (unmaskCapabilities).
func (c *findCtx) markWindow() {
	c.marks = fReuse(&c.buf.marks, len(c.ws))
	c.sentQuote = fReuse(&c.buf.sentQuote, len(c.sentW))
	if c.wEnd == c.w0 {
		return
	}
	c.maskLabels()
	c.placeQuotes()
	c.unmaskCapabilities(c.in.Found)
}

// sortLabels lists the ranges of every grade mention's grade and area, in the order
// of their starts, for maskLabels to walk alongside the windows.
func (c *findCtx) sortLabels(mentions []rating.Found) {
	// Room for them all, counted first: a text of megabytes has many, and a list grown
	// by append allocates about five times its size in all.
	n := len(mentions)
	for _, f := range mentions {
		if f.AreaRange.End > f.AreaRange.Start {
			n++
		}
	}
	ls := fRoom(&c.buf.labels, n)
	for _, f := range mentions {
		ls = append(ls, f.Range)
		if f.AreaRange.End > f.AreaRange.Start {
			ls = append(ls, f.AreaRange)
		}
	}
	slices.SortStableFunc(ls, func(a, b text.Range) int { return a.Start - b.Start })
	c.labels, c.buf.labels = ls, ls[:0]
	c.pending = c.buf.pending[:0]
}

// maskLabels masks the window's words of every grade mention's grade and area: they
// are labels, not findings. The judgement stage keeps a grade said twice once; every
// mention is a label. The labels that run on past the window's last word are kept
// for the next (pending).
func (c *findCtx) maskLabels() {
	end := c.rng(c.ws[c.wEnd-1]).End
	pending := c.pending
	// Room for a range per label read, counted first (a window of one long paragraph
	// reads many; the labels are sorted by start).
	n := len(pending) + sort.Search(len(c.labels)-c.labelK, func(k int) bool { return c.labels[c.labelK+k].Start >= end })
	c.maskedW = fRoom(&c.buf.maskedW, n)
	defer func() { c.buf.maskedW = c.maskedW[:0] }() // the call's scratch
	c.pending = c.buf.pending2[:0]
	for _, r := range pending {
		c.maskLabel(r, end)
	}
	c.buf.pending2 = pending[:0]
	for ; c.labelK < len(c.labels) && c.labels[c.labelK].Start < end; c.labelK++ {
		c.maskLabel(c.labels[c.labelK], end)
	}
}

// maskLabel masks the window's words that overlap r, and keeps r for the next window
// when it ends after end, the window's last word's.
func (c *findCtx) maskLabel(r text.Range, end int) {
	c.mask(r)
	if r.End > end {
		c.pending = append(c.pending, r)
	}
}

// mask masks the window's words that overlap r, the first found by a binary search
// (the words' ends rise): the mentions are few, and a walk over every word cost more
// than they do.
func (c *findCtx) mask(r text.Range) {
	i := c.w0 + sort.Search(c.wEnd-c.w0, func(i int) bool { return c.rng(c.ws[c.w0+i]).End > r.Start })
	a := i
	for ; i < c.wEnd && c.rng(c.ws[i]).Start < r.End; i++ {
		c.marks[i] |= fwMasked
	}
	if i > a {
		c.maskedW = append(c.maskedW, [2]int{a, i})
	}
}
