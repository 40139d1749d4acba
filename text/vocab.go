package text

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
// through table, open-addressed by wordHash: a slot holds a WordID, and words[id] the
// word to compare. The table is small enough (2 bytes a slot, under a quarter full)
// to stay in the fastest cache, and the hash reads four bytes and the length, so a
// lookup costs little more than the compare.
var vocab struct {
	ids   map[string]WordID
	one   [256]WordID
	words []string // by WordID
	table []WordID // 1<<bits long
	bits  uint
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
	if 4*(len(vocab.ids)+1) > len(vocab.table) {
		growTable()
	}
	place(id)
	return id
}

// growTable doubles the table (to 1024 slots at first) and files every word again.
func growTable() {
	vocab.bits = max(10, vocab.bits+1)
	vocab.table = make([]WordID, 1<<vocab.bits)
	for id, w := range vocab.words {
		if len(w) > 1 {
			place(WordID(id))
		}
	}
}

// place files word id in the first free slot from its hash on.
func place(id WordID) {
	mask := uint32(len(vocab.table) - 1)
	for h := wordHash(vocab.words[id], vocab.bits); ; h = (h + 1) & mask {
		if vocab.table[h] == NoWord {
			vocab.table[h] = id
			return
		}
	}
}

// wordHash hashes w (two bytes or more) on its length and its first two and last two
// bytes, to bits bits: a multiplicative hash, read from the top.
func wordHash(w string, bits uint) uint32 {
	n := len(w)
	x := uint32(w[0]) | uint32(w[1])<<8 | uint32(w[n-2])<<16 | uint32(w[n-1])<<24
	return ((x ^ uint32(n)*0x85ebca6b) * 0x9e3779b1) >> (32 - bits)
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
	t := vocab.table
	if len(t) == 0 {
		return NoWord
	}
	mask := uint32(len(t) - 1)
	for h := wordHash(w, vocab.bits); ; h = (h + 1) & mask {
		id := t[h]
		if id == NoWord || vocab.words[id] == w {
			return id
		}
	}
}

// VocabSize returns the number of WordIDs given out so far, the kept ones included:
// every WordID is below it.
func VocabSize() int { return len(vocab.ids) + firstWordID }

// wordIDs numbers the tokens of d by the vocabulary as it stands.
func (d *Document) wordIDs() {
	d.ids = make([]WordID, len(d.toks))
	for i, t := range d.toks {
		d.ids[i] = Lookup(d.lower[t.Start:t.End])
	}
	d.vocabSize = VocabSize()
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
