// Package boiler tells the lines of a plain-text page dump that are site furniture
// (radio banners, weather widgets, cookie notices, share buttons, comment prompts,
// paywalls, page headers and footers of extracted PDFs) from the lines of the article.
//
// It works in the manner of jusText: each line gets a class from its own features, and
// lines too short to judge take their class from their neighbours.
//
//   - Strong boilerplate: the line matches the phrase list (lexicon boilerplate.txt), or
//     is a widget line (a temperature, a weekday name, a clock time range).
//   - Page furniture of extracted reports: "Page 3 of 14", a bare page number next to a
//     form feed, a footer that recurs with only its page number changed, and a header
//     line that recurs three times or more (its first occurrence, the title, stays).
//     Furniture is dropped but, standing between article lines, passes no class on.
//   - Weak: short (at most four words) with no sentence punctuation and no sign of
//     article content, or a navigation-like line (several separators, almost no function
//     words). A weak line is boilerplate when a run of weak lines reaches a strong one.
//   - Everything else is article text. A line that ends a sentence, names an
//     inspectorate, a grade or a public body, or carries a title such as "Cllr" is never
//     weak, so no article sentence is lost to its neighbours.
package boiler

import (
	"bytes"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/verdictnlp/verdict/internal/calendar"
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/norm"
)

// Class is a line's class.
type Class uint8

const (
	Blank       Class = iota // only white space
	Article                  // article text
	Boilerplate              // site furniture
)

// Line is what the classifier needs to know of one input line.
type Line struct {
	Text      string // the line folded for analysis (norm.String), without its terminator
	PageBreak bool   // a form feed ends or starts the line
}

type phraseKind uint8

const (
	equals phraseKind = iota
	prefix
	contains
)

type phrase struct {
	kind phraseKind
	text string
}

var (
	phrases   = loadPhrases()
	stopwords = lexicon.Set("stopwords", true)
	signals   = lexicon.Lines("content_signals")
	// signalsAt files the signals by their first byte, so that a line is read once for
	// all of them instead of once for each.
	signalsAt = func() (m [256][]signal) {
		for _, s := range signals {
			if s == "" {
				panic("boiler: an empty content signal")
			}
			n := min(len(s), 8)
			var head uint64
			for i := n - 1; i >= 0; i-- {
				head = head<<8 | uint64(s[i])
			}
			m[s[0]] = append(m[s[0]], signal{s, head, 1<<(8*n) - 1})
		}
		return m
	}()
	// signalSeconds has, for each byte that opens a signal, bit b&63 set for each
	// byte b that follows it in one (every bit for a signal of one byte).
	signalSeconds = func() (m [256]uint64) {
		for _, s := range signals {
			if len(s) == 1 {
				m[s[0]] = ^uint64(0)
			} else {
				m[s[0]] |= 1 << (s[1] & 63)
			}
		}
		return m
	}()
	// containsByFirst indexes the "~" phrases made of words by their first word, so
	// that a line is checked against them in one pass over its words; the few with
	// punctuation ("(image:") are looked for as they are.
	containsByFirst, containsRaw = index(phrases, contains)
	prefixByFirst, prefixRaw     = index(phrases, prefix)
	// prefixRawAt files the "^" phrases with punctuation by their first byte: a key
	// is compared only with those that open with its own.
	prefixRawAt = func() (m [256][]string) {
		for _, r := range prefixRaw {
			m[r[0]] = append(m[r[0]], r)
		}
		return m
	}()
	// containsFirst and prefixFirst find a word's phrases without hashing it whole.
	containsFirst = newWordIndex(containsByFirst)
	prefixFirst   = newWordIndex(prefixByFirst)
	// containsRawFirsts holds the bytes the containsRaw phrases start with, once each.
	containsRawFirsts = func() string {
		var b []byte
		for _, r := range containsRaw {
			if !bytes.Contains(b, []byte{r[0]}) {
				b = append(b, r[0])
			}
		}
		return string(b)
	}()
	equalsSet = func() map[string]bool {
		m := map[string]bool{}
		for _, p := range phrases {
			if p.kind == equals {
				m[p.text] = true
				equalsMax = max(equalsMax, len(p.text))
			}
		}
		return m
	}()
	// equalsMax is the longest "=" phrase: a longer key, as most article lines are,
	// is not hashed to look it up.
	equalsMax int
	// stopIndex and monthFilter spare features most of its map lookups: few words of
	// a line are months, and the filter passes every month but few others.
	stopIndex   = newWordIndex(stopwords)
	monthFilter = newWordFilter(monthWords())
)

