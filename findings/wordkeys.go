package findings

import (
	"sync"
	"sync/atomic"

	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/text"
)

// A word's keys in the lists depend on the word alone, so a word the text vocabulary
// numbers has them looked up once per process, by its text.WordID: fIDKeys holds them
// packed in one atomic word per WordID, filled on first need (racing writers store the
// same value), so that the scan reads a word's keys without hashing its string. The
// lists' words, stems and exact words are interned at init (fPhraseStems, add), so
// that most words that have keys have a number. A word with no number (NoWord) has no
// exact key, since every exact word was interned; it has no stem key either when it is
// long and its first three letters begin no listed stem (fMayStem), which is most
// words: only the rest go to the string-keyed cache (fKeys).

// fKeyTables holds the packed keys of the words and of the punctuation marks, by
// WordID, for the vocabulary as it stood when first needed (after init, when it no
// longer changes).
type fKeyTables struct {
	word, punct []atomic.Uint64
}

var fIDKeys = sync.OnceValue(func() *fKeyTables {
	if fVocab.Len()+2 > fKeyLimit {
		panic("findings: more keys than a packed word or an fword holds")
	}
	n := text.VocabSize()
	return &fKeyTables{word: make([]atomic.Uint64, n), punct: make([]atomic.Uint64, n)}
})

// fPacked is the flag of a filled entry; the keys lie below it.
const fPacked = 1 << 63

func fPack(w phrase.Word) uint64 {
	p := uint64(w.Stem) | uint64(w.Exact)<<16 | uint64(w.Starts)<<32 | fPacked
	if w.Punct {
		p |= 1 << 48
	}
	return p
}

func fUnpack(p uint64) phrase.Word {
	return phrase.Word{Stem: phrase.Key(p & 0xffff), Exact: phrase.Key(p >> 16 & 0xffff),
		Starts: uint16(p >> 32), Punct: p>>48&1 != 0}
}

// fKeyReader gives the keys of one Document's words; ok says whether the Document's
// word numbers know every interned word (it was parsed after init).
type fKeyReader struct {
	tabs  *fKeyTables
	ok    bool
	short *fShortKeys // the call's, in its pooled scratch
}

func newFKeyReader(doc *text.Document, short *fShortKeys) fKeyReader {
	tabs := fIDKeys()
	return fKeyReader{tabs: tabs, ok: doc.VocabSize() >= len(tabs.word), short: short}
}

// word returns the keys of the lower-case word low, numbered id (text.NoWord when the
// vocabulary does not hold it).
func (r fKeyReader) word(low string, id text.WordID) phrase.Word {
	if !r.ok {
		return fKeys(low)
	}
	if id == text.NoWord || int(id) >= len(r.tabs.word) {
		if len(low) <= 8 {
			return r.short.keys(low)
		}
		if !fMayStem(low) {
			return phrase.Word{}
		}
		return fKeys(low)
	}
	return fCached(&r.tabs.word[id], low, fWordKeys)
}

// punctKeys returns the keys of the punctuation mark low, numbered id.
func (r fKeyReader) punctKeys(low string, id text.WordID) phrase.Word {
	if !r.ok || id == text.NoWord || int(id) >= len(r.tabs.punct) {
		return fPunctKeys(low)
	}
	return fCached(&r.tabs.punct[id], low, fPunctKeys)
}

// fCached returns the keys held in e, working them out with keys(low) and keeping them
// there the first time.
func fCached(e *atomic.Uint64, low string, keys func(string) phrase.Word) phrase.Word {
	if p := e.Load(); p != 0 {
		return fUnpack(p)
	}
	w := keys(low)
	e.Store(fPack(w))
	return w
}

// fShortKeys holds the keys of some words of up to eight bytes that the vocabulary does
// not number, each in the slot its bytes, read as a number, hash to: the bytes and the
// length, then the packed keys (fPack) of the word last looked up there. A word's
// keys depend on the word alone, so an entry stays good from call to call; the table
// is in the pooled scratch. Most of the words fKeys is asked for are that short: a
// slot read and two comparisons cost less than its shared map's lookup. 4,096 slots
// (64 KB) answer 88% of a corpus pass's lookups, 1,024 66%.
type fShortKeys [1 << 12][2]uint64

