package phrase

import "sort"

// The keyed matcher below matches phrases on numbers, not strings: a Vocab numbers the
// words the phrases hold once, when they are built; the caller gives each word of its
// text the keys it carries (say the key of its stem and the key of the word itself,
// looked up once per word), and matching compares numbers. A phrase word can stand for
// a stem, for an exact word (the caller files the two under different strings, so
// their keys differ) or for any one word ([Any]).

// Key numbers a word of the phrases. Zero is no word: it matches nothing.
type Key uint32

const (
	None Key = 0 // a word no phrase holds
	Any  Key = 1 // in a phrase: any one word that is no punctuation mark
)

// Vocab numbers strings, from 2 up. It is built before use and read-only afterwards.
type Vocab struct {
	ids map[string]Key
}

// Add returns the key of s, numbering it if it is new.
func (v *Vocab) Add(s string) Key {
	if v.ids == nil {
		v.ids = make(map[string]Key)
	}
	if k, ok := v.ids[s]; ok {
		return k
	}
	k := Key(len(v.ids) + 2)
	v.ids[s] = k
	return k
}

// Key returns the key of s, or None when no phrase holds it.
func (v *Vocab) Key(s string) Key { return v.ids[s] }

// Word is what the keyed matcher reads of a word of the text: up to two keys it
// matches under, and whether it is a punctuation mark (which [Any] does not match).
// Starts is the caller's: a bitset of its matchers that have a phrase starting with
// one of the word's keys, which lets it pass over most words without calling At.
type Word struct {
	Stem, Exact Key
	Starts      uint16
	Punct       bool
}

// Keyed finds phrases of keys, the longest first at each position. It is read-only
// once built and safe for concurrent use.
type Keyed struct {
	seqs [][]Key // by phrase index, as added
	// Build files the phrases by first key, longest first: the phrases filed under key
	// k are filed[firstAt[k]:firstAt[k+1]], their indices in idx at the same places.
	// Their keys after the first lie in one array, in that order, so that trying the
	// phrases of a word reads memory in a row.
	firstAt []int32
	filed   []filedPhrase
	idx     []int32
	rest    []Key
}

// filedPhrase is a phrase as filed: its keys after the first are rest[at : at+n-1].
type filedPhrase struct {
	at, n int32
}

// Add adds a phrase and returns its index, which At reports on a match.
func (m *Keyed) Add(keys []Key) int {
	m.seqs = append(m.seqs, keys)
	return len(m.seqs) - 1
}

// Len returns the number of phrases added.
func (m *Keyed) Len() int { return len(m.seqs) }

// Phrase returns the keys of phrase k.
func (m *Keyed) Phrase(k int) []Key { return m.seqs[k] }

// Build files the phrases by their first key, longest first and in the order added
// among phrases of one length. Call it once, after the last Add.
func (m *Keyed) Build() {
	var byFirst [][]int32
	for k, s := range m.seqs {
		if len(s) == 0 {
			continue
		}
		for int(s[0]) >= len(byFirst) {
			byFirst = append(byFirst, nil)
		}
		byFirst[s[0]] = append(byFirst[s[0]], int32(k))
	}
	m.firstAt = make([]int32, len(byFirst)+1)
	m.filed, m.idx, m.rest = nil, nil, nil
	for f, ks := range byFirst {
		sort.SliceStable(ks, func(i, j int) bool { return len(m.seqs[ks[i]]) > len(m.seqs[ks[j]]) })
		for _, k := range ks {
			s := m.seqs[k]
			m.filed = append(m.filed, filedPhrase{int32(len(m.rest)), int32(len(s))})
			m.idx = append(m.idx, k)
			m.rest = append(m.rest, s[1:]...)
		}
		m.firstAt[f+1] = int32(len(m.filed))
	}
}

// Firsts calls yield with every key some phrase starts with.
func (m *Keyed) Firsts(yield func(Key)) {
	for k := 0; k+1 < len(m.firstAt); k++ {
		if m.firstAt[k+1] > m.firstAt[k] {
			yield(Key(k))
		}
	}
}

// filedAt returns the bounds in filed of the phrases filed under first key k.
func (m *Keyed) filedAt(k Key) (int, int) {
	if int(k)+1 < len(m.firstAt) {
		return int(m.firstAt[k]), int(m.firstAt[k+1])
	}
	return 0, 0
}

// Filed returns the phrases filed under first key k.
func (m *Keyed) Filed(k Key) []int32 {
	a, b := m.filedAt(k)
	return m.idx[a:b:b]
}

// FiledAt returns the bounds [a, b) of the phrases filed under first key k, longest
// first: FiledPhrase reads each. With them a caller that holds its words' keys in a
// form of its own can try the phrases without a word function per word, as At does.
func (m *Keyed) FiledAt(k Key) (int, int) { return m.filedAt(k) }

// FiledPhrase returns filed phrase p's index (as Add returned it) and its keys after
// the first.
func (m *Keyed) FiledPhrase(p int) (int, []Key) {
	f := m.filed[p]
	return int(m.idx[p]), m.rest[f.at : f.at+f.n-1]
}

// At returns the index of the longest phrase that matches words [i, i+len) with
// i+len <= end, or -1. word(j) gives word j. A phrase filed under the word's Stem key
// is preferred; one under its Exact key wins only when longer.
func (m *Keyed) At(i, end int, word func(int) Word) int {
	w := word(i)
	best, bestLen := -1, 0
	for _, first := range [2]Key{w.Stem, w.Exact} {
		a, b := m.filedAt(first)
		for p := a; p < b; p++ {
			f := m.filed[p]
			n := int(f.n)
			if best >= 0 && n <= bestLen {
				break
			}
			if i+n <= end && m.matches(m.rest[f.at:int(f.at)+n-1], i, word) {
				best, bestLen = int(m.idx[p]), n
				break
			}
		}
	}
	return best
}

// matches reports whether rest, the keys of a phrase after its first, match the words
// after word i.
func (m *Keyed) matches(rest []Key, i int, word func(int) Word) bool {
	for j, k := range rest {
		w := word(i + 1 + j)
		if k == Any {
			if w.Punct {
				return false
			}
		} else if k != w.Stem && k != w.Exact {
			return false
		}
	}
	return true
}

// Len returns the number of strings v numbers: every key is below Len()+2.
func (v *Vocab) Len() int { return len(v.ids) }
