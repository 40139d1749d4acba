package rating

import (
	"strings"
	"testing"
)

// TestIsGradePhraseForms checks IsGradePhrase, which normalises in place, against
// normalising with copies: same answer for plain keys, odd spacing, capitals,
// non-ASCII and bad bytes, and long runs.
func TestIsGradePhraseForms(t *testing.T) {
	slow := func(s string) bool {
		return gradeForms[strings.ToLower(strings.Join(strings.Fields(strings.Trim(s, " .,;:!?'\"")), " "))]
	}
	cases := map[string]bool{
		"requires improvement":            true,
		"Requires  Improvement.":          true,
		"\trequires improvement\n":        true,
		"'good'":                          true,
		"good and safe":                   false,
		"":                                false,
		" ":                               false,
		strings.Repeat("good ", 200):      false,
		strings.Repeat("GOOD \u00e9", 50): false,
	}
	for in, want := range cases {
		if got := IsGradePhrase(in); got != want || got != slow(in) {
			t.Errorf("IsGradePhrase(%q) = %v, want %v (normalising path: %v)", in, got, want, slow(in))
		}
	}
}
