// Package phrase finds many word-sequence phrases in tokenized text at once. It has one
// engine, the keyed matcher ([Keyed]): phrases are sequences of numbers (keys), filed
// by their first key and tried longest first, and matching compares numbers, never
// strings. Two ways in share it:
//
//   - [Matcher] takes phrases as strings (grades, areas, inspectorates, bodies, date
//     cues): their words are numbered once, at init, in the text package's word
//     vocabulary ([text.Intern]), and a Document already carries each token's number
//     ([text.Document.WordID]), so a search hashes no strings;
//   - [Keyed] with a [Vocab] of the caller's own takes phrases whose words stand for
//     stems, exact words or any one word ([Any]), for callers that give each word the
//     keys it carries themselves (findings).
//
// One pass over the tokens finds every match, whatever the number of phrases.
package phrase

import (
	"sort"
	"strings"

	"github.com/verdictnlp/verdict/text"
)

// Matcher finds phrases given as strings, matching words exactly (as lower-cased by
// [text.Document.Word]). It is read-only once built and safe for concurrent use. Build
// it while the program initialises (a package variable), as [text.Intern] requires.
type Matcher struct {
	keyed  Keyed
	values []int // by phrase index
	// starts has bit id set when some phrase starts with the word numbered id: most
	// tokens are passed over on it.
	starts [1 << 16 / 64]uint64
	// seconds[a] is the mask of the second keys (modulo 64) of the phrases filed from a
	// under their first key (at the first of them; the others' are 0).
	seconds []uint64
	// vocab is the word vocabulary's size once this matcher's words were numbered: a
	// Document numbered with a smaller one may lack some of them.
	vocab int
}

// Match is one phrase found: tokens [First, Last) of the searched slice, and the value
// the phrase was added with.
type Match struct {
	First, Last int
	Value       int
}

// Words splits a phrase into the lower-case words our tokenizer would give.
func Words(p string) []string {
	d := text.Parse(p)
	var out []string
	for _, t := range d.Tokens() {
		out = append(out, strings.ToLower(d.Slice(t.Range())))
	}
	return out
}

// New builds a Matcher from phrases, each with a value returned on a match. Among
// phrases of one length starting at one place, the first added wins.
func New(phrases []string, values []int) *Matcher {
	m := &Matcher{}
	for i, p := range phrases {
		w := Words(p)
		if len(w) == 0 {
			continue
		}
		keys := make([]Key, len(w))
		for k, s := range w {
			keys[k] = Key(text.Intern(s))
		}
		m.keyed.Add(keys)
		m.values = append(m.values, values[i])
		m.starts[keys[0]/64] |= 1 << (keys[0] % 64)
	}
	m.keyed.Build()
	m.fileSeconds()
	m.vocab = text.VocabSize()
	return m
}

// FindIn returns the longest match starting at each of doc's tokens [first, last),
// left to right, without overlaps; token first is numbered 0 in the matches.
func (m *Matcher) FindIn(doc *text.Document, first, last int, out []Match) []Match {
	if doc.VocabSize() < m.vocab {
		// doc was numbered before this matcher's words were: look them up.
		return m.Find(last-first, func(i int) string { return doc.Word(first + i) }, out)
	}
	return m.FindIDs(doc.WordIDs(first, last), out)
}

// Find returns the longest match starting at each of n tokens, left to right, without
// overlaps; word(i) is token i's lower-case text. It looks each word up in the
// vocabulary: [Matcher.FindIn] reads the numbers a Document already has.
func (m *Matcher) Find(n int, word func(int) string, out []Match) []Match {
	ids := make([]text.WordID, n)
	for i := range ids {
		ids[i] = text.Lookup(word(i))
	}
	return m.FindIDs(ids, out)
}

// FindIDs returns the longest match starting at each of the words numbered ids, left
// to right, without overlaps.
func (m *Matcher) FindIDs(ids []text.WordID, out []Match) []Match {
	for i := 0; i < len(ids); {
		if id := ids[i]; m.starts[id/64]&(1<<(id%64)) == 0 {
			i++
			continue
		}
		k, n := m.atIDs(ids, i)
		if k < 0 {
			i++
			continue
		}
		out = append(out, Match{i, i + n, m.values[k]})
		i += n
	}
	return out
}

// atIDs is [Keyed.At] for a Matcher, reading the word numbers themselves rather than a
// Word per word through a function: a Matcher's phrase words are vocabulary words,
// numbered from 2 (never None or Any), and each matches its own number only. It
// returns the phrase's index and length, or -1. The first key's mask of second keys
// (seconds) passes over its longer phrases at once when the next word starts none.
func (m *Matcher) atIDs(ids []text.WordID, i int) (int, int) {
	a, b := m.keyed.filedAt(Key(ids[i]))
	longer := false
	if i+1 < len(ids) && a < b {
		longer = m.seconds[a]&(1<<(ids[i+1]%64)) != 0
	}
	for p := a; p < b; p++ {
		f := m.keyed.filed[p]
		n := int(f.n)
		if n > 1 && (!longer || i+n > len(ids)) {
			continue
		}
		if sameIDs(m.keyed.rest[f.at:int(f.at)+n-1], ids[i+1:i+n]) {
			return int(m.keyed.idx[p]), n
		}
	}
	return -1, 0
}

// sameIDs reports whether the keys rest are the word numbers ids, of the same length.
func sameIDs(rest []Key, ids []text.WordID) bool {
	for j, k := range rest {
		if k != Key(ids[j]) {
			return false
		}
	}
	return true
}

// fileSeconds sets seconds[a], for the phrases filed at [a, b) under each first key,
// to the mask of their second keys modulo 64.
func (m *Matcher) fileSeconds() {
	m.seconds = make([]uint64, len(m.keyed.filed))
	m.keyed.Firsts(func(k Key) {
		a, b := m.keyed.filedAt(k)
		for p := a; p < b; p++ {
			if f := m.keyed.filed[p]; f.n > 1 {
				m.seconds[a] |= 1 << (m.keyed.rest[f.at] % 64)
			}
		}
	})
}

// The helpers below take matches as Find returns them: ordered, not overlapping, so
// that both First and Last ascend. They search rather than scan, so that a rule asking
// about every token of a long sentence stays linear in it.

// StartingAt returns the index of the match in ms that starts at token i, or -1.
func StartingAt(ms []Match, i int) int {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].First >= i })
	if k < len(ms) && ms[k].First == i {
		return k
	}
	return -1
}

// EndingAt returns the index of the match in ms that ends just before token i, or -1.
func EndingAt(ms []Match, i int) int {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Last >= i })
	if k < len(ms) && ms[k].Last == i {
		return k
	}
	return -1
}

// Covering reports whether a match in ms covers token i.
func Covering(ms []Match, i int) bool {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].Last > i })
	return k < len(ms) && ms[k].First <= i
}

// Within reports whether a match in ms lies strictly between tokens i and j.
func Within(ms []Match, i, j int) bool {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].First > i })
	return k < len(ms) && ms[k].Last <= j
}
