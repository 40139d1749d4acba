package text

import (
	"context"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/verdictnlp/verdict/internal/boiler"
	"github.com/verdictnlp/verdict/internal/norm"
)

// Document is one input prepared for analysis. Build it with [Parse]; it is read-only
// afterwards and safe for concurrent use.
type Document struct {
	src, text   string
	lowerOnce   sync.Once // Lower builds lower on its first call
	lower       string    // text with ASCII letters lower-cased: same offsets
	caps        capWords  // the capitalised words, lower-cased, for Word
	m           norm.Map
	paras       []Paragraph
	sents       []Sentence
	toks        []Token
	kinds       []TokenKind // toks[i]'s kind
	boilerplate []Span
	marks       []markAt // the quote marks' shapes, read from the input once
	ids         []WordID // each token's word in the vocabulary (vocab.go)
	vocabSize   int      // the vocabulary's size when ids were given
}

// Paragraph is a paragraph of the analysis text: a line of the input, or the joined
// lines of a hard-wrapped paragraph. Sentences[First:Last] are its sentences.
type Paragraph struct {
	Range
	First, Last int
}

// Sentence is a sentence of the analysis text, never crossing a paragraph.
// Tokens[First:Last] are its tokens.
type Sentence struct {
	Range
	Para        int
	First, Last int
}

// Parse prepares src for analysis. It accepts any string: invalid UTF-8, NUL bytes and
// empty input give a Document (the bad bytes are read as U+FFFD), never a panic. An
// input, or an analysis text, longer than [MaxTextSize] bytes gives a Document that
// holds src and nothing else (no text, paragraphs, sentences or tokens): ParseContext
// says why, with [ErrTooLong].
func Parse(src string) *Document {
	d, err := ParseContext(context.Background(), src)
	if err != nil {
		return &Document{src: src}
	}
	return d
}

// ParseContext is Parse that stops, returning ctx.Err(), when ctx is done: it looks
// every few thousand lines and paragraphs, so that a long input is given up promptly.
// An input or analysis text longer than [MaxTextSize] bytes gives an error that wraps
// [ErrTooLong], never a Document with offsets cut short.
func ParseContext(ctx context.Context, src string) (*Document, error) {
	if err := checkSize(len(src)); err != nil {
		return nil, err
	}
	pb := parseBufs.Get().(*parseBuf)
	released := false
	defer func() {
		if !released {
			pb.release()
		}
	}()
	lines := splitLines(src, pb.lines[:0])
	pb.lines = lines
	folded, err := pb.foldLines(ctx, src, lines)
	if err != nil {
		return nil, err
	}
	cls := boiler.ClassifyInto(pb.cls, folded)
	pb.cls = cls
	joins := wrapJoins(pb, lines, folded, cls)
	pb.dropFolded() // let the folded lines go before the analysis text is built

	d := &Document{src: src}
	if n := countClass(cls, boiler.Boilerplate); n > 0 {
		d.boilerplate = make([]Span, 0, n) // a span for each, in the loop or in join
	}
	b := norm.NewBuilderFor(src)
	for i := 0; i < len(lines); i++ {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		l := lines[i]
		whole := pb.same[i]    // the line as foldLines read it, which folds to itself
		if b.Pos() > l.start { // the start of a line reached by a join
			l.start, whole = b.Pos(), false
		}
		if cls[i] == boiler.Boilerplate {
			d.boilerplate = append(d.boilerplate, trimSpan(src, l.start, l.end))
			b.Drop(l.end - l.start)
		} else {
			var jn join
			if joins != nil {
				jn = joins[i]
			}
			end, err := copyLine(ctx, b, src, l, whole, jn)
			if err != nil {
				return nil, err
			}
			if jn.kind != noJoin {
				d.join(b, src, lines, cls, i, end, jn)
				i = jn.to - 1
				pb.same[jn.to] = false
				continue
			}
		}
		if err := copyBreak(ctx, b, src[l.end:l.next]); err != nil {
			return nil, err
		}
	}
	// The lines are done with: let their buffers go before the tokens are made.
	pb.release()
	released = true
	d.text, d.m = b.Finish(len(src))
	if err := checkSize(len(d.text)); err != nil {
		return nil, err // folding made it longer than the input
	}
	d.readMarks()
	if err := d.segment(ctx); err != nil {
		return nil, err
	}
	d.wordIDs()
	return d, nil
}

