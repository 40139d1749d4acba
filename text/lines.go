package text

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/boiler"
	"github.com/verdictnlp/verdict/internal/norm"
)

// srcLine is one line of the input: its content [start, end) and the start of the line
// after its terminator.
type srcLine struct {
	start, end, next int
	// plain is where the line's first byte that is not plain (norm.PlainRun's) is,
	// or end: the bytes before it fold to themselves, and foldLines reads on from it.
	// foldLines moves it on to where the line stops folding to itself (a line's
	// start moved by a join may pass it).
	plain     int
	pageBreak bool // a form feed ends the line
}

// splitLines splits src at \n, \r\n, \r, \f, \v and the Unicode line separators,
// appending the lines to out. It notes where each line's first byte that is not plain
// is: the line's plain bytes are passed over by norm.PlainRun, eight at a time, which
// stops at every byte a break can start with too, so that the one pass over most
// lines (ASCII prose) finds both, and foldLines does not read them again.
func splitLines(src string, out []srcLine) []srcLine {
	lines := slices.Grow(out, lineCount(src, cap(out)))
	start, odd := 0, -1 // odd: the line's first byte not plain, -1 before one is met
	for i := 0; i < len(src); {
		c := src[i]
		if !breakByte[c] {
			if odd < 0 { // every byte of the line so far is plain
				if j := norm.PlainRun(src, i); j > i {
					i = j
					continue
				}
				odd = i
			}
			i = nextBreakByte(src, i+1)
			continue
		}
		n := 0
		switch {
		case c == '\n' || c == '\f' || c == '\v':
			n = 1
		case c == '\r':
			n = 1
			if i+1 < len(src) && src[i+1] == '\n' {
				n = 2
			}
		case c == 0xc2 && i+1 < len(src) && src[i+1] == 0x85: // NEL
			n = 2
		case c == 0xe2 && i+2 < len(src) && src[i+1] == 0x80 && (src[i+2] == 0xa8 || src[i+2] == 0xa9):
			n = 3
		}
		if n == 0 {
			if odd < 0 {
				odd = i // 0xc2 or 0xe2, no plain byte
			}
			i++
			continue
		}
		if k := len(lines) - 1; k >= 0 && blankRun(lines[k], start, i) && c == '\n' {
			// A run of empty lines is one line: blank lines are classed alike and only
			// part paragraphs, and a page of nothing but newlines must not cost a
			// line's worth of bookkeeping per byte.
			lines[k].next = i + n
			i += n
			start, odd = i, -1
			continue
		}
		lines = append(lines, srcLine{start: start, end: i, next: i + n, plain: plainTo(odd, i), pageBreak: c == '\f'})
		i += n
		start, odd = i, -1
	}
	if start < len(src) || len(src) == 0 {
		lines = append(lines, srcLine{start: start, end: len(src), next: len(src), plain: plainTo(odd, len(src))})
	}
	return lines
}

// plainTo returns where a line ending at end stops being plain, given odd, its first
// byte that is not plain or -1.
func plainTo(odd, end int) int {
	if odd < 0 {
		return end
	}
	return odd
}

// lineCount returns the room splitLines needs for src's lines, or less: a line per
// break, but an empty line after an empty line joins it (see blankRun), so that a page
// of nothing but newlines reserves little. When room, the pooled room the caller has,
// holds a line per \n (counted by strings.Count, many bytes at a time), room is
// returned and the lines are not counted one by one. The breaks other than \n are
// counted too: a text with a form feed a page had grown its list of lines, the size of
// the text's, once more at its end (39 MB allocated and copied on 42 MB of text).
func lineCount(src string, room int) int {
	if strings.Count(src, "\n") < room {
		return room
	}
	n := 1 + otherBreaks(src)
	for i := range newlines(src) {
		if !(i >= 1 && src[i-1] == '\n' && (i == 1 || src[i-2] == '\n')) {
			n++
		}
	}
	return n
}

// otherBreaks counts src's line breaks that are not \n: \r not before \n, \f, \v,
// NEL and the Unicode line and paragraph separators.
func otherBreaks(src string) int {
	n := strings.Count(src, "\r") - strings.Count(src, "\r\n")
	for _, b := range [...]string{"\f", "\v", "\u0085", "\u2028", "\u2029"} {
		n += strings.Count(src, b)
	}
	return n
}

// newlines yields the offset of each '\n' in s, in order, each found by IndexByte.
func newlines(s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			k := strings.IndexByte(s[i:], '\n')
			if k < 0 || !yield(i+k) {
				return
			}
			i += k
		}
	}
}

// breakByte holds the bytes a line break can start with, so that splitLines passes
// over the others with one table load each.
var breakByte = func() (t [256]bool) {
	for _, c := range []byte{'\n', '\f', '\v', '\r', 0xc2, 0xe2} {
		t[c] = true
	}
	return t
}()

// nextBreakByte returns the offset of the first byte from i on that a line break can
// start with, or len(src). It passes over eight bytes at a time while none of them
// can: none below 0x0e (\n \v \f \r are), none 0xc2 or 0xe2, tested with the
// classic SWAR tests for a byte below n and a zero byte, which are exact as to
// whether a word holds one.
func nextBreakByte(src string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(src); i += 8 {
		x := norm.LE64(src[i:])
		below := (x - ones*0x0e) &^ x & highs
		c2, e2 := x^(ones*0xc2), x^(ones*0xe2)
		if below|(c2-ones)&^c2&highs|(e2-ones)&^e2&highs != 0 {
			break
		}
	}
	for i < len(src) && !breakByte[src[i]] {
		i++
	}
	return i
}