// keys returns the keys of low, of eight bytes or fewer, as fKeyReader.word gives
// them: fKeys(low) when fMayStem(low), else none.
func (t *fShortKeys) keys(low string) phrase.Word {
	var h uint64
	for i := 0; i < len(low); i++ {
		h |= uint64(low[i]) << (8 * i)
	}
	n := uint64(len(low)) << 52 // above the packed keys' bits
	e := &t[(h^n)*0x9e3779b97f4a7c15>>52]
	if e[1]&fPacked != 0 && e[0] == h && e[1]&(15<<52) == n {
		return fUnpack(e[1])
	}
	var w phrase.Word // a word fMayStem refuses has no keys
	if fMayStem(low) {
		w = fKeys(low)
	}
	*e = [2]uint64{h, fPack(w) | n}
	return w
}

// fMayStem reports whether fWordKeys stems low: when it is short, when its first three
// letters begin a listed stem, or when it is a short root with an ending.
func fMayStem(low string) bool {
	return len(low) < 5 || fHasStemPrefix(low) || fShortRoot(low)
}

// fLetterPrefixes marks the listed stems' first three letters when all three are a to
// z (fStemPrefixes holds every prefix), so that most words are looked up without
// hashing.
var fLetterPrefixes [(26*26*26 + 63) / 64]uint64

// fHasStemPrefix reports whether the first three bytes of low (five bytes or more)
// begin a listed stem.
func fHasStemPrefix(low string) bool {
	if k, ok := fLetterIndex(low); ok {
		return fLetterPrefixes[k/64]&(1<<(k%64)) != 0
	}
	return fStemPrefixes[low[:3]]
}

// fLetterIndex numbers a string's first three bytes when they are a to z.
func fLetterIndex(s string) (int, bool) {
	if len(s) < 3 {
		return 0, false
	}
	k := 0
	for i := range 3 {
		c := s[i]
		if c < 'a' || c > 'z' {
			return 0, false
		}
		k = k*26 + int(c-'a')
	}
	return k, true
}

// fAddStemPrefix files the first three bytes of a listed stem.
func fAddStemPrefix(st string) {
	p := st[:min(3, len(st))]
	fStemPrefixes[p] = true
	if k, ok := fLetterIndex(p); ok {
		fLetterPrefixes[k/64] |= 1 << (k % 64)
	}
}

// id returns the number of word lw of token ti: the token's own when lw is all of it,
// else lw's looked up (a part of a hyphenated word).
func (r fKeyReader) id(doc *text.Document, ti int, lw string) text.WordID {
	if t := doc.Tokens()[ti]; len(lw) == int(t.End-t.Start) {
		return doc.WordID(ti)
	}
	return text.Lookup(lw)
}

// fWord is a word that the scan looks for in every word of a clause or sentence, with
// its stem's key: a word whose stem key differs is not it, told without reading its
// text (most words).
type fWord struct {
	s    string
	stem uint16
}

var fWordToo, fWordOnly, fWordInspector fWord

// fInspectorID is the number of "inspector": readWindow notes the sentences that hold
// it, the only ones noteInspectorNames reads.
var fInspectorID text.WordID

// This file's init runs after the lists' (the files' order): the stems' keys are known.
func init() {
	fWordToo, fWordOnly, fWordInspector = newFWord("too"), newFWord("only"), newFWord("inspector")
	if fInspectorID = text.Lookup("inspector"); fInspectorID == text.NoWord {
		panic("findings: the vocabulary does not number \"inspector\"")
	}
}

// newFWord returns s with its stem's key, which a list must hold: a word with no stem
// key would need its text read after all.
func newFWord(s string) fWord {
	k := fVocab.Key(fStem(s))
	if k == phrase.None || !fMayStem(s) {
		panic("findings: no list holds the stem of " + s)
	}
	return fWord{s: s, stem: uint16(k)}
}

// isWord reports whether w is the word x: its length first, then its stem's key, and
// its text only when both agree.
func (c *findCtx) isWord(w fword, x fWord) bool {
	return fMayBe(w, len(x.s)) && w.stem() == x.stem && c.word(w) == x.s
}