// copyLine writes line l's text to b, folded, and returns where it stopped: the line's
// end, or before its last hyphen when jn joins a hyphenated word to the next line.
// whole tells that foldLines found all of the line to fold to itself.
func copyLine(ctx context.Context, b *norm.Builder, src string, l srcLine, whole bool, jn join) (int, error) {
	end := l.end
	if jn.kind == hyphenJoin {
		end = strings.LastIndexByte(src[l.start:l.end], '-') + l.start
	}
	if whole && end == l.end {
		b.Copy(src[l.start:end]) // folded once already: nothing in it changes
		return end, nil
	}
	// The head foldLines found to fold to itself is copied as it is, not read again:
	// the fold of what follows starts where a change does.
	p := min(max(l.plain, l.start), end)
	b.Copy(src[l.start:p])
	return end, foldCopy(ctx, b, src[p:end])
}

// countClass returns the number of lines of class c.
func countClass(cls []boiler.Class, c boiler.Class) int {
	n := 0
	for _, k := range cls {
		if k == c {
			n++
		}
	}
	return n
}

// join joins line i, kept up to end, to line jn.to: it drops what lies between (the
// break, blank lines, page furniture, reported as boilerplate, and the next line's
// indent), leaving one space for a wrapped line and none for a hyphenated word, and
// moves line jn.to's start past its indent.
func (d *Document) join(b *norm.Builder, src string, lines []srcLine, cls []boiler.Class, i, end int, jn join) {
	for k := i + 1; k < jn.to; k++ {
		if cls[k] == boiler.Boilerplate {
			d.boilerplate = append(d.boilerplate, trimSpan(src, lines[k].start, lines[k].end))
		}
	}
	to := lines[jn.to].start
	for to < lines[jn.to].end {
		r, n := utf8.DecodeRuneInString(src[to:])
		if !unicode.IsSpace(r) {
			break
		}
		to += n
	}
	if jn.kind == hyphenJoin {
		b.Drop(to - end)
	} else {
		b.Replace(to-end, " ")
	}
	lines[jn.to].start = to
}

// parseBuf holds what ParseContext needs only while it works (the source lines, and
// the lines folded for the furniture classifier in one buffer), kept in a pool between
// calls: every input needs them again, and they were a fifth of a parse's bytes.
type parseBuf struct {
	lines  []srcLine
	folded []boiler.Line
	same   []bool // the line folds to itself
	fold   []byte
	// wrapJoins' scratch: the article lines' lengths, and the joins
	lens  []int
	joins []join
	cls   []boiler.Class // the lines' classes
}

var parseBufs = sync.Pool{New: func() any { return new(parseBuf) }}

// parseBufMaxLines and parseBufMaxBytes bound what the pool keeps: the buffers of a
// longer input are left to the collector, so that one long input does not stay pinned.
const (
	parseBufMaxLines = 1 << 14
	parseBufMaxBytes = 1 << 20
)

// reuse returns *s cut or grown to n zero values.
func reuse[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	} else {
		*s = (*s)[:n]
		clear(*s)
	}
	return *s
}

// foldChunk is the size of the buffers foldLines writes folded lines into: a line
// folds to at most three bytes a byte (a bad byte becomes U+FFFD), and one that needs
// more than a chunk's room left starts a new one.
const foldChunk = 64 << 10

// foldLines returns the lines folded for analysis (norm.String): a line that folds to
// itself is a slice of src, the others are written into one buffer.
func (pb *parseBuf) foldLines(ctx context.Context, src string, lines []srcLine) ([]boiler.Line, error) {
	if cap(pb.folded) < len(lines) {
		pb.folded = make([]boiler.Line, len(lines))
	}
	// pb.folded's length is what this parse fills, all dropFolded has to clear.
	folded := pb.folded[:len(lines)]
	pb.folded = folded
	same := reuse(&pb.same, len(lines))
	fold := pb.fold[:0]
	for i, l := range lines {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		t := src[l.start:l.end]
		k := norm.UnchangedFrom(t, l.plain-l.start) // splitLines read the plain head
		lines[i].plain = l.start + k                // for ParseContext's foldCopy
		same[i] = k == len(t)
		if !same[i] {
			t, fold = foldInto(fold, t, k, len(src))
		}
		folded[i] = boiler.Line{Text: t, PageBreak: l.pageBreak}
	}
	pb.fold = fold
	return folded, nil
}

