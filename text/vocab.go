package text

import "github.com/verdictnlp/verdict/internal/norm"

// The word vocabulary numbers the words the lexicons' phrases hold, once, so that a
// Document can give each of its tokens a number when it is built and the annotators
// compare numbers instead of hashing strings. It is process-wide and filled while the
// packages initialise (their lexicon matchers are package variables); afterwards it
// is only read, so the hot path takes no lock. A word in no lexicon has WordID 0.

// WordID numbers a lower-case word of the lexicons, from 2 up (0 is a word in no
// lexicon; 1 is kept for a phrase's wildcard). See [Intern].
type WordID uint16

// NoWord is the WordID of a token whose word no lexicon holds.
const NoWord WordID = 0

// firstWordID is the WordID of the first word interned: 0 and 1 are kept.
const firstWordID = 2

// vocab is the process-wide vocabulary: ids for Intern; for Lookup, one[c] numbers
// the one-byte words (most of them punctuation marks), and the longer ones are found
// through table, open-addressed by wordHash and under half full. A slot holds a word's
// WordID, its length and its head (its first eight bytes as a number), compared before
// its bytes past the eighth: most words are no longer than eight bytes, so a lookup
// reads one slot, one cache line, and no word's text. The annotators' own tables
// crowd the cache while the tokens are numbered: a lookup that read the table, an
// array of heads and one of lengths missed three times as often.
var vocab struct {
	ids   map[string]WordID
	one   [256]WordID
	words []string // by WordID
	table []vslot  // 1<<bits long
	bits  uint
	// seen has the bit wordHash(w, head(w), seenBits) of every word in table set. A
	// word that is in no lexicon, a quarter of a text's tokens and most of its rare
	// words, is told by it, 8 KB that stay in the cache, without reading the table,
	// where it would miss the cache.
	seen [1 << seenBits / 64]uint64
}

// seenBits is the width of the hash that numbers vocab.seen's bits.
const seenBits = 16

// vslot is a slot of the vocabulary's table: id is NoWord in a free slot.
type vslot struct {
	head uint64 // head(word)
	id   WordID
	n    uint16 // len(word), at most 0xffff
}

// Intern returns the WordID of w, a lower-case word as [Document.Word] gives it,
// numbering it if it is new. Call it only while the program initialises (from package
// variable initialisers or init functions), never concurrently with Parse or Lookup:
// a Document parsed before a word is interned gives that word's tokens NoWord
// ([Document.VocabSize] tells how many words its IDs know of).
func Intern(w string) WordID {
	if w == "" {
		return NoWord
	}
	if id, ok := vocab.ids[w]; ok {
		return id
	}
	if vocab.ids == nil {
		vocab.ids = make(map[string]WordID)
		vocab.words = make([]string, firstWordID)
	}
	n := len(vocab.ids) + firstWordID
	if n > int(^WordID(0)) {
		panic("text: word vocabulary full")
	}
	id := WordID(n)
	vocab.ids[w] = id
	vocab.words = append(vocab.words, w)
	if len(w) == 1 {
		vocab.one[w[0]] = id
		return id
	}
	if 2*(len(vocab.ids)+1) > len(vocab.table) {
		growTable()
	}
	place(id)
	return id
}

// growTable doubles the table (to 1024 slots at first) and files every word again.
func growTable() {
	vocab.bits = max(10, vocab.bits+1)
	vocab.table = make([]vslot, 1<<vocab.bits)
	for id, w := range vocab.words {
		if len(w) > 1 {
			place(WordID(id))
		}
	}
}

// place files word id in the first free slot from its hash on.
func place(id WordID) {
	mask := uint32(len(vocab.table) - 1)
	w := vocab.words[id]
	hd := head(w)
	b := wordHash(w, hd, seenBits)
	vocab.seen[b/64] |= 1 << (b % 64)
	for h := wordHash(w, hd, vocab.bits); ; h = (h + 1) & mask {
		if vocab.table[h].id == NoWord {
			vocab.table[h] = vslot{head: hd, id: id, n: uint16(min(len(w), 0xffff))}
			return
		}
	}
}

// head returns the first eight bytes of w (fewer, zero-padded, for a shorter word) as
// a little-endian number.
func head(w string) uint64 {
	if len(w) >= 8 {
		return norm.LE64(w)
	}
	var x uint64
	for i := len(w) - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x
}

