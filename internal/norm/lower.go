package norm

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"
)

// LowerASCII lower-cases the ASCII letters of b in place and leaves every other byte
// (those of multi-byte runes too) as it is. It works eight bytes at a time: the case
// of prose's letters is too mixed for a branch on each byte to be predicted.
func LowerASCII(b []byte) {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		binary.LittleEndian.PutUint64(b[i:], LowerWord(binary.LittleEndian.Uint64(b[i:])))
	}
	for ; i < len(b); i++ {
		if c := b[i]; 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// LowerWord returns the eight bytes of x (little-endian) with their ASCII letters
// lower-cased, every other byte as it is.
func LowerWord(x uint64) uint64 {
	const (
		lows = 0x7f7f7f7f7f7f7f7f
		high = 0x8080808080808080
		geA  = 0x3f3f3f3f3f3f3f3f // 0x80-'A': added to a byte's low seven bits, sets bit 7 from 'A' on
		gtZ  = 0x2525252525252525 // 0x80-'Z'-1: likewise from the byte after 'Z' on
	)
	h := x & lows // no byte's sum below carries into the next
	upper := (h + geA) &^ (h + gtZ) &^ x & high
	return x | upper>>2 // bit 7 shifted to bit 5: 0x20
}

// AppendLower appends s lower-cased as strings.ToLower does it: ASCII letters
// directly, other runes by unicode.ToLower, and a bad byte as U+FFFD.
func AppendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			// A run of ASCII is lower-cased as it is copied, eight bytes at a time
			// while eight are ASCII (no high bit set): one pass, not three.
			for ; i+8 <= len(s); i += 8 {
				x := LE64(s[i:])
				if x&0x8080808080808080 != 0 {
					break
				}
				buf = binary.LittleEndian.AppendUint64(buf, LowerWord(x))
			}
			for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
				c := s[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n
	}
	return buf
}
