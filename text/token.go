package text

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/norm"
)

// Token is a word, number or punctuation mark of the analysis text. Its offsets are
// 32 bits, and its kind is kept apart ([Document.Kind]), so that a token is 8 bytes,
// the text model's largest part; ParseContext refuses a text of more than
// [MaxTextSize] bytes, so the offsets always fit.
type Token struct {
	Start, End uint32 // the analysis text's bytes [Start, End)
}

// Range returns the analysis text's bytes that t covers.
func (t Token) Range() Range { return Range{int(t.Start), int(t.End)} }

// Len is the number of bytes t covers.
func (t Token) Len() int { return int(t.End - t.Start) }

// tokSink is where tokenize puts the tokens it makes: the Document's two lists, the
// tokens and their kinds, appended to in step. (Made first in a list of tokens with
// their kinds and then filed in the two, a sentence of 4 million marks held 48 MB of
// that list, made afresh each call, and cost a pass to file.)
type tokSink struct {
	toks  []Token
	kinds []TokenKind
}

// add appends the token of [s, e), of kind k; the text's size was checked against
// MaxTextSize.
func (o *tokSink) add(s, e int, k TokenKind) {
	o.toks = append(o.toks, Token{uint32(s), uint32(e)})
	o.kinds = append(o.kinds, k)
}

// kindTok is a token with its kind, as splitChunk holds a chunk's trailing marks
// before it adds them.
type kindTok struct {
	Token
	kind TokenKind
}

// tok makes a token of [s, e); the text's size was checked against MaxTextSize.
func tok(s, e int, k TokenKind) kindTok { return kindTok{Token{uint32(s), uint32(e)}, k} }

// MaxTextSize is the longest input, and the longest analysis text, that a Document
// holds: a token's offsets are 32 bits. Unsigned, so that the analysis text of any
// input the extract package accepts (up to 1 GiB, which may fold to three times as
// many bytes: each byte that is no UTF-8 becomes U+FFFD) still fits.
const MaxTextSize = math.MaxUint32

// ErrTooLong is the error ParseContext returns for an input or analysis text longer
// than MaxTextSize bytes, wrapped with the length.
var ErrTooLong = errors.New("text: longer than a Document holds")

// textLimit is MaxTextSize, a variable so that a test can check the guard on a small
// text.
var textLimit uint64 = MaxTextSize

// checkSize returns ErrTooLong, wrapped with n and the limit, for a text of n bytes
// that the 32-bit offsets of a token cannot address, and nil otherwise.
func checkSize(n int) error {
	if uint64(n) > textLimit {
		return fmt.Errorf("%w: %d bytes, more than %d", ErrTooLong, n, textLimit)
	}
	return nil
}

// TokenKind tells words, numbers and punctuation apart.
type TokenKind uint8

const (
	Word   TokenKind = iota // letters, with inner apostrophes, hyphens and full stops
	Number                  // digits, with inner separators: 2023, 17.5, 2023/24, 6:00
	Punct                   // one punctuation mark or symbol
)

func (k TokenKind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	}
	return "punct"
}

// tokenize appends the tokens of t[r.Start:r.End]. It splits as prose's tokenizer does
// (white space, then leading and trailing punctuation, then the clitics 's 'll 're 'm
// n't) but keeps byte offsets, allocates nothing per token beyond the slice, and keeps
// abbreviations such as "Cllr." and "e.g." whole. It stops early when ctx is done,
// looking every checkBytes bytes; the caller reads ctx.Err().
func tokenize(ctx context.Context, t string, r Range, out *tokSink) {
	i := r.Start
	for next := i + checkBytes; i < r.End; {
		if i >= next {
			if ctx.Err() != nil {
				return
			}
			next = i + checkBytes
		}
		c := t[i]
		if isSpace(c) {
			i++
			continue
		}
		// A white-space delimited chunk. Most are ASCII letters and digits, with
		// maybe one mark after them: those are told apart here, reading each byte
		// once through a table, and only the others go through splitChunk.
		// The white space after such a chunk is passed over at once (i may pass
		// r.End by one): most words have one space after them, which would
		// otherwise cost a turn of the loop.
		j, cls := asciiRun(t, i, r.End)
		if j > i && (j == r.End || isSpace(t[j])) {
			appendRun(t, i, j, cls, out)
			i = j + 1
			continue
		}
		if j > i && closingMark(t, i, j, r.End) {
			appendRun(t, i, j, cls, out)
			out.add(j, j+1, Punct)
			i = j + 2
			continue
		}
		if k, ok := quickChunk(t, i, r.End, out); ok {
			i = k
			continue
		}
		for j < r.End && !isSpace(t[j]) {
			j++
		}
		splitChunk(t, i, j, out)
		i = j
	}
}