// monthWords returns the month names and abbreviations of the calendar lexicon (the
// words calendar.Month and calendar.MonthAbbrev know).
func monthWords() map[string]bool {
	m := map[string]bool{}
	for _, sec := range lexicon.Sections("calendar") {
		if sec.Name == "months" {
			for _, l := range sec.Entries {
				for _, w := range strings.Fields(l) {
					m[w] = true
				}
			}
		}
	}
	return m
}

// index maps the first word of each phrase of a kind that is made of plain words to
// its words, and returns the others (with punctuation: "image:") to be matched as
// they are.
func index(ps []phrase, kind phraseKind) (map[string][][]string, []string) {
	m := map[string][][]string{}
	var raw []string
	for _, p := range ps {
		if p.kind != kind {
			continue
		}
		if strings.ContainsFunc(p.text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' }) {
			raw = append(raw, p.text)
			continue
		}
		ws := strings.Fields(p.text)
		m[ws[0]] = append(m[ws[0]], ws)
	}
	return m, raw
}

// wordFilter is a set of hashes of some words (of their length, first and last
// bytes): a cheap test that spares most other words a map lookup.
type wordFilter [wordFilterBits / 64]uint64

const wordFilterBits = 8192

func newWordFilter[V any](m map[string]V) *wordFilter {
	var f wordFilter
	for w := range m {
		h := wordFilterHash(w)
		f[h/64] |= 1 << (h % 64)
	}
	return &f
}

func wordFilterHash(w string) uint {
	return (uint(len(w))*0x9e37 ^ uint(w[0])*0x3b9 ^ uint(w[len(w)-1])*0x61) % wordFilterBits
}

// wordIndex maps a few words to values, found by wordFilterHash (a word's length and
// its first and last bytes) and one string compare: strong and features look up
// every word of every line, and the common ones ("to", "you", "the") are in their
// lexicons, where a map would hash each whole word.
type wordIndex[V any] struct {
	slot   [wordIndexSlots]uint16 // 1 + the group of the words with this hash, or 0
	groups [][]wordEntry[V]
}

// wordIndexSlots keeps an index at 2 KB, small beside the cache it shares.
const wordIndexSlots = 1024

type wordEntry[V any] struct {
	w string
	v V
}

func newWordIndex[V any](m map[string]V) *wordIndex[V] {
	x := new(wordIndex[V])
	for w, v := range m {
		if w == "" {
			continue
		}
		h := wordFilterHash(w) % wordIndexSlots
		if x.slot[h] == 0 {
			x.groups = append(x.groups, nil)
			x.slot[h] = uint16(len(x.groups))
		}
		g := x.slot[h] - 1
		x.groups[g] = append(x.groups[g], wordEntry[V]{w, v})
	}
	return x
}

// get returns the value of w, and whether w is in the index.
func (x *wordIndex[V]) get(w string) (V, bool) {
	if w == "" {
		var zero V
		return zero, false
	}
	return x.getHashed(w, wordFilterHash(w))
}

// getHashed is get of a word that is not empty, whose wordFilterHash is h.
func (x *wordIndex[V]) getHashed(w string, h uint) (V, bool) {
	if g := x.slot[h%wordIndexSlots]; g != 0 {
		for _, e := range x.groups[g-1] {
			if e.w == w {
				return e.v, true
			}
		}
	}
	var zero V
	return zero, false
}

// mayHashed reports whether a word whose wordFilterHash is h could be one of the
// filter's words.
func (f *wordFilter) mayHashed(h uint) bool { return f[h/64]&(1<<(h%64)) != 0 }

func loadPhrases() []phrase {
	var ps []phrase
	for _, l := range lexicon.Lines("boilerplate") {
		var k phraseKind
		switch l[0] {
		case '=':
			k = equals
		case '^':
			k = prefix
		case '~':
			k = contains
		default:
			panic("boiler: phrase without a kind: " + l)
		}
		ps = append(ps, phrase{k, strings.TrimSpace(l[1:])})
	}
	return ps
}

// Classify returns a class for each line.
func Classify(lines []Line) []Class { return ClassifyInto(nil, lines) }

