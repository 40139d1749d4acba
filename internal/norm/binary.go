package norm

import "unicode/utf8"

// Binary reports whether more than a third of s is NULs, control characters other
// than white space (\t to \r), DEL, or bytes of invalid UTF-8 (each bad byte counts
// once).
//
// It is a byte scan of the whole input before anything else reads it, so it is
// made cheap: eight bytes of printable ASCII, most of a text, are passed over in one
// test; and the scan stops as soon as the answer is settled: once the bytes still
// unread could not make the count reach a third, which for clean text is two thirds
// of the way through, or once it has passed a third, which for random bytes is about
// three fifths of the way.
func Binary(s string) bool {
	bad := 0
	for i := 0; i < len(s); {
		if (bad+len(s)-i)*3 <= len(s) {
			return false // even if every byte left were bad
		}
		if bad*3 > len(s) {
			return true // whatever the bytes left are
		}
		if i+8 <= len(s) && printable8(LE64(s[i:])) {
			i += 8
			continue
		}
		// The next eight bytes (or fewer at the end) one at a time; a rune that
		// starts among them is read whole.
		for end := min(i+8, len(s)); i < end; {
			c := s[i]
			if c < utf8.RuneSelf {
				if (c < ' ' && (c < '\t' || c > '\r')) || c == 0x7f {
					bad++
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				bad++
			}
			i += n
		}
	}
	return bad*3 > len(s)
}

// printable8 reports whether the eight bytes of x are all ASCII from ' ' to '~': none
// with the high bit set, none below 0x20 and none 0x7f, by the classic SWAR tests for
// a byte below n and a zero byte, which are exact as to whether a word holds one.
func printable8(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below := (x - ones*0x20) &^ x
	del := x ^ (ones * 0x7f)
	return (x|below|(del-ones)&^del)&highs == 0
}