// byteClass classes the ASCII letters and digits, and nothing else (0): the ASCII
// bytes isWordRune takes.
var byteClass = func() (m [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		m[c] = digitByte
	}
	for c := 'a'; c <= 'z'; c++ {
		m[c] = lowerByte
		m[c-'a'+'A'] = upperByte
	}
	return m
}()

const (
	digitByte = 1 << iota
	lowerByte
	upperByte
)

// asciiRun returns where the run of ASCII letters and digits from s ends (before e),
// and the union of its bytes' classes, a capital at the run's first byte counted as a
// lower-case letter: it cannot be where fusedAt splits a word, and appendRun calls
// fusedAt only for a capital after the first byte (most capitalised words have none).
//
// It reads eight bytes at a time while eight are left: the end of most words is found
// in one word-sized test, without a branch on each byte, which the lengths of words
// make hard to predict. Each test keeps to its byte's low seven bits, so that no sum
// carries into the next byte, and a byte with its high bit set is in no class. Letters
// of both cases are found by one test, of the bytes with 0x20 set; a capital is then
// a letter whose own 0x20 bit is clear.
func asciiRun(t string, s, e int) (j int, cls uint8) {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	var lower, upper, digit uint64 // the classes' bytes met, a high bit each
	first := uint64(0x80)          // the run's first byte, in the first eight only
	for j = s; j+8 <= e; j += 8 {
		x := norm.LE64(t[j:])
		h := x &^ high
		l := h | ones*0x20 // a capital's lower case
		letter := (l + ones*(0x80-'a')) &^ (l + ones*(0x80-'z'-1)) &^ x
		dg := (h + ones*(0x80-'0')) &^ (h + ones*(0x80-'9'-1)) &^ x
		up := letter &^ (x << 2) &^ first // a letter without 0x20 is a capital
		lo := letter &^ up
		first = 0
		if other := ^(letter | dg) & high; other != 0 {
			keep := other&-other - 1 // the bytes before the first other one
			lower, upper, digit = lower|lo&keep, upper|up&keep, digit|dg&keep
			return j + bits.TrailingZeros64(other)/8, classes(lower, upper, digit)
		}
		lower, upper, digit = lower|lo, upper|up, digit|dg
	}
	cls = classes(lower, upper, digit)
	for ; j < e; j++ {
		k := byteClass[t[j]]
		if k == 0 {
			break
		}
		if j == s && k == upperByte {
			k = lowerByte
		}
		cls |= k
	}
	return j, cls
}

// classes returns the union of the classes whose bytes' high bits are set in lower,
// upper and digit.
func classes(lower, upper, digit uint64) (cls uint8) {
	const high = 0x8080808080808080
	if lower&high != 0 {
		cls |= lowerByte
	}
	if upper&high != 0 {
		cls |= upperByte
	}
	if digit&high != 0 {
		cls |= digitByte
	}
	return cls
}

// closingMark reports whether the chunk from s is the run [s, j) of ASCII letters and
// digits and one ASCII mark at j, which splitChunk would make a token of its own: any
// but a full stop that an abbreviation keeps.
func closingMark(t string, s, j, e int) bool {
	c := t[j]
	if c >= utf8.RuneSelf || j+1 < e && !isSpace(t[j+1]) {
		return false
	}
	return c != '.' || !keepsStop(t[s:j+1])
}

// appendRun appends the token of [s, j), a run of ASCII letters and digits whose
// bytes' classes are cls (as asciiRun gives them), as splitChunk would: a number, a
// word, or two words run together (which needs a capital after the first byte; a
// clitic needs an apostrophe).
func appendRun(t string, s, j int, cls uint8, out *tokSink) {
	if cls == digitByte {
		out.add(s, j, Number)
		return
	}
	if cls&upperByte != 0 {
		if cut := fusedAt(t[s:j]); cut > 0 {
			out.add(s, s+cut, Word)
			out.add(s+cut, j, Word)
			return
		}
	}
	out.add(s, j, Word)
}

