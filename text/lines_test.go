package text

import (
	"testing"
	"unicode/utf8"
)

// TestRuneCount checks runeCount against utf8.RuneCountInString on ASCII, runes of
// every width and bad bytes, at every length and alignment.
func TestRuneCount(t *testing.T) {
	s := "plain ascii text, then é and ’ and 𝄞 and a bad \xff\xfe byte, more ascii after it"
	for i := 0; i <= len(s); i++ {
		for j := i; j <= len(s); j++ {
			if got, want := runeCount(s[i:j]), utf8.RuneCountInString(s[i:j]); got != want {
				t.Fatalf("runeCount(%q) = %d; want %d", s[i:j], got, want)
			}
		}
	}
}
