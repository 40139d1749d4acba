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
// the one-byte words (most of them punctuation marks), and the longer ones sit in
// table, open-addressed by wordHash, which hashes a short word inline, cheaper than a
// map's call.
var vocab struct {
	ids   map[string]WordID
	one   [256]WordID
	table []vocabEntry // a power of two long, under half full
}

type vocabEntry struct {
	w  string
	id WordID
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
	}
	n := len(vocab.ids) + firstWordID
	if n > int(^WordID(0)) {
		panic("text: word vocabulary full")
	}
	id := WordID(n)
	vocab.ids[w] = id
	if len(w) == 1 {
		vocab.one[w[0]] = id
		return id
	}
	if 2*(len(vocab.ids)+1) > len(vocab.table) {
		growTable()
	}
	place(vocab.table, vocabEntry{w, id})
	return id
}

// growTable doubles the table (to 1024 entries at first) and files every word again.
func growTable() {
	old := vocab.table
	vocab.table = make([]vocabEntry, max(1024, 2*len(old)))
	for _, e := range old {
		if e.w != "" {
			place(vocab.table, e)
		}
	}
}

// place files e in t at the first free slot from its hash on.
func place(t []vocabEntry, e vocabEntry) {
	mask := uint32(len(t) - 1)
	for h := wordHash(e.w) & mask; ; h = (h + 1) & mask {
		if t[h].w == "" {
			t[h] = e
			return
		}
	}
}

// wordHash is FNV-1a over the bytes of w.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
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
	for h := wordHash(w) & mask; ; h = (h + 1) & mask {
		switch e := &t[h]; e.w {
		case w:
			return e.id
		case "":
			return NoWord
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
