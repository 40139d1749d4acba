package entity

import "testing"

// TestTaggerConfirms checks the opt-in tagger on a name it reads as proper nouns and
// on a run it does not: a common noun in the run, or a name split differently.
func TestTaggerConfirms(t *testing.T) {
	UseTagger(true)
	defer UseTagger(false)
	if !properNouns("He asked chief executive Oriel Thwaite to review staffing.", []string{"Oriel", "Thwaite"}) {
		t.Error("the tagger should read Oriel Thwaite as proper nouns")
	}
	if properNouns("He asked chief executive Oriel Thwaite to review staffing.", []string{"chief", "executive"}) {
		t.Error("the tagger should not read 'chief executive' as proper nouns")
	}
	if properNouns("He asked chief executive Oriel Thwaite to review staffing.", []string{"Brisk", "Ottoline"}) {
		t.Error("words not in the sentence are not confirmed")
	}
}