// blankRun reports whether the empty line [start, end) continues l, an empty line
// (or run of them) that is not a page break.
func blankRun(l srcLine, start, end int) bool {
	return start == end && l.start == l.end && l.next == start && !l.pageBreak
}

type joinKind uint8

const (
	noJoin     joinKind = iota
	spaceJoin           // a soft line break inside a paragraph: becomes one space
	hyphenJoin          // a word hyphenated at the line end: the hyphen and break disappear
)

// join says that line i continues on line to, with everything between dropped.
type join struct {
	kind joinKind
	to   int
}

// wrapJoins finds the soft line breaks of hard-wrapped text (PDF extracts, e-mail), where
// a paragraph runs over many lines of similar width. Page dumps, whose paragraphs are
// one line each, are left alone.
// Its scratch (the article lines' lengths, and the joins it returns, valid until pb is
// released) is pb's.
func wrapJoins(pb *parseBuf, lines []srcLine, folded []boiler.Line, cls []boiler.Class) []join {
	lens := pb.lens[:0]
	for i, f := range folded {
		if cls[i] == boiler.Article {
			lens = append(lens, runeCount(strings.TrimSpace(f.Text)))
		}
	}
	pb.lens = lens
	if len(lens) < 8 {
		return nil
	}
	w, ok := wrapWidth(lens)
	if !ok {
		return nil
	}
	wrapped, k := 0, 0
	for i, f := range folded {
		if cls[i] != boiler.Article {
			continue
		}
		if n := lens[k]; n*10 >= w*6 && !endsSentence(strings.TrimSpace(f.Text)) {
			wrapped++
		}
		k++
	}
	if wrapped < 5 || wrapped*4 < len(lens) {
		return nil
	}

	joins := reuse(&pb.joins, len(lines))
	for i := 0; i < len(lines); i++ {
		if cls[i] != boiler.Article {
			continue
		}
		// The next article line, and whether a blank line or furniture stands between.
		j, gap := i+1, false
		for j < len(lines) && cls[j] != boiler.Article {
			gap = true
			j++
		}
		if j == len(lines) {
			break
		}
		cur := strings.TrimSpace(folded[i].Text)
		nxt := strings.TrimSpace(folded[j].Text)
		if listItem(nxt) {
			continue
		}
		first, _ := utf8.DecodeRuneInString(nxt)
		lower := unicode.IsLower(first)
		n := utf8.RuneCountInString(cur)
		switch {
		case !gap && lower && hyphenated(cur):
			joins[i] = join{hyphenJoin, j}
		case gap:
			// Across a blank line or page furniture only a sentence cut in two by a page
			// break continues: no stop before, a lower-case word after, a full line.
			if lower && !endsSentence(cur) && n*10 >= w*8 && n <= w+8 {
				joins[i] = join{spaceJoin, j}
			}
		case n <= w+8 && n+1+firstWordLen(nxt) > w-2:
			// The next word would not have fitted on this line: the break is the
			// wrapper's, not the author's. A line much longer than the wrap width (a
			// table row) was never wrapped.
			joins[i] = join{spaceJoin, j}
		}
	}
	return joins
}

// Wrapped text is wrapped at a width from minWrap to maxWrap runes.
const minWrap, maxWrap = 50, 140

// wrapWidth returns the article lines' wrap width, the ninth tenth of their lengths
// lens (the length at len(lens)*9/10 once sorted), and whether it is from minWrap to
// maxWrap. It counts the lengths in that range, rather than sorting them all: only a
// length in the range is ever used.
func wrapWidth(lens []int) (int, bool) {
	var count [maxWrap - minWrap + 1]int
	below := 0
	for _, n := range lens {
		if n < minWrap {
			below++
		} else if n <= maxWrap {
			count[n-minWrap]++
		}
	}
	rank := len(lens)*9/10 - below // the rank among the lengths from minWrap on
	if rank < 0 {
		return 0, false
	}
	for k, c := range count {
		if rank < c {
			return minWrap + k, true
		}
		rank -= c
	}
	return 0, false
}

// runeCount is utf8.RuneCountInString, which decodes rune by rune, with eight bytes
// at a time passed over while they are ASCII, as most of a folded line is.
func runeCount(s string) int {
	i := 0
	for ; i+8 <= len(s) && norm.LE64(s[i:])&0x8080808080808080 == 0; i += 8 {
	}
	return i + utf8.RuneCountInString(s[i:])
}

// hyphenated reports a line that ends in a word broken by a hyphen: "assess-".
func hyphenated(t string) bool {
	if !strings.HasSuffix(t, "-") || len(t) < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t[:len(t)-1])
	return unicode.IsLetter(r)
}

func firstWordLen(t string) int {
	if i := strings.IndexByte(t, ' '); i >= 0 {
		return utf8.RuneCountInString(t[:i])
	}
	return utf8.RuneCountInString(t)
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, `"')]`)
	if t == "" {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return false
}

// listItem reports a line that opens a list item or numbered paragraph.
func listItem(t string) bool {
	if t == "" {
		return false
	}
	if strings.HasPrefix(t, "•") || t[0] == '-' || t[0] == '*' {
		return true
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < 4 && i < len(t) && (t[i] == '.' || t[i] == ')')
}
