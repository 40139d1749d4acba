package boiler

import "math/bits"

// The words of an all-ASCII key, most of a page's lines, are found by bit masks: a
// word's bytes are a run of set bits, one bit a byte, built eight bytes at a time, and
// each word's start and end are read off by counting zeros. nextWord, a few tests on
// each byte and a hard-to-predict branch at each word's end, costs several times
// more on the long lines of an article.

// asciiOnly reports whether every byte of s is ASCII.
func asciiOnly(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if le64(s[i:])&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// phraseWordsASCII is phraseWords for an all-ASCII key, whose words (nextWord's: runs
// of ASCII letters and digits) it finds by their bits, 64 bytes at a time.
func phraseWordsASCII(key string) bool {
	var carry uint64 // 1: the byte before the block is a word's
	for base := 0; base < len(key); base += 64 {
		m := wordBits(key, base)
		starts := m &^ (m<<1 | carry)
		carry = m >> 63
		for starts != 0 {
			s := bits.TrailingZeros64(starts)
			starts &= starts - 1
			end := base + s + bits.TrailingZeros64(^(m >> s))
			if end == base+64 { // the word runs on into the next block
				for end < len(key) && asciiWord[key[end]] {
					end++
				}
			}
			// Most words start no phrase: the index's slot tells, without a call.
			start := base + s
			w := key[start:end]
			if (start == 0 || containsFirst.may(w)) && phraseAt(key, w, end, start == 0) {
				return true
			}
		}
	}
	return false
}

// wordBits returns the bits of key[base:base+64] (fewer at its end) that are ASCII
// letters and digits: bit k for byte base+k.
func wordBits(key string, base int) uint64 {
	var m uint64
	end := min(len(key), base+64)
	i := base
	for ; i+8 <= end; i += 8 {
		m |= wordBits8(le64(key[i:])) << (i - base)
	}
	if i < end {
		var x uint64 // the last bytes, zero after them: a zero byte is no word's
		for k := end - 1; k >= i; k-- {
			x = x<<8 | uint64(key[k])
		}
		m |= wordBits8(x) << (i - base)
	}
	return m
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
