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

// vocab is the process-wide vocabulary. filter[vocabSlot(w)] has bit len(w) (at most
// 63) set when a word of that slot and length is interned: most words of a text are
// turned away on it without hashing.
var vocab struct {
	ids    map[string]WordID
	filter [vocabSlots]uint64
}

// vocabSlots is the number of slots of the vocabulary's filter, picked by a word's
// first and last bytes.
const vocabSlots = 4096

func vocabSlot(w string) int { return (int(w[0])*131 + int(w[len(w)-1])) % vocabSlots }

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
	vocab.ids[w] = WordID(n)
	vocab.filter[vocabSlot(w)] |= 1 << min(len(w), 63)
	return WordID(n)
}

// Lookup returns the WordID of the lower-case word w, or NoWord when it was never
// interned. It takes no lock and allocates nothing.
func Lookup(w string) WordID {
	if w == "" || vocab.filter[vocabSlot(w)]&(1<<min(len(w), 63)) == 0 {
		return NoWord
	}
	return vocab.ids[w]
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