// ClassifyInto is Classify writing into dst's room when it has enough: a caller that
// classifies input after input reuses one slice.
func ClassifyInto(dst []Class, lines []Line) []Class {
	cb := classifyBufs.Get().(*classifyBuf)
	defer cb.release()
	cls := reuse(&dst, len(lines))
	weak := reuse(&cb.weak, len(lines))
	keys := cb.lowerAll(lines)          // lower case, and then without furniture
	rks := cleared(&cb.rks, len(lines)) // each repeatable line's repeatKey, made once
	count := cb.count
	for i := range lines {
		keys[i] = trimFurniture(keys[i])
		if k := keys[i]; repeatable(k) {
			rks[i] = repeatKey(k, &cb.joined)
			count[rks[i]]++
		}
	}
	seen := cb.seen
	furniture := reuse(&cb.furniture, len(lines)) // page furniture, which does not spread to neighbours
	for i, l := range lines {
		key := keys[i]
		switch {
		case key == "":
			cls[i] = Blank
		case datedHeader(key):
			cls[i] = Article // the page's date stamp: whatever widget text follows it on the line
		case pageFooter(key, l.PageBreak || (i > 0 && lines[i-1].PageBreak)):
			cls[i] = Boilerplate
			furniture[i] = true
		case strong(key):
			cls[i] = Boilerplate
		default:
			cls[i] = Article
			rk := rks[i]
			footer := rk != "" && rk != key && count[rk] >= 2 && strings.Count(rk, " ") >= 2
			if !footer && (rk == "" || count[rk] < 3) {
				weak[i] = weakUnread // read only if a neighbour's class could pass to it
				continue
			}
			f := features(key)
			if footer || f.words >= 3 && !f.terminal {
				// A page header or footer repeated on every page. A header's first
				// occurrence stays, as the title it usually also is; a footer that
				// carries the page number goes every time.
				if seen[rk] || footer {
					cls[i] = Boilerplate
					furniture[i] = true
					continue
				}
				seen[rk] = true
			}
			weak[i] = weakOf(f)
		}
	}
	spread(cls, weak, furniture, keys)
	return cls
}

// A line's weakness, as spread reads it: an article line's features are read only
// when a neighbour passes boilerplate on to it (weakUnread until then), since most
// article lines have article lines about them, and features were a fifth of the
// classifier's time.
const (
	notWeak uint8 = iota
	isWeak
	weakUnread
)

// weakOf returns f's weakness.
func weakOf(f lineFeatures) uint8 {
	if f.weak() {
		return isWeak
	}
	return notWeak
}

// weakAt reports whether line i, whose key is keys[i], is weak, reading its features
// the first time it is asked.
func weakAt(weak []uint8, keys []string, i int) bool {
	if weak[i] == weakUnread {
		weak[i] = weakOf(features(keys[i]))
	}
	return weak[i] == isWeak
}

// spread passes classes on to weak lines, forwards and then backwards: a weak line next
// to boilerplate (blank lines between do not count) is boilerplate, so runs of weak
// lines take the class of the strong line they reach. Page furniture sits between
// article lines: it passes no class on, and lets the line before it pass its class over it.
//
// Only a line of boilerplate that is no furniture passes its class on, so each pass
// starts at the first such line it meets: the lines before it would pass on nothing
// but article text, which changes no line. Most pages have few such lines, and many
// none.
func spread(cls []Class, weak []uint8, furniture []bool, keys []string) {
	prev := Article
	for i := passesOn(cls, furniture, 0, len(cls), 1); i < len(cls); i++ {
		prev = spreadAt(cls, weak, furniture, keys, i, prev)
	}
	prev = Article
	for i := passesOn(cls, furniture, len(cls)-1, -1, -1); i >= 0; i-- {
		prev = spreadAt(cls, weak, furniture, keys, i, prev)
	}
}

// passesOn returns the first line from i on, stepping by step until end, that is
// boilerplate and no furniture, or end.
func passesOn(cls []Class, furniture []bool, i, end, step int) int {
	for ; i != end; i += step {
		if cls[i] == Boilerplate && !furniture[i] {
			return i
		}
	}
	return end
}

// spreadAt classes line i given the class prev passed on, and returns what it passes on.
func spreadAt(cls []Class, weak []uint8, furniture []bool, keys []string, i int, prev Class) Class {
	switch {
	case cls[i] == Blank, furniture[i]:
		return prev
	case prev == Boilerplate && weakAt(weak, keys, i):
		cls[i] = Boilerplate
		return prev
	}
	return cls[i]
}

// classifyBuf holds what Classify needs only while it works, kept in a pool between
// calls: every input needs them again.
type classifyBuf struct {
	keys, rks []string
	lower     []byte
	joined    []byte  // repeatKey's joins
	weak      []uint8 // notWeak, isWeak or weakUnread
	furniture []bool
	count     map[string]int
	seen      map[string]bool
}