// wordHash hashes w (two bytes or more), whose head is h, on its length, its first
// eight and its last two bytes, to bits bits: a multiplicative hash, read from the top.
func wordHash(w string, h uint64, bits uint) uint32 { return uint32(wordMix(w, h) >> (64 - bits)) }

// wordMix is the 64-bit product whose top bits are wordHash's: a lookup reads both of
// its hashes (the seen bit's, the table's) from one product.
func wordMix(w string, h uint64) uint64 {
	n := len(w)
	return wordMixOf(h, uint64(w[n-2])|uint64(w[n-1])<<8, n)
}

// wordMixOf is wordMix of a word of n bytes whose head is h and whose last two bytes
// are last2.
func wordMixOf(h, last2 uint64, n int) uint64 {
	x := h ^ (last2|uint64(n)<<16)<<40
	return x * 0x9e3779b97f4a7c15
}

// Lookup returns the WordID of the lower-case word w, or NoWord when it was never
// interned. It takes no lock and allocates nothing.
func Lookup(w string) WordID {
	switch len(w) {
	case 0:
		return NoWord
	case 1:
		return vocab.one[w[0]]
	}
	return lookupHead(w, head(w))
}

// lookupHead is Lookup of a word of two bytes or more whose head is h.
func lookupHead(w string, h uint64) WordID {
	n := len(w)
	return probe(w, h, uint64(w[n-2])|uint64(w[n-1])<<8, false)
}

// probe finds the word w of two bytes or more, whose head is h and whose last two
// bytes are last2 (the second one's shifted by 8), in the table. With fold, w is
// looked up as its ASCII letters lower-cased would be (h and last2 lower-cased
// already): w is a token of the text, which keeps its case.
//
// The seen test is kept apart from the table's loop, in a function small enough to be
// inlined: a word in no lexicon, a quarter of the tokens, costs no call.
func probe(w string, h, last2 uint64, fold bool) WordID {
	mix := wordMixOf(h, last2, len(w))
	if !seenMix(mix) {
		return NoWord // an empty table has no seen bit set
	}
	return probeTable(w, h, mix, fold)
}

// seenMix reports whether the seen bit of a word whose wordMix is mix is set.
func seenMix(mix uint64) bool {
	b := uint32(mix >> (64 - seenBits))
	return vocab.seen[b/64]&(1<<(b%64)) != 0
}

// probeTable is probe's search of the table for a word whose seen bit is set; mix is
// its wordMix.
func probeTable(w string, h, mix uint64, fold bool) WordID {
	t := vocab.table
	if len(t) == 0 {
		return NoWord
	}
	mask := uint32(len(t) - 1)
	n := uint16(min(len(w), 0xffff))
	for i := uint32(mix >> (64 - vocab.bits)); ; i = (i + 1) & mask {
		s := &t[i]
		if s.id == NoWord || s.head == h && s.n == n && (len(w) <= 8 || tailEqual(vocab.words[s.id][8:], w[8:], fold)) {
			return s.id
		}
	}
}

// tailEqual reports whether w, with its ASCII letters lower-cased when fold is set,
// is v.
func tailEqual(v, w string, fold bool) bool {
	if !fold {
		return v == w
	}
	return EqualLower(w, v)
}

// foldByte returns c lower-cased when it is an ASCII capital, c otherwise.
func foldByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// VocabSize returns the number of WordIDs given out so far, the kept ones included:
// every WordID is below it.
func VocabSize() int { return len(vocab.ids) + firstWordID }

