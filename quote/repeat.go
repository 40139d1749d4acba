package quote

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Holders finds, for each quotation i that weak marks (no one is said to speak it: a
// pull quote in a headline or a standfirst), the first quotation j that named marks (a
// named person speaks it) whose text is longer and whose words hold i's words, as
// coverage lifts a line from a statement and repeats it in full further on. It returns
// j for each i, or -1. texts are the quotations' texts; the three slices run in step.
//
// Only the named quotations holding a weak one's first three words are compared with
// it, found in one pass over their words, a text said twice counted once, and at most
// maxHolders of them, so the work grows with the words, not with the pairs of
// quotations, even in a text of thousands of quotations that all open alike.
func Holders(texts []string, weak, named []bool) []int {
	out := make([]int, len(texts))
	if !slices.Contains(weak, true) {
		// No pull quote: nothing is looked for, and most texts have none.
		for i := range out {
			out[i] = -1
		}
		return out
	}
	words := make([]string, len(texts)) // each quotation's words, made once
	holders := map[string][]int{}       // by a weak quotation's first gram: named ones holding it, in order
	for i, t := range texts {
		out[i] = -1
		words[i] = normalWords(t)
		if g, ok := firstGram(words[i]); weak[i] && ok {
			holders[g] = nil
		}
	}
	seen := map[string]bool{} // a text said twice can hold no more than its first saying
	for j, t := range texts {
		if named[j] && !seen[t] {
			seen[t] = true
			eachGram(words[j], func(g string) {
				if hs, ok := holders[g]; ok && (len(hs) == 0 || hs[len(hs)-1] != j) {
					holders[g] = append(hs, j)
				}
			})
		}
	}
	var all []int // every named quotation, listed when first needed
	listed := false
	for i := range texts {
		if !weak[i] {
			continue
		}
		g, ok := firstGram(words[i])
		cands := holders[g]
		if !ok {
			if !listed {
				all, listed = allNamed(named), true
			}
			cands = all // too few words to index: every named quotation
		}
		for k, j := range cands {
			if k == maxHolders {
				break
			}
			if j != i && len(texts[j]) > len(texts[i]) && strings.Contains(words[j], words[i]) {
				out[i] = j
				break
			}
		}
	}
	return out
}

// maxHolders bounds the named quotations a pull quote is compared with: a story
// quotes a few dozen times, and its pull quote repeats one of them.
const maxHolders = 256

// allNamed lists the quotations named marks, in order.
func allNamed(named []bool) []int {
	var out []int
	for j, n := range named {
		if n {
			out = append(out, j)
		}
	}
	return out
}

// normalWords is a quotation's text as lower-case words joined by one space, with a
// space at each end, without its punctuation and marks, so that a line and its
// repetition compare equal. It is strings.ToLower, FieldsFunc and Join in one pass and
// one allocation: every quotation of a text goes through it.
func normalWords(t string) string {
	var b strings.Builder
	b.Grow(len(t) + 2) // lower-casing keeps most texts' length: then no copy is made
	b.WriteByte(' ')
	inWord := false
	for _, c := range t { // an invalid byte reads as RuneError, a separator, as ToLower's copy has it
		if c < utf8.RuneSelf {
			// ASCII, most of a text, read by one table: unicode's calls per rune cost
			// more than the rest of the search.
			k := asciiWordByte[c]
			if k == 0 {
				inWord = false
				continue
			}
			if !inWord && b.Len() > 1 {
				b.WriteByte(' ')
			}
			inWord = true
			b.WriteByte(k)
			continue
		}
		r := unicode.ToLower(c)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' {
			inWord = false
			continue
		}
		if !inWord && b.Len() > 1 {
			b.WriteByte(' ')
		}
		inWord = true
		b.WriteRune(r)
	}
	b.WriteByte(' ')
	return b.String()
}

// asciiWordByte gives, for an ASCII byte, what normalWords writes of it in a word:
// itself lower-cased for a letter, a digit or an apostrophe; 0 for a separator.
var asciiWordByte = func() (t [utf8.RuneSelf]byte) {
	for c := range utf8.RuneSelf {
		r := unicode.ToLower(rune(c))
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
			t[c] = byte(r)
		}
	}
	return t
}()

// firstGram returns the first three words of ws (as normalWords gives them), with
// their spaces: " a b c ". A quotation of fewer words has none.
func firstGram(ws string) (string, bool) {
	end, n := 0, 0
	for k := 1; k < len(ws); k++ {
		if ws[k] == ' ' {
			if n++; n == 3 {
				end = k + 1
				break
			}
		}
	}
	return ws[:end], end > 0
}

// eachGram calls f with every run of three words of ws, with their spaces, as
// firstGram gives the first.
func eachGram(ws string, f func(string)) {
	var sp [4]int // the last four spaces' positions, the oldest first
	n := 0
	for k := 0; k < len(ws); k++ {
		if ws[k] != ' ' {
			continue
		}
		copy(sp[:], sp[1:])
		sp[3] = k
		if n++; n >= 4 {
			f(ws[sp[0] : sp[3]+1])
		}
	}
}