var classifyBufs = sync.Pool{New: func() any {
	return &classifyBuf{count: make(map[string]int), seen: make(map[string]bool)}
}}

// classifyBufMax bounds the lines and bytes the pool keeps: the buffers of a longer
// input are left to the collector, so that one long input does not stay pinned.
const classifyBufMax = 1 << 14

// release returns cb to the pool, cleared so that the pool keeps no text alive, unless
// it grew past the bound.
func (cb *classifyBuf) release() {
	clear(cb.keys)
	clear(cb.rks)
	clear(cb.count)
	clear(cb.seen)
	if cap(cb.keys) > classifyBufMax || cap(cb.lower) > classifyBufMax*64 || len(cb.count) > classifyBufMax {
		return
	}
	clear(cb.lower)
	cb.lower = cb.lower[:0]
	clear(cb.joined)
	cb.joined = cb.joined[:0]
	classifyBufs.Put(cb)
}

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

// cleared returns *s, a slice of strings that release clears, cut or grown to n
// empty strings. release clears what each call wrote, so the pool's slices are zero
// up to their capacity: clearing them again here, a write barrier's work per string
// while the collector runs, would be a second pass for nothing.
func cleared(s *[]string, n int) []string {
	if cap(*s) < n {
		*s = make([]string, n)
	} else {
		*s = (*s)[:n]
	}
	return *s
}

// lowerAll returns each line's text as strings.ToLower gives it: the line itself when
// that changes nothing, else a copy written into one buffer shared by the lines,
// rather than a copy each.
func (cb *classifyBuf) lowerAll(lines []Line) []string {
	out := cleared(&cb.keys, len(lines))
	n := 0
	for i, l := range lines {
		if changesLower(l.Text) {
			n += len(l.Text)
		} else {
			out[i] = l.Text
		}
	}
	buf := cb.lower[:0]
	if cap(buf) < n {
		buf = make([]byte, 0, n) // a rune that grows when lower-cased makes append copy
	}
	for i, l := range lines {
		if out[i] != "" || l.Text == "" {
			continue
		}
		start := len(buf)
		buf = norm.AppendLower(buf, l.Text)
		// buf only grows: the bytes of a line, once written, never change.
		out[i] = unsafe.String(&buf[start], len(buf)-start)
	}
	cb.lower = buf
	return out
}

// changesLower reports whether strings.ToLower changes s: an upper-case letter, or a
// bad byte (which becomes U+FFFD).
func changesLower(s string) bool {
	// Eight bytes at a time while they are ASCII without a capital (see
	// norm.LowerWord: lower-casing leaves them as they are).
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if x := norm.LE64(s[i:]); x&0x8080808080808080 != 0 || norm.LowerWord(x) != x {
			break
		}
	}
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.ToLower(r) != r {
			return true
		}
		i += n
	}
	return false
}

