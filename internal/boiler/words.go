package boiler

import (
	"math/bits"

	"github.com/verdictnlp/verdict/internal/norm"
)

// The words of an all-ASCII key, most of a page's lines, are found by bit masks: a
// word's bytes are a run of set bits, one bit a byte, built eight bytes at a time, and
// each word's start and end are read off by counting zeros. nextWord, a few tests on
// each byte and a hard-to-predict branch at each word's end, costs several times
// more on the long lines of an article.

// phraseWordsASCII is phraseWords for an all-ASCII key, whose words (nextWord's: runs
// of ASCII letters and digits) it finds by their bits, 64 bytes at a time. It gives
// up (ascii false) at the first block with a byte past ASCII, or one a word runs into,
// before it reads a word that such a byte could make another: what it found until
// then is what nextWord finds.
func phraseWordsASCII(key string) (found, ascii bool) {
	var carry uint64 // 1: the byte before the block is a word's
	var prev lastWord
	for base := 0; base < len(key); base += 64 {
		m, ok := wordBits(key, base)
		if !ok {
			return false, false
		}
		starts := m &^ (m<<1 | carry)
		carry = m >> 63
		for starts != 0 {
			s := bits.TrailingZeros64(starts)
			starts &= starts - 1
			end := base + s + bits.TrailingZeros64(^(m >> s))
			if end == base+64 { // the word runs on into the next block
				for end < len(key) && byteKind[key[end]] == kindWord {
					end++
				}
				if end < len(key) && key[end] >= 0x80 {
					return false, false
				}
			}
			start := base + s
			if start == 0 {
				// The key's first word may open a "^" phrase as well.
				w := key[:end]
				g := containsFirst.slot[wordFilterHash(w)%wordIndexSlots]
				if phraseAtGroup(key, w, end, true, g) {
					return true, true
				}
				continue // prev stays empty: this word's "~" phrases were tried
			}
			sign := wordSign(key[start], end-start)
			if prev.end > 0 && bigramMay(prev.sign, sign) {
				// The word before, which this one follows, may start a "~" phrase:
				// most words start none, or none this word goes on, and the filter
				// tells so without a call.
				w := key[prev.start:prev.end]
				if phraseAtGroup(key, w, prev.end, false, containsFirst.slot[wordFilterHash(w)%wordIndexSlots]) {
					return true, true
				}
			}
			prev = lastWord{start, end, sign}
		}
	}
	return false, true
}

// lastWord is the word phraseWordsASCII met last: where it starts and ends in the
// key (end 0 before the first, and for a first word that opens the key, which was
// looked up in full), and its wordSign.
type lastWord struct {
	start, end int
	sign       uint64
}

// wordSign is what the bigram filter reads of a word: its first byte c and its length
// n (up to 255), the one byte and the length the word's bits give without another
// load: a word's wordFilterHash is worked out only for the few that pass.
func wordSign(c byte, n int) uint64 { return uint64(c) | uint64(min(n, 255))<<8 }

// bigrams has the bit bigramAt(s1, s2) set for each "~" phrase made of words, whose
// first two words' wordSign are s1 and s2: every such phrase has two words or more,
// so a word starts one only when the word after it passes the filter.
var bigrams = func() (f [bigramBits / 64]uint64) {
	for first, ps := range containsByFirst {
		for _, p := range ps {
			if len(p) < 2 {
				panic("boiler: a one-word \"~\" phrase: " + first)
			}
			b := bigramAt(wordSign(p[0][0], len(p[0])), wordSign(p[1][0], len(p[1])))
			f[b/64] |= 1 << (b % 64)
		}
	}
	return f
}()

// bigramBits is the size of bigrams: 512 bytes, a few of its bits set.
const bigramBits = 1 << bigramBitsLog

const bigramBitsLog = 12

// bigramAt returns the bit of bigrams for a word whose wordSign is s1 followed by one
// whose sign is s2: a multiplicative hash, read from the top.
func bigramAt(s1, s2 uint64) uint64 {
	return (s1<<16 | s2) * 0x9e3779b97f4a7c15 >> (64 - bigramBitsLog)
}

// bigramMay reports whether the words whose wordSign are s1 and s2, one after the
// other, may open a "~" phrase.
func bigramMay(s1, s2 uint64) bool {
	b := bigramAt(s1, s2)
	return bigrams[b/64]&(1<<(b%64)) != 0
}

// wordBits returns the bits of key[base:base+64] (fewer at its end) that are ASCII
// letters and digits, bit k for byte base+k, and whether all those bytes are ASCII.
func wordBits(key string, base int) (uint64, bool) {
	var m, all uint64
	end := min(len(key), base+64)
	i := base
	for ; i+8 <= end; i += 8 {
		x := norm.LE64(key[i:])
		all |= x
		m |= wordBits8(x) << (i - base)
	}
	if i < end {
		var x uint64 // the last bytes, zero after them: a zero byte is no word's
		for k := end - 1; k >= i; k-- {
			x = x<<8 | uint64(key[k])
		}
		all |= x
		m |= wordBits8(x) << (i - base)
	}
	return m, all&0x8080808080808080 == 0
}

// wordBits8 returns a bit for each of the eight bytes of x, from the lowest, set for
// an ASCII letter or digit. Each test keeps to its byte's low seven bits, so that no
// sum carries into the next byte; the multiply gathers the bytes' top bits into one.
func wordBits8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	h := x &^ high
	l := h | ones*0x20 // a letter's lower case
	letter := (l + ones*(0x80-'a')) &^ (l + ones*(0x80-'z'-1))
	digit := (h + ones*(0x80-'0')) &^ (h + ones*(0x80-'9'-1))
	w := (letter | digit) &^ x & high
	return (w >> 7) * 0x0102040810204080 >> 56
}
