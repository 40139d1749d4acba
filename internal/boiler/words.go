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
			// Most words start no phrase: the index's slot tells, without a call,
			// and its group is handed on rather than found again from the word.
			start := base + s
			w := key[start:end]
			g := containsFirst.slot[wordFilterHash(w)%wordIndexSlots]
			if (start == 0 || g != 0) && phraseAtGroup(key, w, end, start == 0, g) {
				return true, true
			}
		}
	}
	return false, true
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
