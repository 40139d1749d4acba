package text

import "testing"

// vocabTestID is interned as the program initialises, as Intern requires.
var vocabTestID = Intern("zanderwick")

// TestWordIDs checks that a Document numbers each token by the vocabulary: the
// interned word, in any case, has its number, and words no one interned have none.
func TestWordIDs(t *testing.T) {
	if vocabTestID < firstWordID || Intern("zanderwick") != vocabTestID || Lookup("zanderwick") != vocabTestID {
		t.Fatalf("Intern gave %d, then %d; Lookup %d", vocabTestID, Intern("zanderwick"), Lookup("zanderwick"))
	}
	d := Parse("ZANDERWICK and Zanderwick met zanderwicks.")
	want := []WordID{vocabTestID, NoWord, vocabTestID, NoWord, NoWord, NoWord}
	if len(d.Tokens()) != len(want) {
		t.Fatalf("%d tokens, want %d", len(d.Tokens()), len(want))
	}
	for i, w := range want {
		if d.WordID(i) != w || d.WordIDs(0, len(want))[i] != w {
			t.Errorf("token %d %q: WordID %d, want %d", i, d.Word(i), d.WordID(i), w)
		}
	}
	if d.VocabSize() != VocabSize() {
		t.Errorf("document's vocabulary size %d, want %d", d.VocabSize(), VocabSize())
	}
}
