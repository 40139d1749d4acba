package extract

import (
	"slices"
	"testing"
)

// TestQuoteGrams wants firstGram to give a quote's first three words with their
// spaces, and eachGram every run of three, so that a quote held by another starts one
// of the other's runs.
func TestQuoteGrams(t *testing.T) {
	ws := quoteWords(`"We are proud of every child, and of the staff."`)
	if g, ok := firstGram(ws); !ok || g != " we are proud " {
		t.Errorf("firstGram(%q) = %q, %v; want \" we are proud \"", ws, g, ok)
	}
	if _, ok := firstGram(quoteWords("Two words")); ok {
		t.Errorf("firstGram of two words gave a gram")
	}
	var got []string
	eachGram(quoteWords("one two three four five"), func(g string) { got = append(got, g) })
	want := []string{" one two three ", " two three four ", " three four five "}
	if !slices.Equal(got, want) {
		t.Errorf("eachGram gave %q, want %q", got, want)
	}
}
