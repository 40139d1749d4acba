package quote

import (
	"slices"
	"testing"
)

// TestGrams wants firstGram to give a quotation's first three words with their spaces,
// and eachGram every run of three, so that a quotation held by another starts one of
// the other's runs.
func TestGrams(t *testing.T) {
	ws := normalWords(`"We are proud of every child, and of the staff."`)
	if g, ok := firstGram(ws); !ok || g != " we are proud " {
		t.Errorf("firstGram(%q) = %q, %v; want \" we are proud \"", ws, g, ok)
	}
	if _, ok := firstGram(normalWords("Two words")); ok {
		t.Errorf("firstGram of two words gave a gram")
	}
	var got []string
	eachGram(normalWords("one two three four five"), func(g string) { got = append(got, g) })
	want := []string{" one two three ", " two three four ", " three four five "}
	if !slices.Equal(got, want) {
		t.Errorf("eachGram gave %q, want %q", got, want)
	}
}

// TestHolders wants each pull quote given the first longer quotation a named person
// speaks that repeats its words, whatever the punctuation and case; none when no such
// quotation holds it, when the holder is no named person's, or when it is not longer.
func TestHolders(t *testing.T) {
	texts := []string{
		"proud of every child", // 0: weak, held by 2
		"the report is fair",   // 1: named, holds nothing asked
		"We are Proud of every child, and of the staff, she said.", // 2: named
		"a line nobody repeats",     // 3: weak, held by none
		"Ok then",                   // 4: weak, two words: held by 5
		"It was ok then, all told.", // 5: named
		"not named but longer: proud of every child indeed", // 6: not named
	}
	weak := []bool{true, false, false, true, true, false, false}
	named := []bool{false, true, true, false, false, true, false}
	got := Holders(texts, weak, named)
	want := []int{2, -1, -1, -1, 5, -1, -1}
	if !slices.Equal(got, want) {
		t.Errorf("Holders = %v, want %v", got, want)
	}
}