// datedHeader reports a line that opens with a page's date stamp in figures, "date
// 2019-09-27 …": it gives the publication date, so it is kept even when a subscription
// prompt or other widget text was scraped onto the same line.
func datedHeader(key string) bool {
	rest, ok := strings.CutPrefix(key, "date ")
	if !ok || len(rest) < 10 {
		return false
	}
	for i, c := range []byte(rest[:10]) {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return len(rest) == 10 || rest[10] == ' '
}

// repeatable reports a line that could be a page header or footer: short, and not a
// sentence.
func repeatable(k string) bool {
	if k == "" || len(k) >= 120 {
		return false
	}
	switch k[len(k)-1] {
	case '.', '!', '?', '"', '\'':
		return false
	}
	return true
}

// repeatKey is the line with a page number taken out ("page 3", a trailing "3",
// "3 of 14"), so that the footers of different pages compare equal. A key that
// changes is written into *arena (see appendJoin).
func repeatKey(k string, arena *[]byte) string {
	spaced := singleSpaced(k)
	if spaced && (!hasDigit(k) || keepsNumbers(k)) {
		return k
	}
	// A repeatable key is under 120 bytes, so its words fit an array on the stack.
	var words [64]string
	f := fields(words[:0], k)
	isNum := pageNumber
	out := f[:0] // written over f: out never passes the word being read
	for i := 0; i < len(f); i++ {
		switch {
		case f[i] == "page" && i+1 < len(f) && isNum(f[i+1]):
			i++
			if i+2 < len(f) && f[i+1] == "of" && isNum(f[i+2]) {
				i += 2
			}
		case i == len(f)-1 && i >= 3 && isNum(f[i]):
		default:
			out = append(out, f[i])
		}
	}
	if spaced && len(out) == len(f) {
		return k // every word kept, one space apart: the join is k
	}
	return appendJoin(arena, out)
}

// keepsNumbers reports a single-spaced key from which repeatKey takes no page number:
// no word "page" (it needs "page" in the key), and no number of one to four digits as
// the last of four words or more. Most keys with a digit (a date, a time) keep all
// their words, and are told so without being split into them.
func keepsNumbers(k string) bool {
	if strings.Contains(k, "page") {
		return false
	}
	sp := strings.LastIndexByte(k, ' ')
	return !pageNumber(k[sp+1:]) || strings.Count(k[:max(sp, 0)], " ") < 2
}

// appendJoin returns strings.Join(ws, " ") written into *arena rather than a string
// of its own. Bytes once written there never change: an arena without room for the
// join is replaced by a new one, and the old one lives on under the keys in it.
func appendJoin(arena *[]byte, ws []string) string {
	n := len(ws) - 1
	for _, w := range ws {
		n += len(w)
	}
	if n <= 0 {
		return ""
	}
	a := *arena
	if cap(a)-len(a) < n {
		a = make([]byte, 0, max(n, joinArena))
	}
	start := len(a)
	for i, w := range ws {
		if i > 0 {
			a = append(a, ' ')
		}
		a = append(a, w...)
	}
	*arena = a
	return unsafe.String(&a[start], n)
}

// joinArena is the size of the arena repeatKey's joins are written into: the keys
// of many short lines.
const joinArena = 4 << 10

// singleSpaced reports a key that joining its words by one space gives back: its
// words already one space apart (a folded line's only white space is ' '). It tests
// eight bytes at a time: no byte past ASCII (a space of another kind, in a key not
// folded), none of \t \n \v \f \r, and no space after a space; then the ends.
func singleSpaced(k string) bool {
	const ones, high, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	if k != "" && (k[0] == ' ' || k[len(k)-1] == ' ') {
		return false
	}
	var prev uint64 // the high bit of byte 0 set: the byte before the block is a space
	i := 0
	for ; i+8 <= len(k); i += 8 {
		x := norm.LE64(k[i:])
		h := x &^ high
		ctrl := (h + ones*(0x80-'\t')) &^ (h + ones*(0x80-'\r'-1))
		y := x ^ ones*' ' // a space's byte zero
		sp := ^(y&lows + lows | y | lows)
		if (x|ctrl|sp&(sp<<8|prev))&high != 0 {
			return false
		}
		prev = sp >> 56
	}
	for ; i < len(k); i++ {
		switch c := k[i]; {
		case c >= 0x80, '\t' <= c && c <= '\r':
			return false
		case c == ' ' && prev != 0:
			return false
		case c == ' ':
			prev = 1
		default:
			prev = 0
		}
	}
	return true
}

// hasDigit reports an ASCII digit in k. It tests eight bytes at a time, as
// lowerAlnumRun does: most keys have no digit, and are read to their end.
func hasDigit(k string) bool {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(k); i += 8 {
		x := norm.LE64(k[i:])
		h := x &^ high
		if (h+ones*(0x80-'0'))&^(h+ones*(0x80-'9'-1))&^x&high != 0 {
			return true
		}
	}
	for ; i < len(k); i++ {
		if k[i] >= '0' && k[i] <= '9' {
			return true
		}
	}
	return false
}

// fields appends the words of k, split as strings.Fields splits them, to dst. An
// ASCII byte is classed by a table; only a multi-byte rune is decoded.
func fields(dst []string, k string) []string {
	start := -1
	for i, n := 0, 0; i < len(k); i += n {
		space := asciiSpace[k[i]]
		if n = 1; k[i] >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(k[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				dst = append(dst, k[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, k[start:])
	}
	return dst
}

// asciiSpace holds the ASCII bytes unicode.IsSpace takes.
var asciiSpace = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = unicode.IsSpace(rune(c))
	}
	return t
}()

// pageNumber reports a word of one to four digits.
func pageNumber(s string) bool {
	if s == "" || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// trimFurniture removes bullets, list dashes and surrounding white space and symbols.
func trimFurniture(s string) string {
	// Most lines open and end with an ASCII byte that is no furniture: nothing to trim,
	// and no rune to decode.
	if s != "" && asciiKept[s[0]] && asciiKept[s[len(s)-1]] {
		return s
	}
	return strings.TrimFunc(s, isFurniture)
}

// isFurniture reports a rune trimFurniture trims.
func isFurniture(r rune) bool {
	return unicode.IsSpace(r) || r == '•' || r == '-' || r == '*' || r == '|' || r == '>' || r == '·'
}

// asciiKept holds the ASCII bytes that trimFurniture keeps.
var asciiKept = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !isFurniture(rune(c))
	}
	return t
}()

func strong(key string) bool {
	if len(key) <= equalsMax && equalsSet[key] {
		return true
	}
	if t := trimStops(key); len(t) < len(key) && len(t) <= equalsMax && equalsSet[t] {
		return true
	}
	if key != "" {
		for _, r := range prefixRawAt[key[0]] {
			if strings.HasPrefix(key, r) {
				return true
			}
		}
	}
	if containsRawIn(key) {
		return true
	}
	if found, ascii := phraseWordsASCII(key); found || !ascii && phraseWords(key) {
		return true
	}
	return len(key) <= 24 && widget(key)
}

// phraseWords reports whether a "~" phrase made of words is among the words of key,
// or a "^" one opens it. One pass over the words, without allocating: each word that
// starts a phrase is followed up word by word; the first word may also start a "^"
// phrase.
func phraseWords(key string) bool {
	first := true
	for i := 0; i < len(key); {
		w, next := nextWord(key, i)
		if w == "" {
			break
		}
		// only the first word is looked up, when key opens with it
		if phraseAt(key, w, next, first && strings.HasPrefix(key, w)) {
			return true
		}
		first = false
		i = next
	}
	return false
}

// phraseAt reports whether word w of key, which ends at next, starts a "~" phrase
// there, or, when opens (w opens key), a "^" phrase.
func phraseAt(key, w string, next int, opens bool) bool {
	return phraseAtGroup(key, w, next, opens, containsFirst.slot[wordFilterHash(w)%wordIndexSlots])
}

// phraseAtGroup is phraseAt given g, containsFirst's slot for w (w is not empty).
func phraseAtGroup(key, w string, next int, opens bool, g uint16) bool {
	if opens {
		ps, _ := prefixFirst.get(w)
		for _, p := range ps {
			if followedBy(key, next, p[1:]) {
				return true
			}
		}
	}
	if g == 0 {
		return false
	}
	for _, e := range containsFirst.groups[g-1] {
		if e.w == w {
			for _, p := range e.v {
				if followedBy(key, next, p[1:]) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// containsRawIn reports whether key contains one of the "~" phrases with punctuation.
// It scans key once for each byte they start with ("(" for all of them), not once per
// phrase, and tries the phrases where that byte stands.
func containsRawIn(key string) bool {
	for k := 0; k < len(containsRawFirsts); k++ {
		c := containsRawFirsts[k]
		for i := strings.IndexByte(key, c); i >= 0; {
			for _, r := range containsRaw {
				if r[0] == c && strings.HasPrefix(key[i:], r) {
					return true
				}
			}
			j := strings.IndexByte(key[i+1:], c)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// trimStops is strings.TrimRight(key, ".:!") without building the cut set each call.
func trimStops(key string) string {
	i := len(key)
	for i > 0 && (key[i-1] == '.' || key[i-1] == ':' || key[i-1] == '!') {
		i--
	}
	return key[:i]
}

// nextWord returns the word (a run of letters and digits) at or after i, and the
// offset after it. Bytes are classed by a table (byteKind), in tight loops over
// ASCII; only a multi-byte rune is decoded.
func nextWord(s string, i int) (string, int) {
	for {
		for i < len(s) && byteKind[s[i]] == kindOther {
			i++
		}
		if i == len(s) || byteKind[s[i]] == kindWord {
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if wordRune(r) {
			break
		}
		i += n
	}
	j := i
	for {
		j = lowerAlnumRun(s, j)
		for j < len(s) && byteKind[s[j]] == kindWord {
			j++
		}
		if j == len(s) || byteKind[s[j]] == kindOther {
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !wordRune(r) {
			break
		}
		j += n
	}
	return s[i:j], j
}

// lowerAlnumRun returns where the run of ASCII lower-case letters and digits from j
// ends, or where fewer than eight bytes are left (nextWord's byte loop reads on from
// there). It reads eight bytes at a time: the keys are lower-cased, and the end of most of their
// words is found in one word-sized test and a count of trailing zeros, without a
// branch on each byte, which the lengths of words make hard to predict. Each test keeps
// to its byte's low seven bits, so that no sum carries into the next byte.
func lowerAlnumRun(s string, j int) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	for ; j+8 <= len(s); j += 8 {
		x := norm.LE64(s[j:])
		h := x &^ high
		letter := (h + ones*(0x80-'a')) &^ (h + ones*(0x80-'z'-1))
		digit := (h + ones*(0x80-'0')) &^ (h + ones*(0x80-'9'-1))
		if other := (x | ^(letter | digit)) & high; other != 0 {
			return j + bits.TrailingZeros64(other)/8
		}
	}
	return j
}

// byteKind classes a byte for nextWord: an ASCII letter or digit, another ASCII
// byte, or the start or continuation of a multi-byte rune, to be decoded.
var byteKind = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = kindRune
		case asciiWord[c]:
			t[c] = kindWord
		}
	}
	return t
}()

const (
	kindOther = iota
	kindWord
	kindRune
)

// asciiWord holds the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = wordRune(c)
	}
	return t
}()

// wordRune reports a letter or a digit, an ASCII one without the Unicode tables.
func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// followedBy reports whether the words from offset i are ws.
func followedBy(s string, i int, ws []string) bool {
	for _, w := range ws {
		var got string
		got, i = nextWord(s, i)
		if got != w {
			return false
		}
	}
	return true
}

// weekdayWord reports a weekday's name or abbreviation, or a day word of a schedule
// widget: "Sat", "tonight".
func weekdayWord(w string) bool {
	if _, ok := calendar.Weekday(w); ok {
		return true
	}
	return w == "today" || w == "tonight" || w == "tomorrow"
}

// monthName reports a month's name or its abbreviation; features asks only of a word
// that monthFilter may hold.
func monthName(w string) bool { return calendar.Month(w) > 0 || calendar.MonthAbbrev(w) > 0 }

// widget reports weather and schedule widget lines: "17°C", "Sat", "6:00am - 7:00am".
func widget(key string) bool {
	if weekdayWord(key) {
		return true
	}
	// A temperature: digits, optional sign, a degree sign, an optional unit.
	t := strings.TrimPrefix(key, "-")
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i <= 3 {
		rest := strings.TrimSpace(t[i:])
		if rest == "°" || rest == "°c" || rest == "°f" {
			return true
		}
	}
	// Clock times only: "6:00am - 7:00am".
	only := true
	hasColon := false
	for _, r := range key {
		switch {
		case r >= '0' && r <= '9', r == ' ', r == '-', r == 'a', r == 'p', r == 'm', r == '.':
		case r == ':':
			hasColon = true
		default:
			only = false
		}
	}
	return only && hasColon
}

// pageFooter reports "Page 3 of 14", "3 of 14" and a bare page number beside a page break.
func pageFooter(key string, pageBreak bool) bool {
	if len(key) > 4 && !strings.HasPrefix(key, "page") {
		return false
	}
	var words [8]string // a footer has few words: they fit on the stack
	f := fields(words[:0], key)
	isNum := pageNumber
	switch {
	case len(f) == 4 && f[0] == "page" && isNum(f[1]) && f[2] == "of" && isNum(f[3]):
		return true
	case len(f) == 2 && f[0] == "page" && isNum(f[1]):
		return true
	case len(f) > 2 && f[0] == "page" && isNum(f[1]) && (f[2] == "|" || f[2] == "-"):
		return true // "Page 1 | Harwell Vale Hospital Inspection report 30/11/2023"
	case len(f) == 1 && isNum(f[0]) && pageBreak:
		return true
	}
	return false
}

type lineFeatures struct {
	words, stops int
	terminal     bool // ends like a sentence
	separators   int
	signal       bool // names something an inspection article is about
	date         bool // gives a date: a dateline is the article's, not the page's
}

func features(key string) lineFeatures {
	var f lineFeatures
	if terminal(key) {
		// A sentence: never weak, never a repeated header; nothing more to know.
		f.terminal = true
		return f
	}
	month, number := false, false
	for w := range keyWords(key) {
		f.words++
		h := wordFilterHash(w) // one hash for both lookups: w is never empty
		if stop, _ := stopIndex.getHashed(w, h); stop {
			f.stops++
		}
		month = month || monthFilter.mayHashed(h) && monthName(w)
		number = number || (len(w) <= 4 && w[0] >= '0' && w[0] <= '9')
	}
	f.date = month && number
	f.separators = strings.Count(key, "|") + countSpaced(key, "•") + countSpaced(key, "/")
	// Content signals matter only to a line that could otherwise be weak.
	if !f.terminal && !f.date && (f.words <= 4 || f.separators >= 3 || f.words >= 6 && f.stops*10 < f.words) {
		f.signal = hasSignal(key)
	}
	return f
}

// terminal reports a key that ends like a sentence, before any closing quote marks,
// brackets and spaces: strings.TrimRight(key, `"' )]`) ends in . ! ? : ; or a comma.
// It is written out because TrimRight builds its set of bytes anew each call.
func terminal(key string) bool {
	i := len(key)
	for i > 0 {
		switch key[i-1] {
		case '"', '\'', ' ', ')', ']':
			i--
			continue
		case '.', '!', '?', ':', ';', ',':
			return true
		}
		break
	}
	return false
}

// signal is a content signal, with its first eight bytes (fewer for a shorter one) as
// a little-endian number and the mask of those bytes: where eight bytes of a key are
// left, they are compared with it in one test, not by a call to compare strings.
type signal struct {
	text       string
	head, mask uint64
}

// countSpaced is strings.Count(key, " "+mark+" "), found by the mark (rare in a line)
// rather than by the space that opens it, at which Count would stop after every word.
func countSpaced(key, mark string) int {
	n := 0
	for from := 0; ; {
		i := strings.Index(key[from:], mark)
		if i < 0 {
			return n
		}
		i += from
		next := i + len(mark)
		// Count's match opens at i-1, inside what is left to search: i > from.
		if i > from && key[i-1] == ' ' && next < len(key) && key[next] == ' ' {
			n++
			next++ // Count goes on after the match's closing space
		}
		from = next
	}
}

// hasSignal reports whether key contains one of the content signals.
func hasSignal(key string) bool {
	for i := 0; i < len(key); i++ {
		// Most positions open no signal, though most letters open one: the next
		// byte's bit tells, without reading the signals filed under this byte.
		if i+1 < len(key) && signalSeconds[key[i]]>>(key[i+1]&63)&1 == 0 {
			continue
		}
		ss := signalsAt[key[i]]
		if len(ss) == 0 {
			continue
		}
		if i+8 > len(key) {
			for _, s := range ss {
				if strings.HasPrefix(key[i:], s.text) {
					return true
				}
			}
			continue
		}
		x := norm.LE64(key[i:])
		for _, s := range ss {
			if x&s.mask == s.head && (len(s.text) <= 8 || strings.HasPrefix(key[i+8:], s.text[8:])) {
				return true
			}
		}
	}
	return false
}

// keyWords yields the words of key as strings.FieldsFunc would split it at every rune
// that is not a letter, a digit or an apostrophe, without making a slice of them.
func keyWords(key string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i, n := 0, 1; i < len(key); i += n {
			// An ASCII byte is classed by a table, and the rest of its run found by
			// keyRun; only a multi-byte rune is decoded.
			in := keyByte[key[i]]
			if n = 1; in {
				if start < 0 {
					start = i
				}
				n = keyRun(key, i+1) - i
				continue
			}
			if key[i] >= utf8.RuneSelf {
				var r rune
				r, n = utf8.DecodeRuneInString(key[i:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					if start < 0 {
						start = i
					}
					continue
				}
			}
			if start >= 0 {
				if !yield(key[start:i]) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(key[start:])
		}
	}
}

// keyRun returns where the run of keyByte's bytes (ASCII letters, digits and
// apostrophes) from j ends. It tests eight bytes at a time, as lowerAlnumRun does,
// and the last few bytes one by one.
func keyRun(s string, j int) int {
	const ones, high, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	for ; j+8 <= len(s); j += 8 {
		x := norm.LE64(s[j:])
		h := x &^ high
		l := h | ones*0x20 // a letter's lower case
		letter := (l + ones*(0x80-'a')) &^ (l + ones*(0x80-'z'-1))
		digit := (h + ones*(0x80-'0')) &^ (h + ones*(0x80-'9'-1))
		y := x ^ ones*'\'' // an apostrophe's byte zero
		apos := ^(y&lows + lows | y | lows)
		if other := (x | ^(letter | digit | apos)) & high; other != 0 {
			return j + bits.TrailingZeros64(other)/8
		}
	}
	for j < len(s) && keyByte[s[j]] {
		j++
	}
	return j
}

// keyByte holds the ASCII bytes of keyWords' words: letters, digits, the apostrophe.
var keyByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiWord[c] || c == '\''
	}
	return t
}()

func (f lineFeatures) weak() bool {
	if f.terminal || f.signal || f.date {
		return false
	}
	if f.words <= 4 {
		return true
	}
	// Navigation: several separators, or many words and almost no function words.
	return f.separators >= 3 || (f.words >= 6 && f.stops*10 < f.words)
}
