package text

import (
	"context"
	"math/bits"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/norm"
)

var abbreviations = lexicon.Set("abbreviations", false)

// abbrevLens has, for each byte, bit n set when an abbreviation of n bytes starts with
// it (none is longer than seven): most words before a full stop ("said", "school")
// are told by it to be none, without hashing them for the map.
var abbrevLens = func() (t [256]uint8) {
	for w := range abbreviations {
		if w == "" || len(w) > 7 {
			panic("text: an abbreviation of " + strconv.Itoa(len(w)) + " bytes")
		}
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// isAbbreviation reports whether w is in the abbreviations lexicon.
func isAbbreviation(w string) bool {
	return w != "" && len(w) <= 7 && abbrevLens[w[0]]&(1<<len(w)) != 0 && abbreviations[w]
}

// MaxSentenceTokens is the most tokens a Sentence holds; a longer run of words without
// a sentence end is cut into Sentences of this many tokens.
const MaxSentenceTokens = 256

// segment fills paragraphs, sentences and tokens from the analysis text. It makes them
// in pooled working room and gives the Document copies of exactly their lengths (a
// Document lives as long as its caller keeps it), or the working room itself when the
// slice fills at least 7/8 of it (see handOver).
func (d *Document) segment(ctx context.Context) error {
	sb := segBufs.Get().(*segBuf)
	defer sb.release()
	sb.reserve(d.text)
	d.toks, d.kinds, d.sents, d.paras = sb.toks, sb.kinds, sb.sents, sb.paras
	err := d.split(ctx, sb)
	sb.toks, sb.kinds, sb.sents, sb.paras = d.toks[:0], d.kinds[:0], d.sents[:0], d.paras[:0] // grown, maybe
	if err != nil {
		d.toks, d.kinds, d.sents, d.paras = nil, nil, nil, nil
		return err
	}
	d.toks, sb.toks = handOver(d.toks, sb.toks, segBufMaxTokens)
	d.kinds, sb.kinds = handOver(d.kinds, sb.kinds, segBufMaxTokens)
	d.sents, sb.sents = handOver(d.sents, sb.sents, segBufMaxTokens)
	d.paras, sb.paras = handOver(d.paras, sb.paras, segBufMaxTokens)
	return nil
}

// handOver returns the slice s to keep, made in the working room, and the room left
// to the pool. Room longer than max, which the pool would not keep, that s fills at
// least 7/8 of (as room reserved by estimate does: the estimate is an eighth over) is
// kept as s itself, and the pool keeps nothing: on a long input the copy would cost a
// pass and, while it is made, twice the tokens' memory, for at most an eighth of
// spare room saved. Otherwise s is copied at its exact length and the room goes back.
func handOver[T any](s, room []T, max int) (keep, left []T) {
	if c := cap(s); c > max && len(s) >= c-c/8 {
		return s[:len(s):len(s)], nil
	}
	return exact(s), room
}

// split appends the paragraphs, sentences and tokens of the analysis text to d's
// slices, using sb's ranges for a paragraph's sentences and its sentence tokens for a
// sentence's tokens as tokenize makes them.
func (d *Document) split(ctx context.Context, sb *segBuf) error {
	ranges := &sb.ranges
	t := d.text
	for start := 0; start <= len(t); {
		if len(d.paras)%checkEvery == checkEvery-1 && ctx.Err() != nil {
			return ctx.Err()
		}
		end := strings.IndexByte(t[start:], '\n')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		r := trimRange(t, Range{start, end})
		if r.Len() > 0 {
			p := Paragraph{Range: r, First: len(d.sents)}
			*ranges = sentenceRanges(t, r, (*ranges)[:0])
			for _, s := range *ranges {
				first := len(d.toks)
				sink := tokSink{d.toks, d.kinds}
				tokenize(ctx, t, s, &sink)
				d.toks, d.kinds = sink.toks, sink.kinds
				if err := ctx.Err(); err != nil {
					return err
				}
				// A "sentence" of hundreds of words is not one (a run-on page, a list
				// with no stops): cut it into pieces so that no analysis of a sentence
				// ever costs more than a bounded amount.
				for first+MaxSentenceTokens < len(d.toks) {
					last := first + MaxSentenceTokens
					d.sents = append(d.sents, Sentence{Range: Range{int(d.toks[first].Start), int(d.toks[last-1].End)}, Para: len(d.paras), First: first, Last: last})
					first = last
					s.Start = int(d.toks[first].Start)
				}
				d.sents = append(d.sents, Sentence{Range: s, Para: len(d.paras), First: first, Last: len(d.toks)})
			}
			p.Last = len(d.sents)
			d.paras = append(d.paras, p)
		}
		start = end + 1
	}
	return nil
}

// segBuf is segment's working room, kept in a pool between parses: the tokens, their
// kinds, sentences and paragraphs as they are made, and one paragraph's sentence
// ranges.
type segBuf struct {
	toks   []Token
	kinds  []TokenKind
	sents  []Sentence
	paras  []Paragraph
	ranges []Range
}

var segBufs = sync.Pool{New: func() any { return new(segBuf) }}

// segBufMaxTokens bounds the room the pool keeps: a longer input's goes to the
// collector, so that one long input does not stay pinned.
const segBufMaxTokens = 1 << 16

// reserve gives sb room for the tokens, sentences and paragraphs of analysis text t,
// by estimate (18 tokens a sentence, as news prose runs): on a long input a slice
// that outgrows its room is copied at twice the size. Pooled room for a token per two
// bytes of t, more than any text but one of marks and one-letter words needs, is
// taken as it is, without the two passes over t that estimate: should it fall short,
// append grows it once, and the pool keeps the grown room.
func (sb *segBuf) reserve(t string) {
	if cap(sb.toks) >= len(t)/2 {
		sb.toks, sb.kinds, sb.sents, sb.paras = sb.toks[:0], sb.kinds[:0], sb.sents[:0], sb.paras[:0]
		return
	}
	ntok := tokenEstimate(t)
	sb.toks = withRoom(sb.toks, ntok)
	sb.kinds = withRoom(sb.kinds, ntok)
	sb.sents = withRoom(sb.sents, ntok/16+4)
	sb.paras = withRoom(sb.paras, paraEstimate(t))
}

// release returns sb to the pool, unless one of its slices grew past the bound.
func (sb *segBuf) release() {
	if max(cap(sb.toks), cap(sb.kinds), cap(sb.sents), cap(sb.paras), cap(sb.ranges)) <= segBufMaxTokens {
		segBufs.Put(sb)
	}
}

// withRoom returns s emptied, or a new slice, with room for n.
func withRoom[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// exact returns a copy of s with no room to spare (an empty one is not nil). A make
// followed at once by a copy is compiled to one allocation that is not zeroed first
// (the copy fills it); append to a made slice zeroed the room, then copied.
func exact[T any](s []T) []T {
	c := make([]T, len(s))
	copy(c, s)
	return c
}

// tokenEstimate counts the spaces and the ASCII marks of t, and adds an eighth: on
// the corpus the count alone is within a few tokens of the total, over on some texts
// and under on others.
func tokenEstimate(t string) int {
	n := 0
	i := 0
	for ; i+8 <= len(t); i += 8 {
		n += bits.OnesCount64(markBits8(norm.LE64(t[i:])))
	}
	for ; i < len(t); i++ {
		if markByte[t[i]] {
			n++
		}
	}
	return n + n/8 + 16
}

// markBits8 returns the high bit of each of the eight bytes of x (little-endian) that
// markByte holds set, and no other bit: the text is counted eight bytes at a time.
// Each test keeps to its byte's low seven bits, so that no sum carries into the next
// byte.
func markBits8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	h := x &^ high
	l := h | ones*0x20 // a capital's lower case
	printable := (h + ones*(0x80-' ')) &^ (h + ones*(0x80-0x7f))
	letter := (l + ones*(0x80-'a')) &^ (l + ones*(0x80-'z'-1))
	digit := (h + ones*(0x80-'0')) &^ (h + ones*(0x80-'9'-1))
	return printable &^ letter &^ digit &^ x & high
}

// paraEstimate counts the lines of t that open with a byte other than white space:
// each is a paragraph, so the count never reserves room for one that is not there (a
// text of blank or indented lines reserves little), and on the corpus it is every one.
func paraEstimate(t string) int {
	n := 0
	if t != "" && !isSpace(t[0]) {
		n++
	}
	for i := range newlines(t) {
		if i+1 < len(t) && !isSpace(t[i+1]) {
			n++
		}
	}
	return n
}

// markByte holds the space and the ASCII bytes that are neither letters nor digits.
var markByte = func() (m [256]bool) {
	for c := ' '; c < 0x7f; c++ {
		m[c] = !isWordRune(c)
	}
	return m
}()

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

func trimRange(t string, r Range) Range {
	for r.Start < r.End && isSpace(t[r.Start]) {
		r.Start++
	}
	for r.End > r.Start && isSpace(t[r.End-1]) {
		r.End--
	}
	return r
}

// sentenceRanges splits one paragraph into sentences. A sentence ends at . ! or ?
// (with any closing quote marks and brackets after it) followed by white space and a
// word that can start a sentence, except after an abbreviation, an initial, or the
// number of a numbered paragraph. It appends them to out.
func sentenceRanges(t string, p Range, out []Range) []Range {
	start := p.Start
	st := stops{t: t, end: p.End, at: [3]int{-1, -1, -1}}
	for i := p.Start; i < p.End; i++ {
		if i = st.next(i); i >= p.End {
			break
		}
		c := t[i]
		j := i
		for j < p.End && (t[j] == '.' || t[j] == '!' || t[j] == '?') {
			j++
		}
		for j < p.End && (t[j] == '"' || t[j] == '\'' || t[j] == ')' || t[j] == ']') {
			j++
		}
		if j < p.End && !isSpace(t[j]) {
			i = j - 1
			continue
		}
		k := j
		for k < p.End && isSpace(t[k]) {
			k++
		}
		if k < p.End && (!canStart(t[k:p.End]) || shortTail(t[k:p.End])) {
			i = j - 1
			continue
		}
		if j-i == 1 && c == '.' && t[j-1] == '.' && abbreviationBefore(t, p.Start, start, i) {
			i = j - 1
			continue
		}
		out = append(out, Range{start, j})
		start = k
		i = k - 1
	}
	if start < p.End {
		out = append(out, trimRange(t, Range{start, p.End}))
	}
	return out
}

// stops finds the full stops, exclamation and question marks of t[:end] by
// strings.IndexByte, which passes many bytes at a time, rather than byte by byte: at
// holds the next of each at or after the last place asked from (end when there is
// none, -1 before the first search).
type stops struct {
	t   string
	end int
	at  [3]int
}

// next returns the first . ! or ? of t[i:end], or end.
func (s *stops) next(i int) int {
	m := s.end
	for k, c := range [3]byte{'.', '!', '?'} {
		if s.at[k] < i {
			s.at[k] = s.end
			if j := strings.IndexByte(s.t[i:s.end], c); j >= 0 {
				s.at[k] = i + j
			}
		}
		m = min(m, s.at[k])
	}
	return m
}

// shortTail reports the rest of a paragraph that is too short to be a sentence and
// does not end like one: the grade of a flattened table row, "Are services safe?
// Inadequate".
func shortTail(s string) bool {
	spaces := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if spaces++; spaces >= 3 {
				return false // only the first few words matter: stop early
			}
		}
	}
	s = strings.TrimRight(s, " ")
	if s == "" {
		return true
	}
	switch s[len(s)-1] {
	case '.', '!', '?', '"', '\'', ')':
		return false
	}
	return true
}

