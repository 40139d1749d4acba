package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/text"
)

// family tells double quote marks from single ones: a quote closes with a mark of the
// family it opened with, whatever its shape (‘require improvement' closes).
type family uint8

const (
	double family = iota
	single
)

// direction is what a mark's shape says it does.
type direction uint8

const (
	either     direction = iota // a straight mark: its neighbours decide
	opening                     // “ ‘ „ ‚ «
	closing                     // ” ’ »
	apostrophe                  // a single mark inside a word: it's, Tameside’s
)

// mark is one quote mark of the analysis text.
type mark struct {
	at  int // analysis offset of the folded mark
	fam family
	dir direction
}

// shape gives the family and direction of the quote mark at analysis offset at, as
// the Document read them from the input.
func shape(doc *text.Document, at int) (family, direction) {
	sh := doc.MarkShapeAt(at)
	fam, dir := double, either
	if sh.Single() {
		fam = single
	}
	switch {
	case sh.Opens():
		dir = opening
	case sh.Closes():
		dir = closing
	}
	return fam, dir
}

// longParagraph is the length past which a paragraph's marks are counted before they
// are read; a shorter one's fit, or nearly, in the pooled room.
const longParagraph = 4 << 10

// marks returns the quote marks of one paragraph with their family and direction.
// A single mark between two letters, or after an s and before a non-letter with no
// single quote open, is an apostrophe. It appends them to out.
func marks(doc *text.Document, p text.Range, out []mark) []mark {
	t := doc.Text()
	if n := p.End - p.Start; n > longParagraph && n > cap(out)-len(out) {
		// Every quote mark of the analysis text is a " or a ': a long paragraph's
		// marks get their room once, counted, where append grew a paragraph of
		// nothing but marks a quarter at a time (263 MB for 4 MB of them).
		seg := t[p.Start:p.End]
		out = slices.Grow(out, strings.Count(seg, `"`)+strings.Count(seg, "'"))
	}
	next := markFinder{t: t, end: p.End, dq: -1, sq: -1}
	for i := p.Start; i < p.End; i++ {
		if i = next.from(i); i >= p.End {
			break
		}
		fam, dir := shape(doc, i)
		before, _ := utf8.DecodeLastRuneInString(t[p.Start:i])
		after, _ := utf8.DecodeRuneInString(t[i+1 : p.End])
		if i == p.Start {
			before = ' '
		}
		if i+1 == p.End {
			after = ' '
		}
		if fam == single && isWordRune(before) && isWordRune(after) {
			dir = apostrophe
		}
		if dir == closing && unicode.IsUpper(after) && afterColon(t[p.Start:i]) {
			// "said: ’Since our visit": a closing shape after a colon, before a capital,
			// opens the quote (a typesetting slip of scraped pages).
			dir = opening
		}
		if dir == closing && len(out) > 0 && out[len(out)-1].at == i-1 && out[len(out)-1].dir == opening && isWordRune(after) {
			// "said: ‘’Babies settle": a doubled opener whose second half is shaped as
			// a closer is one opening mark, the quote's words after both.
			out[len(out)-1].at = i
			continue
		}
		if dir == either {
			switch {
			case opensAfter(before) && !unicode.IsSpace(after):
				dir = opening
			case !unicode.IsSpace(before) && closesBefore(after):
				dir = closing
			}
		}
		out = append(out, mark{at: i, fam: fam, dir: dir})
	}
	return out
}

// markFinder finds the straight marks of a paragraph by strings.IndexByte, which
// passes many bytes at once, rather than a test per byte. It keeps the next place of
// each mark: each is looked for again only once passed, so a paragraph is read once.
type markFinder struct {
	t      string
	end    int
	dq, sq int // the next '"' and '\'' at or after the last asked place (end if none); -1 before the first ask
}

// from returns the place of the first '"' or '\” at or after i, or end.
func (m *markFinder) from(i int) int {
	if m.dq < i {
		m.dq = indexFrom(m.t, '"', i, m.end)
	}
	if m.sq < i {
		m.sq = indexFrom(m.t, '\'', i, m.end)
	}
	return min(m.dq, m.sq)
}

// indexFrom returns the first place of byte c in t[i:end], or end.
func indexFrom(t string, c byte, i, end int) int {
	if k := strings.IndexByte(t[i:end], c); k >= 0 {
		return i + k
	}
	return end
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// opensAfter reports characters after which a straight mark opens a quote.
func opensAfter(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '-' || r == '\u2022' || r == '"' || r == '\'' || r == ':'
}

// closesBefore reports characters before which a straight mark closes a quote.
func closesBefore(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || r == utf8.RuneError
}

// afterColon reports text that ends with a colon and at most one space.
func afterColon(s string) bool {
	s = strings.TrimSuffix(s, " ")
	return strings.HasSuffix(s, ":")
}