// foldInto appends line t, whose first k bytes fold to themselves, folded to fold,
// starting a new chunk when fold lacks room for it (a line folds to at most three bytes
// a byte), and returns the folded line and the buffer. Only a line that changes costs
// room: one that folds to itself stays a slice of the source, however long.
func foldInto(fold []byte, t string, k, srcLen int) (string, []byte) {
	if need := k + 3*(len(t)-k) + 8; cap(fold)-len(fold) < need {
		// A new chunk rather than append's doubling, which would keep every
		// outgrown array alive under the lines written into it.
		fold = make([]byte, 0, max(need, min(srcLen+srcLen/4, foldChunk)))
	}
	start := len(fold)
	// A line written into fold never changes: fold only grows within a parse.
	fold = norm.AppendFrom(fold, t, k)
	if len(fold) == start {
		return "", fold
	}
	return unsafe.String(&fold[start], len(fold)-start), fold
}

// dropFolded clears the folded lines, so that neither pb nor the pool keeps text
// alive; the last buffer stays, empty, for the next parse.
// Buffers past the bounds go at once, not at the end of the parse.
//
// It clears only the lines this parse filled (pb.folded's length) and leaves pb.folded
// empty, so that release's call after ParseContext's clears nothing again: clearing
// strings costs a write barrier's work per line while the collector runs.
func (pb *parseBuf) dropFolded() {
	clear(pb.folded)
	pb.folded = pb.folded[:0]
	clear(pb.fold) // every byte written since the last drop: the rest is zero
	pb.fold = pb.fold[:0]
	if cap(pb.folded) > parseBufMaxLines || cap(pb.fold) > parseBufMaxBytes {
		pb.folded, pb.fold = nil, nil
	}
}

// release returns pb to the pool, unless its buffers grew past the bounds.
func (pb *parseBuf) release() {
	pb.dropFolded()
	if cap(pb.lines) > parseBufMaxLines {
		// pb stays referenced until the parse returns; its lines need not
		pb.lines, pb.same, pb.lens, pb.joins, pb.cls = nil, nil, nil, nil, nil
		return
	}
	parseBufs.Put(pb)
}

// checkEvery is how many lines or paragraphs ParseContext works through between looks
// at its context.
const checkEvery = 2048

// asciiLower lower-cases ASCII letters only, so that every offset still holds. A text
// without a capital is returned as it is, and one with is copied once.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s) // a copy the runtime does not zero first
	norm.LowerASCII(b[i:])
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// checkBytes is how many bytes of one line or paragraph are worked through between
// looks at the context: a single endless line is given up promptly too.
const checkBytes = 1 << 16

// copyBreak writes a line's break, the next source bytes brk, folded: most often one
// \n, which folds to itself and is copied without foldCopy's loop and calls.
func copyBreak(ctx context.Context, b *norm.Builder, brk string) error {
	if brk == "\n" {
		b.Copy(brk)
		return nil
	}
	return foldCopy(ctx, b, brk)
}

// foldCopy writes s, the next source bytes, folded for analysis. It stops, returning
// ctx.Err(), when ctx is done.
func foldCopy(ctx context.Context, b *norm.Builder, s string) error {
	for i, next := 0, checkBytes; i < len(s); {
		if i >= next {
			if err := ctx.Err(); err != nil {
				return err
			}
			next = i + checkBytes
		}
		j := norm.PlainRun(s, i) // eight plain bytes at a time
		if j > i {
			b.Copy(s[i:j])
			i = j
			continue
		}
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			b.Drop(1)
			i++
			continue
		}
		f, n, changed := norm.Fold(s[i:])
		if changed {
			b.Replace(n, f)
		} else {
			b.Copy(s[i : i+n])
		}
		i += n
	}
	return nil
}

// trimSpan returns [start, end) of src without leading and trailing white space.
func trimSpan(src string, start, end int) Span {
	for start < end {
		r, n := utf8.DecodeRuneInString(src[start:end])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(src[start:end])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		end -= n
	}
	return Span{start, end}
}

// Source returns the input exactly as given.
func (d *Document) Source() string { return d.src }

// Text returns the analysis text.
func (d *Document) Text() string { return d.text }