// wordIDs numbers the tokens of d by the vocabulary as it stands, each looked up as
// its word lower-cased (ASCII letters only) would be, read from the text as it is:
// the text has no lower-cased copy. It keeps the capitalised words lower-cased in
// d.caps, for Word.
func (d *Document) wordIDs() {
	d.ids = make([]WordID, len(d.toks))
	txt := d.text
	ids := d.ids
	c := newCapBuilder(&d.caps, len(d.toks))
	var up uint64 // the capitalised tokens of the run of 64 read
	for i, t := range d.toks {
		var id WordID
		var h uint64
		var upper bool
		if n, start := int(t.End-t.Start), int(t.Start); uint(n-1) < 8 && start+8 <= len(txt) {
			// A token of one to eight bytes, most of them, is read here, lookupFold's
			// case without the call: its head read as eight bytes of the text at
			// once, the bytes past it masked off. A one-byte token's number is read
			// from vocab.one. (It is lookupFold's short case written again: called as
			// a function of its own, which does not inline, it cost 2 to 5% of
			// parsing. TestWordIDsAsLookup holds both to Lookup.)
			raw := norm.LE64(txt[start:]) & (1<<(8*n) - 1)
			h = norm.LowerWord(raw)
			upper = h != raw
			if n == 1 {
				id = vocab.one[h]
			} else if mix := wordMixOf(h, h>>(8*(n-2))&0xffff, n); seenMix(mix) {
				id = probeTable(txt[start:start+n], h, mix, upper)
			}
		} else {
			id, h, upper = lookupFold(txt[t.Start:t.End], txt, int(t.Start))
		}
		ids[i] = id
		if upper {
			up |= 1 << (uint(i) % 64)
			c.add(txt[t.Start:t.End], h)
		}
		if i%64 == 63 {
			c.run(i/64, up)
			up = 0
		}
	}
	if len(d.toks)%64 != 0 {
		c.run(len(d.toks)/64, up)
	}
	c.finish()
	d.vocabSize = VocabSize()
}

// lookupFold returns the WordID of w, the text txt's bytes from start on, as its ASCII
// letters lower-cased would give it, its head lower-cased (its first eight bytes, or
// all of a shorter word's, as a little-endian number), and whether it holds a capital.
// Its heads, the first eight bytes and the last, are lower-cased eight bytes at once.
func lookupFold(w, txt string, start int) (WordID, uint64, bool) {
	var h, last2 uint64
	var upper bool
	switch n := len(w); {
	case n == 0:
		return NoWord, 0, false
	case n == 1: // most often a mark: Lookup's case, without the call
		c := w[0]
		h := foldByte(c)
		return vocab.one[h], uint64(h), h != c
	case n > 8:
		raw := norm.LE64(w)
		h = norm.LowerWord(raw)
		tail := norm.LE64(w[n-8:])
		lt := norm.LowerWord(tail)
		upper = h != raw || lt != tail || n > 16 && hasUpper(w[8:n-8])
		last2 = lt >> 48
	default:
		var raw uint64
		if start+8 <= len(txt) {
			// A short word's head read as eight bytes of the text at once, the
			// bytes past the word masked off, rather than byte by byte.
			raw = norm.LE64(txt[start:]) & (1<<(8*n) - 1)
		} else {
			raw = head(w)
		}
		h = norm.LowerWord(raw)
		last2 = h >> (8 * (n - 2)) & 0xffff
		upper = h != raw
	}
	// The seen test here, not in a call: a word in no lexicon, a quarter of the
	// tokens, is told without one. A word without a capital is its own lower case:
	// a long one's tail is compared as it is (fold false).
	mix := wordMixOf(h, last2, len(w))
	if !seenMix(mix) {
		return NoWord, h, upper
	}
	return probeTable(w, h, mix, upper), h, upper
}

// WordID returns the vocabulary number of token i's lower-case word ([Document.Word]),
// or NoWord when no lexicon holds it.
func (d *Document) WordID(i int) WordID { return d.ids[i] }

// WordIDs returns the WordIDs of tokens [first, last), read-only.
func (d *Document) WordIDs(first, last int) []WordID { return d.ids[first:last:last] }

// VocabSize returns the size of the vocabulary when d's WordIDs were given: a word
// interned later has NoWord in d even where d holds it.
func (d *Document) VocabSize() int { return d.vocabSize }

// VocabWord returns the word numbered id, or "" for NoWord, the wildcard's number and a
// number not given out.
func VocabWord(id WordID) string {
	if int(id) < firstWordID || int(id) >= len(vocab.words) {
		return ""
	}
	return vocab.words[id]
}

// WordSet is a set of words by their WordID, indexed by it: a stage tests a token's
// word with one slice load instead of hashing its text.
type WordSet []bool

// NewWordSet interns words and marks them. Like Intern, call it only while the
// program initialises.
func NewWordSet(words []string) WordSet {
	var s WordSet
	for _, w := range words {
		id := int(Intern(w))
		if id >= len(s) {
			s = append(s, make(WordSet, id+1-len(s))...)
		}
		s[id] = true
	}
	return s
}

// Has reports whether the word numbered id is in s.
func (s WordSet) Has(id WordID) bool { return int(id) < len(s) && s[id] }

// hasUpper reports whether s holds an ASCII capital.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}