// quickChunk tokenizes, as splitChunk would, the chunk from s (ending at white space
// or e) when it has one of the shapes most chunks that are more than a word and a mark
// have: ASCII letters and digits with an ASCII mark before them ("the, (see), maybe an
// apostrophe inside (council's, don't), and up to two ASCII marks after them (said.",
// good,"); or one ASCII mark alone. It reads bytes through the tables, without
// decoding runes, and returns the chunk's end and true; for any other chunk it
// appends nothing and returns false.
func quickChunk(t string, s, e int, out *tokSink) (int, bool) {
	ws := s // the word's start
	if c := t[s]; c < utf8.RuneSelf && byteClass[c] == 0 {
		ws++ // an opening mark, never "..." before a letter or digit
		if ws == e || isSpace(t[ws]) {
			out.add(s, ws, Punct)
			return ws, true
		}
	}
	w, cls := asciiRun(t, ws, e)
	if w == ws {
		return s, false
	}
	inner := w+1 < e && t[w] == '\'' && byteClass[t[w+1]] != 0
	if inner {
		var more uint8
		w, more = asciiRun(t, w+1, e)
		cls |= more
	}
	end := w // the closing marks': at most two, then white space or e
	for end < e && !isSpace(t[end]) {
		if c := t[end]; c >= utf8.RuneSelf || byteClass[c] != 0 || end-w == 2 {
			return s, false
		}
		end++
	}
	// splitChunk takes the closing marks from the last, and stops at a full stop that
	// keeps to the word: "Cllr.", "e.g.".
	for k := end; k > w; k-- {
		if t[k-1] == '.' && keepsStop(t[ws:k]) {
			return s, false
		}
	}
	if ws > s {
		out.add(s, ws, Punct)
	}
	if inner {
		appendInner(t, ws, w, cls, out)
	} else {
		appendRun(t, ws, w, cls, out)
	}
	for k := w; k < end; k++ {
		out.add(k, k+1, Punct)
	}
	return end, true
}