// initial reports whether word is one capital letter, which a rune is decoded for
// only when the word is no longer than one: most words before a full stop are.
func initial(word string) bool {
	if len(word) > utf8.UTFMax {
		return false
	}
	r, n := utf8.DecodeRuneInString(word)
	return n == len(word) && unicode.IsUpper(r)
}

// canStart reports whether s opens like a sentence: a capital, a digit, a quote mark,
// a bracket or a bullet.
func canStart(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return canStartASCII[s[0]] // most sentences open with an ASCII byte
	}
	r, _ := utf8.DecodeRuneInString(s)
	return canStartRune(r)
}

// canStartRune reports whether a sentence can open with r.
func canStartRune(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '\'' || r == '(' || r == '[' || r == '•' || unicode.IsTitle(r)
}

// canStartASCII is canStartRune of each ASCII byte.
var canStartASCII = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = canStartRune(c)
	}
	return t
}()

// abbreviationBefore reports whether the full stop at dot closes an abbreviation, an
// initial, or the number of a numbered paragraph.
func abbreviationBefore(t string, paraStart, sentStart, dot int) bool {
	w := dot
	for w > paraStart && !isSpace(t[w-1]) && t[w-1] != '(' && t[w-1] != '"' {
		w--
	}
	word := t[w:dot]
	if word == "" {
		return false
	}
	if isAbbreviation(word) {
		return true
	}
	if initial(word) {
		return true // an initial: "J. Smith"
	}
	if len(word) <= 6 && strings.IndexByte(word, '.') >= 0 {
		return true // "e.g", "i.e", "U.S"
	}
	if w == sentStart && len(word) <= 3 {
		allDigits := true
		for i := 0; i < len(word); i++ {
			if word[i] < '0' || word[i] > '9' {
				allDigits = false
			}
		}
		return allDigits // "1. Children ..." opens a numbered paragraph or list item
	}
	return false
}
