// Package phrase finds many word-sequence phrases in tokenized text at once: a map from
// each phrase's first word to the phrases that start with it, tried longest first. One
// pass over the tokens finds every match, whatever the number of phrases.
package phrase

import (
	"sort"
	"strings"

	"github.com/verdictnlp/verdict/text"
)

// Matcher finds phrases. It is read-only once built and safe for concurrent use.
type Matcher struct {
	byFirst map[string][]entry
	// lens[slot(w)] has bit l set when some phrase's first word w is l bytes long
	// (l < 64): a cheap test that skips most map lookups.
	lens [lensSlots]uint64
}

// lensSlots is the number of slots of Matcher.lens: a first word's first and last
// bytes pick one, so that words sharing only their first letter with a phrase are
// turned away too.
const lensSlots = 1024

func slot(w string) int { return (int(w[0])*37 + int(w[len(w)-1])) % lensSlots }

type entry struct {
	words []string
	value int
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
		out = append(out, strings.ToLower(d.Slice(t.Range)))
	}
	return out
}

// New builds a Matcher from phrases, each with a value returned on a match.
func New(phrases []string, values []int) *Matcher {
	m := &Matcher{byFirst: make(map[string][]entry)}
	for i, p := range phrases {
		w := Words(p)
		if len(w) == 0 {
			continue
		}
		m.byFirst[w[0]] = append(m.byFirst[w[0]], entry{w, values[i]})
		m.lens[slot(w[0])] |= 1 << min(len(w[0]), 63)
	}
	for _, es := range m.byFirst {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
	}
	return m
}

// Find returns the longest match starting at each of n tokens, left to right, without
// overlaps; word(i) is token i's lower-case text.
func (m *Matcher) Find(n int, word func(int) string, out []Match) []Match {
	for i := 0; i < n; {
		found := false
		w := word(i)
		if w == "" || m.lens[slot(w)]&(1<<min(len(w), 63)) == 0 {
			i++
			continue
		}
		for _, e := range m.byFirst[w] {
			if i+len(e.words) > n {
				continue
			}
			ok := true
			for k := 1; k < len(e.words); k++ {
				if word(i+k) != e.words[k] {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, Match{i, i + len(e.words), e.value})
				i += len(e.words)
				found = true
				break
			}
		}
		if !found {
			i++
		}
	}
	return out
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