// appendInner appends the token or tokens of [s, j): ASCII letters and digits with an
// apostrophe inside, whose bytes' classes are cls, as splitChunk would: a clitic or a
// fused word split off, else one word or number.
func appendInner(t string, s, j int, cls uint8, out *tokSink) {
	word := t[s:j]
	cut := cliticAt(word)
	if cut == 0 {
		cut = fusedAt(word)
	}
	switch {
	case cut > 0:
		out.add(s, s+cut, Word)
		out.add(s+cut, j, Word)
	case cls == digitByte:
		out.add(s, j, Number)
	default:
		out.add(s, j, Word)
	}
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // the common case, without the Unicode tables
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// splitChunk splits one white-space delimited chunk into tokens.
func splitChunk(t string, s, e int, out *tokSink) {
	for s < e {
		r, n := utf8.DecodeRuneInString(t[s:e])
		if isWordRune(r) {
			break
		}
		n = markLen(t[s:e], n)
		out.add(s, s+n, Punct)
		s += n
	}
	var room [8]kindTok // the trailing marks, most often one or two: kept off the heap
	tail := room[:0]
	for e > s {
		r, n := utf8.DecodeLastRuneInString(t[s:e])
		if isWordRune(r) {
			break
		}
		if r == '.' && keepsStop(t[s:e]) {
			break
		}
		if e-s >= 3 && t[e-3:e] == "..." {
			n = 3
		}
		for e-n-3 >= s && t[e-n-3:e-n] == badRune && t[e-3:e] == badRune {
			n += 3
		}
		tail = append(tail, tok(e-n, e, Punct))
		e -= n
	}
	for s < e {
		j, digits := wordEnd(t, s, e)
		if j == s { // a mark inside the chunk
			_, n := utf8.DecodeRuneInString(t[s:e])
			n = markLen(t[s:e], n)
			out.add(s, s+n, Punct)
			s += n
			continue
		}
		// Clitics: 's 'll 're 'm 've 'd and n't become tokens of their own.
		word := t[s:j]
		cut := cliticAt(word)
		if cut == 0 {
			cut = fusedAt(word)
		}
		if cut > 0 {
			out.add(s, s+cut, Word)
			out.add(s+cut, j, Word)
		} else {
			k := Word
			if digits {
				k = Number
			}
			out.add(s, j, k)
		}
		s = j
	}
	for k := len(tail) - 1; k >= 0; k-- {
		out.add(int(tail[k].Start), int(tail[k].End), tail[k].kind)
	}
}

// wordEnd returns where the word that starts at s ends (s when a mark starts there),
// and whether it is all digits: runs of word runes joined by ' - . / : & , ° when a
// word rune follows (a comma or colon only inside a number), and a final full stop
// that belongs to an abbreviation.
func wordEnd(t string, s, e int) (j int, digits bool) {
	j, digits = s, true
	for j < e {
		// Most of a word is ASCII letters and digits: read them through a byte
		// table, without decoding a rune each.
		if c := t[j]; byteClass[c] != 0 {
			if c > '9' {
				digits = false
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[j:e])
		if isWordRune(r) {
			if !unicode.IsDigit(r) {
				digits = false
			}
			j += n
			continue
		}
		if j+n < e && (r == '\'' || r == '-' || r == '.' || r == '/' || r == ':' || r == '&' || r == ',' || r == '°') {
			r2, _ := utf8.DecodeRuneInString(t[j+n : e])
			if isWordRune(r2) && (r != ',' && r != ':' || digits) {
				j += n
				continue
			}
		}
		if r == '.' && j+n == e && keepsStop(t[s:e]) {
			j += n
		}
		break
	}
	return j, digits
}

// markLen returns the length of the mark that opens s, whose first rune is n bytes:
// "..." is one token, and so is a run of U+FFFD (the bad bytes of the input, one
// each), which is noise however long, and would otherwise cost a token per byte.
func markLen(s string, n int) int {
	if len(s) >= 3 && s[:3] == "..." {
		return 3
	}
	if strings.HasPrefix(s, badRune) {
		n = len(badRune)
		for strings.HasPrefix(s[n:], badRune) {
			n += len(badRune)
		}
	}
	return n
}

// badRune is what the analysis text reads a bad input byte as.
const badRune = "\uFFFD"

// keepsStop reports whether the full stop that ends w belongs to it: "Cllr.", "e.g.", "J.".
func keepsStop(w string) bool {
	body := w[:len(w)-1]
	if isAbbreviation(body) {
		return true
	}
	r, n := utf8.DecodeRuneInString(body)
	if n == len(body) && unicode.IsUpper(r) {
		return true
	}
	if len(body) >= 3 && len(body) <= 5 {
		for i := 1; i < len(body); i += 2 {
			if body[i] != '.' {
				return false
			}
		}
		return true
	}
	return false
}

func cliticAt(w string) int {
	n := len(w)
	lower := func(i int) byte { return w[i] | 0x20 }
	switch {
	case n > 3 && lower(n-3) == 'n' && w[n-2] == '\'' && lower(n-1) == 't':
		return n - 3
	case n > 2 && w[n-2] == '\'' && (lower(n-1) == 's' || lower(n-1) == 'm' || lower(n-1) == 'd'):
		return n - 2
	case n > 3 && w[n-3] == '\'' && ((lower(n-2) == 'l' && lower(n-1) == 'l') || (lower(n-2) == 'r' && lower(n-1) == 'e') || (lower(n-2) == 'v' && lower(n-1) == 'e')):
		return n - 3
	}
	return 0
}

// fusedAt returns where a word that is two words run together splits, or 0: a page's
// link text fused onto the next sentence's first word, "schoolInspectors" or
// "SummaryThis". The left part is three or more lower-case letters, or a capital and
// four or more (so "McDonald", "MacKenzie" and "YouTube" stay whole); the right part
// is a capital and two or more lower-case letters. ASCII letters only.
func fusedAt(w string) int {
	k := 0
	for k < len(w) && isASCIILower(w[k]) {
		k++
	}
	low := k
	if k == 0 && len(w) > 0 && isASCIIUpper(w[0]) {
		k = 1
		for k < len(w) && isASCIILower(w[k]) {
			k++
		}
		low = k - 1
		if low < 4 {
			return 0
		}
	} else if low < 3 {
		return 0
	}
	if k+2 >= len(w) || !isASCIIUpper(w[k]) || !isASCIILower(w[k+1]) || !isASCIILower(w[k+2]) {
		return 0
	}
	for i := k + 1; i < len(w); i++ {
		if !isASCIILower(w[i]) && !isASCIIUpper(w[i]) {
			return 0
		}
	}
	return k
}

func isASCIILower(c byte) bool { return 'a' <= c && c <= 'z' }
func isASCIIUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
