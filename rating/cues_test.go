package rating

import (
	"testing"

	"github.com/verdictnlp/verdict/text"
)

// TestClauseStopIDs checks that clauseStopIDs holds exactly the words clauseStop
// reports, over every word of the vocabulary: a word outside it has NoWord, which
// must then be no stop either.
func TestClauseStopIDs(t *testing.T) {
	for _, w := range clauseStopWords {
		if !clauseStop(w) {
			t.Errorf("clauseStop(%q) = false for a word of clauseStopWords", w)
		}
	}
	for id := 0; id < text.VocabSize(); id++ {
		w := text.VocabWord(text.WordID(id))
		if got, want := clauseStopIDs.Has(text.WordID(id)), w != "" && clauseStop(w); got != want {
			t.Errorf("clauseStopIDs.Has(%q) = %v, clauseStop says %v", w, got, want)
		}
	}
	if clauseStopIDs.Has(text.NoWord) {
		t.Error("clauseStopIDs holds NoWord")
	}
}
