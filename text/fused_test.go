package text_test

import (
	"slices"
	"testing"

	"github.com/verdictnlp/verdict/text"
)

// TestFusedWords checks that two words run together by a page's layout (a link's text
// fused onto the next sentence) are two tokens, and that names written in camel case
// stay one.
func TestFusedWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"local schoolInspectors, who", []string{"local", "school", "Inspectors", ",", "who"}},
		{"SummaryThe home", []string{"Summary", "The", "home"}},
		{"Mr McDonald and Ms MacKenzie", []string{"Mr", "McDonald", "and", "Ms", "MacKenzie"}},
		{"on YouTube and iPad", []string{"on", "YouTube", "and", "iPad"}},
		{"the school's", []string{"the", "school", "'s"}},
		{"abcDE", []string{"abcDE"}},
	} {
		doc := text.Parse(tc.in)
		var got []string
		for _, tok := range doc.Tokens() {
			got = append(got, tc.in[tok.Start:tok.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("tokens of %q = %q; want %q", tc.in, got, tc.want)
		}
	}
}