// Lower returns the analysis text with ASCII letters lower-cased; every offset of Text
// holds in it. It is costly: its first call copies the whole text, and the copy stays
// as long as d. Prefer [Document.Word], [Document.WordID] or [Document.LowerRange].
func (d *Document) Lower() string {
	d.lowerOnce.Do(func() { d.lower = asciiLower(d.text) })
	return d.lower
}

// LowerRange returns the analysis text r covers with ASCII letters lower-cased (what
// Lower()[r.Start:r.End] holds): the text's own bytes when r holds no capital, a copy
// otherwise.
func (d *Document) LowerRange(r Range) string { return asciiLower(d.text[r.Start:r.End]) }

// Word returns token i's text, lower-cased (ASCII letters only, as Lower): the text's
// own bytes for a word without a capital, and for one with, its bytes lower-cased
// among the few d keeps (lower.go). Word is small enough to be inlined: the rules
// call it for most words they pass.
func (d *Document) Word(i int) string {
	t := d.toks[i]
	r := d.caps.runs[uint(i)/64] // unsigned: a shift, not a signed division
	if r.upper>>(uint(i)%64)&1 != 0 {
		s := d.caps.start[r.rank+uint64(bits.OnesCount64(r.upper&(1<<(uint(i)%64)-1)))]
		return d.caps.text[s : s+t.End-t.Start]
	}
	return d.text[t.Start:t.End]
}

// WordIn returns Word(i) when token i lies in [lo, hi), and "" outside it, so that a rule
// reading a sentence or a window can look past its ends without checking them.
func (d *Document) WordIn(i, lo, hi int) string {
	if i < lo || i >= hi {
		return ""
	}
	return d.Word(i)
}

// TokenIn returns token i as the analysis text has it (case kept) when it lies in
// [lo, hi), and "" outside it.
func (d *Document) TokenIn(i, lo, hi int) string {
	if i < lo || i >= hi {
		return ""
	}
	return d.Slice(d.toks[i].Range())
}

// SentenceWords gives sentence s's length in tokens and two readers of its k-th token
// (k counted from the sentence's first): as the analysis text has it (orig) and
// lower-cased (word), each "" outside the sentence.
func (d *Document) SentenceWords(s Sentence) (n int, orig, word func(int) string) {
	n = s.Last - s.First
	orig = func(k int) string { return d.TokenIn(s.First+k, s.First, s.Last) }
	word = func(k int) string { return d.WordIn(s.First+k, s.First, s.Last) }
	return n, orig, word
}

// Slice returns the analysis text r covers.
func (d *Document) Slice(r Range) string { return d.text[r.Start:r.End] }

// Span returns the input bytes that the analysis range r stands for.
func (d *Document) Span(r Range) Span {
	s := Span{d.m.Start(r.Start), d.m.End(r.End)}
	if s.End < s.Start {
		s.End = s.Start
	}
	return s
}

// Original returns the input text that the analysis range r stands for.
func (d *Document) Original(r Range) string { return d.Span(r).Of(d.src) }

// Paragraphs returns the paragraphs in input order.
func (d *Document) Paragraphs() []Paragraph { return d.paras }

// Sentences returns the sentences in input order.
func (d *Document) Sentences() []Sentence { return d.sents }

// Tokens returns the tokens in input order.
func (d *Document) Tokens() []Token { return d.toks }

// Kind returns token i's kind.
func (d *Document) Kind(i int) TokenKind { return d.kinds[i] }

// Kinds returns the tokens' kinds: Kinds()[i] is token i's.
func (d *Document) Kinds() []TokenKind { return d.kinds }

// Boilerplate returns the input spans of the lines dropped as site furniture, in order.
func (d *Document) Boilerplate() []Span { return d.boilerplate }

// ParagraphAt returns the index of the paragraph holding analysis position p, or -1.
func (d *Document) ParagraphAt(p int) int {
	return indexAt(d.paras, p, func(x Paragraph) Range { return x.Range })
}

// SentenceAt returns the index of the sentence holding analysis position p, or -1.
func (d *Document) SentenceAt(p int) int {
	return indexAt(d.sents, p, func(x Sentence) Range { return x.Range })
}

// indexAt binary-searches ordered, non-overlapping ranges for the one holding p.
func indexAt[T any](xs []T, p int, rng func(T) Range) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		m := (lo + hi) / 2
		switch r := rng(xs[m]); {
		case r.End <= p:
			lo = m + 1
		case r.Start > p:
			hi = m
		default:
			return m
		}
	}
	return -1
}
